"""The unusual values of the statistics table: a cell far from the median of its peers' reports (same level, and
government or department) is marked high or low, with that median in its note."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from search.figures.columns import COLUMNS, Column, format_value
from search.figures.figure_matrix import FigureMatrix
from search.retrieval.params import LEVELS

if TYPE_CHECKING:
    from search.figures.stats_table import Row

UNUSUAL_MIN_GROUP = 5  # reports in a level group before a value is called unusual for it
UNUSUAL_FACTOR = 3
UNUSUAL_MIN_GAP = {"count": 10, "amount": 10, "rate": 30}


def peer_medians(matrix: FigureMatrix, rows: list[Row], columns: list[Column]) -> dict[tuple, tuple[float, int]]:
    """(median, reports) of each shown column's known values among the reports of each group of peers (level and
    government or department: ``ReportRecord.peers``), for groups with enough of them to call a value unusual."""
    by_level: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        if row.record.peers is not None:
            by_level.setdefault(row.record.peers, []).append(matrix.row[row.record.report_id])
    at = {c.key: j for j, c in enumerate(COLUMNS)}
    out = {}
    for level, members in by_level.items():
        values = matrix.values[np.array(members, dtype=np.int64)]
        for i, column in enumerate(columns):
            known = values[:, at[column.key]]
            known = known[~np.isnan(known)]
            if len(known) >= UNUSUAL_MIN_GROUP:
                mid = float(np.median(known))
                out[(level, i)] = (int(mid) if mid.is_integer() else mid, len(known))
    return out


def mark_unusual(rows: list[Row], columns: list[Column], medians: dict[tuple, tuple[float, int]]) -> None:
    """Flag the cells of ``rows`` far from the median of their peers' reports (same level, government or department)."""
    for row in rows:
        level = row.record.peers
        for i, column in enumerate(columns):
            found = medians.get((level, i)) if level is not None else None
            value, cell = row.values[column.key], row.cells[i]
            if found is None or value is None:
                continue
            mid, count = found
            gap = UNUSUAL_MIN_GAP[column.kind]
            high = value - mid >= gap and (column.kind == "rate" or value >= UNUSUAL_FACTOR * mid)
            low = column.kind == "rate" and mid - value >= gap
            if high or low:
                cell.unusual = "high" if high else "low"
                cell.note = (f"同层级同类（{LEVELS.get(level[0], level[0])}{level[1]}）{count} 份报告的中位数为 "
                             f"{format_value(mid, column.kind)}")
