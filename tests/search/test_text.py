"""Text on its own, without an index: folding, words and sub-words, synonyms, the query language
as read, and snippets of fixed text."""
from __future__ import annotations

import re

import pytest

from search.analysis import (JiebaTokenizer, bigrams, compound_parts, cut, cuts_through, fold, gram_pieces, gram_terms,
                             term_positions, word_pieces, word_terms)
from search.retrieval.query import parse_query
from search.retrieval.query_tree import _weighed
from search.retrieval.snippets import make_snippet
from search.retrieval.table_rows import is_review_headings, review_line
from search.retrieval.synonyms import expand, searched


# ---------------------------------------------------------------- analysis: folding, words, sub-words



def test_fold_is_one_to_one_over_width_case_and_script():
    text = "臨時救助 ＡＢＣ１２３　行政復議 乾隆"
    folded = fold(text)
    assert folded == "临时救助 abc123 行政复议 乾隆"  # 乾 is also a simplified character: kept
    assert len(folded) == len(text)


def test_fold_of_a_long_text_is_the_same_by_array():
    text = ("臨時救助 ＡＢＣ１２３　行政復議 乾隆，" * 8) + "\U00020000 𠀀"  # past the array's range too
    assert fold(text) == text.translate(__import__("search.analysis").analysis._FOLD).lower()
    assert fold(text[:-3]) == text[:-3].translate(__import__("search.analysis").analysis._FOLD).lower()


@pytest.mark.parametrize("text", [
    "政府信息公开申请 12345热线，臨時救助 ＡＢＣ１２３ 行政复议、行政诉讼\n本年新收 | 12 | 3.5%\n\n㐀丂 é 乾隆",
    "", "。", "a", "依申请公开" * 40,
])
def test_the_index_writer_gathers_the_tokenisers_own_tokens(text):
    assert word_terms(text) == term_positions(word_pieces(text, "index"))
    assert gram_terms(text) == term_positions(gram_pieces(text))


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


def test_a_place_s_name_has_no_parts_but_those_it_begins_with():
    def indexed(text):
        return {t.text for t in JiebaTokenizer()(text, mode="index")}
    assert "山海关" in indexed("山海关区南关街道办事处") and "海关" not in indexed("山海关区南关街道办事处")
    assert "黑龙江" in indexed("黑龙江省林业厅") and "龙江" not in indexed("黑龙江省林业厅")
    assert {"回族", "自治县"} <= indexed("化隆回族自治县民政局")
    assert "海关" in indexed("海关总署")  # no place: its parts stay


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
    swapped = typed == "year:2021~2019"  # read as 2019-2021, and said so (QA 32 #12)
    assert [("已对调为 2019-2021" in n) for n in parsed.notes] == ([True] if swapped else [])


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


def test_snippet_never_marks_a_term_that_cuts_through_the_texts_words():
    # 民政 sits inside 人民政府 (人民 | 政府) and across 居民 | 政策: neither is civil affairs; 民政局 is.
    snippet = make_snippet("县人民政府督促落实居民政策，县民政局按月公示低保对象。", ["民政"])
    assert marks(snippet) == ["民政"]
    assert "<mark>民政</mark>局" in str(snippet)
    # A part of a word the word is made of stands (申请 of 依申请公开), and so do words side by side.
    assert marks(make_snippet("做好依申请公开工作，网上申请渠道畅通。", ["申请", "网上申请"])) == ["申请", "网上申请"]


@pytest.mark.parametrize("text, term, through", [
    ("人民政府", "民政", True), ("居民政策", "民政", True), ("中华人民共和国", "民共", True),
    ("市民政局", "民政", False), ("依申请公开", "申请", False), ("城市低保标准提高", "低保标准", False),
    ("县人民政府办公室", "政府", False), ("拉萨海关", "海关", False), ("公开", "公开", False),
    ("街道办事处", "街道办", False), ("退役军人事务局", "人事", True)])
def test_a_match_cuts_through_words_only_where_it_begins_inside_one(text, term, through):
    start = text.find(term)
    assert cuts_through(fold(text), start, start + len(term)) is through


