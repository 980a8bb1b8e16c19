"""/agencies places a body whose issuer could not be placed (its id unresolved) where its reports lie, when
they agree: a province, and its city when they name one, with what stays unknown (所在区县未能确定).
Browsing a province lists every body its search finds, the tree's counts match the lists, and
所在地未能识别 keeps only the bodies nothing places. Before, such bodies sat under 所在地未能识别 only
(session 19 added a note and a link beside the province's list; session 26 puts them in it)."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest

from search.agencies.reported import reported_place
from tests.conftest import made_up_report, written

TEXT = {1: "本机关全年主动公开政府信息60条。"}
REPORTS = {
    "gov.txt": made_up_report("固原市人民政府", 2021, TEXT),
    "civil.txt": made_up_report("固原市民政局", 2022, TEXT),
    # A body whose function the directory cannot read (so it cannot place it), though its text places the report in 固原市.
    "survey.txt": made_up_report("固原市统计调查区", 2021, {1: "宁夏回族自治区固原市固原市统计调查区全年主动公开政府信息60条。"}),
    # A park whose text names its province only.
    "park.txt": made_up_report("星河产业园管理委员会", 2022,
                               {1: "宁夏回族自治区星河产业园管理委员会全年主动公开政府信息60条。"}),
    "other.txt": made_up_report("吴忠市民政局", 2021, TEXT),
    # Nothing places these two: their names hold no place and their texts none either.
    "water.txt": made_up_report("县水务局", 2021, TEXT),
    "town.txt": made_up_report("青苔岭镇", 2020, TEXT),
}
NINGXIA, GUYUAN = "640000", "640400"


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("agency-unplaced", written(REPORTS)).test_client()


def get_json(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_json()


def by_name(listing: dict) -> dict[str, dict]:
    return {a["name"]: a for a in listing["agencies"]}


def test_the_tree_places_unresolved_bodies_where_their_reports_lie(client):
    top = get_json(client, "/api/agencies")
    places = {p["label"]: p["count"] for p in top["places"]}
    assert places["宁夏回族自治区"] == 5 and places["所在地未能识别"] == 2
    assert sum(places.values()) == top["total"] == 7
    nowhere = get_json(client, "/api/agencies?place=unresolved")
    assert set(by_name(nowhere)) == {"县水务局", "青苔岭镇"}
    assert all(a["reported_place"] is None and a["place"] is None for a in nowhere["agencies"])

    ningxia = get_json(client, f"/api/agencies?place={NINGXIA}")
    bodies = by_name(ningxia)
    survey, park = bodies["固原市统计调查区"], bodies["星河产业园管理委员会"]
    # Still bodies of their own, not resolved to one division.
    assert survey["id"].startswith("unresolved:") and not survey["resolved"] and survey["place"] is None
    assert survey["reported_place"] == {"province": "宁夏回族自治区", "city": "固原市", "code": GUYUAN,
                                         "note": "所在区县未能确定"}
    assert park["reported_place"] == {"province": "宁夏回族自治区", "city": None, "code": NINGXIA,
                                      "note": "所在市县未能确定"}
    # The cities count the 统计调查区 in 固原市; the park, placed in the province only, is
    # the province's own, as a 厅 would be: children plus the province's own make the list.
    children = {p["label"]: p["count"] for p in ningxia["places"]}
    assert children == {"固原市": 3, "吴忠市": 1} and ningxia["total"] == 5
    assert ningxia["unplaced"] is None
    # The province's list holds every report its search finds, no more.
    searched = get_json(client, "/api/search?province=宁夏回族自治区&per_page=50")
    assert sum(len(a["reports"]) for a in ningxia["agencies"]) == searched["total"]
    assert {h["agency_id"] for h in searched["hits"]} == {a["id"] for a in ningxia["agencies"]}

    guyuan = get_json(client, f"/api/agencies?place={GUYUAN}")
    assert set(by_name(guyuan)) == {"固原市人民政府", "固原市民政局", "固原市统计调查区"}
    assert guyuan["places"] == []  # no county holds the 统计调查区
    assert [p["label"] for p in guyuan["place"]] == ["宁夏回族自治区", "固原市"]


def test_the_pages_say_what_stays_unknown(client):
    html = unescape(client.get(f"/agencies?place={NINGXIA}").get_data(as_text=True))
    assert "宁夏回族自治区 固原市（所在区县未能确定）" in html
    assert "宁夏回族自治区（所在市县未能确定）" in html
    assert 'class="notice unplaced"' not in html
    # Listed after the bodies placed by their names (their id says they are not resolved).
    names = re.findall(r'<li class="agency-item">\s*<h3><a href="[^"]+">([^<]+)</a>', html)
    assert names[-2:] == ["固原市统计调查区", "星河产业园管理委员会"] or names[-2:] == ["星河产业园管理委员会", "固原市统计调查区"]
    survey = by_name(get_json(client, f"/api/agencies?place={GUYUAN}"))["固原市统计调查区"]
    page = client.get("/agencies/" + quote(survey["id"], safe=":/"))
    assert page.status_code == 200
    text = unescape(page.get_data(as_text=True))
    assert "<dd>宁夏回族自治区 固原市（所在区县未能确定）</dd>" in text
    assert "没有与任何其他报告归为同一机构" in text and "列在宁夏回族自治区 固原市下" in text
    # The name box reads the place too.
    assert "固原市统计调查区" in by_name(get_json(client, "/api/agencies?name=" + quote("固原 统计调查")))
    nowhere = unescape(client.get("/agencies?place=unresolved").get_data(as_text=True))
    assert "县水务局" in nowhere and "固原市统计调查区" not in nowhere


def test_reports_that_disagree_place_no_further_than_they_agree():
    assert reported_place({("宁夏回族自治区", "固原市")}).code == GUYUAN
    assert reported_place({("宁夏回族自治区", "固原市"), ("宁夏回族自治区", "")}).code == GUYUAN
    assert reported_place({("宁夏回族自治区", "固原市"), ("宁夏回族自治区", "吴忠市")}).code == NINGXIA
    assert reported_place({("宁夏回族自治区", "兰州市")}).code == NINGXIA  # a city of another province
    assert reported_place({("宁夏回族自治区", ""), ("甘肃省", "")}) is None
    assert reported_place({("unknown", "")}) is None and reported_place(set()) is None
    assert reported_place({("天津市", "")}).note == "所在区县未能确定"  # a 直辖市 has districts only
