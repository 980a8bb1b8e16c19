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
``Searcher`` of the generation carries: a new generation starts afresh (warmed in the
background as soon as it is opened), and the old one's cache goes with its last searcher.
Whoosh searchers are pooled per generation, not per thread, so that a server that answers each
request on a new thread (Flask's own) searches as fast as one with long-lived threads.
"""
# Over 350 lines, kept whole: generations, their lock, their cache and the searchers lent from them form one
# life cycle (open, warm, lend, swap, release); split, each part would reach into the others.
from __future__ import annotations

import fcntl
import gc
import json
import os
import threading
import warnings
import weakref
from pathlib import Path
from collections import Counter
from typing import Callable, TypeVar

from whoosh import index as whoosh_index

import search.mapped_segments  # noqa: F401  (segments read through their memory map, not copied)

CURRENT = "current"
DEFAULT_INDEX = Path("instance") / "index"
READERS_LOCK = "readers.lock"
MANIFEST = "manifest.json"
_OPEN_ATTEMPTS = 5  # a build may swap and delete between reading the link and opening
MAX_IDLE_SEARCHERS = 16  # searchers kept open per generation for the next thread
T = TypeVar("T")


def column_values(reader, field: str) -> list:
    """Every document's value in a sortable column, in document order.

    Whoosh's multi-segment reader leaves out the segments that have no file for the column (a
    segment none of whose documents has a litigation figure), so its column is shorter than the
    index and misplaces every later document; each segment's own reader fills such a segment
    with the column's default instead."""
    if reader.is_atomic():
        return list(reader.column_reader(field))
    values: list = []
    for segment, _ in reader.leaf_readers():
        values.extend(segment.column_reader(field))
    return values


