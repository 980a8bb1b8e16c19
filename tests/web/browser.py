"""What every browser test needs: Debian's Chromium driven by Playwright, and an app served on loopback."""
from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# As root in a sandbox-less container, with the machine's closed network: no background calls.
# (Waits use Python predicates: our CSP forbids the eval behind wait_for_function strings.)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@contextmanager
def serve(app):
    """The app on a free loopback port, for the length of the block; a skip, with the reason, without Chromium."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed (apt-get install chromium); browser tests need /usr/bin/chromium")
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()


@contextmanager
def launch():
    """A headless Chromium (never a browser Playwright downloads)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -r requirements.txt)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
