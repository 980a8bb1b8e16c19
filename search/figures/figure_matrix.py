"""Every report's column values as arrays, made once per index generation, so that totals and medians over a
selection of thousands of reports are array operations (stats_totals.py, unusual_values.py)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from search.figures.columns import COLUMNS


@dataclass
class FigureMatrix:
    """Every report's column values as arrays (NaN where unknown), made once per generation, so
    that totals and medians over a selection of thousands of reports are array operations;
    ``summarise`` and ``median`` say what they compute (tests compare the two)."""

    row: dict[str, int]  # report id -> row
    values: np.ndarray  # float64, reports x COLUMNS: the table's value, else the prose's (ReportRecord.counted)
    floats: np.ndarray  # bool: the value is a float, not an int (an int total stays an int)
    text: np.ndarray  # bool: the value is the prose's
    parts: dict[str, tuple[np.ndarray, np.ndarray]]  # rate column -> (parts, wholes), NaN unknown


def figure_matrix(store) -> FigureMatrix:
    found = store.cache.get("matrix")
    if found is not None:
        return found
    records = store.records(store.all_ids())
    values = np.full((len(records), len(COLUMNS)), np.nan)
    floats = np.zeros(values.shape, dtype=bool)
    text = np.zeros(values.shape, dtype=bool)
    rates = [c.key for c in COLUMNS if c.kind == "rate"]
    parts = {key: (np.full(len(records), np.nan), np.full(len(records), np.nan)) for key in rates}
    for i, record in enumerate(records):
        for j, column in enumerate(COLUMNS):
            value = record.counted[column.key]
            if value is not None:
                values[i, j] = value
                floats[i, j] = isinstance(value, float)
                text[i, j] = column.key in record.from_text
        for key in rates:
            n, d = record.parts[key]
            parts[key][0][i] = np.nan if n is None else n
            parts[key][1][i] = np.nan if d is None else d
    matrix = FigureMatrix({r.report_id: i for i, r in enumerate(records)}, values, floats, text, parts)
    return store.cache.setdefault("matrix", matrix)

