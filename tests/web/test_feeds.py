"""The Atom feeds: valid Atom (RFC 4287, checked element by element with lxml), the newest indexed
reports first, updated by a rebuild, conditional requests, and every string escaped."""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import quote, urlsplit

import pytest
from lxml import etree

from app import create_app
from indexer.build import build_index
from search.output.feeds import FEED_SIZE
from tests.agency_corpus import made_up_report, write_agency_corpus, write_reports

ATOM = "{http://www.w3.org/2005/Atom}"
XHTML = "{http://www.w3.org/1999/xhtml}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
HEALTH = "320300:卫生健康委员会"


def one(element, name: str):
    """The one child of ``element`` named ``name`` (Atom namespace)."""
    found = element.findall(ATOM + name)
    assert len(found) == 1, (name, len(found))
    return found[0]


def links(element) -> dict[str, list[etree._Element]]:
    out: dict[str, list] = {}
    for link in element.findall(ATOM + "link"):
        out.setdefault(link.get("rel", "alternate"), []).append(link)
    return out


def is_iri(text: str) -> bool:
    parts = urlsplit(text)
    return bool(parts.scheme and (parts.netloc or parts.path)) and not re.search(r"\s", text)


def check_text(element) -> None:
    """A text construct: type text (or absent), html or xhtml (a single XHTML div)."""
    kind = element.get("type", "text")
    assert kind in ("text", "html", "xhtml"), kind
    if kind == "xhtml":
        children = list(element)
        assert len(children) == 1 and children[0].tag == XHTML + "div"
    else:
        assert len(element) == 0  # no child elements in text or escaped html


def check_date(element) -> datetime:
    assert RFC3339.fullmatch(element.text or ""), element.text
    return datetime.fromisoformat(element.text.replace("Z", "+00:00"))


def validate(body: bytes) -> etree._Element:
    """The feed, after checking every rule RFC 4287 states for atom:feed and atom:entry (section
    4.1): one id (an IRI), title and updated (an RFC 3339 date); an author for the feed or every
    entry; a self link; at most one alternate link per type and language; text constructs of a
    known type; entry ids unique; an entry without content links to an alternate."""
    root = etree.fromstring(body)  # raises on anything not well-formed
    assert root.tag == ATOM + "feed"
    assert is_iri(one(root, "id").text)
    check_text(one(root, "title"))
    feed_updated = check_date(one(root, "updated"))
    feed_authors = root.findall(ATOM + "author")
    for author in feed_authors:
        assert (one(author, "name").text or "").strip()
    feed_links = links(root)
    assert len(feed_links.get("self", [])) == 1 and feed_links["self"][0].get("type") == "application/atom+xml"
    for rel, items in feed_links.items():
        for link in items:
            assert is_iri(link.get("href")), link.get("href")
        if rel == "alternate":
            assert len({(i.get("type"), i.get("hreflang")) for i in items}) == len(items)
    for name in ("subtitle", "rights"):
        for element in root.findall(ATOM + name):
            check_text(element)
    ids = []
    for entry in root.findall(ATOM + "entry"):
        ids.append(one(entry, "id").text)
        assert is_iri(ids[-1])
        check_text(one(entry, "title"))
        assert check_date(one(entry, "updated")) <= feed_updated
        assert entry.findall(ATOM + "author") or feed_authors
        entry_links = links(entry)
        assert len(entry_links.get("alternate", [])) >= 1 or entry.find(ATOM + "content") is not None
        for link in [l for items in entry_links.values() for l in items]:
            assert is_iri(link.get("href"))
        for name in ("summary", "content"):
            for element in entry.findall(ATOM + name):
                check_text(element)
    assert len(ids) == len(set(ids))
    return root


def titles(root) -> list[str]:
    return [one(e, "title").text for e in root.findall(ATOM + "entry")]


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("agencies", write_agency_corpus).test_client()


