"""/stats's first load and the loads after it, in a fresh process, measured here and never asserted by tests.

    .venv/bin/python -m bench.stats_first_load INDEX [--runs 3] [--path /stats] [--profile 25]

Each run is a new process: the app is created as ``make run`` creates it (the index opened and warmed, as before the
first request a server answers), then ``--path`` is requested three times through the app's test client: the first
request's time (cold) and the best of the next two (warm) are printed as JSON, with the app's start and the machine.
``--profile N`` prints the first request's N costliest functions (cumulative) instead (session 30, QA 19).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from bench.common import machine


def one_run(index: str, path: str, profile: int = 0) -> dict:
    """In this process: create the app on ``index``, then time ``path`` three times (or profile the first)."""
    start = time.perf_counter()
    from app import create_app

    app = create_app({"INDEX": index})
    client = app.test_client()
    started = time.perf_counter() - start
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        response = client.get(path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
        return {"status": response.status_code}
    times = []
    for _ in range(3):
        t = time.perf_counter()
        response = client.get(path)
        assert response.status_code == 200, response.status_code
        times.append(time.perf_counter() - t)
    return {"start_s": round(started, 3), "cold_s": round(times[0], 3), "warm_s": round(min(times[1:]), 3),
            "bytes": len(response.data)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("--path", default="/stats")
    ap.add_argument("--runs", type=int, default=3, help="fresh processes (default 3)")
    ap.add_argument("--profile", type=int, default=0, help="profile the first request: print its N costliest calls")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a run's own process
    args = ap.parse_args()
    if args.one or args.profile:
        print(json.dumps(one_run(args.index, args.path, args.profile)))
        return
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-m", "bench.stats_first_load", args.index, "--path", args.path, "--one"],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    summary = {key: statistics.median(r[key] for r in runs) for key in ("start_s", "cold_s", "warm_s")}
    print(json.dumps({"index": args.index, "path": args.path, "runs": runs, "median": summary,
                      "bytes": runs[-1]["bytes"], "machine": machine()}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
