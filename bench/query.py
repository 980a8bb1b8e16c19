"""Benchmark searches the way the web page runs them: in process and over HTTP under gunicorn.

    python -m bench.query INDEX [--rounds 10] [--procs 3] [--http-requests 400] [--out results.json]
                                [--profile] [--no-http]

INDEX is an index folder (the one holding ``current``). A fixed mix of realistic queries
(single words, a quoted phrase, two-word AND, OR and NOT, facet filters, the empty query,
deep pages, other sort orders) is parsed with ``SearchParams.from_args`` from a werkzeug
MultiDict and run through ``run_search``, exactly as ``/`` does. Each of ``--procs`` fresh
processes opens the index with ``IndexHandle``, runs the mix once (cold: first execution
on a newly opened searcher; the OS file cache stays warm, nothing is dropped) and then
``--rounds`` more times (warm). Then gunicorn is started with 2 workers on a loopback port
(once with ``--preload`` as ``make serve`` does, once without, for the start-up time), the
same mix is requested a bounded number of times serially and with 4 client threads, and
gunicorn is stopped. ``--profile`` profiles the slowest queries and splits their time into
facet counting, search and sort, stored fields, snippets and query parsing.
"""
# Over 350 lines, kept whole: one benchmark script, whose parent process, measured child processes
# and report belong together (bench/common.py holds what the scripts share).
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

from bench.common import machine, median, run_json, summary_ms, tree_rss

ROOT = Path(__file__).resolve().parent.parent

# (label, query-string pairs). "{agency}" / "{province}" are filled from the index's own facets.
MIX: list[tuple[str, list[tuple[str, str]]]] = [
    ("word 低保", [("q", "低保")]),
    ("word 政府信息公开", [("q", "政府信息公开")]),
    ("phrase \"政府信息公开条例\"", [("q", '"政府信息公开条例"')]),
    ("AND 政府信息公开 申请", [("q", "政府信息公开 申请")]),
    ("word 行政复议", [("q", "行政复议")]),
    ("word 依申请公开", [("q", "依申请公开")]),
    ("AND 主动公开 规范性文件", [("q", "主动公开 规范性文件")]),
    ("word 高龄津贴", [("q", "高龄津贴")]),
    ("OR 低保 OR 特困", [("q", "低保 OR 特困")]),
    ("NOT 保密审查 -民政", [("q", "保密审查 -民政")]),
    ("phrase \"政务微博\"", [("q", '"政务微博"')]),
    ("word + year=2020", [("q", "信息公开"), ("year", "2020")]),
    ("word + agency", [("q", "低保"), ("agency", "{agency}")]),
    ("word + level+province", [("q", "申请"), ("level", "county"), ("province", "{province}")]),
    ("word + section=4", [("q", "行政诉讼"), ("section", "4")]),
    ("empty", []),
    ("empty + year=2021", [("year", "2021")]),
    ("empty + agency", [("agency", "{agency}")]),
    ("word page=50", [("q", "低保"), ("page", "50")]),
    ("AND page=50", [("q", "政府信息公开 申请"), ("page", "50")]),
    ("word sort=newest", [("q", "公开"), ("sort", "newest")]),
    ("word flat page=10", [("q", "公开"), ("flat", "1"), ("page", "10")]),
    ("query language", [("q", "agency:民政局 year:2020-2022 救助")]),
]


# Queries no mix above runs, for first requests: every one is sent once, so none of its work is
# cached but what the server computed for other queries or when it opened the index. The page
# and the API get different ones (the same query twice would be warm the second time).
_COLD_WORDS = [
    "残疾人", "教育收费", "医疗保险", "征地补偿", "食品安全", "环境监测", "安全生产", "乡村振兴", "养老服务",
    "住房保障", "棚户区改造", "财政预算", "政府采购", "重大建设项目", "公共资源交易", "行政许可", "行政处罚",
    "行政强制", "政策解读", "新闻发布会", "政务新媒体", "政府网站", "政务服务", "12345热线", "人大代表建议",
    "政协提案", "公开目录", "公开指南", "国家秘密", "第三方", "内部事务", "过程性信息", "行政执法案卷", "补正",
    "逾期", "工作日", "培训", "考核", "监督检查", "社会评议", "责任追究", "统计数据", "疫情防控", "营商环境",
    "减税降费", "就业创业", "义务教育", "基层政务公开", "依法行政", "权责清单", "人事任免", "招标投标", "审计结果",
    "价格收费", "社会保险", "突发事件", "应急管理", "文物保护", "交通运输", "水利工程",
]
_COLD_SHAPES = [
    lambda w: [("q", w)],
    lambda w: [("q", w), ("year", "2021")],
    lambda w: [("q", f'"{w}"')],
    lambda w: [("q", f"{w} 情况")],
    lambda w: [("q", w), ("section", "2")],
    lambda w: [("q", f"{w} -公开")],
]
COLD = [(f"cold {i:02d}", _COLD_SHAPES[i % len(_COLD_SHAPES)](word)) for i, word in enumerate(_COLD_WORDS)]
COLD_PAGE, COLD_API = COLD[0::2], COLD[1::2]  # 30 each


