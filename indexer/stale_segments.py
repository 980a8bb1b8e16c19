"""Writing a side file beside each segment of a generation that lacks a current one: the walk the columns
(``columns_refresh.py``) and the figures digests (``digest_refresh.py``) share, written once (review 37 #5), so that a
third side file does not copy it again.

The generation is locked for reading (a build may not delete it meanwhile); a segment whose file is current is left
alone, so a read-only index with nothing to write is served as it is; one with a file to write is refused before the
segment is read (half a minute of stored reports at 10,000 for nothing). A file is written beside the segment, as a
new file replacing the name, never through one another generation links.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from whoosh import index as whoosh_index

from search.index import lock_for_reading, release_lock


def for_each_stale_segment(generation: Path, ext: str, is_current: Callable[[Path, object], bool],
                           write: Callable[[Path, object], int]) -> int:
    """Call ``write(path, segment)`` for each segment of ``generation`` whose side file ``path`` (the segment's name
    with ``ext``) ``is_current(path, segment)`` finds missing or stale; returns the sum of what ``write`` returns."""
    fd = lock_for_reading(generation)
    written = 0
    try:
        ix = whoosh_index.open_dir(str(generation))
        with ix.searcher() as searcher:
            for segment, _base in searcher.reader().leaf_readers():
                if not hasattr(segment, "_segment"):
                    continue
                path = generation / segment._segment.make_filename(ext)
                if is_current(path, segment):
                    continue
                if not os.access(generation, os.W_OK):
                    raise PermissionError(f"{generation} is not writable")
                written += write(path, segment)
    finally:
        release_lock(fd)
    return written
