"""A set of issuers typed as an item of the query (县 教育局, 区 民政局, 县教育局 read so: issuer_sets.py), held by
the issuer's membership of the set, and what the page's count of the full matches says beside the set's order
(session 36).

An item naming a set was matched as its words: a county-level city's 教育局 whose text never writes 县 was a near miss
of 县 教育局, below a county government writing 县 and naming its 教育局. The set's members hold the item whatever their
text; their words still rank them. The set orders the whole list (sets_first), so a member holding only some of the
words may come before another issuer's report holding them all: the count of the full matches then says so.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.issuer_sets import typed_quote, describe, members, set_note, whole_level
from search.retrieval.issuers import GOVERNMENT_FOR_DEPARTMENT, report_weights
from search.retrieval.matching import Matched
from search.retrieval.per_report import best_per_report, reports_present
from search.retrieval.query import ParsedQuery


def set_of_item(searcher, parsed: ParsedQuery, label: str) -> np.ndarray | None:
    """Per report code: the reports holding the item ``label`` by their issuer's membership of the set it names (县
    教育局: a county-level bureau whose text never writes 县), whatever their text; None when the item names no set.
    A sector (学校) and a place's government (湖南政府) are left to their words: a school's name says it, and an
    education bureau or another government is what follows them, not what they are. A report whose issuer's
    function was not read orders with the set (``members``) but holds no item by it: its words must."""
    fits = None
    for found in parsed.issuer_sets:
        if found.sector or found.inside or label not in (found.words[0], " OR ".join(found.words)):
            continue
        for concept in found.concepts:
            member = report_weights(searcher, whole_level(concept)) > GOVERNMENT_FOR_DEPARTMENT
            fits = member if fits is None else fits | member
    return fits


def held_by_set(searcher, parsed: ParsedQuery, label: str, matched: Matched, where: np.ndarray) -> Matched:
    """``matched`` (one item's parts, grouped.py) with every part in ``where`` of a report of the set the item names
    (``set_of_item``), scored 0 there: membership decides whether a report holds the item, the words how it ranks."""
    fits = set_of_item(searcher, parsed, label) if parsed.issuer_sets else None
    if fits is None:
        return matched
    extra = where & fits[arrays_for(searcher).codes(searcher, "report_id").codes] & ~matched.mask
    return Matched(matched.mask | extra, np.where(extra, 0.0, matched.scores)) if extra.any() else matched


def looser_set_first(parsed: ParsedQuery, selection) -> str | None:
    """The sets, as the notes name them, whose reports holding only some of the words rank above a report of another
    issuer holding them all (sets_first orders the whole list: 区 民政局 lists a district's 财政局 above a province's
    民政厅 that writes 区), so that the page's count of the full matches does not read as the list's head (list_notes.py);
    None when the full matches do head the list."""
    if not parsed.issuer_sets or selection is None or getattr(selection, "counted", None) is None:
        return None
    searcher = selection.searcher
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    count = len(selection.counted)
    hits = selection.hits
    best = best_per_report(codes, hits, selection.matched.scores, count)
    listed = reports_present(codes, hits, count)
    chosen = np.ones(count, dtype=bool)
    for found in parsed.issuer_sets:
        chosen &= members(searcher, found)[:count]
    above, below = listed & chosen & ~selection.counted, listed & ~chosen & selection.counted
    if not above.any() or not below.any() or best[above].max() <= best[below].min():
        return None
    return "或".join(dict.fromkeys(describe(c) for found in parsed.issuer_sets for c in found.concepts))


# The set orders the full matches and the reports that follow a short list apart (report_lexical.follow_short_list): a
# township writing 县 and 低保 in full comes before a county body found by its characters only. Putting the set's
# members before it (review 36 #7) lost the judges' full matches (dev 请问乡镇政府有没有公开扶贫资金的使用情况 0.75 →
# 0.64, fresh2-A 乡镇村里公开做得差 0.85 → 0.76): the note says the order as it is instead.
SPLIT_NOTE = "{typed}按发布机关理解：{named}发布的报告排在前面；列表后部按用字补充的报告另行排列，其中{named}发布的也在前面。"


def split_set_notes(searcher, parsed: ParsedQuery, hits: np.ndarray, scores: np.ndarray, messages: list[str]) -> list[str]:
    """``messages`` with a set's note saying the order by parts when a report of another issuer ranks above one of the
    set's (the set ordered the matches and the reports following a short list apart). A place, a year or a series typed outranks
    the set, and says so itself: then the note is left alone."""
    if not parsed.issuer_sets or parsed.place_hints or parsed.year_hints or parsed.year_order or parsed.series is not None:
        return messages
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    count = int(codes.max(initial=-1)) + 1
    best = best_per_report(codes, hits, scores, count)
    listed = reports_present(codes, hits, count)
    rewritten = {}
    for found in parsed.issuer_sets:
        chosen = members(searcher, found)[:count]
        inside, outside = listed & chosen, listed & ~chosen
        if inside.any() and outside.any() and best[outside].max() > best[inside].min():
            named = "或".join(dict.fromkeys(describe(c) for c in found.concepts))
            rewritten[set_note(found)] = SPLIT_NOTE.format(typed=typed_quote(found), named=named)
    return [rewritten.get(m, m) for m in messages]
