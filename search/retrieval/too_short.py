"""Items that say nothing searched alone (a number, one letter or sign): a query of nothing else lists nothing.

/?q=1 listed 246 reports (every one holding a 1) while the 1 left of <script>alert(1) listed none (QA 30 #9): one
rule now, whether the number was typed alone or is what remains once the words no report uses are set aside
(grouped.py's NOTHING_LEFT_NOTE). A year is no such item (2022 is read as the report's year before this), nor is a
number beside a word (1 低保 searches both), nor a number of five digits or more (12345, the citizens' hotline).
"""
from __future__ import annotations

from search.retrieval.lone_items import SHORT_NUMBER, too_short_alone  # noqa: F401 (the rule, in one place)
from search.retrieval.matching import filter_mask
from search.retrieval.params import SearchParams
from search.retrieval.query import ParsedQuery
from search.retrieval.query_syntax import as_typed
from search.retrieval.query_tree import labeled_report_units
from search.retrieval.selection import SECTIONS, Selection, empty_selection, filter_masks, report_codes

NOTHING_LEFT_NOTE = "没有报告使用“{words}”，其余的“{rest}”是单独的数字或字符，不能单独查找：查询中没有可搜索的词语。"
ONLY_SHORT_NOTE = "“{words}”是单独的数字或字符，不能单独查找：查询中没有可搜索的词语。"


def nothing_left_note(parsed: ParsedQuery, absent: list[str], kept: list[str]) -> str | None:
    """The note of a query some of whose words no report uses (``absent``) when all that is left is lone numbers or
    signs: the items ``kept`` (xyzzy 1), or with none kept those cut off a typed run (the 1 of <script>alert(1)</script>
    ranks, it is no item: lone_items.py, QA 43 F7). Searched, every report holding a 1 would be listed for a query
    whose words are in none of them. None when a word is left."""
    rest = kept or [word for word in parsed.typed if too_short_alone(word)]
    if not absent or not rest or not all(too_short_alone(label) for label in rest):
        return None
    return NOTHING_LEFT_NOTE.format(words="、".join(as_typed(parsed.text, absent)), rest="、".join(as_typed(parsed.text, rest)))


def searches_nothing(params: SearchParams, parsed: ParsedQuery) -> bool:
    """Whether the query has nothing to search: its first item alone over the cap (``params.q_over``), or every
    item too short alone. Asked before any selection (a feed of such a query follows nothing: followed.py)."""
    return bool(params.q_over) or all(too_short_alone(label) for label in _labels(parsed)) and bool(_labels(parsed))


def _labels(parsed: ParsedQuery) -> list[str]:
    return [label for label, _ in labeled_report_units(parsed)] if parsed.must and parsed.figure is None else []


def only_short_items(searcher, params: SearchParams, parsed: ParsedQuery) -> Selection | None:
    """The empty selection, with its note, of a query whose every item is too short alone; None otherwise. So is a
    query whose first item alone is over the cap (``params.q_over``; the cap's message says so): nothing of it is
    searched, and it listed every report, as no query at all does (QA 37 #7)."""
    if not searches_nothing(params, parsed):
        return None
    if not params.q_over:
        parsed.notes.append(ONLY_SHORT_NOTE.format(words="、".join(_labels(parsed))))
    codes = report_codes(searcher)
    return empty_selection(searcher, filter_mask(searcher, SECTIONS), filter_masks(searcher, params, parsed),
                           int(codes.max(initial=-1)) + 1)
