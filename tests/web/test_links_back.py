"""A hit's link carries its search, so the report page's 返回搜索 goes back to the very list (QA 37 #6), and a link taken
from the API or the search CSV carries the words, so that it opens with the marks (QA 37 #10)."""
from __future__ import annotations

import csv
import io
import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.web.test_report_page import two_years

LIST = "/?q=公开&flat=1&year=2020&sort=oldest&page=2"  # filters, an order, a view and a page past the first


def _hit_links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'<h3><a href="(/reports/[^"]+)"', html)]


def _back(client, link: str) -> str:
    response = client.get(link)
    assert response.status_code == 200
    return unescape(re.search(r'<p class="back"><a href="([^"]+)"', response.get_data(as_text=True)).group(1))


def _pairs(url: str) -> list[tuple[str, str]]:
    return sorted(parse_qsl(urlsplit(url).query))


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}], ids=["page", "htmx-swap"])
def test_back_from_a_hit_returns_to_its_filtered_page(client, headers):
    response = client.get(LIST, headers=headers)
    assert response.status_code == 200
    links = _hit_links(response.get_data(as_text=True))
    assert links, "page 2 of the list holds hits"
    for link in links:
        assert _pairs(link) == _pairs(LIST) and urlsplit(link).fragment.startswith("section-")
    back = _back(client, links[0])
    assert _pairs(back) == _pairs(LIST)
    again = client.get(back).get_data(as_text=True)
    assert _hit_links(again) == links  # the same page of the same list


def test_the_report_page_shares_the_words_alone(client):
    # rev34 #6: 复制链接 copies the page's shared form (data-share), as the API's url: not page 2 of a filtered list.
    links = _hit_links(client.get(LIST).get_data(as_text=True))
    html = client.get(links[0]).get_data(as_text=True)
    shared = unescape(re.search(r'<article class="report" data-share="([^"]+)"', html).group(1))
    assert shared == urlsplit(links[0]).path + "?q=%E5%85%AC%E5%BC%80"
    bare = client.get(urlsplit(links[0]).path).get_data(as_text=True)
    assert f'data-share="{urlsplit(links[0]).path}"' in bare


def test_a_page_past_the_last_links_back_to_the_page_it_showed(client):
    # QA 38 #6: page=1000 shows the last page, but its hits carried page=1000, so 返回搜索 led to the notice again
    past = client.get(LIST.replace("page=2", "page=1000")).get_data(as_text=True)
    links = _hit_links(past)
    assert links and links == _hit_links(client.get(LIST).get_data(as_text=True))  # the list's last page is page 2
    assert all(dict(parse_qsl(urlsplit(link).query))["page"] == "2" for link in links)


def test_a_hit_link_holds_only_what_differs_from_the_defaults(client):
    links = _hit_links(client.get("/?q=低保&sort=relevance&page=1&per_page=10").get_data(as_text=True))
    assert links and all(_pairs(link) == [("q", "低保")] for link in links)
    assert _back(client, links[0]) == "/?q=低保"


def test_the_agency_s_other_years_keep_the_way_back(indexes):
    client = indexes.app("two-years", two_years).test_client()  # 吴忠市民政局 2021 and 2022 (test_report_page)
    link = _hit_links(client.get("/?q=民政&year=2021&sort=oldest").get_data(as_text=True))[0]
    years = re.search(r'<nav class="years".*?</nav>', client.get(link).get_data(as_text=True), re.S).group(0)
    hrefs = [unescape(h) for h in re.findall(r'href="([^"]+)"', years)]
    assert hrefs and all(_pairs(h) == _pairs("/?q=民政&year=2021&sort=oldest") for h in hrefs)


def test_api_and_csv_links_carry_the_words(client):
    hits = client.get("/api/search?q=低保&year=2020").get_json()["hits"]
    assert hits and all(_pairs(h["url"]) == [("q", "低保")] for h in hits)
    assert all(urlsplit(h["url"]).fragment == f"section-{h['section']}" for h in hits)
    text = client.get("/api/export?what=search&format=csv&q=低保&year=2020").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))
    links = [row[rows[0].index("链接")] for row in rows[1:]]
    assert links and all(link.startswith("http://localhost/reports/") and _pairs(link) == [("q", "低保")]
                         for link in links)
    page = client.get(urlsplit(links[0])._replace(scheme="", netloc="").geturl()).get_data(as_text=True)
    assert '<mark class="hit">' in page  # the shared link opens with the marks
    # without words, the link is the bare report page
    assert all("?" not in h["url"] for h in client.get("/api/search?year=2020").get_json()["hits"])


@pytest.mark.parametrize("asked", ["1000", "3", "999999"])
def test_a_hand_edited_page_past_the_last_is_the_last_in_the_way_back(client, asked):
    # QA 39 #9: /reports/<id>?q=…&page=1000 kept page=1000 in 返回搜索, which led to the out-of-range notice.
    link = _hit_links(client.get(LIST).get_data(as_text=True))[0]
    edited = link.replace("page=2", f"page={asked}")
    assert f"page={asked}" in edited
    back = _back(client, edited)
    assert _pairs(back) == _pairs(LIST)  # the list's last page, 2
    assert "超出范围" not in client.get(back).get_data(as_text=True)
    assert _pairs(_back(client, link)) == _pairs(LIST)  # a page that is there stays as it is


def test_no_template_builds_a_report_link_of_its_own():
    # QA 39 #8: /compare, /stats, /trends, /quality and a body's page wrote report links with url_for; every link to a
    # report page now comes from search/report_links.py (report_url, report_link), as a hit's does.
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    own = [p.name for p in templates.glob("*.html") if re.search(r"url_for\(\s*['\"]pages\.report['\"]", p.read_text("utf-8"))]
    assert own == []


def test_the_figures_pages_link_reports_as_the_builder_writes_them(indexes):
    from search.report_links import report_link

    client = indexes.app("derived").test_client()
    hits = client.get("/api/search?q=民政局&per_page=100").get_json()["hits"]
    ids, agency = [h["report_id"] for h in hits], hits[0]["agency_id"]
    own = [r["report_id"] for r in client.get(f"/api/agencies/{agency}").get_json()["reports"]]
    # each page's links, exactly as the builder writes them for the reports that page shows (review 35 #10: not for
    # whatever id a link happens to hold)
    for url, shown in (("/stats?q=民政局", ids), (f"/trends?agency={agency}", own),
                       (f"/compare?id={ids[0]}&id={ids[1]}", ids[:2]), (f"/agencies/{agency}", own)):
        response = client.get(url)
        assert response.status_code == 200, url
        hrefs = [unescape(h) for h in re.findall(r'href="(/reports/[^"]*)"', response.get_data(as_text=True))]
        assert hrefs, url
        assert all(any(h == report_link(i) or h.startswith(report_link(i) + "#") for i in shown) for h in hrefs), url


def test_every_page_writes_its_notes_in_one_box():
    # review 35 #11: /stats, /trends, /compare, /quality, /agencies and a body's page stacked one box per note (QA 39
    # #7's class); every list of a page's messages now goes through the notices macro of _macros.html
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    loops = [p.name for p in templates.glob("*.html") if p.name != "_macros.html"
             and re.search(r"\{%-?\s*for message in", p.read_text("utf-8"))]
    assert loops == []
