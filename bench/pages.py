"""The pages users take beyond the search mix, at scale: first request and warm p50 / p95 of each, in a fresh process.

    .venv/bin/python -m bench.pages INDEX [--runs 9] [--code CHECKOUT ...] [--rounds 2] [--out results.json]
    .venv/bin/python -m bench.pages INDEX --profile "/stats" [--code CHECKOUT]   # cProfile one page's warm request
    .venv/bin/python -m bench.pages INDEX --page "export CSV q=公开" --runs 3   # one page (or a few) alone

Each measurement is a new process that creates the app as ``make run`` does (the index opened and warmed before the
first request), finds its values in the index (the body with the most reports, two of its reports, a province and a
kind of /agencies) and requests every page of ``PAGES`` through the app's test client: once (*first*: the first time
this process sees that page; what other pages computed before it stays cached, as on a server), then ``--runs``
times (*warm*). ``--code`` names checkouts to compare (each measured with these scripts on its own code, see
``bench.common.checkout_env``); ``--rounds`` alternates them (A B A B), so a busy machine's load falls on both. The
machine's load average is recorded before and after each process. Speed is measured here, never asserted by tests.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from bench.common import machine, run_json, summary_ms

# (label, path); {busiest}, {a}, {b}, {place}, {kind} are filled from the index.
PAGES: list[tuple[str, str]] = [
    ("/agencies", "/agencies"),
    ("/agencies place+kind", "/agencies?place={place}&kind={kind}"),
    ("agency page (most reports)", "/agencies/{busiest}"),
    ("agency feed", "/agencies/{busiest}/feed"),
    ("/compare two reports", "/compare?id={a}&id={b}"),
    ("/stats", "/stats"),
    ("/trends", "/trends"),
    ("/feed", "/feed"),
    ("/feed?q=低保", "/feed?" + urlencode({"q": "低保"})),
    ("export CSV q=公开", "/api/export?" + urlencode({"what": "search", "format": "csv", "q": "公开"})),
    ("export JSON q=公开", "/api/export?" + urlencode({"what": "search", "format": "json", "q": "公开"})),
    ("export stats CSV", "/api/export?what=stats&format=csv"),
    ("search 民政局 行政复议", "/?" + urlencode({"q": "民政局 行政复议"})),
    ("search year 2021", "/?" + urlencode({"q": "2021"})),
    ("search paraphrase", "/?" + urlencode({"q": "去年民政部门一共收到了多少政府信息公开申请，其中有多少因为不服答复申请了行政复议"})),
    ("search 低保 page", "/?" + urlencode({"q": "低保"})),
]


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _values(client) -> dict[str, str]:
    """The index's busiest body, two of its reports, a province code and a kind of /agencies."""
    listing = client.get("/api/agencies").get_json()
    busiest = max(listing["agencies"], key=lambda a: len(a["reports"]))
    reports = [r["report_id"] for r in busiest["reports"]]
    place = next(p["value"] for p in listing["places"] if p["value"] not in ("central", "unresolved"))
    kind = max(listing["kinds"], key=lambda k: k["count"])["value"]
    return {"busiest": quote(busiest["id"]), "busiest_reports": str(len(reports)), "a": quote(reports[0]),
            "b": quote(reports[1]), "place": quote(place), "kind": quote(kind)}


def one_process(index: str, runs: int, profile: str = "", only: list[str] | None = None) -> dict:
    """In this process: create the app, then time every page (or those labelled ``only``) once and ``runs`` times more."""
    load_before = _load()
    start = time.perf_counter()
    from app import create_app

    client = create_app({"INDEX": index}).test_client()
    started = time.perf_counter() - start
    values = _values(client)
    pages = [(label, path.format(**values)) for label, path in PAGES if not only or label in only]
    if profile:
        import cProfile
        import io
        import pstats

        path = dict(pages)[profile]
        client.get(path).get_data()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(3):
            client.get(path).get_data()  # a streamed file's pieces are computed as they are read
        profiler.disable()
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(45)
        return {"profiled": profile, "profile": text.getvalue()}
    out = {}
    for label, path in pages:
        times, firsts, size, status = [], [], 0, 0
        for _ in range(runs + 1):
            t = time.perf_counter()
            response = client.get(path, buffered=False)  # a streamed file's first piece timed apart from its whole
            body = []
            for piece in response.iter_encoded():
                if not body:
                    firsts.append(time.perf_counter() - t)
                body.append(piece)
            response.close()
            times.append(time.perf_counter() - t)
            data = b"".join(body)
            size, status = len(data), response.status_code
            digest = hashlib.sha1(data).hexdigest()[:12]  # the same file from two checkouts: the same rows
        out[label] = {"status": status, "kb": round(size / 1024), "sha1": digest, "first_ms": round(times[0] * 1000, 1),
                      "first_byte_ms": round(firsts[0] * 1000, 1), "first_byte_warm": summary_ms(firsts[1:]),
                      "warm": summary_ms(times[1:])}
    return {"start_s": round(started, 2), "values": values, "pages": out, "load_before": load_before,
            "load_after": _load()}


def main(argv: list[str] | None = None) -> int:
    """Measure (or profile) the pages on each checkout, alternating; print a table and the JSON."""
    ap = argparse.ArgumentParser(prog="python -m bench.pages", description=__doc__.split("\n")[0])
    ap.add_argument("index", help="index folder (NIANBAO_INDEX)")
    ap.add_argument("--runs", type=int, default=9, help="warm requests of each page after its first")
    ap.add_argument("--code", type=Path, action="append", help="checkout to measure (repeat; default this one)")
    ap.add_argument("--index-of", action="append", default=[], help="CHECKOUT=INDEX: that checkout's own index")
    ap.add_argument("--rounds", type=int, default=1, help="alternations of the checkouts")
    ap.add_argument("--profile", default="", help="a page's label: cProfile three warm requests of it")
    ap.add_argument("--page", action="append", default=[], choices=[label for label, _ in PAGES],
                    help="measure only this page (repeat; default all)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one_process(args.index, args.runs, args.profile, args.page), ensure_ascii=False))
        return 0
    codes = args.code or [None]
    indexes = {str(Path(k).resolve()): v for k, v in (pair.split("=", 1) for pair in args.index_of)}
    results: dict = {"machine": machine(), "runs": args.runs, "measurements": []}
    for round_no in range(args.rounds):
        for code in codes:
            index = indexes.get(str(code.resolve()) if code else "", args.index)
            child = ["bench.pages", index, "--one", "--runs", str(args.runs)]
            if args.profile:
                child += ["--profile", args.profile]
            for label in args.page:
                child += ["--page", label]
            got = run_json(child, code=code)
            got.update({"code": str(code or "."), "index": index, "round": round_no})
            results["measurements"].append(got)
            if args.profile:
                print(got["profile"])
                continue
            print(f"\n## {got['code']} on {index}, round {round_no}: start-up {got['start_s']} s, "
                  f"load {got['load_before']} -> {got['load_after']}")
            for label, page in got["pages"].items():
                warm = page["warm"]
                print(f"  {label:30} {page['status']} {page['kb']:6} KB {page['sha1']}  first {page['first_ms']:8.1f}  "
                      f"p50 {warm['p50']:8.1f}  p95 {warm['p95']:8.1f}  max {warm['max']:8.1f} ms  "
                      f"first byte p50 {page['first_byte_warm']['p50']:8.1f} ms", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
