"""The parser on a second dev set of real report pages kept outside the repository.

    NIANBAO_EXTRA_PAGES=/work/notes/extra-pages .venv/bin/python bench/extra_pages.py [--details]

The variable names one folder or several (separated by ':'). A folder holds ``gold.jsonl`` (one line per page, in the format of the shared pages' gold:
``file``, ``source`` (the page's address), ``agency``, ``year``, ``level``, ``province``,
``sections``; ``"report": false`` for a page that must be refused) and the pages' text files.
Pages that reach the part-三 table may state ``new_requests_total`` (the 总计 of row 一) and, in ``figures``,
``requests_carried_over`` (row 二's 总计): a number is scored as ``requests_new`` / ``requests_carried_over``;
a null there (table cut, labels without numbers, a figure only in prose) is scored as ``figure read from
nothing``: the parser must give no figure, since a figure read wrong is worse than none.
The pages' text is not ours to commit (docs/parsing.md, "Real pages"), so the folder stays out of
the repository: this script reads it when the variable names it and says so when it does not.
Like the shared pages, every page is scored with its address passed to the parser and again from
its text alone; a field whose gold is null is not scored.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.parsing_accuracy import Score, parser_value  # noqa: E402
from indexer.model import UnreadableFile  # noqa: E402
from indexer.parser import parse_file  # noqa: E402

FIELDS = ["agency", "year", "level", "province", "sections", "requests_new", "requests_carried_over",
          "figure read from nothing", "refused", "refusal"]
FIGURE_GOLD = {"requests_new": "new_requests_total"}  # the pages' gold names row 一's 总计 this way
VARIABLE = "NIANBAO_EXTRA_PAGES"


def load(folder: Path) -> list[dict]:
    """The gold lines of the extra set."""
    path = folder / "gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(folders: list[Path], with_address: bool) -> dict[str, Score]:
    """{field: Score} over the extra sets, with or without each page's address."""
    scores = {name: Score() for name in FIELDS}
    for folder, gold in ((f, g) for f in folders for g in load(f)):
        name = gold["file"]
        try:
            result = parse_file(folder / name, address=gold["source"] if with_address else None)
        except UnreadableFile as exc:
            result = exc
        refused = isinstance(result, UnreadableFile)
        if gold.get("report") is False:
            scores["refusal"].add(refused, f"{name}: expected a refusal, got a report")
            continue
        scores["refused"].add(not refused, f"{name}: refused ({result})")
        for key in ("agency", "year", "level", "province", "sections"):
            want = gold.get(key)
            if want is None:
                continue
            got = None if refused else parser_value(result, key)
            scores[key].add(got == want, f"{name}: expected {want!r}, got {got!r}")
        for key in ("requests_new", "requests_carried_over"):
            stated = key in gold.get("figures", {}) or FIGURE_GOLD.get(key) in gold
            if not stated:
                continue
            want = gold.get(FIGURE_GOLD[key]) if key in FIGURE_GOLD else gold["figures"][key]
            got = None if refused else result.figures.get(key)
            if want is None:
                scores["figure read from nothing"].add(got is None, f"{name}: {key} expected null, got {got!r}")
            else:
                scores[key].add(got == want, f"{name}: expected {want!r}, got {got!r}")
    return scores


def main(argv: list[str] | None = None) -> int:
    """Print the extra set's accuracy (with --details every miss); 0 also when the folder is absent."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list every wrong field")
    args = ap.parse_args(argv)
    folders = [Path(p) for p in os.environ.get(VARIABLE, "").split(os.pathsep) if p]
    if not folders or not all((folder / "gold.jsonl").is_file() for folder in folders):
        print(f"no extra pages: set {VARIABLE} to a folder (or folders, separated by '{os.pathsep}') "
              "holding gold.jsonl and the pages")
        return 0
    runs = {"with address": score(folders, True), "text only": score(folders, False)}
    print("| field | " + " | ".join(runs) + " |\n| --- |" + " --- |" * len(runs))
    for name in FIELDS:
        print(f"| {name} | " + " | ".join(s[name].cell() for s in runs.values()) + " |")
    if args.details:
        for run, scores in runs.items():
            print(f"\n### {run}\n")
            for name in FIELDS:
                for miss in scores[name].misses:
                    print(f"- {name}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
