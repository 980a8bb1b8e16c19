"""Read the OCR tests' scans ahead, in a process of their own, while the rest of the suite runs.

Tesseract reads one page on one core (``OMP_THREAD_LIMIT=1``) and pytest runs one test at a time,
so on CI's two cores the OCR tests' cold reads (about 90 s of a ten-minute suite) left one core
idle. When a run collects tests/indexer/test_ocr.py, conftest starts this module as a child that
makes the same scans (the makers are deterministic: the same bytes, so the same cache key) and
reads every page into the session's OCR cache; a test that reads one of them waits for it first.

It is only a head start: the tests parse their own files, and whatever the child did not finish
(or failed at) they read themselves. Nothing here decides a result.

    python -m tests.ocr_prefetch WORK_FOLDER   (with NIANBAO_OCR_CACHE naming the cache)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_child: subprocess.Popen | None = None
_ROOT = Path(__file__).resolve().parent.parent


def start(cache: Path, work: Path) -> None:
    """Start reading ahead into ``cache`` (the scans are written under ``work``)."""
    global _child
    from indexer.readers.ocr import CACHE_ENV

    env = dict(os.environ, **{CACHE_ENV: str(cache)})
    _child = subprocess.Popen([sys.executable, "-m", "tests.ocr_prefetch", str(work)], cwd=_ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_PATIENCE = 600  # seconds: a child that hangs (Tesseract stuck) must not hang the suite; the tests then read themselves


def wait() -> None:
    """Block until the read-ahead is over (at once when none was started), or stop it after ``_PATIENCE``."""
    if _child is not None:
        try:
            _child.wait(timeout=_PATIENCE)
        except subprocess.TimeoutExpired:
            stop()


def stop() -> None:
    """End the read-ahead if it still runs (a run cut short, or one that never reached the OCR tests)."""
    global _child
    if _child is not None and _child.poll() is None:
        _child.kill()
        _child.wait()
    _child = None


def main(work: Path) -> None:
    import pypdfium2

    from indexer.readers.ocr import read_scanned_pages
    from tests.indexer.test_ocr import READ_AHEAD

    for number, make in enumerate(READ_AHEAD):
        folder = work / f"{number:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = make(folder)
        pdf = pypdfium2.PdfDocument(str(path))
        pages = len(pdf)
        pdf.close()
        try:
            read_scanned_pages(path, list(range(pages)))
        except Exception:  # noqa: BLE001 - the test that reads this scan will meet the failure itself
            continue


if __name__ == "__main__":
    main(Path(sys.argv[1]))
