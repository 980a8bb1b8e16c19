"""The figures pages (statistics, trends, checks) take every report the search lists, whatever its order: a
year, a place or a kind of body typed as words orders the search and narrows nothing there. The search's
notes of that order (2021 年的报告排在前面) were repeated over a table summing every year's reports; they now
come with a note saying so. The reports are made up for these tests; none of the queries is in a judged set."""
from __future__ import annotations

import pytest

from search import SearchParams
from search.retrieval.report_selection import ORDER_NOT_FILTER_NOTE, select_reports
from tests.conftest import made_up_report as report, written

REPORTS = {f"r{year}.txt": report("丽水市莲都区林业局", year, {1: f"本局在门户网站公开林业信息{year % 100}条。"})
           for year in (2019, 2021, 2023)}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("order-notes-figures", written(REPORTS))


def test_a_year_typed_as_a_word_narrows_nothing_and_the_figures_pages_say_so(idx):
    selection = select_reports(idx, SearchParams(q="2021年 网站"), counted_only=True)
    assert len(selection.report_ids) == 3  # every year's report is counted
    assert any("2021 年的报告排在前面" in m for m in selection.messages)
    assert ORDER_NOT_FILTER_NOTE in selection.messages


def test_the_search_itself_and_an_unordered_query_get_no_such_note(idx):
    assert ORDER_NOT_FILTER_NOTE not in select_reports(idx, SearchParams(q="2021年 网站")).messages
    assert ORDER_NOT_FILTER_NOTE not in select_reports(idx, SearchParams(q="网站"), counted_only=True).messages
    # A year given as the filter narrows the table: nothing to warn of.
    strict = select_reports(idx, SearchParams(q="网站", year=(2021,)), counted_only=True)
    assert len(strict.report_ids) == 1 and ORDER_NOT_FILTER_NOTE not in strict.messages
