"""run_search over a real index of the sample reports."""
from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from werkzeug.datastructures import MultiDict

from search.retrieval.engine import get_report, run_search
from search.retrieval.params import SearchParams

from tests.conftest import agencies, search, written
from tests.conftest import section_hits as ranked


def test_empty_query_lists_every_report_newest_first(searcher):
    result = search(searcher)
    assert result.total == result.total_reports == 5
    years = [h.year for h in result.hits]
    assert years == sorted(years, reverse=True) and years[0] == 2021


def test_sub_word_finds_compound(searcher):
    # 信息公开 sits inside 政府信息公开; 低保 inside 城乡低保.
    assert search(searcher, q="信息公开").total == 5
    result = search(searcher, q="低保")
    assert result.total >= 3
    assert any("城乡低保" in str(h.snippet) for h in result.hits)


def test_snippets_mark_whole_terms(searcher):
    result = search(searcher, q="低保")
    for hit in result.hits:
        assert "<mark>" in str(hit.snippet)
        assert "低<mark>" not in str(hit.snippet) and "</mark>保" not in str(hit.snippet)


def test_phrase_across_word_boundaries(searcher):
    # jieba cuts 信息公开申请 as 信息公开|申请; the phrase 公开申请 must still match.
    result = search(searcher, q='"公开申请"')
    assert result.total == 5
    assert all("公开申请" in str(h.snippet).replace("<mark>", "").replace("</mark>", "") for h in result.hits)


def test_facets_are_counted_over_all_results_not_the_page(searcher):
    result = search(searcher, q="信息公开", per_page="10")
    years = {f.value: f.count for f in result.facets["year"]}
    assert years == {2021: 1, 2020: 3, 2019: 1}
    sections = {f.value: f.count for f in result.facets["section"]}
    assert set(sections) == {0, 1, 2, 3, 4, 5, 6}
    # The lead-ins (导言) answer only questions about the report itself, or a click on 导言, which lists those holding
    # the words: the facet counts that list (QA 31 #1), not the 导言 of reports without parts (none here).
    assert sections[0] == search(searcher, q="信息公开", section="0").total


def test_filters_or_within_and_across_facets(searcher):
    both_years = search(searcher, year=["2019", "2021"])
    assert {h.year for h in both_years.hits} == {2019, 2021}
    narrowed = search(searcher, year=["2019", "2021"], agency="吴忠市民政局")
    assert agencies(narrowed) == {"吴忠市民政局"}
    # The year facet still shows the other years' counts (its own selection is ignored).
    assert {f.value for f in narrowed.facets["year"]} >= {2021}
    only_part4 = search(searcher, section="4", flat="1")
    assert {h.section for h in only_part4.hits} == {4}


def test_heading_and_agency_matches_rank_first(searcher):
    result = search(searcher, q="海盐县民政局", flat="1")
    assert result.hits[0].agency == "海盐县民政局"
    result = search(searcher, q="主动公开政府信息情况", flat="1")
    assert result.hits[0].section == 2


def test_grouping_folds_sections_of_a_report(searcher):
    grouped = search(searcher, q="信息公开")
    flat = search(searcher, q="信息公开", flat="1")
    assert grouped.total == 5 and flat.total == flat.total_sections > 5
    assert len({h.report_id for h in grouped.hits}) == len(grouped.hits)
    assert sum(h.more_sections + 1 for h in grouped.hits) == flat.total


def test_pagination_keeps_order_and_clamps(searcher):
    first = search(searcher, q="信息公开", flat="1", per_page="10", page="1")
    second = search(searcher, q="信息公开", flat="1", per_page="10", page="2")
    assert not {(h.report_id, h.section) for h in first.hits} & {(h.report_id, h.section) for h in second.hits}
    beyond = search(searcher, q="信息公开", flat="1", page="999999")
    assert beyond.page == beyond.pages


def follow(searcher, query_string):
    """The search a suggestion's link leads to."""
    return run_search(searcher, SearchParams.from_args(MultiDict(parse_qsl(query_string))))


def test_no_hits_suggests_the_filter_to_drop(searcher):
    result = search(searcher, q="低保", year="2019", section="6")
    assert result.total == 0
    # 低保 is in a 2019 report, but not in its part 6: dropping the part finds it, and says so.
    label, link = result.suggestions[0]
    assert "部分" in label and "1 份报告" in label
    assert follow(searcher, link).total == 1 and "year=2019" in link
    assert result.suggestions[-1][0] == "去掉所有筛选条件" and follow(searcher, result.suggestions[-1][1]).total > 1
    # A filter typed in the query is dropped from the query text.
    typed = search(searcher, q="低保 year:2021")
    assert typed.total == 0
    label, link = typed.suggestions[0]
    assert "year:2021" in label and follow(searcher, link).params.q == "低保"


