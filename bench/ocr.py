"""OCR against the text layer: scanned copies of the five sample PDFs and the three real PDFs.

    .venv/bin/python -m bench.ocr [--dpi 200] [--angle 1.0] [--noise 0.002] [--split dev|test|all]

Each PDF is scanned at run time (``tests/indexer/scans.py``: rendered at ``--dpi``, turned, speckled, written
as page images only) and parsed, with a fresh OCR cache, next to its text version. Reported per file
and in total: OCR seconds per page (wall clock of the parse, one process, OMP_THREAD_LIMIT=1, and
CPU seconds, Tesseract's included, which a busy machine does not stretch),
Tesseract's mean confidence, character accuracy of the recognised text against the text layer
(1 - Levenshtein distance / length, whitespace removed, on the text of the parsed parts), whether
agency, year, level, region and parts equal the text version's, the gold figures right
(seeds.gold.jsonl, real.gold.jsonl), and every figure that differs from the text version's with
whether it is flagged (uncertain, or in a failed check).

One more dev item, outside the totals: the dev sample 004 printed one cell a line and scanned
(``TYPESET``), the table form without rules that only a test file has among the eight.

The files are split into dev and test by a fixed rule (first 32 bits of the SHA-256 of the file
name, odd is test), fixed on 2026-12-03 before any OCR result on them was read; tune on dev only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent

from bench.common import machine
from indexer.ocr_marks import figure_label
from indexer.parser import parse_file
from tests.indexer.scans import one_cell_a_line, scan_copy, typeset_scan

DATA = ROOT / "tests" / "data"
# A dev sample printed from its text one cell a line and scanned (``typeset_scan``): a table
# without rules, the form of sample 003 (a test file), so that the form can be worked on in dev.
# Measured beside the eight files, never in their totals.
TYPESET = "004_6c81e5c04cdd17c4"
CORPUS = Path(os.environ.get("NIANBAO_CORPUS") or ROOT.parent / "shared" / "corpus")


def split(name: str) -> str:
    """'dev' or 'test' for a file, by the first 32 bits of the SHA-256 of its name: odd is test."""
    return "test" if int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16) % 2 else "dev"


def gold_figures() -> dict[str, dict]:
    """Gold figures by PDF file name: the seeds' for the sample PDFs, the real corpus's own."""
    out = {}
    for line in (DATA / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            out[Path(g["file"]).stem + ".pdf"] = g["figures"]
    gold = CORPUS / "real.gold.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                if g["file"].endswith(".pdf"):
                    out[Path(g["file"]).name] = g.get("figures") or {}
    return out


def files() -> list[Path]:
    found = sorted((DATA / "pdf").glob("*.pdf"))
    real = CORPUS / "real"
    if real.is_dir():
        found += sorted(real.glob("*.pdf"))
    else:
        print(f"note: {real} is absent: the three real PDFs are left out", file=sys.stderr)
    return found


def _text(report) -> str:
    return re.sub(r"\s", "", "\n".join([s.text for s in report.sections]))


def flagged(report) -> set[str]:
    """Figures a reader is warned about: uncertain, or named by a failed check's row and column."""
    out = set((report.ocr or {}).get("uncertain_figures", []))
    for failure in report.checks.get("failures", []):
        for key in report.figures:
            label = figure_label(key)
            if failure["row"] in label and (failure["column"] == "总计" or failure["column"] in label):
                out.add(key)
    return out


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract): unlike the wall clock,
    not stretched by other work on a shared machine."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def typeset_source(folder: Path) -> Path:
    """The text of the dev sample ``TYPESET`` written one cell a line, to be printed and scanned."""
    target = folder / f"{TYPESET}-one-cell-a-line.txt"
    target.write_text(one_cell_a_line((DATA / "seeds" / f"{TYPESET}.txt").read_text(encoding="utf-8")),
                      encoding="utf-8")
    return target


