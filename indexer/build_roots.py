"""Which folders an index is built from, so that no build drops an operator's reports by surprise.

Every generation's manifest records the folders (or files) its reports were read from (``roots``) and each
report's files (``paths``). ``python -m indexer build`` with no path rebuilds those roots (the bundled samples
only for a new index). A build given some paths brings the reports under them up to date and keeps the index's
other reports, those with no file under the paths given, as they are (QA 40 #1: ``make rebuild`` and
``build NEWFOLDER`` once replaced a 22-report index by the 5 samples, silently). ``--replace`` says the index is
exactly the paths given. Files gone from a folder the build reads are still removed, and the summary names them.
"""
from __future__ import annotations

import os
from typing import Iterable



class MissingRoots(Exception):
    """A folder the index was built from is not there, and the build would need to read it."""


def inside(path: str, root: str) -> bool:
    """Whether an absolute ``path`` is ``root`` or lies under it."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def covered(path: str, roots: Iterable[str]) -> bool:
    return any(inside(path, root) for root in roots)


def absolute(paths: Iterable[os.PathLike | str]) -> list[str]:
    """The paths as the manifest records them: absolute, sorted, each once."""
    return sorted({os.path.abspath(p) for p in paths})


def merge_roots(old: Iterable[str], given: Iterable[str]) -> list[str]:
    """The roots of an index that held ``old`` and was then given ``given``: each once, none inside another
    (a sub-folder of a root is read with it)."""
    every = sorted(set(old) | set(given))
    return [r for r in every if not any(o != r and inside(r, o) for o in every)]


def uncovered_roots(old_roots: Iterable[str], given: list[str]) -> list[str]:
    """The index's roots that no given path covers."""
    return [r for r in old_roots if not covered(r, given)]


def roots_to_read(old_roots: list[str], given: list[str]) -> list[str]:
    """For a full build (every file parsed again: new code, or ``--full``): the roots not given must be read too,
    since their reports cannot be kept as they were. One that is not there stops the build."""
    others = uncovered_roots(old_roots, given)
    missing = [r for r in others if not os.path.exists(r)]
    if missing:
        raise MissingRoots(
            f"the index also holds reports read from {', '.join(missing)}, which is not there now; this build parses "
            "every file again (new parsing code, or --full) and cannot keep them without reading them. Mount or "
            "restore it, or pass --replace to make the index exactly the paths given; the index was not changed")
    return others


def carried_reports(old_paths: dict[str, list[str]], candidates: Iterable[str], given: list[str],
                    dropped: list[str]) -> set[str]:
    """Of the reports ``candidates`` (in the index, not found by this build), those none of whose files lies under
    the paths given: they belong to folders this build was not asked to read, and are kept as they are; unless all
    their files lie in ``dropped`` roots (the demo samples, which a build of one's own folder replaces)."""
    return {i for i in candidates
            if (files := old_paths.get(i)) and not any(covered(f, given) for f in files)
            and not all(covered(f, dropped) for f in files)}


def demo_dropped(old_roots: list[str], given: list[str], samples: str) -> list[str]:
    """The bundled samples, when the index holds them and this build is given other paths: an operator's first
    build of their own folder after `make run` made the demo index must not keep the five demo reports among theirs."""
    return [samples] if samples in old_roots and not covered(samples, given) else []


def outside_paths(old_paths: dict[str, list[str]], report_id: str, given: list[str]) -> list[str]:
    """A report's recorded files that lie outside the paths given (still its files: this build did not look)."""
    return [f for f in old_paths.get(report_id, []) if not covered(f, given)]
