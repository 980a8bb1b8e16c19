"""The least a report's own table proves of a figure whose total it understates.

A table may write 总计 0 under filled items of 5 (QA 34 #2: 复议后起诉 结果维持 5, 总计 0). The figure stays as
written everywhere it is shown, marked as disputed (records.ReportRecord.disputed); but a filter asking for reports
that HAD such cases (min_litigation_total=1, the facet 有行政诉讼) must not drop a report whose own table lists five
of them, nor list it among those with none (max_litigation_total=0). The items written prove at least their sum,
so a range reads that sum at both bounds (retrieval/filters.figure_range). Only where the items exceed the total: a
total above its items proves nothing more (blank items are not 0).
"""
from __future__ import annotations

from search.vocabulary import SUMMED_FIGURES


def table_floor(key: str, figures: dict, checks: dict) -> int | None:
    """The least the table proves of ``key`` when its filled items exceed a total it is computed from, else None."""
    value = figures.get(key)
    if not isinstance(value, int) or value < 0:
        return None
    inputs = {key, *SUMMED_FIGURES.get(key, ())}
    # A total failing two checks (its row, its column) is one shortfall said twice: the largest per figure counts.
    short: dict[str, int] = {}
    for failure in checks.get("failures") or []:
        parts, total, where = failure.get("expected"), failure.get("found"), failure.get("key")
        if where in inputs and isinstance(parts, int) and isinstance(total, int) and parts > total:
            short[where] = max(short.get(where, 0), parts - total)
    added = sum(short.values())
    return value + added if added else None
