"""The report files under the paths a build is given, one at a time, in a stable order.

A build of 50,000 files must not hold a list of them: every parse worker is forked from the
build's process and counts its memory again (docs/benchmarks.md, "The build's memory"). So the
files are walked lazily, as strings, in the order ``sorted(Path.rglob("*"))`` gives (names
compared part by part), without hidden files or folders and without sidecars.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from indexer.sidecar import SUFFIX, is_sidecar


Skip = Callable[[str, str], None]  # (path, why it was not read): the build's summary names each (QA 40 #5)


def _not_followed(path: str) -> str:
    """Why an entry that is neither a real folder nor a file was passed over."""
    if os.path.islink(path):
        if os.path.isdir(path):
            return "symlinked folder: not entered (links to folders are not followed; name its target to index it)"
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"broken link: points to {target}, which cannot be opened"
    return "not a regular file or folder (a device, socket or pipe)"


def _walk(folder: str, on_skip: Skip | None) -> Iterator[str]:
    try:
        with os.scandir(folder) as scan:
            # Folders are entered when real, not through symlinks, as rglob does (a link to '..' would
            # loop); files are taken through symlinks.
            entries = sorted((entry.name, entry.path, entry.is_dir(follow_symlinks=False), entry.is_file())
                             for entry in scan if not entry.name.startswith("."))
    except OSError as exc:
        if on_skip is not None:
            on_skip(folder, f"cannot open folder: {exc.strerror or exc}")
        return
    for name, path, is_dir, is_file in entries:
        if is_dir:
            yield from _walk(path, on_skip)
        elif is_file:
            if not (name.lower().endswith(SUFFIX) and is_sidecar(Path(path))):
                yield path
        elif on_skip is not None:
            on_skip(path, _not_followed(path))


def iter_files(paths: Iterable[os.PathLike | str], on_skip: Skip | None = None) -> Iterator[str]:
    """Files named, and files under folders named, as strings (a folder's files sorted by name); ``on_skip(path,
    reason)`` hears of each folder not entered and each link not followed."""
    for path in paths:
        path = str(Path(path))  # spelled as Path spells it ('samples/' and './samples' as 'samples')
        if os.path.isdir(path):
            yield from _walk(path, on_skip)
        else:
            yield path


def count_files(paths: Iterable[os.PathLike | str]) -> int:
    """How many files ``iter_files`` gives, without keeping them."""
    return sum(1 for _ in iter_files(paths))
