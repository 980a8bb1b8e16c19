"""Old agency ids that a rebuild changed, and the ids they became, so that a link shared before still opens.

A body's id is its place and its name as the parser reads them (``320800:人民政府``): a parser fix that reads an
issuer's name otherwise gives its reports a new id (five bodies in session 31), and /agencies/<old id> found none.
Each build compares its reports' ids with the previous generation's: a report indexed in both whose body's id
changed, to an id the new index no longer holds, makes the old id an alias of the new one. The aliases of earlier
builds are kept, followed to where their target went since, and dropped once their id names a body again. A body
split in two (its reports now under several ids) goes to the id holding most of them. The table is a small JSON
file in the generation (``search.agencies.aliases.ALIASES_FILE``), which the web app reads to redirect.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as Q

from search.agencies.aliases import ALIASES_FILE
from search.index import column_values


def report_agencies(searcher) -> dict[str, str]:
    """Each report's agency id, from the index's columns (not the stored payloads)."""
    reader = searcher.reader()
    reports, agencies = column_values(reader, "report_id"), column_values(reader, "agency_id")
    return {reports[d]: agencies[d] for d in searcher.docs_for_query(Q.Term("kind", "report")) if agencies[d]}


def previous_agencies(generation: Path | None) -> tuple[dict[str, str], dict[str, str]]:
    """The previous generation's report -> agency id and its alias table; empty when there is none or it is
    unreadable (a first build, a generation deleted meanwhile): no alias is made then, nothing fails."""
    if generation is None:
        return {}, {}
    try:
        index = whoosh_index.open_dir(str(generation))
        with index.searcher() as searcher:
            agencies = report_agencies(searcher)
    except Exception:  # noqa: BLE001 - an old generation that cannot be read only means no aliases this time
        return {}, {}
    return agencies, read_aliases(generation)


def read_aliases(generation: Path) -> dict[str, str]:
    """A generation's alias table, {} when it has none."""
    try:
        table = json.loads((generation / ALIASES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in table.items()} if isinstance(table, dict) else {}


def carry_aliases(before: dict[str, str], after: dict[str, str], old_aliases: dict[str, str]) -> dict[str, str]:
    """Old id -> current id: the ids ``before`` (report -> agency id) held that ``after`` no longer does, by where
    their reports went, and ``old_aliases`` followed to a current id."""
    current = set(after.values())
    moved: dict[str, Counter] = {}
    for report, old in before.items():
        new = after.get(report)
        if new is not None and new != old and old not in current:
            moved.setdefault(old, Counter())[new] += 1
    aliases = {old: min(targets.items(), key=lambda kv: (-kv[1], kv[0]))[0] for old, targets in moved.items()}
    for old, target in old_aliases.items():
        if old in current or old in aliases:
            continue
        seen = {old}
        while target not in current and target in aliases and target not in seen:
            seen.add(target)
            target = aliases[target]
        if target in current:
            aliases[old] = target
    return dict(sorted(aliases.items()))


def write_aliases(generation: Path, aliases: dict[str, str]) -> None:
    """Write the alias table into a generation being built (replacing one a copied generation brought)."""
    (generation / ALIASES_FILE).write_text(json.dumps(aliases, ensure_ascii=False, indent=0), encoding="utf-8")
