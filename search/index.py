"""Where the index lives and how readers open it.

``NIANBAO_INDEX`` (default ``instance/index``) is a folder holding index generations
(``gen-…``) and a symlink ``current`` naming the complete one. A build writes a new generation
and swaps the symlink atomically, so a reader never sees a half-written index, and a server
notices the swap on its next request and reopens.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from whoosh import index as whoosh_index

CURRENT = "current"
DEFAULT_INDEX = Path("instance") / "index"


class IndexMissing(Exception):
    """No complete index exists at the configured place."""


def index_root(path: str | os.PathLike | None = None) -> Path:
    """The index folder: the argument, else ``$NIANBAO_INDEX``, else ``instance/index``."""
    return Path(path or os.environ.get("NIANBAO_INDEX") or DEFAULT_INDEX)


def current_generation(root: Path) -> Path | None:
    """The generation folder ``current`` points at, or None when there is no index."""
    link = Path(root) / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    path = (Path(root) / target).resolve()
    return path if whoosh_index.exists_in(str(path)) else None


class IndexHandle:
    """One open index and searcher per process, reopened when a build swaps generations."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()
        self._generation: Path | None = None
        self._index = None
        self._searcher = None

    def searcher(self):
        """A searcher on the current generation; cheap when nothing changed."""
        generation = current_generation(self.root)
        if generation is None:
            raise IndexMissing(f"no index at {self.root}: run `python -m indexer build`")
        with self._lock:
            if generation != self._generation or self._searcher is None:
                index = whoosh_index.open_dir(str(generation))
                # The old searcher may still serve a request in another thread: let it be
                # collected rather than closing it under that request.
                self._index, self._searcher, self._generation = index, index.searcher(), generation
            return self._searcher

    def close(self) -> None:
        """Close the searcher (tests and shutdown)."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = self._index = self._generation = None
