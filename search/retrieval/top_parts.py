"""The best part of each of the best-ranked reports, without sorting every matching part.

Several ranking steps read the part each of the first reports is shown at (its stored text): the
part of the highest score of each report, reports by that score. A common query matches tens of
thousands of parts; sorting them all to find twenty reports cost a grouped query several
milliseconds. Only the parts scoring at least the k-th best can hold the first reports' best parts,
so those are sorted, and k grows until they hold enough reports.
"""
from __future__ import annotations

import numpy as np

FIRST_TRY = 8  # parts looked at per report wanted, at first (most reports match in a few parts)


def best_parts(docs: np.ndarray, scores: np.ndarray, codes: np.ndarray, limit: int) -> np.ndarray:
    """Of ``docs`` (ascending document numbers), each report's best-scored one, best reports first,
    at most ``limit``: exactly what a stable sort of every doc by score would give (ties in
    document order), as the ranking steps read it."""
    if not len(docs) or limit <= 0:
        return docs[:0]
    values = scores[docs]
    wanted = limit * FIRST_TRY
    while True:
        if wanted >= len(docs):
            order = docs[np.argsort(-values, kind="stable")]
        else:
            # Every part scoring at least the wanted-th best, ties included: a prefix of the full order.
            floor = np.partition(values, len(values) - wanted)[len(values) - wanted]
            kept = values >= floor
            order = docs[kept][np.argsort(-values[kept], kind="stable")]
        _, first = np.unique(codes[order], return_index=True)
        if len(first) >= limit or len(order) == len(docs):
            return order[np.sort(first)][:limit]
        wanted *= 4
