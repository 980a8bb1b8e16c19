"""Where the index lives and how readers open it.

``NIANBAO_INDEX`` (default ``instance/index``) is a folder holding index generations
(``gen-…``) and a symlink ``current`` naming the complete one. A build writes a new generation
and swaps the symlink atomically, so a reader never sees a half-written index, and a server
notices the swap on its next request and reopens.

A process reading a generation holds a shared lock on its ``readers.lock`` for as long as it may
search it; a build deletes an old generation only when it can take that lock exclusively, so a
generation is never deleted under a server still reading it.
"""
from __future__ import annotations

import fcntl
import json
import os
import threading
import weakref
from pathlib import Path

from whoosh import index as whoosh_index

CURRENT = "current"
DEFAULT_INDEX = Path("instance") / "index"
READERS_LOCK = "readers.lock"
MANIFEST = "manifest.json"
_OPEN_ATTEMPTS = 5  # a build may swap and delete between reading the link and opening


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


def lock_for_reading(generation: Path) -> int | None:
    """A file descriptor holding a shared lock on the generation (close it to release);
    None when the generation has no lock file (made before locks existed)."""
    try:
        fd = os.open(generation / READERS_LOCK, os.O_RDONLY)
    except FileNotFoundError:
        if not generation.is_dir():
            raise
        return None
    fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while a build deletes this generation
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


class IndexHandle:
    """One open index and searcher per process, reopened when a build swaps generations."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()
        self._target: str | None = None  # what ``current`` pointed at when the searcher was opened
        self._generation: Path | None = None
        self._searcher = None
        self._manifest: dict | None = None

    def searcher(self):
        """A searcher on the current generation; cheap (one readlink) when nothing changed."""
        with self._lock:
            try:
                target = os.readlink(self.root / CURRENT)
            except OSError:
                target = None
            if target is not None and target == self._target and self._searcher is not None:
                return self._searcher
            self._open()
            return self._searcher

    def _open(self) -> None:
        """Open the generation ``current`` names, retrying when a build swaps it meanwhile."""
        for _ in range(_OPEN_ATTEMPTS):
            try:
                target = os.readlink(self.root / CURRENT)
            except OSError:
                break
            generation = (self.root / target).resolve()
            try:
                fd = lock_for_reading(generation)
            except FileNotFoundError:
                continue  # deleted by a build after a newer swap: read the link again
            try:
                searcher = whoosh_index.open_dir(str(generation)).searcher()
            except (OSError, whoosh_index.EmptyIndexError):
                _release(fd)
                continue
            # The old searcher may still serve a request in another thread: it is closed, and
            # its generation's lock released, only when nothing refers to it any more.
            weakref.finalize(searcher, _release, fd)
            self._searcher, self._target, self._generation = searcher, target, generation
            self._manifest = None
            return
        raise IndexMissing(f"no index at {self.root}: run `python -m indexer build`")

    def manifest(self) -> dict:
        """The build manifest of the generation being searched (sources and the folders read)."""
        self.searcher()
        with self._lock:
            if self._manifest is None:
                try:
                    self._manifest = json.loads((self._generation / MANIFEST).read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    self._manifest = {}
            return self._manifest

    def close(self) -> None:
        """Close the searcher (tests and shutdown)."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = self._target = self._generation = self._manifest = None
