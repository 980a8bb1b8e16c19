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
# Over 350 lines, kept whole: the pool's parent loop, its workers' loop and the messages between them are one protocol;
# split, each half would have to be read with the other open.
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
from typing import Callable, Iterable, Iterator

from indexer.model import Report, UnreadableFile
from indexer.parser import parse_file
from indexer.readers.ocr import OcrOptions, ocr_options

MEMORY_LIMIT = 3 << 30  # bytes of address space per worker
RETRIES = 2  # times a parsed file is parsed again after the worker holding it unwritten died
GRACE = 5.0  # seconds past the timeout before a stuck worker is killed
# Pieces of finished work (segments) after which a worker is replaced by a fresh one: a worker's
# memory crept up with every segment it wrote (memo tables and the heap around them: 260 to 430 MB
# over a 50,000-report build), a fresh one starts from the build's own. Four segments of some 700
# reports: a worker lives about as long as three of 1,000 did (each start loads jieba again).
RECYCLE_AFTER = 4
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


class TaskFailed(Exception):
    """A task's own work failed (a segment could not be written): the build fails, not a file."""


class Task:
    """What a worker does with each file it parsed; the default hands the report back whole.

    A task is made in the worker (after the fork) and may keep state there: the segment task
    (``indexer.segments.SegmentTask``) gathers reports into a segment and writes it now and then.
    An error about one file costs that file; ``TaskFailed`` fails the build.

    A finished piece of work holds everything the task had taken so far (the segment holds every
    report since the last one): after it, the worker may be replaced (``RECYCLE_AFTER``) without
    being asked to finish.
    """

    def handle(self, result: Result, extra, tell: Callable[[tuple], None]) -> tuple[Result, object]:
        """(what to send back for this file, a finished piece of work or None)."""
        return result, None

    def finish(self) -> object:
        """The last piece of work, when the build has no more files for this worker."""
        return None


def _serve(conn, timeout: float, parent: int, ocr_cache: Path | None, page_time: float,
           make_task: Callable[[], Task]) -> None:
    """A worker's loop: receive (path, extra), send back ("done", result, work), until told to
    stop (None) or to finish ("finish": send ("finished", work) and stop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle
    _die_with_parent()
    if os.getppid() != parent:
        return  # the build died before the request above took effect
    _limit_memory()
    task = make_task()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the build went away
        if message is None:
            return
        try:
            if message == "finish":
                conn.send(("finished", task.finish()))
                return
            # The reply names the file as it was sent: the build sends strings, and a Path sent back
            # would stay in its memory (pathlib interns every name it parses).
            given, extra = message
            result = parse_one(Path(given), timeout, ocr_cache, page_time, tell=conn.send)
            try:
                reply, work = task.handle(result, extra, conn.send)
            except TaskFailed:
                raise
            except Exception as exc:  # a report the task cannot take costs that report only
                reply, work = (given, None, f"cannot be indexed: {type(exc).__name__}: {exc}".splitlines()[0][:300]), None
        except TaskFailed as exc:
            conn.send(("failed", str(exc)))
            return
        try:
            conn.send(("done", (given, *reply[1:]), work))
        except Exception as exc:  # e.g. a report that cannot be pickled
            conn.send(("done", (given, None, f"parser error: result cannot be passed back: {exc}"[:300]), work))


class _Worker:
    """One worker process, the file it is parsing, and the files it holds unwritten."""

    def __init__(self, context, timeout: float, ocr_cache: Path | None, page_time: float, make_task, describe=None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, timeout, os.getpid(), ocr_cache, page_time,
                                                            make_task), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[Path, object] | None = None
        self.started = 0.0
        self.extra = 0.0  # seconds OCR added to this file's time limit
        self.busy = False  # writing its work out: our code, not the file's, so no deadline
        self.held: list[tuple[tuple[Path, object], Result]] = []  # parsed, not yet in finished work
        self.finished = False
        self.pieces = 0  # pieces of finished work handed back
        self.describe = describe

    @property
    def path(self) -> Path | None:
        return self.job[0] if self.job else None

    def give(self, job) -> None:
        if not isinstance(job, tuple):  # a bare path: its job is made now (see run_pool's describe)
            job = (job, self.describe(job) if self.describe else None)
        self.job, self.started, self.extra, self.busy = job, time.monotonic(), 0.0, False
        self.conn.send(job[:2])

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

    Scanned PDFs are read by OCR with results cached in ``ocr_cache``; each page to read adds
    ``page_time`` seconds to the file's limit; ``on_pages(path, done, total)`` follows them.
    """
    for result in run_pool([(p, None) for p in paths], Task, [], on_file, jobs, timeout, ocr_cache, page_time,
                           on_pages):
        yield result


