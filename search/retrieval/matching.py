"""Match and score our Whoosh query trees with array operations instead of Whoosh's matchers.

``evaluate(searcher, query, scope)`` gives, for every document in ``scope``, whether the query
matches and its score: the same documents as Whoosh's ``docs_for_query`` and the same scores
as ``Searcher.search`` with ``search.schema.WEIGHTING`` (Whoosh's BM25F formula, idf, average
and byte-quantised field lengths; compound queries add their children's scores, AndMaybe adds
the optional side where it matches, a phrase scores as the sum of its terms). The test suite
checks that equivalence on real indexes.

Phrases are the only part that needs positions, and positions are decoded one document at a
time: a phrase is checked only on documents that hold all its terms, that lie in scope, and
whose answer is not known already. A bigram phrase for word W is known to match where a word
field of the same text holds W as a token (``grams`` is built from ``section_title`` and
``body``), which settles almost every document for a common word.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh import query as Q

from search.retrieval.arrays import IndexArrays, arrays_for, docs_of
from search.schema import WEIGHTING

# Word fields whose tokens are contiguous text of the grams field (see indexer/documents.py).
_GRAMS_SOURCES = ("section_title", "body")


@dataclass
class Matched:
    """A query's matches within a scope: a boolean mask and a score per document."""

    mask: np.ndarray
    scores: np.ndarray


