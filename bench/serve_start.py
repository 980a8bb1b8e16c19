"""How long a user waits for a server just started, and what its processes hold, at scale.

    .venv/bin/python -m bench.serve_start INDEX [--code CHECKOUT ...] [--index-of CHECKOUT=INDEX ...]
                                         [--kind serve --kind run] [--rounds 2] [--out results.json]

Each server is started as the Makefile starts it (``bench.servers``: ``make serve``'s gunicorn with ``--preload``,
``make run``'s Flask server; ``indexer stale`` is not part of it), from each checkout named (``--code``, default this
one) on its own index (``--index-of``, default INDEX), one at a time and alternating (A B A B over ``--rounds``), so
that a busy machine's load falls on both. Timed: seconds from spawning to the first 200 on ``/``, then the next
request, ``/?q=低保``, on its own; then each process's resident memory (RSS and PSS: gunicorn's workers share the
pages they inherited from the master) after ``/``, the search, ``/stats`` and ``/trends``. The load average is
recorded with every start. Speed is measured here, never asserted by tests (session 37).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from urllib.parse import quote

from bench.common import machine
from bench.servers import Server, get

PATHS = ("/?q=" + quote("低保"), "/stats", "/trends")


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _memory(server: Server) -> list[dict]:
    """Each process of the server (the master first): RSS and PSS in MB."""
    import psutil

    root = psutil.Process(server.proc.pid)
    out = []
    for proc in [root] + root.children(recursive=True):
        try:
            full = proc.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        out.append({"pid": proc.pid, "rss_mb": round(full.rss / 2**20, 1), "pss_mb": round(full.pss / 2**20, 1)})
    return out


def measure(kind: str, code: Path, index: Path) -> dict:
    """One start of one server: the first answers' times and its memory."""
    out = {"kind": kind, "code": str(code), "index": str(index), "load_before": _load()}
    with Server(kind, index, code) as server:
        out["shape"] = server.shape
        out["first_200_s"] = round(server.start("/", limit=600), 2)
        for path in PATHS:
            status, body, took = get(server.url(path), timeout=300)
            out[path] = {"status": status, "s": round(took, 3), "kb": round(len(body) / 1024)}
            if path == PATHS[0]:
                out["memory_after_search"] = _memory(server)
        out["memory_after_pages"] = _memory(server)
    out["load_after"] = _load()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("index", type=Path, help="the index (of this checkout, unless --index-of says otherwise)")
    ap.add_argument("--code", action="append", type=Path, default=[], help="checkout to start (repeat to compare)")
    ap.add_argument("--index-of", action="append", default=[], help="CHECKOUT=INDEX: that checkout's own index")
    ap.add_argument("--kind", action="append", choices=("serve", "run"), default=[])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    codes = [c.resolve() for c in args.code] or [Path(__file__).resolve().parent.parent]
    indexes = {str(Path(k).resolve()): Path(v) for k, v in (pair.split("=", 1) for pair in args.index_of)}
    results = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "runs": []}
    for round_ in range(args.rounds):
        for kind in args.kind or ["serve"]:
            for code in codes:
                run = measure(kind, code, indexes.get(str(code), args.index))
                run["round"] = round_
                results["runs"].append(run)
                workers = run["memory_after_pages"][1:] or run["memory_after_pages"]
                print(f"r{round_} {kind} {code.name}: first 200 {run['first_200_s']} s, then 低保 "
                      f"{run[PATHS[0]]['s']} s, /stats {run['/stats']['s']} s, /trends {run['/trends']['s']} s; "
                      f"RSS/PSS of each worker {[(w['rss_mb'], w['pss_mb']) for w in workers]} MB "
                      f"(load {run['load_before']} -> {run['load_after']})", file=sys.stderr, flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
