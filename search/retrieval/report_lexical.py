"""A whole-report lexical score: BM25 over each report's full text, as plain engines rank.

Nianbao's own ranking reads a query into items (words, synonyms, issuers, years, figures) and
requires each somewhere in a report. When a query is worded in a way no rule anticipates -- a
typo (信息处里费), a word no report uses (有人, 看到), a paraphrase -- few or no reports hold every
item, and the list would be short where a plain engine still finds the reports by their
characters. This score is that plain engine, computed from the index Nianbao already has:

* each report is one document, its term frequencies the sums over its parts;
* tokens are the query's character bigrams (the ``grams`` field, so 息处 still finds
  信息处理费) and its jieba words (the ``body`` field);
* Okapi BM25 (k1 1.2, b 0.75) with Lucene's non-negative idf, each token optional.

``backstop`` turns it into the reports that follow the matches of a short list
(search/retrieval/grouped.py), each shown at its part where the query's characters weigh most.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from search.analysis import bigrams, cut
from search.retrieval.arrays import arrays_for
from search.retrieval.matching import Matched
from search.retrieval.per_report import reports_present
from search.retrieval.kind_words import without_kind
from search.retrieval.query import STOP_WORDS, ParsedQuery

K1, B = 1.2, 0.75
FIELDS = (("grams", bigrams), ("body", cut))  # index field, how the query's text is cut for it
RELATIVE_FLOOR = 0.25  # a report scoring under this share of the best one does not follow (but fills a short first page)
MAX_FOLLOWING = 30  # reports the backstop adds at most
COMMON_TOKEN = 0.5  # a token in more than this share of the reports does not qualify a filler alone


@dataclass
class LexicalScores:
    """Per report code: the whole-report score; per document: its part's share of it."""

    reports: np.ndarray
    parts: np.ndarray


def query_text(parsed: ParsedQuery) -> str:
    """What the backstop searches: the words as typed (phrases and OR alternatives included),
    without field filters, exclusions and the years, figures' size words already read, nor the report's own kind
    beside a topic (派出所的年报: 派出所; every report holds 年报 or 报告, so 派出所的报告 listed 33 and 派出所的年报 8)."""
    return " ".join(alt if clause.phrase else without_kind(alt) for clause in parsed.must for alt in clause.alternatives)


def _tokens(text: str) -> dict[str, list[str]]:
    found = {}
    for field, tokenize in FIELDS:
        tokens = [t for t in tokenize(text) if t not in STOP_WORDS]
        found[field] = list(dict.fromkeys(tokens))
    return found


def bm25(searcher, tokens: dict[str, list[str]], units: np.ndarray, count: int,
         sections: np.ndarray) -> LexicalScores:
    """Okapi BM25 of ``tokens`` (field -> tokens) where each unit (``units``: per document, its
    unit's number below ``count``) is one document made of its parts in ``sections``: per unit
    the score, per document its share (idf x term frequency)."""
    arrays = arrays_for(searcher)
    scores = np.zeros(count)
    parts = np.zeros(arrays.doc_count)
    present = np.bincount(units[sections], minlength=count) > 0
    n = int(present.sum())
    if not n:
        return LexicalScores(scores, parts)
    for field, words in tokens.items():
        if not words:
            continue
        lengths = np.bincount(units[sections], weights=arrays.lengths(searcher, field)[sections], minlength=count)
        norm = K1 * (1 - B + B * lengths / (lengths[present].mean() or 1.0))
        for token in words:
            postings = arrays.postings(searcher, field, token)
            keep = sections[postings.ids]
            ids, tf = postings.ids[keep], postings.weights[keep]
            if not len(ids):
                continue
            per_unit = np.bincount(units[ids], weights=tf, minlength=count)
            df = int(np.count_nonzero(per_unit))
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            scores += np.where(per_unit > 0, idf * per_unit * (K1 + 1) / (per_unit + norm), 0.0)
            parts[ids] += idf * tf
    return LexicalScores(scores, parts)


def lexical_scores(searcher, text: str, codes: np.ndarray, sections: np.ndarray) -> LexicalScores:
    """BM25 of every report (code) for ``text`` over the parts in ``sections``."""
    return bm25(searcher, _tokens(text), codes, int(codes.max(initial=-1)) + 1, sections)


def part_scores(searcher, tokens: dict[str, list[str]], sections: np.ndarray) -> np.ndarray:
    """Per document in ``sections``: BM25 of ``tokens`` with each part its own document."""
    count = len(sections)
    return bm25(searcher, tokens, np.arange(count), count, sections).reports


