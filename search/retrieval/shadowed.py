"""Words a common compound hides across its parts: 民政 in 人民政府, 人事 in 退役军人事务局, 开工 in 公开工作.

The character-bigram field finds a word inside longer words (处理 in 不予处理), which is what it is for;
but a word that begins inside one part of a common compound and ends in the next is no mention of it.
``民政`` matched every report of a 人民政府 that way: most of its list, its count, its facets, the
agencies page and the statistics were people's governments, below the civil-affairs bureaus. For such
a word the bigrams are not searched: the word fields still find it as a word and as a part of the
words it is a part of (民政 of 民政局), which is every real mention.

The compounds are the common ones: the words of the reports' own dictionary (``userdict.txt``), the
names of every kind of body, and jieba's commonest words of three characters or more; a word is
shadowed when it is a dictionary word and begins inside one of their parts (``analysis.cuts_through``).
A body's name inside a place's name (海关 in 山海关区) is shadowed too: the index gives a place no parts
but those it begins with.
"""
from __future__ import annotations

from functools import lru_cache

import jieba

from search.analysis import USER_DICT, cuts_through, init_jieba, place_names

COMMON = 5000  # jieba's count from which a compound is common (人民政府 15227, 山海关 784)
MAX_PIECE = 3  # a shadowed word's length: longer words are rarely found across parts by chance


def is_shadowed(word: str) -> bool:
    """Whether ``word`` is a dictionary word a common compound hides across its parts."""
    return 2 <= len(word) <= MAX_PIECE and word in _shadowed()


@lru_cache(maxsize=1)
def _shadowed() -> frozenset[str]:
    init_jieba()
    freq = jieba.dt.FREQ
    found = set()
    for host in _hosts():
        for size in range(2, MAX_PIECE + 1):
            for start in range(1, len(host) - size + 1):
                piece = host[start : start + size]
                if freq.get(piece) and cuts_through(host, start, start + size):
                    found.add(piece)
    # A body's name inside a place's name (海关 in 山海关区) is no mention of the body either; the
    # index gives a place no parts but those it begins with (analysis._index_subwords).
    bodies = _body_names()
    for place in place_names():
        for size in range(2, MAX_PIECE + 1):
            found.update(p for start in range(1, len(place) - size + 1) if (p := place[start : start + size]) in bodies)
    return frozenset(found)


def _body_names() -> set[str]:
    from search.agency_names import names_of
    from search.agency_names import vocabulary as agency_vocabulary

    return {n for function in agency_vocabulary().rows for n in names_of(function)}


def _hosts() -> set[str]:
    hosts = {w for w, count in jieba.dt.FREQ.items() if len(w) >= 3 and count >= COMMON}
    hosts |= {line.split()[0] for line in USER_DICT.read_text(encoding="utf-8").splitlines() if line.strip()}
    hosts |= _body_names()
    return {h for h in hosts if len(h) >= 3}
