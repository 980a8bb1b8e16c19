"""Relevance benchmark: Nianbao's grouped search against two plain BM25 baselines, by report.

    .venv/bin/python bench/relevance.py                  # dev split: nDCG@10 and recall@10 tables
    .venv/bin/python bench/relevance.py --details        # plus each dev query's top 10, worst first
    .venv/bin/python bench/relevance.py --split test     # the test split: run it to record a round
    .venv/bin/python bench/relevance.py --pool FILE      # write the unjudged top-20 pool of every query

Three systems rank the same 231 reports (bench/relevance_corpus.py) in one run:

* ``nianbao`` -- ``run_search`` as the portal's result list shows it: grouped, one result per
  report, over an index that ``build_index`` makes of the corpus files (a file the parser refuses
  is not in it, and counts as not found);
* ``bigram``  -- BM25 over whole reports, character bigrams (bench/relevance_baselines.py);
* ``jieba``   -- BM25 over whole reports, jieba search-mode words, no synonyms, no boosts.

The judged queries and grades are in tests/relevance/ (bench/relevance_set.py reads them); every
query is in the dev or the test split by a fixed rule on its id (bench/relevance_split.py). Tune
on dev only: ``--details`` shows dev queries and nothing of test. docs/relevance.md has the method.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
if not __package__:
    # Run as `python bench/relevance.py`, Python puts bench/ first on the path, not the repo root
    # that holds the packages; imported as bench.relevance (the tests) the root is already there.
    sys.path.insert(0, str(ROOT))

from bench.relevance_baselines import bigram_tokens, bm25_ranker, jieba_tokens, report_text  # noqa: E402
from bench.relevance_corpus import corpus_files, with_addresses  # noqa: E402
from bench.relevance_set import RELEVANT, SETS, JudgedQuery, judged_queries  # noqa: E402
from bench.relevance_split import DEV, SPLITS, TEST  # noqa: E402
from indexer.build import build_index
from search.schema import content_id as file_id  # noqa: E402
from search.retrieval.engine import run_search  # noqa: E402
from search.index import IndexHandle  # noqa: E402
from search.retrieval.params import SearchParams  # noqa: E402

K = 10  # cut-off of the metrics
POOL_DEPTH = 20  # results per system pooled for judging
SYSTEMS = ("nianbao", "bigram", "jieba")
Ranker = Callable[[str, int], list[str]]  # (query, how many) -> report keys, best first


# ---------------------------------------------------------------- systems


class Systems:
    """The three rankers over one corpus; ``close`` releases Nianbao's index."""

    def __init__(self, files: dict[str, Path], index_root: Path, indexed_files: dict[str, Path] | None = None):
        # One parsing process: a pool adds reports in completion order, which would change
        # which of two equally scored reports comes first from run to run. Nianbao may index other
        # copies of the same files (the pages beside their addresses); the baselines read the text.
        build_index(list((indexed_files or files).values()), index_root, jobs=1)
        self.handle = IndexHandle(index_root)
        self.searcher = self.handle.searcher()
        self.key_of_id = {file_id(path): key for key, path in files.items()}
        keys = list(files)
        texts = [report_text(files[key]) for key in keys]
        self.rankers: dict[str, Ranker] = {
            "nianbao": self._nianbao,
            "bigram": bm25_ranker(keys, texts, bigram_tokens),
            "jieba": bm25_ranker(keys, texts, jieba_tokens),
        }

    def _nianbao(self, query: str, limit: int) -> list[str]:
        result = run_search(self.searcher, SearchParams(q=query, per_page=limit))
        return [self.key_of_id[h.report_id] for h in result.hits]

    def indexed(self) -> set[str]:
        """Keys of the reports Nianbao's index holds."""
        return {self.key_of_id[d["report_id"]] for d in self.searcher.documents(kind="report")}

    def close(self) -> None:
        self.handle.close()

    @classmethod
    @contextmanager
    def over(cls, files: dict[str, Path], prefix: str, addresses: bool = False) -> Iterator[Systems]:
        """The systems over ``files``, indexed in a temporary folder that goes, with the index closed, on leaving
        (every relevance bench ranks so: the split sets, the rewordings, the fresh set). With ``addresses``
        Nianbao indexes each page beside its address, as deployed (``relevance_corpus.with_addresses``)."""
        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            indexed = with_addresses(files, Path(tmp) / "addressed") if addresses else None
            systems = cls(files, Path(tmp) / "index", indexed)
            try:
                yield systems
            finally:
                systems.close()


