"""Which part a hit kept by a figure range alone shows: the part holding the figure (QA 42 F4).

With no word to score, every part of a report scores alike and the list showed (and linked, and exported) its first
part, 一、总体情况, for /?min_reconsideration_total=1, while a query naming the figure (复议纠错) shows part 四 where the
figure is. The hit now shows the part of the template that holds the figure (part 三's table for the requests, part 四's
for the reviews), or, when no table of the report gives it and its prose does, the part of that sentence. Which reports
are listed, and their order, never change: only the part each shows.
"""
from __future__ import annotations

import numpy as np

from search.figures.claims import backing_claim
from search.figures.records import record_store
from search.retrieval.arrays import arrays_for
from search.retrieval.figure_values import figure_values
from search.retrieval.rangeable import RANGEABLE
from search.retrieval.selection import report_codes



def at_figure_part(searcher, docs: np.ndarray, mask: np.ndarray, key: str) -> np.ndarray:
    """``docs`` (one per report: a page's, or an export's rows) each moved to its report's part holding figure ``key``
    where that part is among the matching documents (``mask``); a report without such a part keeps the document it had.
    Only these reports are looked at, in one pass over the index's parts (review 36 #1: every listed report, one scan
    each, made a range alone 18 times slower at 10,000 reports)."""
    part = RANGEABLE[key].part if key in RANGEABLE else None  # the template's part holding the figure
    if part is None or not len(docs):
        return docs
    codes = report_codes(searcher)
    column = arrays_for(searcher).codes(searcher, "section")
    sections = np.array([-1 if v is None else int(v) for v in column.values])[column.codes]
    listed = codes[docs]
    wanted = np.full(int(codes.max()) + 1, -2)  # per report code: the part to show (-2: not listed)
    wanted[listed] = part
    in_tables = figure_values(searcher, key, np.unique(listed), prose=False)
    from_prose = listed[np.isnan(in_tables[listed])]
    if len(from_prose):  # the prose's figure: the part of its sentence
        reports, store = arrays_for(searcher).codes(searcher, "report_id").values, record_store(searcher)
        for code in np.unique(from_prose).tolist():
            record = store.record(reports[code])
            claim = backing_claim(record.claims, key) if record is not None else None
            wanted[code] = int(claim["section"] or 0) if claim else part
    found = np.flatnonzero(mask & (sections == wanted[codes]))
    if not len(found):
        return docs
    first_codes, first = np.unique(codes[found], return_index=True)  # each report's first such document
    at = np.searchsorted(first_codes, listed)
    has = (at < len(first_codes)) & (first_codes[np.minimum(at, len(first_codes) - 1)] == listed)
    return np.where(has, found[first[np.minimum(at, len(first_codes) - 1)]], docs)
