"""QA 41's notes on a query's frame and syntax (session 35): a note is true of the list under it.

* 派出所的年报, 查派出所: the count quoted “派出所的年报”, which no report holds, and the note reading 派出所 as 公安局
  was missing (查派出所: no note at all). The words are named as the search read them, the frame taken off.
* a keyword no report uses typed beside others (菌草 户籍) was dropped in silence; 火星 菌草 said so.
* 2019 - 2021 and 2019 至 2021, spaced, read two years and a word 至; NOT(词) and NOT-词 searched the word.
* 只有 N 份报告包含“民政局” counted reports of the kind that never write 民政局, and 最低生活保障 those holding only 低保.
* the lows: --词 and -(-词) (#6), 派出所 -公安局 empty without a word (#7), ( -词 ) OR ( -词 ) and 它 for several words
  (#9), -2020 excluding the text 2020 in silence (#10).
Bodies and words are made up.
"""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.list_notes import relaxed_note
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    # No report is a 公安局's or writes 派出所; one names the bureau in passing, one writes 派出机构.
    "county.txt": made_up_report("戊县人民政府", 2021, {2: "县公安局、县菌草推广站等部门主动公开行政执法信息。"}),
    "branch.txt": made_up_report("己县蚕桑指导站", 2021, {2: "指导站及其派出机构公开蚕茧收购价格。"}),
    "fungus.txt": made_up_report("宁陵县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单和蚕茧价格。"}),
    "fungus2.txt": made_up_report("辛县菌草推广站", 2019, {2: "公开菌草种植技术规程。"}),
    "silk.txt": made_up_report("壬县蚕桑指导站", 2022, {2: "公开蚕茧收购价格。", 3: "本年度收到政府信息公开申请3件。"}),
    **other_bodies(6),
}
BELONGS = "没有“派出所”发布的报告，正文也没有写“派出所”；下面是正文提到它所属的“公安局”的报告。"


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("list-notes-qa41", written(REPORTS))


def _search(idx, q: str):
    return run_search(idx, SearchParams(q=q, per_page=20))


@pytest.mark.parametrize("q", ["派出所的年报", "派出所的报告", "我想查派出所的年报", "查派出所", "查一下派出所", "帮我查派出所"])
def test_a_request_for_a_bodys_reports_is_noted_as_the_body_alone(idx, q):
    result, alone = _search(idx, q), _search(idx, "派出所")
    assert BELONGS in result.messages, result.messages
    assert [h.agency for h in result.hits] == [h.agency for h in alone.hits]  # 的年报 and 的报告 list alike
    counts = [m for m in result.messages if m.startswith(("只有", "没有报告"))]
    assert all("提到“公安局”" in m and "年报" not in m and "报告”" not in m for m in counts), result.messages


def test_a_verb_of_looking_inside_a_word_stays(idx):
    assert [c.alternatives for c in parse_query("查处情况", idx).must] == [["查处情况"]]
    assert [c.alternatives for c in parse_query("找区长", idx).must] == [["找区长"]]  # a mailbox, not a request


def test_a_keyword_no_report_uses_beside_others_is_said(idx):
    result = _search(idx, "菌草 户籍")
    assert "没有报告使用“户籍”，已按其余词语查找。" in result.messages, result.messages
    assert {h.agency for h in result.hits} >= {"宁陵县菌草推广站", "辛县菌草推广站"}
    assert "没有报告使用“户籍”，已按其余词语查找。" in _search(idx, "派出所 户籍").messages


@pytest.mark.parametrize("q", ["2019 - 2021 菌草", "2019 至 2021 菌草", "2019 到 2021 菌草", "2019 — 2021 菌草",
                               "2019年 至 2021年 菌草", "2019-2021 菌草", "2019—2021 菌草", "2019到2021 菌草"])
def test_a_range_of_years_typed_with_spaces_is_a_range(idx, q):
    parsed = parse_query(q, idx)
    assert parsed.year_hints == [2019, 2020, 2021], parsed.notes
    assert [c.alternatives for c in parsed.must] == [["菌草"]]  # no word 至, no lone minus