def test_snippet_shows_a_table_row_by_its_label_and_its_figures_named():
    # The template's applicant columns are known: the row reads as its label and the figures
    # above 0 with their names, the total always.
    body = "三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 3 | 0 | 0 | 0 | 1 | 0 | 4"
    assert str(make_snippet(body, ["不予公开"])) == (
        "三、本年度办理结果 | （三）<mark>不予公开</mark> | 1.属于国家秘密：自然人 3 · 法律服务机构 1 · 总计 4")
    zeros = "三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0"
    assert str(make_snippet(zeros, ["不予公开"])).endswith("1.属于国家秘密：总计 0")
    # A column the query names is shown even at 0.
    assert "法律服务机构</mark> 0 · 总计 0" in str(make_snippet(zeros, ["不予公开", "法律服务机构"]))


def test_snippet_names_a_rows_figures_when_a_pdf_wrapped_the_tables_labels():
    # A PDF's table: labels wrapped across lines (（三）不\n予公开) and spaced (申 请), the headings far
    # above; the row's own label tells the part-三 table.
    body = ("表三 申请人情况\n" + "说明文字。" * 100 + "\n（三）不\n予公开\n5.属于三类内部事务信\n息\n"
            "（五）不 予处理 | 1. 信访举报投诉类申 请 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n2.重复申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2")
    assert "信访</mark>举报投诉类申 请：总计 0" in str(make_snippet(body, ["信访"]))
    assert "重复申请</mark>：自然人 2 · 总计 2" in str(make_snippet(body, ["重复申请"]))


def test_snippet_reads_a_header_row_as_the_figures_below_it_named():
    body = "\n".join([
        "行政复议 | 行政诉讼",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计",
        "58 | 9 | 0 | 18 | 85 | 19 | 2 | 6 | 13 | 40 | 0 | 0 | 0 | 0 | 0",
    ])
    snippet = str(make_snippet(body, ["行政复议"]))
    assert snippet == ("<mark>行政复议</mark> 85（维持 58 · 纠正 9 · 未审结 18） · 直接起诉 40（维持 19 · 纠正 2 · 其他 6 · 未审结 13）"
                       " · 复议后起诉 0")
    # Another table: the names come from the header rows above the figures.
    other = "项目 | 件数 | 金额\n收费 | 2 | 0"
    assert str(make_snippet(other, ["项目"])) == "<mark>项目</mark> | 件数 | 金额：收费：件数 2"


def test_a_row_of_column_names_with_no_readable_figures_shows_the_report_s_figures():
    # A PDF converter glued the header's cells and the figures' digits (a row of one-digit cells
    # reads 21317000…): the text holds no row a reader can pair with the names.
    glued = "\n".join(["行政复议行政诉讼", "未经复议直接起诉复议后起诉", "结果结果其他尚未",
                       "注：行政复议、行政诉讼数量含上年度结转数量。", "21317000001324019"])
    figures = {"reconsideration_upheld": 2, "reconsideration_corrected": 1, "reconsideration_other": 3,
               "reconsideration_pending": 1, "reconsideration_total": 7, "litigation_direct_total": 0,
               "litigation_after_reconsideration_upheld": 13, "litigation_after_reconsideration_corrected": 2,
               "litigation_after_reconsideration_other": 4, "litigation_after_reconsideration_total": 19}
    shown = str(make_snippet(glued, ["行政诉讼"], figures=lambda: figures))
    assert shown.count("直接起诉 0") == 1 and "复议后起诉 19（维持 13" in shown
    # Prose that holds the words comes first, the figures after it.
    assert shown.index("数量含上年度结转数量") < shown.index("复议后起诉 19")
    # A header row in cells, its figures glued below it, is read the same way.
    cells = "行政复议 | 行政诉讼 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n21317000001324019"
    shown = str(make_snippet(cells, ["行政复议"], figures=lambda: figures))
    assert shown.startswith("<mark>行政复议</mark> | 行政诉讼：<mark>行政复议</mark> 7（") and "结果纠正" not in shown
    # Without the report's figures the text is shown as it is; a report without a review table
    # gives none, and the names stay.
    assert "复议后起诉 19" not in str(make_snippet(glued, ["行政诉讼"]))
    # A name the figures begin with is not said twice.
    alone = "行政复议\n21317000001324019"
    assert str(make_snippet(alone, ["行政复议"], figures=lambda: figures)).startswith("<mark>行政复议</mark> 7（维持 2")
    assert str(make_snippet(cells, ["行政复议"], figures=lambda: {})).startswith("<mark>行政复议</mark> | 行政诉讼 | 结果维持")


