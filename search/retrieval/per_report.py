"""Per-report arrays from per-part ones: the ranking steps score parts (documents) and decide by report."""
from __future__ import annotations

import numpy as np


def best_per_report(codes: np.ndarray, mask: np.ndarray, scores: np.ndarray, count: int) -> np.ndarray:
    """Per report code, the highest score among its documents in ``mask`` (0 where none)."""
    best = np.zeros(count)
    np.maximum.at(best, codes[mask], scores[mask])
    return best


def reports_present(codes: np.ndarray, mask: np.ndarray, count: int) -> np.ndarray:
    """Per report code, whether any of its documents is in ``mask``."""
    present = np.zeros(count, dtype=bool)
    present[codes[mask]] = True
    return present
