"""Build the Whoosh index from report files.

Every build writes a new index generation and switches to it only when it is complete and
verified (see search/index.py). Builds are incremental: a report's identity is its content
hash, so unchanged files are not parsed again, changed ones are replaced and removed ones
deleted. A change of the parser or schema code (``code_fingerprint``) forces a full build.
Files are parsed in worker processes, each bounded in time and memory, and a file that fails
in any way is skipped with a one-line reason while the others are indexed. The workers also
tokenise what they parse and write it as index segments of their own (``indexer/segments.py``);
this process only lists those segments in the new generation's table of contents.
"""
# Over 350 lines, kept whole: the steps of one build (lock, collect, parse, write, verify, swap,
# clean) share its lock and its generation; split into modules they would hand that state around.
from __future__ import annotations

import ast
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh import query as Q

from indexer.build_changes import count_changes, refuse_copies_of_refused
from indexer.build_roots import absolute, carried_reports, demo_dropped, merge_roots, outside_paths, roots_to_read
from indexer.agency_aliases import carry_aliases, previous_agencies, report_agencies, write_aliases
from indexer.durable import fsync_path
from indexer.file_table import FileTable, remove_stale
from indexer.file_walk import iter_files
from indexer.parse_pool import PAGE_TIME, run_pool
from indexer.columns_refresh import write_missing_columns
from indexer.segments import SegmentTask, small_segment_reports
from indexer.readers.ocr import CACHE_ENV, cache_folder
from indexer.sidecar import read_sidecar
from search.index_health import recorded_roots
from search.index import CURRENT, MANIFEST, READERS_LOCK, column_values, current_generation, read_manifest
from search.schema import content_id as file_id, make_schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class BuildBusy(Exception):
    """Another build holds the lock on this index folder."""


class NothingToIndex(Exception):
    """A build found no report at all: the index is left as it was rather than emptied. ``summary`` says what it
    found (each file refused and why: QA 40 #6)."""

    def __init__(self, message: str, summary: "BuildSummary | None" = None):
        super().__init__(message)
        self.summary = summary


@dataclass
class BuildSummary:
    """What a build did, for the CLI summary and ``--report``."""

    reports: int = 0  # reports in the index after the build
    sections: int = 0
    files: int = 0
    parsed: int = 0  # files parsed in this build (the others were unchanged)
    added: int = 0
    removed: int = 0
    changed: int = 0  # files whose content changed: their report replaced (neither added nor removed)
    added_files: list[str] = field(default_factory=list)  # the first file of each report added
    removed_files: list[str] = field(default_factory=list)  # a recorded file of each report removed
    changed_files: list[str] = field(default_factory=list)
    kept_elsewhere: int = 0  # reports kept from folders this build was not given (see indexer/build_roots.py)
    demo_dropped: bool = False  # the bundled samples were in the index and this build replaced them
    roots: list[str] = field(default_factory=list)  # the folders (or files) the index is now built from
    full: bool = True
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    not_entered: list[tuple[str, str]] = field(default_factory=list)  # (folder or link, why it was not read)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, same content as file)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    unidentified: list[tuple[str, str]] = field(default_factory=list)  # (file, why its body has no agency id)
    generation: str = ""
    seconds: float = 0.0


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files under folders named, in a stable order (hidden files and sidecars
    left out): the list of ``iter_files``, for callers that want one (a build does not)."""
    return [Path(p) for p in iter_files(paths)]


def fingerprint_files() -> list[Path]:
    """The code and data that decide what goes into the index: the indexer's own modules and data, every module of
    ``search`` they import, directly or through each other (read from the sources, so that a module the parser comes
    to import is never left out: ``search.folding`` and ``search.missing_parts`` once were, and the same in every
    process, whatever else it has loaded), and the data files those modules read."""
    here = Path(__file__).resolve().parent
    root = here.parent
    search = root / "search"
    own = sorted(here.rglob("*.py"))
    modules: set[Path] = set()
    # The indexer's imports wherever they stand; a search module's at its top only: those run when it is imported
    # ('search.index' loads the engine inside the function that warms a searching process, never in a build).
    pending = [(path, False) for path in own]
    while pending:
        path, top_only = pending.pop()
        for name in _search_imports(path, top_only):
            for module in _module_files(root, name):
                if module not in modules:
                    modules.add(module)
                    pending.append((module, True))
    data = [search / "data" / "userdict.txt", search / "data" / "unglued_names.txt",
            *sorted(search.glob("data/agency_*.tsv")),
            search / "data" / "prose_figures.tsv"]  # the claims' table of figures stated in prose
    return own + sorted(here.glob("data/*")) + sorted(modules) + data


def _search_imports(path: Path, top_only: bool) -> set[str]:
    """The ``search`` modules a source file imports: at its top (``top_only``) or anywhere, inside functions too."""
    # Keyed by the text, not by the file's time and size: a file replaced by one of the same size and time (cp -p,
    # tar, rsync -t, two writes in one clock tick) would keep the old import graph. Reading the sources costs about
    # 1 ms; parsing them, the 0.5-1 s the cache saves a process that builds again (the test suite builds many).
    return set(_parsed_imports(path.read_bytes(), top_only))


@lru_cache(maxsize=None)
def _parsed_imports(source: bytes, top_only: bool) -> frozenset[str]:
    """``_search_imports`` of one version of a source's text."""
    names = set()
    tree = ast.parse(source.decode("utf-8"))
    for node in _top_level(tree) if top_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.split(".")[0] == "search")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "search":
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)  # 'from search.figures import digest'
    return frozenset(names)