REFUSED_ROWS = "\n".join(
    f"三、本年度办理结果 | （三）不予公开 | {item} | {n} | 0 | 0 | 0 | 0 | 0 | {n}"
    for item, n in (("1.属于国家秘密", 0), ("2.其他法律行政法规禁止公开", 0), ("3.危及“三安全一稳定”", 4),
                    ("4.保护第三方合法权益", 0), ("5.属于三类内部事务信息", 0), ("6.属于四类过程性信息", 2),
                    ("7.属于行政执法案卷", 0), ("8.属于行政查询事项", 0)))


def test_a_hit_on_an_outcome_group_s_name_shows_the_group_not_one_of_its_items():
    """不予公开 names a group of eight rows: the reader wants how many and why, not row 3 with its 4. With the
    report's figures the snippet says the group's total, as the figure badge counts it, and its items above 0."""
    figures = {"outcome_refused_state_secret": 0, "outcome_refused_prohibited": 0, "outcome_refused_security": 4,
               "outcome_refused_third_party": 0, "outcome_refused_internal": 0, "outcome_refused_process": 2,
               "outcome_refused_enforcement": 0, "outcome_refused_query": 0}
    shown = str(make_snippet(REFUSED_ROWS, ["不予公开"], figures=lambda: figures))
    assert shown.strip("…") == "（三）<mark>不予公开</mark> 6（危及“三安全一稳定” 4 · 属于四类过程性信息 2）"
    # The group's name on a line of its own above its items' rows reads the same, before any other row.
    heading = REFUSED_ROWS.replace("三、本年度办理结果 | （三）不予公开 | ", "")
    headed = "项目 | 予以公开 | 不予公开\n1 | 2\n(三) 不予公开\n" + heading
    assert "…（三）<mark>不予公开</mark> 6（危及“三安全一稳定” 4 · 属于四类过程性信息 2）…" in str(
        make_snippet(headed, ["不予公开"], figures=lambda: figures))
    # A group none of whose items was used says so; a hit on an item's own words keeps that item's row.
    zeros = {k: 0 for k in figures}
    assert "（三）<mark>不予公开</mark> 0" in str(make_snippet(REFUSED_ROWS, ["不予公开"], figures=lambda: zeros))
    assert "过程性</mark>信息：自然人 2 · 总计 2" in str(make_snippet(REFUSED_ROWS, ["过程性"], figures=lambda: figures))
    # An item the query names is said at 0 too (its row would have said so); the group's own words name no item.
    asked = str(make_snippet(REFUSED_ROWS, ["不予公开", "国家秘密"], figures=lambda: figures))
    assert "（三）<mark>不予公开</mark> 6（属于<mark>国家秘密</mark> 0 · 危及“三安全一稳定” 4 · 属于四类过程性信息 2）" in asked
    assert "禁止公开" not in str(make_snippet(REFUSED_ROWS, ["不予公开", "公开"], figures=lambda: figures))
    # Figures not all read (a row the parser missed): the rows as the text gives them.
    partial = dict(figures, outcome_refused_query=None)
    assert "3.危及“三安全一稳定”：自然人 4 · 总计 4" in str(make_snippet(REFUSED_ROWS, ["不予公开"], figures=lambda: partial))


