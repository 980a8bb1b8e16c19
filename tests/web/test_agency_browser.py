"""The agency pages in a real browser: from a report to its body's page, the charts drawn with the
body's numbers, the checks between years and the comparison they link to, the feed the page
advertises; /agencies browsed by place with htmx, Back and Forward, and the name box. Screenshots
go to screenshots/ (look at them)."""
from __future__ import annotations

import urllib.parse

import pytest

from tests.stats_corpus import AGENCY
from tests.web.browser import open_page, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(derived_server):
    """The samples and 吴忠市民政局 2021-2023 (tests/stats_corpus.py): one body over three years."""
    return derived_server


def test_from_a_report_to_its_body_s_page_and_on(browser, server):
    page, errors = open_page(browser, f"{server}/?agency={urllib.parse.quote(AGENCY)}&sort=oldest")
    page.locator("ol.hit-list h3 a").first.click()
    page.wait_for_url(lambda url: "/reports/" in url)
    page.click("a.agency-link")
    page.wait_for_url(lambda url: "/agencies/" in url)
    assert page.locator("h1").inner_text() == AGENCY
    assert page.locator("#agency-reports tbody tr").count() == 3
    chart = page.locator("svg[data-figure=requests_new]")
    assert chart.is_visible() and chart.bounding_box()["width"] > 250
    assert chart.locator("text.value").all_text_contents() == ["1", "5", "8"]
    heights = [r.bounding_box()["height"] for r in chart.locator("rect.bar").all()]
    assert heights[0] < heights[1] < heights[2]
    steps = page.locator("ul.continuity-steps > li")
    assert [s.get_attribute("class") for s in steps.all()] == ["step step-ok", "step step-issues"]
    assert "2 项不符" in steps.nth(1).inner_text()
    feed = page.locator("head link[rel=alternate][type='application/atom+xml']").get_attribute("href")
    assert page.locator("a.feed-link").get_attribute("href") == feed
    response = page.request.get(server + feed)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    assert response.text().count("<entry>") == 3
    shot(page, "agency")

    steps.nth(1).locator("a:text('比较这两份报告')").click()
    page.wait_for_url(lambda url: "/compare?" in url)
    page.wait_for_selector("section#part-3 tr.differs")
    page.go_back()
    page.wait_for_url(lambda url: "/agencies/" in url)
    assert page.locator("h1").inner_text() == AGENCY
    assert not errors, errors


def test_browsing_by_place_swaps_the_list_and_history_works(browser, server):
    page, errors = open_page(browser, f"{server}/agencies")
    page.evaluate("window.__noReload = true")
    page.click(".facet-place a:has-text('宁夏回族自治区')")
    page.wait_for_url(lambda url: "place=640000" in url)
    page.wait_for_selector(".trail a.selected:text('宁夏回族自治区')")
    page.click(".facet-place a:has-text('吴忠市')")
    page.wait_for_url(lambda url: "place=640300" in url)
    page.wait_for_selector(f".agency-item h3 a:text-is('{AGENCY}')")
    assert page.evaluate("window.__noReload") is True  # htmx swapped the list only
    assert page.title().startswith("机构 · 吴忠市")
    names = page.locator(".agency-item h3 a").all_inner_texts()
    assert AGENCY in names and all("吴忠" in n or "青铜峡" in n or "利通" in n for n in names)
    shot(page, "agencies-place")
    page.go_back()
    page.wait_for_url(lambda url: "place=640000" in url and "640300" not in url)
    page.wait_for_selector(".trail a.selected:text('宁夏回族自治区')")
    page.go_forward()
    page.wait_for_url(lambda url: "place=640300" in url)
    page.wait_for_selector(".trail a.selected:text('吴忠市')")
    page.fill("#agency-name", "民政")
    page.wait_for_url(lambda url: "name=" in url)
    page.wait_for_selector(".result-head:has-text('共')")
    assert all("民政" in n for n in page.locator(".agency-item h3 a").all_inner_texts())
    # The name box kept the chosen place: the list is 吴忠市's civil-affairs bodies.
    assert "place=640300" in page.url
    assert not errors, errors


def test_agencies_work_without_javascript(browser, server):
    page, errors = open_page(browser, f"{server}/agencies", java_script_enabled=False)
    page.click(".facet-place a:has-text('宁夏回族自治区')")
    page.wait_for_url(lambda url: "place=640000" in url)
    page.fill("#agency-name", "吴忠")
    page.click("#agency-form button[type=submit]")
    page.wait_for_url(lambda url: "name=" in url and "place=640000" in url)
    assert AGENCY in page.locator(".agency-item h3 a").all_inner_texts()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server}/agencies/{urllib.parse.quote('640300:民政局')}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "agency-phone")
    assert not errors, errors
