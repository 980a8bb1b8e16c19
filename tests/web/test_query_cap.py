"""A very long query is cut to one cap (query_length.MAX_QUERY), said so on every page that takes it, and no link
copies more of it than was searched (QA 34 #13: a 500-character query was copied whole into every facet, feed and
API link: 0.6 MB for one request)."""
from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from search.retrieval.query_length import MAX_QUERY, QUERY_CUT, cut_query

LONG = "申请" * 250


def test_the_cap_is_one_sentence_and_a_short_query_is_kept():
    assert cut_query("低保") == ("低保", "")
    assert cut_query(LONG) == (LONG[:MAX_QUERY], QUERY_CUT) and MAX_QUERY == 100


def test_the_api_cuts_the_query_says_so_and_links_only_what_it_searched(client):
    data = client.get("/api/search?q=" + quote(LONG)).get_json()
    assert data["query"] == LONG[:MAX_QUERY] and QUERY_CUT in data["messages"]
    toggles = [v["toggle"] for values in data["facets"].values() for v in values]
    assert toggles and all(parse_qs(urlsplit(t).query).get("q", [""])[0] == LONG[:MAX_QUERY] for t in toggles)


def test_every_page_taking_a_search_says_the_query_was_cut(client):
    for path in ("/", "/stats", "/trends", "/quality", "/agencies", "/compare"):
        response = client.get(f"{path}?q=" + quote(LONG))
        assert response.status_code == 200, path
        html = response.get_data(as_text=True)
        assert QUERY_CUT in html, path
        assert LONG[: MAX_QUERY + 2] not in html, path  # nothing past the cap is copied into the page
    feed = client.get("/feed?q=" + quote(LONG)).get_data(as_text=True)
    assert QUERY_CUT in feed and quote(LONG[: MAX_QUERY + 2]) not in feed


def test_a_query_within_the_cap_says_nothing(client):
    assert QUERY_CUT not in client.get("/api/search?q=" + quote(LONG[:MAX_QUERY])).get_json()["messages"]
