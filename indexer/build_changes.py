"""What a build changed, said of files an operator knows: a copy of a refused file refused with it, and the reports
added, changed and removed named rather than only counted (QA 40 #1, #10, #11)."""
from __future__ import annotations

import os


def refuse_copies_of_refused(summary) -> None:
    """A copy of a file the parser refused is refused with it, for the same reason, not listed as a copy."""
    refused = dict(summary.skipped)
    copies = [(path, first) for path, first in summary.duplicates if first in refused]
    if copies:
        summary.duplicates = [(path, first) for path, first in summary.duplicates if first not in refused]
        summary.skipped += [(path, f"same content as {first}: {refused[first]}") for path, first in copies]


def count_changes(summary, before: dict, final_ids: set[str], parsed: dict[str, str]) -> None:
    """The reports added and removed, named, with a file whose content changed named once as changed (a new
    report under the same path as one removed) rather than as one report added and one removed (QA 40 #11)."""
    old_reports, old_paths = before.get("reports") or {}, before.get("paths") or {}
    if not old_reports:  # a first build (or one after a damaged manifest): everything is new, nothing to name
        summary.added = len(final_ids)
        return
    removed = [i for i in old_reports if i not in final_ids]
    owner = {path: i for i in removed for path in old_paths.get(i) or []}
    replaced: set[str] = set()
    for report_id, path in parsed.items():
        if report_id in old_reports:
            continue
        old = owner.get(os.path.abspath(path))
        if old is not None and old not in replaced:
            replaced.add(old)
            summary.changed_files.append(path)
        else:
            summary.added_files.append(path)
    for report_id in removed:
        if report_id not in replaced:
            files = old_paths.get(report_id) or old_reports.get(report_id) or [report_id]
            summary.removed_files.append(files[0])
    summary.added, summary.removed, summary.changed = (
        len(summary.added_files), len(summary.removed_files), len(summary.changed_files))
