"""What every browser test needs: Debian's Chromium driven by Playwright, an app served on loopback,
and screenshots. Without Chromium or Playwright a browser test skips with the reason, and fails
in CI (``tests.conftest.missing_tool``)."""
from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

from werkzeug.serving import make_server

from tests.conftest import missing_tool

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# As root in a sandbox-less container, with the machine's closed network: no background calls.
# (Waits use Python predicates: our CSP forbids the eval behind wait_for_function strings.)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@contextmanager
def serve(app):
    """The app on a free loopback port, for the length of the block."""
    httpd = make_server("127.0.0.1", 0, _read_whole(app), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()


def _read_whole(app):
    """The app, each response read whole and closed before it is sent. Werkzeug's server closes a response only after
    draining the request's socket, and a browser that drops the connection first (a page navigated away while the
    favicon loads) makes that read raise: the static file stays open until collected, and its ResourceWarning fails
    whatever test is running then (the suite turns warnings into errors)."""
    def application(environ, start_response):
        response = app(environ, start_response)
        try:
            return [b"".join(response)]
        finally:
            if hasattr(response, "close"):
                response.close()
    return application


@contextmanager
def launch():
    """A headless Chromium (never a browser Playwright downloads); ``missing_tool`` without it."""
    if not Path(CHROMIUM).exists():
        missing_tool("Chromium not installed (apt-get install chromium); browser tests need /usr/bin/chromium")
    with playwright().sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def playwright():
    """Playwright's sync API (its ``expect`` too), or ``missing_tool``."""
    try:
        from playwright import sync_api
    except ImportError:
        missing_tool("playwright is not installed (pip install -r requirements.txt)")
    return sync_api


def shot(page, name: str, full_page: bool = True) -> None:
    """A screenshot in screenshots/ (not committed): look at it."""
    SHOTS.mkdir(exist_ok=True)
    # caret="initial": hiding the caret makes Playwright put a style="" on the focused input, which
    # htmx later copies on a swap and the CSP then reports.
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page, caret="initial")


def open_page(browser, url: str, **options):
    """A 1280-px page opened at ``url``, and the list its console errors are collected in."""
    page = browser.new_page(viewport={"width": 1280, "height": 900}, **options)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{m.text} @ {m.location}") if m.type == "error" else None)
    page.goto(url)
    return page, errors
