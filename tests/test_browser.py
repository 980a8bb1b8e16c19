"""In a real browser (Debian's Chromium driven by Playwright): htmx search, facets, Back, no-JS, phone."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
# As root in a sandbox-less container, with the machine's closed network: no background calls.
# (Waits use Python predicates: our CSP forbids the eval behind wait_for_function strings.)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(app):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed (apt-get install chromium); browser tests need /usr/bin/chromium")
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def shot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_typing_searches_without_reload_and_facets_narrow(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.evaluate("window.__noReload = true")
    page.fill("#q", "低保")
    page.wait_for_url(lambda url: "q=" in url)
    page.wait_for_selector("#results mark")
    assert page.evaluate("window.__noReload") is True  # same document: htmx swapped the results
    assert "q=%E4%BD%8E%E4%BF%9D" in page.url
    before = page.locator(".hit").count()
    shot(page, "search-dibao")

    page.click(".facets a:has-text('海盐县民政局')")
    page.wait_for_url(lambda url: "agency=" in url)
    page.wait_for_selector(".chip")
    assert page.evaluate("window.__noReload") is True
    assert page.locator(".hit").count() < before
    assert all("海盐县民政局" in t for t in page.locator(".hit h3").all_inner_texts())
    shot(page, "search-facet")

    page.go_back()
    page.wait_for_url(lambda url: "agency=" not in url)
    expect = pytest.importorskip("playwright.sync_api").expect
    expect(page.locator(".hit")).to_have_count(before)  # restored from the server
    expect(page.locator(".chip")).to_have_count(0)
    page.close()


def test_result_opens_report_at_section_with_highlights(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/?q=低保")
    href = page.locator(".hit h3 a").first.get_attribute("href")
    page.click(".hit h3 a >> nth=0")
    page.wait_for_load_state()
    anchor = href.split("#")[1]
    assert page.url.endswith("#" + anchor)
    assert page.locator(f"#{anchor} mark.hit").count() > 0
    top = page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top")
    assert 0 <= top < 200  # scrolled to the section
    shot(page, "report-section")
    page.close()


def test_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/")
    page.fill("#q", "低保")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=*")
    assert page.locator(".hit mark").count() > 0
    page.click(".facets a:has-text('2020 年')")
    page.wait_for_url("**year=2020*")
    assert all("2020" in t for t in page.locator(".hit h3").all_inner_texts())
    shot(page, "nojs-facet")
    context.close()


def test_phone_width(browser, server):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(server + "/?q=低保")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shot(page, "phone-search")
    page.click(".hit h3 a >> nth=0")
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shot(page, "phone-report")
    page.close()
