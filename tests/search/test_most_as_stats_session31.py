"""A question of the most (被起诉最多的) lists what the statistics and the figure range list (session 31, QA 30's
second finding): every report giving the figure above 0, its table's else its prose's, whether or not its text
holds the question's words. The reports and queries are made up; none is in the judged relevance set."""
import pytest

from tests.conftest import made_up_report, ranked_agencies as agencies, search, written
from tests.search.test_figures_asked import _report as table_report

REPORTS = {
    # Its table gives 5 lawsuits, under the table's words (未经复议直接起诉).
    "table.txt": table_report("同心县自然资源局", 40, 0, 2, 5),
    # Cut before its tables: its prose states 12 lawsuits, and never writes 起诉.
    "prose.txt": made_up_report("海原县住房和城乡建设局", 2022, {
        1: "本年度收到政府信息公开申请30件，均已按时办结。",
        4: "本年度因政府信息公开申请引发行政诉讼12件。"}),
    # No lawsuit anywhere: neither lists it first.
    "none.txt": table_report("同心县教育局", 3, 0, 0, 0),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("most-as-stats", written(REPORTS))


def test_a_figure_stated_in_prose_alone_is_listed_and_ordered_by_its_size(idx):
    assert agencies(idx, "被起诉最多的")[:2] == ["海原县住房和城乡建设局", "同心县自然资源局"]
    shown = {h.agency: h.figure for h in search(idx, q="被起诉最多的").hits}
    assert shown["海原县住房和城乡建设局"].startswith("行政诉讼 12 件")


def test_the_question_lists_the_reports_the_range_filter_lists(idx):
    from search import SearchParams
    from search.retrieval.report_selection import select_reports

    ranged = set(select_reports(idx, SearchParams(ranges=(("litigation_total", 1, None),))).report_ids)
    asked = set(select_reports(idx, SearchParams(q="被起诉最多的"), counted_only=True).report_ids)
    assert len(ranged) == 2 and ranged <= asked

