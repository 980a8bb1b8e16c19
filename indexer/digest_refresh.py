"""Bringing an index's figures digests up to this code's version, without a rebuild.

Each segment holds a digest of each of its reports for the figures pages (``search/figures/digest.py``). An index
built by older code holds digests of another version, or none, and then every process computes them again from
the stored reports on its first figures page or in its warming thread: some 45 s at 10,000 reports, in each worker,
after every restart, while searches wait on the same interpreter. ``python -m indexer stale`` (which ``make run``
and ``make serve`` ask before serving an index they find) writes them here once instead, from the same stored
reports the process would read, so the old index is served as fast as a new one until it is rebuilt.

A generation links its segment files from the one before (``indexer/build.py``); a digest file is replaced by a
new one, never written through, so a generation another process serves keeps its own file.
"""
from __future__ import annotations

import json
from pathlib import Path

from indexer.stale_segments import for_each_stale_segment
from search.figures.digest import EXT, read_digests, report_digest, write_digests


def refresh_digests(generation: Path) -> int:
    """Write the digests of every segment of ``generation`` whose digests are missing or of another version;
    returns how many reports' digests were written (0 when all were current)."""
    def write(path: Path, segment) -> int:
        # Every report the segment stores, deleted ones included, as its writer wrote them: the segment is shared
        # by later generations, which delete other reports of it.
        digests = []
        for docnum in range(segment.doc_count_all()):
            fields = segment.stored_fields(docnum)
            if fields.get("kind") == "report":
                digests.append(report_digest(json.loads(fields["payload"])))
        write_digests(path, digests)
        return len(digests)
    return for_each_stale_segment(generation, EXT, lambda path, _segment: read_digests(path) is not None, write)
