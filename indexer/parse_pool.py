"""Parse many files in worker processes, each file bounded in time and memory.

A file that hangs the parser, exhausts memory or kills its worker costs that file only: it is
reported with a reason and every other file is still parsed.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterator

from indexer.model import Report, UnreadableFile
from indexer.parser import parse_file

MEMORY_LIMIT = 3 << 30  # bytes of address space per worker
SERIAL_BELOW = 4  # files; fewer are parsed in this process (a pool costs more than it saves)

Result = tuple[Path, "Report | None", "str | None"]


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def parse_one(path: Path, timeout: float) -> Result:
    """Parse one file, turning every failure into a one-line reason."""
    timed = timeout > 0 and threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return path, parse_file(path), None
    except UnreadableFile as exc:
        return path, None, str(exc)
    except _Timeout:
        return path, None, f"took longer than {timeout:g} s to parse: skipped"
    except MemoryError:
        return path, None, f"needs more than {MEMORY_LIMIT >> 30} GB of memory to parse: skipped"
    except FileNotFoundError:
        return path, None, "file not found"
    except RecursionError:
        return path, None, "nested too deeply to parse"
    except Exception as exc:  # a parser bug must cost one file, not the build
        return path, None, f"parser error: {type(exc).__name__}: {exc}"
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _limit_memory() -> None:
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ValueError, OSError):
        pass  # not permitted here: the time limit still holds


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_limit_memory,
                               mp_context=multiprocessing.get_context("fork"))


def parse_all(paths: list[Path], on_file: Callable[[Path], None] | None = None, jobs: int | None = None,
              timeout: float = 60.0) -> Iterator[Result]:
    """Yield (path, report, None) or (path, None, reason) for every path, in no fixed order."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(paths) < SERIAL_BELOW:
        for path in paths:
            result = parse_one(path, timeout)
            if on_file:
                on_file(path)
            yield result
        return
    pending = list(paths)
    with _pool(jobs) as pool:
        futures = {pool.submit(parse_one, path, timeout): path for path in pending}
        try:
            for future in as_completed(futures):
                path = futures[future]
                result = future.result()  # raises BrokenProcessPool when a worker died
                pending.remove(path)
                if on_file:
                    on_file(path)
                yield result
        except BrokenProcessPool:
            pass
    # A worker died (a crash in a native library): parse what is left one by one in fresh
    # single-worker pools, so that only the culprit is lost.
    for path in pending:
        with _pool(1) as pool:
            try:
                result = pool.submit(parse_one, path, timeout).result()
            except BrokenProcessPool:
                result = (path, None, "the parser crashed on this file: skipped")
        if on_file:
            on_file(path)
        yield result
