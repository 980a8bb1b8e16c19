"""The earliest or the latest asked: 民政部门最新的年报, 最早的卫生局报告, 第一次被起诉, 最近一次行政复议.

A word of the newest or the first beside a topic asks for the reports at that end of the years
among those that hold the topic, not for the index's newest year: the newest civil-affairs report
may be two years older than the newest report the index holds, and a body's first lawsuit is in
whatever year it came. ``take_year_order`` takes the word out of the text into
``ParsedQuery.year_order`` ("newest" or "oldest"); ``year_order_first`` then orders the matching
reports by their year, the words deciding within a year: first those whose issuer is of the kind
the query names and, when it names a figure of the tables, whose figure is above 0 (the year
something happened is a year whose table counts it); the other matches after them.

Alone (最新的年报) 最新 stays what years.py reads it as, the index's newest year; 最早的年报 orders
every report from the oldest.
"""
from __future__ import annotations

import re

import numpy as np

from search.analysis import cut
from search.retrieval.clauses import take_out
from search.retrieval.query import DOC_WORDS, SOFT_WORDS, STOP_WORDS, ParsedQuery

# Newest: 最新 only before a report word, a count or the end (最新动态, 最新政策 are topics, and 最新一年
# is a year, read by years.py); oldest: 最早, 第一次, 首次 … A comparison is no order (与最早相比).
# The first few years, no number said (头几年, 最早几年), are that end too; 近几年 is not read as the newest: it
# asks a topic over the recent years (近几年…的情况), and ordering by year lost on dev (docs/relevance.md, round 25).
# The newest year said beside a topic (民政局 最近一年 报告, 卫健委最新年度的年报) is the topic's newest year, as
# 最新 is: the index's newest year may hold none of its reports; alone (最近一年的年报) it stays years.py's.
_NEWEST = (r"最新(?=$|\s|的|年报|报告|一份|一期|一次)|最近一次|最近一份|最近一期|最后一次|最后一份|最晚"
           r"|(?:最近|最新)一(?:个)?年度?|(?:最近|最新)年度|最近(?=$|\s|的?(?:年报|报告|一份))")
_OLDEST = r"最早|最初|第一次|首次|头一次|头一回|第一份|最先|头几年|最初几年|早期"
_ORDER = re.compile(rf"(?<![与较比同和])({_NEWEST}|{_OLDEST})(?:几年|几份)?(?:的)?")
_IS_OLDEST = re.compile(rf"^(?:{_OLDEST})$")
FIT_SHARE = 0.5  # within a year, the words' score counts at most this much of one year's step


def take_year_order(parsed: ParsedQuery) -> None:
    """Move a word of the newest or the earliest out of the unquoted words into ``parsed.year_order``
    (in place), when a topic stands beside it or it asks the earliest."""
    said, kept = take_out(parsed.must, _ORDER, keep=_topic)
    if not said:
        return
    oldest = any(_IS_OLDEST.match(w) for w in said)
    if not oldest and not any(_topic(a) for c in kept if not c.phrase for a in c.alternatives) \
            and not any(c.phrase for c in kept):
        return  # 最新的年报: the index's newest year (years.py), nothing to order among
    parsed.must = [c for c in kept if c.phrase or any(a.strip() for a in c.alternatives)]
    parsed.year_order = "oldest" if oldest else "newest"
    parsed.order_said = said
    parsed.notes.append(order_note(parsed))


def order_note(parsed: ParsedQuery) -> str | None:
    """The note of the order read from the query (None when none was)."""
    if parsed.year_order is None:
        return None
    way = "从早到晚" if parsed.year_order == "oldest" else "从新到旧"
    return (f"“{'”“'.join(parsed.order_said)}”按所查报告的年份理解：符合查询的报告按年份{way}排列"
            f"（只看某一年可用 year:2020 这样的写法）。")


def _topic(text: str) -> bool:
    """Whether ``text`` holds a word beside the order word that is not a report word (年报, 的)."""
    return any(w not in DOC_WORDS and w not in STOP_WORDS and w not in SOFT_WORDS for w in cut(text) if w.strip())


def year_order_first(searcher, parsed: ParsedQuery, mask: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Scores that order the matches by their report's year (newest or oldest first), the reports of
    the issuer kind and the figure asked before the others, the words deciding within a year."""
    from search.retrieval.arrays import arrays_for
    from search.retrieval.issuers import concept_of, reports_of

    if not mask.any():
        return scores
    arrays = arrays_for(searcher)
    column = arrays.codes(searcher, "year")
    years = np.array([v if isinstance(v, int) and v > 0 else 0 for v in column.values], dtype=float)[column.codes]
    codes = arrays.codes(searcher, "report_id").codes
    fits = mask & (years > 0)
    named = [[w] for c in parsed.must if not c.phrase for a in c.alternatives for w in cut(a)
             if concept_of(w) is not None]
    if named:
        kind = reports_of(searcher, named)[codes]
        if (fits & kind).any():
            fits &= kind
    figure = parsed.figure
    if figure is not None and getattr(figure, "mode", "") == "positive":
        from search.retrieval.figure_values import figure_values

        values = figure_values(searcher, figure.key, np.unique(codes[fits]))[codes]
        above = ~np.isnan(values) & (values > 0)
        if (fits & above).any():
            fits &= above
    if not fits.any():
        return scores
    low, high = years[fits].min(), years[fits].max()
    step = high - years if parsed.year_order == "newest" else years - low  # 0 at the asked end
    top = scores[mask].max(initial=0.0) or 1.0
    # Every fitting match above every other; among them, an earlier step above a later one.
    rank = (high - low + 2 - step) + FIT_SHARE * scores / top
    lift = scores[mask & ~fits].max(initial=0.0)
    return np.where(fits, lift + rank, scores)
