"""The judged query set: queries, their intents, the dev/test split and the report-level grades.

Files (tests/relevance/):

* ``queries.jsonl``        the 148 original queries (``id``, ``kind``, ``query``, ``need``), written
                           for the samples and tests/layouts and used to tune today's rules;
* ``blind_queries.jsonl``  the blind queries (``id``, ``intent``, ``query``, ``need``), written from
                           a list of citizen intents and committed before any system ran on them;
* ``intents.json``         the intents; ``covered_by`` names the rule of today's query layer that
                           was written for the intent, null when none was;
* ``judgments/*.jsonl``    one line per judged (query, report) pair: ``query``, ``report`` (a key of
                           ``bench.relevance_corpus.corpus_files``), ``grade`` 0-3 and, where the
                           grading needed it, ``part`` (the best part, 1-6); in the file the query's
                           id names (``judgment_file``), so that no file grows past a reviewable size.

A pair that is not judged counts as grade 0. docs/relevance.md tells how the grades were made.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bench.relevance_split import split_of

HERE = Path(__file__).resolve().parent.parent / "tests" / "relevance"
ORIGINAL = HERE / "queries.jsonl"
BLIND = HERE / "blind_queries.jsonl"
INTENTS = HERE / "intents.json"
JUDGMENTS = HERE / "judgments"
BLIND_BLOCK = 200  # blind queries per judgments file (blind-000 … blind-199 in blind-000.jsonl)
RELEVANT = 2  # grade from which a report counts as relevant (recall)
SETS = ("original", "blind")


@dataclass
class JudgedQuery:
    """One query: what was typed, why, where it belongs, and the graded reports."""

    id: str
    set: str  # "original" or "blind"
    kind: str  # the original set's kind, or the blind query's intent
    query: str
    need: str
    new_intent: bool  # from an intent today's rules were not written for
    grades: dict[str, int] = field(default_factory=dict)  # report key -> 0..3

    @property
    def split(self) -> str:
        return split_of(self.id)

    def relevant(self) -> set[str]:
        return {key for key, grade in self.grades.items() if grade >= RELEVANT}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_intents(path: Path = INTENTS) -> dict[str, dict]:
    return {i["id"]: i for i in json.loads(path.read_text(encoding="utf-8"))}


def load_queries(original: Path = ORIGINAL, blind: Path = BLIND, intents: Path = INTENTS) -> list[JudgedQuery]:
    """Both query sets, without grades. Every original query counts as covered by today's rules:
    the rules were tuned on them."""
    queries = [JudgedQuery(r["id"], "original", r["kind"], r["query"], r.get("need", ""), False) for r in _lines(original)]
    known = load_intents(intents)
    for r in _lines(blind):
        if r["intent"] not in known:
            raise ValueError(f"{r['id']}: unknown intent {r['intent']!r}")
        queries.append(JudgedQuery(r["id"], "blind", r["intent"], r["query"], r["need"], known[r["intent"]]["covered_by"] is None))
    ids = [q.id for q in queries]
    if len(set(ids)) != len(ids):
        raise ValueError("query ids repeat")
    return queries


def judgment_file(query_id: str) -> str:
    """The name of the judgments file a query's lines belong in: blind-200.jsonl for blind-317,
    original.jsonl for the original queries."""
    blind = re.fullmatch(r"blind-(\d+)", query_id)
    return f"blind-{int(blind.group(1)) // BLIND_BLOCK * BLIND_BLOCK:03d}.jsonl" if blind else "original.jsonl"


def load_judgments(path: Path = JUDGMENTS) -> list[dict]:
    """The judgment lines of a folder of judgment files (or of one file), checked: grades 0-3,
    each (query, report) pair once, each line in the file its query names."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path] if path.exists() else []
    seen, lines = set(), []
    for file in files:
        for n, j in enumerate(_lines(file), 1):
            pair = (j["query"], j["report"])
            if pair in seen:
                raise ValueError(f"{file.name}:{n}: {pair} judged twice")
            if j["grade"] not in (0, 1, 2, 3):
                raise ValueError(f"{file.name}:{n}: grade must be 0-3")
            if path.is_dir() and judgment_file(j["query"]) != file.name:
                raise ValueError(f"{file.name}:{n}: {j['query']} belongs in {judgment_file(j['query'])}")
            seen.add(pair)
            lines.append(j)
    return lines


def judged_queries(path: Path = JUDGMENTS, **files) -> list[JudgedQuery]:
    """Every query with its grades attached."""
    queries = load_queries(**files)
    by_id = {q.id: q for q in queries}
    for j in load_judgments(path):
        if j["query"] not in by_id:
            raise ValueError(f"judgment for unknown query {j['query']}")
        by_id[j["query"]].grades[j["report"]] = int(j["grade"])
    return queries
