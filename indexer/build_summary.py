"""The build's summary, as the operator reads it on the console and as ``--report`` writes it for machines.

Every list it announces is either shown whole or ends with how many more there are (QA 34 #12); what an
incremental build added, replaced and removed is named, not only counted (QA 40 #1, #11).
"""
from __future__ import annotations

from dataclasses import asdict

from search.repetition import warned_repeating

SHOWN = 10  # lines of each list the console shows; --report has all


def plural(count: int, noun: str) -> str:
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {noun[:-1]}ies" if noun.endswith("y") else f"{count} {noun}s"


def _listed(label: str, items: list[str]) -> list[str]:
    """``label: a, b, c`` with at most SHOWN items and how many more."""
    if not items:
        return []
    more = f" … and {len(items) - SHOWN} more (--report lists them all)" if len(items) > SHOWN else ""
    return [f"  {label}: {', '.join(items[:SHOWN])}{more}"]


def summary_lines(summary, root) -> list[str]:
    """The console summary of a build that changed the index (or found nothing to change)."""
    lines = [f"indexed {plural(summary.reports, 'report')} ({summary.sections} sections) from "
             f"{plural(summary.files, 'file')} into {root / summary.generation} in {summary.seconds:.1f} s"]
    if summary.roots:
        lines += _listed("built from", summary.roots)
    if summary.demo_dropped:
        lines.append("  the demo reports of samples/ were removed: the index now holds the folders given")
    if summary.kept_elsewhere:
        lines.append(f"  kept {plural(summary.kept_elsewhere, 'report')} of the index's other folders as they were "
                     "(this build was not given them; --replace makes the index exactly the paths given)")
    if not summary.full:
        lines.append(f"  incremental: {plural(summary.parsed, 'file')} parsed, {summary.added} added, "
                     f"{summary.changed} changed, {summary.removed} removed, the rest unchanged")
    lines += _listed("added", summary.added_files)
    lines += _listed("changed (its report replaced)", summary.changed_files)
    lines += _listed("removed (no longer in the folders read)", summary.removed_files)
    lines += not_entered_lines(summary)
    if summary.duplicates:
        lines.append(f"{plural(len(summary.duplicates), 'file')} with the same bytes as another file "
                     "(stored once, listed among that report's files):")
        lines += [f"  {path}: same content as {original}" for path, original in summary.duplicates]
    if summary.unidentified:
        more = len(summary.unidentified) - SHOWN
        count = len(summary.unidentified)
        whose = "report's" if count == 1 else "reports'"
        lines.append(f"{count} {whose} issuing body could not be identified (each has a unique "
                     f"agency id and a warning{'; --report lists them all' if more > 0 else ''}):")
        lines += [f"  {path}: {reason}" for path, reason in summary.unidentified[:SHOWN]]
        if more > 0:  # the count announced and the lines listed must visibly agree (QA 34 #12)
            lines.append(f"  … and {more} more (还有 {more} 份)")
    if summary.warnings:
        lines.append(warnings_line(summary))
        lines += _listed("text repeats itself (its other files are listed before it)", repeating(summary))
    lines += skipped_lines(summary)
    return lines


def repeating(summary) -> list[str]:
    """The files parsed whose text repeats itself (QA 40 #4: a report pasted 200 times into one file)."""
    return [path for path, notes in summary.warnings.items() if warned_repeating(notes)]


def not_entered_lines(summary) -> list[str]:
    """Folders the walk did not enter and links it did not follow, each with why (QA 40 #5)."""
    if not summary.not_entered:
        return []
    return [f"not read ({plural(len(summary.not_entered), 'entry')}):",
            *(f"  {path}: {reason}" for path, reason in summary.not_entered)]


def skipped_lines(summary) -> list[str]:
    if not summary.skipped:
        return []
    return [f"skipped {plural(len(summary.skipped), 'file')}:", *(f"  {path}: {reason}" for path, reason in summary.skipped)]


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
    data["not_entered"] = [{"path": path, "reason": reason} for path, reason in summary.not_entered]
    data["duplicates"] = [{"file": path, "same_as": original} for path, original in summary.duplicates]
    data["unidentified"] = [{"file": path, "reason": reason} for path, reason in summary.unidentified]
    return data