@pytest.mark.parametrize("q", ['"未闭合', "OR", "-", "AND OR -", "(((", "year:abc", "agency:", "x" * 2000, "\x00\x1f", "*?~^"])
def test_malformed_queries_never_raise(searcher, q):
    result = search(searcher, q=q)
    assert result.total >= 0


def test_exclusion_and_or(searcher):
    with_low = search(searcher, q="低保")
    without = search(searcher, q="民政 -低保", flat="1")
    excluded = {(h.report_id, h.section) for h in search(searcher, q="低保", flat="1").hits}
    assert not {(h.report_id, h.section) for h in without.hits} & excluded
    either = search(searcher, q="低保 OR 高龄津贴")
    assert either.total >= with_low.total


def test_report_is_retrievable_by_stable_id(searcher):
    hit = search(searcher, q="吴忠").hits[0]
    report = get_report(searcher, hit.report_id)
    assert report["agency"] == "吴忠市民政局"
    assert [s["number"] for s in report["sections"]] == [1, 2, 3, 4, 5, 6]
    assert get_report(searcher, "../../etc/passwd") is None


@pytest.mark.parametrize("typo, meant", [("底保", "低保"), ("行政复仪", "行政复议")])
def test_did_you_mean(searcher, typo, meant):
    # The part-level list suggests the word; the report list searches it at once and says so. A key term of the
    # template typed wrong (行政复仪) is read as the term before the query is read (term_typos.py): both lists search it.
    result = search(searcher, q=typo, flat="1")
    labels = [label for label, _ in result.suggestions]
    if len(meant) < 4:
        assert f"您是不是要找：{meant}" in labels
    else:
        assert result.total == search(searcher, q=meant, flat="1").total > 0
        assert any(f"已按“{meant}”" in m for m in result.messages)
    grouped = search(searcher, q=typo)
    assert grouped.total == search(searcher, q=meant).total > 0
    assert any("已按“" in m and m.split("已按“")[1].split("”")[0] in meant for m in grouped.messages)


def test_a_typo_inside_a_run_is_searched_as_the_word_meant(searcher):
    # 低保 typed 底保 inside a question: the run is read again as corrected; a quoted phrase is not.
    fixed = search(searcher, q="底保标准")
    assert fixed.total == search(searcher, q="低保标准").total > 0
    assert search(searcher, q='"底保"').total == 0
    # A piece inside a longer word: 申情 is in no report, 依申 is (依申请), so 申情 is the typo.
    assert search(searcher, q="依申情公开").total == search(searcher, q="依申请公开").total > 0
    # A name of an issuer is never respelled (警察局 is the police, not 警差距), even where none is indexed.
    assert not any("已按“" in m for m in search(searcher, q="警察局").messages)


def test_no_suggestion_for_a_good_query(searcher):
    assert not search(searcher, q="低保").suggestions


def test_all_words_first_then_any_word_with_a_message(searcher):
    question = search(searcher, q="宣和镇低保有多少人")
    # One report holds every word; the first page is filled below it, and the note says so.
    assert question.hits[0].agency == "沙坡头区宣和镇人民政府"
    assert question.messages == ["只有 1 份报告与“宣和”“低保”相符，其后是包含其中主要词语的报告。"]
    fallback = search(searcher, q="低保 火星基地")
    assert fallback.total > 0
    assert any("部分词语" in m for m in fallback.messages)


# ---------------------------------------------------------------- ranking and folding on a small fixed index

SMALL = {
    "shizuishan.txt": """石嘴山市人民政府2021年政府信息公开工作年度报告

一、总体情况
2021年，石嘴山市人民政府全年主动公开政府信息８６条，开展社会救助政策解读。全年依申請公開辦理順利，未發生行政復議案件。

四、政府信息公开行政复议、行政诉讼情况
行政复议\t行政诉讼
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
3\t1\t0\t1\t5\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0

六、其他需要报告的事项
无。
""",
    "huinong.txt": """惠农区市场监督管理局2019年政府信息公开工作年度报告

一、总体情况
本局全年收到政府信息公开申请5件，均按期答复。

五、存在的主要问题及改进情况
公开工作仍有不足，群众提出申请的渠道有待拓宽。
""",
    "pingluo.txt": """平罗县民政局2020年政府信息公开工作年度报告

一、总体情况
平罗县民政局主动公开社会救助信息，按月公示低保对象。

六、其他需要报告的事项
无。
""",
}
SZS, HN, PLX = "石嘴山市人民政府", "惠农区市场监督管理局", "平罗县民政局"


@pytest.fixture(scope="module")
def small(indexes):
    """A searcher over three reports written for these tests."""
    return indexes.searcher("small", written(SMALL))


