"""/compare given one report twice says so, on the page and in the API's 400 (QA 37 #11: it said only 已选 1 份报告，
请再选 1 到 3 份, as if one id had been given)."""
from __future__ import annotations

from lxml import html as lxml_html


def _ids(client) -> list[str]:
    hits = client.get("/api/search?sort=newest").get_json()["hits"]
    assert len(hits) >= 3
    return [h["report_id"] for h in hits[:3]]


def _said(client, path: str) -> tuple[list[str], list[str]]:
    response = client.get(path)
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.get_data(as_text=True))
    return ([" ".join(p.text_content().split()) for p in doc.xpath("//p[contains(@class,'notice')]")],
            [" ".join(p.text_content().split()) for p in doc.xpath("//p[contains(@class,'compare-note')]")])


def test_one_report_given_twice_is_said_on_the_page_and_in_the_api(client):
    one = _ids(client)[0]
    warned, told = _said(client, f"/compare?id={one}&id={one.upper()}")
    assert len(warned) == 1 and warned[0].startswith("同一份报告（") and warned[0].endswith("）给出了不止一次，只算一份。")
    assert told == ["已选 1 份报告，请再选 1 到 3 份进行比较。"]
    response = client.get(f"/api/compare?id={one}&id={one}")
    assert response.status_code == 400 and warned[0] in response.get_json()["message"]


def test_a_repeat_beside_two_others_still_compares_and_says_it(client):
    a, b, _ = _ids(client)
    data = client.get(f"/api/compare?id={a}&id={b}&id={a}").get_json()
    assert sorted(r["report_id"] for r in data["reports"]) == sorted([a, b])
    assert sum("给出了不止一次" in m for m in data["messages"]) == 1
    assert client.get(f"/api/compare?id={a}&id={b}").get_json()["messages"] == []