def add_addresses_option(ap: argparse.ArgumentParser) -> None:
    """The option every relevance bench takes: Nianbao's index of pages/ built with each page's address."""
    ap.add_argument("--addresses", action="store_true", help="index each page with its address (a FILE.url "
                    "sidecar), as the product's build reads a crawled page; the baselines stay text only "
                    "(default: text only, the historic series)")


# ---------------------------------------------------------------- metrics


def ndcg(ranking: list[str], grades: dict[str, int], k: int = K) -> float:
    """nDCG@k, gain 2^grade - 1, discount log2(rank + 1), ideal from all the query's grades."""
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranking[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranking: list[str], grades: dict[str, int], k: int = K) -> float:
    """Share of the reports of grade >= RELEVANT in the top k, out of min(k, how many there are)."""
    relevant = {key for key, g in grades.items() if g >= RELEVANT}
    return len(relevant & set(ranking[:k])) / min(k, len(relevant)) if relevant else 0.0


METRICS = {"nDCG@10": ndcg, "recall@10": recall}


def is_judged(query: JudgedQuery, key: str) -> bool:
    """Whether the pair has a grade. The original queries were judged over every section of the
    samples and tests/layouts, so there an absent grade is a judged 0."""
    return key in query.grades or (query.set == "original" and key.startswith(("samples/", "layouts/")))


@dataclass
class Outcome:
    """One system's ranking of one query (POOL_DEPTH deep) and its scores at K."""

    query: JudgedQuery
    system: str
    ranking: list[str]
    scores: dict[str, float]
    judged_share: float  # of the top K, how many pairs have a grade


def scorable(query: JudgedQuery) -> bool:
    """A query counts in the means once it has a report of grade >= RELEVANT."""
    return bool(query.relevant())


def evaluate(queries: list[JudgedQuery], rankers: dict[str, Ranker], depth: int = K) -> list[Outcome]:
    """Run every query on every system and score it."""
    outcomes = []
    for name, rank in rankers.items():
        for q in queries:
            ranking = rank(q.query, depth)
            top = ranking[:K]
            judged = sum(is_judged(q, key) for key in top) / len(top) if top else 1.0
            outcomes.append(Outcome(q, name, ranking, {m: f(ranking, q.grades) for m, f in METRICS.items()}, judged))
    return outcomes


def means(outcomes: list[Outcome], keep: Callable[[JudgedQuery], bool] = lambda q: True) -> dict[str, dict[str, float]]:
    """system -> metric -> mean over the scorable queries that ``keep`` accepts; plus 'n' and 'judged@10'."""
    acc: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for o in outcomes:
        if scorable(o.query) and keep(o.query):
            for m, v in o.scores.items():
                acc[o.system][m].append(v)
            acc[o.system]["judged@10"].append(o.judged_share)
    out = {}
    for system, ms in acc.items():
        out[system] = {m: sum(v) / len(v) for m, v in ms.items()}
        out[system]["n"] = len(ms["judged@10"])
    return out


# ---------------------------------------------------------------- pooling


def pool(outcomes: list[Outcome], depth: int = POOL_DEPTH) -> list[dict]:
    """Per query, the unjudged reports of every system's top ``depth``, in an order that hides
    which system found them (sorted by a hash of query id and report key)."""
    found: dict[str, set[str]] = defaultdict(set)
    queries = {}
    for o in outcomes:
        queries[o.query.id] = o.query
        found[o.query.id].update(key for key in o.ranking[:depth] if not is_judged(o.query, key))
    lines = []
    for qid, keys in found.items():
        if keys:
            shuffled = sorted(keys, key=lambda k: hashlib.sha256(f"{qid}|{k}".encode()).hexdigest())
            lines.append({"query": qid, "reports": shuffled})
    return lines


# ---------------------------------------------------------------- report


