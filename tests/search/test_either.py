"""Issuers asked side by side (财政局和税务局 谁收到的申请多) are read as either one, and a figure asked
beside them ranks them together. The reports are made up for these tests; none of the queries is in
the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as agencies, written
from tests.search.test_figures_asked import _report

REPORTS = {
    "finance.txt": _report("永宁县财政局", 12, 0, 1, 0),
    "tax.txt": _report("永宁县税务局", 40, 0, 3, 0),
    "police.txt": _report("永宁县公安局", 90, 0, 7, 0),
    # Names both bodies in its text, but is neither.
    "office.txt": made_up_report("永宁县人民政府办公室", 2021, {1: "督促财政局和税务局按时公开预决算与减税降费信息。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("either", written(REPORTS))


def items(query: str) -> list[list[str]]:
    return [c.alternatives for c in parse_query(query).must]


def test_issuers_joined_by_a_conjunction_are_one_item_of_alternatives():
    assert items("财政局和税务局 谁收到的申请多")[0] == ["财政局", "税务局"]
    assert items("公安局和民政局哪个被复议的多") == [["公安局", "民政局"], ["哪个被复议的"]]
    assert items("教育局、卫健委、民政局 依申请公开")[0] == ["教育局", "卫健委", "民政局"]
    assert items("卫健委还是民政局")[0] == ["卫健委", "民政局"]
    # Typed apart, they are joined only when the query compares them; the word of comparing is no
    # item to find (no report writes 对比 beside its bodies).
    assert items("公安局 民政局 复议 对比") == [["公安局", "民政局"], ["复议"]]
    assert items("公安局/民政局 对比") == [["公安局", "民政局"]]
    assert items("公安局 民政局") == [["公安局"], ["民政局"]]
    # The words before the names stay words of the query, and a first name may hold a conjunction.
    assert items("复议、公安局和民政局") == [["公安局", "民政局"], ["复议"]]
    assert items("住房和城乡建设局和财政局") == [["住房和城乡建设局", "财政局"]]
    # A name that holds a conjunction is one name; topics joined by one are not issuers.
    assert items("人力资源和社会保障局 申请") == [["人力资源和社会保障局"], ["申请"]]
    assert items("发展和改革委员会") == [["发展和改革委员会"]]
    assert items("低保和临时救助") == [["低保和临时救助"]]


def test_which_of_them_has_more_orders_them_by_the_figure():
    figure = parse_query("财政局和税务局 谁收到的申请多").figure
    assert (figure.key, figure.mode) == ("requests_new", "most")
    assert parse_query("哪些单位被起诉的多").figure.mode == "most"
    assert parse_query("哪个区收到多少申请").figure.mode == "positive"  # how many, not which has more


def test_the_bodies_compared_come_first_largest_figure_first(idx):
    got = agencies(idx, "财政局和税务局 谁收到的申请多")
    assert got[:2] == ["永宁县税务局", "永宁县财政局"]
    got = agencies(idx, "税务局与公安局哪个被复议的多")
    assert got[:2] == ["永宁县公安局", "永宁县税务局"]


def test_sets_of_two_levels_typed_apart_are_either_one(indexes):
    # A report is of one level: 县直部门 乡里 (no conjunction, no comparison word) asks for either level's
    # reports, not for reports of both, which none is. Two sets of one level, or a set and a body, stay apart.
    assert items("县直部门 乡里 依申请公开") == [["县直部门", "乡里"], ["依申请公开"]]
    assert items("县直部门 财政局") == [["县直部门"], ["财政局"]]
    assert items("县里 县直部门") == [["县里"], ["县直部门"]]
    searcher = indexes.searcher("either_levels", written({
        "county.txt": made_up_report("永宁县财政局", 2021, {1: "本局收到依申请公开申请12件。"}),
        "town.txt": made_up_report("望远镇人民政府", 2021, {1: "本镇收到依申请公开申请3件。"}),
        "city.txt": made_up_report("银川市人民政府", 2021, {1: "本府收到依申请公开申请40件。"}),
    }))
    found = agencies(searcher, "县直部门 乡里 依申请公开")
    assert set(found[:2]) == {"永宁县财政局", "望远镇人民政府"}
