"""Figures the reports state in prose (round 24): where a report's tables are cut or absent (a page's
opening), a count its prose states (因政府信息公开申请引发行政复议2件, 不予公开3件) is its figure, for the
ranking and for the figure each hit shows, marked as the prose's; a table's figure wins. The reports are
made up for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.figures.claims import read_claims
from search.retrieval.figure_answers import FROM_PROSE
from tests.conftest import made_up_report, ranked_agencies as agencies, search, written
from tests.search.test_figures_asked import _report as table_report, fees_in_prose


def _report(*paragraphs: str, section: int = 1) -> dict:
    return {"sections": [{"number": section, "blocks": [{"type": "p", "text": p} for p in paragraphs]}]}


def _counts(*paragraphs: str, section: int = 1) -> list[tuple[str, int]]:
    return [(c["figure"], c["value"]) for c in read_claims(_report(*paragraphs, section=section))
            if c["claim"] == "count"]


@pytest.mark.parametrize("text,counts", [
    ("本年度因政府信息公开申请引发行政复议3件、行政诉讼1件。",
     [("reconsideration_total", 3), ("litigation_total", 1)]),
    ("全年发生因政府信息公开申请提起行政复议案件二件，提起行政诉讼零件。",
     [("reconsideration_total", 2), ("litigation_total", 0)]),
    ("其中予以公开40件，不予公开5件，无法提供十二件，不予处理1件。",
     [("outcome_refused", 5), ("outcome_unavailable", 12), ("outcome_not_processed", 1)]),
    ("依申请公开办理中，不予公开 7 件（3.5%）。", [("outcome_refused", 7)]),
    # An outcome is kept apart from the count of cases.
    ("因政府信息公开申请行政复议结果维持4件。", []),
    # Items of information (条) the 2008 template counts are no refused requests.
    ("全年制作政府信息520条，其中主动公开90条，不予公开430条。", []),
    # A body's own review work, in a paragraph not about disclosure, is no review of its disclosure.
    ("全年依法办理行政复议案件150件，审结140件。", []),
    # A count before its measure word (a flattened table) is no statement.
    ("行政复议数量件4其中维持数件3", []),
])
def test_counts_stated_in_prose(text, counts):
    assert _counts(text) == counts


def test_a_review_count_needs_a_disclosure_context_or_part_four():
    assert _counts("收到行政复议6件。", section=4) == [("reconsideration_total", 6)]
    assert _counts("收到行政复议6件。", section=2) == []
    assert _counts("全市共收到政府信息公开申请30件。收到行政复议6件，结果维持3件。", section=1) == \
        [("reconsideration_total", 6)]


def test_an_outcome_is_its_own_figure_of_the_review_its_sentence_names():
    """结果纠正 counts corrected reviews of the review named before it in its sentence, never cases."""
    assert _counts("全市共收到政府信息公开申请90件。收到行政复议8件，结果维持5件，结果纠正2件。"
                   "收到行政诉讼6件，结果维持4件，结果纠正1件。") == [
        ("reconsideration_total", 8), ("reconsideration_corrected", 2),
        ("litigation_total", 6), ("litigation_corrected", 1)]
    assert _counts("全年因政府信息公开被行政复议纠错0件，行政诉讼败诉0件。") == \
        [("reconsideration_corrected", 0), ("litigation_corrected", 0)]
    # With no review named in its sentence, a correction is of something else.
    assert _counts("本年度政府信息公开工作中发现问题并纠正3件。") == []
    assert _counts("收到行政复议8件。结果纠正2件。", section=4) == [("reconsideration_total", 8)]
    # A paragraph that opens on a separator (a line broken after a comma) is read as any other.
    assert _counts("，收到行政复议8件，结果纠正2件。", section=4) == \
        [("reconsideration_total", 8), ("reconsideration_corrected", 2)]


def test_counts_are_never_read_from_tables():
    report = {"sections": [{"number": 4, "blocks": [
        {"type": "table", "rows": [["因政府信息公开申请引发行政复议2件", "不予公开3件"]]}]}]}
    assert read_claims(report) == []


def test_fees_stated_in_the_words_before_2021():
    assert fees_in_prose(_report("本年度收取费用0元。", section=6)) == 0
    assert fees_in_prose(_report("全年收取政府信息公开相关费用120元。", section=6)) == 120


REPORTS = {
    # Openings cut before their tables: one states its reviews and refusals, the other only names them.
    "stated.txt": made_up_report("彭阳县应急管理局", 2021, {
        1: "本年度收到政府信息公开申请12件，其中不予公开3件。",
        4: "本年度因政府信息公开申请引发行政复议2件、行政诉讼1件。"}),
    "mention.txt": made_up_report("泾源县林业和草原局", 2021, {
        1: "本局重视行政复议案件和行政诉讼案件的应诉工作，规范不予公开的审查，行政复议案件、行政诉讼案件依法办理，"
           "不予公开的理由依法说明。",
        4: "行政复议案件、行政诉讼案件的办理制度健全，不予公开审查严格。"}),
    # A report whose prose states a count its table gives otherwise: the table's figure wins.
    "both.txt": table_report("西吉县民政局", 10, 0, 1, 0, "本年度因政府信息公开申请引发行政复议4件。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("figures-in-prose", written(REPORTS))


def test_a_count_stated_in_prose_ranks_above_a_mention_of_the_heading(idx):
    """The mention holds the words more often and would come first by them; asked for the figure
    alone, the report whose prose states cases comes first (without the reading it is unknown)."""
    for query in ("行政复议", "行政诉讼", "不予公开"):
        got = agencies(idx, query)
        assert got.index("彭阳县应急管理局") < got.index("泾源县林业和草原局"), query


def test_a_lost_lawsuit_stated_in_prose_ranks_first(indexes):
    reports = {
        "lost.txt": made_up_report("隆德县自然资源局", 2022, {
            4: "本年度因政府信息公开申请引发行政诉讼3件，结果维持2件，结果纠正1件。"}),
        "won.txt": made_up_report("隆德县住房和城乡建设局", 2022, {
            4: "本年度因政府信息公开申请引发行政诉讼5件，结果维持5件，结果纠正0件。行政诉讼败诉风险防范、"
               "行政诉讼败诉案件分析制度健全。"}),
    }
    idx = indexes.searcher("figures-in-prose-lost", written(reports))
    assert agencies(idx, "行政诉讼 败诉")[0] == "隆德县自然资源局"
    shown = {h.agency: h.figure for h in search(idx, q="行政诉讼 败诉").hits}
    assert shown["隆德县自然资源局"] == f"诉讼纠正 1 件{FROM_PROSE}"
    assert shown["隆德县住房和城乡建设局"] == f"诉讼纠正 0 件{FROM_PROSE}"


def test_each_hit_says_when_its_figure_comes_from_the_text(idx):
    result = search(idx, q="行政复议最多")
    shown = {h.agency: h.figure for h in result.hits}
    assert shown["彭阳县应急管理局"] == f"行政复议 2 件{FROM_PROSE}"
    assert any("表中没有时按文字所述" in m for m in result.messages)
    assert shown["泾源县林业和草原局"] == "未给出“行政复议”的数字"
    shown = {h.agency: h.figure for h in search(idx, q="不予公开").hits}
    assert shown["彭阳县应急管理局"].startswith("不予公开 3 件") and shown["彭阳县应急管理局"].endswith(FROM_PROSE)


def test_a_table_s_figure_wins_over_the_prose(idx):
    shown = {h.agency: h.figure for h in search(idx, q="行政复议最多").hits}
    assert shown["西吉县民政局"] == "行政复议 1 件"
    assert agencies(idx, "行政复议最多")[:2] == ["彭阳县应急管理局", "西吉县民政局"]


def test_odd_input_never_fails(idx):
    for query in ("行政复议 行政复议 行政复议", "不予公开最多", "没有行政复议", "\"不予公开\"", "-行政复议 不予公开"):
        assert search(idx, q=query) is not None


EVIDENCE_REPORTS = {
    # Cut before its tables, saying in part 三 that nothing came; its part 一 holds the query's words more.
    "none.txt": made_up_report("固原市原州区司法局", 2020, {
        1: "本局重视政府信息公开申请办理，政府信息公开申请渠道畅通，申请受理、申请答复流程规范。",
        3: "2020年未收到政府信息公开申请。"}),
    # A table whose parts (维持 3, 纠正 1) add up differently to the total it writes (0).
    "disputed.txt": table_report("固原市卫生健康委员会", 5, 0, 0, 0).replace(
        "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n", "\n3\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"),
    "zz-clean.txt": table_report("固原市民政局", 5, 0, 0, 0),  # indexed last: a tie of words would put it second
}


@pytest.fixture(scope="module")
def evidence_idx(indexes):
    return indexes.searcher("figures-in-prose-evidence", written(EVIDENCE_REPORTS))


def test_a_figure_read_from_the_text_shows_the_sentence_it_was_read_from(evidence_idx):
    """The chip says 文字写明没有; the snippet of the report's best part may not show where: the hit
    carries the sentence and the part that holds it, on the page and in the API."""
    hit = next(h for h in search(evidence_idx, q="申请 没有收到").hits if h.agency == "固原市原州区司法局")
    assert hit.figure == "表中未给出“本年新收申请”，文字写明没有"
    if hit.figure_quote:  # shown only when the snippet does not already hold the sentence
        assert hit.figure_quote.startswith("2020年未收到政府信息公开申请") and hit.figure_quote_section == 3
    else:
        assert "未收到政府信息公开申请" in hit.snippet.striptags()
    # A hit shown at a part without the sentence (part 一, which holds the words; the range shows its figure as a
    # question does) carries it. Session 30: a part filter no longer turns to parts holding some words, which this
    # test used (申请 没有收到 under section=1) to list a part holding the sentence's words only in part.
    flat = search(evidence_idx, q="申请", flat="1", section="1", max_requests_new="0")
    hit = next(h for h in flat.hits if h.agency == "固原市原州区司法局")
    assert hit.section == 1 and hit.figure_quote.startswith("2020年未收到") and hit.figure_quote_section == 3


def test_a_table_figure_shows_no_sentence_and_a_disputed_total_says_so(evidence_idx):
    hits = {h.agency: h for h in search(evidence_idx, q="没有行政复议").hits}
    disputed = hits["固原市卫生健康委员会"]
    assert disputed.figure.startswith("行政复议 0 件（") and "4" in disputed.figure, disputed.figure
    assert disputed.figure_quote == ""
    # Its 0 is no "none came": the reports whose 0 stands undisputed, or whose prose says none, come first.
    got = agencies(evidence_idx, "没有行政复议")
    assert got.index("固原市民政局") < got.index("固原市卫生健康委员会"), got


def test_the_api_gives_the_sentence_and_its_link(evidence_idx, tmp_path):
    from search.output.shapes import hit_json
    flat = search(evidence_idx, q="申请", flat="1", section="1", max_requests_new="0")
    shown = hit_json(next(h for h in flat.hits if h.agency == "固原市原州区司法局"))
    assert shown["figure_quote"].startswith("2020年未收到")
    assert shown["figure_quote_url"].startswith("/reports/") and shown["figure_quote_url"].endswith("#section-3")


def test_fees_and_items_show_the_sentence_they_were_read_from(indexes):
    reports = {
        "fees.txt": table_report("海原县自然资源局", 5, 0, 0, 0, "本局重视依申请公开工作。本年度收取信息处理费共计200元，均按规定标准收取。"),
        "items.txt": table_report("海原县教育体育局", 3, 0, 0, 0,
                                  "本局高度重视政务公开工作，" * 12 + "通过门户网站主动公开信息320条，其中招生信息25条。"),
    }
    idx = indexes.searcher("figures-in-prose-sentences", written(reports))
    # The best part is part 三, whose table holds both words: the sentence in part 一 is given beside it.
    hits = {h.agency: h for h in search(idx, q="依申请公开 收费").hits}
    assert hits["海原县自然资源局"].section == 3
    assert hits["海原县自然资源局"].figure == "信息处理费 200 元"
    assert hits["海原县自然资源局"].figure_quote == "本年度收取信息处理费共计200元，均按规定标准收取。"
    # Part 三 listed (no part holds both words, so the parts list holds parts holding either; part 三 holds 本年新收,
    # the figure asked is in part 一's prose): the sentence is given beside it.
    hits = {h.agency: h for h in search(idx, q="主动公开信息最多 本年新收", flat="1").hits if h.section == 3}
    quote = hits["海原县教育体育局"].figure_quote
    # A sentence longer than a quote is cut around the figure.
    assert quote.startswith("…") and "公开信息320条" in quote and hits["海原县教育体育局"].figure_quote_section == 1


def test_the_disputed_totals_are_read_once_per_index(evidence_idx, monkeypatch):
    """没有行政复议 reaches every report, and a fifth of a large index may be flagged: their records are
    read for a figure once, not on every query."""
    import numpy as np

    from search.figures.records import ReportRecord
    from search.retrieval.arrays import arrays_for
    from search.retrieval.figure_values import disputed_by_parts

    everyone = np.arange(len(arrays_for(evidence_idx).codes(evidence_idx, "report_id").values))
    first = disputed_by_parts(evidence_idx, "reconsideration_total", everyone)
    assert first.sum() == 1
    calls = []
    real = ReportRecord.disputed
    monkeypatch.setattr(ReportRecord, "disputed", lambda self, key: calls.append(key) or real(self, key))
    assert (disputed_by_parts(evidence_idx, "reconsideration_total", everyone) == first).all()
    assert calls == []


def test_a_prose_figure_s_sentence_is_read_once_per_index(indexes, monkeypatch):
    """An export shows the sentence of thousands of hits: each report's payload is read once per
    generation, by the ranking, and not again for its sentence."""
    from search.figures.records import RecordStore

    reports = {"items.txt": table_report("隆德县教育体育局", 3, 0, 0, 0, "通过门户网站主动公开信息320条。"),
               "fees.txt": table_report("隆德县自然资源局", 5, 0, 0, 0, "本局重视依申请公开工作。本年度收取信息处理费共计200元。")}
    idx = indexes.searcher("figures-in-prose-read-once", written(reports))
    # Part 三 shown (its table holds the words): the sentence, in part 一, is given beside it.
    asked = ({"q": "主动公开信息最多 本年新收"}, {"q": "依申请公开 收费"})
    for params in asked:
        assert search(idx, **params).hits[0].figure_quote
    reads = []
    monkeypatch.setattr(RecordStore, "payload", lambda self, rid: reads.append(rid))
    monkeypatch.setattr(idx, "document", lambda **kw: reads.append(kw))
    for params in asked:
        hit = search(idx, **params).hits[0]
        assert hit.figure_quote in ("通过门户网站主动公开信息320条。", "本年度收取信息处理费共计200元。"), hit.figure_quote
    assert reads == []


def test_a_disputed_zero_is_no_none_of_a_figure_negated_beside_the_asked_one(evidence_idx):
    """没有行政复议和行政诉讼 asks 行政诉讼 and 行政复议 both: a 行政复议 0 its own parts dispute fails it as the
    asked figure's would."""
    got = agencies(evidence_idx, "没有行政复议和行政诉讼")
    assert got.index("固原市民政局") < got.index("固原市卫生健康委员会"), got


