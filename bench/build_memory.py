"""The build's memory as `make run` and `make rebuild` meet it: `python -m indexer build --full`.

Runs the command line build of a corpus into a fresh index folder and samples the RSS of its
process tree (the build and its parse workers) every 0.1 s and the tree's PSS every 3 s; prints
the peak of their sum, the build process's own and the largest worker's, and writes every sample
as JSON. ``--code`` measures another checkout (a `git worktree` of an earlier commit) the same way.

    .venv/bin/python -m bench.build_memory /tmp/nianbao-scale/c10000 --out /tmp/m10k.json
    .venv/bin/python -m bench.build_memory /tmp/nianbao-scale/c50000 --code /tmp/before --out /tmp/m50k-before.json

The sum of RSS counts every page a forked worker shares with the build once per process: what
the build's own process holds while workers run is counted once for it and once for each worker.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from bench.common import machine, tree_pss

ROOT = Path(__file__).resolve().parent.parent
INTERVAL = 0.1  # seconds between RSS samples
PSS_EVERY = 30  # samples between PSS readings (reading every map costs some 3 ms a process)


def _sample(proc: psutil.Process, with_pss: bool) -> dict | None:
    try:
        kids = proc.children(recursive=True)
        row = {"build": proc.memory_info().rss >> 20, "workers": []}
        for kid in kids:
            try:
                row["workers"].append(kid.memory_info().rss >> 20)
            except psutil.Error:
                pass  # a worker that ended between the listing and the reading
        if with_pss:
            row["pss"] = tree_pss(proc) >> 20
        return row
    except psutil.Error:
        return None


def measure(corpus: Path, code: Path, index: Path) -> dict:
    """Build ``corpus`` with the checkout ``code`` into ``index``; the samples and their peaks."""
    python = code / ".venv" / "bin" / "python"
    started = time.monotonic()
    build = subprocess.Popen([str(python), "-m", "indexer", "build", "--full", "--quiet", "--index", str(index),
                              str(corpus)], cwd=code, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proc = psutil.Process(build.pid)
    samples, n = [], 0
    while build.poll() is None:
        row = _sample(proc, n % PSS_EVERY == 0)
        if row is not None:
            row["t"] = round(time.monotonic() - started, 1)
            samples.append(row)
        n += 1
        time.sleep(INTERVAL)
    output = build.stdout.read()
    if build.returncode != 0:
        raise SystemExit(f"the build failed (exit {build.returncode}):\n{output}")
    peak = max(samples, key=lambda r: r["build"] + sum(r["workers"]))
    return {
        "corpus": str(corpus), "code": str(code), "seconds": round(time.monotonic() - started, 1),
        "summary_line": output.splitlines()[0] if output else "",
        "peak_tree_rss_mb": peak["build"] + sum(peak["workers"]), "at_peak": peak,
        "peak_tree_pss_mb": max((r.get("pss", 0) for r in samples), default=0),
        "build_process_max_mb": max(r["build"] for r in samples),
        "build_process_max_with_workers_mb": max((r["build"] for r in samples if r["workers"]), default=0),
        "worker_max_mb": max((max(r["workers"]) for r in samples if r["workers"]), default=0),
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.build_memory", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    ap.add_argument("--out", type=Path, help="write the figures and every sample as JSON here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nianbao-build-memory-") as scratch:
        result = measure(args.corpus.resolve(), args.code.resolve(), Path(scratch) / "index")
    result["machine"] = machine()
    load = psutil.getloadavg()
    result["load_after"] = [round(x, 2) for x in load]
    shown = {k: v for k, v in result.items() if k not in ("samples", "machine")}
    print(json.dumps(shown, ensure_ascii=False, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
