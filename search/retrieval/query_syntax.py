"""The query language's syntax, in one place: its items, its field filters and its operators (query.py reads a query
with them; the query cap, the English and initials readings and the report page's bar use them too).

The bar of a report page lists the words the user typed (不回复, not the 没答复 the search reads it as), so it needs
the typed words apart from the syntax around them (rev33 #6): before, it re-read the query with its own copy of the
rules, and listed OR as a word not found, (不回复 with its bracket and “不回复” with its quotes.
"""
from __future__ import annotations

import re

# A query's items (english.py, initials.py read them too): -, "phrase" (closed at the end), field:"value", a bare word,
# which ends at a quote: a phrase glued to its words (政务公开“五公开”) read as one word lost its quotes and its sense.
TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+?:"[^"]*"?|[^\s"]+))')
FIELD = re.compile(r"^(agency|year|section|机构|年份|年度|部分):(.+)$", re.IGNORECASE)
OPERATORS = frozenset(("OR", "|", "AND", "&&", "||", "-", "+", "NOT"))
_LETTERS = re.compile(r"[^\W_]+")  # a run of letters, digits or characters: what a bare word's marks stand around


def typed_words(text: str) -> list[str]:
    """The words and phrases of ``text`` (quotes narrowed to '"') as typed, without the syntax around them: no
    operator, -word or field filter, no bracket or + at a word's ends, a phrase without its quotes."""
    words = []
    for match in TOKEN.finditer(text):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if negated or (bare is not None and (bare in OPERATORS or FIELD.match(bare))):
            continue
        if quoted is not None:
            pieces = [quoted.strip()]
        else:
            # A bare word's marks are no part of it (『低保』, 《低保》, 低保？, ||低保, 低保(特困): the search reads the
            # letters between them, QA 36 #7), and a mark inside it parts two words.
            pieces = _LETTERS.findall(bare)
        words += [w for w in pieces if w and w not in OPERATORS]
    return list(dict.fromkeys(words))
