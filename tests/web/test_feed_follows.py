"""A search's feed says what it follows, in the feed and beside the search page's link to it, and a query with nothing
to search runs no selection for its feed (session 36). Made-up reports."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest

from search.output import feeds
from search.retrieval.followed import FOLLOWS_ALL, FOLLOWS_FULL, FOLLOWS_NOTHING, FOLLOWS_SELECTED
from tests.conftest import made_up_report, written

REPORTS = {
    "a.txt": made_up_report("岚溪县菌草推广站", 2022, {2: "本年度公开菌草种植补贴名单100份。"}),
    "b.txt": made_up_report("澄江县蚕桑指导站", 2021, {2: "本年度公开蚕茧收购价格。"}),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("feed-follows", written(REPORTS)).test_client()


def _subtitle(client, q: str) -> str:
    response = client.get("/feed?q=" + quote(q))
    assert response.status_code == 200
    return unescape(re.search(r"<subtitle[^>]*>(.*?)</subtitle>", response.get_data(as_text=True), re.S).group(1))


@pytest.mark.parametrize("q, follows", [("菌草 补贴", FOLLOWS_FULL), ("100", FOLLOWS_NOTHING), ("", FOLLOWS_ALL)])
def test_the_feed_and_the_pages_link_say_what_it_follows(client, q, follows):
    assert "订阅" + follows + "。" in _subtitle(client, q)
    html = unescape(client.get("/?q=" + quote(q or "year:2022")).get_data(as_text=True))  # (the home page lists none)
    link = re.search(r'class="feed-link"[^>]*>[^<]*</a><span class="feed-follows">：([^<]*)</span>', html)
    assert link and link.group(1) == (follows if q else FOLLOWS_SELECTED)


def test_a_feed_following_nothing_selects_nothing(client, monkeypatch):
    def selecting(*args, **kwargs):
        raise AssertionError("the feed ran a selection")
    with monkeypatch.context() as patch:
        patch.setattr(feeds, "select", selecting)
        assert FOLLOWS_NOTHING in _subtitle(client, "100")