def machine_line() -> str:
    """nproc, CPU model, Python version: what the figures were measured on."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"- machine: nproc {os.cpu_count()}, CPU {model}, Python {platform.python_version()}"


def _table(title: str, rows: list[tuple[str, dict[str, dict[str, float]]]]) -> list[str]:
    head = "| " + title + " | queries | " + " | ".join(f"{s} nDCG@10 | {s} recall@10" for s in SYSTEMS) + " |"
    lines = [head, "|" + " --- |" * (2 + 2 * len(SYSTEMS))]
    for label, m in rows:
        if not m:
            continue
        n = int(m[SYSTEMS[0]]["n"])
        cells = " | ".join(f"{m[s]['nDCG@10']:.3f} | {m[s]['recall@10']:.3f}" for s in SYSTEMS)
        lines.append(f"| {label} | {n} | {cells} |")
    return lines


def format_report(outcomes: list[Outcome], queries: list[JudgedQuery], splits: list[str], corpus: int,
                  indexed: int, seconds: float, command: str) -> str:
    """Markdown: per split, the three systems on the original, blind and all queries."""
    unscorable = sorted(q.id for q in queries if not scorable(q))
    lines = [
        f"- command: `{command}`",
        machine_line(),
        f"- date: {time.strftime('%Y-%m-%d', time.gmtime())}; corpus {corpus} reports, {indexed} in Nianbao's index; "
        f"{len(queries)} queries ({len(unscorable)} without a relevant report, left out); run took {seconds:.1f} s",
    ]
    for split in splits:
        def of(keep):
            return means(outcomes, lambda q: q.split == split and keep(q))
        lines += ["", f"**{split}**", ""]
        lines += _table("set", [
            ("original (148 set)", of(lambda q: q.set == "original")),
            ("blind", of(lambda q: q.set == "blind")),
            ("blind, new intents", of(lambda q: q.set == "blind" and q.new_intent)),
            ("blind, covered intents", of(lambda q: q.set == "blind" and not q.new_intent)),
            ("all", of(lambda q: True)),
        ])
        judged = of(lambda q: True)
        lines += ["", "judged share of the top 10 (all queries): "
                  + ", ".join(f"{s} {judged[s]['judged@10']:.3f}" for s in SYSTEMS if s in judged)]
    return "\n".join(lines)


def format_kinds(outcomes: list[Outcome], split: str = DEV) -> str:
    """Per intent (blind) and kind (original), one split."""
    rows = []
    for set_name in SETS:
        kinds = sorted({o.query.kind for o in outcomes if o.query.set == set_name})
        for kind in kinds:
            rows.append((f"{set_name}: {kind}", means(outcomes, lambda q, k=kind, s=set_name: q.split == split and q.set == s and q.kind == k)))
    return "\n".join([f"Per intent or kind, {split}:", ""] + _table("intent / kind", rows))


def format_details(outcomes: list[Outcome], system: str = "nianbao") -> str:
    """Every dev query of one system, worst nDCG first, with its top 10 as report(grade)."""
    rows = sorted((o for o in outcomes if o.system == system and o.query.split == DEV and scorable(o.query)),
                  key=lambda o: (o.scores["nDCG@10"], o.query.id))
    lines = [f"Per dev query, {system}, worst first:", ""]
    for o in rows:
        q = o.query
        shown = " ".join(f"{key}({q.grades.get(key, 0) if is_judged(q, key) else '?'})" for key in o.ranking[:K]) or "(no hits)"
        wanted = " ".join(f"{key}({g})" for key, g in sorted(q.grades.items(), key=lambda kv: (-kv[1], kv[0])) if g >= RELEVANT)
        lines.append(f"- {q.id} [{q.kind}] `{q.query}` nDCG {o.scores['nDCG@10']:.2f} R {o.scores['recall@10']:.2f}\n"
                     f"    got: {shown}\n    relevant: {wanted}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=[*SPLITS, "both"], default=DEV, help="which split to report (default: dev)")
    ap.add_argument("--details", action="store_true", help="also print per-intent means and every dev query's top 10 (Nianbao)")
    ap.add_argument("--pool", type=Path, help="write the unjudged top-20 pool of every query (both splits) to this JSON-lines file")
    add_addresses_option(ap)
    args = ap.parse_args(argv)
    started = time.monotonic()
    try:
        files = corpus_files()
    except FileNotFoundError as exc:
        print(f"relevance: {exc}", file=sys.stderr)
        return 2
    queries = judged_queries()
    with Systems.over(files, "nianbao-relevance-", args.addresses) as systems:
        depth = POOL_DEPTH if args.pool else K
        # Pooling runs every query; measuring runs only the split asked for.
        splits = list(SPLITS) if args.split == "both" else [args.split]
        run = queries if args.pool else [q for q in queries if q.split in splits]
        outcomes = evaluate(run, systems.rankers, depth)
        indexed = len(systems.indexed())
    if args.pool:
        lines = pool(outcomes)
        args.pool.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
        print(f"{sum(len(line['reports']) for line in lines)} unjudged pairs of {len(lines)} queries -> {args.pool}")
        return 0
    python = os.path.relpath(sys.executable, ROOT) if sys.executable.startswith(str(ROOT)) else sys.executable
    command = f"{python} bench/relevance.py " + " ".join(argv if argv is not None else sys.argv[1:])
    print(format_report(outcomes, run, splits, len(files), indexed, time.monotonic() - started, command.strip()))
    if args.details:
        print()
        print(format_kinds(outcomes))
        print()
        print(format_details(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
