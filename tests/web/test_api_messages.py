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


def test_a_page_given_as_a_number_is_read_as_its_text_is():
    # (review of session 19: a JSON body's 0 is a value given, named as '0' is; a page the message calls ignored
    # is not the one served, and one served is not called ignored)
    from werkzeug.datastructures import MultiDict

    from search.retrieval.params import SearchParams

    zero = SearchParams.from_args(MultiDict({"page": 0, "per_page": 0}))
    assert zero.page == 1 and zero.per_page == 10
    assert any("页码只能是" in m for m in zero.messages) and any("每页条数只能是" in m for m in zero.messages)
    wide = SearchParams.from_args(MultiDict({"page": "２"}))
    assert wide.page == 2 and not any("页码" in m for m in wide.messages)
    assert SearchParams.from_args(MultiDict({"page": 3, "per_page": 20})).messages == ()
