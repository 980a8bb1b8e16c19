"""What a search narrowed by a figure range alone costs: its page, a deep page and its export's ranking.

    python -m bench.range_search INDEX [--code CHECKOUT ...] [--runs 3] [--rounds 3] [--out results.json]

A range with no words (/?min_requests_new=1) lists every report giving the figure, and each hit shows the part
holding it (search/retrieval/figure_parts.py). Review 36 #1 found that part chosen for every listed report before
the page was cut, one scan of the whole index per report. Each run is a fresh process that opens INDEX, warms it
as the app does, and times each request of REQUESTS ``--rounds`` times through ``run_search`` (the export's as
``search/output/export.py`` ranks it: every row on one page, none read). The median of the warm rounds (all but the
first) over ``--runs`` processes is printed per checkout (``--code``, default this one; give two for a before/after),
the checkouts alternating run by run.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bench.common import machine, run_json

REQUESTS = [("requests_new>=1", {"min_requests_new": "1"}, False),
            ("requests_new>=1 page 5", {"min_requests_new": "1", "page": "5"}, False),
            ("reconsideration>=1", {"min_reconsideration_total": "1"}, False),
            ("requests_new>=1 export ranking", {"min_requests_new": "1"}, True)]


def one_run(index: str, rounds: int) -> dict:
    """In this process: open and warm ``index``, then time every request ``rounds`` times (ms each)."""
    from dataclasses import replace

    from werkzeug.datastructures import MultiDict

    from search import SearchParams, run_search
    from search.index import IndexHandle
    from search.output.export import SEARCH_EXPORT_LIMIT

    handle = IndexHandle(Path(index))
    handle.warm()
    searcher = handle.searcher()
    out = {}
    for label, args, export in REQUESTS:
        params = SearchParams.from_args(MultiDict(args))
        if export:
            params = replace(params, page=1, per_page=SEARCH_EXPORT_LIMIT)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            result = run_search(searcher, params, read=not export, marked=not export)
            times.append(round((time.perf_counter() - start) * 1000, 1))
        out[label] = {"ms": times, "reports": result.total_reports,
                      "parts": [h.section for h in result.hits[:10]] if not export else None}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index")
    ap.add_argument("--code", type=Path, action="append", help="a checkout to measure (repeat for a before/after)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(one_run(args.index, args.rounds)))
        return
    codes = args.code or [None]
    runs: dict[str, list[dict]] = {str(c): [] for c in codes}
    for _ in range(args.runs):
        for code in codes:
            runs[str(code)].append(run_json(["bench.range_search", args.index, "--child", "--rounds",
                                             str(args.rounds)], code=code))
    result = {"machine": machine(), "index": args.index, "runs": args.runs, "rounds": args.rounds, "checkouts": {}}
    for code, done in runs.items():
        result["checkouts"][code] = {
            label: {"warm_ms": statistics.median(t for r in done for t in r[label]["ms"][1:] or r[label]["ms"]),
                    "reports": done[0][label]["reports"], "parts": done[0][label]["parts"]}
            for label, _, _ in REQUESTS}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
