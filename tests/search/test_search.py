"""run_search over a real index of the sample reports."""
from __future__ import annotations

import re
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
    sections = {f.value for f in result.facets["section"]}
    assert sections == {1, 2, 3, 4, 5, 6}


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
    result = search(searcher, q=typo)
    labels = [label for label, _ in result.suggestions]
    assert f"您是不是要找：{meant}" in labels
    assert search(searcher, q=meant).total > 0


def test_no_suggestion_for_a_good_query(searcher):
    assert not search(searcher, q="低保").suggestions


def test_all_words_first_then_any_word_with_a_message(searcher):
    question = search(searcher, q="宣和镇低保有多少人")
    assert question.hits[0].agency == "沙坡头区宣和镇人民政府" and not question.messages
    fallback = search(searcher, q="低保 火星基地")
    assert fallback.total > 0
    assert any("部分词语" in m for m in fallback.messages)


# ---------------------------------------------------------------- analysis: folding, words, sub-words

from search.analysis import JiebaTokenizer, bigrams, compound_parts, cut, fold  # noqa: E402
from search.retrieval.query import parse_query  # noqa: E402
from search.retrieval.query_tree import _weighed  # noqa: E402
from search.retrieval.synonyms import expand, searched  # noqa: E402
from search.retrieval.snippets import make_snippet  # noqa: E402


def test_fold_is_one_to_one_over_width_case_and_script():
    text = "臨時救助 ＡＢＣ１２３　行政復議 乾隆"
    folded = fold(text)
    assert folded == "临时救助 abc123 行政复议 乾隆"  # 乾 is also a simplified character: kept
    assert len(folded) == len(text)


def test_word_positions_are_consecutive_and_sub_words_share_them():
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in JiebaTokenizer()("政府信息公开申请", positions=True, chars=True, mode="index")]
    assert ("政府信息公开申请", 0, 0, 8) in tokens
    assert {("信息公开", 0, 2, 6), ("公开", 0, 4, 6), ("申请", 0, 6, 8)} <= set(tokens)
    query_time = [t.text for t in JiebaTokenizer()("政府信息公开申请 低保", positions=True)]
    assert query_time == ["政府信息公开申请", "低保"]  # the precise cut only


def test_sub_words_are_the_word_s_own_parts():
    indexed = {t.text for t in JiebaTokenizer()("石嘴山市人民政府", mode="index")}
    assert {"人民", "政府"} <= indexed
    assert "民政" not in indexed  # inside 人民政府 but not one of its parts
    assert "民政" in {t.text for t in JiebaTokenizer()("平罗县民政局", mode="index")}


def test_traditional_and_full_width_text_is_indexed_folded():
    words = [t.text for t in JiebaTokenizer()("未發生行政復議，公開８６條", mode="index")]
    assert "行政复议" in words and "86" in words
    assert bigrams("行政復議") == ["行政", "政复", "复议"]


def test_field_terms_and_agency_names_stay_whole():
    assert cut("本年新收政府信息公开申请数量") == ["本年新收", "政府信息公开申请", "数量"]
    assert cut("泰安市市场监督管理局") == ["泰安市", "市场监督管理局"]
    assert cut("危及三安全一稳定") == ["危及", "三安全一稳定"]
    assert compound_parts("高龄津贴") == ["高龄", "津贴"]


def test_synonyms_that_contain_the_term_are_not_searched_again():
    assert set(expand("低保")) == {"低保", "最低生活保障", "城乡低保"}
    assert searched("低保") == ["低保", "最低生活保障"]  # 低保 already finds 城乡低保
    assert "市场监督管理局" in searched("市场监管局")


def test_boost_of_a_compound_query_reaches_its_terms(searcher):
    from whoosh import query as Q

    plain = Q.Or([Q.Term("body", "低保"), Q.Term("section_title", "低保")])
    top = searcher.search(plain, limit=1)[0].score
    assert searcher.search(_weighed(plain, 0.5), limit=1)[0].score == pytest.approx(top / 2)


# ---------------------------------------------------------------- the query language, read

@pytest.mark.parametrize("typed, must, must_not", [
    ("低保 救助", [["低保"], ["救助"]], []),
    ("低保 OR 特困", [["低保", "特困"]], []),
    ("低保 ＯＲ 特困", [["低保", "特困"]], []),  # full-width, as an IME types it
    ("民政 -低保", [["民政"]], [["低保"]]),
    ("民政 －低保", [["民政"]], [["低保"]]),
    ("民政 NOT 低保", [["民政"]], [["低保"]]),
    ('"公开申请" 低保', [["公开申请"], ["低保"]], []),
    ("“公开申请”", [["公开申请"]], []),
    ("低保 低保", [["低保"]], []),
    ('"未闭合', [["未闭合"]], []),
    ("OR 低保 OR", [["低保"]], []),
    ("AND OR - NOT", [], []),
])
def test_query_words_operators_and_repairs(typed, must, must_not):
    parsed = parse_query(typed)
    assert [c.alternatives for c in parsed.must] == must
    assert [c.alternatives for c in parsed.must_not] == must_not