def fill(pairs: list[tuple[str, str]], values: dict[str, str]) -> list[tuple[str, str]]:
    """The pairs with placeholders replaced by values found in the index."""
    return [(k, v.format(**values)) for k, v in pairs]


def facet_values(searcher) -> dict[str, str]:
    """A common agency and province of this index, from the empty query's facets."""
    from werkzeug.datastructures import MultiDict

    from search.retrieval.engine import run_search
    from search.retrieval.params import SearchParams

    result = run_search(searcher, SearchParams.from_args(MultiDict([])))
    agencies = [f.value for f in result.facets.get("agency", []) if f.value != "未知机构"]
    provinces = [f.value for f in result.facets.get("province", []) if f.value != "unknown"]
    return {"agency": agencies[0] if agencies else "民政局", "province": provinces[0] if provinces else "浙江省"}


def child_inprocess(args) -> dict:
    """In this fresh process: open the index, run the mix once cold and ``rounds`` times warm."""
    t0 = time.perf_counter()
    from werkzeug.datastructures import MultiDict

    from search.analysis import init_jieba
    from search.retrieval.engine import run_search
    from search.index import IndexHandle
    from search.retrieval.params import SearchParams
    imported = time.perf_counter()
    init_jieba()
    jieba_ready = time.perf_counter()
    handle = IndexHandle(Path(args.index))
    searcher = handle.searcher()
    opened = time.perf_counter()
    values = json.loads(args.values)
    queries = [(label, MultiDict(fill(pairs, values))) for label, pairs in MIX]

    def run(mdict) -> tuple[float, int, int]:
        start = time.perf_counter()
        result = run_search(handle.searcher(), SearchParams.from_args(mdict))
        return time.perf_counter() - start, result.total, len(result.hits)

    cold, warm = {}, {label: [] for label, _ in queries}
    totals = {}
    for label, mdict in queries:
        cold[label], totals[label], _ = run(mdict)
    first_query = cold[queries[0][0]]
    started = time.perf_counter()
    for _ in range(args.rounds):
        for label, mdict in queries:
            warm[label].append(run(mdict)[0])
    elapsed = time.perf_counter() - started
    handle.close()
    return {
        "import_s": round(imported - t0, 3), "jieba_init_s": round(jieba_ready - imported, 3),
        "open_s": round(opened - jieba_ready, 3), "first_query_s": round(first_query, 4),
        "cold": cold, "warm": warm, "totals": totals,
        "warm_qps": round(args.rounds * len(queries) / elapsed, 1),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 30.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


class Gunicorn:
    """gunicorn serving the app on a loopback port, started and stopped by us."""

    def __init__(self, index: Path, workers: int = 2, preload: bool = True):
        self.port = _free_port()
        cmd = [str(Path(sys.executable).with_name("gunicorn")), "--workers", str(workers),
               "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning", "app:create_app()"]
        if preload:
            cmd.insert(1, "--preload")
        self.cmd = cmd
        self.env = {**os.environ, "NIANBAO_INDEX": str(index)}
        self.proc: subprocess.Popen | None = None

    def start(self, first_path: str, limit: float = 60.0) -> float:
        """Start and wait for the first answered query; seconds from spawn to its 200."""
        started = time.perf_counter()
        self.proc = subprocess.Popen(self.cmd, cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, start_new_session=True)
        while time.perf_counter() - started < limit:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                status, _ = _get(self.url(first_path), timeout=limit)
                if status == 200:
                    return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                time.sleep(0.02)
        raise RuntimeError("gunicorn did not answer in time")

    def url(self, path: str) -> str:
        """Full URL of a path on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def rss_mb(self) -> float:
        """RSS of the master and its workers."""
        import psutil

        return round(tree_rss(psutil.Process(self.proc.pid)) / 2**20, 1)

    def stop(self) -> None:
        """SIGTERM our gunicorn master (it stops its workers); SIGKILL it if it lingers."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def http_bench(index: Path, values: dict, requests: int, rounds_startup: int) -> dict:
    """Start-up times, then serial and concurrent latency of ``/?…`` under gunicorn (2 workers)."""
    paths = [(label, "/?" + urlencode(fill(pairs, values))) for label, pairs in MIX]
    out: dict = {"startup_preload_s": [], "startup_no_preload_s": []}
    for preload, key in ((True, "startup_preload_s"), (False, "startup_no_preload_s")):
        for _ in range(rounds_startup):
            server = Gunicorn(index, preload=preload)
            try:
                out[key].append(round(server.start(paths[0][1]), 3))
            finally:
                server.stop()
    server = Gunicorn(index, preload=True)
    try:
        server.start(paths[0][1])
        for _, path in paths:  # each worker's first sight of each query is not what we measure here
            _get(server.url(path))
        serial, errors = [], 0
        per_label: dict[str, list[float]] = {}
        for i in range(requests):
            label, path = paths[i % len(paths)]
            t = time.perf_counter()
            status, body = _get(server.url(path))
            dt = time.perf_counter() - t
            errors += status != 200
            serial.append(dt)
            per_label.setdefault(label, []).append(dt)
        lock = threading.Lock()
        concurrent: list[float] = []

        def one(i: int) -> None:
            nonlocal errors
            t = time.perf_counter()
            status, _ = _get(server.url(paths[i % len(paths)][1]))
            with lock:
                concurrent.append(time.perf_counter() - t)
                errors += status != 200

        t = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(one, range(requests)))
        wall = time.perf_counter() - t
        out.update({
            "serial": summary_ms(serial), "serial_qps": round(len(serial) / sum(serial), 1),
            "concurrent4": summary_ms(concurrent), "concurrent4_qps": round(requests / wall, 1),
            "errors": errors, "rss_mb": server.rss_mb(),
            "per_query_p50_ms": {k: round(sorted(v)[len(v) // 2] * 1000, 1) for k, v in per_label.items()},
        })
    finally:
        server.stop()
    return out


def _categorise(frame, out: dict, rules) -> None:
    """Add each outermost frame matching a rule to its category; the rest goes to 'other'."""
    for name, test in rules:
        if test(frame):
            out[name] = out.get(name, 0.0) + frame.time
            return
    children = frame.children
    covered = sum(c.time for c in children)
    out["other"] = out.get("other", 0.0) + max(0.0, frame.time - covered)
    for child in children:
        _categorise(child, out, rules)


def profile_queries(index: Path, values: dict, labels: list[str], repeat: int, out_file: Path) -> dict:
    """Profile each named query ``repeat`` times warm; split its time into parts."""
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer
    from werkzeug.datastructures import MultiDict

    from search.retrieval.engine import run_search
    from search.index import IndexHandle
    from search.retrieval.params import SearchParams

    handle = IndexHandle(index)
    searcher = handle.searcher()
    queries = {label: MultiDict(fill(pairs, values)) for label, pairs in MIX}
    # Names are matched loosely so a renamed helper lands in 'other' instead of breaking the script.
    rules = [
        ("facet counts", lambda f: f.function in ("_facets", "compute_facets")),
        ("totals (report_id counts)", lambda f: f.function in ("_count", "docs_for_query")),
        ("snippets", lambda f: "snippet" in f.function),
        ("stored fields", lambda f: f.function in ("stored_fields", "fields", "get", "__getitem__")
         and "whoosh" in (f.file_path or "")),
        ("search + sort", lambda f: f.function in ("search", "search_with_collector")
         and "whoosh" in (f.file_path or "")),
        ("query parsing", lambda f: f.function in ("parse_query", "to_whoosh", "from_args")),
    ]
    report, texts = {}, []
    for label in labels:
        run_search(searcher, SearchParams.from_args(queries[label]))  # warm
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(repeat):
            run_search(searcher, SearchParams.from_args(queries[label]))
        profiler.stop()
        session = profiler.last_session
        root = session.root_frame()
        parts: dict[str, float] = {}
        _categorise(root, parts, rules)
        total = sum(parts.values()) or 1.0
        report[label] = {k: f"{v / repeat * 1000:.1f} ms ({v / total:.0%})"
                         for k, v in sorted(parts.items(), key=lambda kv: -kv[1])}
        texts.append(f"##### {label} (x{repeat})\n" + ConsoleRenderer(unicode=True).render(session))
        texts.append(ConsoleRenderer(unicode=True, flat=True).render(session))
    handle.close()
    out_file.write_text("\n".join(texts), encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    """Run the query benchmark and print (and optionally save) the figures."""
    ap = argparse.ArgumentParser(prog="python -m bench.query", description=__doc__.split("\n")[0])
    ap.add_argument("index", type=Path, help="index folder (holding `current`)")
    ap.add_argument("--rounds", type=int, default=10, help="warm passes over the mix per process")
    ap.add_argument("--procs", type=int, default=3, help="fresh processes (cold figures are their medians)")
    ap.add_argument("--http-requests", type=int, default=400, help="requests per HTTP pass (bounded)")
    ap.add_argument("--startups", type=int, default=3, help="gunicorn start-ups timed per mode")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--values", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    index = args.index.resolve()
    args.index = index

    if args.child:
        print(json.dumps(child_inprocess(args), ensure_ascii=False))
        return 0

    from search.index import IndexHandle

    handle = IndexHandle(index)
    searcher = handle.searcher()
    values = facet_values(searcher)
    results: dict = {"machine": machine(), "index": str(index), "doc_count": searcher.doc_count(),
                     "values": values, "mix": [label for label, _ in MIX]}
    handle.close()
    print(f"index {index}: {results['doc_count']} documents; agency={values['agency']} province={values['province']}",
          flush=True)
    try:
        runs = [run_json(["bench.query", str(index), "--child", "--rounds", str(args.rounds),
                          "--values", json.dumps(values, ensure_ascii=False)]) for _ in range(args.procs)]
        results["inprocess_runs"] = runs
        warm_all = [t for run in runs for times in run["warm"].values() for t in times]
        cold_all = [t for run in runs for t in run["cold"].values()]
        per_query = {label: summary_ms([t for run in runs for t in run["warm"][label]]) for label, _ in MIX}
        results["inprocess"] = {
            "open_s": median([r["open_s"] for r in runs]),
            "import_s": median([r["import_s"] for r in runs]),
            "jieba_init_s": median([r["jieba_init_s"] for r in runs]),
            "first_query_ms": round(median([r["first_query_s"] for r in runs]) * 1000, 1),
            "cold": summary_ms(cold_all),
            "warm": summary_ms(warm_all),
            "warm_qps": median([r["warm_qps"] for r in runs]),
            "per_query_warm": per_query,
            "totals": runs[0]["totals"],
        }
        inproc = results["inprocess"]
        print(f"in process: open {inproc['open_s']} s, first query {inproc['first_query_ms']} ms; "
              f"cold {inproc['cold']}; warm {inproc['warm']}, {inproc['warm_qps']} q/s", flush=True)
        for label, s in sorted(per_query.items(), key=lambda kv: -kv[1]["p50"]):
            print(f"  {s['p50']:8.1f} ms p50 {s['p95']:8.1f} ms p95  {label}  ({inproc['totals'][label]} hits)")

        if not args.no_http:
            results["http"] = http_bench(index, values, args.http_requests, args.startups)
            h = results["http"]
            print(f"http: start-up to first answer {h['startup_preload_s']} s (--preload), "
                  f"{h['startup_no_preload_s']} s (no preload); serial {h['serial']} {h['serial_qps']} q/s; "
                  f"4 clients {h['concurrent4']} {h['concurrent4_qps']} q/s; errors {h['errors']}; "
                  f"RSS {h['rss_mb']} MB", flush=True)

        if args.profile:
            slowest = sorted(per_query, key=lambda k: -per_query[k]["p50"])[:4]
            target = args.out.with_suffix(".profile.txt") if args.out else Path("query-profile.txt")
            results["profile"] = profile_queries(index, values, slowest, 5, target)
            for label, parts in results["profile"].items():
                print(f"profile {label}: {parts}")
    finally:
        if args.out:
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
