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

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh import query as Q

from indexer.durable import fsync_path
from indexer.parse_pool import PAGE_TIME, run_pool
from indexer.segments import SegmentTask, small_segment_reports
from indexer.readers.ocr import CACHE_ENV, cache_folder
from indexer.sidecar import is_sidecar, read_sidecar
from search.index import CURRENT, MANIFEST, READERS_LOCK, column_values, current_generation
from search.schema import content_id as file_id, make_schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class BuildBusy(Exception):
    """Another build holds the lock on this index folder."""


class NothingToIndex(Exception):
    """A build found no report at all: the index is left as it was rather than emptied."""


@dataclass
class BuildSummary:
    """What a build did, for the CLI summary and ``--report``."""

    reports: int = 0  # reports in the index after the build
    sections: int = 0
    files: int = 0
    parsed: int = 0  # files parsed in this build (the others were unchanged)
    added: int = 0
    removed: int = 0
    full: bool = True
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, same content as file)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    unidentified: list[tuple[str, str]] = field(default_factory=list)  # (file, why its body has no agency id)
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
                and not is_sidecar(p)  # 'report.html.url' records where report.html came from
            )
        else:
            found.append(path)
    return found


def code_fingerprint() -> str:
    """Hash of the code and data that decide what goes into the index."""
    here = Path(__file__).resolve().parent
    search = here.parent / "search"
    files = sorted(here.rglob("*.py")) + sorted(here.glob("data/*")) + [
        search / "analysis.py", search / "schema.py", search / "vocabulary.py", search / "data" / "userdict.txt",
        search / "agency_names.py", *sorted(search.glob("data/agency_*.tsv")),
        search / "postings.py", *(search / "figures" / f"{name}.py" for name in ("digest", "claims", "similarity", "columns"))]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _read_manifest(generation: Path | None) -> dict:
    if generation is None:
        return {}
    try:
        return json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


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


def _located(ids: dict[str, str], wanted) -> dict[str, list[str]]:
    """Each wanted report's files as absolute paths, sorted, in the order of the report ids."""
    located: dict[str, list[str]] = {}
    for path, report_id in ids.items():
        if report_id in wanted:
            located.setdefault(report_id, []).append(os.path.abspath(path))
    return {i: sorted(located.get(i, [])) for i in sorted(wanted)}


