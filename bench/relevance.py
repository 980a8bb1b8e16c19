"""Relevance benchmark: Nianbao's search against two naive Whoosh set-ups on hand-judged queries.

    .venv/bin/python bench/relevance.py                 # summary and per-kind tables (markdown)
    .venv/bin/python bench/relevance.py --details       # plus every query's top 10 with grades

Three systems rank the same section documents (one per template part of each report):

* ``nianbao``  -- ``run_search`` with ``flat=True`` over the real index (jieba words, bigram
  field, synonyms, traditional-to-simplified, filters);
* ``bigram``   -- one text field with Whoosh's ``NgramAnalyzer(2)`` and the default query
  parser, each whitespace word becoming a phrase of its bigrams (the usual n-gram recipe);
* ``standard`` -- one text field with Whoosh's ``StandardAnalyzer``, what a naive set-up gives
  Chinese (a run of Han characters up to punctuation is one token).

The baselines index each section's agency, part heading and body (what Nianbao indexes in its
``agency``, ``section_title`` and ``body`` fields; its ``grams`` field holds the heading and body),
read back from the Nianbao index, so all three see the same documents. Judgments live in
``tests/relevance/queries.jsonl``; docs/relevance.md explains how they were made.

This is a measurement script outside the app, so it imports whoosh directly for the baselines.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from whoosh.analysis import NgramAnalyzer, StandardAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import QueryParser

ROOT = Path(__file__).resolve().parent.parent
if not __package__:
    # Run as `python bench/relevance.py`, Python puts bench/ first on the path, not the repo root
    # that holds the packages; imported as bench.relevance (the tests) the root is already there.
    sys.path.insert(0, str(ROOT))

from indexer.build import build_index  # noqa: E402
from search.engine import run_search  # noqa: E402
from search.index import IndexHandle  # noqa: E402
from search.params import SearchParams  # noqa: E402

QUERIES = ROOT / "tests" / "relevance" / "queries.jsonl"
LAYOUTS = ROOT / "tests" / "layouts"
K = 10
RELEVANT = 2  # grade from which a section counts as relevant for MRR and recall
SYSTEMS = ("nianbao", "bigram", "standard")

SectionKey = tuple[str, int]  # (file name, part number)


@dataclass
class JudgedQuery:
    """One query of the judged set: what was typed, why, and the graded sections."""

    id: str
    kind: str
    query: str
    need: str
    grades: dict[SectionKey, int]


def load_queries(paths: Iterable[Path]) -> list[JudgedQuery]:
    """Read judged queries from JSON-lines files (one query per line)."""
    queries = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            grades = {}
            for j in record["judgments"]:
                key = (j["file"], int(j["section"]))
                if key in grades:
                    raise ValueError(f"{path}:{number}: {key} judged twice")
                if j["grade"] not in (1, 2, 3):
                    raise ValueError(f"{path}:{number}: grade must be 1, 2 or 3")
                grades[key] = int(j["grade"])
            if not any(g >= RELEVANT for g in grades.values()):
                raise ValueError(f"{path}:{number}: a query needs a section of grade >= {RELEVANT}")
            queries.append(JudgedQuery(record["id"], record["kind"], record["query"], record.get("need", ""), grades))
    return queries


UNJUDGED = {"scanned-liuzhou-yufeng-2020.pdf"}


def default_corpus() -> list[Path]:
    """The judged corpus: the five sample reports and every report of tests/layouts (not the refused files)."""
    gold = [json.loads(line) for line in (LAYOUTS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    # The scan has been read (by OCR) only since issue 12, after the queries were judged: left out,
    # so the judged corpus and its figures stay what they were.
    return [ROOT / "samples", *(LAYOUTS / g["file"] for g in gold if "error" not in g and g["file"] not in UNJUDGED)]


def build_corpus_index(root: Path, corpus: list[Path] | None = None) -> None:
    """Index the corpus into ``root`` the same way every time."""
    # One parsing process: a pool adds reports in completion order, which would change
    # which of two equally scored sections comes first from run to run.
    build_index(corpus or default_corpus(), root, jobs=1)


# ---------------------------------------------------------------- systems


def section_documents(searcher) -> list[dict]:
    """Stored fields of every section document, by file and part (index order depends on the build)."""
    docs = [fields for _, fields in searcher.reader().iter_docs() if fields.get("kind") == "section"]
    return sorted(docs, key=section_key)


def section_key(fields: dict) -> SectionKey:
    """(file name, part number) of a stored section document or hit."""
    return Path(fields.get("source") or "").name, int(fields["section"])


def nianbao_ranker(searcher) -> Callable[[str], list[SectionKey]]:
    """Nianbao as users get it: ``run_search`` in flat mode, first page of K hits."""

    def rank(q: str) -> list[SectionKey]:
        result = run_search(searcher, SearchParams(q=q, flat=True, per_page=K))
        return [(Path(h.source).name, h.section) for h in result.hits]

    return rank


def _baseline_ranker(docs: list[dict], text_field) -> Callable[[str], list[SectionKey]]:
    """A one-field Whoosh index in memory over the same section texts, queried by QueryParser."""
    schema = Schema(key=ID(stored=True), text=text_field)
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for fields in docs:
            file, number = section_key(fields)
            # The text Nianbao indexes (indexer/documents.py): agency, heading, body, in one field.
            text = "\n".join([fields.get("agency") or "", fields.get("section_title") or "", fields.get("body") or ""])
            writer.add_document(key=f"{file}#{number}", text=text)
    searcher = ix.searcher()
    parser = QueryParser("text", schema)

    def rank(q: str) -> list[SectionKey]:
        results = searcher.search(parser.parse(q), limit=K)
        keys = []
        for hit in results:
            file, number = hit["key"].rsplit("#", 1)
            keys.append((file, int(number)))
        return keys

    return rank


def bigram_ranker(docs: list[dict]) -> Callable[[str], list[SectionKey]]:
    """Baseline (b): character bigrams; a multi-gram query word becomes a phrase of its grams."""
    return _baseline_ranker(docs, TEXT(analyzer=NgramAnalyzer(2), phrase=True, multitoken_query="phrase"))


def standard_ranker(docs: list[dict]) -> Callable[[str], list[SectionKey]]:
    """Baseline (c): Whoosh's StandardAnalyzer, as a naive set-up would leave it."""
    return _baseline_ranker(docs, TEXT(analyzer=StandardAnalyzer()))


