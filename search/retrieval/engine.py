"""``run_search``: the one search function behind the HTML pages and the JSON API."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

import numpy as np

from search.copies import copies
from search.retrieval.figure_answers import (NO_FIGURE_TO_SORT, figure_note, figure_sort_note, none_above_zero,
                                             range_figure)
from search.retrieval.figure_parts import at_figure_part
from search.retrieval.figure_values import figure_values
from search.retrieval.figures_asked import FigureAsked
from search.retrieval.facet_sidebar import sidebar
from search.retrieval.facets import Chip, FacetValue, compute_facets, make_chips, range_fields
from search.retrieval.excluded_parts import emptied_note, excluded_parts_note
from search.agencies.kind_filter import checked_kinds
from search.retrieval.filters import RANGE_NOTE, unknown_agency_notes
from search.retrieval.grouped import select_results
from search.retrieval.followed import followed
from search.retrieval.list_notes import relaxed_note
from search.retrieval.list_sizes import remember_size
from search.retrieval.hint_notes import with_absent_hints
from search.retrieval.named_bodies import stem_notes
from search.retrieval.paging import page_note
from search.retrieval.params import FIGURE_SORT, SearchParams
from search.retrieval.query import ParsedQuery, parse_query
from search.retrieval.range_notes import unjudged_notes
from search.retrieval.signals import figure_is_asked, orders_over_figure
from search.retrieval.series import series_bodies, series_note
from search.retrieval.selection import (count_reports, figure_order, order,
                              report_codes, report_order, sections_per_report)
from search.retrieval.hit_reading import Hit, HitReader, figures_of  # noqa: F401 (Hit, figures_of: their old home)
from search.retrieval.suggestions import suggest_more
from search.report_links import report_link
from search.vocabulary import echoed_quotes, written_title


@dataclass
class SearchResult:
    """Hits of one page, totals, facets and messages for the user."""

    params: SearchParams
    parsed: ParsedQuery
    total: int  # reports (grouped) or sections (flat)
    total_sections: int
    total_reports: int
    page: int
    pages: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    messages: list[str]
    suggestions: list[tuple[str, str]]  # (label, query string)
    chips: list[Chip] = field(default_factory=list)  # the chosen filters, each removable
    body_link: tuple[str, str] | None = None  # (name, agency page) of the one body a series query follows
    figure_asked: bool = False  # the query or a range asks a figure: the list can be sorted by it (sort=figure)
    reader: HitReader | None = None  # reads the hits of ``unread`` (run_search's read=False)
    unread: list[int] = field(default_factory=list)  # the page's ranked documents, their hits not yet read

    @property
    def can_filter(self) -> bool:
        """Whether a filter can list anything: some report found, or a facet value counting reports (the facets
        count what clicking lists); an empty page of zeros shows no panel."""
        return bool(self.total) or any(v.count for values in self.facets.values() for v in values if not v.selected)

    def view_links(self) -> dict[str, list[dict]]:
        """The sort and view links of this list: 按所问数字 among them when a figure is asked."""
        return self.params.view_links(self.figure_asked)

    @property
    def sidebar(self) -> list[dict]:
        """The facets as the page's sidebar lists them (see ``facet_sidebar.sidebar``)."""
        return sidebar(self.facets)

    @property
    def ranges(self) -> list[dict]:
        """The figure range inputs of the search form, with their current bounds."""
        return range_fields(self.params)

    @property
    def range_note(self) -> str:
        """What a range reads, said beside the range inputs."""
        return RANGE_NOTE

    @property
    def feed_follows(self) -> str:
        """What the search's feed follows, said beside the page's link to it (followed.py)."""
        return followed(self.params, self.parsed)

    @property
    def pager(self) -> dict:
        """Previous, next and numbered page links."""
        return self.params.pager(self.page, self.pages)


