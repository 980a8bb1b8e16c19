"""What a search selects, as arrays: the sections its text and filters match, their scores, and
their order on the page.

The text query is evaluated once, on every section that passes all filters but at most one, so
that each facet can count "everything but my own filter" from the same answer. (The grouped view
evaluates on every section: what it lists is decided by the query alone, grouped.py.)
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from whoosh import query as Q

from search.retrieval.arrays import arrays_for
from search.retrieval.filters import filter_parts
from search.retrieval.matching import Matched, evaluate, filter_mask
from search.retrieval.params import SearchParams
from search.retrieval.query import ParsedQuery
from search.retrieval.query_tree import any_word_query, to_whoosh
from search.retrieval.problems import weigh_parts
from search.retrieval.report_itself import searched_sections
from search.retrieval.signals import apply_signals
from search.retrieval.suggest import name_key

SECTIONS = Q.Term("kind", "section")


@dataclass
class Selection:
    """The text match (valid wherever at most one filter fails) and each filter's documents."""

    searcher: object
    matched: Matched
    sections: np.ndarray
    filters: dict[str, np.ndarray]
    strict_reports: int | None = None  # reports holding every word, when looser ones are listed too
    # Per report code, the reports that match as asked (every word, or the figure asked above 0):
    # what statistics count when looser matches follow them in the list. None: every listed report.
    counted: np.ndarray | None = None
    query_reports: int | None = None  # reports holding every word under no filter: what decides the list's tiers
    # What the page's count of it names (list_notes.py): the items required, and a word listed by another's reports.
    counted_words: tuple[str, ...] = ()
    read_as: dict[str, str] = field(default_factory=dict)
    # The text query when ``matched`` holds only where at most one filter fails (select); None where it holds on
    # every section (the grouped view, an empty selection). What a range could not judge re-reads it (range_notes.py).
    query: Q.Query | None = None

    def docs(self, skip: str | None = None) -> np.ndarray:
        """Matching sections under every filter but ``skip``."""
        mask = self.matched.mask & self.sections
        for name, docs in self.filters.items():
            if name != skip:
                mask = mask & docs
        return mask

    @property
    def filtered(self) -> np.ndarray:
        """Sections under every filter, whatever the text."""
        mask = self.sections
        for docs in self.filters.values():
            mask = mask & docs
        return mask

    @property
    def hits(self) -> np.ndarray:
        """Matching sections under every filter."""
        return self.docs()


def filter_masks(searcher, params: SearchParams, parsed: ParsedQuery) -> dict[str, np.ndarray]:
    """Each active filter's documents, by the name of the facet that ignores it."""
    return {name: filter_mask(searcher, query) for name, query in filter_parts(searcher, params, parsed).items()}


def select(searcher, params: SearchParams, parsed: ParsedQuery, text_query: Q.Query,
           filters: dict[str, np.ndarray] | None = None) -> Selection:
    """Evaluate ``text_query`` where facets need it, under the filters of ``params``."""
    # A lead-in beside parts is searched only by a question about the report itself (report_itself.py).
    sections = searched_sections(searcher, filter_mask(searcher, SECTIONS), parsed, params)
    filters = filter_masks(searcher, params, parsed) if filters is None else filters
    failing = np.zeros(len(sections), dtype=np.int64)
    for docs in filters.values():
        failing += ~docs
    matched = evaluate(searcher, text_query, sections & (failing <= 1))
    matched = apply_signals(searcher, parsed, weigh_parts(searcher, parsed, matched))
    return Selection(searcher, matched, sections, filters, query=text_query)


def select_or_relax(searcher, params: SearchParams, parsed: ParsedQuery) -> tuple[Selection, bool, bool]:
    """The selection of the query as typed; when no section has all its words, the selection of
    any of them instead. Returns (selection, whether the typed query found anything, whether
    the looser one replaced it)."""
    tree = to_whoosh(parsed)
    selection = select(searcher, params, parsed, tree)
    found = bool(selection.hits.any())
    # Relaxed only when no part anywhere holds every word: the list is the query's, decided under no filter, as the
    # grouped view's (session 30). A part filter that leaves no part holding every word lists nothing (and offers to
    # drop the filter); it once turned to any word, and so listed parts the unfiltered view does not.
    if not found and (relaxed := any_word_query(parsed)) is not None and not _found_unfiltered(searcher, selection, tree):
        looser = select(searcher, params, parsed, relaxed, filters=selection.filters)
        if looser.hits.any():
            return looser, False, True
    return selection, found, False