def test_agency_filter_does_not_match_inside_other_words(small):
    # 民政 sits inside 人民政府 as characters, not as a word: only the civil-affairs bureau matches.
    assert {a for a, _ in ranked(small, "救助 agency:民政")} == {PLX}
    assert {a for a, _ in ranked(small, "救助")} == {PLX, SZS}


def test_a_word_a_common_compound_hides_is_no_match_there(small):
    # 民政 begins inside 人民 of 人民政府: the people's government's report, which never writes 民政,
    # is not listed; a word that is a part of a word (民政 of 民政局) is.
    assert {a for a, _ in ranked(small, "民政")} == {PLX}
    assert search(small, q="民政").total == 1


def test_abbreviated_agency_finds_the_full_name(small):
    assert ranked(small, "市场监管局")[0][0] == HN
    assert ranked(small, "卫健局") == []


def test_text_in_traditional_script_and_full_width_digits_is_found(small):
    assert ranked(small, "行政复议")[0] == (SZS, 4)
    assert (SZS, 1) in ranked(small, "行政复议")  # 未發生行政復議案件
    # 依申請公開 as written, and its synonym 政府信息公开申请 in 惠农区's part 1 (first: its prose
    # states 5 requests, a figure above 0); a report sharing only characters may follow them.
    assert ranked(small, "依申请公开")[:2] == [(HN, 1), (SZS, 1)]
    assert ranked(small, "86条") == [(SZS, 1)]
    snippet = str(run_search(small, SearchParams(q="86条", flat=True)).hits[0].snippet)
    # (round 60) the parser folds full-width digits where the text enters it: the snippet shows them half-width
    assert "<mark>86条</mark>" in snippet


def test_phrase_ranks_above_the_same_words_apart(small):
    # Part 1 says 信息公开申请; part 5 has 公开 and 申请 in different clauses.
    assert ranked(small, "公开 申请", agency=(HN,))[:2] == [(HN, 1), (HN, 5)]
    assert ranked(small, "公开申请", agency=(HN,))[:2] == [(HN, 1), (HN, 5)]
    assert ranked(small, '"公开申请"', agency=(HN,)) == [(HN, 1)]


def test_grouped_hit_is_the_best_section_with_the_others_counted(small):
    flat = ranked(small, "行政复议")
    grouped = run_search(small, SearchParams(q="行政复议"))
    best = grouped.hits[0]
    assert (best.agency, best.section) == flat[0]
    assert best.more_sections == sum(a == best.agency for a, _ in flat) - 1 == 1


def test_table_snippet_shows_figures_with_their_columns(small):
    hit = run_search(small, SearchParams(q="行政复议", flat=True)).hits[0]
    assert "<mark>行政复议</mark> 5（维持 3 · 纠正 1 · 未审结 1）" in str(hit.snippet)


def test_suggestions_on_the_small_index(small):
    dropped = run_search(small, SearchParams(q="低保 year:2019"))
    assert dropped.total == 0
    assert dropped.suggestions == [("去掉筛选条件“year:2019”：1 份报告", "q=%E4%BD%8E%E4%BF%9D")]
    facet = run_search(small, SearchParams(q="低保", agency=(HN,)))
    assert facet.total == 0 and facet.suggestions[0][0] == f"去掉筛选条件“机构：{HN}”：1 份报告"
    assert not run_search(small, SearchParams(q="低保")).suggestions


def test_a_quoted_phrase_is_searched_as_typed_without_its_synonyms(indexes):
    from tests.conftest import made_up_report

    reports = {
        "weibo.txt": made_up_report("甲县民政局", 2021, {1: "通过政务微博发布信息120条。"}),
        "official.txt": made_up_report("乙县民政局", 2021, {1: "通过官方微博发布信息80条。"}),
    }
    searcher = indexes.searcher("quoted-phrase", written(reports))
    quoted = search(searcher, q='"政务微博"')
    assert quoted.hits[0].agency == "甲县民政局"
    assert "官方微博" not in quoted.hits[0].snippet
    # Only the report that says it holds the phrase (another may follow a short list, below it).
    assert "1 份报告" in " ".join(quoted.messages) or [h.agency for h in quoted.hits] == ["甲县民政局"]
    unquoted = search(searcher, q="政务微博")  # unquoted, the synonym finds the other report too
    assert {hit.agency for hit in unquoted.hits} == {"甲县民政局", "乙县民政局"}
    assert not unquoted.messages



def test_a_county_typed_is_never_respelled_into_another_word(indexes):
    # 公安县 is a county (荆州市) no indexed report is of, one character off 公安局, which a report
    # holds: the place is told as not held, and the query is not rewritten to the police.
    police = indexes.searcher("police", written({"police.txt": """某市公安局2021年政府信息公开工作年度报告

一、总体情况
某市公安局主动公开交通管理信息120条。
"""}))
    messages = search(police, q="公安县").messages
    assert any("荆州市公安县" in m for m in messages)
    assert not any("已按“" in m for m in messages)
