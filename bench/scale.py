"""One corpus size end to end: build, then both servers, searches warm and cold, the figures pages.

    python -m bench.scale N [--work DIR] [--before CHECKOUT] [--rounds 5] [--out results.json]
                            [--skip-build] [--no-baseline] [--servers run,serve]

Makes (or reuses) the deterministic corpus of N reports (``bench.make_corpus``) under ``--work``,
then for this checkout (``now``) and, with ``--before``, another checkout (``before``, e.g. a
``git worktree`` of main), in the same session and interleaved:

1. builds the index with ``bench.index`` (a fresh process; jieba alone on the same text right
   after, for the ratio; peak RSS of the build's process tree; index size);
2. starts each server as the Makefile does (``bench.servers``: ``make run`` = Flask's server,
   ``make serve`` = gunicorn), one at a time, and with one client times
   - warm: the ``bench.query`` mix as the page (``/?…``) and as the API (``/api/search?…``), run
     once, then ``--rounds`` times measured;
   - cold: 30 queries never run before as the page and 30 others as the API, each once;
   - the whole-corpus ``/stats``, ``/trends`` and ``/quality``: first request, then twice more,
     with the page's size;
3. records the load average with every phase (the machine may be shared: compare ``now`` and
   ``before`` of the same run, never figures of different runs).

Prints a Markdown table and writes everything as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.common import machine, run_json, summary_ms
from bench.query import COLD_API, COLD_PAGE, MIX, fill
from bench.servers import KINDS, Server, get

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("/stats", "/trends", "/quality")
FIGURE_REPEATS = 2


def load() -> list[float]:
    """The load average now (1, 5, 15 minutes)."""
    return [round(x, 2) for x in os.getloadavg()]


def corpus(n: int, work: Path) -> Path:
    """The deterministic corpus of ``n`` reports, made once."""
    folder = work / f"c{n}"
    if not (folder / ".corpus.json").exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "bench.make_corpus", str(n), str(folder)], cwd=ROOT, check=True)
    return folder


def build(code: Path, corpus_dir: Path, index: Path, baseline: bool) -> dict:
    """``bench.index`` (one build, jieba alone after it) on ``code``; the index kept at ``index``."""
    args = ["bench.index", str(corpus_dir), "--runs", "1", "--no-incremental", "--keep-index", str(index),
            "--code", str(code), "--out", str(index) + ".build.json"]
    if not baseline:
        args.append("--no-baseline")
    before = load()
    out = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"build failed:\n{out.stderr[-3000:]}")
    result = json.loads((Path(str(index) + ".build.json")).read_text(encoding="utf-8"))
    summary = result["summary"]
    summary["load_before"], summary["load_after"] = before, load()
    summary["cpu_seconds"] = result["runs"][0].get("cpu_seconds")
    return summary


def _values(server: Server) -> dict[str, str]:
    """A common agency and province of the index, from the API's facets (as bench.query does)."""
    status, body, _ = get(server.url("/api/search"))
    data = json.loads(body) if status == 200 else {}
    facets = data.get("facets", {})
    agencies = [f["value"] for f in facets.get("agency", []) if f["value"] != "未知机构"]
    provinces = [f["value"] for f in facets.get("province", []) if f["value"] != "unknown"]
    return {"agency": agencies[0] if agencies else "民政局", "province": provinces[0] if provinces else "浙江省"}


def _timed(server: Server, paths: list[str]) -> tuple[list[float], int]:
    """Seconds of each request, and how many did not answer 200."""
    times, errors = [], 0
    for path in paths:
        status, _, seconds = get(server.url(path))
        times.append(seconds)
        errors += status != 200
    return times, errors


def serve(kind: str, code: Path, index: Path, rounds: int) -> dict:
    """One server: start-up, warm and cold searches (page and API), the figures pages."""
    out: dict = {"load_before": load()}
    with Server(kind, index, code) as server:
        out["shape"] = server.shape
        out["startup_s"] = round(server.start("/?q=%E4%BD%8E%E4%BF%9D"), 2)
        values = _values(server)
        for name, prefix in (("page", "/?"), ("api", "/api/search?")):
            mix = [prefix + urlencode(fill(pairs, values)) for _, pairs in MIX]
            _timed(server, mix)  # the first sight of each query is not what "warm" measures
            times, errors = _timed(server, mix * rounds)
            out[f"warm_{name}"] = dict(summary_ms(times), errors=errors)
            cold = COLD_PAGE if name == "page" else COLD_API
            times, errors = _timed(server, [prefix + urlencode(pairs) for _, pairs in cold])
            out[f"cold_{name}"] = dict(summary_ms(times), errors=errors)
        for page in PAGES:
            status, body, first = get(server.url(page))
            repeats = [get(server.url(page))[2] for _ in range(FIGURE_REPEATS)]
            out[page] = {"status": status, "first_ms": round(first * 1000, 1),
                         "repeated_ms": round(min(repeats) * 1000, 1), "bytes": len(body)}
        out["rss_mb"] = server.rss_mb()
    out["load_after"] = load()
    return out


