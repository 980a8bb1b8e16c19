"""A body named without its place is shown with the place the index holds for it."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.where import place_label
from tests.conftest import made_up_report, written


@pytest.mark.parametrize("agency,place,province,city,shown", [
    ("民政局", "湖南省/长沙市", None, None, "湖南省长沙市"),
    ("长沙市民政局", "湖南省/长沙市", None, None, ""),  # the name says where it is
    ("铜山区民政局", "江苏省/徐州市/铜山区", None, None, ""),
    ("宁夏民政厅", "宁夏回族自治区", None, None, ""),  # a short form says it too
    ("积石山县银川镇人民政府", "甘肃省/临夏回族自治州/积石山保安族东乡族撒拉族自治县", None, None, ""),
    ("沙县民政局", "福建省/三明市/沙县", None, None, ""),
    ("江蘇省", "江苏省", None, None, ""),  # a traditional name says it as well
    ("宿遷市民政局", "江苏省/宿迁市", None, None, ""),
    ("宿遷銀監分局", "江苏省/宿迁市", None, None, ""),
    ("教育局", "", "福建省", None, "福建省"),  # no agency id: the report's region
    ("民政部", "", None, None, ""),  # a central body, or nothing known
    ("教育局", "", "unknown", "", ""),  # the index's province of an unread region
    ("", "", "福建省", "莆田市", "福建省莆田市"),  # no issuer named: where the report is from
])
def test_the_place_is_shown_only_where_the_name_does_not_say_it(agency, place, province, city, shown):
    assert place_label(agency, place, province, city) == shown


def test_a_central_body_is_never_placed_by_the_address_it_gives():
    """A ministry's report read as 海關 with a Beijing contact line is no Beijing body."""
    assert place_label("海關", "", None, "北京市", level="central") == ""
    assert place_label("海關", "", None, "北京市", level="province") == "北京市"


REPORTS = {
    # Named without its place; its contact line places it.
    "bare.txt": made_up_report("民政局", 2021, {1: "本局公开低保信息。如有疑问请与灵武市民政局联系。"}),
    "named.txt": made_up_report("吴忠市民政局", 2021, {1: "本局公开低保信息。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("where", written(REPORTS))


def test_results_carry_the_place_of_a_body_named_without_it(idx, indexes):
    hits = {h.agency: h for h in run_search(idx, SearchParams(q="低保")).hits}
    assert hits["吴忠市民政局"].where == ""
    assert "灵武市" in hits["民政局"].where
    client = indexes.app("where").test_client()
    page = client.get("/?q=低保").get_data(as_text=True)
    assert f'民政局<span class="where">（{hits["民政局"].where}）</span> 2021 年度报告' in page
    api = {h["agency"]: h for h in client.get("/api/search?q=低保").get_json()["hits"]}
    assert api["民政局"]["where"] == hits["民政局"].where and api["吴忠市民政局"]["where"] == ""
