"""Benchmark the index build against jieba alone on the same text.

    python -m bench.index CORPUS [--procs N] [--runs 3] [--out results.json] [--keep-index DIR]
                                 [--profile] [--no-incremental] [--code CHECKOUT]

Each run is a fresh process calling ``indexer.build.build_index`` (the real code path) on a
fresh folder, with this process tree's RSS sampled throughout (workers included). Interleaved
with each build, another fresh process times the baseline on the same text: ``parse_file``
alone, jieba's precise cut over exactly the strings the build gives to the jieba-analysed
fields (one core, then ``jieba.enable_parallel(2)``), our word tokenizer and the bigram
tokenizer over the same strings. The key figure is build seconds / jieba seconds, taken
within each pair and then the median. The incremental run rewrites 1 % of the files and
builds again on the last index. ``--profile`` runs one single-process build under
pyinstrument and writes the profile next to the JSON. ``--code`` measures another checkout's
build (say main's, for a before/after in one session) with these scripts.

jieba is imported here, outside search/analysis.py, only because jieba itself is the baseline.
"""
# Over 350 lines, kept whole: one benchmark script, whose parent process, measured child processes
# and report belong together (bench/common.py holds what the scripts share).
from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PeakMemory, dir_size, machine, median, run_json

CHANGED_SHARE = 0.01


def corpus_stats(corpus: Path) -> dict:
    """Files, bytes and characters of the corpus (what MB/s is computed on)."""
    from indexer.build import collect_files

    files = collect_files([corpus])
    size = sum(f.stat().st_size for f in files)
    chars = sum(len(f.read_bytes().decode("utf-8", errors="strict")) for f in files)
    return {"files": len(files), "bytes": size, "chars": chars}


def _build_kwargs(build_index, procs: int, full: bool) -> dict:
    """Only the options this version of ``build_index`` takes (the scripts outlive the code)."""
    params = inspect.signature(build_index).parameters
    kwargs = {}
    if "jobs" in params:
        kwargs["jobs"] = procs
    elif "procs" in params:
        kwargs["procs"] = procs
    if "full" in params:
        kwargs["full"] = full
    return kwargs


def _time_commits(marks: dict) -> None:
    """Time Whoosh writer commits in this process (children of a parallel writer commit their own)."""
    from whoosh import writing

    classes = [writing.SegmentWriter]
    try:
        from whoosh.multiproc import MpWriter
        classes.append(MpWriter)
    except ImportError:
        pass
    parent = os.getpid()
    depth = [0]
    for cls in classes:
        original = cls.__dict__.get("commit")
        if original is None:
            continue

        def commit(self, *args, _original=original, **kwargs):
            outer = os.getpid() == parent and depth[0] == 0
            depth[0] += 1
            started = time.perf_counter()
            try:
                return _original(self, *args, **kwargs)
            finally:
                depth[0] -= 1
                if outer:
                    marks.setdefault("commit_start", started)
                    marks["commit_end"] = time.perf_counter()
                    marks["commit"] = marks.get("commit", 0.0) + time.perf_counter() - started

        cls.commit = commit


