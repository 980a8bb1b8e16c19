"""The ways an operator is typed, written in the syntax's one form before the query is read (query_syntax.py): NOT
glued to what it negates, NOT (or not) before one item, a range of years typed with spaces, a group in two pairs of
brackets. Each was read as words or apart from its rules. The notes quote the query as typed, not these forms
(typed_runs.py)."""
from __future__ import annotations

import re

# NOT glued to its group or to a minus (NOT(低保), NOT-低保) is how many type it: read as a word, it searched for
# “not” beside the word meant to be excluded (QA 41 #4). Spaced (NOT (低保)) it excluded already.
_GLUED_NOT = re.compile(r"(?<!\S)NOT(?:-(?=[^\s-])|(?=[(（]))")
_GLUED_NOT_ANY_CASE = re.compile(r"(?<!\S)(?i:not)(?:-(?=[^\s-])|(?=[(（]))")
# NOT and a space before one item (NOT year:2020, NOT 低保 OR 民政) is that item's minus: the engine read it apart from the
# minus's rules, so NOT year:2020 低保 chose the 2020 reports and excluded 低保, and an OR beside it went without a note
# (review 35 #2, #3). Before a group (NOT (…)) it is the group's, read with the group. In a query that is not English a
# lowercase not is NOT, as a lowercase or is OR (低保 not 特困 searched the word “not”, which no report uses; session 36).
_SPACED_NOT = re.compile(r"(?<!\S)(?i:not)\s+(?=[^\s()（）\-])(?!(?:OR|AND|NOT)(?:\s|$))")
# A range of years typed with spaces (2019 - 2021, 2019 至 2021): the spaces made two years and a word 至 or a lone
# minus of it (QA 41 #3); written together it was read as the range.
_SPACED_RANGE = re.compile(r"(?<![\w-])((?:19|20)\d{2}年?)(?:\s+([-–—~至到])\s*|([-–—~至到])\s+)((?:19|20)\d{2}年?)(?![\w-])")
# A group in two pairs of brackets (((低保 OR 特困)) 公开) is the group: the brackets stayed in its words (“((低保”).
_DOUBLED = re.compile(r"[(（]\s*([(（][^()（）]*[)）])\s*[)）]")


# A | glued to a word (低保|特困, 低保 |-特困) and OR glued to a minus (低保 OR-特困) are OR apart, as the help page reads
# them: glued, the search read “|-特困” as one word (session 37). A quoted phrase keeps its marks.
_GLUED_BAR = re.compile(r"\s*(?<![|])(\|\|?)(?![|])\s*")
_GLUED_OR = re.compile(r"(?<!\S)OR-(?=[^\s-])")


def _bars_apart(text: str) -> str:
    pieces = text.split('"')
    return '"'.join(_GLUED_OR.sub("OR -", _GLUED_BAR.sub(r" \1 ", p)) if k % 2 == 0 else p for k, p in enumerate(pieces))


def typed_forms(text: str, english: bool) -> str:
    """``text`` with its operators in the syntax's forms; an English query (english.py) keeps its lowercase not."""
    text = _bars_apart(text) if "|" in text or "OR-" in text else text
    text = (_GLUED_NOT if english else _GLUED_NOT_ANY_CASE).sub(lambda m: "-" if m.group(0).endswith("-") else "NOT ",
                                                                text)
    if not english:
        text = _SPACED_NOT.sub("-", text)
    text = _SPACED_RANGE.sub(lambda m: m.group(1) + (m.group(2) or m.group(3)) + m.group(4), text)
    for _ in range(8):  # (((…))): a pair at a time
        text, doubled = _DOUBLED.subn(r"\1", text)
        if not doubled:
            break
    return text
