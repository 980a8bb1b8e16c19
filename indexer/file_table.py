"""What a build knows about each of its files, kept on disk while the workers parse.

A build tracks every file it was given: its report id (content hash), whether it is the first
file of its content or a copy, its recorded address, whether it is to be parsed and, once
parsed, the report's warnings. Held as Python dicts, that is some 0.5 KB a file, and every parse
worker, forked from the build's process, counted it again: the build's memory grew with the
corpus (docs/benchmarks.md, "The build's memory"). Here it is a SQLite table in a scratch file
beside the index, read a page at a time, so the build's memory stays the same at any size; the
scratch file is removed when the build ends (and, after a killed build, by the next one).
"""
from __future__ import annotations

import json
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Callable, Iterable, Iterator

from indexer.sidecar import SUFFIX as SIDECAR

PREFIX = ".build-files-"  # scratch files of builds under an index folder (a killed build's are stale)
_PAGE = 512  # rows read at a time
_SCHEMA = """
CREATE TABLE files (
    seq INTEGER PRIMARY KEY,            -- the order the files were listed in
    path TEXT NOT NULL UNIQUE,
    report_id TEXT NOT NULL,
    first INTEGER NOT NULL DEFAULT 0,   -- the first file listed with this content
    address TEXT,                       -- from the report's sidecar
    parse INTEGER NOT NULL DEFAULT 0,   -- to be parsed in this build
    parsed INTEGER NOT NULL DEFAULT 0,  -- parsed and indexed in this build
    unidentified TEXT,                  -- why the parsed report's body has no agency id
    warnings TEXT                       -- the parsed report's warnings, a JSON list
);
CREATE INDEX files_report ON files (report_id);
"""


