"""In a real browser: after an htmx swap the keyboard focus is never left on <body> (/stats' sort links and tabs,
/agencies' region links, /trends' 更新图表, the search page's 应用 buttons); a live search then Enter adds one
history entry; without JavaScript a phone shows the results before the filters (a new user's review, session 29)."""
from __future__ import annotations

import pytest

from tests.conftest import other_bodies, written
from tests.web.browser import playwright, serve, shot

pytestmark = pytest.mark.browser


@pytest.fixture()
def expect():
    return playwright().expect


def _press(page, selector: str) -> None:
    """Focus a control and press Enter on it, as a keyboard user would."""
    page.locator(selector).first.focus()
    page.keyboard.press("Enter")


def _focused(page) -> str:
    return page.evaluate("document.activeElement.tagName + '#' + document.activeElement.id")


def test_focus_goes_to_the_swapped_summary_not_to_the_body(browser, derived_server, expect):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(derived_server + "/stats")
    _press(page, "thead th a[href*='by=year']")
    page.wait_for_url(lambda url: "by=year" in url)
    expect(page.locator("#sort-year")).to_be_focused()  # the header sorted by, again (QA 36 #11), not the summary
    _press(page, "#sort-year")  # and again, the other way
    page.wait_for_url(lambda url: "dir=asc" in url)
    expect(page.locator("#sort-year")).to_be_focused()
    _press(page, "a.view[href*='view=']:not(.current)")
    page.wait_for_url(lambda url: "view=" in url)
    expect(page.locator("#stats-summary")).to_be_focused()

    page.goto(derived_server + "/agencies")
    _press(page, "#agency-filters .facet-place a[href*='place=']")
    page.wait_for_url(lambda url: "place=" in url)
    expect(page.locator("#agency-count")).to_be_focused()

    page.goto(derived_server + "/trends")
    page.locator(".figure-picker input[type=checkbox]").first.click()  # a figure more or less, then 更新图表
    _press(page, ".figure-picker button")
    page.wait_for_url(lambda url: "fig=" in url)
    expect(page.locator("#trends .charts")).to_be_focused()

    for field, apply in (("#year_from", "fieldset.range button.apply"), ("#min_requests_new", "details.ranges > button.apply")):
        page.goto(derived_server + "/?q=政府信息公开")
        if field.startswith("#min"):
            page.locator("details.ranges > summary").click()
        page.fill(field, "2020" if field == "#year_from" else "1")
        _press(page, apply)  # the form stays, the focused button goes with the swap
        page.wait_for_url(lambda url: "year_from=" in url or "min_requests_new=" in url)
        expect(page.locator("#result-count")).to_be_focused()
    page.close()


