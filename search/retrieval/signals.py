"""What ranks a matching section besides its words: the report's year when the query named one.

Applied to the text match's scores (search/retrieval/selection.py), in the grouped and the flat
view alike, so that the order of the page and of every facet's count agree.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.matching import Matched
from search.retrieval.query import ParsedQuery



def apply_signals(searcher, parsed: ParsedQuery, matched: Matched) -> Matched:
    """``matched`` with its scores raised where the report fits what the query asked besides words."""
    scores = matched.scores
    if parsed.year_hints:
        column = arrays_for(searcher).codes(searcher, "year")
        wanted = np.array([v in parsed.year_hints for v in column.values], dtype=bool)
        on_year = wanted[column.codes] & matched.mask
        # Before every report of another year: the year is what was asked, the words rank within it.
        lift = scores[matched.mask & ~on_year].max(initial=0.0)
        scores = np.where(on_year, scores + lift, scores)
    return scores is matched.scores and matched or Matched(matched.mask, scores)
