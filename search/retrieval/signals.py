"""What ranks a matching section besides its words: the report's year when the query named one,
and the report's own figure when the query named one of the template's figures.

Applied to the text match's scores (search/retrieval/selection.py, grouped.py), in the grouped and
the flat view alike, so that the order of the page and of every facet's count agree.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.figure_values import disputed_by_parts, figure_values, prose_says_none
from search.retrieval.figures_asked import FigureAsked
from search.retrieval.issuers import concept_of, issuer_table, reports_of
from search.retrieval.matching import Matched
from search.retrieval.own_reports import is_own_first_note, own_first, own_reports
from search.retrieval.per_report import reports_present
from search.retrieval.places import region_mask
from search.retrieval.query import DOC_WORDS, ParsedQuery
from search.retrieval.top_parts import best_parts
from search.schema import RANGE_FIGURES

FIGURE_BOOST = 2.0  # a report whose asked figure is above 0, over one whose table shows 0
READ_AT_MOST = 200  # reports whose stored figures are read for a figure the index has no column for


def apply_signals(searcher, parsed: ParsedQuery, matched: Matched) -> Matched:
    """``matched`` with its scores raised where the report fits what the query asked besides words."""
    scores = matched.scores
    if parsed.figure is not None and matched.mask.any():
        scores = _by_figure(searcher, parsed, matched.mask, scores)
    if parsed.outcome_words and matched.mask.any():  # 考核结果: the parts stating one first (frames.py)
        from search.retrieval.matching import evaluate
        from search.retrieval.query_tree import outcome_query

        query = outcome_query(parsed)
        if query is not None:
            scores = first_of(matched.mask, scores, evaluate(searcher, query, matched.mask).mask)
    if scores is not matched.scores:
        matched = Matched(matched.mask, scores)
    return explicit_first(searcher, parsed, matched)


def explicit_first(searcher, parsed: ParsedQuery, matched: Matched) -> Matched:
    """``matched`` with what the query names outright put first: the bodies it names, a set of issuers, a year
    order, a typed year, a place, a series. Each keeps the order within its groups, so applying it again to a
    list reordered since (a problem's admissions: problems.py) puts them first again without changing the rest."""
    scores = matched.scores
    named = _issuers_only(searcher, parsed)
    if named is not None:  # 安全生产监督管理局 alone: that body's reports before those naming it (or its name's parts)
        scores = first_of(matched.mask, scores, named[arrays_for(searcher).codes(searcher, "report_id").codes])
    elif not parsed.place_hints and (own := own_first(searcher, parsed, matched.mask)) is not None:
        # 医保局 行政复议: the bureaus' own reports before a government's naming its departments (own_reports.py).
        # A place typed has its own step below: the place's reports of the body first.
        scores = first_of(matched.mask, scores, own)
    if parsed.issuer_sets:  # 省级部门, 学校: the set's reports first (issuer_sets.py); a year typed, then a place, outrank it
        from search.retrieval.issuer_sets import sets_first

        scores = sets_first(searcher, parsed, matched.mask, scores)
    if parsed.year_order:  # 最新 / 最早 beside a topic: by year among the matches (year_order.py); a typed year outranks it
        from search.retrieval.year_order import year_order_first

        scores = year_order_first(searcher, parsed, matched.mask, scores)
    if parsed.year_hints:
        column = arrays_for(searcher).codes(searcher, "year")
        wanted = np.array([v in parsed.year_hints for v in column.values], dtype=bool)
        scores = first_of(matched.mask, scores, wanted[column.codes])
        # 教育局 2011, 区政府 2019: the body named is what is asked, the year which of its reports comes first.
        # Another body's report of that year (a county's naming its 教育局) comes after the body's other years;
        # a report whose issuer the parser could not read is kept with the body's (it may be one of them).
        # When no report of the body matches, there is nothing to keep it with: the year orders alone.
        own = own_first(searcher, parsed, matched.mask)
        if own is not None:
            scores = first_of(matched.mask, scores, own)
    if parsed.place_hints:  # last, so the place comes first and the year orders within it
        region = region_mask(searcher, parsed.place_hints)
        own = own_first(searcher, parsed, matched.mask)
        if own is not None:  # outside the place too, the body's own reports before those naming it
            scores = first_of(matched.mask, scores, own & ~region)
        scores = first_of(matched.mask, scores, region)
        # 江西 街道办 where the place has no street office: a township is the same level (乡镇街道), before the
        # place's county and city bodies; the unit named still comes first.
        level = _unit_level(searcher, parsed)
        if level is not None:
            scores = first_of(matched.mask, scores, region & level)
        # 西南 乡镇, 浙江 卫健委: of the place's reports, those of the kind of issuer named come first.
        kinds = own_reports(searcher, parsed)
        if kinds is not None:
            scores = first_of(matched.mask, scores, region & kinds)
    if parsed.series is not None:  # last: one body followed over its years comes before its place
        from search.retrieval.series import series_first

        scores = series_first(searcher, parsed, matched.mask, scores)
    return matched if scores is matched.scores else Matched(matched.mask, scores)


def explicit_group(searcher, parsed: ParsedQuery, mask: np.ndarray) -> np.ndarray | None:
    """Per document: whether its report is of the first group ``explicit_first`` makes of ``mask`` (of the place, the
    year, the bodies named …), every part of it, matching or not; None when the query names nothing that orders."""
    ones = np.where(mask, 1.0, 0.0)
    ranked = explicit_first(searcher, parsed, Matched(mask, ones)).scores
    if ranked is ones or not mask.any():
        return None
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    return reports_present(codes, mask & (ranked >= ranked[mask].max()), int(codes.max(initial=-1)) + 1)[codes]


def orders_over_figure(parsed: ParsedQuery, messages: Iterable[str] = ()) -> bool:
    """Whether apply_signals puts an order over the asked figure's (an outcome asked, a set of issuers, a year order,
    a typed year, a place, a series: each applied after it; the body's own reports first, when the page says so among
    ``messages``), so the figure's note must say it orders within them. Kept beside apply_signals so that the two
    change together."""
    return bool(parsed.outcome_words or parsed.series is not None or parsed.issuer_sets or parsed.place_hints
                or parsed.year_hints or parsed.year_order or any(is_own_first_note(m) for m in messages))


def _issuers_only(searcher, parsed: ParsedQuery) -> np.ndarray | None:
    """Per report code, for a query whose every item names bodies by function (卫健委; 财政局和税务局; 安全
    生产监督管理局): whether the report is of one of them. A full name's parts (监督管理局) are in other bodies'
    names and texts, where an abbreviation's are not: the query asks for the body's reports whichever it typed.
    None for any other query (a set of issuers, a topic, a figure asked)."""
    if not parsed.must or parsed.figure is not None or parsed.issuer_sets or any(c.phrase for c in parsed.must):
        return None
    # The report itself named beside the body (财政部 政府信息公开年度报告, 卫健委 年报) is no other item: every report is one,
    # and a report writing the words oftenest (a county's, on compiling its units' reports) outranked the body's own.
    bodies = [c for c in parsed.must if not all(a in DOC_WORDS for a in c.alternatives)]
    concepts = [concept_of(a) for c in bodies for a in c.alternatives]
    if not concepts or not all(c is not None and c.functions for c in concepts):
        return None
    return reports_of(searcher, [c.alternatives for c in bodies])


def _unit_level(searcher, parsed: ParsedQuery) -> np.ndarray | None:
    """Documents of the reports of the level of a local unit the query names (街道办, 乡镇: township-level), else None."""
    concepts = (concept_of(a) for clause in parsed.must if not clause.phrase for a in clause.alternatives)
    levels = {c.level for c in concepts if c is not None and c.unit and c.level}
    if not levels:
        return None
    table = issuer_table(searcher)
    fits = np.array([lv in levels for lv in table.level], dtype=bool)
    return fits[arrays_for(searcher).codes(searcher, "report_id").codes]


def _used(searcher, word: str) -> bool:
    """Whether any report holds ``word`` as a word (or, for two characters, in a row)."""
    arrays = arrays_for(searcher)
    return bool(arrays.postings(searcher, "body", word).ids.size
                or (len(word) == 2 and arrays.postings(searcher, "grams", word).ids.size))


def first_of(mask: np.ndarray, scores: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Scores that put every chosen match before every other, each group in its own order."""
    chosen = chosen & mask
    lift = scores[mask & ~chosen].max(initial=0.0)
    return np.where(chosen, scores + lift, scores)


def figure_is_asked(searcher, figure: FigureAsked) -> bool:
    """Whether the figure orders the results: a size word always asks it; a figure named alone does
    unless another topic word stands beside it (依申请公开流程不规范 asks about the process). A place
    is not another topic, nor is a word no report uses (有人 of 哪些单位有人申请)."""
    if figure.mode != "positive":
        return True
    arrays = arrays_for(searcher)
    return not any(arrays.postings(searcher, "place", w).ids.size == 0 and _used(searcher, w) for w in figure.others)


def _by_figure(searcher, parsed: ParsedQuery, mask: np.ndarray, scores: np.ndarray) -> np.ndarray:
    figure = parsed.figure
    if not figure_is_asked(searcher, figure):
        return scores
    arrays = arrays_for(searcher)
    codes = arrays.codes(searcher, "report_id").codes
    if figure.key in RANGE_FIGURES:
        wanted = np.unique(codes[mask])
    else:  # read from the stored reports: the best-scored ones only
        wanted = codes[best_parts(np.flatnonzero(mask), scores, codes, READ_AT_MOST)]
    values = figure_values(searcher, figure.key, wanted)[codes]
    known = ~np.isnan(values)
    if figure.mode == "positive":
        above = known & (values > 0)
        lifted = np.where(above, scores * FIGURE_BOOST, scores)
        # The figure alone (行政复议 案件, 被起诉): the citizen asks for the reports that had such cases,
        # and a prose mention of the heading (本年度未发生行政复议案件) must not stand above them.
        return first_of(mask, lifted, above) if figure.alone else lifted
    if figure.mode == "rate":  # 复议 纠错率: the reports whose table gives the rate first (rates.py)
        return np.where(known, scores * FIGURE_BOOST, scores)
    if figure.mode == "at_least":
        return first_of(mask, scores, known & (values >= figure.threshold))
    if figure.mode == "none":  # none of the figure, nor of the others negated with it
        # A 0 its own table's parts dispute (results of 10 and 1 under a total of 0) is no "none came".
        zero = known & (values == 0) & ~disputed_by_parts(searcher, figure.key, wanted)[codes]
        chosen = zero | prose_says_none(searcher, figure.key, wanted)[codes]
        for key in figure.also:
            other = figure_values(searcher, key, wanted)[codes]
            zero = ~np.isnan(other) & (other == 0) & ~disputed_by_parts(searcher, key, wanted)[codes]
            chosen &= zero | prose_says_none(searcher, key, wanted)[codes]
        return first_of(mask, scores, chosen)
    # "most" (or "least", a rate asked with 最低): by the figure's size, the words deciding among equal figures
    # and where it is unknown; the issuers the query names first (哪个区申请最多: the districts, largest first).
    top = scores[mask].max(initial=0.0) or 1.0
    if figure.mode == "least":  # 公开率最低: the smallest first, the unknown still last
        values = np.where(known, np.nanmax(np.where(known & mask, values, np.nan), initial=0.0) - values, np.nan)
    ranked = np.where(mask, np.where(known, np.nan_to_num(values) + 1.0, 0.0) + 0.5 * scores / top, 0.0)
    # Issuers asked side by side (财政局和税务局 谁…多: either.py) are one item: a report of either fits.
    groups = [c.alternatives for c in parsed.must if len(c.alternatives) > 1 and all(map(concept_of, c.alternatives))]
    either = {name for group in groups for name in group}
    fits = reports_of(searcher, [[word] for word in figure.issuers if word not in either] + groups)[codes]
    return first_of(mask, ranked, fits) if figure.issuers else ranked
