"""Command line: ``python -m indexer build [PATH ...]``, ``python -m indexer parse FILE`` and ``python -m indexer stale``."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

from indexer.build import SAMPLES, BuildBusy, NothingToIndex, build_index, code_fingerprint, manifest_fingerprint
from indexer.file_walk import count_files
from indexer.identity import assign_identity
from indexer.model import UnreadableFile
from indexer.parse_pool import PAGE_TIME
from indexer.parser import parse_file, report_to_dict
from indexer.readers.ocr import OcrOptions, cache_folder, ocr_options
from search.index import current_generation, index_root

UNIDENTIFIED_SHOWN = 10  # reports named in the summary whose body has no agency id; --report has all


def _build(args) -> int:
    paths = args.paths or [SAMPLES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    root = index_root(args.index)
    # The count only: a list of every file, even one dropped at once, would leave this process's
    # memory that much larger for the whole build, and every parse worker forked from it.
    bar = tqdm(total=count_files(paths), unit="file", disable=args.quiet, file=sys.stderr, desc="parsing")

    def on_file(path: str) -> None:
        bar.set_postfix_str(os.path.basename(path)[-40:], refresh=False)
        bar.update()

    def on_pages(path: Path, done: int, total: int) -> None:
        bar.set_postfix_str(f"{path.name[-30:]} OCR page {done}/{total}")

    def on_wait() -> None:
        bar.write(f"another build is running on {root}; waiting up to {args.wait:g} s", file=sys.stderr)

    try:
        summary = build_index(paths, root, on_file=on_file, full=args.full, jobs=args.jobs, timeout=args.timeout,
                              wait=args.wait, on_wait=on_wait, page_time=args.page_timeout, on_pages=on_pages)
    except (BuildBusy, NothingToIndex) as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        busy = isinstance(exc, BuildBusy)
        if args.report:  # automation reads why nothing changed
            _write_report(args.report, {"status": "busy" if busy else "nothing_to_index", "error": str(exc)})
        return 3 if busy else 2
    except Exception as exc:  # disk full, a bad index folder…: say so, and that nothing changed
        bar.close()
        message = f"build failed: {type(exc).__name__}: {exc}; the index in use was not changed"
        print(f"error: {message}", file=sys.stderr)
        if args.report:
            _write_report(args.report, {"status": "failed", "error": message})
        return 4
    bar.close()
    print(
        f"indexed {summary.reports} reports ({summary.sections} sections) from {summary.files} files "
        f"into {root / summary.generation} in {summary.seconds:.1f} s"
    )
    if not summary.full:
        print(f"  incremental: {summary.parsed} files parsed, {summary.added} reports added, "
              f"{summary.removed} removed, the rest unchanged")
    for path, original in summary.duplicates:
        print(f"  same content as {original}: {path}")
    if summary.unidentified:
        shown = UNIDENTIFIED_SHOWN
        print(f"{len(summary.unidentified)} reports' issuing body could not be identified (each has a unique "
              f"agency id and a warning{'; --report lists them all' if len(summary.unidentified) > shown else ''}):")
        for path, reason in summary.unidentified[:shown]:
            print(f"  {path}: {reason}")
        if len(summary.unidentified) > shown:  # the count announced and the lines listed must visibly agree (QA 34 #12)
            print(f"  … and {len(summary.unidentified) - shown} more (还有 {len(summary.unidentified) - shown} 份)")
    if summary.warnings:
        print(warnings_line(summary))
    if summary.skipped:
        print(f"skipped {len(summary.skipped)} files:")
        for path, reason in summary.skipped:
            print(f"  {path}: {reason}")
    if args.report:
        _write_report(args.report, summary_json(summary))
    return 1 if args.strict and summary.skipped else 0


def warnings_line(summary) -> str:
    """How many reports carry parse warnings (a part inferred or not found, a text cut short …), with where to read
    them: the summary said nothing of them while 169 of 173 reports carried 546 (QA 34 #12)."""
    notes = sum(len(w) for w in summary.warnings.values())
    among = f"of the {summary.reports} reports" if summary.full else f"of the {summary.parsed} files parsed in this build"
    return (f"{len(summary.warnings)} {among} carry parse warnings ({notes} in all; --report lists them, "
            f"and each report's page shows its own under 解析提示)")


def summary_json(summary) -> dict:
    """The build summary as the documented JSON of ``--report``."""
    data = asdict(summary)
    data["status"] = "ok"
    data["skipped"] = [{"file": path, "reason": reason} for path, reason in summary.skipped]
    data["duplicates"] = [{"file": path, "same_as": original} for path, original in summary.duplicates]
    data["unidentified"] = [{"file": path, "reason": reason} for path, reason in summary.unidentified]
    return data


def _write_report(path: str, data: dict) -> None:
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _parse(args) -> int:
    try:
        with ocr_options(OcrOptions(cache=cache_folder(index_root(args.index)))):
            report = parse_file(Path(args.file), address=args.source)
        assign_identity(report)
    except UnreadableFile as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"error: {args.file}: file not found", file=sys.stderr)
        return 2
    json.dump(report_to_dict(report), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _stale(args) -> int:
    """Say when the index was built by other parsing code than this (``make run`` asks before serving an index it
    finds: after an update, the reports would be served as the old code read them), and bring its figures' digests
    up to this code (``indexer/digest_refresh.py``). Always exit 0: a warning."""
    root = index_root(args.index)
    generation = current_generation(root)
    if generation is None:
        return 0
    built, now = manifest_fingerprint(generation), code_fingerprint()
    if built != now:
        print(f"warning: the index at {root} was built by other parsing code ({built or 'unknown'}, this code {now}): "
              "its reports are served as that code read them. Rebuild it: `make rebuild` (the samples) or "
              f"`python -m indexer build PATH ... --index {root}`.", file=sys.stderr)
        # The figures' digests are fingerprinted code too: written once here rather than by every process that serves.
        print("checking the figures' digests of that index ...", file=sys.stderr, flush=True)
        from indexer.digest_refresh import refresh_digests  # the figures' code, loaded only for an old index
        started = time.monotonic()
        try:
            written = refresh_digests(generation)
        except Exception as exc:  # noqa: BLE001 - make run and make serve serve only after this exits 0
            # A read-only index (OSError), a generation a build deleted while this waited for its lock (Whoosh's
            # EmptyIndexError), a report the digest code cannot read: each serving process computes them, as before.
            print(f"could not write them ({type(exc).__name__}: {exc}): each server process computes them on its first "
                  "statistics page.", file=sys.stderr)
            return 0
        if written:
            print(f"wrote the figures' digests of {written} reports in {time.monotonic() - started:.0f} s: "
                  "the statistics pages will not compute them again.", file=sys.stderr)
        else:
            print("they are this code's.", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the indexer command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m indexer", description="Build the Nianbao index or parse one report.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="parse report files and write the search index")
    build.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled samples)")
    build.add_argument("--index", help="index folder (default: $NIANBAO_INDEX or instance/index)")
    build.add_argument("--report", help="write the build summary as JSON to this file")
    build.add_argument("--strict", action="store_true", help="exit 1 when any file was skipped")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument("--full", action="store_true", help="parse every file again, not only changed ones")
    build.add_argument("--jobs", type=int, default=None, help="parser processes (default: one per core)")
    build.add_argument("--timeout", type=float, default=60.0, help="seconds one file may take to parse (default 60)")
    build.add_argument("--page-timeout", type=float, default=PAGE_TIME, metavar="SECONDS",
                       help=f"seconds each scanned page read by OCR adds to --timeout (default {PAGE_TIME:g})")
    build.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                       help="when another build is running on the index, wait this long for it (default: refuse at once, exit 3)")
    build.set_defaults(func=_build)
    parse = sub.add_parser("parse", help="print one parsed report as JSON")
    parse.add_argument("file")
    parse.add_argument("--source", metavar="URL",
                       help="the web address the file was saved from: a hint to where its issuer is "
                            "(default: the FILE.url sidecar, or the address a saved page records)")
    parse.add_argument("--index", help="index folder whose OCR cache to use (default: $NIANBAO_INDEX or instance/index)")
    parse.set_defaults(func=_parse)
    stale = sub.add_parser("stale", help="warn when the index was built by other parsing code than this")
    stale.add_argument("--index", help="index folder (default: $NIANBAO_INDEX or instance/index)")
    stale.set_defaults(func=_stale)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
