"""A central body named (国家市场监督管理总局, 国家卫健委, 民政部) whose own reports the list does not hold.

Such a name is read as its function at every level (issuers.report_weights: the local bodies of the same function as
its namesakes, LOCAL_NAMESAKE), so a query for a ministry that published no report in the index lists the local
bureaus, which is what there is; but a citizen asking for the ministry should read that it is not among them, as she
does for a place or a year the list lacks (hint_notes.py).
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.issuers import concept_of, issuer_table, report_weights
from search.retrieval.query import ParsedQuery

NOTE = "没有“{word}”本身发布的报告，下面是各地同类机关的报告。"


def central_absent_notes(searcher, parsed: ParsedQuery, hits: np.ndarray) -> list[str]:
    """A note for each central body the query names by its function of which no listed part (``hits``, per
    document) is a report: none of the central level and that function."""
    words = dict.fromkeys(a for c in parsed.must if not c.phrase for a in c.alternatives)
    named = [(w, concept) for w in words if (concept := concept_of(w)) is not None and concept.central
             and concept.functions]
    if not named:
        return []
    table = issuer_table(searcher)
    central = np.array([lv == "central" for lv in table.level], dtype=bool)
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    listed = np.zeros(len(central), dtype=bool)
    listed[codes[hits]] = True
    notes = []
    for word, concept in named:
        if not (listed & central & (report_weights(searcher, concept) > 0)).any():
            notes.append(NOTE.format(word=word))
    return notes