def test_live_search_then_enter_adds_one_history_entry(browser, derived_server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(derived_server + "/")
    before = page.evaluate("history.length")
    page.locator("#q").type("低保", delay=30)
    page.wait_for_url(lambda url: "q=" in url)
    page.wait_for_timeout(600)  # the live search has swapped and pushed its URL
    assert page.evaluate("history.length") == before + 1
    page.keyboard.press("Enter")
    page.wait_for_timeout(800)
    assert page.evaluate("history.length") == before + 1
    page.go_back()
    page.wait_for_url(lambda url: "q=" not in url)  # the first Back leaves the search
    page.close()


def test_without_javascript_a_phone_shows_the_results_first(browser, derived_server, expect):
    for width, panel_closed in ((390, True), (1280, False)):
        context = browser.new_context(viewport={"width": width, "height": 844}, java_script_enabled=False)
        page = context.new_page()
        page.goto(derived_server + "/?q=低保")
        year = page.locator(".facet-year a").first
        count = page.locator("#result-count").bounding_box()["y"]
        if panel_closed:
            expect(year).to_be_hidden()
            assert count < 400, count  # at once under the search box and the folded 筛选
            shot(page, "nojs-phone-results-first", full_page=False)
        else:
            expect(year).to_be_visible()  # a wide window shows the sidebar without the script
            expect(page.locator("#filter-panel > summary")).to_be_hidden()
        context.close()


def test_a_toggled_value_keeps_the_focus_and_the_panel_it_was_in_stays_open(browser, derived_server, expect):
    """QA 33 #5: an unticked value that went back into a closed 更多 list left the focus on the count (the page jumped
    to the top), and every click in /stats' 筛选 closed the panel."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(derived_server + "/stats")
    page.locator("#stats-filters > summary").click()
    link = page.locator("#stats-filters a[id^='sf-']:not(.selected)").nth(1)
    value = link.get_attribute("id")
    _press(page, f"[id='{value}']")
    page.wait_for_url(lambda url: "/stats?" in url)
    expect(page.locator("#stats-filters")).to_have_attribute("open", "")
    assert _focused(page) == f"A#{value}"
    shot(page, "stats-filter-kept-open", full_page=False)

    page.close()


_RING_INSIDE = """(id) => {
  const a = document.getElementById(id), list = a.closest("ul"), style = getComputedStyle(a);
  const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const r = a.getBoundingClientRect(), u = list.getBoundingClientRect();
  return r.left - ring >= u.left - 0.5 && r.right + ring <= u.right + 0.5 && r.bottom + ring <= u.bottom + 0.5;
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_stats_filters_keep_the_focus_ring_in_sight_and_stay_open_after_back(browser, derived_server, expect, width):
    """QA 36 #11: the facet list's overflow clipped the focus ring of its last value (only its top line showed at
    390 px); QA 35 #8: Back after a boosted swap restored /stats with 筛选 closed."""
    page = browser.new_page(viewport={"width": width, "height": 844})
    page.goto(derived_server + "/stats")
    page.locator("#stats-filters > summary").click()
    value = page.locator(".facet-grid section.facet ul > li:last-child > a").last.get_attribute("id")
    _press(page, f"[id='{value}']")
    page.wait_for_url(lambda url: "/stats?" in url)
    page.wait_for_timeout(300)  # settled
    assert _focused(page) == f"A#{value}"
    page.locator(f"[id='{value}']").scroll_into_view_if_needed()
    assert page.evaluate(_RING_INSIDE, value)
    shot(page, f"stats-filter-ring-{width}", full_page=False)
    page.go_back()
    page.wait_for_url(lambda url: url.endswith("/stats"))
    expect(page.locator("#stats-filters")).to_have_attribute("open", "")
    page.go_forward()
    page.wait_for_url(lambda url: "/stats?" in url)
    expect(page.locator("#stats-filters")).to_have_attribute("open", "")
    page.close()


@pytest.fixture(scope="module")
def many_bodies(indexes):
    """Twenty made-up township governments: the agency facet lists 8 and folds the rest under 更多."""
    with serve(indexes.app("swap-more", written(other_bodies(20)))) as url:
        yield url


def test_an_unticked_value_back_under_a_closed_more_keeps_the_focus(browser, many_bodies, expect):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(many_bodies + "/?q=" + "政府信息公开")
    more = page.locator("details.more[id='more-agency']")
    more.locator("summary").click()
    item = more.locator("a[id^='f-']").last
    value = item.get_attribute("id")
    _press(page, f"[id='{value}']")  # ticked: it moves up among the chosen values
    page.wait_for_url(lambda url: "agency=" in url)
    _press(page, f"[id='{value}']")  # unticked: back under a 更多 the server sends closed
    page.wait_for_url(lambda url: "agency=" not in url)
    page.wait_for_timeout(300)  # settled
    assert _focused(page) == f"A#{value}"
    expect(page.locator(f"[id='{value}']")).to_be_visible()
    expect(more).to_have_attribute("open", "")
    shot(page, "unticked-under-more-focused", full_page=False)
    page.close()


_STALE = """([should, cancel]) => {
  const panel = document.getElementById("stats-filters");
  panel.open = true;
  const event = new CustomEvent("htmx:beforeSwap", {bubbles: true, cancelable: true,
                                                     detail: {shouldSwap: should, target: document.body}});
  if (cancel) event.preventDefault();
  document.body.dispatchEvent(event);
  document.body.dispatchEvent(new CustomEvent("htmx:afterRequest", {bubbles: true, detail: {}}));
  panel.open = false;  // the user closes it; later an unrelated swap settles
  document.body.dispatchEvent(new CustomEvent("htmx:afterSettle", {bubbles: true, detail: {target: document.body}}));
  return panel.open;
}"""


@pytest.mark.parametrize("should, cancel", [(False, False), (True, True)])
def test_the_state_of_a_swap_that_never_happens_is_not_applied_to_the_next(browser, derived_server, should, cancel):
    """rev33 #10: a response htmx does not swap (an error status) or a swap a listener cancels left its saved state to
    the next unrelated settle, which reopened a panel the user had closed since."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(derived_server + "/stats")
    assert page.evaluate(_STALE, [should, cancel]) is False
    page.close()


_IN_BOX = """(id) => {
  const a = document.getElementById(id), wrap = a.closest(".table-wrap"), th = a.closest("th");
  const names = wrap.querySelector("tbody th[scope=row]");
  const box = wrap.getBoundingClientRect(), r = a.getBoundingClientRect();
  const left = names ? names.getBoundingClientRect().right : box.left;
  return r.left >= left - 1 && r.right <= box.left + wrap.clientWidth + 1 && getComputedStyle(th).visibility === "visible"
    && getComputedStyle(th).opacity === "1";
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("script", [True, False], ids=["js", "no-js"])
def test_a_keyboard_sort_keeps_its_header_in_view(browser, derived_server, width, script):
    """QA 38 #3: at 390 px a header sorted by Enter lay off screen after the swap (its box scrolled back to the start),
    and a header cut by the box's edge was blanked with its figures (by the script, or without it by CSS), so Tab
    skipped it. Without JavaScript a sort loads a new page, which opens at the box's start."""
    page = browser.new_page(viewport={"width": width, "height": 844}, java_script_enabled=script)
    page.goto(derived_server + "/stats")
    headers = page.eval_on_selector_all("thead th a[id^='sort-']", "links => links.map(a => a.id)")
    page.locator(f"#{headers[0]}").focus()
    reached = [headers[0]]
    for _ in headers[1:]:
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id"))
    assert reached == headers  # every header, the one the box's edge cuts too
    last = headers[-1]
    assert page.evaluate(_IN_BOX, last)  # Tab scrolled it into view
    if not script:
        return page.close()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: f"by={last.removeprefix('sort-')}" in url)
    page.wait_for_timeout(300)  # settled, the boxes fitted
    assert _focused(page) == f"A#{last}"
    assert page.evaluate(_IN_BOX, last)
    shot(page, f"stats-sort-kept-{width}", full_page=False)
    page.close()


THREE_NOTES = "/?q=民政 OR -低保 鸵鸟&year=abc"  # OR beside an exclusion, a word no report uses, a bad year


@pytest.mark.parametrize("script", [True, False], ids=["js", "no-js"])
def test_a_search_s_notes_are_one_box_and_leave_the_first_hit_in_view_on_a_phone(browser, derived_server, script):
    """QA 38 #11, QA 39 #7: three notes stacked in three boxes pushed the list down a third of a phone's screen."""
    page = browser.new_page(viewport={"width": 390, "height": 844}, java_script_enabled=script)
    page.goto(derived_server + THREE_NOTES)
    assert page.locator(".notices").count() == 1 and page.locator(".notices > p.notice").count() >= 3
    box = page.locator(".notices").bounding_box()
    first = page.locator("#results h3").first.bounding_box()
    assert first["y"] + first["height"] < 844, (box, first)  # the first hit's title on the first screen
    shot(page, f"notes-390-{'js' if script else 'nojs'}", full_page=False)
    page.close()
