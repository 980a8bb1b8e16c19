"""How long a search's list is, kept per index generation, so that a report page opened from page 2 or later of a
list can tell whether that page is there without selecting the list again (review 35 #9: 30-70 ms a click on an
index of 10,000 reports, for a link the list itself wrote). The search page records the size it lists; the report
page reads it, and selects only when no page of that list was served by this process (a link edited by hand,
another worker). The size is the list's, whatever its page or page length."""
from __future__ import annotations

from dataclasses import replace

from search.retrieval.arrays import arrays_for
from search.retrieval.params import SearchParams


def _key(params: SearchParams) -> SearchParams:
    """The parameters that decide what is listed: not the page or its length (the key compares without the
    messages, as the parameters do)."""
    return replace(params, page=1, per_page=10)


def remember_size(searcher, params: SearchParams, total: int) -> None:
    """Record that ``params`` list ``total`` reports (parts, with ``flat``) in the generation ``searcher`` reads."""
    arrays_for(searcher).list_sizes.put(_key(params), total)


def known_size(searcher, params: SearchParams) -> int | None:
    """The size recorded for ``params``' list in this generation, or None."""
    return arrays_for(searcher).list_sizes.get(_key(params))
