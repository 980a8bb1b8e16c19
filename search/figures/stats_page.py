"""The statistics page: the table, the search's facets over it (each toggling on the same page, its sort and view
kept) and the chips of what was chosen."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from search.figures.stats import build_stats
from search.figures.stats_params import StatsParams
from search.figures.stats_table import StatsTable
from search.agencies.kind_filter import checked_kinds
from search.retrieval.engine import run_search
from search.retrieval.facets import FACET_LABELS, Chip, FacetValue, selection_chips
from search.retrieval.paging import page_note


@dataclass
class StatsFilter:
    """One facet of the statistics page: each value toggles on the same page, sort and view kept."""

    name: str
    label: str
    values: list[FacetValue]


@dataclass
class StatsPage:
    """Everything /stats shows: the table, the filters over it and the column views."""

    params: StatsParams
    table: StatsTable
    filters: list[StatsFilter]
    chosen: list[str]  # the chosen filters (facet values, year and figure ranges), as labels
    chips: list[Chip] = field(default_factory=list)  # the same, each with the link that drops it


def _keeping(value: FacetValue, own: str) -> FacetValue:
    """A facet value (and the cities under a province) toggling on this page with its sort and view kept."""
    return replace(value, toggle="&".join(x for x in (value.toggle, own) if x),
                   children=[_keeping(c, own) for c in value.children], dom_id="s" + value.dom_id)


def stats_page(searcher, params: StatsParams) -> StatsPage:
    """The statistics page: the table, and facets counted as the search page counts them."""
    # Its own links keep the column a search sorted by figure chose, and carry no kind the page ignored (QA 36 #10).
    params = replace(params, search=checked_kinds(searcher, params.search)).sorted_as_searched(searcher)
    table = build_stats(searcher, params)
    past_end = page_note(params.search.asked_page, table.pages)  # the page's own pages: the JSON lists every row
    if past_end:
        table.messages.append(past_end)
    own = params.table_query()
    filters = []
    for name, values in run_search(searcher, params.search).facets.items():
        if values:
            linked = [_keeping(f, own) for f in values]
            filters.append(StatsFilter(name, FACET_LABELS[name], linked))
    # The chips, not the facets' ticked values: a year range or a figure range is no facet value,
    # and a page narrowed to 2019–2024 must say so (and let it be dropped) as the search page does.
    own_pairs = [(k, v) for k, v in params.pairs(page=1) if k in ("by", "dir", "view")]
    chips = selection_chips(searcher, params.search, keep=own_pairs, with_query=False)
    return StatsPage(params, table, filters, [c.label for c in chips], chips)
