"""Where the index lives and how readers open it.

``NIANBAO_INDEX`` (default ``instance/index``) is a folder holding index generations
(``gen-…``) and a symlink ``current`` naming the complete one. A build writes a new generation
and swaps the symlink atomically, so a reader never sees a half-written index, and a server
notices the swap on its next request and reopens.

A process reading a generation holds a shared lock on its ``readers.lock`` for as long as it may
search it; a build deletes an old generation only when it can take that lock exclusively, so a
generation is never deleted under a server still reading it.

What is worth computing once per generation (posting arrays, report records, the did-you-mean
vocabulary, the build manifest) lives in that generation's ``GenerationCache``, which every
``Searcher`` of the generation carries: a new generation starts afresh, and the old one's cache
goes with its last searcher.
"""
from __future__ import annotations

import fcntl
import json
import os
import threading
import weakref
from pathlib import Path
from typing import Callable, TypeVar

from whoosh import index as whoosh_index

CURRENT = "current"
DEFAULT_INDEX = Path("instance") / "index"
READERS_LOCK = "readers.lock"
MANIFEST = "manifest.json"
_OPEN_ATTEMPTS = 5  # a build may swap and delete between reading the link and opening
T = TypeVar("T")


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


class GenerationCache:
    """Values computed once per index generation and shared by all its threads, by name."""

    def __init__(self):
        self._values: dict[str, object] = {}
        self._making: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, name: str, make: Callable[[], T]) -> T:
        """The value stored under ``name``, made by ``make()`` the first time (once, however many
        threads ask at the same moment; other names are not held up meanwhile)."""
        with self._lock:
            if name in self._values:
                return self._values[name]
            making = self._making.setdefault(name, threading.Lock())
        with making:
            with self._lock:
                if name in self._values:
                    return self._values[name]
            value = make()
            with self._lock:
                self._values[name] = value
            return value


class _Generation:
    """One generation opened by this process: its index object and its cache, shared by all threads."""

    def __init__(self, target: str, path: Path, index):
        self.target, self.path, self.index = target, path, index
        self.cache = GenerationCache()


class Searcher:
    """A thread's Whoosh searcher on one generation, with that generation's cache and manifest.

    Everything else is Whoosh's searcher (``reader()``, ``stored_fields()``, ``documents()`` …),
    passed through: the engine reads the index with Whoosh's own API.
    """

    def __init__(self, searcher, generation: _Generation):
        self._searcher = searcher
        self.generation = generation

    @property
    def cache(self) -> GenerationCache:
        """What this generation's searchers share."""
        return self.generation.cache

    def manifest(self) -> dict:
        """The build manifest of this generation (sources and the folders read), {} when unreadable."""
        return self.cache.get("manifest", lambda: _read_manifest(self.generation.path))

    def __getattr__(self, name: str):
        return getattr(self._searcher, name)


def _read_manifest(generation: Path) -> dict:
    try:
        return json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


class IndexHandle:
    """The index of one process: a searcher per thread, reopened when a build swaps generations.

    Whoosh searchers are not thread-safe (their readers share file positions: two threads
    searching one at once read each other's postings), so each thread gets its own, all from
    one index object per generation.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation: _Generation | None = None
        self._all: weakref.WeakSet = weakref.WeakSet()  # every searcher opened, to close them all

    def searcher(self) -> Searcher:
        """This thread's searcher on the current generation; cheap (one readlink) when nothing
        changed. A web request takes one and keeps it, so that it sees one generation."""
        opened: Searcher | None = getattr(self._local, "searcher", None)
        try:
            target = os.readlink(self.root / CURRENT)
        except OSError:
            target = None
        if opened is None or target is None or target != opened.generation.target or opened.is_closed:
            # The old searcher, and the generation's lock, go when nothing refers to them any
            # more (a request may still hold them).
            generation = self._open_generation(target)
            whoosh_searcher = generation.index.searcher()
            with self._lock:
                self._all.add(whoosh_searcher)
            opened = self._local.searcher = Searcher(whoosh_searcher, generation)
        return opened

    def _open_generation(self, target: str | None) -> _Generation:
        """The generation ``target`` names, opened once per process (retrying when a build
        swaps and deletes it meanwhile)."""
        with self._lock:
            if self._generation is not None and target is not None and self._generation.target == target:
                return self._generation
            for _ in range(_OPEN_ATTEMPTS):
                try:
                    target = os.readlink(self.root / CURRENT)
                except OSError:
                    break
                path = (self.root / target).resolve()
                try:
                    fd = lock_for_reading(path)
                except FileNotFoundError:
                    continue  # deleted by a build after a newer swap: read the link again
                try:
                    index = whoosh_index.open_dir(str(path))
                    index.searcher().close()  # a complete index opens; a broken one raises here
                except (OSError, whoosh_index.EmptyIndexError):
                    _release(fd)
                    continue
                weakref.finalize(index, _release, fd)  # searchers keep their index alive
                self._generation = _Generation(target, path, index)
                return self._generation
        raise IndexMissing(f"no index at {self.root}: run `python -m indexer build`")

    def manifest(self) -> dict:
        """The build manifest of the generation being searched (sources and the folders read)."""
        return self.searcher().manifest()

    def close(self) -> None:
        """Close every searcher (tests and shutdown)."""
        with self._lock:
            for searcher in list(self._all):
                searcher.close()
            self._all = weakref.WeakSet()
            self._generation = None
        self._local = threading.local()
