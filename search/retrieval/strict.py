"""The reports a search finds holding its words as asked, without the looser matches that follow them.

Pages that list bodies by a search (/agencies, the compare page's finder) name the bodies of the
reports found: a report the search adds for sharing the words' characters (自然资源部: 上海市人民政府,
教育部) is a guess a results page labels as such, but no body matching what was typed (QA 30, 13).
"""
from __future__ import annotations

from dataclasses import dataclass

from search.retrieval.report_selection import listed_reports, report_ids
from search.retrieval.params import SearchParams


@dataclass(frozen=True)
class StrictSelection:
    """The reports holding the search's words (under its filters), and whether looser ones were left out."""

    report_ids: list[str]
    messages: list[str]
    dropped_looser: bool


def select_strict(searcher, params: SearchParams) -> StrictSelection:
    """Ids of the reports ``params`` selects that match as asked: the search's list with its looser
    matches (those holding some of the words, or characters alike) left out."""
    _, selection, found, relaxed, messages, listed = listed_reports(searcher, params)
    if relaxed:
        if found and selection.counted is not None:
            listed &= selection.counted[: len(listed)]
        elif not found:
            listed[:] = False
    return StrictSelection(report_ids(searcher, listed), messages, relaxed)
