"""Session 31 (2026-12-07): /api/search gives a hit's issuer as the page shows it (simplified script, 未知机构 when the
report names none), as /api/stats does, with the report's own spelling in ``name_as_written``; before, it gave the
spelling as written while the page and the statistics showed the simplified name. Made-up reports."""
from __future__ import annotations

import pytest

from tests.conftest import made_up_report, written

REPORTS = {
    "traditional.txt": made_up_report("睢寧縣人力資源和社會保障局", 2020, {3: "本年度收到依申請公開申請3件。"}),
    "simplified.txt": made_up_report("睢宁县民政局", 2020, {3: "本年度收到依申请公开申请2件。"}),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("api_names_session31", written(REPORTS)).test_client()


def test_a_hit_names_its_issuer_as_the_page_does(client):
    hits = {h["name_as_written"]: h for h in client.get("/api/search?q=依申请公开").get_json()["hits"]}
    assert hits["睢寧縣人力資源和社會保障局"]["agency"] == "睢宁县人力资源和社会保障局"
    assert hits["睢宁县民政局"]["agency"] == "睢宁县民政局"
    page = client.get("/?q=依申请公开").get_data(as_text=True)
    assert "睢宁县人力资源和社会保障局" in page
