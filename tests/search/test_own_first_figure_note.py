"""QA 38 #11: 医保局 行政复议 put the bureaus' own reports first (own_reports.py) and then said “行政复议”大于 0 的报告排名提前,
although the first reports gave no such figure: the figure orders within the body's own reports and within the rest,
so its note must say 在上述排序之内, as it does under a place or a typed year. Made-up reports; no judged query."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.own_reports import NOTE
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(12),
    # the government's table has cases; the bureaus' own reports say none
    "gov.txt": made_up_report("岚溪县人民政府", 2022, {1: "县医保局等部门主动公开信息。",
                                                  4: "本年度县医保局收到行政复议申请3件，行政复议决定均维持原答复。"}),
    "bureau.txt": made_up_report("澄江县医疗保障局", 2022, {1: "本局依法公开政府信息。", 4: "本年度未发生行政复议案件。"}),
    "bureau-2.txt": made_up_report("霞岭县医疗保障局", 2021, {1: "本局依法公开政府信息。", 4: "本年度未发生行政复议案件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("own_first_figure_note", written(REPORTS))


def test_a_figure_ordered_within_the_bodys_own_reports_says_so(idx):
    messages = run_search(idx, SearchParams(q="医保局 行政复议")).messages
    own = NOTE.format(bodies="“医保局”")
    assert own in messages
    figure = [m for m in messages if "行政复议" in m and "排名提前" in m]
    assert figure and figure[0].startswith("在上述排序之内") and messages.index(own) < messages.index(figure[0])


def test_without_a_body_named_the_figure_note_stands_alone(idx):
    figure = [m for m in run_search(idx, SearchParams(q="行政复议 案件")).messages if "排名提前" in m or "排在前面" in m]
    assert figure and not any(m.startswith("在上述排序之内") for m in figure)
