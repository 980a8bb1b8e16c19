"""Say so when a year or a place read from the query has no report among the results.

Years and places typed as words rank their reports first without filtering (years.py, places.py),
so a query whose year or place no matching report has still lists reports, of other years or
places. The note that said "2023 年的报告排在前面" would then promise what the list does not hold.
The same holds when such reports are listed only among the looser matches that follow a short list
(grouped.py): they rank below every match, so what decides is the first hit, not any hit.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.own_reports import named_kinds, own_first_note, own_reports
from search.retrieval.places import place_absent_note, place_later_note, place_note, place_sorted_note, region_mask
from search.retrieval.query import ParsedQuery
from search.retrieval.years import (relative_said, year_absent_note, year_later_note, year_note, year_sorted_note,
                                    year_within_bodies_note)


def with_absent_hints(searcher, parsed: ParsedQuery, hits: np.ndarray, messages: list[str],
                      scores: np.ndarray | None = None, sort: str = "relevance") -> list[str]:
    """``messages`` with the note of each hinted year or place rewritten when the first hit (by
    ``scores``; any hit without them) does not have it: to say that its reports come only among the
    looser matches further down, or that none is listed. Sorted by date or agency, the list puts
    nothing first for a year or place: the note says when it does."""
    if not hits.any():
        return _without_order_notes(parsed, messages)
    from search.retrieval.central_bodies import absent_central, central_absent_notes
    from search.retrieval.issuer_sets import set_notes

    # The body's own reports before others' (own_reports.py): said when the list holds both, in that order; for a
    # central body with no report listed, its namesakes are not its own: the note of its absence says their order, and
    # the own-first note is of the other bodies named (review 36 #13: it was dropped whole), each checked on its own.
    ordered = scores is not None and not parsed.year_hints and sort == "relevance"
    gone = absent_central(searcher, parsed, hits)
    kinds = [names for names in named_kinds(parsed) if names[0] not in gone]
    follow = ordered and bool(gone) and own_first_note(searcher, parsed, hits, scores, [[w] for w in gone]) is not None
    absent = central_absent_notes(searcher, parsed, hits, others_follow=follow, said=messages)
    messages = messages + [n for n in absent if n not in messages]
    own = own_first_note(searcher, parsed, hits, scores, kinds) if ordered and kinds else None

    first = hits & (scores >= scores[hits].max()) if scores is not None else hits
    messages = set_notes(searcher, parsed, hits, first, messages, sort)
    if scores is not None and sort == "relevance":
        from search.retrieval.set_items import split_set_notes

        messages = split_set_notes(searcher, parsed, hits, scores, messages)
    if sort != "relevance":
        said = relative_said(parsed)
        rewritten = {year_note(parsed.year_hints, said): year_sorted_note(parsed.year_hints, said)} if parsed.year_hints else {}
        rewritten |= {place_note(hint): place_sorted_note(hint) for hint in parsed.place_hints}
        return [rewritten.get(m, m) for m in messages]
    rewritten: dict[str, str] = {}
    if parsed.year_hints:
        column = arrays_for(searcher).codes(searcher, "year")
        wanted = np.array([v in parsed.year_hints for v in column.values], dtype=bool)[column.codes]
        if not (first & wanted).any():
            said = relative_said(parsed)
            later = (hits & wanted).any()
            rewritten[year_note(parsed.year_hints, said)] = (year_later_note if later else year_absent_note)(
                parsed.year_hints, said)
        elif not parsed.place_hints:
            # 县政府 2020年: the bodies named come first, the year orders within them and within the rest (signals.py)
            kinds = own_reports(searcher, parsed)
            if kinds is not None and (hits & kinds).any() and (hits & ~kinds & wanted).any():
                said = relative_said(parsed)
                rewritten[year_note(parsed.year_hints, said)] = year_within_bodies_note(parsed.year_hints, said)
    for hint in parsed.place_hints:
        region = region_mask(searcher, [hint])
        if not (first & region).any():
            rewritten[place_note(hint)] = (place_later_note if (hits & region).any() else place_absent_note)(hint)
    messages = [rewritten.get(m, m) for m in messages]
    return messages + [own] if own and own not in messages else messages


def _without_order_notes(parsed: ParsedQuery, messages: list[str]) -> list[str]:
    """``messages`` without the notes that promise an order (长宁区的报告排在前面, 按年份从新到旧排列) when
    nothing is listed: under 没有找到 they read as if reports of the place or year had been found."""
    from search.retrieval.issuer_sets import set_note
    from search.retrieval.year_order import order_note

    said = relative_said(parsed)
    promised = {place_note(hint) for hint in parsed.place_hints} | {set_note(s) for s in parsed.issuer_sets}
    promised |= {year_note(parsed.year_hints, said)} if parsed.year_hints else set()
    promised |= {order_note(parsed)} - {None}
    return [m for m in messages if m not in promised]
