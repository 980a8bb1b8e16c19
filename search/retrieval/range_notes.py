"""What a figure range could not judge: the reports the rest of the search selects that give the figure nowhere
(neither a table nor the prose). A range never lists them (blank is not 0), and the page, the JSON and the exports
say how many they are, so that a list of those with corrected reviews is not read as every body's answer."""
from __future__ import annotations

import numpy as np

from search.retrieval.filters import figure_range
from search.retrieval.matching import filter_mask
from search.retrieval.params import SearchParams
from search.retrieval.rangeable import RANGEABLE
from search.retrieval.selection import Selection, sections_per_report

UNJUDGED_NOTE = ("“{label}”的范围：另有 {n} 份报告表中和文字都没有给出这一数字，无法判断是否在范围内，未列入"
                 "（空白不算作 0）。")


def unjudged_notes(searcher, params: SearchParams, selection: Selection) -> list[str]:
    """Per range set: how many reports the search selects but for this range give its figure nowhere ('' none)."""
    notes = []
    for key, _, _ in params.ranges:
        others = selection.docs(f"fig_{key}")  # every filter but this range (facets.py names it so)
        if not others.any():
            continue
        blank = others & ~filter_mask(searcher, figure_range(searcher, key, None, None))
        n = int(np.count_nonzero(sections_per_report(searcher, blank)))
        if n:
            notes.append(UNJUDGED_NOTE.format(label=RANGEABLE[key].label, n=n))
    return notes
