"""``run_search``: the one search function behind the HTML pages and the JSON API."""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup
from whoosh import query as Q
from whoosh import sorting
from whoosh.searching import Searcher

from indexer.model import SECTION_NAMES
from search.analysis import simplify
from search.facets import FACET_LABELS, Chip, FacetValue, compute_facets, drop_one, make_chips
from search.filters import filter_query
from search.params import SearchParams
from search.query import ParsedQuery, any_word_query, parse_query, to_whoosh
from search.schema import WEIGHTING
from search.snippets import make_snippet
from search.suggest import vocabulary

FEW_HITS = 3  # below this many results, look for a better spelling


@dataclass
class Hit:
    """One matching section (in grouped mode: the best section of its report)."""

    report_id: str
    agency: str
    year: int | None
    section: int
    section_title: str
    title: str
    snippet: Markup
    source: str
    url: str
    score: float | None = None  # relevance score; None when sorted by another key
    more_sections: int = 0  # other matching sections of the same report (grouped mode)


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


def _count(searcher, query: Q.Query, column: str, per_report: bool = False) -> Counter:
    """Count a sortable field's values over every document matching ``query``.

    With ``per_report`` each report counts once per value, however many of its sections match.
    """
    reader = searcher.reader()
    values = reader.column_reader(column)
    docnums = searcher.docs_for_query(query)
    if not per_report:
        return Counter(values[d] for d in docnums)
    reports = reader.column_reader("report_id")
    return Counter(value for value, _ in {(values[d], reports[d]) for d in docnums})


def _sort(params: SearchParams):
    year_desc = sorting.FieldFacet("year", reverse=True)
    if params.sort == "newest":
        return [year_desc, sorting.ScoreFacet()]
    if params.sort == "oldest":
        return [sorting.FieldFacet("year"), sorting.ScoreFacet()]
    if params.sort == "agency":
        return [sorting.FieldFacet("agency_facet"), year_desc]
    return [sorting.ScoreFacet(), year_desc]  # ties go to the newer report


def _ranking(searcher):
    """The searcher with Nianbao's BM25F settings (``search.schema.WEIGHTING``) for scoring hits."""
    if searcher.weighting is WEIGHTING:
        return searcher
    # A view on the same reader, as cheap as an attribute; the searcher itself stays as opened.
    return Searcher(searcher.reader(), weighting=WEIGHTING, closereader=False)


def _best_per_report(results, wanted: int) -> list:
    """The first (best by the sort order) hit of each report, up to ``wanted`` reports."""
    seen, rows = set(), []
    for hit in results:
        report_id = hit["report_id"]
        if report_id not in seen:
            seen.add(report_id)
            rows.append(hit)
            if len(rows) >= wanted:
                break
    return rows


def _did_you_mean(searcher, params: SearchParams, filters) -> str | None:
    """The query with misheard or mistyped words replaced, when that finds something."""
    vocab = vocabulary(searcher)
    words = params.q.split()
    changed = False
    for i, word in enumerate(words):
        better = vocab.suggest(simplify(word))
        if better:
            words[i], changed = better, True
    if not changed:
        return None
    candidate = " ".join(words)
    query = Q.And([to_whoosh(parse_query(candidate)), filters])
    return candidate if next(iter(searcher.docs_for_query(query)), None) is not None else None


def _fewer_filters(searcher, params: SearchParams, parsed: ParsedQuery, text_query, found: int) -> list[tuple[str, str]]:
    """Filters whose removal alone finds more, best first: (label, query string)."""
    found_with = []  # (reports found, label, query string)
    for label, looser_params in drop_one(params):  # each facet or range dropped alone
        query = Q.And([text_query, filter_query(searcher, looser_params, parsed)])
        found_with.append((len(_count(searcher, query, "report_id")), label, looser_params.query_string()))
    for token in parsed.filter_tokens:
        q = " ".join(parsed.text.replace(token, " ", 1).split())
        looser = parse_query(q)
        query = Q.And([to_whoosh(looser), filter_query(searcher, params, looser)])
        found_with.append((len(_count(searcher, query, "report_id")), token, params.query_string(q=q, page=1)))
    found_with.sort(key=lambda f: -f[0])
    return [(f"去掉筛选条件“{label}”：{n} 份报告", qs) for n, label, qs in found_with if n > found][:2]


def _suggestions(searcher, params, parsed, filters, text_query, strict_total: int, total: int) -> list[tuple[str, str]]:
    """For a query with few or no hits: a better spelling, or the filters to drop."""
    if strict_total >= FEW_HITS:
        return []
    suggestions = []
    if parsed.must:
        better = _did_you_mean(searcher, params, filters)
        if better:
            suggestions.append((f"您是不是要找：{better}", params.query_string(q=better, page=1)))
    suggestions += _fewer_filters(searcher, params, parsed, text_query, total if not params.flat else strict_total)
    active = len(drop_one(params)) + len(parsed.filter_tokens)
    if total == 0 and active > 1:
        bare = parsed.text
        for token in parsed.filter_tokens:
            bare = bare.replace(token, " ", 1)
        bare = " ".join(bare.split())
        suggestions.append(("去掉所有筛选条件", SearchParams(q=bare).query_string()))
    return suggestions


