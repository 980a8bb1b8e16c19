"""Command line: ``python -m indexer build [PATH ...]``, ``python -m indexer parse FILE`` and ``python -m indexer stale``."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from tqdm import tqdm

from indexer.build import SAMPLES, BuildBusy, NothingToIndex, build_index, code_fingerprint, manifest_fingerprint
from indexer.build_roots import MissingRoots
from indexer.build_summary import skipped_lines, not_entered_lines, summary_json, summary_lines
from indexer.file_walk import count_files
from indexer.identity import assign_identity
from indexer.model import UnreadableFile
from indexer.parse_pool import PAGE_TIME
from indexer.parser import parse_file, report_to_dict
from indexer.readers.ocr import OcrOptions, cache_folder, ocr_options
from search.index import CURRENT, MANIFEST, current_generation, index_root
from search.index_health import damaged_line, index_problem, recorded_roots

def _build(args) -> int:
    root = index_root(args.index)
    # No path: the folders the index was built from (QA 40 #1: it once meant the samples, and a rebuild replaced
    # an operator's corpus by them); the samples only for a new index.
    recorded = None if args.paths else recorded_roots(root)
    if not args.paths and not recorded:
        if os.path.lexists(root / CURRENT):  # damaged, and it does not say what it held: never the samples instead
            print(damaged_line(root, index_problem(root) or "its manifest does not say which folders it was built "
                               "from", None), file=sys.stderr)
            return 2
        print(f"no index at {root} yet: building the demo reports of samples/ there (your own reports: "
              f"`.venv/bin/python -m indexer build /path/to/reports --index {root}`)", file=sys.stderr)
    paths = args.paths or [Path(r) for r in recorded or [SAMPLES]]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        if recorded:
            print(f"error: the index at {root} was built from {', '.join(missing)}, which is not there now; the index "
                  "was not changed. Mount or restore it, or name the folders the index should hold: "
                  f"`.venv/bin/python -m indexer build PATH ... --replace --index {root}`", file=sys.stderr)
        else:
            print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
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
                              wait=args.wait, on_wait=on_wait, page_time=args.page_timeout, on_pages=on_pages,
                              replace=args.replace)
    except KeyboardInterrupt:  # Ctrl-C: the new generation and scratch files are already removed (QA 40 #9)
        bar.close()
        print("\ninterrupted: the index was not changed", file=sys.stderr)
        return 130
    except (BuildBusy, NothingToIndex, MissingRoots) as exc:
        bar.close()
        found = getattr(exc, "summary", None)
        if found is not None:  # why each file was refused, as in any build (QA 40 #6)
            print("\n".join(not_entered_lines(found) + skipped_lines(found)))
        print(f"error: {exc}", file=sys.stderr)
        busy = isinstance(exc, BuildBusy)
        if args.report:  # automation reads why nothing changed
            status = "busy" if busy else "missing_roots" if isinstance(exc, MissingRoots) else "nothing_to_index"
            data = {"status": status, "error": str(exc)}
            if found is not None:
                data |= {k: summary_json(found)[k] for k in ("files", "skipped", "not_entered")}
            _write_report(args.report, data)
        return 3 if busy else 2
    except Exception as exc:  # disk full, a bad index folder…: say so, and that nothing changed
        bar.close()
        message = f"build failed: {type(exc).__name__}: {exc}; the index in use was not changed"
        print(f"error: {message}", file=sys.stderr)
        if args.report:
            _write_report(args.report, {"status": "failed", "error": message})
        return 4
    bar.close()
    print("\n".join(summary_lines(summary, root)))
    if args.report:
        _write_report(args.report, summary_json(summary))
    return 1 if args.strict and summary.skipped else 0


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
    """Say which index is about to be served, and when it was built by other parsing code than this (``make run``
    asks before serving an index it finds: after an update, the reports would be served as the old code read them),
    and bring its figures' digests up to this code (``indexer/digest_refresh.py``). Exit 0, or 1 for a damaged index
    (one line saying what is wrong and how to rebuild it: make run stops there)."""
    root = index_root(args.index)
    problem = index_problem(root)
    if problem is not None:
        print(damaged_line(root, problem, recorded_roots(root)), file=sys.stderr)
        return 1
    generation = current_generation(root)
    if generation is None:
        return 0
    print(_serving_line(root, generation), file=sys.stderr)
    _save_columns(generation)
    built, now = manifest_fingerprint(generation), code_fingerprint()
    if built != now:
        print(f"warning: the index at {root} was built by other parsing code ({built or 'unknown'}, this code {now}): "
              "its reports are served as that code read them. Rebuild it (the folders it was built from): "
              f"`make rebuild`, or `.venv/bin/python -m indexer build --index {root}`.", file=sys.stderr)
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


def _save_columns(generation: Path) -> None:
    """Save the columns of segments an older build wrote without them (indexer/columns_refresh.py): once, here,
    not read the slow way by every process that serves them."""
    from indexer.columns_refresh import write_missing_columns

    started = time.monotonic()
    try:
        written = write_missing_columns(generation)
    except Exception as exc:  # noqa: BLE001 - the index serves without them, only its start-up is slower
        print(f"could not save the columns of the index ({type(exc).__name__}: {exc}): each server process reads "
              "them from the index as it starts.", file=sys.stderr)
        return
    if written:
        print(f"saved the columns of {written} segment{'' if written == 1 else 's'} of the index in "
              f"{time.monotonic() - started:.1f} s: server processes start without reading them.", file=sys.stderr)


def _serving_line(root: Path, generation: Path) -> str:
    """Which index, how many reports, built when and from what (QA 40 #14: a second `make run` said nothing)."""
    manifest = json.loads((generation / MANIFEST).read_text(encoding="utf-8"))  # index_problem has read it
    roots = manifest.get("roots") or []
    shown = ", ".join(roots[:3]) + (f" and {len(roots) - 3} more" if len(roots) > 3 else "")
    count = len(manifest.get("reports", {}))
    return (f"serving {count} report{'' if count == 1 else 's'} from {root} (built {manifest.get('built', '?')}"
            f"{' from ' + shown if shown else ''})")


def main(argv: list[str] | None = None) -> int:
    """Run the indexer command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m indexer", description="Build the Nianbao index or parse one report.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="parse report files and write the search index")
    build.add_argument("paths", nargs="*", type=Path,
                       help="files or folders (default: those the index was built from; the samples for a new index)")
    build.add_argument("--replace", action="store_true",
                       help="make the index exactly the paths given (default: keep its reports of other folders)")
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