def _top_level(tree: ast.Module):
    """The statements a module runs when imported: its body, and the bodies of its top-level if / try blocks."""
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, (ast.If, ast.Try)):
            pending.extend([*node.body, *node.orelse, *getattr(node, "finalbody", []),
                            *(s for h in getattr(node, "handlers", []) for s in h.body)])


def _module_files(root: Path, name: str) -> list[Path]:
    """The files importing ``name`` runs: each package's __init__ on the way and the module itself (none when the
    name is a function or class, not a module)."""
    parts = name.split(".")
    files = [root.joinpath(*parts[:i], "__init__.py") for i in range(1, len(parts) + 1)]
    files.append(root.joinpath(*parts[:-1], f"{parts[-1]}.py"))
    return [f for f in files if f.is_file()]


def code_fingerprint() -> str:
    """Hash of the code and data that decide what goes into the index (``fingerprint_files``)."""
    digest = hashlib.sha256()
    for path in fingerprint_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_FINGERPRINT = re.compile(r'^\{"fingerprint": "([0-9a-f]+)"')


def manifest_fingerprint(generation: Path) -> str | None:
    """The code fingerprint a generation was built with, read from its manifest's opening (which
    this module writes first) rather than from the whole manifest, which lists every report."""
    try:
        with open(generation / MANIFEST, encoding="utf-8") as f:
            opening = f.read(200)
    except OSError:
        return None
    match = _FINGERPRINT.match(opening)
    return match.group(1) if match else _read_manifest(generation).get("fingerprint")


def _read_manifest(generation: Path | None) -> dict:
    return read_manifest(generation) if generation is not None else {}


def _fsync_tree(folder: Path) -> None:
    """Flush a finished generation to disk before ``current`` may point at it."""
    for path in folder.iterdir():
        if path.is_file():
            fsync_path(path)
    fsync_path(folder)


def _swap(root: Path, generation: Path) -> None:
    """Point ``current`` at the new generation atomically (a symlink replaced by rename)."""
    tmp_link = root / f".{CURRENT}.{os.getpid()}"
    if tmp_link.is_symlink():
        tmp_link.unlink()
    os.symlink(generation.name, tmp_link)
    os.replace(tmp_link, root / CURRENT)
    fsync_path(root)


def clean_generations(root: Path) -> list[str]:
    """Delete generations other than the current one that no process is reading; return their names.

    Called only under the build lock, so a generation without a readers lock is the leftover of
    a build that failed or was killed, never one being written.
    """
    current = current_generation(root)
    deleted = []
    for old in sorted(root.glob("gen-*")):
        if current is not None and old.name == current.name:
            continue
        try:
            fd = os.open(old / READERS_LOCK, os.O_RDONLY)
        except OSError:
            fd = None
        try:
            if fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # a server still searches it: the next build will try again
            shutil.rmtree(old, ignore_errors=True)
            deleted.append(old.name)
        finally:
            if fd is not None:
                os.close(fd)
    for stale in root.glob(f".{CURRENT}.*"):  # a killed build's half-made link
        if stale.is_symlink():
            stale.unlink()
    return deleted


