"""No CSP report on an htmx swap (QA 30 #15): htmx copied a style="" put on an element outside our code (here
Playwright hiding the caret for a screenshot, in a browser an extension) onto the element swapped in, and the CSP
(style-src 'self') reported each copy. htmx settles no style (base.html's htmx-config) and injects no <style>."""
from __future__ import annotations

import urllib.parse

import pytest

from tests.web.browser import open_page, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(app):
    with serve(app) as url:
        yield url


def test_no_csp_violation_is_logged_on_a_swap(browser, server):
    page, errors = open_page(browser, server + "/?q=低保")
    page.evaluate("""window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective))""")
    page.focus("#q")
    page.screenshot(caret="hide")  # leaves style="" on the focused box, as the QA's screenshots did
    assert page.evaluate("document.querySelector('#q').hasAttribute('style')")
    page.evaluate("window.__noReload = true")
    page.fill("#q", "低保 申请")
    page.wait_for_url(lambda url: "申请" in urllib.parse.unquote(url))
    page.locator(".result-views a").nth(1).click()
    page.wait_for_url(lambda url: "sort=" in url)
    page.wait_for_timeout(300)  # htmx settles 20 ms after the swap
    assert page.evaluate("window.__noReload === true")  # swapped, not loaded
    assert page.evaluate("window.__violations") == []
    assert not [e for e in errors if "Content Security Policy" in e], errors
    assert page.evaluate("htmx.config.includeIndicatorStyles") is False
    assert page.evaluate("document.querySelectorAll('head style').length") == 0