@pytest.mark.parametrize("typed, agency, years, sections", [
    ("agency:民政局 低保", ["民政局"], [], []),
    ('机构:"海盐县 民政局"', ["海盐县 民政局"], [], []),
    ("year:2020", [], [(2020, 2020)], []),
    ("year：2020", [], [(2020, 2020)], []),
    ("年份:2019-2021", [], [(2019, 2021)], []),
    ("year:2021~2019", [], [(2019, 2021)], []),
    ("year:2019年", [], [(2019, 2019)], []),
    ("section:3", [], [], [3]),
    ("部分:三", [], [], [3]),
])
def test_field_filters(typed, agency, years, sections):
    parsed = parse_query(typed)
    assert (parsed.agency, parsed.years, parsed.sections) == (agency, years, sections)
    assert not parsed.notes


@pytest.mark.parametrize("typed", ["year:abc", "year:1066", "section:9", "部分:七"])
def test_a_filter_that_makes_no_sense_is_read_as_words_with_a_note(typed):
    parsed = parse_query(typed)
    assert not (parsed.years or parsed.sections)
    assert parsed.must and parsed.notes


def test_questions_keep_their_topic_words():
    assert parse_query("低保标准是多少").highlight_terms()[:2] == ["低保标准是多少", "低保"]
    terms = parse_query("有没有行政复议案件").highlight_terms()
    assert "行政复议" in terms and "案件" not in terms and "有没有" not in terms


# ---------------------------------------------------------------- snippets on fixed text

def marks(snippet) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", str(snippet))


def test_snippet_joins_the_best_passages_with_ellipses_and_escapes():
    text = ("第一段没有要找的词。" * 8 + "\n<b>低保</b>对象按月公示，临时救助及时发放。" + "无关的内容。" * 20
            + "\n低保金标准提高。" + "其他内容。" * 20 + "\n再次提到临时救助。" + "结尾。" * 30)
    snippet = str(make_snippet(text, ["低保", "临时救助"]))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert snippet.count("…") >= 3  # several passages, each marked by ellipses
    assert "&lt;b&gt;" in snippet and "<b>" not in snippet
    # The first passage is the one holding both terms.
    first = snippet.split("…")[1]
    assert marks(first) == ["低保", "临时救助"]


def test_snippet_marks_whole_terms_only():
    snippet = make_snippet("城乡低保人数和最低生活保障金", ["低保", "城乡低保", "最低生活保障"])
    assert marks(snippet) == ["城乡低保", "最低生活保障"]
    assert make_snippet("ＡＢＣ公司", ["abc"]).count("<mark>ＡＢＣ</mark>") == 1


def test_snippet_shows_a_table_row_from_its_label():
    body = "三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 2"
    assert str(make_snippet(body, ["不予公开"])) == (
        "三、本年度办理结果 | （三）<mark>不予公开</mark> | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 2")


def test_snippet_pairs_a_header_row_with_the_figures_below():
    body = "\n".join([
        "行政复议 | 行政诉讼",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计",
        "58 | 9 | 11 | 18 | 96 | 19 | 2 | 6 | 13 | 40 | 14 | 1 | 5 | 11 | 31",
    ])
    snippet = str(make_snippet(body, ["行政复议"]))
    assert snippet.startswith("<mark>行政复议</mark> | 行政诉讼：结果维持 58 · 结果纠正 9 · 其他结果 11 · 尚未审结 18 · 总计 96")
    # Columns of a header cell spanning two rows are completed from the row above.
    assert "未经复议直接起诉" not in snippet.split("：", 1)[1]


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


def test_abbreviated_agency_finds_the_full_name(small):
    assert ranked(small, "市场监管局")[0][0] == HN
    assert ranked(small, "卫健局") == []


def test_text_in_traditional_script_and_full_width_digits_is_found(small):
    assert ranked(small, "行政复议")[0] == (SZS, 4)
    assert (SZS, 1) in ranked(small, "行政复议")  # 未發生行政復議案件
    # 依申請公開 as written, and its synonym 政府信息公开申请 in 惠农区's part 1.
    assert ranked(small, "依申请公开") == [(SZS, 1), (HN, 1)]
    assert ranked(small, "86条") == [(SZS, 1)]
    snippet = str(run_search(small, SearchParams(q="86条", flat=True)).hits[0].snippet)
    assert "<mark>８６条</mark>" in snippet


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
    assert "结果维持 3 · 结果纠正 1 · 其他结果 0 · 尚未审结 1 · 总计 5" in str(hit.snippet)


def test_parts_of_a_word_are_marked_only_where_the_word_is_absent():
    parsed = parse_query("行政复议")
    terms, parts = parsed.highlight_terms(), parsed.part_terms()
    assert parts == ["行政", "复议"]
    assert marks(make_snippet("行政复议 | 行政诉讼", terms, parts)) == ["行政复议"]
    snippet = make_snippet("高龄低收入对象 253 人，发放生活津贴", parse_query("高龄津贴").highlight_terms(),
                           parse_query("高龄津贴").part_terms())
    assert marks(snippet) == ["高龄", "津贴"]


def test_suggestions_on_the_small_index(small):
    dropped = run_search(small, SearchParams(q="低保 year:2019"))
    assert dropped.total == 0
    assert dropped.suggestions == [("去掉筛选条件“year:2019”：1 份报告", "q=%E4%BD%8E%E4%BF%9D")]
    facet = run_search(small, SearchParams(q="低保", agency=(HN,)))
    assert facet.total == 0 and facet.suggestions[0][0] == f"去掉筛选条件“机构：{HN}”：1 份报告"
    assert not run_search(small, SearchParams(q="低保")).suggestions
