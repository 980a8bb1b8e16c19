"""In a real browser (Debian's Chromium driven by Playwright): htmx search, facets, Back, no-JS, phone."""
from __future__ import annotations

import re

import pytest

from tests.web.browser import playwright, serve, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(app):
    with serve(app) as url:
        yield url


@pytest.fixture()
def expect():
    return playwright().expect


def watch_requests(page, server):
    """Every URL the page asks for, to check that nothing leaves the app."""
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def mark_document(page):
    """Tag the current document: the tag survives htmx swaps but not a page load."""
    page.evaluate("window.__noReload = true")


def same_document(page) -> bool:
    return page.evaluate("window.__noReload === true")


# Contrast of every visible text against its effective background (WCAG 2 relative luminance).
CONTRAST_JS = """() => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = el => { let layers = [];
    for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    let out = [255, 255, 255];
    for (const c of layers.reverse()) out = out.map((v, i) => v * (1 - c[3]) + c[i] * c[3]);
    return out; };
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.nodeValue.trim() || seen.has(el)) continue;
    seen.add(el);
    const style = getComputedStyle(el), rect = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || rect.width === 0 || rect.height === 0 || el.closest('[hidden]')) continue;
    let opacity = 1; for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    if (opacity < 0.05) continue;  // invisible until hovered or focused, then fully opaque
    const fgc = parse(style.color), bg = background(el);
    const fg = fgc.slice(0, 3).map((v, i) => v * fgc[3] * opacity + bg[i] * (1 - fgc[3] * opacity));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className}: ${node.nodeValue.trim().slice(0, 20)}`);
  }
  return bad;
}"""


def test_typing_searches_without_reload_and_facets_narrow(browser, server, expect):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = watch_requests(page, server)
    page.goto(server + "/")
    mark_document(page)
    page.fill("#q", "低保")
    page.wait_for_url(lambda url: "q=" in url)
    page.wait_for_selector("#results mark")
    assert same_document(page)  # htmx swapped the results
    assert "q=%E4%BD%8E%E4%BF%9D" in page.url
    before = page.locator(".hit").count()
    expect(page.locator("#result-count")).to_contain_text(f"共 {before} 份报告")
    shot(page, "search-dibao")

    page.click(".facets a:has-text('海盐县民政局')")
    page.wait_for_url(lambda url: "agency=" in url)
    page.wait_for_selector(".chip")
    assert same_document(page)
    assert page.locator(".hit").count() < before
    assert all("海盐县民政局" in t for t in page.locator(".hit h3").all_inner_texts())
    shot(page, "search-facet")

    page.go_back()
    page.wait_for_url(lambda url: "agency=" not in url)
    expect(page.locator(".hit")).to_have_count(before)  # restored from the server
    expect(page.locator(".chip")).to_have_count(0)
    assert all(url.startswith(server) for url in requests), [u for u in requests if not u.startswith(server)]
    page.close()


def test_two_facets_and_a_range_then_back_and_forward(browser, server, expect):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/?q=信息公开")
    mark_document(page)
    # htmx marks the indicator while a request runs: record that it did.
    page.evaluate("""() => { const el = document.getElementById('loading');
        new MutationObserver(() => { if (el.classList.contains('htmx-request')) window.__sawLoading = true; })
          .observe(el, {attributes: true}); }""")
    page.click(".facet-province a:has-text('宁夏回族自治区')")
    page.wait_for_url(lambda url: "province=" in url)
    assert page.evaluate("window.__sawLoading === true")
    page.click(".facet-province .children a:has-text('中卫市')")  # the drill-down under the province
    page.wait_for_url(lambda url: "city=" in url)
    expect(page.locator(".hit")).to_have_count(2)

    page.click("summary:has-text('按数值范围筛选')")
    page.fill("#min_requests_new", "1")
    page.press("#min_requests_new", "Enter")
    page.wait_for_url(lambda url: "min_requests_new=1" in url)
    expect(page.locator(".chip")).to_have_count(3)
    expect(page.locator(".hit")).to_have_count(1)
    assert same_document(page)
    assert "max_" not in page.url and "year_from" not in page.url  # the server's short URL was pushed
    expect(page.locator(".chip").nth(2)).to_contain_text("本年新收申请 ≥ 1")
    shot(page, "search-two-facets-range")

    page.go_back()
    page.wait_for_url(lambda url: "min_requests_new" not in url and "city=" in url)
    expect(page.locator(".chip")).to_have_count(2)
    expect(page.locator(".hit")).to_have_count(2)
    page.go_back()
    page.wait_for_url(lambda url: "city=" not in url and "province=" in url)
    expect(page.locator(".chip")).to_have_count(1)
    page.go_forward()
    page.wait_for_url(lambda url: "city=" in url)
    expect(page.locator(".chip")).to_have_count(2)
    expect(page.locator("#q")).to_have_value("信息公开")

    # The year range, then removing a chip and clearing all.
    page.fill("#year_from", "2020")
    page.click(".facet-year button.apply")
    page.wait_for_url(lambda url: "year_from=2020" in url)
    expect(page.locator(".chip", has_text="2020 年及以后")).to_have_count(1)
    page.click(".chip:has-text('中卫市')")
    page.wait_for_url(lambda url: "city=" not in url)
    page.click("a.clear")
    page.wait_for_url(lambda url: "province=" not in url and "year_from" not in url)
    expect(page.locator(".chip")).to_have_count(0)
    expect(page.locator("#q")).to_have_value("信息公开")
    assert same_document(page)
    page.close()


