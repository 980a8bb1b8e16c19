"""Say so when a year or a place read from the query has no report among the results.

Years and places typed as words rank their reports first without filtering (years.py, places.py),
so a query whose year or place no matching report has still lists reports, of other years or
places. The note that said "2023 年的报告排在前面" would then promise what the list does not hold.
The same holds when such reports are listed only among the looser matches that follow a short list
(grouped.py): they rank below every match, so what decides is the first hit, not any hit.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.places import place_absent_note, place_note, region_mask
from search.retrieval.query import ParsedQuery
from search.retrieval.years import relative_said, year_absent_note, year_note


def with_absent_hints(searcher, parsed: ParsedQuery, hits: np.ndarray, messages: list[str],
                      scores: np.ndarray | None = None) -> list[str]:
    """``messages`` with the note of each hinted year or place that the first hit (by ``scores``;
    any hit without them) does not have rewritten to say so."""
    if not hits.any():
        return messages
    if scores is not None:  # the hinted reports rank first when there are any: the best hit tells
        hits = hits & (scores >= scores[hits].max())
    absent: dict[str, str] = {}
    if parsed.year_hints:
        column = arrays_for(searcher).codes(searcher, "year")
        wanted = np.array([v in parsed.year_hints for v in column.values], dtype=bool)[column.codes]
        if not (hits & wanted).any():
            said = relative_said(parsed)
            absent[year_note(parsed.year_hints, said)] = year_absent_note(parsed.year_hints, said)
    for hint in parsed.place_hints:
        if not (hits & region_mask(searcher, [hint])).any():
            absent[place_note(hint)] = place_absent_note(hint)
    return [absent.get(m, m) for m in messages]