def test_the_sentence_shown_is_the_one_the_figure_was_read_from():
    """The figure shown is the prose's count when it states one (本年新收申请 3 件（据报告文字…）): its sentence
    backs it, not a sentence saying none came of another year."""
    from search.figures.claims import backing_claim, prose_count

    claims = read_claims(_report("上年度未收到政府信息公开申请。本年度共受理政府信息公开申请3件，均按时答复。"))
    assert prose_count(claims, "requests_new") == 3
    assert backing_claim(claims, "requests_new")["text"] == "本年度共受理政府信息公开申请3件"
    # With no count stated, the sentence saying none came backs 文字写明没有.
    claims = read_claims(_report("本年度未收到政府信息公开申请。"))
    assert backing_claim(claims, "requests_new")["text"] == "本年度未收到政府信息公开申请"


def test_the_prose_of_a_traditional_script_copy_is_read_as_its_simplified_form_would_be(indexes):
    """Mirrors publish reports converted to traditional characters (依申請公開, 沒有發生行政複議): their statements of
    none, of fees and of items are the same claims, quoted as written, on the hit and on the report page."""
    from werkzeug.datastructures import MultiDict

    from search.output.report_page import report_page

    text = ("衡陽縣交通運輸局2020年政府信息公開工作年度報告\n\n一、總體情況\n"
            "本局今年未收到公民、法人或其他組織提出的依申請公開請求，沒有發生行政複議和行政訴訟案件。"
            "全年主動公開政府信息51條。本年度收取信息處理費共計200元。\n")
    idx = indexes.searcher("figures-in-prose-traditional", written({"trad.txt": text}))
    (hit,) = search(idx, q="收到多少申请").hits
    assert hit.figure == "表中未给出“本年新收申请”，文字写明没有"
    (hit,) = search(idx, q="依申请公开 收费").hits
    assert hit.figure == "信息处理费 200 元" and hit.figure_quote == "本年度收取信息處理費共計200元。"
    page = report_page(idx, hit.report_id, MultiDict())
    assert [c["claim"] for c in read_claims(page.report)] == ["no_requests", "no_reconsideration", "no_litigation"]
    shown = {p["label"]: (p["value"], p["quote"]) for p in page.view["prose_statements"]}
    assert shown["本年新收申请"] == ("文字写明没有", "本局今年未收到公民、法人或其他組織提出的依申請公開請求")


