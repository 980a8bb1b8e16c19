"""The grouped view's page order: each report's first document in the section order, computed
without sorting every matching section, must be exactly what sorting them all gives."""
import numpy as np
import pytest

from search.retrieval.selection import SECTIONS, order, report_codes, report_order
from search.retrieval.matching import filter_mask
from tests.agency_corpus import write_agency_corpus


@pytest.fixture(scope="module")
def searcher(indexes):
    return indexes.searcher("agencies", write_agency_corpus)


def _first_per_report(searcher, ordered: np.ndarray) -> np.ndarray:
    codes = report_codes(searcher)[ordered]
    _, first = np.unique(codes, return_index=True)
    return ordered[np.sort(first)]


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest", "agency"])
def test_report_order_is_the_first_document_of_each_report_in_the_full_order(searcher, sort):
    sections = filter_mask(searcher, SECTIONS)
    assert np.count_nonzero(np.unique(report_codes(searcher)[sections])) > 50
    rng = np.random.default_rng(7)
    for trial in range(20):
        mask = sections & (rng.random(len(sections)) < 0.6)
        # Few distinct scores: ties inside a report and across reports, as real BM25 sums give.
        scores = np.where(mask, rng.integers(0, 4 if trial % 2 else 40, len(sections)) / 4.0, 0.0)
        expected = _first_per_report(searcher, order(searcher, mask, scores, sort))
        assert report_order(searcher, mask, scores, sort).tolist() == expected.tolist()


def test_no_match_gives_no_report(searcher):
    empty = np.zeros(searcher.doc_count_all(), dtype=bool)
    assert report_order(searcher, empty, np.zeros(len(empty)), "relevance").size == 0


def test_a_nan_score_does_not_lose_its_report(searcher):
    sections = filter_mask(searcher, SECTIONS)
    docs = np.flatnonzero(sections)[:40]
    mask = np.zeros(len(sections), dtype=bool)
    mask[docs] = True
    scores = np.where(mask, 1.0, 0.0)
    scores[docs[0]] = np.nan
    listed = set(report_codes(searcher)[report_order(searcher, mask, scores, "relevance")].tolist())
    assert listed == set(report_codes(searcher)[docs].tolist())
