"""Command line: ``python -m indexer build [PATH ...]`` and ``python -m indexer parse FILE``."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

from indexer.build import SAMPLES, BuildBusy, build_index, collect_files
from indexer.model import UnreadableFile
from indexer.parser import parse_file, report_to_dict
from search.index import index_root


def _build(args) -> int:
    files = collect_files(args.paths or [SAMPLES])
    root = index_root(args.index)
    bar = tqdm(total=len(files), unit="file", disable=args.quiet, file=sys.stderr, desc="parsing")

    def on_file(path: Path) -> None:
        bar.set_postfix_str(path.name[-40:], refresh=False)
        bar.update()

    try:
        summary = build_index(files, root, on_file=on_file, full=args.full, jobs=args.jobs, timeout=args.timeout)
    except BuildBusy as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 3
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
    if summary.skipped:
        print(f"skipped {len(summary.skipped)} files:")
        for path, reason in summary.skipped:
            print(f"  {path}: {reason}")
    if args.report:
        Path(args.report).write_text(json.dumps(asdict(summary), ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if args.strict and summary.skipped else 0


def _parse(args) -> int:
    try:
        report = parse_file(Path(args.file))
    except UnreadableFile as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"error: {args.file}: file not found", file=sys.stderr)
        return 2
    json.dump(report_to_dict(report), sys.stdout, ensure_ascii=False, indent=2)
    print()
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
    build.set_defaults(func=_build)
    parse = sub.add_parser("parse", help="print one parsed report as JSON")
    parse.add_argument("file")
    parse.set_defaults(func=_parse)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
