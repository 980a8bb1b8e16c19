"""In a real browser: markup from a hostile report shows as text and never runs."""
from __future__ import annotations

import pytest

from tests.web.browser import launch, serve, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_server(hostile_app):
    with serve(hostile_app) as url:
        yield url


def test_hostile_report_shows_its_markup_as_text_and_runs_nothing(hostile_server):
    with launch() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs, violations = [], []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
        page.goto(hostile_server + "/?q=安吉县")
        link = page.locator("a[href^='/reports/']").first
        link.click()
        page.wait_for_load_state("load")
        # The issuer is read through the markup; the title line shows it as written, as text.
        assert page.locator("h1").inner_text() == "安吉县民政局 2020 年政府信息公开工作年度报告"
        assert page.get_by_text('<script>alert("t")</script><img src=x onerror=alert(1)>安吉县民政局').count() == 1
        assert page.locator("h1 script, h1 img, .report-body b, .report-body img, .report-body script").count() == 0
        assert page.get_by_text('<script>alert("body")</script>本机关').count() == 1
        download = page.locator("a[href$='/original']")
        assert download.inner_text() == "下载原始文件"
        shot(page, "robust-hostile-report")
        page.goto(hostile_server + "/?q=alert")
        shot(page, "robust-hostile-search")
    assert dialogs == [] and violations == []