# The lock file held by this process's build, if any. Processes forked during a build (parse
# workers, Whoosh's sub-writers) close their copy at once, so that a killed build's lock is gone
# with it even while an orphaned child lingers.
_HELD_LOCK: list = []


def _drop_inherited_lock() -> None:
    for held in _HELD_LOCK:
        try:
            os.close(held.fileno())
        except OSError:
            pass


os.register_at_fork(after_in_child=_drop_inherited_lock)


class _BuildLock:
    """An exclusive lock on the index folder: a second build waits up to ``wait`` seconds, then
    is refused with BuildBusy. The lock dies with its process, so a killed build leaves none."""

    def __init__(self, root: Path, wait: float = 0.0, on_wait: Callable[[], None] | None = None):
        self.path = root / ".build.lock"
        self.wait = wait
        self.on_wait = on_wait

    def _holder(self) -> str:
        try:
            pid = self.path.read_text(encoding="ascii").strip()
        except OSError:
            pid = ""
        return f" (process {pid})" if pid.isdigit() else ""

    def __enter__(self):
        self.file = open(self.path, "a+", encoding="ascii")
        deadline = time.monotonic() + max(self.wait, 0.0)
        waited = False
        while True:
            try:
                fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    holder = self._holder()
                    self.file.close()
                    if waited:
                        raise BuildBusy(f"another build{holder} is still running on {self.path.parent} "
                                        f"after waiting {self.wait:g} s; the index was not changed")
                    raise BuildBusy(f"another build{holder} is running on {self.path.parent}; "
                                    "try again when it ends (or pass --wait SECONDS)")
                if not waited and self.on_wait is not None:
                    self.on_wait()
                waited = True
                time.sleep(min(0.1, remaining))
        self.file.seek(0)
        self.file.truncate()
        self.file.write(str(os.getpid()))
        self.file.flush()
        _HELD_LOCK.append(self.file)
        return self

    def __exit__(self, *exc):
        _HELD_LOCK.remove(self.file)
        self.file.truncate(0)
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def _prune_ocr_cache(cache: Path, keep: set[str]) -> None:
    """Drop the cached OCR of files no longer among the build's files (keyed by report id)."""
    if not cache.is_dir():
        return
    for entry in cache.iterdir():
        if entry.is_dir() and entry.name not in keep:
            shutil.rmtree(entry, ignore_errors=True)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _file_table(root: Path) -> FileTable:
    """A new table of the build's files, after deleting those of killed builds (under the lock)."""
    remove_stale(root)
    return FileTable(root)


def _commit(ix, deleted: list[str], segments: list) -> None:
    """The index's new table of contents: its segments with ``deleted`` reports' documents
    marked deleted, plus the new segments. Segments are never merged (the workers' segments
    are sized to be searched as they are; a Whoosh merge would drop their postings stores)."""
    writer = ix.writer()
    try:
        for report_id in deleted:
            writer.delete_by_term("report_id", report_id)

        def keep(_writer, existing):
            return [s for s in existing if s.deleted_count() < s.doc_count_all()] + segments

        writer.commit(mergetype=keep)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise


def _report_ids(searcher) -> set[str]:
    """The ids of the reports an index holds (from its column, not the stored payloads)."""
    column = column_values(searcher.reader(), "report_id")
    return {column[d] for d in searcher.docs_for_query(Q.Term("kind", "report"))}


