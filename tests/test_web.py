"""HTTP: pages, htmx fragments, the JSON API and bad input."""
from __future__ import annotations

import re

import pytest


def test_search_page_full_and_fragment(client):
    page = client.get("/?q=低保")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert '<html lang="zh-CN">' in html and 'id="search-form"' in html and "<mark>" in html
    assert page.headers["Vary"] == "HX-Request"
    fragment = client.get("/?q=低保", headers={"HX-Request": "true"})
    body = fragment.get_data(as_text=True)
    assert fragment.status_code == 200
    assert "<html" not in body and 'id="search-form"' not in body and "<mark>" in body
    assert 'hx-swap-oob="true"' in body
    restore = client.get("/?q=低保", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restore.get_data(as_text=True)


def test_htmx_is_served_locally(client):
    html = client.get("/").get_data(as_text=True)
    src = re.search(r'<script src="([^"]+htmx[^"]+)"', html).group(1)
    assert src.startswith("/static/")
    with client.get(src) as script:
        assert script.status_code == 200
    assert "http" not in re.sub(r'href="/[^"]*"', "", " ".join(re.findall(r'(?:src|href)="[^"]*"', html)))


def test_facet_links_narrow_results(client):
    html = client.get("/?q=信息公开").get_data(as_text=True)
    link = re.search(r'href="(/\?q=[^"]*year=2019[^"]*)"', html).group(1).replace("&amp;", "&")
    narrowed = client.get(link).get_data(as_text=True)
    assert "兴庆区民政局" in narrowed and "吴忠市民政局 2021" not in narrowed
    assert 'name="year" value="2019"' in narrowed  # kept in the form for the next query


def test_api_shape(client):
    response = client.get("/api/search?q=低保&year=2020")
    assert response.status_code == 200
    data = response.get_json()
    assert isinstance(data["total"], int) and data["page"] == 1
    hit = data["hits"][0]
    assert set(hit) >= {"report_id", "agency", "year", "section", "section_title", "snippet", "url", "source"}
    assert hit["url"] == f"/reports/{hit['report_id']}#section-{hit['section']}"
    assert hit["source"].endswith(".txt") and hit["year"] == 2020
    for name in ("agency", "year", "section"):
        assert all(set(v) >= {"value", "count"} for v in data["facets"][name])
    assert {v["value"] for v in data["facets"]["year"] if v["selected"]} == {2020}


def test_report_page_has_anchors_tables_and_highlights(client):
    hit = client.get("/api/search?q=低保").get_json()["hits"][0]
    page = client.get(f"/reports/{hit['report_id']}?q=低保")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    numbers = [s["number"] for s in client.get(f"/api/reports/{hit['report_id']}").get_json()["sections"]]
    assert len(numbers) >= 5
    for n in numbers:
        assert f'id="section-{n}"' in html
        assert f'href="#section-{n}"' in html
    assert "<table>" in html
    assert '<mark class="hit">' in html


def test_unknown_report_is_404(client):
    assert client.get("/reports/0000000000000000").status_code == 404
    assert client.get("/api/reports/nope").status_code == 404
    assert client.get("/api/reports/nope").get_json()["error"] == "not_found"


@pytest.mark.parametrize(
    "query",
    ['q="未闭合', "q=OR", "q=-", "q=" + "长" * 2000, "year=abc", "page=-1", "page=999999999999999999999",
     "section=9", "per_page=100000", "sort=nope", "q=%00%01", "q=%ff%fe", "agency=" + "x" * 500],
)
def test_bad_input_gets_a_normal_page(client, query):
    for path in ("/", "/api/search"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)


def test_user_strings_are_escaped(client):
    html = client.get("/?q=<script>alert(1)</script>").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_help_page(client):
    html = client.get("/help").get_data(as_text=True)
    assert "year:2019-2021" in html and "搜索帮助" in html


@pytest.mark.parametrize("query", ["year=²⁰²⁰", "section=٣", "page=²", "q=year:２０２０", "q=section:³"])
def test_unicode_digits_are_not_numbers(client, query):
    assert client.get(f"/api/search?{query}").status_code == 200
