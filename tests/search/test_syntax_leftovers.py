"""Session 36's syntax leftovers (review 35 #4-#7, #9; QA 41 #8): a negated filter alone in a group is said, the advice
for a negated agency whose name holds a space is a query that does what it says, a minus parted from a phrase is said,
a group holding OR loses its brackets, a note quotes what was typed (never the syntax's rewriting), a word only the
excluded parts hold is not told as used by no report, and a report page opened from page 2 of a list reads the list's
size instead of selecting it again. The bodies and words are made up (none is in the corpus)."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest

from search.output import report_page as report_page_module
from search.retrieval.excluded_parts import HIDDEN_EMPTY_NOTE, HIDDEN_NOTE, SAME_WORD_NOTE
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, other_bodies, search, written

REPORTS = {
    "fungus2020.txt": made_up_report("宁陵县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "fungus2022.txt": made_up_report("民权县菌草推广站", 2022, {2: "本年度公开菌草种植补贴名单。"}),
    "silk.txt": made_up_report("睢县蚕桑指导站", 2022, {2: "本年度公开蚕茧收购价格。"}),
    "mixed.txt": made_up_report("虞城县菌草推广站", 2021, {2: "本年度公开菌草与竹荪套种试点情况。"}),
    "bees.txt": made_up_report("柘城县养蜂管理站", 2020, {2: "本年度公开蜂蜡质量抽检结果。"}),
    **other_bodies(12),
}
ALL = 17


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("syntax-leftovers", written(REPORTS))


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("syntax-leftovers", written(REPORTS)).test_client()


def _names(result) -> set[str]:
    return {hit.agency for hit in result.hits}


def _typed_only(q: str, notes: list[str]) -> None:
    """Every run a syntax note quotes is in the query as typed (a rewriting such as “-低保 OR 民政” is not)."""
    for note in notes:
        for run in re.findall(r"“([^“”]+)”", note):
            assert run in q or all(w in q for w in run.split("、")), (run, note)


@pytest.mark.parametrize("q, typed", [("-(year:2020)", "-(year:2020)"), ("-(section:3)", "-(section:3)"),
                                      ("year:2022 -(year:2021)", "-(year:2021)"), ("NOT year:2020", "NOT year:2020")])
def test_a_negated_filter_alone_is_said_and_excludes_nothing(idx, client, q, typed):
    result = search(idx, q=q, per_page=50)
    assert any(m.startswith(f"已忽略“{typed}”") and "不能排除" in m for m in result.messages), result.messages
    assert result.total == (14 if q.startswith("year:2022") else ALL)  # 2022: two bodies and other_bodies
    api = client.get("/api/search?q=" + quote(q))
    html = client.get("/?q=" + quote(q))
    assert api.status_code == html.status_code == 200
    assert any(m.startswith(f"已忽略“{typed}”") for m in api.get_json()["messages"])
    assert f"已忽略“{typed}”" in unescape(html.get_data(as_text=True))


def test_the_advice_for_a_negated_agency_with_a_space_does_what_it_says(idx):
    note = parse_query('公开 -agency:"宁陵县 菌草推广站"').notes[0]
    assert note.endswith("请写 -宁陵县菌草推广站。"), note
    assert _names(search(idx, q="公开 -宁陵县菌草推广站", per_page=50)) == \
        _names(search(idx, q="公开", per_page=50)) - {"宁陵县菌草推广站"}


def test_a_minus_parted_from_a_phrase_is_said(idx):
    result = search(idx, q='公开 - "蚕茧"', per_page=50)
    assert '“- "蚕茧"”中的“-”与词语之间有空格，已按要查找的词语“蚕茧”查找；要排除它，请写 -"蚕茧"。' in result.messages
    assert _names(result) == {"睢县蚕桑指导站"}  # what the note says: the phrase is looked for


def test_a_group_holding_or_is_its_items_without_brackets(idx, client):
    assert parse_query("（菌草 OR 蚕茧） 公开").text == "菌草 OR 蚕茧 公开"
    assert _names(search(idx, q="(菌草 OR 蚕茧) 公开", per_page=50)) == \
        {"宁陵县菌草推广站", "民权县菌草推广站", "虞城县菌草推广站", "睢县蚕桑指导站"}
    result = search(idx, q="(公开 OR -蚕茧) 补贴", per_page=50)
    assert not any(")" in m for m in result.messages), result.messages
    html = unescape(client.get("/?q=" + quote("(菌草 OR 蚕茧) 公开")).get_data(as_text=True))
    assert "“(菌草" not in html and "蚕茧)”" not in html


@pytest.mark.parametrize("q, note", [
    ("NOT 菌草 OR 公开", "已忽略“NOT 菌草 OR 公开”中的 OR：OR 只能连接要查找的词语，排除的词语总是排除。"),
    ("(公开 -菌草) OR 蚕茧", "已忽略“菌草”与“蚕茧”之间的 OR：OR 只能连接要查找的词语，排除的词语总是排除。"),
    ("NOT year:2020 公开", "已忽略“NOT year:2020”：年份只能限定，不能排除；请写要看的年份，如 year:2021-2024。"),
])
def test_a_note_quotes_what_was_typed_not_the_syntax_rewriting(idx, client, q, note):
    assert note in parse_query(q).notes
    _typed_only(q, [m for m in parse_query(q).notes])
    assert note in client.get("/api/search?q=" + quote(q)).get_json()["messages"]


def test_a_word_only_excluded_parts_hold_is_not_told_unused(idx):
    result = search(idx, q="蚕茧 -菌草 竹荪", per_page=50)
    assert HIDDEN_NOTE.format(words="竹荪", excluded="菌草") in result.messages
    assert not any(m.startswith("没有报告使用") for m in result.messages), result.messages
    assert _names(result) == {"睢县蚕桑指导站"}
    empty = search(idx, q="-(菌草) OR 竹荪", per_page=50)
    assert empty.total == 0 and HIDDEN_EMPTY_NOTE.format(words="竹荪", excluded="菌草") in empty.messages
    same = search(idx, q="菌草 -菌草", per_page=50)
    assert same.total == 0 and SAME_WORD_NOTE.format(word="菌草") in same.messages


def test_a_report_page_from_page_two_reads_the_lists_size(client, monkeypatch):
    listed = client.get("/?q=公开&page=2").get_data(as_text=True)
    link = unescape(re.search(r'<h3><a href="(/reports/[^"]+)"', listed).group(1))

    def selecting(*args, **kwargs):
        raise AssertionError("the list was selected again")
    with monkeypatch.context() as patch:
        patch.setattr(report_page_module, "listed_reports", selecting)
        page = client.get(link)
    assert page.status_code == 200
    assert "page=2" in unescape(re.search(r'<p class="back"><a href="([^"]+)"', page.get_data(as_text=True)).group(1))
    # A page past the end that no list served is still the last (QA 39 #9), selected once, then read.
    far = client.get(link.split("#")[0].replace("page=2", "page=1000") + "&year=2021")  # 1 report: 1 page
    back = unescape(re.search(r'<p class="back"><a href="([^"]+)"', far.get_data(as_text=True)).group(1))
    assert "page=" not in back and "year=2021" in back, back


def test_an_informal_name_dropped_beside_other_words_is_said_with_its_reading(indexes):
    # QA 41 #8: 派出所 alone is read as the 公安局 its reports mention; beside a word no such report holds it was
    # told as dropped, with no word of that reading.
    idx = indexes.searcher("informal-dropped", written({
        "county.txt": made_up_report("岚溪县人民政府", 2022, {2: "县公安局公开户外招牌审批流程。"}),
        "silk.txt": made_up_report("睢县蚕桑指导站", 2022, {2: "本年度公开蚕茧收购价格。"}),
        **other_bodies(4)}))
    alone = search(idx, q="派出所")
    assert any("所属的“公安局”" in m for m in alone.messages), alone.messages
    beside = search(idx, q="派出所 蚕茧")
    assert "没有“派出所”发布的报告，也没有报告在提到它所属的“公安局”的同时含有其余词语，已按其余词语查找。" in beside.messages
    assert _names(beside) == {"睢县蚕桑指导站"}


@pytest.mark.parametrize("q, read, note", [
    ("year:2022 OR 菌草", "year:2022 菌草", "已忽略“year:2022 OR 菌草”中的 OR：OR 不能连接筛选条件，筛选条件总是限定结果。"),
    ("菌草 not 蚕茧", "菌草 -蚕茧", None),  # a lowercase not is NOT, as a lowercase or is OR
    ("((菌草 OR 蚕茧)) 公开", "菌草 OR 蚕茧 公开", None),
    ("year:2021 OR year:2022 菌草", "year:2021 OR year:2022 菌草", None),  # one field's filters: either already
])
def test_more_typed_forms_are_read_as_the_syntax(idx, q, read, note):
    parsed = parse_query(q)
    assert " ".join(parsed.text.split()) == read
    assert parsed.notes == ([note] if note else [])
    _typed_only(q, parsed.notes)
    assert _names(search(idx, q=q, per_page=50)) == _names(search(idx, q=read, per_page=50))
