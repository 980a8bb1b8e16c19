"""An index built by older code, served before and after ``python -m indexer stale`` wrote this code's digests.

    python -m bench.old_index INDEX [--work DIR]

INDEX is left as it is: the script links it into ``--work`` (hard links, as a build links its generations) and
times, each in a fresh process, what the first visitor of the figures pages waits for (the records, the
whole-corpus /stats and /quality, computed as the pages compute them):

1. ``before``: on the linked copy as it was built;
2. ``refresh``: ``python -m indexer stale`` on that copy, as ``make run`` and ``make serve`` run it (wall time);
3. ``after``: the same first requests again, in a new process.

Run it on an index whose digests are of another version than this code's (say, one a checkout of an earlier
session built); on a current index both sides are the same and the refresh writes nothing.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import machine

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: what a new server process pays, nothing cached by an earlier step.
_FIRST_REQUESTS = """
import json, os, sys, time
from pathlib import Path
from search.index import IndexHandle
from search.figures.records import record_store
from search.figures.stats import build_stats
from search.figures.stats_params import StatsParams
from search.figures.quality import build_quality
from search.retrieval.params import SearchParams
root = Path(sys.argv[1])
handle = IndexHandle(root)
searcher = handle._open_generation(os.readlink(root / "current"), warm=False).lend()
out = {}
for name, step in (("records", lambda: record_store(searcher)), ("stats", lambda: build_stats(searcher, StatsParams())),
                   ("quality", lambda: build_quality(searcher, SearchParams()))):
    started = time.perf_counter()
    step()
    out[name] = round(time.perf_counter() - started, 2)
print(json.dumps(out))
"""


def first_requests(index: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _FIRST_REQUESTS, str(index)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = Path(args.work or tempfile.mkdtemp(prefix="nianbao-old-index-"))
    copy = work / "index"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(args.index, copy, symlinks=True, copy_function=lambda s, d: Path(d).hardlink_to(s))
    try:
        results = {"machine": machine(), "index": str(args.index), "before": first_requests(copy)}
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "indexer", "stale", "--index", str(copy)], cwd=ROOT,
                              check=True, capture_output=True, text=True)
        results["refresh"] = {"seconds": round(time.perf_counter() - started, 1), "said": done.stderr.strip()}
        results["after"] = first_requests(copy)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