def quietly(read: Callable[[], T], on_error: Callable[[Exception], T]) -> T:
    """``read()``, or ``on_error(exc)`` when it raises. Whoosh leaves a damaged file open when it fails to read it:
    the file is closed, its ResourceWarning dropped, here, once the failure is handled, not whenever the collector
    comes to it (in whatever code runs then)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return read()
        except Exception as exc:  # noqa: BLE001 - the caller says what failed, in one line
            failed = on_error(exc)
        gc.collect()
        return failed


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
    # A damaged table of contents: no index (search/index_health.py says what is wrong).
    return quietly(lambda: path if whoosh_index.exists_in(str(path)) else None, lambda exc: None)


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


def release_lock(fd: int | None) -> None:
    """Release what ``lock_for_reading`` holds."""
    if fd is not None:
        os.close(fd)


class GenerationCache:
    """Values computed once per index generation and shared by all its threads, by name.

    ``misses`` counts the values made, by name (with the arrays' own counts, see
    ``IndexHandle.misses``): a request that finds everything made makes nothing.
    """

    def __init__(self):
        self._values: dict[str, object] = {}
        self._making: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.misses: Counter = Counter()

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
                self.misses[name] += 1
            return value

    def peek(self, name: str):
        """The value stored under ``name``, or None when it was not made yet."""
        with self._lock:
            return self._values.get(name)


class _Generation:
    """One generation opened by this process: its index object, its cache, and its searchers.

    Whoosh searchers are not thread-safe (their readers keep file positions), so a searcher is
    lent to one thread at a time, and taken back when the thread lets go of it: a thread that
    ends (Flask's own server answers each request on a new thread) hands its searcher, with
    every file it opened and every cache Whoosh keeps in it, to the next thread.
    """

    def __init__(self, target: str, path: Path, index, cache: GenerationCache | None = None):
        self.target, self.path, self.index = target, path, index
        self.cache = cache or GenerationCache()
        self.pid = os.getpid()  # searchers are never shared with a forked process
        self.retired = False
        self.searchers_opened = 0
        self._idle: list = []
        self._all: weakref.WeakSet = weakref.WeakSet()
        self._lock = threading.Lock()

    def lend(self) -> Searcher:
        """A searcher for this thread's use; it comes back when the thread lets go of it."""
        with self._lock:
            whoosh_searcher = self._idle.pop() if self._idle else None
        if whoosh_searcher is None:
            whoosh_searcher = self.index.searcher()
            with self._lock:
                self.searchers_opened += 1
                self._all.add(whoosh_searcher)
        searcher = Searcher(whoosh_searcher, self)
        weakref.finalize(searcher, self._take_back, whoosh_searcher)
        return searcher

    def _take_back(self, whoosh_searcher) -> None:
        if whoosh_searcher.is_closed:
            return
        with self._lock:
            if not self.retired and not whoosh_searcher.is_closed and os.getpid() == self.pid \
                    and len(self._idle) < MAX_IDLE_SEARCHERS:
                self._idle.append(whoosh_searcher)
                return
        if os.getpid() == self.pid:
            whoosh_searcher.close()

    def retire(self) -> None:
        """A newer generation replaced this one: close its idle searchers, and the others as they
        come back (a request may still be using one)."""
        with self._lock:
            self.retired = True
            idle, self._idle = self._idle, []
        for whoosh_searcher in idle:
            whoosh_searcher.close()

    def close(self) -> None:
        """Close every searcher, lent or not (tests and shutdown)."""
        self.retire()
        with self._lock:
            opened = list(self._all)
        for whoosh_searcher in opened:
            whoosh_searcher.close()


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
        return self.cache.get("manifest", lambda: read_manifest(self.generation.path))

    def __getattr__(self, name: str):
        return getattr(self._searcher, name)


def read_manifest(generation: Path) -> dict:
    """A generation's manifest, or {} when it cannot be read (index_health says why, for an operator)."""
    try:
        return json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


class IndexHandle:
    """The index of one process: a searcher per thread, lent from the current generation's
    searchers, and a new generation opened (and warmed) when a build swaps it in.

    What a generation's searchers share (arrays, records, vocabulary) lives in its cache; a
    forked process (gunicorn's workers after ``--preload``) keeps the cache its parent built but
    opens its own files and searchers.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation: _Generation | None = None
        self._warming: threading.Thread | None = None

    def searcher(self) -> Searcher:
        """This thread's searcher on the current generation; cheap (one readlink) when nothing
        changed. A web request takes one and keeps it, so that it sees one generation."""
        opened: Searcher | None = getattr(self._local, "searcher", None)
        try:
            target = os.readlink(self.root / CURRENT)
        except OSError:
            target = None
        if opened is None or target is None or target != opened.generation.target or opened.is_closed \
                or opened.generation.pid != os.getpid():
            # The thread's old searcher goes back (or, retired, is closed) when nothing refers to
            # it any more: a request may still hold it.
            opened = self._local.searcher = self._open_generation(target).lend()
        return opened

    def release(self) -> None:
        """Let go of this thread's searcher (a web request's end): it goes back to its generation
        for the next request, on whichever thread that comes."""
        self._local.searcher = None

    def _open_generation(self, target: str | None, warm: bool = True) -> _Generation:
        """The generation ``target`` names, opened once per process (retrying when a build
        swaps and deletes it meanwhile)."""
        with self._lock:
            current = self._generation
            if current is not None and target is not None and current.target == target:
                if current.pid == os.getpid():
                    return current
                # Forked: the parent's files and searchers are not ours; its cache is.
                index = _open_index(current.path)
                if index is not None:
                    self._generation = _Generation(current.target, current.path, index, current.cache)
                    return self._generation
            for _ in range(_OPEN_ATTEMPTS):
                try:
                    target = os.readlink(self.root / CURRENT)
                except OSError:
                    break
                path = (self.root / target).resolve()
                index = _open_index(path)
                if index is None:
                    continue  # deleted by a build after a newer swap: read the link again
                if current is not None and current.pid == os.getpid():
                    current.retire()
                self._generation = _Generation(target, path, index)
                if warm:
                    self._warming = threading.Thread(target=warm_generation, args=(self._generation,),
                                                     name="nianbao-warm", daemon=True)
                    self._warming.start()
                return self._generation
        raise IndexMissing(f"no index that can be read at {self.root}: `python -m indexer stale --index {self.root}` "
                           "says why")

    def warm(self) -> None:
        """Open the current generation and compute what every search needs, now (at start-up:
        under gunicorn's ``--preload`` the workers inherit it); nothing when there is no index."""
        try:
            target = os.readlink(self.root / CURRENT)
            generation = self._open_generation(target, warm=False)
        except (OSError, IndexMissing):
            return
        warm_generation(generation)

    def misses(self) -> Counter:
        """What the current generation of this process made so far, by kind: the shared values
        (by name), posting lists and filter masks read, searchers opened."""
        with self._lock:
            generation = self._generation
        if generation is None:
            return Counter()
        out = Counter(generation.cache.misses)
        arrays = generation.cache.peek("arrays")
        if arrays is not None:
            out.update(arrays.misses)
        out["searchers"] = generation.searchers_opened
        return out

    def manifest(self) -> dict:
        """The build manifest of the generation being searched (sources and the folders read)."""
        return self.searcher().manifest()

    def close(self) -> None:
        """Close every searcher (tests and shutdown), once the generation's warming is done."""
        warming = self._warming
        if warming is not None and warming.is_alive() and warming is not threading.current_thread():
            warming.join()
        with self._lock:
            generation, self._generation = self._generation, None
        if generation is not None and generation.pid == os.getpid():
            generation.close()
        self._local = threading.local()


def _open_index(path: Path):
    """The Whoosh index of a complete generation, holding its readers lock; None when the
    generation is gone or incomplete."""
    try:
        fd = lock_for_reading(path)
    except FileNotFoundError:
        return None

    def opened():
        index = whoosh_index.open_dir(str(path))
        index.searcher().close()  # a complete index opens; a broken one raises here
        return index
    # Missing, incomplete or damaged (search/index_health.py says which): a 503.
    index = quietly(opened, lambda exc: None)
    if index is None:
        release_lock(fd)
        return None
    weakref.finalize(index, release_lock, fd)  # searchers keep their index alive
    return index


def warm_generation(generation: _Generation) -> None:
    """Compute, before any search asks, what searches need of a generation: its arrays (columns,
    lengths), the commonest posting lists, and the report records of the figures pages."""
    from search.retrieval.warm import warm  # the engine, loaded only by processes that search

    searcher = generation.lend()
    try:
        warm(searcher)
    except Exception:  # noqa: BLE001 - warming is an optimisation: a search computes what it lacks
        if os.environ.get("NIANBAO_STRICT_WARM"):
            raise
