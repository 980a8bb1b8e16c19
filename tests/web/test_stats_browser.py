"""The statistics pages in a real browser: sorting with and without JavaScript, choosing reports to
compare, the trend charts; screenshots of each go to screenshots/ (look at them)."""
from __future__ import annotations

import pytest

from search.retrieval.suggest import name_key
from tests.stats_corpus import AGENCY
from tests.web.browser import open_page, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(derived_server):
    return derived_server


def first_agencies(page, n=3):
    return [t.strip() for t in page.locator("#stats-table tbody th.agency > a:first-child").all_inner_texts()[:n]]


def test_stats_table_sorts_in_place_and_compares_chosen_reports(browser, server):
    page, errors = open_page(browser, server + "/stats")
    assert page.locator("#stats-table tbody tr").count() == 8
    shot(page, "stats")
    page.evaluate("window.__noReload = true")
    page.click("#stats-table thead th a:text-is('机构')")
    page.wait_for_url(lambda url: "by=agency" in url)
    page.wait_for_selector("th[aria-sort] a:text-is('机构')")
    assert page.evaluate("window.__noReload") is True  # htmx swapped the table only
    names = first_agencies(page, 8)
    assert names == sorted(names, key=name_key)  # text columns start ascending (by pinyin), numbers largest first
    assert page.locator("th[aria-sort='ascending'] a:text-is('机构')").count() == 1
    page.go_back()
    page.wait_for_url(lambda url: "by=agency" not in url)
    page.wait_for_selector("th[aria-sort] a:text-is('本年新收申请')")

    boxes = page.locator(f"#stats-table tbody tr:has(th.agency a:text-is('{AGENCY}')) input[name=id]")
    assert boxes.count() == 3
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.click("button:text('比较所选报告')")
    page.wait_for_url(lambda url: "/compare?" in url)
    page.wait_for_selector("section#part-3 tr.differs")
    assert page.locator("section#part-3 .change").count() > 0
    page.locator("section#part-1 details summary").first.click()
    assert page.locator("section#part-1 mark.shared").first.is_visible()
    shot(page, "compare")
    assert not errors, errors


def test_stats_sorts_without_javascript(browser, server):
    page, errors = open_page(browser, server + "/stats?view=proactive", java_script_enabled=False)
    page.click("#stats-table thead th a:text-is('行政许可决定')")
    page.wait_for_url(lambda url: "by=licensing_decisions" in url)
    values = page.locator("#stats-table tbody tr td:nth-child(12)").all_inner_texts()
    assert values  # the column is there and the page reloaded sorted
    assert page.locator("th[aria-sort='descending'] a:text-is('行政许可决定')").count() == 1
    assert not errors, errors


def test_trend_charts_render_with_their_numbers(browser, server):
    page, errors = open_page(browser, f"{server}/trends?agency={AGENCY}")
    chart = page.locator("svg[data-figure=requests_new]")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 250 and box["height"] > 120
    assert chart.locator("rect.bar").count() == 3
    assert chart.locator("text.value").all_text_contents() == ["1", "5", "8"]
    heights = [b["height"] for b in (r.bounding_box() for r in chart.locator("rect.bar").all())]
    assert heights[0] < heights[1] < heights[2]
    shot(page, "trend-agency")
    page.uncheck("input[name=fig][value=licensing_decisions]")
    page.check("input[name=fig][value=litigation_total]")
    page.click("button:text('更新图表')")
    page.wait_for_url(lambda url: "fig=litigation_total" in url)
    assert page.locator("svg[data-figure=licensing_decisions]").count() == 0
    assert not errors, errors


def test_quality_page_screenshot(browser, server):
    page, errors = open_page(browser, server + "/quality")
    assert page.locator("#similar article").count() == 6
    shot(page, "quality")
    assert not errors, errors


def test_filters_survive_a_new_query(browser, server):
    page, errors = open_page(browser, server + "/stats")
    page.click("details.stats-filters summary")
    page.click(".facet-grid a:has-text('2021 年')")
    page.wait_for_url(lambda url: "year=2021" in url)
    page.wait_for_selector("details.stats-filters summary:has-text('已选 2021 年')")
    page.fill("#q", "民政")
    page.click("#stats-form button[type=submit]")
    page.wait_for_url(lambda url: "q=" in url and "year=2021" in url)
    page.wait_for_selector("#stats-summary:has-text('民政')")
    years = page.locator("#stats-table tbody tr td:nth-child(3)").all_inner_texts()
    assert years and set(years) == {"2021"}
    assert not errors, errors
