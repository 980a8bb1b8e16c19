"""Whether the index an operator points the app at can be served, and if not, one line saying why.

QA 40 #7: a damaged index gave a 25-line traceback (an emptied table of contents), click's bare "Aborted!" (a
truncated segment: Whoosh's EOFError), a 503 page telling the operator to run the `make run` that was running (an
empty generation), or a notice that the index was "built by other parsing code" (a garbage manifest). Each is found
here, before anything is served, by opening the generation ``current`` names, reading the first and last stored
document of each segment, and reading its manifest.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from whoosh import index as whoosh_index

from search.index import CURRENT, MANIFEST, quietly, read_manifest


def index_problem(root: Path) -> str | None:
    """What is wrong with the index under ``root``, or None when it opens and reads (or when there is none at all:
    no ``current`` link, a new index)."""
    root = Path(root)
    link = root / CURRENT
    if not os.path.lexists(link):
        return None
    try:
        target = os.readlink(link)
    except OSError as exc:
        return f"{link} is not a link to a generation ({exc.strerror or exc})"
    generation = root / target
    if not generation.is_dir():
        return f"`current` points to {target}, which is not there"
    # Whatever Whoosh raises of a damaged file, the operator hears one line.
    unreadable = quietly(lambda: _unreadable(generation, target),
                         lambda exc: f"{target} cannot be read: {type(exc).__name__}: {str(exc)[:120] or 'no detail'}")
    if unreadable:
        return unreadable
    try:
        manifest = json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
    except OSError as exc:
        return f"{target}/{MANIFEST} cannot be read ({exc.strerror or exc})"
    except ValueError:
        return f"{target}/{MANIFEST} is not the JSON a build writes"
    if not isinstance(manifest, dict) or not isinstance(manifest.get("reports"), dict):
        return f"{target}/{MANIFEST} does not list the index's reports"
    return None


def _unreadable(generation: Path, target: str) -> str | None:
    if not whoosh_index.exists_in(str(generation)):
        return f"{target} holds no index (no table of contents)"
    index = whoosh_index.open_dir(str(generation))
    with index.searcher() as searcher:
        for reader, _ in searcher.reader().leaf_readers():
            last = reader.doc_count_all() - 1
            for doc in {0, last} if last >= 0 else ():
                reader.stored_fields(doc)
    return None


def damaged_line(root: Path, problem: str, roots: list[str] | None) -> str:
    """The one line an operator reads of a damaged index: what, and the command that rebuilds it."""
    rebuild = (f".venv/bin/python -m indexer build --index {root}" if roots else
               f".venv/bin/python -m indexer build /path/to/reports --index {root}")
    return f"error: the index at {root} is damaged ({problem}); rebuild it: {rebuild} (or remove {root})"


def recorded_roots(root: Path) -> list[str] | None:
    """The folders the index was built from, read from the manifest of the generation ``current`` names even when
    the index itself is damaged (a rebuild of a damaged index must not fall back to the samples)."""
    try:
        generation = Path(root) / os.readlink(Path(root) / CURRENT)
    except OSError:
        return None
    manifest = read_manifest(generation)
    roots = manifest.get("roots") if isinstance(manifest, dict) else None
    return [r for r in roots if isinstance(r, str)] or None if isinstance(roots, list) else None
