"""Words a citizen puts inside a phrase the search knows: 的 inside an everyday phrase (企业的补贴 for 企业补贴), a
modal between a phrase's adverbial and its verb (网上就能办事, 网上可以办事 for 网上办事). Read without them, the
phrase is the term whose wordings and synonyms the reports use (query.query_words joins it)."""
from __future__ import annotations

from typing import Callable

LINKS = frozenset("的 之".split())  # what a citizen puts inside a phrase: 企业的补贴 for 企业补贴
# The closed class of modal words the language puts before a verb: 就能 办, 可以 办, 都能 办.
MODALS = frozenset("就 能 可以 可 能够 都 也 便 就能 就可以 都能 也能 都可以 也可以".split())


def joined_over(words: list[str], i: int, known: Callable[[str], bool],
                everyday: Callable[[str], bool]) -> tuple[str, int] | None:
    """(the phrase, how many words of the cut it spans) when ``words[i]`` and a word after 的 make an everyday
    phrase, or ``words[i]`` and the word after one or two modals make a known term; else None."""
    if i + 2 < len(words) and words[i + 1] in LINKS and everyday(words[i] + words[i + 2]):
        return words[i] + words[i + 2], 3
    for gap in (1, 2):
        end = i + gap + 1
        if end >= len(words) or not all(w in MODALS for w in words[i + 1 : end]):
            return None
        if len(words[i]) > 1 and known(words[i] + words[end]):
            return words[i] + words[end], gap + 2
    return None