def build_index(paths: Iterable[Path], root: Path, on_file: Callable[[Path], None] | None = None,
                full: bool = False, jobs: int | None = None, timeout: float = 60.0, wait: float = 0.0,
                on_wait: Callable[[], None] | None = None, page_time: float = PAGE_TIME,
                on_pages: Callable[[Path, int, int], None] | None = None) -> BuildSummary:
    """Bring the index under ``root`` up to date with the files under ``paths``.

    Scanned PDFs are read by OCR; each page to read adds ``page_time`` seconds to ``timeout``,
    ``on_pages(path, done, total)`` follows the pages, and the results are cached under the
    index folder (``ocr-cache``, or ``$NIANBAO_OCR_CACHE``) so that no rebuild reads a file twice.

    Raises BuildBusy when another build holds the index folder for longer than ``wait`` seconds.
    """
    started = time.monotonic()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in paths]
    with _BuildLock(root, wait, on_wait):
        clean_generations(root)  # leftovers of a killed build, generations no server reads
        # What this process keeps per file lives through the whole parse, and every worker it forks
        # (and forks again, see parse_pool.RECYCLE_AFTER) carries it in its memory: strings, not Path
        # objects, one entry per file, and nothing kept that can be derived when needed.
        files = [str(p) for p in collect_files(paths)]
        summary = BuildSummary(files=len(files))
        previous = current_generation(root)
        manifest = _read_manifest(previous)
        fingerprint = code_fingerprint()
        incremental = not full and previous is not None and manifest.get("fingerprint") == fingerprint
        old_sources: dict[str, list[str]] = manifest.get("reports", {}) if incremental else {}
        # Where each report's original files are, for the download route: absolute paths, and the
        # folders (or files) this build was asked to read, outside which nothing is ever served.
        roots = sorted({os.path.abspath(p) for p in paths})
        ocr_cache = cache_folder(root)

        ids: dict[str, str] = {}  # file (as listed) -> report id
        for path in files:
            try:
                ids[path] = file_id(path)
            except OSError as exc:
                summary.skipped.append((path, f"cannot open file: {exc.strerror or exc}"))
        del files
        first_file: dict[str, str] = {}
        copies: dict[str, list[str]] = {}  # the file names of a report held in several files
        for path, report_id in ids.items():
            first = first_file.setdefault(report_id, path)
            if first is not path:
                copies.setdefault(report_id, [os.path.basename(first)]).append(os.path.basename(path))
                summary.duplicates.append((path, os.path.basename(first)))

        def sources(report_id: str) -> list[str]:
            """The names of the report's files (the documents name them)."""
            return copies.get(report_id) or [os.path.basename(first_file[report_id])]
        # A renamed or copied file is parsed again so that every document names its sources.
        # The address in a report's sidecar is a parser input: a changed one means a new parse.
        addresses = {i: a for i, p in first_file.items() if (a := read_sidecar(Path(p)))}
        old_addresses: dict[str, str | None] = manifest.get("addresses", {}) if incremental else {}
        to_parse = [p for i, p in first_file.items()
                    if sorted(old_sources.get(i, [])) != sorted(sources(i)) or old_addresses.get(i) != addresses.get(i)]
        gone = [i for i in old_sources if i not in first_file]
        if incremental and (to_parse or gone):
            # Each incremental build adds small segments: once there are too many, their reports
            # are indexed again with the changes, into the new segments, and the small ones go.
            again = small_segment_reports(previous) - set(gone)
            chosen = set(to_parse)
            to_parse += [first_file[i] for i in sorted(again) if first_file[i] not in chosen]
        if on_file is not None and len(to_parse) < len(ids):
            chosen = set(to_parse)  # a set beside the list: membership per file in it took minutes at 50,000 files
            for path in ids:
                if path not in chosen:
                    on_file(Path(path))  # unchanged: counted for the progress bar
        chosen = None
        summary.full = not incremental
        if incremental and not to_parse and not gone:
            unchanged = _located(ids, old_sources)
            if unchanged == manifest.get("paths") and roots == manifest.get("roots"):
                summary.reports = len(old_sources)
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
            parsed: set[str] = set()
            # Each file's job (its id and names) is made as a worker takes it, not held for all files.
            for path, report, reason in run_pool(to_parse, partial(SegmentTask, generation), segments, on_file=on_file,
                                                 workers=jobs, timeout=timeout, ocr_cache=ocr_cache,
                                                 page_time=page_time, on_pages=on_pages,
                                                 describe=lambda path: (ids[path], sources(ids[path]))):
                summary.parsed += 1
                if report is None:
                    summary.skipped.append((str(path), reason))
                    continue
                if report["unidentified"]:
                    summary.unidentified.append((str(path), report["unidentified"]))
                if report["warnings"]:
                    summary.warnings[str(path)] = report["warnings"]
                parsed.add(report["id"])
            # A renamed or copied report whose parse failed this time (a timeout on a busy
            # machine) keeps its indexed copy: the content is the same, only its names are stale.
            for index, (path, reason) in enumerate(summary.skipped):
                report_id = ids.get(path)
                if report_id in old_sources and report_id in first_file and report_id not in parsed:
                    summary.skipped[index] = (path, f"{reason} (the copy indexed before is kept)")
            kept = {i for i in old_sources if i in first_file and i not in parsed}
            final_ids = kept | parsed
            if not final_ids:
                # A mistyped path or an unmounted share must not replace a good index with an empty one.
                what = "no files found" if not summary.files else f"none of the {summary.files} files is a readable report"
                raise NothingToIndex(f"{what} under {', '.join(map(str, paths))}; the index was not changed")
            _commit(ix, [*gone, *(i for i in parsed if i in old_sources)], segments)
            summary.added = len([i for i in parsed if i not in old_sources])
            summary.removed = len(gone)
            located = _located(ids, final_ids)
            with ix.searcher() as searcher:
                sections = searcher.doc_count() - len(final_ids)
                found = _report_ids(searcher)
            if found != final_ids:
                raise RuntimeError(f"index holds {len(found)} reports, expected {len(final_ids)}; not switched")
            # When each report first entered the index (kept across rebuilds, --full included): the
            # feeds list new reports by it.
            now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            first_indexed = manifest.get("indexed", {})
            (generation / MANIFEST).write_text(json.dumps({
                "fingerprint": fingerprint, "sections": sections, "built": now,
                "indexed": {i: first_indexed.get(i, now) for i in sorted(final_ids)},
                "reports": {i: old_sources[i] if i in kept else sources(i) for i in sorted(final_ids)},
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
            _prune_ocr_cache(ocr_cache, set(ids.values()))
        summary.reports, summary.sections = len(final_ids), sections
        summary.generation = generation.name
        summary.seconds = time.monotonic() - started
        return summary

