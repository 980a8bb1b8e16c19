"""A trend over a selection whose bars come from different bodies in different years says so, as it says when the
years' report counts differ (QA 34 #6: one district's reports for two years, then another county's, read as a rise).
Made-up bodies: real divisions with functions (蜂业, 蚕业) no corpus holds."""
from __future__ import annotations

import pytest

from search.figures.trends import bodies_note, Point
from tests.conftest import made_up_report as report, written

NOTE = "各年的数字来自不同机构"


def _said(agency: str, year: int, n: int) -> str:
    return report(agency, year, {3: f"本年度收到蜂业政府信息公开申请{n * 3}件。", 4: f"本年度发生政府信息公开行政诉讼{n}件。"})


REPORTS = {
    "a-2022.txt": _said("平罗县蜂业管理局", 2022, 1),
    "a-2023.txt": _said("平罗县蜂业管理局", 2023, 2),
    "b-2024.txt": _said("惠农区蚕业管理局", 2024, 9),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("trend-bodies", written(REPORTS)).test_client()


def _notes(client, query: str) -> dict[str, str]:
    response = client.get(f"/api/trends?{query}&fig=litigation_total&fig=requests_new")
    assert response.status_code == 200
    return {s["key"]: s["chart_note"] or "" for s in response.get_json()["series"]}


def test_bars_of_different_bodies_say_so(client):
    notes = _notes(client, "q=蜂业")
    assert all(NOTE in note for note in notes.values()), notes
    html = client.get("/trends?q=蜂业&fig=litigation_total").get_data(as_text=True)
    assert NOTE in html


def test_one_body_over_the_years_says_nothing_of_the_kind(client):
    notes = _notes(client, "q=蜂业&year_to=2023")
    assert not any(NOTE in note for note in notes.values()), notes


def test_the_note_compares_the_bodies_behind_each_bar_read():
    points = [Point(2022, 1, "1", 1, 1), Point(2023, None, "—", 0, 1), Point(2024, 2, "2", 1, 1)]
    same, other = frozenset({"a"}), frozenset({"b"})
    assert bodies_note(points, [same, other, same]) == ""  # a year whose figure was not read has no bar
    assert NOTE in bodies_note(points, [same, same, other])
    assert bodies_note(points[:1], [same]) == ""