def run_search(searcher, params: SearchParams, read: bool = True, marked: bool = True) -> SearchResult:
    """Search sections: hits of the requested page with snippets, totals and facet counts. ``read=False`` (the
    exports) leaves the page's hits to ``result.reader.read(result.unread)``, in as many steps as the caller writes
    them, and computes no facets, suggestions or chips; ``marked=False`` puts no <mark> in the snippets (a file's
    plain text, ``Markup.striptags``, is the same)."""
    params = checked_kinds(searcher, params)
    parsed = parse_query(params.q, searcher)
    selection, found, relaxed = select_results(searcher, params, parsed)
    # the selection may add notes (words no report uses)
    messages = list(params.messages) + unknown_agency_notes(searcher, params.agency, parsed) + parsed.notes + stem_notes(searcher, parsed)
    messages += unjudged_notes(searcher, params, selection)  # a range says how many reports give its figure nowhere
    ordered_by_figure = parsed.figure is not None and parsed.figure.mode in ("most", "least")  # the note says how
    if (params.q and not parsed.must and not parsed.must_not and not (parsed.agency or parsed.years or parsed.sections
                                                                    or parsed.typed_choices)
            and not ordered_by_figure):
        messages.append("查询中没有可搜索的词语，显示全部报告。")
    strict_total = 0 if not found else (selection.strict_reports if selection.strict_reports is not None
                                        else count_reports(searcher, selection.hits))
    if relaxed:
        messages.append(relaxed_note(parsed, found, strict_total, selection))
    hits_mask = selection.hits
    messages = with_absent_hints(searcher, parsed, hits_mask, messages, selection.matched.scores, params.sort)
    asked = parsed.figure if parsed.figure is not None and figure_is_asked(searcher, parsed.figure) else None
    # The figure orders looser matches too (apply_signals runs on every list made): the page says so wherever it lists.
    per_report = sections_per_report(searcher, hits_mask)
    note = (figure_note(asked, params.sort, none_above_zero(searcher, asked, np.flatnonzero(per_report)),
                        within=orders_over_figure(parsed, messages)) if hits_mask.any() else None)
    if note:
        messages.append(note)
    messages += filter(None, [excluded_parts_note(searcher, parsed, hits_mask, params.flat),
                              emptied_note(searcher, parsed, hits_mask)])  # 派出所 -公安局: why the bureau is gone
    body_link = None
    if parsed.series is not None:  # 历年 beside a named body: how it was read, and the body's own page
        messages.append(series_note(searcher, parsed))
        bodies = series_bodies(searcher, parsed.series)
        body_link = (bodies[0].name, bodies[0].url) if len(bodies) == 1 else None
    total_sections = int(hits_mask.sum())
    total_reports = int(np.count_nonzero(per_report))
    total = total_sections if params.flat else total_reports
    remember_size(searcher, params, total)  # the report page's way back reads it (list_sizes.py)
    pages = max(1, math.ceil(total / params.per_page))
    page = min(params.page, pages)
    past_end = page_note(params.asked_page, pages)  # the last page is served: a script paging on must see it is past the end
    if past_end:
        messages.append(past_end)

    shown = asked or range_figure(params)  # a range shows its figure as a question does (its prose's marked)
    ordered = _ordered(searcher, params, hits_mask, selection.matched.scores, shown, messages)
    reader = HitReader(searcher, params, parsed, hits_mask, selection.matched.scores, per_report, shown, marked)
    # Only the page's hits are read and highlighted (stored fields are the expensive part); an export reads its
    # hundreds as it writes them (``unread``), and carries no facets, suggestions or chips.
    ranked = ordered[(page - 1) * params.per_page : page * params.per_page]
    if shown is not None and asked is None and not parsed.must and not params.flat:  # a range alone: its figure's part
        ranked = at_figure_part(searcher, ranked, hits_mask, shown.key)  # the page's reports (an export's rows) only
    ranked_docs = ranked.tolist()
    if not read:
        return SearchResult(params, parsed, total, total_sections, total_reports, page, pages, [], {},
                            [echoed_quotes(m) for m in messages], [], [], body_link, shown is not None,
                            reader=reader, unread=ranked_docs)
    hits = reader.read(ranked_docs)
    facets = compute_facets(selection, params, parsed)
    suggestions = suggest_more(selection, params, parsed, strict_total, total)
    chips = make_chips(searcher, params, parsed)
    messages = [echoed_quotes(m) for m in messages]  # the user's words quoted in any note, cut as the title cuts them
    suggestions = [(echoed_quotes(text), qs) for text, qs in suggestions]
    return SearchResult(params, parsed, total, total_sections, total_reports, page, pages, hits, facets, messages,
                        suggestions, chips, body_link, shown is not None)


def _ordered(searcher, params: SearchParams, mask: np.ndarray, scores: np.ndarray, shown: FigureAsked | None,
             messages: list[str]) -> np.ndarray:
    """The hits' documents in the order asked. ``sort=figure`` (按所问数字): the figure the query or a range asks, high
    to low, relevance breaking ties, the reports giving none last (QA 30 #7: 行政诉讼 纠正 listed 2, 5, 101); with no
    figure asked it is relevance, said so."""
    by_figure = params.sort == FIGURE_SORT
    sort = "relevance" if by_figure else params.sort
    ordered = (order if params.flat else report_order)(searcher, mask, scores, sort)
    if not by_figure:
        return ordered
    if shown is None:
        messages.append(NO_FIGURE_TO_SORT)
        return ordered
    codes = np.unique(report_codes(searcher)[ordered])
    ordered = figure_order(searcher, ordered, figure_values(searcher, shown.key, codes))
    messages.append(figure_sort_note(shown))
    return ordered


def get_report(searcher, report_id: str) -> dict | None:
    """The parsed report stored under ``report_id`` (the JSON of ``python -m indexer parse``) with ``copy_of`` and
    ``copies``, or None."""
    if not report_id or len(report_id) > 64:
        return None
    doc = searcher.document(id=report_id, kind="report")
    if not doc:
        return None
    report = json.loads(doc["payload"])
    report["title"] = written_title(report.get("title"))  # a title, not the page's chrome the parser read as one
    # A copy's page stays open (a link to it may be shared) and must say which file the lists show in its place;
    # the file they show names its others (search/copies.py).
    found = copies(searcher)
    kept = found.kept_for.get(report_id)
    report["copy_of"] = _other_file(searcher, kept) if kept else None
    report["copies"] = [_other_file(searcher, i) for i in found.held.get(report_id, [])]
    return report


def _other_file(searcher, report_id: str) -> dict:
    """A report another file holds too, as a report's JSON names it."""
    doc = searcher.document(id=report_id, kind="report") or {}
    return {"report_id": report_id, "source": doc.get("source", ""), "url": report_link(report_id)}
