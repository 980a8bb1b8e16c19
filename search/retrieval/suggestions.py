"""What a search with few or no results suggests: a better spelling of its words, the filters whose removal finds
more (moved from engine.py, which stays under the layout's length; ``drop_one`` from facets.py, session 31)."""
from __future__ import annotations

from dataclasses import replace

from search.analysis import simplify
from search.retrieval.facets import FACET_LABELS, agency_labels, facet_label, year_range_label
from search.retrieval.rangeable import figure_range_label
from search.retrieval.grouped import select_results
from search.retrieval.matching import evaluate
from search.retrieval.params import SearchParams
from search.retrieval.query import ParsedQuery, parse_query
from search.retrieval.query_tree import to_whoosh
from search.retrieval.selection import Selection, count_reports, filter_masks
from search.retrieval.suggest import vocabulary

FEW_HITS = 3  # below this many results, look for a better spelling


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
    return candidate if evaluate(searcher, to_whoosh(parse_query(candidate, searcher)), filters).mask.any() else None


def _fewer_filters(selection: Selection, params: SearchParams, parsed: ParsedQuery, found: int) -> list[tuple[str, str]]:
    """Filters whose removal alone finds more, best first: (label, query string)."""
    searcher = selection.searcher
    found_with = []  # (reports found, label, query string)
    for label, looser_params in drop_one(params, searcher):  # each facet or range dropped alone
        # The text match holds wherever one filter fails, so it serves every looser set.
        mask = selection.matched.mask & selection.sections
        for docs in filter_masks(searcher, looser_params, parsed).values():
            mask = mask & docs
        found_with.append((count_reports(searcher, mask), label, looser_params.query_string()))
    for token in parsed.filter_tokens:
        q = " ".join(parsed.text.replace(token, " ", 1).split())
        mask = select_results(searcher, params, parse_query(q, searcher))[0].hits
        found_with.append((count_reports(searcher, mask), token, params.query_string(q=q, page=1)))
    found_with.sort(key=lambda f: -f[0])
    return [(f"去掉筛选条件“{label}”：{n} 份报告", qs) for n, label, qs in found_with if n > found][:2]


def suggest_more(selection: Selection, params, parsed, strict_total: int, total: int) -> list[tuple[str, str]]:
    """For a query with few or no hits (``strict_total`` below FEW_HITS): a better spelling, or the filters to drop."""
    if strict_total >= FEW_HITS:
        return []
    searcher = selection.searcher
    suggestions = []
    if parsed.must:
        better = _did_you_mean(searcher, params, selection.filtered)
        if better:
            suggestions.append((f"您是不是要找：{better}", params.query_string(q=better, page=1)))
    suggestions += _fewer_filters(selection, params, parsed, total if not params.flat else strict_total)
    active = len(drop_one(params)) + len(parsed.filter_tokens)
    if total == 0 and active > 1:
        bare = parsed.text
        for token in parsed.filter_tokens:
            bare = bare.replace(token, " ", 1)
        bare = " ".join(bare.split())
        suggestions.append(("去掉所有筛选条件", SearchParams(q=bare, q_over=params.q_over).query_string()))
    return suggestions


def drop_one(params: SearchParams, searcher=None) -> list[tuple[str, SearchParams]]:
    """Each chosen facet (all its values) or range, dropped alone: (label, the looser parameters);
    with a searcher, chosen bodies are named by their latest names."""
    out = []
    agencies = agency_labels(searcher, params.agency) if searcher is not None else {}
    for name, values in params.filters().items():
        if values:
            # A province goes with its cities; cities alone leave their provinces chosen.
            looser = replace(params, province=(), city=(), page=1) if name == "province" else \
                replace(params, **{name: ()}, page=1)
            shown = "、".join(agencies.get(v, v) if name == "agency" else facet_label(name, v) for v in values[:3])
            out.append((f"{FACET_LABELS[name]}：{shown}", looser))
    if params.year_from is not None or params.year_to is not None:
        out.append((year_range_label(params.year_from, params.year_to), replace(params, year_from=None, year_to=None, page=1)))
    for key, low, high in params.ranges:
        out.append((figure_range_label(key, low, high), params.with_range(key, None, None)))
    return out
