"""Does ranking reach needs nobody wrote a rule for? The fresh set: new needs, dev only.

    .venv/bin/python bench/relevance_fresh.py                # nDCG@10 / recall@10 of the three systems
    .venv/bin/python bench/relevance_fresh.py --details      # plus each query's top 10 (Nianbao), worst first
    .venv/bin/python bench/relevance_fresh.py --pool FILE [--depth 20]  # unjudged pairs of every system's top 10 (20)
    .venv/bin/python bench/relevance_fresh.py --half A --details  # only the odd-numbered queries (B: the even ones)
    .venv/bin/python bench/relevance_fresh.py --set 2        # the second fresh set, kept from every round's brief
    .venv/bin/python bench/relevance_fresh.py --set 3        # the third (session 32), weighted to the weakest intents
    .venv/bin/python bench/relevance_fresh.py --set 4        # the fourth (session 37), weighted as the third

The rewording sets (bench/relevance_reworded.py) ask whether a dev need survives another wording; they cannot ask
whether the rules reach a topic no dev need names, and that is where the held-out split loses (docs/relevance.md,
session 22). The fresh set is 142 needs of their own (``tests/relevance/fresh_dev.jsonl``: ``id`` fresh-NNN, the
intent, the query, the need with its grading), written from the intents by a writer who saw no query, ranking or
score, and committed before any system ran on them; of the writer's 150, the eight whose query a split set already
holds word for word were taken out, since tuning on them could reach a held-out query. It is a dev set whole: its ids stand outside the dev/test split
of bench/relevance_split.py, so tuning on it never touches the held-out queries. Its grades are in
``tests/relevance/judgments_fresh.jsonl`` (the judgment format of bench/relevance_set.py), judged by reading over
the pool of every system's top ten.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.relevance import K, Systems, add_addresses_option, evaluate, format_details, means, pool  # noqa: E402
from bench.relevance_corpus import corpus_files  # noqa: E402
from bench.relevance_set import HERE, JudgedQuery, load_intents, load_judgments  # noqa: E402
from bench.relevance_split import DEV  # noqa: E402

FRESH = HERE / "fresh_dev.jsonl"
FRESH_JUDGMENTS = HERE / "judgments_fresh.jsonl"
FRESH_ID = "fresh-"
# The second fresh set (session 23's end): written blind as the first was, and kept out of every round's brief, so
# that a round tuning on the first has a check no one has read (the first's half B was named in a brief).
SETS = {"1": (FRESH, FRESH_JUDGMENTS, FRESH_ID),
        "2": (HERE / "fresh2_dev.jsonl", HERE / "judgments_fresh2.jsonl", "fresh2-"),
        # The third (session 32): weighted to the intents where ranking is weakest (paraphrase, problem, long-question).
        "3": (HERE / "fresh3_dev.jsonl", HERE / "judgments_fresh3.jsonl", "fresh3-"),
        # The fourth (session 37): set 3's half B had been read, so a new unread check was written blind.
        "4": (HERE / "fresh4_dev.jsonl", HERE / "judgments_fresh4.jsonl", "fresh4-")}


class FreshQuery(JudgedQuery):
    """A fresh query is dev whatever its id hashes to: the set was made to be tuned on."""

    @property
    def split(self) -> str:
        return DEV


def fresh_queries(path: Path = FRESH, judgments: Path = FRESH_JUDGMENTS, prefix: str = FRESH_ID) -> list[FreshQuery]:
    """The fresh queries with their grades; an id that is not fresh-NNN, a repeated id, an unknown intent or a
    judgment of an unknown query is refused, so that no line of the split sets can slip in."""
    known = load_intents()
    queries: dict[str, FreshQuery] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if not r["id"].startswith(prefix):
            raise ValueError(f"{path.name}:{n}: {r['id']} is not a fresh id")
        if r["id"] in queries:
            raise ValueError(f"{path.name}:{n}: {r['id']} repeats")
        if r["intent"] not in known:
            raise ValueError(f"{path.name}:{n}: unknown intent {r['intent']!r}")
        queries[r["id"]] = FreshQuery(r["id"], "fresh", r["intent"], r["query"], r["need"],
                                      known[r["intent"]]["covered_by"] is None)
    for j in load_judgments(judgments):
        if j["query"] not in queries:
            raise ValueError(f"{judgments.name}: judgment for unknown query {j['query']}")
        queries[j["query"]].grades[j["report"]] = int(j["grade"])
    return list(queries.values())


HALVES = ("A", "B")


def half_of(query_id: str) -> str:
    """A round that tunes on the fresh set keeps a check apart by number: fresh-001, -003 … are half A, the even ones
    half B. The number, not a hash, so that a reader can tell a query's half from its id."""
    number = int(query_id.rsplit("-", 1)[1])
    return "A" if number % 2 else "B"


def in_half(queries: list[FreshQuery], half: str | None) -> list[FreshQuery]:
    """The queries of one half (all of them when half is None)."""
    if half is None:
        return list(queries)
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}: A or B")
    return [q for q in queries if half_of(q.id) == half]


def format_table(outcomes, queries: list[FreshQuery]) -> str:
    rows = [("all", lambda q: True), ("new intents", lambda q: q.new_intent), ("covered intents", lambda q: not q.new_intent)]
    scorable = sum(bool(q.relevant()) for q in queries)
    lines = [f"{len(queries)} fresh queries, {scorable} with a relevant report (the rest left out); nDCG@{K} / recall@{K} "
             f"(judged@{K})", "", "| queries | n | nianbao | bigram | jieba |", "| --- | --- | --- | --- | --- |"]
    for label, keep in rows:
        m = means(outcomes, keep)
        if not m:
            continue
        cells = " | ".join(f"{m[s]['nDCG@10']:.3f} / {m[s]['recall@10']:.3f} ({m[s]['judged@10']:.3f})" for s in m)
        lines.append(f"| {label} | {int(next(iter(m.values()))['n'])} | {cells} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="also print every query's top 10 (Nianbao), worst first")
    ap.add_argument("--pool", type=Path, help="write the unjudged pairs of every system's top ranks to this JSON-lines file")
    ap.add_argument("--depth", type=int, default=K, help="how deep --pool reads each system's ranking (default: 10)")
    ap.add_argument("--set", choices=sorted(SETS), default="1", help="which fresh set (default: 1)")
    ap.add_argument("--half", choices=HALVES, help="only half A (odd-numbered ids) or half B (even); with --details, "
                    "a round tuning on one half never prints the other's queries")
    add_addresses_option(ap)
    args = ap.parse_args(argv)
    queries = in_half(fresh_queries(*SETS[args.set]), args.half)
    try:
        files = corpus_files()
    except FileNotFoundError as exc:
        print(f"relevance_fresh: {exc}", file=sys.stderr)
        return 2
    with Systems.over(files, "nianbao-fresh-", args.addresses) as systems:
        outcomes = evaluate(queries, systems.rankers, max(K, args.depth))
    if args.pool:
        lines = pool(outcomes, args.depth)
        args.pool.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
        print(f"{sum(len(line['reports']) for line in lines)} unjudged pairs of {len(lines)} queries -> {args.pool}")
        return 0
    if args.half:
        print(f"half {args.half}")
    print(format_table(outcomes, queries))
    if args.details:
        print()
        print(format_details(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
