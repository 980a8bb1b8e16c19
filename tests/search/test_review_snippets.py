"""A hit on the review table of a report whose converter glued the table (its column names run
together on lines of their own, its one-digit figures joined into one number) shows the report's
figures in words, as a hit on a readable table does. The reports are made up for these tests."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.figures.records import record_store
from tests.conftest import written
from tests.search.test_figures_said import _report as report_with_tables

HEADER = "行政复议行政诉讼" + "结果维持结果纠正其他结果尚未审结总计" + "未经复议直接起诉复议后起诉" + "结果维持结果纠正其他结果尚未审结总计" * 2


def _report(agency: str, digits: str) -> str:
    """A report as a web page's text comes out flattened: one line, the tables' cells run together."""
    text = report_with_tables(agency, [0] * 15)
    text = text[: text.index("行政复议\t")] + HEADER + digits + text[text.index("\n\n五、"):]
    return text.replace("\n", "").replace("\t", "")


REPORTS = {
    "glued.txt": _report("曲靖市麒麟区人民政府", "21317000001324019"),
    "none.txt": _report("曲靖市沾益区人民政府", "000000000000000"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("review-snippets", written(REPORTS))


def test_a_glued_review_table_is_shown_by_its_figures(idx):
    """Since session 32 the parser writes the split into the table it keeps (indexer/split_cells.py): the glued row
    is the three groups' rows under the five result columns, and the snippet reads them as a readable table's."""
    hits = {h.agency: str(h.snippet) for h in run_search(idx, SearchParams(q="行政诉讼")).hits}
    assert "复议后起诉：结果维持 13 · 结果纠正 2 · 其他结果 4 · 总计 19" in hits["曲靖市麒麟区人民政府"]
    assert "21317000001324019" not in hits["曲靖市麒麟区人民政府"]
    assert "未经复议直接起诉：总计 0" in hits["曲靖市沾益区人民政府"]


def test_the_records_keep_the_review_table_s_other_outcomes(idx):
    # 其他结果 (reconsideration_other) ends as the applicant 其他 does; the records once dropped it.
    reports = {h.agency: h.report_id for h in run_search(idx, SearchParams(q="行政诉讼")).hits}
    record = record_store(idx).record(reports["曲靖市麒麟区人民政府"])
    assert record.figures["reconsideration_other"] == 3
    assert record.figures["litigation_after_reconsideration_other"] == 4


def _markdown_report(agency: str) -> str:
    """A converter's markdown: the review table's headings on lines of their own (the parser splits them into rows
    of cells: 维持 | 纠正 | 结果 | 审结 …), one header row of 12 names for 15 figures, alignment rows of dashes."""
    numbers = [3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    return "\n".join([
        f"{agency}2024年政府信息公开工作年度报告", "", "一、总体情况", "本机关全年依法公开政府信息。", "",
        "四、政府信息公开行政复议、行政诉讼情况", "行政复议行政诉讼", "未经复议直接起诉复议后起诉", "结果结果其他尚未", "总计",
        "总计总计", "维持纠正结果审结维持纠正结果审结",
        "| 维持 | 纠正 | 结果 | 审结 | 结果 | 结果 | 其他 | 尚未 | 结果 | 结果 | 其他 | 尚未 |",
        "|" + "---|" * 12, "| " + " | ".join(map(str, numbers)) + " |", "|" + "---|" * 15, "",
        "五、存在的主要问题及改进情况", "本机关将继续加强公开工作。", ""])


def test_a_review_table_whose_header_row_names_fewer_columns_is_named_by_the_template(indexes):
    # The table's headings stand above its one header row of cells: the row's fifteen figures are the review table's
    # (the template's names), not the twelve header cells completed from the dashes above (纠正 1 for a 复议后起诉).
    searcher = indexes.searcher("review-markdown", written({"md.txt": _markdown_report("某某市科学技术委员会")}))
    snippet = str(run_search(searcher, SearchParams(q="行政诉讼 纠错")).hits[0].snippet)
    assert "行政复议 3（维持 3）" in snippet and "复议后起诉 1（维持 1）" in snippet, snippet
    assert "---" not in snippet and "审结 | 维持" not in snippet, snippet
    assert snippet.count("复议后起诉 1（维持 1）") == 1, snippet  # two header rows hit, one row of figures shown once