class _Evaluator:
    def __init__(self, searcher):
        self.searcher = searcher
        self.arrays: IndexArrays = arrays_for(searcher)
        self.n = self.arrays.doc_count

    def empty(self) -> Matched:
        return Matched(np.zeros(self.n, dtype=bool), np.zeros(self.n))

    def run(self, query: Q.Query, scope: np.ndarray) -> Matched:
        """Exact within ``scope``; outside it the mask may be anything (callers AND with scope)."""
        if query is Q.NullQuery or isinstance(query, Q.NullQuery.__class__):
            return self.empty()
        if hasattr(query, "evaluate_arrays"):  # a leaf scored from the index's arrays (issuers.py)
            mask, scores = query.evaluate_arrays(self.searcher)
            return Matched(mask.copy(), scores)
        if isinstance(query, Q.Every):
            return Matched(self.arrays.live.copy(), np.full(self.n, query.boost))
        if isinstance(query, Q.Term):
            return self.term(query)
        if isinstance(query, Q.Phrase):
            return self.phrase(query, scope)
        if isinstance(query, Q.AndMaybe):
            required = self.run(query.a, scope)
            optional = self.run(query.b, scope & required.mask)
            scores = required.scores + np.where(optional.mask, optional.scores, 0.0)
            return Matched(required.mask, scores)
        if isinstance(query, Q.AndNot):
            positive = self.run(query.a, scope)
            negative = self.run(query.b, scope & positive.mask)
            return Matched(positive.mask & ~negative.mask, positive.scores)
        if isinstance(query, Q.And):
            return self._boosted(query, self.intersection(query.subqueries, scope))
        if isinstance(query, Q.Or):
            return self._boosted(query, self.union(query.subqueries, scope))
        if isinstance(query, Q.DisjunctionMax):
            return self._boosted(query, self.best(query.subqueries, scope, query.tiebreak))
        # Anything else (numeric ranges in filters, …): Whoosh's matching, unscored.
        mask = self._cached(("docs", repr(query)), lambda: docs_of(self.searcher, query))
        return Matched(mask, np.where(mask, query.boost, 0.0))

    @staticmethod
    def _boosted(query, matched: Matched) -> Matched:
        if query.boost != 1.0 and len(query.subqueries) > 1:
            matched.scores = matched.scores * query.boost
        return matched

    def _cached(self, key, compute) -> np.ndarray:
        found = self.arrays.masks.get(key)
        if found is None:
            found = compute()
            self.arrays.masks.put(key, found)
        return found

    # -- leaves ------------------------------------------------------------------------------

    def term_scores(self, field: str, text) -> tuple[np.ndarray, np.ndarray]:
        """(ids, BM25F scores) of one term, unboosted (computed once per generation)."""
        return self.arrays.scored(self.searcher, field, text, self._bm25)

    def _bm25(self, field: str, postings) -> np.ndarray:
        if not self.arrays.schema[field].scorable:
            return postings.weights  # Whoosh scores unscorable fields by weight
        idf = self.arrays.idf(postings)
        avgfl = self.arrays.average_length(field) or 1
        b, k1 = WEIGHTING._field_B.get(field, WEIGHTING.B), WEIGHTING.K1
        lengths = self.arrays.lengths(self.searcher, field)[postings.ids]
        tf = postings.weights
        return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths / avgfl)))

    def term(self, query: Q.Term) -> Matched:
        ids, scores = self.term_scores(query.fieldname, query.text)
        out = self.empty()
        out.mask[ids] = True
        out.scores[ids] = scores * query.boost
        return out

    def phrase(self, query: Q.Phrase, scope: np.ndarray) -> Matched:
        words = list(query.words)
        if len(words) == 1:
            return self.term(Q.Term(query.fieldname, words[0], boost=query.boost))
        out = self.empty()
        candidates = scope.copy()
        total = np.zeros(self.n)
        for word in words:
            ids, scores = self.term_scores(query.fieldname, word)
            present = np.zeros(self.n, dtype=bool)
            present[ids] = True
            candidates &= present
            total[ids] += scores
            if not candidates.any():
                return out
        out.mask = self._verified(query.fieldname, words, candidates)
        out.scores = np.where(out.mask, total * query.boost, 0.0)
        return out

    def _verified(self, field: str, words: list, candidates: np.ndarray) -> np.ndarray:
        """Which candidates hold the words at consecutive positions (answers kept per generation)."""
        key = ("phrase", field, tuple(words))
        known = self.arrays.masks.get(key)  # (checked, matched) from earlier queries
        if known is None:
            checked, matched = np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=bool)
            if field == "grams" and _is_chain(words):
                text = words[0] + "".join(w[-1] for w in words[1:])
                for source in _GRAMS_SOURCES:
                    ids = self.arrays.postings(self.searcher, source, text).ids
                    checked[ids] = matched[ids] = True
        else:
            checked, matched = known[0].copy(), known[1].copy()
        todo = candidates & ~checked
        if todo.any():
            matched[_positions_match(self.searcher, self.arrays, field, words, todo)] = True
            checked |= todo
        if known is None or todo.any():
            self.arrays.masks.put(key, (checked, matched))
        return candidates & matched

    # -- compounds ---------------------------------------------------------------------------

    def intersection(self, subqueries, scope: np.ndarray) -> Matched:
        if not subqueries:
            return self.empty()
        # Cheap children first, so that phrases are checked only where the rest already match.
        ordered = sorted(subqueries, key=_cost)
        mask = scope.copy()
        scores = np.zeros(self.n)
        for sub in ordered:
            matched = self.run(sub, mask)
            mask &= matched.mask
            scores += np.where(matched.mask, matched.scores, 0.0)
            if not mask.any():
                break
        return Matched(mask, np.where(mask, scores, 0.0))

    def union(self, subqueries, scope: np.ndarray) -> Matched:
        mask = np.zeros(self.n, dtype=bool)
        scores = np.zeros(self.n)
        for sub in sorted(subqueries, key=_cost):
            matched = self.run(sub, scope)
            hit = matched.mask & scope
            mask |= hit
            scores += np.where(hit, matched.scores, 0.0)
        return Matched(mask, scores)


    def best(self, subqueries, scope: np.ndarray, tiebreak: float = 0.0) -> Matched:
        """Any child matches; a document scores its best child's score (plus ``tiebreak`` of the rest),
        so that several names of one thing found in one section do not add up."""
        mask = np.zeros(self.n, dtype=bool)
        top = np.zeros(self.n)
        total = np.zeros(self.n)
        for sub in sorted(subqueries, key=_cost):
            matched = self.run(sub, scope)
            hit = matched.mask & scope
            mask |= hit
            scores = np.where(hit, matched.scores, 0.0)
            top = np.maximum(top, scores)
            total += scores
        return Matched(mask, top + tiebreak * (total - top))


