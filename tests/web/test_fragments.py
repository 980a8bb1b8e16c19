"""Whole page or fragment: one rule (``app.wants_fragment``) for every page that has a partial.

An htmx swap gets the fragment; a plain request, a history restore (htmx re-fetching a page it has
no snapshot of) and boosted navigation get the whole page, once: one <title>, no id twice.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest

# Each page with a partial: its address, and an element only the whole page has.
PAGES = [
    ("/?q=低保", 'id="search-form"'),
    ("/stats?q=低保", 'id="stats-form"'),
    ("/trends?agency=吴忠市民政局", 'class="page-title"'),
    ("/agencies?place=640000", 'id="agency-form"'),
]
HTMX = {"HX-Request": "true"}
WHOLE = {
    "plain": {},
    "history-restore": {**HTMX, "HX-History-Restore-Request": "true"},
    "boosted": {**HTMX, "HX-Boosted": "true"},
}


def get(client, path: str, headers: dict) -> str:
    response = client.get(path, headers=headers)
    assert response.status_code == 200, (path, headers)
    assert response.headers["Vary"] == "HX-Request, HX-Boosted, HX-Target"
    return response.get_data(as_text=True)


def titles(html: str) -> int:
    """The document's <title>s (a chart's SVG has titles of its own)."""
    return re.sub(r"<svg\b.*?</svg>", "", html, flags=re.S).count("<title>")


def repeated_ids(html: str) -> list[str]:
    return [i for i, n in Counter(re.findall(r'\sid="([^"]+)"', html)).items() if n > 1]


@pytest.mark.parametrize("path,marker", PAGES, ids=[p for p, _ in PAGES])
@pytest.mark.parametrize("kind", sorted(WHOLE))
def test_whole_page_once(client, path, marker, kind):
    html = get(client, path, WHOLE[kind])
    assert html.count("<html") == 1 and titles(html) == 1
    assert html.count(marker) == 1
    assert repeated_ids(html) == []


TARGETS = {"/?q=低保": "results", "/stats?q=低保": "stats", "/trends?agency=吴忠市民政局": "trends",
           "/agencies?place=640000": "agencies"}


@pytest.mark.parametrize("path,marker", PAGES, ids=[p for p, _ in PAGES])
@pytest.mark.parametrize("boosted", [False, True])
def test_htmx_swap_gets_the_fragment(client, path, marker, boosted):
    """A boosted link inside a swapped part (a facet value, a sort, a page: hx-boost asks for its href, review 32)
    names its part as the target and gets the fragment, as an hx-get did."""
    html = get(client, path, {**HTMX, "HX-Boosted": "true", "HX-Target": TARGETS[path]} if boosted else HTMX)
    assert "<html" not in html and marker not in html
    assert titles(html) == 1  # htmx takes the new title from the fragment
    assert repeated_ids(html) == []


def test_an_agencies_swap_pushes_its_canonical_url_and_carries_the_form_state(client):
    response = client.get("/agencies?place=640000&kind=民政局&page=1", headers=HTMX)
    assert response.headers["HX-Push-Url"] == "/agencies?place=640000&kind=%E6%B0%91%E6%94%BF%E5%B1%80"
    html = response.get_data(as_text=True)
    state = re.search(r'<div id="agency-form-state" hx-swap-oob="true">(.*?)</div>', html, re.S).group(1)
    assert re.findall(r'name="(\w+)" value="([^"]*)"', state) == [("place", "640000"), ("kind", "民政局")]


def test_a_swap_to_the_address_shown_pushes_no_history_entry(client):
    # a live search's results, then Enter: the same URL pushed twice, and the first Back did nothing (session 29)
    swap = {**HTMX, "HX-Current-URL": "http://localhost/?q=%E4%BD%8E%E4%BF%9D"}
    assert client.get("/?q=低保", headers=swap).headers["HX-Push-Url"] == "false"
    assert client.get("/?q=低保&year=2020", headers=swap).headers["HX-Push-Url"] == "/?q=%E4%BD%8E%E4%BF%9D&year=2020"
    stats = {**HTMX, "HX-Current-URL": "http://localhost/stats?by=year"}  # hx-push-url="true": the request's URL
    assert client.get("/stats?by=year", headers=stats).headers.get("HX-Push-Url") == "false"
    assert "HX-Push-Url" not in client.get("/stats?by=agency", headers=stats).headers
    assert "HX-Push-Url" not in client.get("/stats?by=year", headers={"HX-Current-URL": stats["HX-Current-URL"]}).headers
