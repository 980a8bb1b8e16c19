"""The search API says when a page, a page size or a level it was asked for is not the one it served,
as it says of every other value it ignores (docs/api.md: bad values never fail; session 19)."""
from __future__ import annotations


def test_api_says_when_a_page_or_page_size_was_not_served(client):
    last = client.get("/api/search?per_page=10").get_json()["pages"]
    past = client.get(f"/api/search?page={last + 3}").get_json()
    assert past["page"] == last
    assert any(f"第 {last + 3} 页超出范围" in m for m in past["messages"])
    for bad in ("page=abc", "page=0"):
        assert any("页码只能是" in m for m in client.get(f"/api/search?{bad}").get_json()["messages"])
    odd = client.get("/api/search?per_page=7").get_json()
    assert odd["per_page"] == 10 and any("每页条数只能是" in m for m in odd["messages"])
    assert client.get("/api/search?page=1&per_page=20").get_json()["messages"] == []


def test_an_unknown_level_is_named_as_an_unknown_quality_flag_is(client):
    data = client.get("/api/search?level=foo").get_json()
    assert any("忽略了未知的层级：foo" in m for m in data["messages"])
    assert data["total"] == client.get("/api/search").get_json()["total"]