class FileTable:
    """The files of one build, in the order they were listed."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / f"{PREFIX}{os.getpid()}-{secrets.token_hex(3)}.sqlite"
        self._db = sqlite3.connect(self.path, isolation_level=None)
        # Scratch data rebuilt by any new build: no journal, no syncing, a small page cache.
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -256", "temp_store = FILE"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")
        self.listed = 0

    def close(self) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> "FileTable":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Listing --------------------------------------------------------------------------------

    def add(self, path: str, report_id: str) -> None:
        """A listed file and its report id (a path listed twice counts once)."""
        self._db.execute("INSERT OR IGNORE INTO files (path, report_id) VALUES (?, ?)", (path, report_id))

    def settle(self) -> None:
        """Mark the first file of each content, once every file is listed."""
        self._db.execute("UPDATE files SET first = 1 WHERE seq IN (SELECT MIN(seq) FROM files GROUP BY report_id)")
        self._db.execute("COMMIT")

    def _pages(self, sql: str, key: str = "seq") -> Iterator[tuple]:
        """The rows but their first column of ``SELECT key, … FROM files WHERE …``, in the order of
        ``key``, a page at a time: no cursor stays open while the caller writes to the table."""
        last = 0
        while True:
            rows = self._db.execute(f"{sql} AND {key} > ? ORDER BY {key} LIMIT {_PAGE}", (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield row[1:]
            last = rows[-1][0]

    def duplicates(self) -> Iterator[tuple[str, str]]:
        """(file, path of the first file with the same content) for each copy."""
        return self._pages("SELECT f.seq, f.path, g.path FROM files f JOIN files g "
                           "ON g.report_id = f.report_id AND g.first = 1 WHERE f.first = 0", key="f.seq")

    def copies(self) -> dict[str, list[str]]:
        """The file names of each report held in several files, first file first (few: a dict)."""
        names: dict[str, list[str]] = {}
        for report_id, path in self._db.execute(
                "SELECT report_id, path FROM files WHERE report_id IN "
                "(SELECT report_id FROM files WHERE first = 0) ORDER BY seq"):
            names.setdefault(report_id, []).append(os.path.basename(path))
        return names

    def firsts(self) -> Iterator[tuple[str, str, str | None]]:
        """(path, report id, address) of the first file of each content."""
        return self._pages("SELECT seq, path, report_id, address FROM files WHERE first = 1")

    def read_addresses(self, read: Callable[[Path], str | None]) -> None:
        """Record each first file's address, read by ``read`` from its sidecar."""
        self._db.execute("BEGIN")
        for path, _, _ in self.firsts():
            # No Path for a file without a sidecar: pathlib interns every name it parses, and the
            # table of interned names would grow with the corpus.
            if os.path.exists(path + SIDECAR) and (address := read(Path(path))):
                self._db.execute("UPDATE files SET address = ? WHERE path = ?", (address, path))
        self._db.execute("COMMIT")

    # Choosing what to parse -----------------------------------------------------------------

    def choose(self, wanted: Callable[[str, str, str | None], bool] | None = None) -> None:
        """Mark for parsing the first files for which ``wanted(path, report_id, address)`` holds
        (every one when ``wanted`` is None)."""
        if wanted is None:
            self._db.execute("UPDATE files SET parse = 1 WHERE first = 1")
            return
        self._db.execute("BEGIN")
        for path, report_id, address in self.firsts():
            if wanted(path, report_id, address):
                self._db.execute("UPDATE files SET parse = 1 WHERE path = ?", (path,))
        self._db.execute("COMMIT")

    def choose_reports(self, report_ids: Iterable[str]) -> None:
        """Mark the first files of these reports for parsing too."""
        self._db.executemany("UPDATE files SET parse = 1 WHERE first = 1 AND report_id = ?",
                             ((i,) for i in report_ids))

    def to_parse(self) -> Iterator[str]:
        """The files to parse, in listed order."""
        return (row[0] for row in self._pages("SELECT seq, path FROM files WHERE parse = 1"))

    def count_to_parse(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM files WHERE parse = 1").fetchone()[0]

    def not_parsed(self) -> Iterator[str]:
        """The files this build does not parse (copies and unchanged files), in listed order."""
        return (row[0] for row in self._pages("SELECT seq, path FROM files WHERE parse = 0"))

    # Parsing ----------------------------------------------------------------------------------

    def report_id(self, path: str) -> str | None:
        row = self._db.execute("SELECT report_id FROM files WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def record(self, path: str, unidentified: str | None, warnings: list[str]) -> None:
        """The file was parsed and its report indexed, with these notes."""
        self._db.execute("UPDATE files SET parsed = 1, unidentified = ?, warnings = ? WHERE path = ?",
                         (unidentified or None, json.dumps(warnings, ensure_ascii=False) if warnings else None, path))

    # After the parse (the workers are gone: what follows may be held in memory) ---------------

    def parsed_reports(self) -> dict[str, str]:
        """Each report parsed in this build: its id and first file."""
        return dict(self._db.execute("SELECT report_id, path FROM files WHERE parsed = 1 ORDER BY seq"))

    def notes(self) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
        """(file, why its body has no agency id) and {file: warnings} of the parsed reports, in listed order."""
        unidentified, warnings = [], {}
        for path, why, notes in self._db.execute(
                "SELECT path, unidentified, warnings FROM files WHERE parsed = 1 "
                "AND (unidentified IS NOT NULL OR warnings IS NOT NULL) ORDER BY seq"):
            if why:
                unidentified.append((path, why))
            if notes:
                warnings[path] = json.loads(notes)
        return unidentified, warnings

    def report_ids(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT DISTINCT report_id FROM files")}

    def addresses(self) -> dict[str, str]:
        """The address of each report whose first file has one."""
        return dict(self._db.execute("SELECT report_id, address FROM files WHERE first = 1 AND address IS NOT NULL"))

    def located(self, wanted: Iterable[str]) -> dict[str, list[str]]:
        """Each wanted report's files as absolute paths, sorted, in the order of the report ids."""
        wanted = set(wanted)
        located: dict[str, list[str]] = {}
        for path, report_id in self._db.execute("SELECT path, report_id FROM files ORDER BY seq"):
            if report_id in wanted:
                located.setdefault(report_id, []).append(os.path.abspath(path))
        return {i: sorted(located.get(i, [])) for i in sorted(wanted)}


def remove_stale(folder: Path) -> None:
    """Delete scratch files that killed builds left (call only under the build lock)."""
    for stale in Path(folder).glob(f"{PREFIX}*"):
        try:
            stale.unlink()
        except OSError:
            pass
