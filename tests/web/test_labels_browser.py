"""Short labels are words: a browser never folds one over two lines (来源文 / 件, 趋 / 势), at a
desktop width or on a phone."""
from __future__ import annotations

import urllib.parse

import pytest

from tests.web.browser import shot

pytestmark = pytest.mark.browser

# The texts of the elements matched by a selector whose text runs over more than one line.
FOLDED = """sel => [...document.querySelectorAll(sel)].filter(e => {
  const r = document.createRange(); r.selectNodeContents(e);
  return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size > 1;
}).map(e => e.textContent.trim())"""
# Real names run longer than the test corpus's: the first text of each matched element made one.
LENGTHEN = """([sel, text]) => document.querySelectorAll(sel).forEach(e => { e.firstChild.textContent = text; })"""
LONG_AGENCY = "淮安市洪泽区人民政府办公室政务公开科"
LONG_SOURCE = "002_eebf944336d263cb_淮安市洪泽区人民政府2024年政府信息公开工作年度报告.pdf"


@pytest.mark.parametrize("width", [1280, 390])
def test_labels_stay_on_one_line(derived_server, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(derived_server + "/stats")
    assert page.locator(".trend-link").count() > 1
    report = page.locator("#stats-table tbody th.agency > a:first-child").first.get_attribute("href")
    folded = {"stats": []}
    # Names of every length up to a line and a half: one of them leaves a single character's room.
    for n in range(6, 19):
        page.evaluate(LENGTHEN, ["#stats-table tbody th.agency > a:first-child", LONG_AGENCY[:n]])
        folded["stats"] += page.evaluate(FOLDED, "#stats-table .trend-link")
    shot(page, f"labels-stats-{width}", full_page=False)
    page.goto(derived_server + urllib.parse.unquote(report))
    assert page.locator(".facts dt").count() >= 5
    page.evaluate(LENGTHEN, [".facts div:last-child dd", LONG_SOURCE])
    folded["report"] = page.evaluate(FOLDED, ".facts dt")
    shot(page, f"labels-report-{width}", full_page=False)
    page.close()
    assert folded == {"stats": [], "report": []}