@pytest.mark.parametrize("text,new", [
    # A total over several kinds, the kind asked one item of its list: the clause naming that kind gives the count.
    ("全年收到市长热线来信、依申请信息公开等26件，其中依申请公开7件，均按时办结。", 7),
    ("全年收到市长热线来信、依申请信息公开等26件，均按时办结。", None),
    # A count holding the requests carried over from the year before: less those, when stated; else unknown.
    ("本机关共受理政府信息公开申请24件（含上年结转1件），申请人均为公民。", 23),
    ("本机关共受理政府信息公开申请24件(含上年结转申请)，申请人均为公民。", None),
    ("本机关共受理政府信息公开申请24件，其中本年新收23件、上年结转1件。", 23),
    # The carry-over of the next count (办结) is not this one's; channels listed before the verb are no kinds.
    ("全年共受理政府信息公开申请30件，办结28件（含上年结转4件）。", 30),
    ("通过网站、信函等方式收到政府信息公开申请5件。", 5),
])
def test_a_request_count_is_of_the_year_s_new_requests_only(text, new):
    """A figure read from the prose is the year's new requests or nothing: a wrong figure is worse than none."""
    from search.figures.text_figures import report_from_text

    assert report_from_text(_report(text)).get("requests_new") == new
    quoted = [c["text"] for c in read_claims(_report(text)) if c["claim"] == "requests_count"]
    if new == 7:  # the sentence shown backs the figure: it holds the clause the 7 was read from
        assert quoted == ["全年收到市长热线来信、依申请信息公开等26件，其中依申请公开7件"]
