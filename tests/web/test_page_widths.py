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


# Every figure cell of every table box, at the box's start and scrolled to a third and two thirds of its width: a
# cell the box's right edge or the row names kept on its left cut must show no digit (QA 31 #3, #6: 3,119 read 3,11),
# with JavaScript or without.
SCROLL = """share => document.querySelectorAll('.table-wrap')
  .forEach(w => { w.scrollLeft = (w.scrollWidth - w.clientWidth) * share; })"""
# Read after the frames that follow the scroll (waited for from Python: without JavaScript no frame callback runs).
CLIPPED = """() => {
  const out = [];
  for (const w of document.querySelectorAll('.table-wrap')) {
    const box = w.getBoundingClientRect();
    let left = box.left + w.clientLeft;
    const right = left + w.clientWidth;
    const names = w.querySelector('tbody th[scope=row], td.lead');
    if (names && getComputedStyle(names).position === 'sticky') left = Math.max(left, names.getBoundingClientRect().right);
    for (const c of w.querySelectorAll('.num')) {
      const r = c.getBoundingClientRect();
      const cut = (r.left < right - 1 && r.right > right + 1) || (r.left < left - 1 && r.right > left + 1);
      const style = getComputedStyle(c);  // a cut heading is transparent, to stay in the keyboard's reach (QA 38 #3)
      if (cut && /\\d/.test(c.textContent) && style.visibility !== 'hidden' && style.opacity > 0.05) out.push(c.textContent.trim());
    }
  }
  const scrolled = [...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).length;
  return {cues: document.querySelectorAll('.scroll-cue').length, cut: out.slice(0, 5), scrolled};
}"""


def clipped(page) -> dict:
    """CLIPPED at each box's start and scrolled to a third and two thirds of its width, the cut figures of all three."""
    found = {"cut": []}
    for share in (0, 1 / 3, 2 / 3):
        page.evaluate(SCROLL, share)
        page.wait_for_timeout(120)
        seen = page.evaluate(CLIPPED)
        found = {**seen, "cut": found["cut"] + seen["cut"]}
    return found


@pytest.mark.parametrize("script", [True, False])
@pytest.mark.parametrize("width", [390, 480, 1280])
def test_no_figure_is_shown_cut_by_a_table_box(server, browser, width, script):
    """With JavaScript nianbao.js blanks a cut figure; without it, CSS does (view timelines, session 32)."""
    with urllib.request.urlopen(server + "/api/search?per_page=50&sort=newest") as response:
        reports = list(dict.fromkeys(h["report_id"] for h in json.load(response)["hits"]))
    paths = [f"/reports/{r}" for r in reports[:6]] + ["/stats", "/stats?view=all",
                                                     "/compare?" + "&".join(f"id={r}" for r in reports[:4])]
    page = browser.new_page(viewport={"width": width, "height": 900}, java_script_enabled=script)
    found = {}
    for path in paths:
        assert page.goto(server + path).status == 200, path
        found[path] = clipped(page)
    page.close()
    assert {p: f["cut"] for p, f in found.items() if f["cut"]} == {}
    assert found["/stats"]["scrolled"] >= 1  # it checks something: /stats' table scrolls at either width
    if script:
        assert found["/stats"]["cues"] >= 1  # the table that scrolls says so


def test_a_report_page_links_its_wide_tables_to_their_figures_as_a_list(server, browser):
    with urllib.request.urlopen(server + "/api/search?per_page=50&sort=newest") as response:
        reports = list(dict.fromkeys(h["report_id"] for h in json.load(response)["hits"]))
    page = browser.new_page(viewport={"width": 390, "height": 900}, java_script_enabled=False)
    linked = 0
    for report in reports[:6]:
        assert page.goto(f"{server}/reports/{report}").status == 200
        for link in page.locator("section.part .figures-link a").all():
            target = link.get_attribute("href")
            assert page.locator(f"aside.side {target}").count() == 1, (report, target)
            linked += 1
    page.close()
    assert linked


def test_the_typing_hint_shows_only_where_typing_searches(server, browser):
    """QA 31 #9: without JavaScript the hint said 输入时自动搜索, and typing searched nothing until 搜索."""
    for script in (True, False):
        page = browser.new_page(viewport={"width": 390, "height": 900}, java_script_enabled=script)
        assert page.goto(server + "/?q=低保").status == 200
        assert ("输入时自动搜索" in page.locator("#search-hint").inner_text()) is script
        page.close()
