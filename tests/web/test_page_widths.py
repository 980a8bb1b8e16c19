"""Every page fits a 1280-px desktop window and a 390-px phone: wide tables scroll inside their own
container, and long text wraps, instead of widening the page."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from tests.stats_corpus import AGENCY

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)
# Reports quote addresses like this one (原文链接: …) in their text.
LONG_URL = "https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/" + "x" * 160 + ".html"


@pytest.fixture(scope="module")
def server(derived_server):
    return derived_server


def pages(server) -> dict[str, str]:
    """The pages to measure, by screenshot name."""
    def api(path):
        with urllib.request.urlopen(server + path) as response:
            return json.load(response)

    rows = api("/api/stats?agency=" + urllib.parse.quote(AGENCY))["rows"]
    return {"search": "/?q=低保", "report": f"/reports/{rows[0]['report_id']}?q=低保", "help": "/help", "stats": "/stats",
            "stats-all": "/stats?view=all", "trends": "/trends?agency=" + AGENCY,
            "compare": f"/compare?id={rows[0]['report_id']}&id={rows[1]['report_id']}", "quality": "/quality",
            "agencies": "/agencies", "agencies-place": "/agencies?place=640000",
            "agency": "/agencies/" + urllib.parse.quote(rows[0]["agency_id"])}


APPEND = """url => document.querySelectorAll('main p')
  .forEach(p => getComputedStyle(p).display === 'flex' || p.append(' ' + url))"""
# Absolutely positioned content (visually hidden text) is clipped by a scroll container only when
# the container is its containing block; otherwise it widens the page wherever its cell sits.
ESCAPES = """() => [...document.querySelectorAll('.table-wrap *')]
  .filter(e => getComputedStyle(e).position === 'absolute' && !e.closest('.table-wrap').contains(e.offsetParent))
  .map(e => e.tagName + '.' + e.className)"""


def test_every_page_fits_the_window(server, browser):
    page = browser.new_page(viewport={"width": WIDTHS[0], "height": 900})
    wide = {}
    for name, path in pages(server).items():
        response = page.goto(server + path)
        assert response.status == 200, path
        # Every paragraph of text (not a bar of links) given a long address, as real reports have.
        page.evaluate(APPEND, LONG_URL)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            escapes = page.evaluate(ESCAPES)
            if scroll_width > width or escapes:
                wide[(name, width)] = (scroll_width, escapes[:3])
    page.close()
    assert wide == {}


# Every table wider than its box, scrolled to its far right: the cells naming its rows (row headers and
# .lead, a report table's first column of words) and the heading above them must still be in the box.
SCROLLED = """() => [...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).map(w => {
  w.scrollLeft = w.scrollWidth;
  const box = w.getBoundingClientRect();
  const names = [...w.querySelectorAll('tbody th[scope=row], .lead')];
  return {names: names.length, out: names.filter(c => c.getBoundingClientRect().left < box.left - 1)
                                       .map(c => c.textContent.trim().slice(0, 12))};
})"""


def test_wide_tables_keep_their_row_names_in_view_on_a_phone(server, browser):
    with urllib.request.urlopen(server + "/api/search?per_page=50&sort=newest") as response:
        reports = list(dict.fromkeys(h["report_id"] for h in json.load(response)["hits"]))
    paths = [f"/reports/{r}" for r in reports] + ["/stats", "/compare?" + "&".join(f"id={r}" for r in reports[:4])]
    page = browser.new_page(viewport={"width": 390, "height": 900}, java_script_enabled=False)  # CSS alone
    scrolled, lost = {}, {}
    for path in paths:
        assert page.goto(server + path).status == 200, path
        tables = page.evaluate(SCROLLED)
        # A table whose first column is figures (a part-four table copied from a PDF) names no rows.
        scrolled[path] = sum(1 for t in tables if t["names"])
        lost.update({(path, i): t["out"][:3] for i, t in enumerate(tables) if t["out"]})
    page.close()
    # It checks something: the statistics table, four reports compared and some report's own table, each
    # naming its rows, scroll.
    assert scrolled["/stats"] and scrolled[paths[-1]] and any(scrolled[f"/reports/{r}"] for r in reports)
    assert lost == {}
