"""The report files under the paths a build is given, one at a time, in a stable order.

A build of 50,000 files must not hold a list of them: every parse worker is forked from the
build's process and counts its memory again (docs/benchmarks.md, "The build's memory"). So the
files are walked lazily, as strings, in the order ``sorted(Path.rglob("*"))`` gives (names
compared part by part), without hidden files or folders and without sidecars.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from indexer.sidecar import SUFFIX, is_sidecar


def _walk(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as scan:
            # Folders are entered when real, not through symlinks, as rglob does; files are taken
            # through symlinks.
            entries = sorted((entry.name, entry.path, entry.is_dir(follow_symlinks=False), entry.is_file())
                             for entry in scan if not entry.name.startswith("."))
    except OSError:
        return  # unreadable folder: nothing to index under it, as rglob would find nothing
    for name, path, is_dir, is_file in entries:
        if is_dir:
            yield from _walk(path)
        elif is_file and not (name.lower().endswith(SUFFIX) and is_sidecar(Path(path))):
            yield path


def iter_files(paths: Iterable[os.PathLike | str]) -> Iterator[str]:
    """Files named, and files under folders named, as strings (a folder's files sorted by name)."""
    for path in paths:
        path = str(Path(path))  # spelled as Path spells it ('samples/' and './samples' as 'samples')
        if os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def count_files(paths: Iterable[os.PathLike | str]) -> int:
    """How many files ``iter_files`` gives, without keeping them."""
    return sum(1 for _ in iter_files(paths))
