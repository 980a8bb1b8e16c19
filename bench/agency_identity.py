"""Agency identity against its gold: are the reports of one body grouped, and only those?

    .venv/bin/python bench/agency_identity.py                # dev half of each gold file
    .venv/bin/python bench/agency_identity.py --split test   # the held-out half: once per round
    .venv/bin/python bench/agency_identity.py --details      # plus every split, merge and wrong id
    .venv/bin/python bench/agency_identity.py --metadata     # from the parser gold's fields: no parser

Each report is parsed (``indexer.parser.parse_file``) and given its id by
``indexer.identity.identify`` from the parser's agency, year, region and level: the whole path a
build will take. Gold: ``tests/data/agency_identity.gold.jsonl`` (samples, layouts, real) and
``tests/data/agency_identity.pages.gold.jsonl`` (../shared/corpus/pages), written by reading
before the code ran on them, each line in the ``dev`` or ``test`` half by a hash of its body id
(docs/agencies.md). A gold body of ``null`` is a body the text does not tell: it must stay alone.

Measures, per file and half:
- bodies exact: gold bodies whose reports got one id that no report of another body shares;
- splits: gold bodies whose reports got more than one id;
- wrong merges: ids shared by reports of two or more gold bodies (the failure that must not happen);
- ids right: reports whose id equals the gold id (the gold writes the id the body should get);
- resolved wrong: reports given a resolved id (not ``unresolved:``) other than the gold one, the
  ones that could merge two bodies once more reports come in.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer.identity import AgencyIdentity, identify  # noqa: E402
from indexer.model import UnreadableFile  # noqa: E402
from indexer.parser import parse_file  # noqa: E402

SHARED = Path(os.environ.get("NIANBAO_CORPUS") or ROOT.parent / "shared" / "corpus")
GOLD = ROOT / "tests" / "data" / "agency_identity.gold.jsonl"
PAGES_GOLD = ROOT / "tests" / "data" / "agency_identity.pages.gold.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def source_of(row: dict) -> Path:
    """Where a gold line's report is: the repository for samples and layouts, the shared corpus else."""
    name = row["file"]
    return SHARED / name if name.startswith(("real/", "pages/")) else ROOT / name


@lru_cache(maxsize=1)
def metadata_gold() -> dict[str, dict]:
    """file -> what the parser gold of its corpus states (agency as written, year, level, province)."""
    out = {}
    for path, prefix in ((ROOT / "tests" / "layouts" / "gold.jsonl", "tests/layouts/"),
                         (ROOT / "tests" / "data" / "seeds.gold.jsonl", ""),
                         (SHARED / "real.gold.jsonl", ""), (SHARED / "pages.gold.jsonl", "")):
        if path.is_file():
            for row in load(path):
                name = prefix + row["file"]
                out[name.replace("seeds/", "samples/")] = row
    return out


def identity_from_metadata(row: dict) -> AgencyIdentity:
    """The id from the parser gold's agency, year, level and province: identity alone, no parser."""
    meta = metadata_gold().get(row["file"], {})
    region = {"province": meta.get("province"), "city": None, "county": None}
    return identify(meta.get("agency"), meta.get("year"), region, meta.get("level"), report_key=row["file"])


def identity_of(row: dict) -> AgencyIdentity:
    """The id a build would give the report of a gold line."""
    try:
        report = parse_file(source_of(row))
    except UnreadableFile:
        return identify(None, report_key=row["file"])
    return identify(report.agency, report.year, report.region, report.level, report_key=row["file"],
                    also=report.agency_names)


@dataclass
class Result:
    """How the ids of a set of reports compare with the gold bodies."""

    bodies: int = 0
    exact: int = 0
    reports: int = 0
    ids_right: int = 0
    splits: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    wrong_ids: list[str] = field(default_factory=list)
    resolved_wrong: list[str] = field(default_factory=list)


def body_of(row: dict) -> str:
    """The gold body, a null body being one of its own."""
    return row["body"] or f"(unknown: {row['file']})"


def compare(rows: list[dict], ids: dict[str, str], half: str | None = None) -> Result:
    """Score the ids of the rows (all of them, so that merges with the other half are seen)."""
    by_body: dict[str, set[str]] = defaultdict(set)
    by_id: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_body[body_of(row)].add(ids[row["file"]])
        by_id[ids[row["file"]]].add(body_of(row))
    result = Result()
    counted = {body_of(r) for r in rows if half in (None, r["split"])}
    for body in sorted(counted):
        result.bodies += 1
        got = by_body[body]
        merged = [i for i in got if len(by_id[i]) > 1]
        if len(got) > 1:
            result.splits.append(f"{body}: {sorted(got)}")
        if merged:
            result.merges += [f"{i}: {sorted(by_id[i])}" for i in merged]
        if len(got) == 1 and not merged:
            result.exact += 1
    result.merges = sorted(set(result.merges))
    for row in rows:
        if half not in (None, row["split"]):
            continue
        result.reports += 1
        if row["body"] and ids[row["file"]] == row["body"]:
            result.ids_right += 1
        elif row["body"]:
            result.wrong_ids.append(f"{row['file']}: gold {row['body']}, got {ids[row['file']]}")
            if not ids[row["file"]].startswith("unresolved:"):
                result.resolved_wrong.append(result.wrong_ids[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--metadata", action="store_true",
                    help="identify from the parser gold's agency, year, level and province instead of parsing")
    args = ap.parse_args(argv)
    half = None if args.split == "all" else args.split
    print("| gold | half | reports | bodies | bodies exact | splits | wrong merges | ids right | resolved wrong |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    details = []
    sets = {label: [r for r in load(path) if source_of(r).is_file()]
            for label, path in (("samples, layouts, real", GOLD), ("pages", PAGES_GOLD))}
    sets["both together"] = [r for rows in sets.values() for r in rows] if all(sets.values()) else []
    how = identity_from_metadata if args.metadata else identity_of
    ids = {r["file"]: how(r).id for r in sets["both together"] or [r for v in sets.values() for r in v]}
    for label, rows in sets.items():
        if not rows:
            continue
        res = compare(rows, ids, half)
        print(f"| {label} | {args.split} | {res.reports} | {res.bodies} | {res.exact} | {len(res.splits)} "
              f"| {len(res.merges)} | {res.ids_right}/{res.reports} | {len(res.resolved_wrong)} |")
        details += [f"{label} split: {s}" for s in res.splits] + [f"{label} MERGE: {m}" for m in res.merges]
        details += [f"{label} id: {w}" for w in res.wrong_ids]
    if args.details:
        print("\n" + "\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
