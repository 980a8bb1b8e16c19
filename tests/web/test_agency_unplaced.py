"""/agencies for one province or city names the bodies whose reports lie there but whose issuer
could not be placed (they sit under 所在地未能识别), with their count and the link listing them:
without it a province's directory silently held fewer bodies than its search (session 19)."""
from __future__ import annotations

import re
from html import unescape

import pytest

from tests.conftest import made_up_report, written

TEXT = {1: "本机关全年主动公开政府信息60条。"}
REPORTS = {
    "gov.txt": made_up_report("固原市人民政府", 2021, TEXT),
    "civil.txt": made_up_report("固原市民政局", 2022, TEXT),
    # A customs district the directory cannot place, though its text places the report in 固原市.
    "customs.txt": made_up_report("固原海关关区", 2021, {1: "宁夏回族自治区固原市固原海关关区全年主动公开政府信息60条。"}),
    "other.txt": made_up_report("吴忠市民政局", 2021, TEXT),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("agency-unplaced", written(REPORTS)).test_client()


def test_a_province_names_its_bodies_whose_place_could_not_be_told(client):
    searched = client.get("/api/search?province=宁夏回族自治区&per_page=50").get_json()
    unplaced = [h for h in searched["hits"] if h["agency_id"].startswith("unresolved:")]
    assert unplaced, "the made-up customs district's report must be indexed in the province with no body"
    listing = client.get("/api/agencies?place=640000").get_json()
    assert listing["unplaced"]["count"] == len({h["agency_id"] for h in unplaced})
    # Its link lists exactly them, and the bodies listed plus them hold every report of the province.
    them = client.get(listing["unplaced"]["url"].split("localhost", 1)[-1]).get_json()
    assert {a["id"] for a in them["agencies"]} == {h["agency_id"] for h in unplaced}
    held = sum(len(a["reports"]) for a in listing["agencies"] + them["agencies"])
    assert held == searched["total"]
    html = client.get("/agencies?place=640000").get_data(as_text=True)
    note = re.search(r'<p class="notice unplaced">(.*?)</p>', html, re.S)
    assert note and "另有 1 个机构的报告属于宁夏回族自治区" in unescape(note.group(1))
    assert "place=unresolved" in unescape(note.group(1))


def test_no_note_where_every_body_is_placed_and_a_city_has_its_own(client):
    assert client.get("/api/agencies").get_json()["unplaced"] is None
    listing = client.get("/api/agencies?place=640000&kind=民政局").get_json()
    assert listing["unplaced"] is None
    city = client.get("/api/agencies?place=640400").get_json()["unplaced"]
    assert city["count"] == 1 and "city=" in city["url"]
    assert 'class="notice unplaced"' not in client.get("/agencies?place=640000&kind=民政局").get_data(as_text=True)