def test_a_range_alone_lists_every_year_of_it(idx):
    result = _search(idx, "2019 至 2021")
    assert {h.year for h in result.hits} == {2019, 2020, 2021}
    assert not any("、" in m for m in result.messages if "按报告年份理解" in m), result.messages


@pytest.mark.parametrize("q", ["NOT(蚕茧) 菌草", "NOT-蚕茧 菌草", "NOT （蚕茧） 菌草", "NOT (蚕茧) 菌草"])
def test_a_glued_not_excludes(idx, q):
    parsed = parse_query(q, idx)
    assert [c.alternatives for c in parsed.must_not] == [["蚕茧"]]
    assert [c.alternatives for c in parsed.must] == [["菌草"]]
    assert "宁陵县菌草推广站" not in {h.agency for h in _search(idx, q).hits}


def test_a_word_inside_a_name_beginning_with_not_stays():
    assert [c.alternatives for c in parse_query("NOTE-菌草").must] == [["NOTE-菌草"]]


def test_a_count_of_a_bodys_kind_or_of_synonyms_says_so():
    body = relaxed_note(parse_query("民政局"), True, 9)
    assert body.startswith("只有 9 份报告与“民政局”相符（由这类机关发布或正文提到它）") and "包含" not in body
    synonyms = relaxed_note(parse_query("最低生活保障"), True, 8)
    assert synonyms.startswith("只有 8 份报告与“最低生活保障”相符（含同义词“低保”等）") and "包含" not in synonyms
    plain = relaxed_note(parse_query("菌草"), False, 0)
    assert plain == "没有报告包含“菌草”，下面是全文用字与“菌草”相近的报告。"


def test_a_doubled_minus_is_one_and_a_minus_inside_a_negated_group_is_left_out_with_or_without_or(idx):
    assert [c.alternatives for c in parse_query("菌草 --蚕茧", idx).must_not] == [["蚕茧"]]
    for q in ("-(-蚕茧)", "-(-蚕茧 OR 菌草)"):
        parsed = parse_query(q, idx)
        assert "已忽略括号内的“-蚕茧”：排除的括号里不能再写排除（-）。" in parsed.notes, parsed.notes
        assert ["蚕茧"] not in [c.alternatives for c in parsed.must_not + parsed.must]


def test_an_exclusion_of_what_a_word_is_read_as_says_why_nothing_is_listed(idx):
    result = _search(idx, "派出所 -公安局")
    assert "戊县人民政府" not in {h.agency for h in result.hits}  # its mention of the bureau is excluded
    assert ("“派出所”也按它所属的“公安局”查找，而 -公安局 排除了它发布的报告和提到它的章节；"
            "要看“派出所”的结果，请去掉 -公安局。") in result.messages, result.messages
    assert not any("也按" in m for m in _search(idx, "菌草 -蚕茧").messages)


def test_or_between_bracketed_exclusions_is_said_and_several_words_are_them(idx):
    parsed = parse_query("( -蚕茧 ) OR ( -菌草 )", idx)
    assert [c.alternatives for c in parsed.must_not] == [["蚕茧"], ["菌草"]]
    # the run as read (-蚕茧 OR -菌草) is not what was typed: the words are named (session 36)
    assert any(m.startswith("已忽略“蚕茧”与“菌草”之间的 OR") for m in parsed.notes), parsed.notes
    messages = _search(idx, "公开 -(蚕茧 OR 菌草)").messages
    assert any(m.startswith("“蚕茧、菌草”排除的是提到它们的章节") for m in messages), messages
    assert not any("提到它的" in m for m in messages), messages


def test_a_minus_before_a_year_says_it_excludes_text(idx):
    result = _search(idx, "菌草 -2020")
    assert ("“-2020”排除的是写有“2020”的章节，不是 2020 年的报告；年份只能限定，不能排除，请写要看的年份，如 year:2021-2024。"
            in result.messages), result.messages
