"""A reference index written by Whoosh's own writer, positions included, to compare ours with.

Our index keeps text positions in the postings store beside each segment, not in Whoosh's
postings (``search.schema.POSITIONS_IN_STORE``), and is written by our segment writer. The
reference is what Whoosh itself writes for the same documents in the same order, with the
schema's text fields positional, so that its matchers can answer phrases: comparing the two
checks our writer, our store and our evaluator against Whoosh.
"""
from __future__ import annotations

from pathlib import Path

from whoosh import formats
from whoosh import index as whoosh_index

from indexer.build import collect_files
from indexer.documents import to_documents
from indexer.parser import parse_file
from search.schema import POSITIONS_IN_STORE, content_id, make_schema


def positional_schema():
    """The schema with Whoosh's own positions in its text fields."""
    schema = make_schema()
    for name in POSITIONS_IN_STORE:
        schema[name].format = formats.Positions(field_boost=schema[name].format.field_boost)
    return schema


def documents_in_build_order(paths: list[Path]) -> list[dict]:
    """The documents ``build_index(paths, jobs=1)`` adds, in its order (reports that fail to parse left out)."""
    files = collect_files(paths)
    sources: dict[str, list[str]] = {}
    first: dict[str, Path] = {}
    for path in files:
        report_id = content_id(path)
        sources.setdefault(report_id, []).append(path.name)
        first.setdefault(report_id, path)
    docs = []
    for report_id, path in first.items():
        try:
            report = parse_file(path)
        except Exception:  # noqa: BLE001 - skipped by the build as well
            continue
        report.id = report_id
        docs += to_documents(report, sources[report_id])
    return docs


def write_reference(documents: list[dict], folder: Path):
    """Whoosh's own index of ``documents`` (one segment, positions kept) in ``folder``."""
    index = whoosh_index.create_in(str(folder), positional_schema())
    with index.writer() as writer:
        for doc in documents:
            writer.add_document(**doc)
    return index