def child_build(args) -> dict:
    """One build in this fresh process: wall time, phases, peak RSS of the tree, index size."""
    import resource

    started = time.perf_counter()
    from indexer.build import build_index, collect_files
    from search.index import IndexHandle, current_generation
    imported = time.perf_counter()

    # The folder, as `indexer build` is given it: a list of its files held here would be counted
    # again in every parse worker forked from this process.
    files = [args.corpus]
    if args.changed:  # an incremental build: the corpus with some files replaced by changed copies
        changed = {p.name: p for p in collect_files([args.changed])}
        files = [changed.get(p.name, p) for p in collect_files([args.corpus])]
    marks: dict = {"files_seen": 0}

    def on_file(path):
        marks["files_seen"] += 1
        marks["last_file"] = time.perf_counter()

    _time_commits(marks)
    kwargs = _build_kwargs(build_index, args.procs, full=not args.changed)
    with PeakMemory() as memory:
        t0 = time.perf_counter()
        summary = build_index(files, args.index, on_file=on_file, **kwargs)
        t1 = time.perf_counter()
    generation = current_generation(Path(args.index))
    handle = IndexHandle(Path(args.index))
    doc_count = handle.searcher().doc_count()
    handle.close()
    parse_end = marks.get("last_file", t0)
    commit_start = marks.get("commit_start", t1)
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": round(t1 - t0, 3),
        "import_seconds": round(imported - started, 3),
        "phases": {
            "parse": round(parse_end - t0, 3),  # hashing + parsing, up to the last file parsed
            "write": round(max(0.0, commit_start - parse_end), 3),  # to_documents + add_document
            "commit": round(marks.get("commit", 0.0), 3),
            "verify_swap": round(max(0.0, t1 - marks.get("commit_end", t1)), 3),
        },
        "peak_rss_tree_mb": round(memory.peak / 2**20, 1),
        "peak_pss_tree_mb": round(memory.peak_pss / 2**20, 1),
        "maxrss_self_mb": round(self_usage.ru_maxrss / 1024, 1),
        "maxrss_largest_child_mb": round(child_usage.ru_maxrss / 1024, 1),
        "cpu_seconds": round(self_usage.ru_utime + self_usage.ru_stime + child_usage.ru_utime + child_usage.ru_stime, 2),
        "index_mb": round(dir_size(generation) / 2**20, 1) if generation else None,
        "doc_count": doc_count,
        "reports": summary.reports,
        "sections": summary.sections,
        "skipped": len(summary.skipped),
        "full": getattr(summary, "full", True),
        "parsed": getattr(summary, "parsed", summary.reports),
        "kwargs": kwargs,
    }


def _field_kinds() -> tuple[list[str], list[str]]:
    """Names of the schema's fields analysed by the jieba tokenizer and by the bigram one."""
    from search.schema import make_schema

    jieba_fields, gram_fields = [], []
    for name, field in make_schema().items():
        analyzer = getattr(field, "analyzer", None)
        if analyzer is None:
            continue
        parts = getattr(analyzer, "items", [analyzer])
        names = " ".join(type(p).__name__ for p in parts)
        if "Jieba" in names:
            jieba_fields.append(name)
        elif "Bigram" in names:
            gram_fields.append(name)
    return jieba_fields, gram_fields


def child_baseline(args) -> dict:
    """Parse alone, then jieba alone (1 core and enable_parallel(2)) over the build's jieba text."""
    from indexer.build import collect_files
    from indexer.documents import to_documents
    from indexer.parser import parse_file
    from search.analysis import bigram_analyzer, init_jieba, jieba_analyzer

    t = time.perf_counter()
    init_jieba()
    dict_load = time.perf_counter() - t
    import jieba

    files = collect_files([args.corpus])
    t = time.perf_counter()
    reports = []
    for path in files:
        try:
            reports.append(parse_file(path))
        except Exception:  # counted: a file the build would skip
            pass
    parse_seconds = time.perf_counter() - t
    t = time.perf_counter()
    docs = [doc for report in reports for doc in to_documents(report)]
    to_docs_seconds = time.perf_counter() - t
    jieba_fields, gram_fields = _field_kinds()
    texts = [doc[f] for doc in docs for f in jieba_fields if isinstance(doc.get(f), str) and doc[f]]
    grams = [doc[f] for doc in docs for f in gram_fields if isinstance(doc.get(f), str) and doc[f]]

    t = time.perf_counter()
    words = 0
    for text in texts:
        for _ in jieba.cut(text, HMM=True):
            words += 1
    jieba_one = time.perf_counter() - t

    analyzer = jieba_analyzer()
    t = time.perf_counter()
    tokens = 0
    for text in texts:
        for _ in analyzer(text, positions=True, chars=True, mode="index"):
            tokens += 1
    tokenizer_one = time.perf_counter() - t

    bigram = bigram_analyzer()
    t = time.perf_counter()
    for text in grams:
        for _ in bigram(text, positions=True, mode="index"):
            pass
    bigram_one = time.perf_counter() - t

    # jieba's parallel mode splits one text by lines over a process pool; the pool is made
    # before the clock starts, as a build's workers would be.
    jieba.enable_parallel(2)
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    t = time.perf_counter()
    pwords = sum(1 for _ in jieba.cut(joined, HMM=True))
    jieba_two = time.perf_counter() - t
    jieba.disable_parallel()
    return {
        "dict_load": round(dict_load, 3),
        "parse_alone": round(parse_seconds, 3),
        "to_documents": round(to_docs_seconds, 3),
        "jieba_fields": jieba_fields,
        "jieba_chars": sum(map(len, texts)),
        "jieba_words": words,
        "jieba_one_core": round(jieba_one, 3),
        "jieba_parallel2": round(jieba_two, 3),
        "jieba_parallel2_words": pwords,
        "our_tokenizer_index_mode": round(tokenizer_one, 3),
        "our_tokens": tokens,
        "bigram_tokenizer": round(bigram_one, 3),
        "reports": len(reports),
    }


