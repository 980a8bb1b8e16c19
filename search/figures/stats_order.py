"""The order of the statistics table's rows: by agency name as a Chinese index lists names, then by the column
asked, unknown values last in both directions."""
from __future__ import annotations

from search.figures.stats_table import Row
from search.retrieval.params import LEVELS
from search.retrieval.suggest import name_key


def _sort_value(row: Row, by: str):
    """The value a row is sorted on; None sorts last in both directions."""
    if by == "agency":
        return name_key(row.record.agency)
    if by == "year":
        return row.record.year
    if by == "level":
        return list(LEVELS).index(row.record.level) if row.record.level in LEVELS else len(LEVELS)
    if by == "check":
        return row.problems, row.balance == "mismatch", len(row.record.missing_parts)
    return row.values.get(by)


def by_name(rows: list[Row]) -> list[Row]:
    """Rows by agency (as a Chinese index lists names), then newest first: the order ties keep."""
    return sorted(rows, key=lambda r: (name_key(r.record.agency), -(r.record.year or 0)))


def sorted_rows(rows: list[Row], by: str, desc: bool) -> list[Row]:
    """Rows (in ``by_name``'s order) sorted on ``by``, unknown values last; ties keep their order."""
    keyed = [(_sort_value(r, by), r) for r in rows]
    known = [(v, r) for v, r in keyed if v is not None]
    known.sort(key=lambda vr: vr[0], reverse=desc)  # stable: ties keep the agency order
    return [r for _, r in known] + [r for v, r in keyed if v is None]