def telling(searcher, tokens: dict[str, list[str]], codes: np.ndarray, count: int, sections: np.ndarray) -> np.ndarray:
    """Per report code: whether it holds a token that at most COMMON_TOKEN of the reports hold
    (质量 of 空气质量, not 信息 of 信息处理费, which nearly every report holds)."""
    arrays = arrays_for(searcher)
    n = max(int(np.count_nonzero(np.bincount(codes[sections], minlength=count))), 1)
    out = np.zeros(count, dtype=bool)
    for field, words in tokens.items():
        for token in words:
            ids = arrays.postings(searcher, field, token).ids
            held = np.zeros(count, dtype=bool)
            held[codes[ids[sections[ids]]]] = True
            if np.count_nonzero(held) <= n * COMMON_TOKEN:
                out |= held
    return out


def backstop(searcher, parsed: ParsedQuery, codes: np.ndarray, scope: np.ndarray, eligible: np.ndarray,
             limit: int = MAX_FOLLOWING, fill: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The reports among ``eligible`` (per report code) that the whole-report score finds for the
    query, best first, and per document the part each is shown at (a mask). Reports under
    RELATIVE_FLOOR of the best report (eligible or not) are left out, unless fewer than ``fill``
    are above it: then the best of the rest that hold a telling token (``telling``) make up
    ``fill``."""
    empty = np.zeros(0, dtype=np.int64), np.zeros(len(scope), dtype=bool)
    text = query_text(parsed)
    if not text.strip():
        return empty
    tokens = _tokens(text)
    scores = bm25(searcher, tokens, codes, len(eligible), scope)
    candidate = np.where(eligible & (scores.reports > 0), scores.reports, 0.0)
    # Measured against the best report of all, the matches included: a report that shares one
    # common word with the query does not follow a list of reports that hold all of it.
    top = scores.reports.max(initial=0.0)
    if top <= 0:
        return empty
    above = int(np.count_nonzero(candidate >= top * RELATIVE_FLOOR))
    # A first page that would stay short is filled by the next best: they come below every match,
    # so they cost no match its place, and a weak follower beats an empty row.
    if above < fill:
        candidate = np.where((candidate >= top * RELATIVE_FLOOR) | telling(searcher, tokens, codes, len(eligible), scope),
                             candidate, 0.0)
    chosen = np.flatnonzero(candidate > 0)
    chosen = chosen[np.argsort(-candidate[chosen], kind="stable")][:min(limit, max(above, fill))]
    wanted = np.zeros(len(candidate), dtype=bool)
    wanted[chosen] = True
    # Each report's part where the query's characters weigh most (its first part on a tie).
    docs = np.flatnonzero(scope & wanted[codes])
    order = np.lexsort((docs, -scores.parts[docs], codes[docs]))
    docs = docs[order]
    _, first = np.unique(codes[docs], return_index=True)
    shown = np.zeros(len(scope), dtype=bool)
    shown[docs[first]] = True
    return chosen, shown


def follow_short_list(searcher, parsed: ParsedQuery, matched: Matched, codes: np.ndarray, count: int,
                      shown_scope: np.ndarray, taken: np.ndarray, below: int) -> tuple[Matched, bool]:
    """A list of fewer than ``below`` reports (grouped.BACKSTOP_BELOW) is followed by the reports the whole-report
    lexical ranking finds (``backstop``), below every match: a query worded as no rule anticipates (a typo, a word
    no report uses) still lists what a plain engine would."""
    from search.retrieval.signals import apply_signals  # which reads problems.py, which reads this module

    listed = reports_present(codes, matched.mask & shown_scope, count)
    if np.count_nonzero(listed) >= below:
        return matched, False
    chosen, shown = backstop(searcher, parsed, codes, shown_scope, ~(taken | listed),
                            fill=below - int(np.count_nonzero(listed)))
    if not len(chosen):
        return matched, False
    floor = matched.scores[matched.mask].min(initial=1.0) if matched.mask.any() else 1.0
    rank = np.zeros(count)
    rank[chosen] = np.arange(len(chosen), 0, -1) / (len(chosen) + 1)  # best first, all under the floor
    # Among themselves they are ordered as every list is (the year or place typed first, the figure
    # asked): a list made of them alone would otherwise ignore what the query's notes promise.
    ordered = apply_signals(searcher, parsed, Matched(shown, np.where(shown, rank[codes], 0.0))).scores
    top = ordered[shown].max(initial=0.0) or 1.0
    scores = np.where(shown, floor * 0.5 * ordered / top, matched.scores)
    return Matched(matched.mask | shown, scores), True
