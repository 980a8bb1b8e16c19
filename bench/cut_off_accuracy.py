"""The parser's "cut short" guess (``Report.cut_off``, the index's 文本不完整) against the gold's ``complete``.

    NIANBAO_CORPUS=/work/shared/corpus .venv/bin/python bench/cut_off_accuracy.py [--details]
    NIANBAO_EXTRA_PAGES=/work/notes/extra-pages-147:…-148 .venv/bin/python bench/cut_off_accuracy.py

Scored: every gold record that states ``complete`` (true: the text holds the whole report; false: the copy stops
before the report's end), in real.gold.jsonl, the dev half of pages.gold.jsonl (``page_split``; never the test
half) and the extra page folders ``NIANBAO_EXTRA_PAGES`` names (a page whose gold says ``"report": false`` is not
scored). A page is parsed with its address, as bench/parsing_accuracy.py does. "Cut" is the positive class:
precision is the share of flagged texts that are really cut (a false flag tells a reader a complete report lost
text), recall the share of cut texts that are flagged (a missed cut only leaves later parts reported missing).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the package lives at the repo root
    sys.path.insert(0, str(ROOT))

from bench.parsing_accuracy import SHARED, page_split  # noqa: E402
from indexer.model import UnreadableFile  # noqa: E402
from indexer.parser import parse_file  # noqa: E402

VARIABLE = "NIANBAO_EXTRA_PAGES"


@dataclass
class Confusion:
    """The flag against the gold in one corpus, with the files behind each error."""

    flagged_cut: int = 0  # true positives
    flagged_complete: list[str] = field(default_factory=list)  # false positives
    missed_cut: list[str] = field(default_factory=list)  # false negatives
    unflagged_complete: int = 0  # true negatives
    refused: list[str] = field(default_factory=list)

    def add(self, name: str, complete: bool, cut: str | None) -> None:
        if cut and not complete:
            self.flagged_cut += 1
        elif cut:
            self.flagged_complete.append(f"{name}: flagged at “{cut}”")
        elif not complete:
            self.missed_cut.append(name)
        else:
            self.unflagged_complete += 1

    def row(self, corpus: str) -> str:
        tp, fp, fn = self.flagged_cut, len(self.flagged_complete), len(self.missed_cut)
        precision = f"{tp}/{tp + fp}" + (f" ({100 * tp / (tp + fp):.0f}%)" if tp + fp else "")
        recall = f"{tp}/{tp + fn}" + (f" ({100 * tp / (tp + fn):.0f}%)" if tp + fn else "")
        return (f"| {corpus} | {tp + fn} | {fp + self.unflagged_complete} | {tp} | {fp} | {fn} | {precision} | "
                f"{recall} | {len(self.refused)} |")


def corpora(extra: list[Path]) -> list[tuple[str, list[dict], Path]]:
    """(name, gold records stating ``complete``, base folder) per corpus present; pages: the dev half only."""
    out = []
    sources = [("real", SHARED / "real.gold.jsonl", SHARED, False), ("pages-dev", SHARED / "pages.gold.jsonl",
                                                                     SHARED, True)]
    sources += [(folder.name, folder / "gold.jsonl", folder, False) for folder in extra]
    for name, path, base, split in sources:
        if not path.is_file():
            continue
        golds = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        golds = [g for g in golds if "complete" in g and g.get("report") is not False
                 and (not split or page_split(g["source"]) == "dev")]
        out.append((name, golds, base))
    return out


def score(extra: list[Path]) -> dict[str, Confusion]:
    """{corpus: Confusion}, plus 'all'."""
    table: dict[str, Confusion] = {}
    total = Confusion()
    for corpus, golds, base in corpora(extra):
        confusion = table.setdefault(corpus, Confusion())
        for gold in golds:
            try:
                report = parse_file(base / gold["file"], address=gold.get("source"))
            except UnreadableFile as exc:
                confusion.refused.append(f"{gold['file']}: {exc}")
                continue
            for c in (confusion, total):
                c.add(gold["file"], bool(gold["complete"]), report.cut_off)
    table["all"] = total
    return table


def main(argv: list[str] | None = None) -> int:
    """Print the flag's precision and recall per corpus (with --details the files behind each error); returns 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list every false flag and every missed cut")
    args = ap.parse_args(argv)
    extra = [Path(p) for p in os.environ.get(VARIABLE, "").split(os.pathsep) if p]
    table = score([f for f in extra if (f / "gold.jsonl").is_file()])
    print("| corpus | cut (gold) | complete (gold) | flagged, cut | flagged, complete | missed cut | precision | "
          "recall | refused |\n" + "|" + " --- |" * 9)
    for corpus, confusion in table.items():
        print(confusion.row(corpus))
    if args.details:
        for corpus, confusion in table.items():
            if corpus == "all":
                continue
            for title, names in (("flagged but complete", confusion.flagged_complete),
                                 ("cut but not flagged", confusion.missed_cut), ("refused", confusion.refused)):
                if names:
                    print(f"\n### {corpus}: {title}\n")
                    print("\n".join(f"- {n}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