def _found_unfiltered(searcher, selection: Selection, tree: Q.Query) -> bool:
    """Whether some part of the searched ones holds every word whatever the filters."""
    if all(docs.all() for docs in selection.filters.values()):
        return False  # no filter narrowed: the filtered search was the unfiltered one
    return bool(evaluate(searcher, tree, selection.sections).mask.any())


def empty_selection(searcher, sections: np.ndarray, filters: dict[str, np.ndarray], count: int) -> Selection:
    """The selection of a query with nothing searchable left: no report, whatever the filters."""
    none = np.zeros(len(sections), dtype=bool)
    return Selection(searcher, Matched(none, np.zeros(len(sections))), sections, filters, strict_reports=0,
                     counted=np.zeros(count, dtype=bool), query_reports=0)


def report_codes(searcher) -> np.ndarray:
    """The report each document belongs to, as an integer code."""
    return arrays_for(searcher).codes(searcher, "report_id").codes


def count_reports(searcher, mask: np.ndarray) -> int:
    """How many distinct reports the documents of ``mask`` belong to."""
    return int(np.count_nonzero(sections_per_report(searcher, mask)))


def sections_per_report(searcher, mask: np.ndarray) -> np.ndarray:
    """Matching sections per report code (0 for reports without any)."""
    codes = report_codes(searcher)
    return np.bincount(codes[mask], minlength=int(codes.max(initial=-1)) + 1)


def order(searcher, mask: np.ndarray, scores: np.ndarray, sort: str) -> np.ndarray:
    """Document numbers of ``mask`` in page order: relevance (ties to the newer report), newest,
    oldest or agency; the document number breaks remaining ties, as Whoosh's sort does."""
    return _in_order(searcher, np.flatnonzero(mask), scores, sort)


def _in_order(searcher, docs: np.ndarray, scores: np.ndarray, sort: str) -> np.ndarray:
    arrays = arrays_for(searcher)
    column = arrays.codes(searcher, "year")
    year = column.codes[docs]
    score = scores[docs]
    if sort == "newest":
        keys = (-score, -year)
    elif sort == "oldest":
        # A report without a year (code 0, the column's None) is no oldest one: it goes last, as 最新 lists it; first,
        # five 年份不明 reports opened every 最早 list (QA 31 #4).
        yearless = np.array([v is None for v in column.values], dtype=bool)[year]
        keys = (-score, year, yearless)
    elif sort == "agency":
        keys = (-year, agency_ranks(searcher)[arrays.codes(searcher, "agency_facet").codes[docs]])
    else:
        keys = (-year, -score)
    return docs[np.lexsort(keys)]  # lexsort: the last key is the primary one; it is stable


def agency_ranks(searcher) -> np.ndarray:
    """Each code of the agency_facet column's place in a list by name (``suggest.name_key``: pinyin of the simplified
    name, as the titles show it), not by code point; worked out once per generation."""
    arrays = arrays_for(searcher)
    found = getattr(arrays, "agency_ranks", None)
    if found is None:
        values = arrays.codes(searcher, "agency_facet").values
        found = np.empty(len(values), dtype=np.int64)
        found[sorted(range(len(values)), key=lambda i: name_key(values[i] or ""))] = np.arange(len(values))
        arrays.agency_ranks = found  # a generation's arrays are shared: one benign race computes the same array
    return found


def report_order(searcher, mask: np.ndarray, scores: np.ndarray, sort: str) -> np.ndarray:
    """The first document of each report in ``order``, in that order, without sorting every
    matching document: a report's parts share its year and agency, so its first document is its
    best-scored one (the lowest number among equals; the lowest number when sorting by agency,
    which ignores scores), and only those are sorted."""
    docs = np.flatnonzero(mask)
    codes = report_codes(searcher)
    if sort != "agency" and len(docs):
        score = np.nan_to_num(scores[docs], nan=-np.inf)  # a NaN would match no best: its report lost
        best = np.full(int(codes[docs].max()) + 1, -np.inf)
        np.maximum.at(best, codes[docs], score)
        docs = docs[score == best[codes[docs]]]
    _, first = np.unique(codes[docs], return_index=True)  # docs ascend: the lowest number first
    return _in_order(searcher, np.sort(docs[first]), scores, sort)  # ascending: ties go by number


def figure_order(searcher, ordered: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Documents already in page order (relevance) reordered by the figure asked, high to low (``sort=figure``):
    ``values`` per report code (NaN where the report gives none, listed after every value); equal figures keep the
    order they came in, so relevance breaks ties."""
    if not len(ordered):
        return ordered
    figure = values[report_codes(searcher)[ordered]]
    known = ~np.isnan(figure)
    return ordered[np.lexsort((-np.where(known, figure, 0), ~known))]  # stable: equal keys keep their order
