"""In a real browser: markup from a hostile report shows as text and never runs."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.test_browser import ARGS, CHROMIUM, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_server(hostile_app):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed (apt-get install chromium); browser tests need /usr/bin/chromium")
    httpd = make_server("127.0.0.1", 0, hostile_app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_hostile_report_shows_its_markup_as_text_and_runs_nothing(hostile_server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs, violations = [], []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
        page.goto(hostile_server + "/?q=安吉县")
        link = page.locator("a[href^='/reports/']").first
        link.click()
        page.wait_for_load_state("load")
        heading = page.locator("h1").inner_text()
        assert heading.startswith('<script>alert("t")</script>')  # shown, as written
        assert page.locator("h1 script, h1 img, .report-body b").count() == 0
        assert page.get_by_text('<script>alert("body")</script>本机关').count() == 1
        download = page.locator("a[href$='/original']")
        assert download.inner_text() == "下载原始文件"
        shot(page, "robust-hostile-report")
        page.goto(hostile_server + "/?q=alert")
        shot(page, "robust-hostile-search")
        browser.close()
    assert dialogs == [] and violations == []
