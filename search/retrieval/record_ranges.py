"""A range on a figure the index holds no column of (rangeable.RANGEABLE's ``field`` ''): read from the statistics
records of the index generation, as /stats counts it.

The value is the report's ``ReportRecord.counted`` (its table's, else what its prose states); a count whose table
writes a total below its filled items ranges by what the items add up to (``as_parts_add``), as the index's ``floor_``
does for its eight (search/figures/table_floor.py): the items prove at least that many. A report giving the figure
nowhere has no value and is in no range: blank is not 0.
"""
from __future__ import annotations

import numpy as np
from whoosh import query as Q

from search.figures.columns import COLUMN_BY_KEY
from search.figures.records import record_store
from search.retrieval.arrays import arrays_for


def report_values(searcher, key: str) -> np.ndarray:
    """Per report code of the generation, the value a range on ``key`` reads (NaN unknown), computed once."""
    counts = COLUMN_BY_KEY[key].kind == "count"

    def compute() -> np.ndarray:
        reports = arrays_for(searcher).codes(searcher, "report_id").values
        store = record_store(searcher)
        out = np.full(len(reports), np.nan)
        for code, report_id in enumerate(reports):
            record = store.record(report_id) if report_id is not None else None
            if record is None:
                continue
            value = record.counted.get(key)
            if counts and value is not None and key not in record.from_text and record.checks.get("failures"):
                added = record.as_parts_add(key)
                if isinstance(added, (int, float)) and added > value:
                    value = added
            if value is not None:
                out[code] = float(value)
        return out
    return searcher.cache.get(f"range_values:{key}", compute)


class RecordRange(Q.Query):
    """Matches the documents of the reports whose figure ``key`` lies in [low, high] (either bound None: open)."""

    def __init__(self, key: str, low=None, high=None):
        self.key, self.low, self.high = key, low, high
        self.boost = 1.0

    def __repr__(self) -> str:
        return f"RecordRange({self.key!r}, {self.low!r}, {self.high!r})"

    def __eq__(self, other) -> bool:
        return type(other) is RecordRange and (other.key, other.low, other.high) == (self.key, self.low, self.high)

    def __hash__(self) -> int:
        return hash((RecordRange, self.key, self.low, self.high))

    def is_leaf(self) -> bool:
        return True

    def normalize(self):
        return self

    def evaluate_arrays(self, searcher) -> tuple[np.ndarray, np.ndarray]:
        """(mask, scores) over every document of the index: a filter, unscored."""
        values = report_values(searcher, self.key)[arrays_for(searcher).codes(searcher, "report_id").codes]
        with np.errstate(invalid="ignore"):  # NaN (unknown) compares false: in no range
            mask = ~np.isnan(values)
            if self.low is not None:
                mask &= values >= self.low
            if self.high is not None:
                mask &= values <= self.high
        return mask, np.where(mask, 1.0, 0.0)


def zero_base_reports(searcher, key: str) -> np.ndarray:
    """Per report code, whether rate ``key`` is blank because its base is 0 (the statistics' blank cause
    ``zero_base``, blank_reasons.py): a rate that cannot be computed, not a figure the report does not give."""
    def compute() -> np.ndarray:
        reports = arrays_for(searcher).codes(searcher, "report_id").values
        store = record_store(searcher)
        out = np.zeros(len(reports), dtype=bool)
        for code, report_id in enumerate(reports):
            record = store.record(report_id) if report_id is not None else None
            out[code] = record is not None and record.blanks.get(key) == "zero_base"
        return out
    return searcher.cache.get(f"range_zero_base:{key}", compute)


def zero_base_docs(searcher, key: str) -> np.ndarray:
    """Per document of the index, whether its report's rate ``key`` has a base of 0."""
    return zero_base_reports(searcher, key)[arrays_for(searcher).codes(searcher, "report_id").codes]