def build_index(paths: Iterable[Path], root: Path, on_file: Callable[[str], None] | None = None,
                full: bool = False, jobs: int | None = None, timeout: float = 60.0, wait: float = 0.0,
                on_wait: Callable[[], None] | None = None, page_time: float = PAGE_TIME,
                on_pages: Callable[[Path, int, int], None] | None = None, replace: bool = False) -> BuildSummary:
    """Bring the index under ``root`` up to date with the files under ``paths``.

    ``on_file(file)`` hears of each file (a string, as listed) once it is parsed or found unchanged.
    Scanned PDFs are read by OCR; each page to read adds ``page_time`` seconds to ``timeout``,
    ``on_pages(path, done, total)`` follows the pages, and the results are cached under the
    index folder (``ocr-cache``, or ``$NIANBAO_OCR_CACHE``) so that no rebuild reads a file twice.

    The index keeps its reports with no file under ``paths`` (those of other folders it was built from) unless
    ``replace``: then it holds exactly the reports under ``paths`` (indexer/build_roots.py).

    Raises BuildBusy when another build holds the index folder for longer than ``wait`` seconds, MissingRoots
    when a full build would need a folder the index was built from that is not there.
    """
    started = time.monotonic()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in paths]
    with _BuildLock(root, wait, on_wait), _file_table(root) as table:
        clean_generations(root)  # leftovers of a killed build, generations no server reads
        previous = current_generation(root)
        fingerprint = code_fingerprint()
        incremental = not full and previous is not None and manifest_fingerprint(previous) == fingerprint
        # An incremental build compares with the previous generation's manifest, which lists every
        # report: it is held for the build (a full build reads it only for its roots, and at the end).
        manifest = _read_manifest(previous) if incremental else {}
        given = absolute(paths)
        # A damaged index (no ``previous``) still says, in its manifest, which folders it was built from.
        old_roots = [] if replace else (manifest.get("roots") if manifest else recorded_roots(root)) or []
        dropped = demo_dropped(old_roots, given, str(SAMPLES))
        old_roots = [r for r in old_roots if r not in dropped]
        walk = list(paths)
        if old_roots and not incremental:  # every report is parsed again: those of the other roots too
            walk += [Path(r) for r in roots_to_read(old_roots, given)]
        # Where each report's original files are, for the download route: absolute paths, and the
        # folders (or files) the index is built from, outside which nothing is ever served.
        roots = merge_roots(old_roots, given)
        old_paths: dict[str, list[str]] = {} if replace else manifest.get("paths", {})
        # Nothing per file is held in this process while the workers run (each forked worker would
        # count it again): the files are walked one at a time and tracked in ``table``, on disk.
        summary = BuildSummary()
        for path in iter_files(walk, on_skip=lambda path, why: summary.not_entered.append((path, why))):
            summary.files += 1
            try:
                if os.path.getsize(path) == 0:  # said plainly, and never a 'copy' of another empty file (QA 40 #10)
                    summary.skipped.append((path, "empty file"))
                    continue
                table.add(path, file_id(path))
            except OSError as exc:
                summary.skipped.append((path, f"cannot open file: {exc.strerror or exc}"))
        table.settle()
        old_sources: dict[str, list[str]] = manifest.get("reports", {})
        ocr_cache = cache_folder(root)

        summary.duplicates.extend(table.duplicates())
        copies = table.copies()  # the file names of a report held in several files

        def sources(report_id: str, first: str) -> list[str]:
            """The names of the report's files (the documents name them)."""
            return copies.get(report_id) or [os.path.basename(first)]
        # A renamed or copied file is parsed again so that every document names its sources.
        # The address in a report's sidecar is a parser input: a changed one means a new parse.
        table.read_addresses(read_sidecar)
        gone: list[str] = []
        carried: set[str] = set()
        present = table.report_ids() if incremental else set()  # beside the manifest it is compared with

        def final_paths(ids) -> dict[str, list[str]]:
            """Each report's files: those this build found, and those it did not look at (outside its paths)."""
            located = table.located(ids)
            return {i: sorted({*found, *outside_paths(old_paths, i, given)}) for i, found in located.items()}
        if incremental:
            old_addresses: dict[str, str | None] = manifest.get("addresses", {})
            table.choose(lambda path, i, address: sorted(old_sources.get(i, [])) != sorted(sources(i, path))
                         or old_addresses.get(i) != address)
            missing = [i for i in old_sources if i not in present]
            carried = carried_reports(old_paths, missing, given, dropped)
            gone = [i for i in missing if i not in carried]
            if table.count_to_parse() or gone:
                # Each incremental build adds small segments: once there are too many, their reports
                # are indexed again with the changes, into the new segments, and the small ones go.
                table.choose_reports(small_segment_reports(previous, set(gone)))
        else:
            table.choose()
        to_parse = table.count_to_parse()
        if on_file is not None:
            for path in table.not_parsed():
                on_file(path)  # a copy or unchanged: counted for the progress bar
        summary.full = not incremental
        if incremental and not to_parse and not gone:
            if final_paths(old_sources) == manifest.get("paths") and roots == manifest.get("roots"):
                summary.reports, summary.roots, summary.kept_elsewhere = len(old_sources), roots, len(carried)
                summary.sections = manifest.get("sections", 0)
                summary.generation = previous.name
                summary.seconds = time.monotonic() - started
                return summary  # nothing changed: keep serving the current generation

        generation = root / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
        try:
            if incremental:
                # Segment files never change once written: the new generation links them.
                shutil.copytree(previous, generation, ignore=shutil.ignore_patterns("*.lock", "*WRITELOCK", MANIFEST),
                                copy_function=_link_or_copy)
                ix = whoosh_index.open_dir(str(generation))
            else:
                generation.mkdir()
                ix = whoosh_index.create_in(str(generation), make_schema())
            # Workers parse, tokenise and write segments of their own; only each report's id and
            # warnings come back here.
            segments: list = []

            def describe(path: str) -> tuple[str, list[str]]:
                report_id = table.report_id(path)
                return report_id, sources(report_id, path)
            # Each file's job (its id and names) is made as a worker takes it, not held for all files.
            for path, report, reason in run_pool(table.to_parse(), partial(SegmentTask, generation), segments,
                                                 on_file=on_file, workers=jobs, timeout=timeout, ocr_cache=ocr_cache,
                                                 page_time=page_time, on_pages=on_pages, describe=describe,
                                                 count=to_parse):
                summary.parsed += 1
                if report is None:
                    summary.skipped.append((str(path), reason))
                    continue
                table.record(str(path), report["unidentified"], report["warnings"])
            refuse_copies_of_refused(summary)
            parsed = table.parsed_reports()  # report id -> its first file
            summary.unidentified, summary.warnings = table.notes()
            # A renamed or copied report whose parse failed this time (a timeout on a busy
            # machine) keeps its indexed copy: the content is the same, only its names are stale.
            for index, (path, reason) in enumerate(summary.skipped):
                report_id = table.report_id(path)
                if report_id in old_sources and report_id not in parsed:
                    summary.skipped[index] = (path, f"{reason} (the copy indexed before is kept)")
            kept = {i for i in old_sources if i not in parsed and (i in present or i in carried)}
            final_ids = kept | set(parsed)
            if not final_ids - carried:
                # A mistyped path or an unmounted share must not replace a good index with an empty one.
                what = "no files found" if not summary.files else f"none of the {summary.files} files is a readable report"
                raise NothingToIndex(f"{what} under {', '.join(map(str, paths))}; the index was not changed", summary)
            _commit(ix, [*gone, *(i for i in parsed if i in old_sources)], segments)
            write_missing_columns(generation)  # of segments linked from a generation older code wrote
            located = final_paths(final_ids)
            with ix.searcher() as searcher:
                sections = searcher.doc_count() - len(final_ids)
                found = _report_ids(searcher)
                agencies = report_agencies(searcher)
            # An id a parser fix changed still opens its body's page (a link shared before the rebuild).
            before, old_aliases = previous_agencies(previous)
            write_aliases(generation, carry_aliases(before, agencies, old_aliases))
            if found != final_ids:
                raise RuntimeError(f"index holds {len(found)} reports, expected {len(final_ids)}; not switched")
            # When each report first entered the index (kept across rebuilds, --full included): the
            # feeds list new reports by it.
            now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            before = manifest or _read_manifest(previous)
            first_indexed = before.get("indexed", {})
            count_changes(summary, before, final_ids, parsed)
            addresses = table.addresses()
            (generation / MANIFEST).write_text(json.dumps({
                "fingerprint": fingerprint, "sections": sections, "built": now,
                "indexed": {i: first_indexed.get(i, now) for i in sorted(final_ids)},
                "reports": {i: old_sources[i] if i in kept else sources(i, parsed[i]) for i in sorted(final_ids)},
                "addresses": {i: addresses[i] for i in sorted(final_ids) if addresses.get(i)},
                "paths": located, "roots": roots,
            }, ensure_ascii=False), encoding="utf-8")
            (generation / READERS_LOCK).touch()
            _fsync_tree(generation)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        _swap(root, generation)
        clean_generations(root)
        if not os.environ.get(CACHE_ENV):  # a shared cache serves other indexes too
            _prune_ocr_cache(ocr_cache, table.report_ids())
        summary.reports, summary.sections = len(final_ids), sections
        summary.roots, summary.kept_elsewhere, summary.demo_dropped = roots, len(carried), bool(dropped)
        summary.generation = generation.name
        summary.seconds = time.monotonic() - started
        return summary

