"""Synonyms and abbreviations of the reports, from data/synonyms.txt, expanded at query time.

One group per line, terms joined by '='; a maintainer extends the file and no rebuild is needed.
A line ``a = b => x = y`` goes one way: a citizen's word (a, b) also searches the reports' words
(x, y), but a search for the reports' word is not widened to every way people may say it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from search.analysis import fold

SYNONYMS = Path(__file__).parent.parent / "data" / "synonyms.txt"


@lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, tuple[str, ...]]:
    """term -> its group, from data/synonyms.txt (one group per line, terms separated by '=', a
    one-way group's left side expanding to its right side too)."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        said, _, written = line.partition("=>")
        typed = tuple(dict.fromkeys(fold(t.strip()) for t in said.split("=") if t.strip()))
        group = typed + tuple(dict.fromkeys(fold(t.strip()) for t in written.split("=") if t.strip()))
        for term in typed:
            groups[term] = tuple(dict.fromkeys(groups.get(term, ()) + group))
    return groups


def expand(term: str) -> list[str]:
    """A term and its synonyms (the term first): the strings a snippet marks."""
    term = fold(term)
    return [term] + [t for t in _synonym_groups().get(term, ()) if t != term]


def searched(term: str) -> list[str]:
    """A term and the synonyms worth searching: not those that contain the term.

    低保 already finds 城乡低保 (a sub-word, and the bigram field); searching both would count
    that mention twice and rank it above 最低生活保障.
    """
    term = fold(term)
    return [term] + [t for t in expand(term)[1:] if term not in t]
