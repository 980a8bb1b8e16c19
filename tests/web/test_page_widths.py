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
