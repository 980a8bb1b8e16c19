"""Saving the columns of segments written before the build saved them (``search/segment_columns.py``).

A segment written by older code has no columns file, and every process that serves it then reads its columns
through Whoosh's Python readers at start-up (seconds at 10,000 reports). ``python -m indexer stale``, which ``make
run`` and ``make serve`` ask before serving, and a build that keeps older segments (an incremental one links them)
write the file once here, read through Whoosh as a server would read it.

A segment's file is written beside it, never through a file another generation links: a new file replaces the name.
"""
from __future__ import annotations

from pathlib import Path

from indexer.stale_segments import for_each_stale_segment
from search.segment_columns import EXT, columns_of_segment, read_columns, write_columns


def write_missing_columns(generation: Path) -> int:
    """Write the columns file of every segment of ``generation`` that has none (or one this code cannot read);
    returns how many segments were written (0 when every one had its file)."""
    def is_current(path: Path, segment) -> bool:
        saved = read_columns(path)
        return saved is not None and saved.docs == segment.doc_count_all()

    def write(path: Path, segment) -> int:
        columns, lengths = columns_of_segment(segment)
        write_columns(path, segment.doc_count_all(), columns, lengths)
        return 1
    return for_each_stale_segment(generation, EXT, is_current, write)
