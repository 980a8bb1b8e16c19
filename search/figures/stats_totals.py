"""Totals and medians of the statistics table's columns over a selection, and the medians of each group of it.

Totals add up the reports whose figure was read; rates over the selection are pooled (Σ part ÷ Σ whole over the
reports where both were read); medians are over the reports whose value is known, and ``count`` says how many that is.
``summarise`` and ``median`` say what is computed; ``summarise_all`` and ``medians_by_group`` compute the same on the
arrays of figure_matrix.py (tests compare the two).
"""
from __future__ import annotations

import statistics

import numpy as np

from search.figures.columns import COLUMNS, Column, format_value, ratio
from search.figures.figure_matrix import FigureMatrix
from search.figures.stats_table import Cell, GroupMedians, Row, Summary


def median(values: list) -> float | int | None:
    """The median of the known values, None when there are none."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    m = statistics.median(known)
    return int(m) if float(m).is_integer() else round(m, 2)


def summarise(column: Column, rows: list[Row]) -> Summary:
    """Total (pooled for rates, from the tables) and median of one column, the prose's values counted with the
    tables' and their part of the total given apart."""
    values = [r.values[column.key] for r in rows]
    known = [v for v in values if v is not None]
    if column.kind == "rate":
        parts = [r.record.parts[column.key] for r in rows]
        parts = [(n, d) for n, d in parts if n is not None and d is not None and d > 0]
        total = ratio(sum(n for n, _ in parts), sum(d for _, d in parts)) if parts else None
    else:
        total = _whole(round(sum(known), 4), column) if known else None
    stated = [r.from_text[column.key] for r in rows if column.key in r.from_text]
    mid = median(values)
    return Summary(column.key, total, mid, len(known), format_value(total, column.kind), format_value(mid, column.kind),
                   _whole(sum(stated), column) if stated else None, len(stated))


def _whole(total, column: Column):
    """A count's total that is whole as an int (an int total stays an int)."""
    return int(total) if isinstance(total, float) and total.is_integer() and column.kind == "count" else total


def _median_of(known: np.ndarray) -> float | int | None:
    """``median`` of values known to be known."""
    if not len(known):
        return None
    m = float(np.median(known))
    return int(m) if m.is_integer() else round(m, 2)


def summarise_all(matrix: FigureMatrix, rows: list[Row]) -> dict[str, Summary]:
    """``summarise`` of every column, on the arrays (sums in the rows' order, as Python adds)."""
    at = np.array([matrix.row[r.record.report_id] for r in rows], dtype=np.int64)
    values, floats, text = matrix.values[at], matrix.floats[at], matrix.text[at]
    out = {}
    for j, column in enumerate(COLUMNS):
        known_mask = ~np.isnan(values[:, j])
        known = values[known_mask, j]
        if column.kind == "rate":
            n, d = (a[at] for a in matrix.parts[column.key])
            usable = ~np.isnan(n) & ~np.isnan(d) & (d > 0)
            total = ratio(sum(n[usable].tolist()), sum(d[usable].tolist())) if usable.any() else None
        elif not len(known):
            total = None
        elif not floats[known_mask, j].any():
            total = int(sum(known.tolist()))  # ints added as floats: exact below 2**53
        else:
            total = round(sum(known.tolist()), 4)
            if total.is_integer() and column.kind == "count":
                total = int(total)
        mid = _median_of(known)
        stated = values[text[:, j], j]
        text_total = None
        if len(stated):
            text_total = _whole(sum(stated.tolist()), column) if floats[text[:, j], j].any() else int(sum(stated.tolist()))
        out[column.key] = Summary(column.key, total, mid, len(known), format_value(total, column.kind),
                                  format_value(mid, column.kind), text_total, len(stated))
    return out


def medians_by_group(matrix: FigureMatrix, rows: list[Row], columns: list[Column], attr) -> list[GroupMedians]:
    grouped: dict[str, list[int]] = {}
    for row in rows:
        grouped.setdefault(attr(row.record), []).append(matrix.row[row.record.report_id])
    at = {c.key: j for j, c in enumerate(COLUMNS)}
    out = []
    for name, members in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        values = matrix.values[np.array(members, dtype=np.int64)]
        medians = {}
        for column in columns:
            column_values = values[:, at[column.key]]
            known = column_values[~np.isnan(column_values)]
            mid = _median_of(known)
            medians[column.key] = Cell(mid, format_value(mid, column.kind), note=f"{len(known)} 份报告有此数据")
        out.append(GroupMedians(name, len(members), medians))
    return out
