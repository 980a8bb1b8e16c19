"""Short texts' results, worked out once per process.

The parser's stages read the same short lines again (a heading is cleaned, squeezed, keyed and
classified by several of them), and template lines, labels and cells recur in every report. A pure
function of a text is memoised for short texts only: a page of unique prose would only churn the
cache, and a text past the limit is worked out each time.
"""
from __future__ import annotations

from functools import lru_cache, wraps

ENTRIES = 1 << 13  # the hot template lines stay; a page of unique lines cannot grow the cache
LINE = 200  # characters: headings, labels and short lines (a heading test reads at most 200)
CELL = 60  # characters: a table's cell or label


def for_short_texts(limit: int = LINE):
    """Memoise a pure function of a text (its first argument) for texts of at most ``limit`` characters."""
    def decorate(function):
        memo = lru_cache(maxsize=ENTRIES)(function)
        if function.__code__.co_argcount == 1:  # the common case, called millions of times a build: no packing
            @wraps(function)
            def call(text):
                return memo(text) if len(text) <= limit else function(text)
        else:
            @wraps(function)
            def call(text, *args, **kwargs):
                return memo(text, *args, **kwargs) if len(text) <= limit else function(text, *args, **kwargs)

        call.cache_clear = memo.cache_clear
        return call
    return decorate