def make_rankers(searcher) -> dict[str, Callable[[str], list[SectionKey]]]:
    """The three systems over the section documents of one Nianbao index."""
    docs = section_documents(searcher)
    return {"nianbao": nianbao_ranker(searcher), "bigram": bigram_ranker(docs), "standard": standard_ranker(docs)}


def missing_judgments(queries: list[JudgedQuery], searcher) -> list[tuple[str, SectionKey]]:
    """Judged sections that are not in the index (the parser's segmentation moved under them)."""
    present = {section_key(f) for f in section_documents(searcher)}
    return [(q.id, key) for q in queries for key in q.grades if key not in present]


# ---------------------------------------------------------------- metrics


def ndcg(ranking: list[SectionKey], grades: dict[SectionKey, int], k: int = K) -> float:
    """nDCG@k with exponential gain 2^grade - 1 and log2 discount; ideal from all judged grades."""
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranking[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def reciprocal_rank(ranking: list[SectionKey], grades: dict[SectionKey, int], k: int = K) -> float:
    """1 / rank of the first section of grade >= RELEVANT in the top k, else 0."""
    for i, key in enumerate(ranking[:k]):
        if grades.get(key, 0) >= RELEVANT:
            return 1.0 / (i + 1)
    return 0.0


def recall(ranking: list[SectionKey], grades: dict[SectionKey, int], k: int = K) -> float:
    """Share of the sections of grade >= RELEVANT found in the top k, out of min(k, how many there are)."""
    relevant = {key for key, g in grades.items() if g >= RELEVANT}
    found = len(relevant & set(ranking[:k]))
    return found / min(k, len(relevant))


METRICS = {"nDCG@10": ndcg, "MRR@10": reciprocal_rank, "Recall@10": recall}


@dataclass
class QueryOutcome:
    """One system's ranking of one query and its scores."""

    query: JudgedQuery
    system: str
    ranking: list[SectionKey]
    scores: dict[str, float]


def evaluate(queries: list[JudgedQuery], rankers: dict[str, Callable[[str], list[SectionKey]]]) -> list[QueryOutcome]:
    """Run every query on every system and score it."""
    outcomes = []
    for name, rank in rankers.items():
        for q in queries:
            ranking = rank(q.query)
            scores = {m: f(ranking, q.grades) for m, f in METRICS.items()}
            outcomes.append(QueryOutcome(q, name, ranking, scores))
    return outcomes


def mean_scores(outcomes: list[QueryOutcome], kind: str | None = None) -> dict[str, dict[str, float]]:
    """system -> metric -> mean over the queries (of one kind, when given)."""
    sums: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for o in outcomes:
        if kind is None or o.query.kind == kind:
            for m, v in o.scores.items():
                sums[o.system][m].append(v)
    return {s: {m: sum(v) / len(v) for m, v in ms.items()} for s, ms in sums.items()}


# ---------------------------------------------------------------- report


def machine_lines() -> list[str]:
    """nproc, CPU model, Python version: what the timings and figures were measured on."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [f"- machine: nproc {os.cpu_count()}, CPU {model}, Python {platform.python_version()}"]


def format_report(outcomes: list[QueryOutcome], queries: list[JudgedQuery], seconds: float, command: str) -> str:
    """The markdown tables: overall means, then means per query kind."""
    lines = [
        f"- command: `{command}`",
        *machine_lines(),
        f"- date: {time.strftime('%Y-%m-%d', time.gmtime())}; {len(queries)} judged queries; run took {seconds:.1f} s",
        "",
        "| system | nDCG@10 | MRR@10 | Recall@10 |",
        "| --- | --- | --- | --- |",
    ]
    overall = mean_scores(outcomes)
    for s in SYSTEMS:
        lines.append(f"| {s} | " + " | ".join(f"{overall[s][m]:.3f}" for m in METRICS) + " |")
    lines += ["", "Per query kind (nDCG@10 / MRR@10 / Recall@10):", "",
              "| kind | queries | " + " | ".join(SYSTEMS) + " |", "| --- | --- | " + " | ".join("---" for _ in SYSTEMS) + " |"]
    kinds = list(dict.fromkeys(q.kind for q in queries))
    for kind in kinds:
        per = mean_scores(outcomes, kind)
        n = sum(q.kind == kind for q in queries)
        cells = [" / ".join(f"{per[s][m]:.2f}" for m in METRICS) for s in SYSTEMS]
        lines.append(f"| {kind} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_details(outcomes: list[QueryOutcome], system: str = "nianbao") -> str:
    """Every query of one system, worst nDCG first, with its top 10 as file:part(grade)."""
    rows = sorted((o for o in outcomes if o.system == system), key=lambda o: (o.scores["nDCG@10"], o.query.id))
    lines = [f"Per query, {system}, worst first:", ""]
    for o in rows:
        shown = " ".join(f"{f[:3]}:{n}({o.query.grades.get((f, n), 0)})" for f, n in o.ranking) or "(no hits)"
        wanted = " ".join(f"{f[:3]}:{n}({g})" for (f, n), g in sorted(o.query.grades.items(), key=lambda kv: -kv[1]))
        s = o.scores
        lines.append(f"- {o.query.id} `{o.query.query}` nDCG {s['nDCG@10']:.2f} MRR {s['MRR@10']:.2f} "
                     f"R {s['Recall@10']:.2f}\n    got: {shown}\n    judged: {wanted}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build the index of the corpus, run the judged queries on the three systems, print tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append", help="report files or folders (default: samples/ and the reports of tests/layouts/)")
    ap.add_argument("--queries", type=Path, action="append", help="judged queries (default: tests/relevance/queries.jsonl)")
    ap.add_argument("--details", action="store_true", help="also print every query's ranking (Nianbao)")
    args = ap.parse_args(argv)
    started = time.monotonic()
    queries = load_queries(args.queries or [QUERIES])
    with tempfile.TemporaryDirectory(prefix="nianbao-relevance-") as tmp:
        build_corpus_index(Path(tmp), args.corpus)
        handle = IndexHandle(Path(tmp))
        try:
            searcher = handle.searcher()
            missing = missing_judgments(queries, searcher)
            for qid, (file, number) in missing:
                print(f"warning: {qid} judges {file} part {number}, which the index does not hold", file=sys.stderr)
            outcomes = evaluate(queries, make_rankers(searcher))
        finally:
            handle.close()
    python = os.path.relpath(sys.executable, ROOT) if sys.executable.startswith(str(ROOT)) else sys.executable
    command = f"{python} bench/relevance.py " + " ".join(argv if argv is not None else sys.argv[1:])
    print(format_report(outcomes, queries, time.monotonic() - started, command.strip()))
    if args.details:
        print()
        print(format_details(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
