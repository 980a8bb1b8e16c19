"""A figure asked beside a topic (依申请公开为零, 行政复议大于0) orders the search; the pages that add the listed reports
up count every one of them, and say so, with the range filter that would narrow them. Made-up reports; none of the
queries is in a judged set."""
from __future__ import annotations

import pytest

from search import run_search
from search.retrieval.report_selection import select_reports
from search.retrieval.params import SearchParams
from tests.conftest import made_up_report as report, written

REPORTS = {
    "none.txt": report("平罗县民政局", 2022, {1: "本局依申请公开工作规范。", 3: "本年度未收到政府信息公开申请。"}),
    "some.txt": report("惠农区民政局", 2022, {1: "本局依申请公开工作规范。", 3: "本年度收到政府信息公开申请12件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("figure-pages", written(REPORTS))


def test_a_figure_asked_counts_every_listed_report_and_names_the_filter_that_narrows(idx):
    selection = select_reports(idx, SearchParams(q="依申请公开为零"), counted_only=True)
    assert len(selection.report_ids) == 2  # both listed, both counted
    note = [m for m in selection.messages if "只决定搜索结果的排序" in m]
    assert note and "本年新收申请为 0" in note[0] and "最大值 0" in note[0], selection.messages


def test_the_search_itself_orders_and_says_so_without_the_pages_note(idx):
    result = run_search(idx, SearchParams(q="依申请公开为零"))
    assert result.hits[0].agency == "平罗县民政局"
    assert not any("只决定搜索结果的排序" in m for m in result.messages), result.messages
    # A query asking no figure adds no such note to the pages.
    assert not any("只决定搜索结果的排序" in m
                   for m in select_reports(idx, SearchParams(q="工作规范"), counted_only=True).messages)
