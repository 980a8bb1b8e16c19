"""Tesseract, called as a program: the only module that runs it.

Why not pytesseract or OCRmyPDF (measured in docs/benchmarks.md): pytesseract runs the same
program through temporary files at the same speed, and OCRmyPDF rewrites the PDF with a text
layer (and needs Ghostscript), which loses the word confidences and the table rules this reader
needs. Calling the program directly keeps the image on a pipe, lets each call run on one thread
(``OMP_THREAD_LIMIT=1``: the parse workers already use every core) and die with its worker.
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import signal
import subprocess
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("chi_sim", "chi_tra")  # Simplified first: mainland reports; Traditional for the rest
DIGITS = "eng"  # the model table cells are read with as digits only (package tesseract-ocr brings it)
INSTALL_HINT = "install tesseract-ocr, tesseract-ocr-chi-sim and tesseract-ocr-chi-tra"
_PR_SET_PDEATHSIG = 1


class TesseractError(Exception):
    """Tesseract failed on an image; ``str(exc)`` says how, on one line."""


@dataclass
class Word:
    """One word as Tesseract read it: text, confidence (0-100) and box in image pixels."""

    text: str
    conf: float
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # (block, paragraph, line) numbers: the words of one text line


@cache
def missing() -> str | None:
    """Why OCR cannot run here (program or a language model missing), or None when it can."""
    program = shutil.which("tesseract")
    if program is None:
        return f"Tesseract is not installed ({INSTALL_HINT})"
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, timeout=30, text=True).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc}; {INSTALL_HINT})"
    have = set(listed.split())
    lacking = [lang for lang in (*LANGUAGES, DIGITS) if lang not in have]
    if lacking:
        return f"Tesseract lacks the language models {', '.join(lacking)} ({INSTALL_HINT})"
    return None


@cache
def version() -> str:
    """The Tesseract version, e.g. '5.3.0' (part of the OCR cache's key)."""
    out = subprocess.run(["tesseract", "--version"], capture_output=True, timeout=30, text=True)
    match = re.search(r"tesseract\s+v?(\S+)", out.stdout + out.stderr)
    return match.group(1) if match else "unknown"


def _die_with_parent() -> None:
    """Runs in the child before exec: a killed parse worker takes its Tesseract with it."""
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _run(args: list[str], image: bytes, timeout: float) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", *args], input=image, capture_output=True,
                              env=env, timeout=timeout, preexec_fn=_die_with_parent)
    except subprocess.TimeoutExpired as exc:
        raise TesseractError(f"Tesseract took longer than {timeout:g} s on one page") from exc
    except OSError as exc:
        raise TesseractError(f"Tesseract cannot be started: {exc}") from exc
    if done.returncode != 0:
        last = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise TesseractError(f"Tesseract failed (exit status {done.returncode}): {last}"[:200])
    return done.stdout.decode("utf-8", "replace")


def recognise(image: bytes, dpi: int, lang: str = "chi_sim", timeout: float = 120.0, psm: int = 3,
              only: str | None = None) -> list[Word]:
    """The words of one page image (PNG bytes), in Tesseract's reading order (``psm`` 3: find the
    layout; 6: a block of lines); ``only``: the characters it may read (e.g. digits)."""
    allowed = ["-c", f"tessedit_char_whitelist={only}"] if only else []
    tsv = _run(["-l", lang, "--psm", str(psm), "--dpi", str(dpi), "-c", "preserve_interword_spaces=1", *allowed,
                "tsv"], image, timeout)
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        # level 5 is a word; a row without text is an empty box Tesseract still reports
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        words.append(Word(cells[11].strip(), float(cells[10]), int(cells[6]), int(cells[7]), int(cells[8]),
                          int(cells[9]), (int(cells[2]), int(cells[3]), int(cells[4]))))
    return words


def orientation(image: bytes, dpi: int, timeout: float = 60.0) -> tuple[int, float]:
    """(degrees to rotate the image clockwise to make it upright, confidence) from Tesseract's OSD."""
    try:
        out = _run(["--psm", "0", "--dpi", str(dpi), "-l", "osd"], image, timeout)
    except TesseractError:
        return 0, 0.0  # too little text to tell: leave the page as it is
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    return (int(rotate.group(1)) if rotate else 0), (float(confidence.group(1)) if confidence else 0.0)
