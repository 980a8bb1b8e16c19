"""The reports a search selects, whatever page is shown: where every page that takes a search's reports starts (the
statistics, trends and checks add them up; the report page counts its list's pages; strict.py). Split from engine.py,
which makes one page of a search (session 35)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from search.agencies.kind_filter import checked_kinds
from search.retrieval.arrays import arrays_for
from search.retrieval.figure_answers import figure_counts_all_note
from search.retrieval.filters import unknown_agency_notes
from search.retrieval.grouped import select_results
from search.retrieval.issuers import concept_of, reports_of
from search.retrieval.list_notes import relaxed_note
from search.retrieval.named_bodies import stem_notes
from search.retrieval.params import SearchParams
from search.retrieval.query import ParsedQuery, parse_query
from search.retrieval.range_notes import unjudged_notes
from search.retrieval.selection import sections_per_report
from search.retrieval.signals import figure_is_asked
from search.vocabulary import echoed_quotes


@dataclass
class ReportSelection:
    """The reports a search selects, whatever page is shown: what statistics are computed over."""

    report_ids: list[str]
    messages: list[str]


COUNTED_NOTE = "统计只计入与查询相符的 {n} 份报告；搜索结果中其后列出的相近报告未计入。"
ISSUER_COUNTED_NOTE = "统计只计入发布机关为{names}的 {n} 份报告；只在正文中提到{names}的报告未计入。"
# The search's notes of an order (2022 年的报告排在前面, 江苏省的报告排在前面, 按“行政复议”的数字从多到少排列) describe
# the result list; a page that adds the reports up (statistics, trends, checks) takes every report the search
# lists, in its own order, so a year, a place or a kind of body typed as words narrows nothing there. The page
# said "2022 年的报告排在前面" over a table summing 2015's, 2020's and 2025's reports (session 24).
ORDER_WORDS = ("排在前面", "排名提前", "从多到少排列", "从少到多排列")
ORDER_NOT_FILTER_NOTE = ("以上排序说明只适用于搜索结果：本页计入所有相符的报告，不按查询中的年份、地区或机构类别筛选"
                         "（只统计其中一部分请用年份、地区等筛选，或 year:2022 这样的写法）。")


def select_reports(searcher, params: SearchParams, counted_only: bool = False) -> ReportSelection:
    """Ids of every report ``run_search`` would list for ``params`` (same query, filters and fallback).

    ``counted_only`` is for what adds the reports up (statistics, trends, checks): when looser
    matches follow those holding every word, they help a reader but would put other bodies'
    figures into a sum (民政局 trends counting a county government's requests), so only the
    reports that match as asked are taken, and the page says so. With none, the looser ones are
    all there is, and the search's own note stands."""
    parsed, selection, found, relaxed, messages, listed = listed_reports(searcher, params)
    if relaxed and found and counted_only and selection.counted is not None:
        # Both are per report code; the bincount ends at the highest code listed, never past the reports.
        listed &= selection.counted[: len(listed)]
        messages.append(COUNTED_NOTE.format(n=int(np.count_nonzero(listed))))
    elif relaxed:
        messages.append(relaxed_note(parsed, found, selection.strict_reports, selection))
    fits = _issuers_asked(searcher, parsed) if counted_only else None
    if fits is not None:
        # A query of bodies alone (民政局; 财政局和税务局): a sum over it is theirs, not that of every report
        # whose text names one (a county government's report counting 民政局's requests among its own).
        kept = listed & fits[: len(listed)]
        if kept.any() and np.count_nonzero(kept) < np.count_nonzero(listed):
            listed = kept
            names = "、".join("或".join(f"“{a}”" for a in c.alternatives) for c in parsed.must)
            messages = [m for m in messages if not m.startswith("统计只计入")]
            messages.append(ISSUER_COUNTED_NOTE.format(names=names, n=int(np.count_nonzero(listed))))
    if counted_only and any(word in m for m in messages for word in ORDER_WORDS):
        messages.append(ORDER_NOT_FILTER_NOTE)
    if counted_only and parsed.figure is not None and figure_is_asked(searcher, parsed.figure):
        messages.append(figure_counts_all_note(parsed.figure, frozenset(key for key, _, _ in params.ranges)))  # 依申请公开为零 orders the search, narrows no sum
    return ReportSelection(report_ids(searcher, listed), [echoed_quotes(m) for m in messages])


def listed_reports(searcher, params: SearchParams):
    """(parsed, selection, found, relaxed, messages, listed): the search's selection for ``params`` and, per report
    code, whether it lists the report — where every page that takes a search's reports starts (select_reports,
    strict.select_strict)."""
    params = checked_kinds(searcher, params)
    parsed = parse_query(params.q, searcher)
    selection, found, relaxed = select_results(searcher, params, parsed)
    messages = list(params.messages) + unknown_agency_notes(searcher, params.agency, parsed) + parsed.notes + stem_notes(searcher, parsed)
    messages += unjudged_notes(searcher, params, selection)  # a range says how many reports give its figure nowhere
    return parsed, selection, found, relaxed, messages, sections_per_report(searcher, selection.hits) > 0


def report_ids(searcher, listed: np.ndarray) -> list[str]:
    """The ids of the reports whose codes ``listed`` marks, sorted."""
    values = arrays_for(searcher).codes(searcher, "report_id").values
    return sorted(values[c] for c in np.flatnonzero(listed).tolist())


def _issuers_asked(searcher, parsed: ParsedQuery) -> np.ndarray | None:
    """Per report code: whether its issuer is of a kind each item names, for a query whose every item is
    an issuer (财政局和税务局: either of them); None when it asks anything else."""
    if not parsed.must or parsed.figure is not None or any(c.phrase for c in parsed.must):
        return None
    groups = [c.alternatives for c in parsed.must]
    if not all(concept_of(name) is not None for group in groups for name in group):
        return None
    return reports_of(searcher, groups)
