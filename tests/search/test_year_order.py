"""The earliest or the latest asked beside a topic (最新的民政局年报, 最早的报告, 第一次被起诉): the
matching reports ordered by their own years, not the index's newest year. The reports are made up
for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, written
from tests.search.test_figures_asked import _report as _tables


def _said(agency: str, year: int, body: str) -> str:
    return made_up_report(agency, year, {1: body, 2: "本年主动公开政府信息若干条。"})


def _sued(agency: str, year: int, sued: int) -> str:
    return _tables(agency, 10, 0, 0, sued).replace("2021年政府信息公开", f"{year}年政府信息公开", 1)


REPORTS = {
    "civil-2019.txt": _said("红柳县民政局", 2019, "本局公开低保资金发放信息。"),
    "civil-2021.txt": _said("红柳县民政局", 2021, "本局公开临时救助信息。"),
    # The index's newest and oldest reports are a government's that name the bureau in passing.
    "county-2023.txt": _said("红柳县人民政府", 2023, "县民政局发放低保资金，县财政局拨付经费。"),
    "county-2017.txt": _said("红柳县人民政府", 2017, "县民政局开展救助工作。"),
    # Sued first in 2020; its 2018 table says 0.
    "land-2018.txt": _sued("沙湾县自然资源局", 2018, 0),
    "land-2020.txt": _sued("沙湾县自然资源局", 2020, 2),
    "land-2022.txt": _sued("沙湾县自然资源局", 2022, 1),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("year-order", written(REPORTS))


def listed(searcher, q: str) -> list[tuple[str, int]]:
    return [(h.agency, h.year) for h in run_search(searcher, SearchParams(q=q)).hits]


def test_the_newest_beside_a_kind_of_body_is_that_kinds_newest_report(idx):
    # The index's newest year (2023) holds no civil-affairs report: the bureau's 2021 one is the newest.
    got = listed(idx, "民政局最新的年报")
    assert got[:2] == [("红柳县民政局", 2021), ("红柳县民政局", 2019)]
    assert listed(idx, "最近一次 民政局 报告")[0] == ("红柳县民政局", 2021)
    result = run_search(idx, SearchParams(q="民政局最新的年报"))
    assert any(m.startswith("“最新”按所查报告的年份理解") and "从新到旧" in m for m in result.messages)


def test_the_earliest_is_the_oldest_report_of_the_kind_asked(idx):
    assert listed(idx, "最早的民政局报告")[:2] == [("红柳县民政局", 2019), ("红柳县民政局", 2021)]
    # Without a kind of body, every match from the oldest.
    assert listed(idx, "低保 最早")[0] == ("红柳县民政局", 2019)


def test_the_first_time_a_figure_came_is_the_oldest_report_counting_it(idx):
    # 第一次被起诉: the first year whose table counts a lawsuit (2020), not the oldest report (2018: 0).
    assert listed(idx, "第一次被起诉")[0] == ("沙湾县自然资源局", 2020)
    assert listed(idx, "最近一次被起诉")[0] == ("沙湾县自然资源局", 2022)


def test_the_order_words_leave_the_text_and_other_uses_stay(idx):
    parsed = parse_query("民政局最新的年报")
    assert parsed.year_order == "newest" and parsed.recent_years == []
    assert parse_query("首次 财政局").year_order == "oldest"
    # 最新 alone still reads as the index's newest year; 最新动态 is a topic, 与最早相比 a comparison.
    assert parse_query("最新的年报").recent_years == [0] and parse_query("最新的年报").year_order is None
    assert parse_query("最新动态").year_order is None
    assert parse_query("与最早相比 财政局").year_order is None
    # The first few years are the earliest; 近几年 asks a topic over the recent years, no order.
    assert parse_query("最早几年的财政局年报").year_order == "oldest"
    assert [c.alternatives for c in parse_query("头几年的民政局报告").must] == [["民政局报告"]]
    assert parse_query("近几年 民政局").year_order is None


def test_the_earliest_alone_lists_every_report_from_the_oldest(idx):
    assert [y for _, y in listed(idx, "最早的年报")][:2] == [2017, 2018]
