"""A rate asked with 最高 (纠错率最高, 哪个单位公开率最高) orders the reports by that rate, highest first, as
最多 orders by a count, and with 最低 lowest first; the words the rate is of need not be written in a report whose table gives it.
The reports are made up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from tests.conftest import written
from tests.search.test_figures_said import ZERO, _report

REPORTS = {
    # 行政复议: 维持 纠正 其他 尚未 总计 (then the lawsuits' ten columns).
    "half.txt": _report("丽江市宁蒗县人民政府", [1, 1, 0, 0, 2] + [0] * 10),
    "quarter.txt": _report("丽江市古城区人民政府", [3, 1, 0, 0, 4] + [0] * 10),
    "none-corrected.txt": _report("丽江市永胜县人民政府", [5, 0, 0, 0, 5] + [0] * 10),
    "no-reviews.txt": _report("丽江市华坪县人民政府", ZERO),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("rates-most", written(REPORTS))


def test_a_rate_asked_with_highest_orders_by_the_rate(idx):
    assert parse_query("复议纠错率最高").figure.mode == "most"
    assert parse_query("行政复议 纠错率").figure.mode == "rate"  # no size asked: the rate ranks, not orders
    result = run_search(idx, SearchParams(q="复议纠错率最高"))
    assert [h.agency for h in result.hits][:3] == ["丽江市宁蒗县人民政府", "丽江市古城区人民政府", "丽江市永胜县人民政府"]
    assert [h.figure for h in result.hits][:3] == ["复议纠错率 50%", "复议纠错率 25%", "复议纠错率 0%"]
    assert any("从高到低排列" in m for m in result.messages)
    assert not any("没有可搜索的词语" in m for m in result.messages)


def test_a_rate_asked_with_lowest_orders_from_the_lowest(idx):
    assert parse_query("复议纠错率最低").figure.mode == "least"
    result = run_search(idx, SearchParams(q="复议纠错率最低"))
    assert [h.agency for h in result.hits][:3] == ["丽江市永胜县人民政府", "丽江市古城区人民政府", "丽江市宁蒗县人民政府"]
    assert any("从低到高排列" in m for m in result.messages)
    # A report whose table gives no rate (no reviews: nothing to divide) stays after those that give one.
    assert [h.agency for h in result.hits].index("丽江市华坪县人民政府") >= 3
