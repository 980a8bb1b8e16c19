"""The fixed rule that puts every judged query in the dev or the test half of the relevance set.

The rule depends on nothing but the query's id, so it was fixed before any query was run and no
result can move a query from one half to the other. Ranking work is tuned on ``dev`` only; ``test``
is run to record a round's figures, and the floors in tests/relevance follow it.
"""
from __future__ import annotations

import hashlib

DEV, TEST = "dev", "test"
SPLITS = (DEV, TEST)


def split_of(query_id: str) -> str:
    """``test`` when the first 8 hex digits of SHA-256(id) make an odd number, else ``dev``."""
    return TEST if int(hashlib.sha256(query_id.encode()).hexdigest()[:8], 16) % 2 else DEV
