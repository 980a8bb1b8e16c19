"""A body named beside a year (民政局 2020年): the body's reports come first, the year ordering within them, and the
year's note says so instead of promising the year's reports first. Made-up reports; no query of a judged set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report as report, written

REPORTS = {
    "bureau-2019.txt": report("中宁县民政局", 2019, {1: "本局公开低保信息120条。"}),
    "bureau-2020.txt": report("海原县民政局", 2020, {1: "本局公开低保信息80条。"}),
    # Another body's report of the year, naming the bureau in its text.
    "county-2020.txt": report("同心县人民政府", 2020, {1: "县民政局公开低保信息60条，县政府督促落实。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("year-within-bodies", written(REPORTS))


def test_the_years_note_says_the_body_comes_first(idx):
    result = run_search(idx, SearchParams(q="民政局 2020年 低保"))
    assert [h.agency for h in result.hits] == ["海原县民政局", "中宁县民政局", "同心县人民政府"]
    assert any("所问机关的报告中 2020 年的排在前面" in m for m in result.messages), result.messages
    assert not any(m.endswith("2020 年的报告排在前面（只看该年份可用 year:2020）。") for m in result.messages)


def test_a_year_alone_keeps_its_plain_note(idx):
    result = run_search(idx, SearchParams(q="2020年 低保"))
    assert any("2020 年的报告排在前面" in m and "所问机关" not in m for m in result.messages), result.messages
