"""The reports the relevance set is judged over, each named by a key that no parser change moves.

A judgment names a report by ``folder/file`` (``layouts/mca-2022.txt``, ``pages/017.txt``), not by
anything the parser derives, so the judgments stay valid when the parser improves. The judged
corpus is every file of four folders, whether or not Nianbao's parser accepts it today (a report
it refuses is a report it cannot find, and counts against it):

* ``samples/``   the five sample reports of the repository;
* ``layouts/``   the reports of tests/layouts/ (the files of its gold.jsonl without an ``error``),
                 but the scan, read (by OCR) only since the set was judged;
* ``real/``      the eleven real reports of the shared corpus, whole;
* ``pages/``     the 183 real report openings of the shared corpus (pages/NNN.txt).

real/ and pages/ are read from ../shared/corpus (or $NIANBAO_CORPUS); nothing of them is copied
into the repository.

By default Nianbao indexes the pages' text alone (the historic series). ``with_addresses`` gives the
index the pages as a crawl gives them to the product: each with its address in a ``FILE.url`` sidecar
(docs/parsing.md, "The page's address"), the address read from the pages gold's ``source`` field and
no other field, as bench/parsing_accuracy.py reads it.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from indexer.sidecar import sidecar_path

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "layouts"
SAMPLES = ROOT / "samples"
# The shared corpus sits beside the clone; NIANBAO_CORPUS points elsewhere.
SHARED = Path(os.environ.get("NIANBAO_CORPUS") or ROOT.parent / "shared" / "corpus")
SHARED_FOLDERS = ("real", "pages")
PAGES_GOLD = "pages.gold.jsonl"
# Read since issue 12 (OCR), after the queries were judged: left out until it is judged.
UNJUDGED_LAYOUTS = {"scanned-liuzhou-yufeng-2020.pdf"}


def layout_reports() -> list[Path]:
    """The judged reports of tests/layouts, in gold order."""
    gold = [json.loads(line) for line in (LAYOUTS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [LAYOUTS / g["file"] for g in gold if "error" not in g and g["file"] not in UNJUDGED_LAYOUTS]


def shared_corpus_missing() -> str | None:
    """Why the shared half of the corpus cannot be read, or None when it can."""
    for folder in SHARED_FOLDERS:
        if not (SHARED / folder).is_dir():
            return f"the shared corpus is not at {SHARED / folder} (set NIANBAO_CORPUS)"
    return None


def corpus_files() -> dict[str, Path]:
    """Every judged report: key ('layouts/mca-2022.txt') -> path, in key order."""
    files = {f"samples/{p.name}": p for p in sorted(SAMPLES.glob("*.txt"))}
    files.update({f"layouts/{p.name}": p for p in layout_reports()})
    missing = shared_corpus_missing()
    if missing:
        raise FileNotFoundError(missing)
    files.update({f"real/{p.name}": p for p in sorted((SHARED / "real").iterdir()) if p.is_file()})
    files.update({f"pages/{p.name}": p for p in sorted((SHARED / "pages").glob("[0-9]*.txt"))})
    return dict(sorted(files.items()))


def page_addresses(shared: Path | None = None) -> dict[str, str]:
    """Each page's address, key ('pages/017.txt') -> the gold's ``source``; no other field of a line is kept
    (the gold holds test lines: the file's name and its address are all that is read of them)."""
    gold = (SHARED if shared is None else shared) / PAGES_GOLD
    if not gold.is_file():
        return {}
    addresses = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("source") and str(record.get("file", "")).startswith("pages/"):
                addresses[record["file"]] = record["source"]
    return addresses


def with_addresses(files: dict[str, Path], folder: Path, addresses: dict[str, str] | None = None) -> dict[str, Path]:
    """``files`` with each page that has an address copied into ``folder`` beside its ``FILE.url`` sidecar,
    as the product's build reads a crawled page; the other files, and the keys and contents, unchanged
    (a report's id is its bytes' hash, so the judged keys still name the same reports)."""
    addresses = page_addresses() if addresses is None else addresses
    out = dict(files)
    for key, path in files.items():
        address = addresses.get(key)
        if not address:
            continue
        copy = folder / key
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
        sidecar_path(copy).write_text(address + "\n", encoding="utf-8")
        out[key] = copy
    return out
