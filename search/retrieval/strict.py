"""The reports a search finds holding its words as asked, without the looser matches that follow them.

Pages that list bodies by a search (/agencies, the compare page's finder) name the bodies of the
reports found: a report the search adds for sharing the words' characters (自然资源部: 上海市人民政府,
教育部) is a guess a results page labels as such, but no body matching what was typed (QA 30, 13).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.filters import unknown_agency_notes
from search.retrieval.grouped import select_results
from search.retrieval.params import SearchParams
from search.retrieval.query import parse_query
from search.retrieval.selection import sections_per_report


@dataclass(frozen=True)
class StrictSelection:
    """The reports holding the search's words (under its filters), and whether looser ones were left out."""

    report_ids: list[str]
    messages: list[str]
    dropped_looser: bool


def select_strict(searcher, params: SearchParams) -> StrictSelection:
    """Ids of the reports ``params`` selects that match as asked: the search's list with its looser
    matches (those holding some of the words, or characters alike) left out."""
    parsed = parse_query(params.q, searcher)
    selection, found, relaxed = select_results(searcher, params, parsed)
    messages = list(params.messages) + unknown_agency_notes(searcher, params.agency) + parsed.notes
    listed = sections_per_report(searcher, selection.hits) > 0
    if relaxed:
        if found and selection.counted is not None:
            listed &= selection.counted[: len(listed)]
        elif not found:
            listed[:] = False
    values = arrays_for(searcher).codes(searcher, "report_id").values
    return StrictSelection(sorted(values[c] for c in np.flatnonzero(listed).tolist()), messages, relaxed)
