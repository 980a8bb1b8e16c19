"""The array evaluator (search/matching.py) matches and scores exactly as Whoosh's own matchers.

Checked on a real index of the samples and the layout reports, for every query of the judged
relevance set plus queries chosen for their shapes (phrases, exclusions, synonyms, sub-words).
Whoosh answers on a reference index that its own writer made of the same documents, with
positions in its postings (ours keeps them in the postings store: tests/reference_index.py).
Exclusions are compared with Whoosh's answers for each side: Whoosh's AndNot matcher itself
drops exclusions on some documents near segment starts (seen on a 1,000-report index).
"""
from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as Q
from whoosh.searching import Searcher

from bench.relevance_corpus import layout_reports
from bench.relevance_set import load_queries
from search.index import IndexHandle
from search.retrieval.arrays import IndexArrays, arrays_for
from search.retrieval.matching import evaluate, filter_mask
from search.retrieval.query import parse_query
from search.retrieval.query_tree import to_whoosh
from search.schema import WEIGHTING
from tests.conftest import SAMPLES
from tests.reference_index import documents_in_build_order, write_reference

SHAPES = ["低保", "政府信息公开 申请", '"政府信息公开条例"', "依申请公开", "行政复议 OR 行政诉讼", "高龄津贴",
          "保密审查 -民政", '"政务微博"', "主动公开 -\"规范性文件\"", "有没有行政复议案件", '"公开申请"', "12345",
          "處理", "ＡＢＣ", "", "agency:民政局 救助", "低保标准是多少", "不予公开 部分公开", "-低保"]