def run_search(searcher, params: SearchParams) -> SearchResult:
    """Search sections: hits of the requested page with snippets, totals and facet counts."""
    parsed = parse_query(params.q)
    messages = list(params.messages) + parsed.notes
    if params.q and not parsed.must and not parsed.must_not and not (parsed.agency or parsed.years or parsed.sections):
        messages.append("查询中没有可搜索的词语，显示全部报告。")
    text_query = to_whoosh(parsed)
    filters = filter_query(searcher, params, parsed)
    report_counts = _count(searcher, Q.And([text_query, filters]), "report_id")
    strict_total = len(report_counts)
    if not report_counts and (relaxed := any_word_query(parsed)) is not None:
        relaxed_counts = _count(searcher, Q.And([relaxed, filters]), "report_id")
        if relaxed_counts:
            messages.append("没有同时包含所有词语的结果，下面是包含其中部分词语的结果。")
            text_query, report_counts = relaxed, relaxed_counts
    total_sections = sum(report_counts.values())
    total_reports = len(report_counts)
    total = total_sections if params.flat else total_reports
    pages = max(1, math.ceil(total / params.per_page))
    page = min(params.page, pages)

    # A report has at most six section documents, so 6 × the page end always holds enough
    # distinct reports to group by (Whoosh's own collapse= drops nothing on string columns).
    wanted = page * params.per_page
    results = _ranking(searcher).search(
        text_query,
        filter=filters,
        limit=wanted if params.flat else wanted * len(SECTION_NAMES),
        sortedby=sorting.MultiFacet(_sort(params)),
        terms=False,
    )
    rows = list(results) if params.flat else _best_per_report(results, wanted)
    terms, parts = parsed.highlight_terms(), parsed.part_terms()
    hits = []
    # Only the page's hits are read and highlighted: stored fields are the expensive part.
    for hit in rows[(page - 1) * params.per_page : wanted]:
        report_id = hit["report_id"]
        number = hit["section"]
        hits.append(
            Hit(
                report_id=report_id,
                agency=hit.get("agency", ""),
                year=hit.get("year"),
                section=number,
                section_title=hit.get("section_title") or SECTION_NAMES.get(number, ""),
                title=hit.get("title", ""),
                snippet=make_snippet(hit.get("body", ""), terms, parts),
                source=hit.get("source", ""),
                url=f"/reports/{report_id}#section-{number}",
                score=hit.score if isinstance(hit.score, float) else None,
                more_sections=0 if params.flat else report_counts[report_id] - 1,
            )
        )
    facets = compute_facets(searcher, text_query, params, parsed)
    suggestions = _suggestions(searcher, params, parsed, filters, text_query, strict_total, total)
    chips = make_chips(searcher, params)
    return SearchResult(params, parsed, total, total_sections, total_reports, page, pages, hits, facets, messages,
                        suggestions, chips)


def get_report(searcher, report_id: str) -> dict | None:
    """The parsed report stored under ``report_id`` (the JSON of ``python -m indexer parse``), or None."""
    if not report_id or len(report_id) > 64:
        return None
    doc = searcher.document(id=report_id, kind="report")
    return json.loads(doc["payload"]) if doc else None


def reports_of_agency(searcher, agency: str) -> list[dict]:
    """All reports of one agency, newest first: (id, year) pairs for 'other years' links."""
    out = [
        {"report_id": d["report_id"], "year": d.get("year")}
        for d in searcher.documents(kind="report", agency_facet=agency)
    ]
    return sorted(out, key=lambda d: -(d["year"] or 0))


@dataclass
class ReportSelection:
    """The reports a search selects, whatever page is shown: what statistics are computed over."""

    report_ids: list[str]
    messages: list[str]


def select_reports(searcher, params: SearchParams) -> ReportSelection:
    """Ids of every report ``run_search`` would list for ``params`` (same query, filters and fallback)."""
    parsed = parse_query(params.q)
    messages = list(params.messages) + parsed.notes
    filters = filter_query(searcher, params, parsed)
    counts = _count(searcher, Q.And([to_whoosh(parsed), filters]), "report_id")
    if not counts and (relaxed := any_word_query(parsed)) is not None:
        counts = _count(searcher, Q.And([relaxed, filters]), "report_id")
        if counts:
            messages.append("没有同时包含所有词语的结果，下面是包含其中部分词语的结果。")
    return ReportSelection(sorted(counts), messages)
