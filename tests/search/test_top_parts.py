"""best_parts gives what a stable sort of every matching part would give, without that sort."""
from __future__ import annotations

import numpy as np
import pytest

from search.retrieval.top_parts import best_parts


def by_full_sort(docs, scores, codes, limit):
    order = docs[np.argsort(-scores[docs], kind="stable")]
    _, first = np.unique(codes[order], return_index=True)
    return order[np.sort(first)][:limit]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("limit", [1, 20, 500])
def test_the_same_parts_in_the_same_order_as_sorting_them_all(seed, limit):
    rng = np.random.default_rng(seed)
    parts = 20_000
    codes = np.sort(rng.integers(0, 3_000, parts))  # a report's parts are neighbours, as indexed
    # Few distinct scores: many ties, within and across reports, which the order must break by document.
    scores = rng.integers(0, 40, parts).astype(float) * 0.25
    docs = np.flatnonzero(scores > 0)
    assert best_parts(docs, scores, codes, limit).tolist() == by_full_sort(docs, scores, codes, limit).tolist()


def test_a_report_matching_in_many_parts_does_not_hide_the_others():
    # One report holds the 50 best parts: the first try looks at too few parts and must look further.
    codes = np.array([0] * 50 + list(range(1, 31)))
    scores = np.concatenate([np.linspace(100, 51, 50), np.linspace(50, 21, 30)])
    docs = np.arange(len(codes))
    found = best_parts(docs, scores, codes, 5)
    assert found.tolist() == [0, 50, 51, 52, 53]
    assert best_parts(docs[:0], scores, codes, 5).size == 0
