"""Parse many files in worker processes, each file bounded in time and memory.

Every file is parsed in a worker process, never in the build's own process, so that nothing a
file does (hang, exhaust memory, crash a native library) can stop the build: it costs that
file only, which is reported with a reason, and every other file is still parsed.

Time is bounded twice: inside the worker an alarm interrupts Python code after ``timeout``
seconds; should the worker be stuck where the alarm cannot reach (inside C code), the build
kills it ``GRACE`` seconds later and starts a fresh one. Memory is bounded by an address-space
limit on each worker (Tesseract, which it starts, inherits the limit).

A scanned PDF is read by OCR, which takes seconds a page: when the reader finds pages to read
so (not in the OCR cache), the worker adds ``page_time`` seconds per page to its own alarm and
tells the build, which moves its kill deadline as much and reports the pages as they are done.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections import deque
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterator

from indexer.model import Report, UnreadableFile
from indexer.parser import parse_file
from indexer.readers.ocr import OcrOptions, ocr_options

MEMORY_LIMIT = 3 << 30  # bytes of address space per worker
GRACE = 5.0  # seconds past the timeout before a stuck worker is killed
PAGE_TIME = 30.0  # seconds each page to be read by OCR adds to the time limit (measured: 3-5 s a page)
_PR_SET_PDEATHSIG = 1  # linux/prctl.h

Result = tuple[Path, "Report | None", "str | None"]


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def _timeout_reason(timeout: float) -> str:
    return f"took longer than {timeout:g} s to parse: skipped"


def parse_one(path: Path, timeout: float, ocr_cache: Path | None = None, page_time: float = PAGE_TIME,
              tell: Callable[[tuple], None] | None = None) -> Result:
    """Parse one file, turning every failure into a one-line reason.

    ``tell`` hears ("extend", seconds) when OCR lengthens the time limit and ("pages", done, total)
    as scanned pages are read.
    """
    timed = timeout > 0 and threading.current_thread() is threading.main_thread()
    limit = [timeout]
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)

    def on_start(pages: int) -> None:
        extra = page_time * pages
        limit[0] += extra
        if timed:
            signal.setitimer(signal.ITIMER_REAL, signal.getitimer(signal.ITIMER_REAL)[0] + extra)
        if tell:
            tell(("extend", extra))

    def on_page(done: int, total: int) -> None:
        if tell:
            tell(("pages", done, total))

    try:
        with ocr_options(OcrOptions(cache=ocr_cache, on_start=on_start, on_page=on_page)):
            return path, parse_file(path), None
    except UnreadableFile as exc:
        return path, None, str(exc)
    except _Timeout:
        return path, None, _timeout_reason(limit[0])
    except MemoryError:
        return path, None, f"needs more than {MEMORY_LIMIT / 2**30:g} GB of memory to parse: skipped"
    except FileNotFoundError:
        return path, None, "file not found"
    except RecursionError:
        return path, None, "nested too deeply to parse"
    except Exception as exc:  # a parser bug must cost one file, not the build
        return path, None, f"parser error: {type(exc).__name__}: {exc}".splitlines()[0][:300]
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _limit_memory() -> None:
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ValueError, OSError):
        pass  # not permitted here: the time limit still holds


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the build dies: a killed build leaves no orphans."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: a worker still ends when its pipe closes


def _serve(conn, timeout: float, parent: int, ocr_cache: Path | None, page_time: float) -> None:
    """A worker's loop: receive a path, send back ("done", result), until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle
    _die_with_parent()
    if os.getppid() != parent:
        return  # the build died before the request above took effect
    _limit_memory()
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return  # the build went away
        if path is None:
            return
        result = parse_one(path, timeout, ocr_cache, page_time, tell=conn.send)
        try:
            conn.send(("done", result))
        except Exception as exc:  # e.g. a report that cannot be pickled
            conn.send(("done", (path, None, f"parser error: result cannot be passed back: {exc}"[:300])))


class _Worker:
    """One worker process and the file it is parsing."""

    def __init__(self, context, timeout: float, ocr_cache: Path | None = None, page_time: float = PAGE_TIME):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, timeout, os.getpid(), ocr_cache, page_time),
                                       daemon=True)
        self.process.start()
        child.close()
        self.path: Path | None = None
        self.started = 0.0
        self.extra = 0.0  # seconds OCR added to this file's time limit

    def give(self, path: Path) -> None:
        self.path, self.started, self.extra = path, time.monotonic(), 0.0
        self.conn.send(path)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(1)
        self.kill()


def _crash_reason(process) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            how = f"killed by {signal.Signals(-code).name}"
        except ValueError:
            how = f"killed by signal {-code}"
    else:
        how = f"exit status {code}"
    return f"the parser crashed on this file ({how}): skipped"


def parse_all(paths: list[Path], on_file: Callable[[Path], None] | None = None, jobs: int | None = None,
              timeout: float = 60.0, ocr_cache: Path | None = None, page_time: float = PAGE_TIME,
              on_pages: Callable[[Path, int, int], None] | None = None) -> Iterator[Result]:
    """Yield (path, report, None) or (path, None, reason) for every path, in no fixed order.

    Scanned pages are read by OCR with results cached in ``ocr_cache``; each page to read adds
    ``page_time`` seconds to the file's limit; ``on_pages(path, done, total)`` follows them.
    """
    if not paths:
        return
    context = multiprocessing.get_context("fork")  # workers inherit the loaded dictionaries
    count = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    pending = deque(paths)

    def new_worker() -> _Worker:
        return _Worker(context, timeout, ocr_cache, page_time)

    workers = [new_worker() for _ in range(count)]
    deadline = timeout + GRACE if timeout > 0 else None
    try:
        for worker in workers:
            if pending:
                worker.give(pending.popleft())
        while any(w.path is not None for w in workers):
            busy = [w for w in workers if w.path is not None]
            wait_for = None
            if deadline is not None:
                wait_for = max(0.0, min(w.started + deadline + w.extra for w in busy) - time.monotonic())
            ready = set(wait([w.conn for w in busy], timeout=wait_for))
            now = time.monotonic()
            for i, worker in enumerate(workers):
                if worker.path is None:
                    continue
                path = worker.path
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.process.join(1)
                        message = ("done", (path, None, _crash_reason(worker.process)))
                        worker.kill()
                        workers[i] = worker = new_worker()
                    if message[0] == "extend":
                        worker.extra += message[1]
                        continue
                    if message[0] == "pages":
                        if on_pages:
                            on_pages(path, message[1], message[2])
                        continue
                    result = message[1]
                elif deadline is not None and now - worker.started >= deadline + worker.extra:
                    # Stuck where the alarm cannot interrupt it: only killing it helps.
                    worker.kill()
                    result = (path, None, _timeout_reason(timeout + worker.extra))
                    workers[i] = worker = new_worker()
                else:
                    continue
                worker.path = None
                if pending:
                    worker.give(pending.popleft())
                if on_file:
                    on_file(path)
                yield result
    finally:
        for worker in workers:
            worker.stop()