def test_empty_state_and_pasted_link(browser, server, expect):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/?q=低保&year=2019&province=浙江省")  # a pasted link: the server renders it whole
    expect(page.locator(".empty")).to_contain_text("没有找到与“低保”相关的报告")
    expect(page.locator(".chip")).to_have_count(2)
    shot(page, "search-empty", full_page=False)
    mark_document(page)
    page.click(".empty a:has-text('地区：浙江省')")
    page.wait_for_url(lambda url: "province=" not in url)
    expect(page.locator(".hit")).to_have_count(1)
    assert same_document(page)
    page.close()


def test_result_opens_report_at_section_with_highlights(browser, server, expect):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.goto(server + "/?q=低保")
    href = page.locator(".hit h3 a").first.get_attribute("href")
    page.click(".hit h3 a >> nth=0")
    page.wait_for_load_state()
    anchor = href.split("#")[1]
    assert page.url.endswith("#" + anchor)
    assert page.locator(f"#{anchor} mark.hit").count() > 0
    top = page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top")
    assert 0 <= top < 200  # scrolled to the section
    shot(page, "report-section", full_page=False)

    # Next match: the first highlight below the section's top, then on.
    total = page.locator(".report-body mark.hit").count()
    page.click(".match-next")
    expect(page.locator(".match-pos")).to_have_text(re.compile(rf"第 \d+ / {total} 处"))
    first = page.locator("mark.hit.current")
    expect(first).to_have_count(1)
    assert first.evaluate(f"m => !!m.closest('#{anchor}')")  # the match is in the section we landed on
    position = page.locator(".match-pos").inner_text()
    page.keyboard.press("n")  # the same from the keyboard
    expect(page.locator(".match-pos")).not_to_have_text(position)
    shot(page, "report-next-match", full_page=False)

    # Copy a heading's link: the button (shown by the script) puts the full URL on the clipboard.
    page.locator(f"#{anchor} h2 a.anchor").focus()
    page.keyboard.press("Tab")
    button = page.locator(f"#{anchor} h2 button.copy-link")
    expect(button).to_be_focused()
    expect(button).to_be_visible()
    page.keyboard.press("Enter")
    expect(button).to_have_text(re.compile("已复制"))
    assert page.evaluate("navigator.clipboard.readText()").endswith(f"?q=%E4%BD%8E%E4%BF%9D#{anchor}")
    # Opened from a sorted list, the copy still carries the words alone (rev34 #6): no list the reader never saw.
    report = page.url.split("?")[0]
    page.goto(f"{report}?q=低保&sort=oldest&year=2020#{anchor}")
    page.locator(f"#{anchor} h2 a.anchor").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(button).to_have_text(re.compile("已复制"))
    assert page.evaluate("navigator.clipboard.readText()") == f"{report}?q=%E4%BD%8E%E4%BF%9D#{anchor}"
    context.close()


def test_without_javascript(browser, server, expect):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/")
    page.fill("#q", "低保")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=*")
    assert page.url == server + "/?q=%E4%BD%8E%E4%BF%9D"  # the empty fields were dropped by a redirect
    assert page.locator(".hit mark").count() > 0
    page.click(".facets a:has-text('2020 年')")
    page.wait_for_url("**year=2020*")
    assert all("2020" in t for t in page.locator(".hit h3").all_inner_texts())
    page.click(".facets a:has-text('宁夏回族自治区')")
    page.wait_for_url("**province=*")
    page.click("summary:has-text('按数值范围筛选')")
    page.fill("#min_requests_new", "1")
    page.click(".ranges button.apply")
    page.wait_for_url("**min_requests_new=1*")
    expect(page.locator(".chip")).to_have_count(3)
    assert "year=2020" in page.url and "q=%E4%BD%8E%E4%BF%9D" in page.url
    expect(page.locator(".copy-link").first).to_be_hidden()
    shot(page, "nojs-facets-range")

    href = page.locator(".hit h3 a").first.get_attribute("href")
    page.click(".hit h3 a >> nth=0")
    page.wait_for_load_state()
    anchor = href.split("#")[1]
    assert page.locator(f"#{anchor} mark.hit").count() > 0
    top = page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top")
    assert 0 <= top < 200
    expect(page.locator(".match-nav")).to_be_hidden()  # needs the script; the contents list counts instead
    expect(page.locator(".toc-hits").first).to_be_visible()
    expect(page.locator(".copy-link").first).to_be_hidden()
    expect(page.locator(f"#{anchor} a.anchor").first).to_be_visible()
    shot(page, "nojs-report", full_page=False)
    context.close()