def make_changed(corpus: Path, out: Path, share: float, tag: int = 1) -> int:
    """Copies of ``share`` of the corpus files, each with one sentence added, under ``out``."""
    from indexer.build import collect_files

    files = collect_files([corpus])
    step = max(1, round(1 / share))
    picked = files[::step]
    for path in picked:
        target = out / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        target.write_text(text + f"\n本报告数据已于次年第{tag}季度复核更正。\n", encoding="utf-8")
    return len(picked)


def profile_build(corpus: Path, work: Path, out: Path) -> dict:
    """One single-process build under pyinstrument; the top self-time lines and the call tree."""
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    from indexer.build import build_index, collect_files

    files = collect_files([corpus])
    profiler = Profiler(interval=0.002)
    profiler.start()
    build_index(files, work, **_build_kwargs(build_index, 1, full=True))
    profiler.stop()
    session = profiler.last_session
    flat = ConsoleRenderer(flat=True, show_all=False, unicode=True).render(session)
    tree = ConsoleRenderer(unicode=True, show_all=False).render(session)
    out.write_text(flat + "\n\n" + tree, encoding="utf-8")
    return {"file": str(out), "top_self": [line for line in flat.splitlines() if line.strip()][:40]}


def main(argv: list[str] | None = None) -> int:
    """Run the build benchmark and print (and optionally save) the figures."""
    ap = argparse.ArgumentParser(prog="python -m bench.index", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--procs", type=int, default=os.cpu_count() or 1, help="build workers (default: all cores)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, help="scratch folder (default: a new temporary one, removed)")
    ap.add_argument("--out", type=Path, help="write all figures as JSON here")
    ap.add_argument("--keep-index", type=Path, help="move the last run's index folder here")
    ap.add_argument("--profile", action="store_true", help="also profile one single-process build")
    ap.add_argument("--no-incremental", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--code", type=Path, help="the checkout whose build is measured (default: this one)")
    ap.add_argument("--child", choices=["build", "baseline"], help=argparse.SUPPRESS)
    ap.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--changed", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        result = child_build(args) if args.child == "build" else child_baseline(args)
        print(json.dumps(result, ensure_ascii=False))
        return 0

    own_work = args.work is None
    work = args.work or Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus.resolve()
    results: dict = {"machine": machine(), "corpus": {"path": str(corpus), **corpus_stats(corpus)},
                     "procs": args.procs, "runs": [], "baselines": []}
    meta = corpus / ".corpus.json"
    if meta.exists():
        results["corpus"]["made_by"] = json.loads(meta.read_text(encoding="utf-8"))
    print(f"corpus: {results['corpus']['files']} files, {results['corpus']['bytes'] / 1e6:.1f} MB, "
          f"{results['corpus']['chars'] / 1e6:.2f} M chars; procs={args.procs}", flush=True)
    try:
        last_index = None
        for run in range(args.runs):
            index = work / f"index-{run}"
            if last_index is not None:
                shutil.rmtree(last_index, ignore_errors=True)
            build = run_json(["bench.index", str(corpus), "--child", "build", "--index", str(index),
                              "--procs", str(args.procs)], code=args.code)
            results["runs"].append(build)
            line = (f"build {run + 1}: {build['seconds']:.1f} s {build['phases']}, peak RSS "
                    f"{build['peak_rss_tree_mb']:.0f} MB (PSS {build['peak_pss_tree_mb']:.0f} MB), index {build['index_mb']} MB, {build['doc_count']} docs")
            if not args.no_baseline:
                base = run_json(["bench.index", str(corpus), "--child", "baseline"], code=args.code)
                results["baselines"].append(base)
                line += (f" | jieba 1 core {base['jieba_one_core']:.1f} s, 2 procs {base['jieba_parallel2']:.1f} s,"
                         f" parse alone {base['parse_alone']:.1f} s")
            print(line, flush=True)
            last_index = index

        seconds = [r["seconds"] for r in results["runs"]]
        agg = {
            "build_seconds": median(seconds),
            "build_seconds_all": seconds,
            "reports_per_s": round(results["corpus"]["files"] / median(seconds), 1),
            "mb_per_s": round(results["corpus"]["bytes"] / 1e6 / median(seconds), 3),
            "peak_rss_tree_mb": median([r["peak_rss_tree_mb"] for r in results["runs"]]),
            "peak_pss_tree_mb": median([r["peak_pss_tree_mb"] for r in results["runs"]]),
            "index_mb": median([r["index_mb"] for r in results["runs"]]),
            "phases": {k: median([r["phases"][k] for r in results["runs"]]) for k in results["runs"][0]["phases"]},
        }
        if results["baselines"]:
            pairs = list(zip(results["runs"], results["baselines"]))
            agg.update({
                "jieba_one_core": median([b["jieba_one_core"] for b in results["baselines"]]),
                "jieba_parallel2": median([b["jieba_parallel2"] for b in results["baselines"]]),
                "parse_alone": median([b["parse_alone"] for b in results["baselines"]]),
                "our_tokenizer": median([b["our_tokenizer_index_mode"] for b in results["baselines"]]),
                "bigram_tokenizer": median([b["bigram_tokenizer"] for b in results["baselines"]]),
                "ratio_build_to_jieba_one_core": median([r["seconds"] / b["jieba_one_core"] for r, b in pairs]),
                "ratio_build_to_jieba_parallel2": median([r["seconds"] / b["jieba_parallel2"] for r, b in pairs]),
            })
        results["summary"] = agg

        if not args.no_incremental and last_index is not None:
            # A build is full when the indexer's code changed since the last one (its
            # fingerprint): with others editing the tree that happens, so try twice.
            for tag in (1, 2):
                changed = work / "changed"
                shutil.rmtree(changed, ignore_errors=True)
                n = make_changed(corpus, changed, CHANGED_SHARE, tag)
                inc = run_json(["bench.index", str(corpus), "--child", "build", "--index", str(last_index),
                                "--procs", str(args.procs), "--changed", str(changed)], code=args.code)
                if not inc["full"]:
                    break
            inc["changed_files"] = n
            inc["share_of_full_build"] = round(inc["seconds"] / agg["build_seconds"], 3)
            results["incremental"] = inc
            print(f"rebuild after changing {n} files: {inc['seconds']:.1f} s "
                  f"({'incremental' if not inc['full'] else 'FULL'}, parsed {inc['parsed']}) = "
                  f"{inc['share_of_full_build']:.1%} of a full build", flush=True)

        if args.keep_index and last_index is not None:
            if args.keep_index.exists():
                shutil.rmtree(args.keep_index)
            args.keep_index.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(last_index), str(args.keep_index))
            results["kept_index"] = str(args.keep_index)

        if args.profile:
            target = (args.out.with_suffix(".profile.txt") if args.out else work / "profile-build.txt")
            results["profile"] = profile_build(corpus, work / "index-profile", target)
            print(f"profile written to {target}", flush=True)
    finally:
        if args.out:
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        if own_work:
            shutil.rmtree(work, ignore_errors=True)

    print(json.dumps(results.get("summary", {}), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
