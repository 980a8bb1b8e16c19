"""A page's weight and load as a user gets it, measured here and never asserted by tests.

    .venv/bin/python -m bench.page_load http://127.0.0.1:5000/stats [URL …] [--runs 5] [--screenshot DIR]

For each URL: its bytes (the HTML, uncompressed, as the server sends it), the server's time to answer (the best and
the median of ``--runs`` plain GETs), then the browser's load in Debian's Chromium through Playwright (never a
browser Playwright downloads): a fresh page each run, the time from navigation to the ``load`` event and to
``DOMContentLoaded`` (Navigation Timing), best and median. Printed as JSON with the machine. Session 31 (QA 30 #14:
/stats weighed ~260 KB and took 0.8–1.5 s to load in a browser). ``--trace`` (session 32) records each load's
timeline too and splits the renderer's main thread by what it did until ``load``: script (htmx, nianbao.js), style,
layout (and how many), paint, HTML parsing; the first byte (``responseStart``) is the server's share. On a machine
shared with other work, the main thread's sum varies less than the wall-clock load.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
import urllib.request
from pathlib import Path

from bench.common import machine

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def server_times(url: str, runs: int) -> tuple[int, list[float]]:
    """The page's size in bytes and the time of each plain GET (ms)."""
    size, times = 0, []
    for _ in range(runs):
        start = time.perf_counter()
        with urllib.request.urlopen(url) as response:
            size = len(response.read())
        times.append((time.perf_counter() - start) * 1000)
    return size, times


# Timeline events of the renderer's main thread, by the share of the load they stand for.
TRACED = {"script": ("FunctionCall", "EvaluateScript"), "style": ("UpdateLayoutTree",), "layout": ("Layout",),
          "paint": ("Paint", "PrePaint"), "parse": ("ParseHTML",)}


def main_thread(trace: Path) -> dict:
    """The main thread's time (ms) per share of TRACED, and the layouts counted, from a Chromium trace file."""
    events = json.loads(trace.read_text())["traceEvents"]
    thread = next(e["tid"] for e in events if e.get("name") == "ParseHTML")
    spans = [e for e in events if e.get("tid") == thread and e.get("ph") == "X"]
    out = {share: round(sum(e.get("dur", 0) for e in spans if e["name"] in names) / 1000, 1)
           for share, names in TRACED.items()}
    out["layouts"] = sum(1 for e in spans if e["name"] == "Layout")
    return out


def browser_times(urls: list[str], runs: int, screenshot: Path | None, trace: Path | None = None) -> dict[str, list]:
    """Per URL and run, a fresh page's load and DOMContentLoaded (ms from the navigation's start), with ``trace`` (a
    scratch file) its main thread's time by share. The URLs take turns in each run, so that a machine busier at one
    moment weighs on all of them alike (two pages compared one after the other favoured whichever went first)."""
    from playwright.sync_api import sync_playwright

    out: dict[str, list] = {url: [] for url in urls}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for run in range(runs):
            for url in urls:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                if trace:
                    browser.start_tracing(page=page, path=str(trace), categories=["devtools.timeline"])
                page.goto(url, wait_until="load")
                timing = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
                    return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd, response: n.responseEnd,
                            first_byte: n.responseStart}; }""")
                if trace:
                    browser.stop_tracing()
                    timing.update(main_thread(trace))
                out[url].append(timing)
                if screenshot and run == 0:
                    screenshot.mkdir(parents=True, exist_ok=True)
                    name = url.split("//", 1)[-1].replace("/", "_").replace("?", "_")[:80]
                    page.screenshot(path=str(screenshot / f"{name}.png"))
                page.close()
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, default=None, help="a folder for the first run's screenshot")
    parser.add_argument("--trace", action="store_true", help="split the main thread's time (Chromium's timeline)")
    args = parser.parse_args()
    trace = None
    if args.trace:
        import tempfile

        trace = Path(tempfile.mkdtemp(prefix="page-load-")) / "trace.json"
    results = []
    browser = browser_times(args.urls, args.runs, args.screenshot, trace)
    for url in args.urls:
        size, server = server_times(url, args.runs)
        loads = browser[url]
        results.append({
            "url": url, "bytes": size,
            "server_ms": {"best": round(min(server)), "median": round(statistics.median(server))},
            "browser_load_ms": {"best": round(min(t["load"] for t in loads)),
                                "median": round(statistics.median(t["load"] for t in loads))},
            "browser_dom_ms": {"median": round(statistics.median(t["dom"] for t in loads))},
        })
        if trace:
            shares = (*TRACED, "layouts")
            results[-1]["main_thread_ms"] = {k: round(statistics.median(t[k] for t in loads), 1) for k in shares}
            results[-1]["main_thread_ms"]["sum"] = round(statistics.median(sum(t[k] for k in TRACED) for t in loads), 1)
            results[-1]["first_byte_ms"] = round(statistics.median(t["first_byte"] for t in loads))
    print(json.dumps({"machine": machine(), "runs": args.runs, "pages": results}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
