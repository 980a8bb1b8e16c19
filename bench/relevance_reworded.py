"""Do the dev rules survive rewording? Each dev query of ``tests/relevance/reworded_dev.jsonl`` is run as written
and as another citizen would type the same need, both scored with the original's judgments.

    .venv/bin/python bench/relevance_reworded.py [--file tests/relevance/reworded2_dev.jsonl]

The rewordings were written from each query's need before any system ran on them (docs/relevance.md, "Round 31 —
the dev rules under rewording"). The need is the same, so the judged reports are; a report only a rewording finds may
be unjudged and counts 0 (judged@10 says how many). A rule that lifts the original but not its rewording is keyed to
a wording, not to the need: the gap is the dev-side estimate of what the test split will not give back. Dev only: a
test query's id in the file is refused. ``--file`` scores another set of rewordings (round 32's second writer's,
written for a citizen who never read a report, held out from the rule writers of its round).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.relevance import DEV, K, Systems, add_addresses_option, evaluate, means  # noqa: E402
from bench.relevance_corpus import corpus_files  # noqa: E402
from bench.relevance_set import HERE, judged_queries  # noqa: E402

REWORDED = HERE / "reworded_dev.jsonl"


def reworded_pairs(path: Path | None = None) -> list[tuple[object, object]]:
    """(original query, the same query reworded) for every line of the file (by default ``REWORDED``)."""
    path = path or REWORDED
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {q.id: q for q in judged_queries()}
    pairs = []
    for line in lines:
        original = by_id[line["id"]]
        if original.split != DEV:
            raise SystemExit(f"{line['id']} is no dev query: rewordings are of dev queries only")
        pairs.append((original, dataclasses.replace(original, query=line["query"])))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=REWORDED, help="rewordings of dev queries, one {id, query} a line")
    add_addresses_option(parser)
    args = parser.parse_args(argv)
    pairs = reworded_pairs(args.file)
    try:
        files = corpus_files()
    except FileNotFoundError as exc:
        print(f"relevance_reworded: {exc}", file=sys.stderr)
        return 2
    with Systems.over(files, "nianbao-reworded-", args.addresses) as systems:
        written = evaluate([o for o, _ in pairs], systems.rankers, K)
        reworded = evaluate([r for _, r in pairs], systems.rankers, K)
    before, after = means(written), means(reworded)
    print(f"{len(pairs)} dev queries, as written and reworded (nDCG@{K} / recall@{K}, judged@{K})\n")
    print("| system | as written | reworded | gap |\n| --- | --- | --- | --- |")
    for system in before:
        b, a = before[system], after[system]
        print(f"| {system} | {b['nDCG@10']:.3f} / {b['recall@10']:.3f} ({b['judged@10']:.3f}) | "
              f"{a['nDCG@10']:.3f} / {a['recall@10']:.3f} ({a['judged@10']:.3f}) | "
              f"{b['nDCG@10'] - a['nDCG@10']:+.3f} / {b['recall@10'] - a['recall@10']:+.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