def run_pool(jobs: Iterable, make_task: Callable[[], Task], work: list,
             on_file: Callable[[str | Path], None] | None = None, workers: int | None = None, timeout: float = 60.0,
             ocr_cache: Path | None = None, page_time: float = PAGE_TIME,
             on_pages: Callable[[Path, int, int], None] | None = None,
             describe: Callable[[object], object] | None = None, count: int | None = None) -> Iterator[Result]:
    """Run ``make_task()`` in worker processes over (path, extra) jobs; yield each file's result
    once it is safe, and add each finished piece of work (say, a written segment) to ``work``.

    A job may also be a bare path, whose extra ``describe(path)`` gives when a worker takes it, and
    ``jobs`` may be an iterator, drawn from as workers take jobs (``count`` says how many it holds):
    a build of 50,000 files then holds nothing per file, here or in the workers forked from here.

    A file's result is safe when its task's work holding it is finished: until then a crash of
    its worker would lose it, so such files are parsed again by another worker (``on_file``
    hears of each file once). A failed file's result is yielded at once.
    """
    pending = _Pending(jobs)
    if not pending:
        return
    context = multiprocessing.get_context("fork")  # workers inherit the loaded code
    count = max(1, min(workers or os.cpu_count() or 1, len(jobs) if count is None else count))

    def new_worker() -> _Worker:
        return _Worker(context, timeout, ocr_cache, page_time, make_task, describe)

    pool = [new_worker() for _ in range(count)]
    deadline = timeout + GRACE if timeout > 0 else None
    try:
        while pending:
            for i, worker in enumerate(pool):
                if worker.finished or not worker.process.is_alive():  # done with the round before
                    worker.stop()
                    pool[i] = new_worker()
            yield from _round(pool, pending, new_worker, make_task, work, deadline, timeout, on_file, on_pages)
            for worker in pool:  # all write what they hold at once
                worker.finished = True
                try:
                    worker.conn.send("finish")
                except OSError:
                    pass
            for worker in pool:  # the work each held; a crash here sends its files round again
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    yield from _again(worker, pending)
                    continue
                if message[0] == "failed":
                    raise RuntimeError(message[1])
                if message[1] is not None:
                    work.append(message[1])
                for _, held in worker.held:
                    yield held
                worker.held = []
    finally:
        for worker in pool:
            worker.stop()


class _Pending:
    """The jobs not yet given out: those sent round again first, then the rest of ``jobs`` in
    order, drawn one at a time (an iterator of jobs is never held whole)."""

    def __init__(self, jobs: Iterable):
        self._front: deque = deque()
        self._rest = iter(jobs)

    def __bool__(self) -> bool:
        if not self._front:
            for job in self._rest:
                self._front.append(job)
                break
        return bool(self._front)

    def popleft(self):
        if not self:
            raise IndexError("no job left")
        return self._front.popleft()

    def appendleft(self, job) -> None:
        self._front.appendleft(job)


def _round(pool: list[_Worker], pending: _Pending, new_worker, make_task, work: list, deadline,
           timeout: float, on_file, on_pages) -> Iterator[Result]:
    """Give out jobs until every one is answered; yield the results that are safe."""
    for worker in pool:
        if pending:
            worker.give(pending.popleft())
    while any(w.job is not None for w in pool):
        busy = [w for w in pool if w.job is not None]
        wait_for = None
        timed = [w for w in busy if not w.busy]
        if deadline is not None and timed:
            wait_for = max(0.0, min(w.started + deadline + w.extra for w in timed) - time.monotonic())
        ready = set(wait([w.conn for w in busy], timeout=wait_for))
        now = time.monotonic()
        for i, worker in enumerate(pool):
            if worker.job is None:
                continue
            job = worker.job
            path = job[0]
            finished = None
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    worker.process.join(1)
                    message = ("done", (path, None, _crash_reason(worker.process)), None)
                    yield from _again(worker, pending)
                    worker.kill()
                    pool[i] = worker = new_worker()
                if message[0] == "extend":
                    worker.extra += message[1]
                    continue
                if message[0] == "busy":
                    worker.busy = True
                    continue
                if message[0] == "failed":
                    raise RuntimeError(message[1])
                if message[0] == "pages":
                    if on_pages:
                        on_pages(Path(path), message[1], message[2])
                    continue
                result, finished = message[1], message[2]
            elif deadline is not None and not worker.busy and now - worker.started >= deadline + worker.extra:
                # Stuck where the alarm cannot interrupt it: only killing it helps.
                yield from _again(worker, pending)
                worker.kill()
                result = (path, None, _timeout_reason(timeout + worker.extra))
                pool[i] = worker = new_worker()
            else:
                continue
            worker.job = None
            if finished is not None:
                worker.pieces += 1
            recycle = finished is not None and worker.pieces >= RECYCLE_AFTER and bool(pending)
            if pending and not recycle:
                worker.give(pending.popleft())
            if on_file and len(job) < 3:  # a file parsed again (see _again) was counted the first time
                on_file(path)
            if result[1] is None:
                yield result
            else:
                worker.held.append((job, result))
            if finished is not None or make_task is Task:
                if finished is not None:
                    work.append(finished)
                for _, held in worker.held:
                    yield held
                worker.held = []
            if recycle:  # all it held is written and yielded: a fresh worker takes over
                worker.stop()
                pool[i] = worker = new_worker()
                if pending:
                    worker.give(pending.popleft())


def _again(worker: _Worker, pending: _Pending) -> Iterator[Result]:
    """The files a dead worker held unwritten go back to the queue (front first), twice at most."""
    for job, result in reversed(worker.held):
        attempts = job[2] if len(job) > 2 else 0
        if attempts >= RETRIES:
            yield job[0], None, "the worker holding it crashed while writing it, twice: skipped"
        else:
            pending.appendleft((job[0], job[1], attempts + 1))
    worker.held = []
