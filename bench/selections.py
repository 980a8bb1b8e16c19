"""How many selections a search request runs, and what they cost, as a user's clicks make them.

    python -m bench.selections INDEX [--runs 3] [--out results.json]

A selection (``grouped.select_results``: the reports or parts a query lists) is most of a search's time. A
search leaving the lead-ins of reports with parts out used to run a second one on every request, to count the
部分 facet's 导言 as clicking it lists (``report_itself.listed_lead_ins``). Each run is a fresh process that
opens INDEX and warms it as the app does, then, for each query of QUERIES, requests in turn what a user clicks:
the query, its page 2, the same sorted 最新, a part chosen (section=3), and the query again. Each request is
timed through ``run_search`` with the selections it ran counted; medians over ``--runs`` processes are printed
as JSON.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import machine

QUERIES = ["公开", "行政复议", "低保", "政府信息公开 申请", "依申请公开", "主动公开 规范性文件"]
CLICKS = [("first", {}), ("page 2", {"page": "2"}), ("newest", {"sort": "newest"}), ("part 3", {"section": "3"}),
          ("again", {})]


def one_run(index: str) -> dict:
    """In this process: open and warm ``index``, then make every query's clicks, timed and counted."""
    from werkzeug.datastructures import MultiDict

    import search.retrieval.engine as engine
    import search.retrieval.grouped as grouped
    from search import SearchParams, run_search
    from search.index import IndexHandle

    handle = IndexHandle(Path(index))
    handle.warm()  # as the app starts: no warming thread left running beside the requests
    searcher = handle.searcher()
    counted = [0]
    original = grouped.select_results

    def counting(*args, **kwargs):
        counted[0] += 1
        return original(*args, **kwargs)

    # The engine calls its own import; listed_lead_ins imports from grouped when it runs.
    engine.select_results = grouped.select_results = counting
    out = {}
    for q in QUERIES:
        for label, extra in CLICKS:
            params = SearchParams.from_args(MultiDict([("q", q), *extra.items()]))
            counted[0] = 0
            start = time.perf_counter()
            run_search(searcher, params)
            out[f"{q} | {label}"] = {"ms": round((time.perf_counter() - start) * 1000, 1), "selections": counted[0]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(one_run(args.index)))
        return
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-m", "bench.selections", args.index, "--child"], capture_output=True,
                              text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    rows = {key: {"ms": statistics.median(r[key]["ms"] for r in runs), "selections": runs[0][key]["selections"]}
            for key in runs[0]}
    by_click = {label: {"ms_total": round(sum(v["ms"] for k, v in rows.items() if k.endswith("| " + label)), 1),
                        "selections": sum(v["selections"] for k, v in rows.items() if k.endswith("| " + label))}
                for label, _ in CLICKS}
    result = {"machine": machine(), "index": args.index, "runs": args.runs, "by_click": by_click, "requests": rows}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
