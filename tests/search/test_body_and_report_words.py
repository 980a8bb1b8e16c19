"""A body named beside the words for the report itself (财政部 政府信息公开年度报告, 卫健委 年报) asks for the body's
reports: every report is a disclosure report, so those words are no other item, and a report writing them oftenest
no longer outranks the body's own. Made-up reports; no query of a judged set."""
from __future__ import annotations

import pytest

from tests.conftest import made_up_report as report, ranked_agencies, written

REPORTS = {
    "ministry.txt": report("财政部", 2017, {1: "2017年，财政部主动公开预决算信息1200条。"}),
    # A county's report on compiling its units' reports, naming the ministry once.
    "county.txt": report("某某县人民政府", 2025, {
        1: "扎实推进政府信息公开年度报告工作，完成全县64家单位政府信息公开年度报告的编制和发布，"
           "政府信息公开年度报告按时公开，按照财政部要求公开预决算。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("body-and-report-words", written(REPORTS))


@pytest.mark.parametrize("q", ["财政部 政府信息公开年度报告", "财政部 年报", "财政部"])
def test_the_bodys_own_report_comes_first(idx, q):
    assert ranked_agencies(idx, q)[0] == "财政部"
