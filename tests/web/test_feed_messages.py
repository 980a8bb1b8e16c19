"""A search feed says what the search page says of its parameters, in its subtitle, with a short mark in its title,
where a feed reader shows it (QA 37 #7, #8; rev34 #11): a query with nothing to search follows nothing, an agency
naming no body is said to be unknown, a value ignored is named (its order, view and page never: a feed has none), and
bytes that are no UTF-8 are shown as � and said once, never as their percent escapes (rev34 #10)."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest

from search.echo import NOT_UTF8
from search.retrieval.followed import FOLLOWS_FULL
from search.output.feeds import NOTED
from search.retrieval.query_length import MAX_QUERY, QUERY_CUT
from tests.web.test_feeds import ATOM, get_feed, one

OVER = "a" * (MAX_QUERY + 1)  # one item past the cap: nothing of it is kept


def _feed(client, path):
    _, root = get_feed(client, path)  # valid Atom, whatever it says
    return one(root, "title").text, one(root, "subtitle").text, root.findall(ATOM + "entry")


def test_a_query_cut_to_nothing_lists_nothing_and_says_so(client):
    full = client.get("/api/search").get_json()["total"]
    assert full > 0
    for path in ("/api/search?q=", "/api/search?flat=1&q="):
        data = client.get(path + OVER).get_json()
        assert data["total"] == 0 and data["hits"] == [], path  # as for 200 a's, not every report
        assert any(m.startswith(QUERY_CUT) and "没有可查找的部分" in m for m in data["messages"])
    page = client.get("/?q=" + OVER)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert QUERY_CUT in html and '<h3><a href="/reports/' not in html
    # the pages that take a search list nothing either
    assert client.get("/api/stats?q=" + OVER).get_json()["total"] == 0
    assert "没有符合条件的机构" in client.get("/agencies?q=" + OVER).get_data(as_text=True)
    # the address kept in the page's links still says what was asked, up to one character past the cap
    assert f"q={OVER}" in html and "a" * (MAX_QUERY + 2) not in html
    # no link of the page lists every report: each chip's ×, 去掉所有筛选条件 and /stats' 清除筛选 keep the words
    html = client.get(f"/?q={OVER}&year=2020&level=county").get_data(as_text=True)
    links = [unescape(h) for h in re.findall(r'href="(/(?:stats)?\?[^"]*)"', html)]
    assert "去掉所有筛选条件" in html and len(links) > 3 and all(f"q={OVER}" in h for h in links)
    stats = client.get(f"/stats?q={OVER}&year=2020").get_data(as_text=True)
    assert all(f"q={OVER}" in unescape(h) for h in re.findall(r'href="(/stats\?[^"]*)"', stats))


def test_its_feed_follows_nothing_and_says_so(client):
    title, subtitle, entries = _feed(client, "/feed?q=" + OVER)
    assert entries == []
    assert title == "年报检索：这个订阅不跟踪任何报告" + NOTED
    assert QUERY_CUT in subtitle


@pytest.mark.parametrize("path, said, listed", [
    ("/feed?agency=bogus", "找不到机构“bogus”", False),
    ("/feed?year=abc", "忽略了无效的年份：abc（须为 1990 到 2100 的整数）", True),
])
def test_a_feed_names_what_it_could_not_read_as_the_search_does(client, path, said, listed):
    messages = client.get(path.replace("/feed", "/api/search")).get_json()["messages"]
    assert any(said in m for m in messages)  # the search's own words
    title, subtitle, entries = _feed(client, path)
    assert said in subtitle and said not in title and title.endswith(NOTED)  # a reader's list shows a short title
    assert bool(entries) == listed


@pytest.mark.parametrize("path", ["/feed?q=低保&sort=bogus", "/feed?q=低保&flat=maybe&page=x&per_page=7"])
def test_a_feed_names_no_order_view_or_page_it_never_uses(client, path):
    # rev34 #11: /feed?q=低保&sort=bogus was titled … — 忽略了未知的排序方式：bogus（可用：相关度 relevance、…）.
    title, subtitle, _ = _feed(client, path)
    assert title == "年报检索：“低保”"
    # what it follows is said (session 36), and nothing of an order, a view or a page
    assert subtitle == "新收录的政府信息公开工作年度报告，按收录时间从新到旧排列。订阅" + FOLLOWS_FULL + "。"


def test_a_feed_title_shows_no_percent_escapes(client):
    title, subtitle, _ = _feed(client, "/feed?q=%ED%A0%80")
    assert "%ED" not in title and title == "年报检索：“\ufffd”" + NOTED and NOT_UTF8 in subtitle
    # nor does the search page's title; escapes typed as text stay as typed, whether they spell UTF-8 or not
    assert "<title>\ufffd - 年报检索</title>" in client.get("/?q=%ED%A0%80").get_data(as_text=True)
    for typed in ("100%E4%BD%8E", "100%E4%BD"):
        title, _, _ = _feed(client, "/feed?q=" + quote(typed))
        assert title in (f"年报检索：“{typed}”", f"年报检索：“{typed}”" + NOTED)  # its reading may add a note


def test_bytes_that_are_no_utf8_are_one_reading_on_the_page(client):
    # rev34 #10: the title said “�” and the notice quoted “ed%、a0%”; a typed 100%E4%BD was titled 100�.
    html = unescape(client.get("/?q=%ED%A0%80").get_data(as_text=True))
    assert "<title>\ufffd - 年报检索</title>" in html and NOT_UTF8 in html and "ed%" not in html.lower()
    data = client.get("/api/search?q=%E4%BD%8E%E4%BF%9D%ED").get_json()
    assert data["query"] == "低保\ufffd" and data["messages"].count(NOT_UTF8) == 1
    html = unescape(client.get("/?q=" + quote("100%E4%BD")).get_data(as_text=True))
    assert "<title>100%E4%BD - 年报检索</title>" in html and "\ufffd" not in html and NOT_UTF8 not in html