@pytest.fixture(scope="module")
def searcher(indexes):
    """The samples and the reports of tests/layouts: the index the judged queries refer to. Its
    arrays keep Whoosh's statistics over every document: Nianbao leaves the lead-ins beside parts
    out of them (arrays.py, round 26b; tests/web/test_preamble_only.py checks that), Whoosh cannot.

    Opened by a handle of its own: arrays are built once per generation and handle, and another
    module's searcher of the same index (test_facets.py) may have built them already, with
    Nianbao's statistics. The handle's warming thread builds them too, so it opens under the patch
    and the patch holds until they exist."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IndexArrays, "_leave_out_lead_ins", _whooshs_statistics)
        handle = IndexHandle(indexes.root("judged"))
        searcher = handle.searcher()
        arrays_for(searcher)  # with every document counted, whichever thread builds them
    yield searcher
    handle.close()


def _whooshs_statistics(arrays, searcher) -> None:
    arrays.lead_ins = np.zeros(arrays.doc_count, dtype=bool)
    arrays._scored_count = arrays.doc_count


@pytest.fixture(scope="module")
def whoosh(searcher, tmp_path_factory):
    """Whoosh's own searcher with Nianbao's BM25F settings, on Whoosh's own index of the same
    documents in the same order (so document numbers agree), to compare against."""
    reference = write_reference(documents_in_build_order([SAMPLES, *layout_reports()]),
                                tmp_path_factory.mktemp("reference"))
    whoosh_searcher = Searcher(reference.reader(), weighting=WEIGHTING)
    ours = [searcher.stored_fields(d)["id"] for d in range(searcher.doc_count_all())]
    assert [whoosh_searcher.stored_fields(d)["id"] for d in range(whoosh_searcher.doc_count_all())] == ours
    yield whoosh_searcher
    whoosh_searcher.close()


def whoosh_docs(searcher, query) -> set[int]:
    if isinstance(query, Q.AndNot):
        return whoosh_docs(searcher, query.a) - whoosh_docs(searcher, query.b)
    return set(searcher.docs_for_query(query))


def whoosh_answer(searcher, query) -> tuple[set[int], dict[int, float]]:
    """Whoosh's documents for ``query`` and their scores, from one run of its matchers: a search
    without a limit collects every document the matcher yields, the same set as docs_for_query
    (checked over every typed query, 2026-12-06), so the documents need no second run."""
    if isinstance(query, Q.AndNot):  # as whoosh_docs: Whoosh's answer for each side
        docs, scores = whoosh_answer(searcher, query.a)
        return docs - whoosh_docs(searcher, query.b), scores
    scores = whoosh_scores(searcher, query)
    return set(scores), scores


def whoosh_scores(searcher, query) -> dict[int, float]:
    scored = query.a if isinstance(query, Q.AndNot) else query
    return {hit.docnum: hit.score for hit in searcher.search(scored, limit=None)}


def native(query: Q.Query) -> Q.Query:
    """The query without the leaves Whoosh cannot run (an issuer's reports, scored from the arrays),
    a best-of group read as a plain OR: what both evaluators are compared on. Those leaves and
    the best-of group are checked on their own (test_issuers.py, below)."""
    if hasattr(query, "evaluate_arrays"):
        return Q.NullQuery
    if isinstance(query, Q.DisjunctionMax):
        kept = [native(q) for q in query.subqueries if not hasattr(q, "evaluate_arrays")]
        return Q.Or(kept) if len(kept) != 1 else kept[0]
    if query.is_leaf():
        return query
    return query.apply(native)


def typed_queries() -> list[str]:
    judged = [q.query for q in load_queries()]
    return sorted(set(judged + SHAPES))


def composed_scores(searcher, query) -> dict[int, float]:
    """Whoosh's scores built the way Whoosh defines them, one node at a time: an And or an Or is the
    sum of its matching children, an AndMaybe its required part plus the optional part where that
    matches; leaves (terms, phrases) are Whoosh's own scores."""
    assert query.boost == 1.0 or query.is_leaf()  # query_tree weighs the leaves, never a group
    if isinstance(query, (Q.And, Q.Or)):
        parts = [composed_scores(searcher, q) for q in query.subqueries]
        docs = set.intersection(*map(set, parts)) if isinstance(query, Q.And) else set().union(*parts)
        return {d: sum(p.get(d, 0.0) for p in parts) for d in docs}
    if isinstance(query, Q.AndMaybe):
        required, optional = composed_scores(searcher, query.a), composed_scores(searcher, query.b)
        return {d: score + optional.get(d, 0.0) for d, score in required.items()}
    return whoosh_scores(searcher, query)


def and_maybe_under_and(query, inside: bool = False) -> bool:
    if isinstance(query, Q.AndMaybe) and inside:
        return True
    inside = inside or isinstance(query, Q.And)
    return not query.is_leaf() and any(and_maybe_under_and(q, inside) for q in query.children())


def test_same_documents_and_scores_as_whoosh(searcher, whoosh):
    live = np.ones(searcher.doc_count_all(), dtype=bool)
    compared, defect = 0, []
    for text in typed_queries():
        query = native(to_whoosh(parse_query(text)))
        matched = evaluate(searcher, query, live)
        expected, scores = whoosh_answer(whoosh, query)
        assert set(np.flatnonzero(matched.mask).tolist()) == expected, text
        for docnum in expected:
            if matched.scores[docnum] != pytest.approx(scores[docnum], rel=1e-9):
                # Whoosh's AndMaybe matcher, moved by skip_to inside an intersection, can miss its
                # optional part (And(x, AndMaybe(y, z)) scored x + y where z matches too): only
                # there is Whoosh's whole-query score not its own sum, checked node by node instead.
                assert and_maybe_under_and(query), (text, docnum)
                composed = composed_scores(whoosh, query)
                assert matched.scores[docnum] == pytest.approx(composed[docnum], rel=1e-9), (text, docnum)
                defect.append(text)
        compared += len(expected)
    assert compared > 1000  # the set really exercises the index
    assert len(set(defect)) <= 3, sorted(set(defect))  # a rare shape, not a way around the comparison


def test_scope_limits_where_phrases_are_checked_but_never_the_answer(searcher):
    query = to_whoosh(parse_query('"公开申请"'))
    everything = evaluate(searcher, query)
    section = filter_mask(searcher, Q.Term("kind", "section"))
    part3 = section & filter_mask(searcher, Q.Term("section", 3))
    inside = evaluate(searcher, query, part3)
    assert inside.mask.any()
    assert np.array_equal(inside.mask, everything.mask & part3)
    # Asked again over everything, answers already checked are reused and still exact.
    assert np.array_equal(evaluate(searcher, query).mask, everything.mask)


def test_filters_are_whoosh_filters(searcher, whoosh):
    for query in (Q.Term("kind", "section"), Q.NumericRange("year", 2019, 2020), Q.Term("section", 4),
                  Q.Or([Q.Term("province", "浙江省"), Q.Term("level", "township")]),
                  Q.NumericRange("fig_requests_new", 1, 10**9)):
        assert set(np.flatnonzero(filter_mask(searcher, query)).tolist()) == set(whoosh.docs_for_query(query))


def test_a_best_of_group_scores_its_best_match_not_the_sum(searcher):
    one, other = Q.Term("body", "低保"), Q.Term("body", "救助")
    both = evaluate(searcher, Q.Or([one, other]))
    best = evaluate(searcher, Q.DisjunctionMax([one, other]))
    assert np.array_equal(both.mask, best.mask)
    a, b = evaluate(searcher, one), evaluate(searcher, other)
    assert np.allclose(best.scores, np.maximum(a.scores, b.scores))
    assert (best.scores < both.scores).any()
