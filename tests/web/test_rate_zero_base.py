"""A rate over a base of 0 cannot be computed; it is not a figure the report does not give (review 37 #1): a range on
a rate counts the two apart and says each, and the reports it says have a base of 0 are those whose statistics row
says 分母为 0 (search/figures/blank_reasons.py). The bodies are made up."""
from __future__ import annotations

import pytest

from tests.conftest import made_up_report, written
from tests.stats_corpus import _REVIEW_ROW, derive

CORRECTED, NONE, SILENT, PROSE = "寅阳县萤火局", "卯阴县萤火局", "辰阳县萤火局", "巳阴县萤火局"
REPORTS = {
    # 行政复议 3 (2 upheld, 1 corrected): a rate of 33.33 %; a lawsuit upheld (its rate has a base too).
    "corrected.txt": derive(2022, agency=CORRECTED, rows={_REVIEW_ROW: [2, 1, 0, 0, 3, 1, 0, 0, 0, 1] + [0] * 5}),
    # 行政复议 0: the rate's base is 0.
    "none.txt": derive(2022, agency=NONE, rows={_REVIEW_ROW: [0] * 15}),
    # No table, its prose says no review came: the rate's base is 0 too.
    "prose.txt": made_up_report(PROSE, 2022, {1: "本年度萤火局依法公开政府信息。",
                                              4: "本年度未发生行政复议。"}),
    # No table at all: the figure is given nowhere.
    "silent.txt": made_up_report(SILENT, 2021, {1: "本年度萤火局依法公开政府信息。", 5: "萤火信息公开仍需加强。"}),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("rate-zero-base", written(REPORTS)).test_client()


def test_a_rate_range_says_apart_the_reports_whose_base_is_0(client):
    found = client.get("/api/search", query_string={"q": "萤火局",
                                                    "min_rate_reconsideration_corrected": 1}).get_json()
    assert found["total"] == 1
    notes = [m for m in found["messages"] if "“复议纠错率”的范围" in m]
    assert len(notes) == 1
    assert "另有 1 份报告表中和文字都没有给出这一数字" in notes[0]  # the silent one only
    assert "2 份报告的分母为 0" in notes[0] and "比率无法计算" in notes[0]  # the table's 0 and the prose's
    stats = client.get("/api/stats", query_string={"q": "萤火局"}).get_json()
    zero = {r["agency"] for r in stats["rows"] for c in r["blank_causes"]
            if c["cause"] == "zero_base" and "rate_reconsideration_corrected" in c["columns"]}
    assert zero == {NONE, PROSE}  # the statistics' blank reason counts the same reports


def test_a_count_range_has_no_base_and_a_rate_with_only_zero_bases_says_only_that(client):
    found = client.get("/api/search", query_string={"q": "萤火局", "min_reconsideration_total": 1}).get_json()
    assert [m for m in found["messages"] if "分母" in m] == []  # 行政复议 0 is a figure given: out of the range
    narrowed = client.get("/api/search", query_string={"q": "萤火局", "year": 2022,  # (the silent one is 2021's)
                                                       "min_rate_reconsideration_corrected": 1}).get_json()
    rate = [m for m in narrowed["messages"] if "“复议纠错率”的范围" in m]
    assert rate == ["“复议纠错率”的范围：另有 2 份报告的分母为 0（结果纠正 ÷（总计 − 尚未审结）），"
                    "比率无法计算，未列入。"]