def measure(path: Path, gold: dict, folder: Path, args, make=scan_copy) -> dict:
    scan = make(path, folder / f"{path.stem}.pdf", dpi=args.dpi, angle=args.angle, noise=args.noise)
    text = parse_file(path)
    started, cpu = time.perf_counter(), _cpu()
    ocr = parse_file(scan)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    pages = len(ocr.ocr["pages"])
    ref, got = _text(text), _text(ocr)
    accuracy = 1 - Levenshtein.distance(ref, got) / max(1, len(ref))
    meta = {f: (getattr(text, f), getattr(ocr, f)) for f in ("agency", "year", "level", "region")}
    meta["parts"] = ([s.number for s in text.sections], [s.number for s in ocr.sections])
    right = [k for k, v in gold.items() if ocr.figures.get(k) == v]
    marks = flagged(ocr)
    read = {k: v for k, v in text.figures.items() if v is not None and not k.endswith(("_unit", "_yuan"))}
    differing = {k: (v, ocr.figures.get(k)) for k, v in read.items() if ocr.figures.get(k) != v}
    wrong = {k: d for k, d in differing.items() if d[1] is not None}
    return {"file": path.name, "split": split(path.name), "pages": pages, "seconds": round(seconds, 1),
            "seconds_per_page": round(seconds / max(1, pages), 2), "cpu_seconds": round(cpu, 1),
            "cpu_per_page": round(cpu / max(1, pages), 2), "confidence": ocr.ocr["confidence"],
            "char_accuracy": round(accuracy, 4), "chars": len(ref),
            "same_metadata": all(a == b for a, b in meta.values()),
            "metadata_diff": {f: d for f, d in meta.items() if d[0] != d[1]},
            "gold_right": len(right), "gold_total": len(gold),
            "gold_wrong": {k: (v, ocr.figures.get(k)) for k, v in gold.items() if ocr.figures.get(k) != v},
            "figures_text": len(read), "figures_same": len(read) - len(differing),
            "missing": sorted(k for k, d in differing.items() if d[1] is None),
            "wrong": {k: {"text": d[0], "ocr": d[1], "flagged": k in marks} for k, d in wrong.items()},
            "uncertain": len(ocr.ocr["uncertain_figures"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--angle", type=float, default=1.0)
    parser.add_argument("--noise", type=float, default=0.002)
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--json", help="write the results here too")
    parser.add_argument("--cache", type=Path, help="keep the OCR results in this folder and reuse them: for work "
                                                  "on the stages after OCR (s/page is then no OCR measure)")
    args = parser.parse_args()
    golds = gold_figures()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # fresh unless --cache: every page is read
        os.environ["NIANBAO_OCR_CACHE"] = str(args.cache or Path(tmp) / "cache")
        for path in files():
            if args.split != "all" and split(path.name) != args.split:
                continue
            row = measure(path, golds.get(path.name, {}), Path(tmp), args)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
        if args.split != "test":
            extra = measure(typeset_source(Path(tmp)), golds[f"{TYPESET}.pdf"], Path(tmp), args, typeset_scan)
            extra["split"] = "dev (typeset)"
            print(json.dumps(extra, ensure_ascii=False), flush=True)
    pages = sum(r["pages"] for r in rows)
    chars = sum(r["chars"] for r in rows)
    total = {
        "files": len(rows), "pages": pages,
        "seconds_per_page": round(sum(r["seconds"] for r in rows) / max(1, pages), 2),
        "cpu_per_page": round(sum(r["cpu_seconds"] for r in rows) / max(1, pages), 2),
        "char_accuracy": round(sum(r["char_accuracy"] * r["chars"] for r in rows) / max(1, chars), 4),
        "same_metadata": sum(r["same_metadata"] for r in rows),
        "gold_right": sum(r["gold_right"] for r in rows), "gold_total": sum(r["gold_total"] for r in rows),
        "figures_same": sum(r["figures_same"] for r in rows), "figures_text": sum(r["figures_text"] for r in rows),
        "missing": sum(len(r["missing"]) for r in rows),
        "wrong": sum(len(r["wrong"]) for r in rows),
        "wrong_flagged": sum(sum(w["flagged"] for w in r["wrong"].values()) for r in rows),
        "settings": {"dpi": args.dpi, "angle": args.angle, "noise": args.noise, "split": args.split,
                     "cached": bool(args.cache)},
        "machine": machine(),
    }
    print(json.dumps(total, ensure_ascii=False))
    if args.json:
        out = {"files": rows, "total": total, "typeset": extra if args.split != "test" else None}
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