def _is_chain(words: list) -> bool:
    """True for the overlapping bigrams of one run of Chinese text (政府 府信 信息)."""
    return all(isinstance(w, str) and len(w) == 2 for w in words) and all(
        a[1] == b[0] for a, b in zip(words, words[1:]))


def _cost(query: Q.Query) -> int:
    """Rough order of evaluation cost: terms, then compounds, then anything with a phrase."""
    if isinstance(query, Q.Term):
        return 0
    if isinstance(query, Q.Phrase) or any(isinstance(q, Q.Phrase) for q in query.leaves()):
        return 2
    return 1


def _positions_match(searcher, arrays: IndexArrays, field: str, words: list, todo: np.ndarray) -> np.ndarray:
    """The documents of ``todo`` (a mask) where ``words`` stand at consecutive positions."""
    found = []
    for number, segment in enumerate(arrays.segments):
        local = todo[segment.base : segment.base + segment.count]
        if not local.any():
            continue
        if segment.store is not None:
            hits = _store_phrase(searcher, arrays, number, field, words, local)
        else:
            reader = searcher.reader().leaf_readers()[number][0]
            hits = _whoosh_phrase(reader, searcher.schema[field], field, words, np.flatnonzero(local))
        found.append(hits + segment.base)
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _store_phrase(searcher, arrays: IndexArrays, segment: int, field: str, words: list,
                  local: np.ndarray) -> np.ndarray:
    """Phrase matches in one segment from its store, all documents at once: each word's
    (document, position - its offset in the phrase) keys, sorted, intersected from the rarest."""
    keyed = []
    for offset, word in enumerate(words):
        ids, npos, positions = arrays.positions(searcher, field, word, segment)
        wanted = local[ids]  # only the documents still to check
        if not wanted.any():
            return np.zeros(0, dtype=np.int64)
        mask = np.repeat(wanted, npos)
        docs = np.repeat(ids, npos)[mask]
        keyed.append((docs << 32) | (positions[mask] - offset + (1 << 31)))
    keyed.sort(key=len)
    starts = keyed[0]
    for keys in keyed[1:]:
        at = np.searchsorted(keys, starts)
        inside = at < len(keys)
        starts = starts[inside][keys[at[inside]] == starts[inside]]
        if not len(starts):
            break
    return np.unique(starts >> 32)


def _whoosh_phrase(segment, schema_field, field: str, words: list, local: np.ndarray) -> np.ndarray:
    """Phrase matches among ``local`` (sorted segment-local numbers) through Whoosh's matchers,
    one document at a time: for a segment without a store."""
    try:
        matchers = [segment.postings(field, schema_field.to_bytes(w)) for w in words]
    except Exception:  # a term absent from this segment: no document here holds the phrase
        return np.zeros(0, dtype=np.int64)
    found = []
    for docnum in local.tolist():
        positions = []
        for matcher in matchers:
            if not matcher.is_active():
                break
            matcher.skip_to(docnum)
            if not matcher.is_active() or matcher.id() != docnum:
                break
            positions.append(matcher.value_as("positions"))
        else:
            starts = set(positions[0])
            for offset, later in enumerate(positions[1:], start=1):
                starts &= {p - offset for p in later}
                if not starts:
                    break
            if starts:
                found.append(docnum)
    return np.array(found, dtype=np.int64)


def evaluate(searcher, query: Q.Query, scope: np.ndarray | None = None) -> Matched:
    """Matches (within ``scope``, default every live document) and scores of ``query``."""
    evaluator = _Evaluator(searcher)
    scope = evaluator.arrays.live.copy() if scope is None else scope & evaluator.arrays.live
    matched = evaluator.run(query, scope)
    mask = matched.mask & scope
    return Matched(mask, np.where(mask, matched.scores, 0.0))


def filter_mask(searcher, query: Q.Query) -> np.ndarray:
    """The documents a filter query selects (filters are cached per generation)."""
    evaluator = _Evaluator(searcher)
    key = ("filter", repr(query))
    found = evaluator.arrays.masks.get(key)
    if found is None:
        found = evaluator.run(query, evaluator.arrays.live.copy()).mask & evaluator.arrays.live
        evaluator.arrays.masks.put(key, found)
    return found