def table(results: dict) -> str:
    """The figures as a Markdown table, a column per checkout."""
    labels = list(results["checkouts"])
    rows = [("build s (jieba alone 1 core, ratio)", lambda r: _build_cell(r.get("build")))]
    rows += [("peak RSS MB / index MB", lambda r: f"{r['build']['peak_rss_tree_mb']:.0f} / {r['build']['index_mb']:.0f}"
              if r.get("build") else "–")]
    for kind in results["servers"]:
        for what in ("warm_page", "warm_api", "cold_page", "cold_api"):
            rows.append((f"{kind}: {what.replace('_', ' ')} p50 / p95 ms",
                         lambda r, k=kind, w=what: _latency(r.get(k, {}).get(w))))
        for page in PAGES:
            rows.append((f"{kind}: {page} first / again ms, KB",
                         lambda r, k=kind, p=page: _page(r.get(k, {}).get(p))))
    lines = ["| figure | " + " | ".join(labels) + " |", "| --- | " + " | ".join("---" for _ in labels) + " |"]
    for name, cell in rows:
        lines.append(f"| {name} | " + " | ".join(cell(results["checkouts"][label]) for label in labels) + " |")
    return "\n".join(lines)


def _build_cell(build: dict | None) -> str:
    if not build:
        return "–"
    jieba = build.get("jieba_one_core")
    if jieba:
        return f"{build['build_seconds']:.1f} ({jieba:.1f}, {build['build_seconds'] / jieba:.2f}x)"
    return f"{build['build_seconds']:.1f}"


def _latency(figure: dict | None) -> str:
    return f"{figure['p50']:.0f} / {figure['p95']:.0f}" if figure else "–"


def _page(figure: dict | None) -> str:
    return f"{figure['first_ms']:.0f} / {figure['repeated_ms']:.0f}, {figure['bytes'] / 1024:.0f}" if figure else "–"


def main(argv: list[str] | None = None) -> int:
    """Run one corpus size end to end and print its table."""
    ap = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="reports in the corpus")
    ap.add_argument("--work", type=Path, default=Path("/tmp/nianbao-scale"), help="corpora and indexes (never committed)")
    ap.add_argument("--before", type=Path, help="another checkout to measure in the same run (e.g. main)")
    ap.add_argument("--rounds", type=int, default=5, help="measured passes over the warm mix")
    ap.add_argument("--servers", default=",".join(KINDS), help="run, serve or both")
    ap.add_argument("--skip-build", action="store_true", help="reuse the indexes of an earlier run")
    ap.add_argument("--no-baseline", action="store_true", help="no jieba-alone run after each build")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    checkouts = {"now": ROOT}
    if args.before:
        checkouts = {"before": args.before.resolve(), "now": ROOT}
    kinds = [k for k in args.servers.split(",") if k in KINDS]
    results: dict = {"machine": machine(), "reports": args.n, "servers": kinds, "checkouts": {}, "started": time.time()}
    source = corpus(args.n, args.work)
    for label, code in checkouts.items():
        results["checkouts"][label] = {"code": str(code)}
        index = args.work / f"i{args.n}-{label}"
        if not args.skip_build:
            print(f"[{label}] building {args.n} reports (load {load()})", flush=True)
            results["checkouts"][label]["build"] = build(code, source, index, not args.no_baseline)
        elif (Path(str(index) + ".build.json")).exists():
            data = json.loads(Path(str(index) + ".build.json").read_text(encoding="utf-8"))
            results["checkouts"][label]["build"] = data.get("summary")
    for kind in kinds:  # the checkouts one after the other for each server, under the same load
        for label, code in checkouts.items():
            print(f"[{label}] {kind} (load {load()})", flush=True)
            index = args.work / f"i{args.n}-{label}"
            results["checkouts"][label][kind] = serve(kind, code, index, args.rounds)
    results["finished_load"] = load()
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\n{args.n} reports, {results['machine']['date']}, load average at start {results['machine']['load_avg']}"
          f", at end {results['finished_load']}\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