def test_phone_width(browser, server, expect):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(server + "/?q=低保")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    panel = page.locator("#filter-panel")
    expect(panel).not_to_have_attribute("open", "")  # folded on a phone, results first
    shot(page, "phone-search")
    page.click("#filter-panel > summary")
    page.click(".facets a:has-text('2020 年')")
    page.wait_for_url(lambda url: "year=2020" in url)
    expect(panel).to_have_attribute("open", "")  # stays open across the swap
    expect(page.locator(".chip")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shot(page, "phone-filters-open", full_page=False)

    page.click(".hit h3 a >> nth=0")
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shot(page, "phone-report", full_page=False)
    page.goto(page.url.split("#")[0] + "#section-3")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # wide tables scroll in their box
    shot(page, "phone-report-table", full_page=False)
    page.close()


def test_keyboard_only(browser, server, expect):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/?q=低保")
    page.keyboard.press("Tab")
    expect(page.locator(".skip")).to_be_focused()
    page.locator("body").click(position={"x": 5, "y": 600})
    page.keyboard.press("/")
    expect(page.locator("#q")).to_be_focused()
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")  # the syntax help link
    for _ in range(40):  # on to the first year facet
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.facet-year') !== null"):
            break
    focused = page.evaluate("document.activeElement.id")
    assert focused.startswith("f-year-")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "year=" in url)
    expect(page.locator(".chip")).to_have_count(1)
    expect(page.locator(f"#{focused}")).to_be_focused()  # the focus stays on the value just chosen
    page.keyboard.press("Enter")  # and Enter again unchooses it
    page.wait_for_url(lambda url: "year=" not in url)
    expect(page.locator(".chip")).to_have_count(0)

    # A chip removed from the keyboard hands the focus to the result count.
    page.goto(server + "/?q=信息公开&year=2020&province=浙江省")
    page.locator(".chip").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "year=" not in url)
    expect(page.locator("#result-count")).to_be_focused()
    page.close()


@pytest.mark.parametrize("path", ["/?q=低保&province=宁夏回族自治区&quality=missing_4", "/?q=低保&year=2019&province=浙江省",
                                  "/reports/{report}?q=低保", "/help"])
def test_text_contrast_meets_wcag_aa(browser, server, client, path):
    if "{report}" in path:
        path = path.format(report=client.get("/api/search?q=低保").get_json()["hits"][0]["report_id"])
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + path)
    page.click(".match-next") if "/reports/" in path else None  # a current match too
    assert page.evaluate(CONTRAST_JS) == []
    page.close()


def test_print_stylesheet(browser, server, client, expect):
    report = client.get("/api/search?q=低保").get_json()["hits"][0]["report_id"]
    page = browser.new_page(viewport={"width": 900, "height": 1200})
    page.goto(f"{server}/reports/{report}?q=低保")
    page.emulate_media(media="print")
    for hidden in ("header.site", ".toc", ".match-nav", ".years", "footer.site"):
        for element in page.locator(hidden).all():
            expect(element).to_be_hidden()
    expect(page.locator(".side")).to_be_visible()  # figures and checks print after the text
    expect(page.locator("#section-1")).to_be_visible()
    shot(page, "report-print")
    page.close()


def test_parse_notes_travel_with_a_printed_report(browser, server, client, expect):
    ids = [h["report_id"] for h in client.get("/api/search?q=&per_page=50").get_json()["hits"]]
    noted = next((i, w) for i in ids if (w := client.get(f"/api/reports/{i}").get_json().get("warnings")))
    report, warnings = noted
    page = browser.new_page(viewport={"width": 900, "height": 1200})
    page.goto(f"{server}/reports/{report}")
    notes = page.locator(".parse-notes-print")
    expect(notes).to_be_hidden()  # on screen they sit folded in the side panel
    page.emulate_media(media="print")
    expect(notes).to_be_visible()  # a closed <details> would print its summary alone
    for warning in warnings:
        expect(notes).to_contain_text(warning)
    page.close()


def test_fast_typing_sends_one_search_for_the_last_text(browser, server, expect):
    """Active search is debounced, and a newer search replaces one still running (hx-sync)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    searches = []
    page.on("request", lambda r: searches.append(r.url) if r.headers.get("hx-request") == "true" else None)
    page.goto(server + "/")
    page.locator("#q").press_sequentially("低保救助", delay=40)  # 4 keys within the 300 ms debounce
    page.wait_for_url(lambda url: "q=" in url)
    expect(page.locator("#results")).not_to_have_class("htmx-request")
    assert len(searches) == 1 and "q=%E4%BD%8E%E4%BF%9D%E6%95%91%E5%8A%A9" in searches[0], searches
    assert page.locator("form.search").get_attribute("hx-sync") == "this:replace"
    page.close()