def test_the_review_table_in_words_from_a_report_s_figures():
    figures = {"reconsideration_upheld": 40, "reconsideration_corrected": 0, "reconsideration_other": 10,
               "reconsideration_pending": 5, "reconsideration_total": 55, "litigation_direct_total": 12,
               "litigation_direct_pending": 6, "litigation_after_reconsideration_total": 0}
    assert review_line(figures) == ("行政复议 55（维持 40 · 其他 10 · 未审结 5） · 直接起诉 12（未审结 6） · 复议后起诉 0")
    assert review_line({"requests_new_total": 3}) is None
    assert is_review_headings("行政复议行政诉讼") and is_review_headings("未经复议直接起诉 | 复议后起诉")
    assert not is_review_headings("结果结果其他尚未") and not is_review_headings("行政复议情况")
    assert not is_review_headings("注：行政复议、行政诉讼数量含上年度结转数量。")


def test_snippet_prefers_prose_and_rows_with_figures():
    table = "\n".join(["三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                       "三、本年度办理结果 | （三）不予公开 | 2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2"])
    shown = str(make_snippet(table, ["不予公开"]))
    assert shown.endswith("2.其他法律行政法规禁止公开：自然人 2 · 总计 2") and "国家秘密" not in shown
    prose = table + "\n" + "无关内容。" * 30 + "\n全年不予公开2件，均书面告知理由。"
    assert str(make_snippet(prose, ["不予公开"])).lstrip("…").startswith("全年<mark>不予公开</mark>2件")


def test_parts_of_a_word_are_marked_only_where_the_word_is_absent():
    parsed = parse_query("行政复议")
    terms, parts = parsed.highlight_terms(), parsed.part_terms()
    assert parts == ["行政", "复议"]
    assert marks(make_snippet("行政复议 | 行政诉讼", terms, parts)) == ["行政复议"]
    snippet = make_snippet("高龄低收入对象 253 人，发放生活津贴", parse_query("高龄津贴").highlight_terms(),
                           parse_query("高龄津贴").part_terms())
    assert marks(snippet) == ["高龄", "津贴"]


@pytest.mark.parametrize("text, term, marked", [
    ("共公开信息417条，其中图文1775条，视频17篇。", "17", ["17"]),
    ("占比17.5%，另有17项。", "17", ["17"]),
    ("占比2.17%，另有17项。", "17", ["17"]),
    ("开通government网站，另设gov专栏。", "gov", ["gov"]),
    ("受理申请3件。", "3", ["3"]),
])
def test_snippet_never_marks_part_of_a_number_or_a_latin_word(text, term, marked):
    # The index keeps numbers (17.5 too) and Latin words whole, so 17 inside 1775 is not where a report matched.
    assert marks(make_snippet(text, [term])) == marked


# Part 二's tables of the 2021 template as a converter writes them: one-column tables (a decision count, an amount)
# and a table whose rows hit sit below other rows of figures.
PART_TWO_TABLES = ("第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 318\n第二十条第（六）项\n"
                   "信息内容 | 本年处理决定数量\n行政处罚 | 27\n行政强制 | 4\n第二十条第（八）项\n"
                   "信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 96.5\n"
                   "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n行政规范性文件 | 7 | 2 | 35")


@pytest.mark.parametrize("term, shown", [
    ("行政许可", "本年处理决定数量 318"), ("行政强制", "本年处理决定数量 4"),
    ("行政事业性收费", "本年收费金额（单位：万元） 96.5"),
    ("规范性文件", "本年制发件数 7 · 本年废止件数 2 · 现行有效件数 35")])
def test_a_row_of_a_part_two_table_shows_its_figures_named(term, shown):
    # The snippet was the label and a bare number (行政许可 | 318): a reader could not tell 318 of what.
    snippet = str(make_snippet(PART_TWO_TABLES, [term]))
    assert shown in snippet, snippet
    assert " | " not in snippet, snippet


def test_a_hit_on_a_one_column_header_shows_the_rows_below_named_not_the_header():
    # The header line (信息内容 | 本年处理决定数量) stood before each row: the words asked were shown twice, the figure once.
    snippet = str(make_snippet(PART_TWO_TABLES, ["决定"]))
    assert snippet.startswith("…行政许可：本年处理<mark>决定</mark>数量 318"), snippet
    assert "信息内容" not in snippet


GLUED = "\n".join([
    "申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计",
    "一、本年新收政府信息公开申请数量 | 31200000314",
    "二、上年结转政府信息公开申请数量 | 0000000",
    "（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 2000002",
])


def test_a_row_whose_figures_the_text_runs_together_never_shows_the_run_as_a_figure():
    """A crawled page runs a row's cells together (31200000314 is 312|0|…|314): the snippet shows the row's label and
    its figures as the parser read them, or the label alone, never the run of digits."""
    figures = {"requests_new": 314, "requests_new_natural_person": 312, "requests_new_commercial": 2,
               **{f"requests_new_{a}": 0 for a in ("research", "social_org", "legal_service", "other")}}
    shown = str(make_snippet(GLUED, ["本年新收"], figures=lambda: figures))
    assert "<mark>本年新收</mark>政府信息公开申请数量：自然人 312 · 商业企业 2 · 总计 314" in shown
    for terms in (["本年新收"], ["上年结转"], ["逾期不补正"], ["政府信息公开申请"]):
        for shown in (str(make_snippet(GLUED, terms)), str(make_snippet(GLUED, terms, figures=lambda: {}))):
            assert not any(run in shown for run in ("31200000314", "0000000", "2000002")), shown
    # the total row's label says 总计 once: its total alone follows it, not 总计 again
    total_row = GLUED + "\n（七）总计 | 31200000314"
    shown = str(make_snippet(total_row, ["（七）总计"], figures=lambda: {"requests_total": 314}))
    assert "总计</mark>：314" in shown and "总计 314" not in shown, shown
    # A run that starts with 0 is no figure in any table; one digit is one, and a row of cells reads as it stands.
    assert "规章：" not in str(make_snippet("项目 | 本年制发件数\n规章 | 000", ["规章"]))
    assert "7" in str(make_snippet("项目 | 件数\n规章 | 7", ["规章"]))


def test_headers_that_name_nothing_are_never_the_snippet():
    """A converter's stand-ins for column names (类别 | 数据1 | 数据2) and the review table's column words split from
    it (维持纠正结果审结维持纠正结果审结) are no passage: the figures they head, named, or nothing."""
    stand_ins = "\n".join(["一、本年新收政府信息公开申请数量",
                           "类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计",
                           "本年新收政府信息公开申请数量 | 40 | 2 | 0 | 0 | 1 | 0 | 43"])
    for terms in (["总计"], ["数据"], ["类别"]):
        shown = str(make_snippet(stand_ins, terms))
        assert "数据1" not in shown and "类别" not in shown, shown
    assert "自然人 40 · 商业企业 2 · 法律服务机构 1 · <mark>总计</mark> 43" in str(make_snippet(stand_ins, ["总计"]))
    review = "\n".join(["行政复议行政诉讼", "总计结果结果其他尚未结果结果其他尚未", "维持纠正结果审结维持纠正结果审结",
                        "注：行政复议、行政诉讼数量含上年度结转数量。"])
    figures = {"reconsideration_upheld": 4, "reconsideration_corrected": 1, "reconsideration_other": 0,
               "reconsideration_pending": 0, "reconsideration_total": 5}
    for kept in (lambda: figures, lambda: {}, None):
        shown = str(make_snippet(review, ["纠正"], figures=kept))
        assert "维持纠正结果审结" not in shown.replace("<mark>", "").replace("</mark>", ""), shown
    assert "行政复议 5（维持 4 · <mark>纠正</mark> 1）" in str(make_snippet(review, ["纠正"], figures=lambda: figures))


def test_overlapping_terms_of_one_length_are_marked_alike_in_every_process():
    # which of two equal-length overlapping terms got the mark followed the hash seed of the process (gunicorn's
    # workers each have their own): one page showed 重大<mark>项目建设</mark>, a reload <mark>重大项目</mark>建设
    import os
    import subprocess
    import sys

    text, terms = "推进重大项目建设，全年公开项目信息12条。", ["项目建设", "重大项目"]
    probe = f"from search.retrieval.snippets import make_snippet; print(make_snippet({text!r}, {terms!r}))"
    # seed 0 is one under which the set put 项目建设 first; this process has a seed of its own
    other = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "0"}).stdout.strip()
    assert other == str(make_snippet(text, terms))
    assert "<mark>重大项目</mark>建设" in other
