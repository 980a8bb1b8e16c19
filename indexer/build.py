"""Build the Whoosh index from report files: parse each, skip the bad with a reason, swap atomically."""
from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index

from indexer.documents import to_documents
from indexer.model import Report, UnreadableFile
from indexer.parser import parse_file
from search.index import CURRENT, current_generation
from search.schema import make_schema

SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm", ".md"}
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class BuildBusy(Exception):
    """Another build holds the lock on this index folder."""


@dataclass
class BuildSummary:
    """What a build did, for the CLI summary and ``--report``."""

    reports: int = 0
    sections: int = 0
    files: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, same as file)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    generation: str = ""
    seconds: float = 0.0


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files under folders named, in a stable order (hidden files left out)."""
    found = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def parse_files(files: list[Path], on_file: Callable[[Path], None] | None = None):
    """Parse every file; yield (path, report or None, reason). One file's failure never stops the rest."""
    for path in files:
        if on_file:
            on_file(path)
        try:
            yield path, parse_file(path), None
        except UnreadableFile as exc:
            yield path, None, str(exc)
        except FileNotFoundError:
            yield path, None, "file not found"
        except Exception as exc:  # a parser bug must cost one file, not the build
            yield path, None, f"parser error: {type(exc).__name__}: {exc}"


def _swap(root: Path, generation: Path) -> None:
    """Point ``current`` at the new generation atomically, then drop all but it and the previous."""
    previous = current_generation(root)
    tmp_link = root / f".{CURRENT}.{os.getpid()}"
    if tmp_link.is_symlink():
        tmp_link.unlink()
    os.symlink(generation.name, tmp_link)
    os.replace(tmp_link, root / CURRENT)
    keep = {generation.name, previous.name if previous else None}
    for old in root.glob("gen-*"):
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


def build_index(paths: Iterable[Path], root: Path, on_file: Callable[[Path], None] | None = None) -> BuildSummary:
    """Parse ``paths`` and write a complete new index generation under ``root``, then switch to it."""
    started = time.monotonic()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    lock_file = open(root / ".build.lock", "w")
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.close()
        raise BuildBusy(f"another build is running on {root}; try again when it ends")
    try:
        files = collect_files(paths)
        summary = BuildSummary(files=len(files))
        reports: dict[str, Report] = {}
        sources: dict[str, list[str]] = {}
        for path, report, reason in parse_files(files, on_file):
            if report is None:
                summary.skipped.append((str(path), reason))
                continue
            if report.id in reports:
                summary.duplicates.append((str(path), reports[report.id].source))
                sources[report.id].append(report.source)
                continue
            reports[report.id] = report
            sources[report.id] = [report.source]
            if report.warnings:
                summary.warnings[str(path)] = report.warnings

        generation = root / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
        generation.mkdir()
        try:
            ix = whoosh_index.create_in(str(generation), make_schema())
            with ix.writer(limitmb=256) as writer:  # cancels and re-raises on error
                for report_id, report in reports.items():
                    for doc in to_documents(report, sources[report_id]):
                        writer.add_document(**doc)
                        summary.sections += doc["kind"] == "section"
            expected = len(reports) + summary.sections
            if ix.doc_count() != expected:
                raise RuntimeError(f"index holds {ix.doc_count()} documents, expected {expected}")
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        _swap(root, generation)
        summary.reports = len(reports)
        summary.generation = generation.name
        summary.seconds = time.monotonic() - started
        return summary
    finally:
        fcntl.flock(lock_file, fcntl.LOCK_UN)
        lock_file.close()