def get_feed(client, path: str, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200, path
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    return response, validate(response.data)


def test_a_search_feed_is_valid_atom_and_lists_what_the_search_selects(client):
    _, root = get_feed(client, "/feed?year=2019&province=江苏省")
    search = client.get("/api/search?year=2019&province=江苏省").get_json()
    # Xuzhou's two bodies of 2019 and the province's 工信厅 of the renames' example (2019, after its reform)
    assert len(root.findall(ATOM + "entry")) == search["total"] == 3
    assert one(root, "title").text == "年报检索：2019 年，江苏省"
    assert links(root)["self"][0].get("href") == "http://localhost/feed?year=2019&province=%E6%B1%9F%E8%8B%8F%E7%9C%81"
    assert links(root)["alternate"][0].get("href") == "http://localhost/?year=2019&province=%E6%B1%9F%E8%8B%8F%E7%9C%81"
    assert "徐州市卫生健康委员会 2019 年政府信息公开工作年度报告" in titles(root)


def test_a_search_feed_reads_the_query_as_the_search_does(client):
    """去年 alone is the newest report year as a filter: the feed lists what the search lists."""
    _, root = get_feed(client, "/feed?q=" + quote("去年"))
    search = client.get("/api/search?q=" + quote("去年") + "&per_page=50").get_json()
    assert search["total"] and len(root.findall(ATOM + "entry")) == min(search["total"], FEED_SIZE)
    assert {h["year"] for h in search["hits"]} == {max(h["year"] for h in search["hits"])}


def test_a_search_feed_links_each_entry_to_the_parts_that_match(client):
    _, root = get_feed(client, "/feed?q=" + quote("行政复议") + "&section=4")
    entries = root.findall(ATOM + "entry")
    assert entries
    for entry in entries:
        alternate = links(entry)["alternate"][0].get("href")
        assert re.fullmatch(r"http://localhost/reports/[0-9a-f]{16}\?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE", alternate)
        parts = [a.get("href") for a in entry.iter(XHTML + "a")]
        assert parts == [alternate + "#section-4"]


def test_a_feed_links_each_report_as_the_api_does(client):
    # rev34 #7: one builder for every report link; the feed wrote a space as %20 and the API's url as +.
    q = quote("行政复议 卫生")
    _, root = get_feed(client, "/feed?q=" + q)
    api = client.get("/api/search?per_page=50&q=" + q).get_json()["hits"]
    shared = {h["url"].split("#")[0] for h in api}
    entries = root.findall(ATOM + "entry")
    feed = {links(entry)["alternate"][0].get("href").removeprefix("http://localhost") for entry in entries}
    assert feed and feed <= shared and all(h.endswith("?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE+%E5%8D%AB%E7%94%9F")
                                           for h in feed)


def test_a_feed_of_nothing_is_still_valid(client):
    _, root = get_feed(client, "/feed?q=" + quote("没有任何报告提到的词语组合甲乙丙"))
    assert root.findall(ATOM + "entry") == []


def test_an_agency_feed_lists_its_reports_with_every_part(client):
    response, root = get_feed(client, f"/agencies/{quote(HEALTH)}/feed")
    assert one(root, "title").text == "徐州市卫生健康委员会的政府信息公开工作年度报告 - 年报检索"
    assert links(root)["alternate"][0].get("href") == f"http://localhost/agencies/{quote(HEALTH, safe=':')}"
    assert sorted(titles(root)) == sorted(f"{n} {y} 年政府信息公开工作年度报告" for n, y in (
        ("徐州市卫生和计划生育委员会", 2017), ("徐州市卫计委", 2018), ("徐州市卫生健康委员会", 2019)))
    for entry in root.findall(ATOM + "entry"):
        assert len(list(entry.iter(XHTML + "a"))) == 6
        assert one(one(entry, "author"), "name").text.startswith("徐州市卫")
    assert response.last_modified is not None
    assert client.get(f"/agencies/{quote('320300:没有这个机构')}/feed").status_code == 404


def test_pages_advertise_their_feed(client):
    html = client.get("/?q=低保&year=2020").get_data(as_text=True)
    href = "/feed?q=低保&amp;year=2020"
    assert f'<link rel="alternate" type="application/atom+xml" title="年报检索：这个搜索的新报告" href="{href}">' in html
    assert f'<a class="feed-link" href="{href}" type="application/atom+xml">' in html
    fragment = client.get("/?q=低保&year=2020", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert f'<a class="feed-link" href="{href}"' in fragment  # the visible link follows each swap
    agencies = client.get("/agencies?year=2020&place=640000").get_data(as_text=True)
    assert '<link rel="alternate" type="application/atom+xml" title="年报检索：新收录的报告" href="/feed?year=2020">' in agencies
    assert '<a class="feed-link" href="/feed?year=2020" type="application/atom+xml">订阅这些报告中新收录的报告' in agencies


def test_feeds_follow_a_rebuild_and_answer_conditional_requests(tmp_path):
    corpus = write_reports(tmp_path / "c", {"a.txt": made_up_report("吴忠市民政局", 2020)})
    root = tmp_path / "index"
    build_index([corpus], root, jobs=1)
    client = create_app({"TESTING": True, "INDEX": str(root)}).test_client()
    before, first = get_feed(client, "/feed")
    assert titles(first) == ["吴忠市民政局 2020 年政府信息公开工作年度报告"]
    agency = f"/agencies/{quote('640300:民政局')}/feed"
    assert titles(get_feed(client, agency)[1]) == titles(first)
    unchanged = client.get("/feed", headers={"If-Modified-Since": format_datetime(before.last_modified, usegmt=True)})
    assert unchanged.status_code == 304

    write_reports(corpus, {"b.txt": made_up_report("吴忠市民政局", 2021), "c.txt": made_up_report("利通区民政局", 2021)})
    build_index([corpus], root, jobs=1)
    after, second = get_feed(client, "/feed")
    entries = second.findall(ATOM + "entry")
    assert len(entries) == 3 and titles(second)[-1] == "吴忠市民政局 2020 年政府信息公开工作年度报告"
    assert set(titles(second)[:2]) == {"吴忠市民政局 2021 年政府信息公开工作年度报告", "利通区民政局 2021 年政府信息公开工作年度报告"}
    old_entry = entries[-1]
    assert one(old_entry, "id").text == one(first.find(ATOM + "entry"), "id").text  # same report, same id
    assert one(old_entry, "updated").text == one(first.find(ATOM + "entry"), "updated").text
    assert one(second, "updated").text == one(entries[0], "updated").text >= one(first, "updated").text
    assert titles(get_feed(client, agency)[1])[0] == "吴忠市民政局 2021 年政府信息公开工作年度报告"
    assert after.last_modified >= before.last_modified


def test_every_string_is_escaped(hostile_app):
    client = hostile_app.test_client()
    query = '<script>alert("q")</script> & \'x\''
    response, root = get_feed(client, "/feed?q=" + quote(query))
    assert b"<script>" not in response.data
    assert query in one(root, "title").text  # the query comes back as text, not markup
    _, everything = get_feed(client, "/feed")
    assert not list(everything.iter("{*}script")) and not list(everything.iter("{*}img"))
    summaries = [one(e, "summary").text for e in everything.findall(ATOM + "entry")]
    marked = [s for s in summaries if "<script>" in s]
    assert marked, "the hostile report's title, markup and all, is in its entry as text"
    assert all('<script>alert("t")</script>' in s for s in marked)
    entry = next(e for e in everything.findall(ATOM + "entry") if "<script>" in one(e, "summary").text)
    agency_feed = links(entry)["alternate"][0].get("href").replace("http://localhost/reports/", "/api/reports/")
    agency_id = client.get(agency_feed).get_json()["agency_id"]
    get_feed(client, f"/agencies/{quote(agency_id)}/feed")
