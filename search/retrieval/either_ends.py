"""An OR with no item on one side (低保 OR, OR 低保, 低保 OR OR 特困): the search drops it, and now says so (QA 43 F5);
so with an AND at either end and a NOT at the end (QA 44 F5).

The engine joins an OR to the items on both its sides; one at the query's start or end joins nothing, and a second OR
after an OR adds nothing, so each was dropped in silence while the list looked like that of the query without it
(session 35: what the syntax cannot read is said). The syntax (query_syntax.spelled_operators) asks this of the query
as it reads it, after the ORs it drops with their own notes (beside an exclusion or a filter); the notes quote the run
as typed (typed_runs.py). A lowercase or at an end stays a word, as it does beside an operator.
"""
from __future__ import annotations

import re

EITHER_AT_END = "已忽略“{typed}”末尾的 {either}：{either} 两边都要有词语。"
EITHER_AT_START = "已忽略“{typed}”开头的 {either}：{either} 两边都要有词语。"
EITHER_ALONE = "已忽略“{typed}”：{either} 两边都要有词语。"
EITHER_REPEATED = "已忽略“{typed}”中多余的 {either}：两个词语之间写一个 {one} 即可。"
NOT_AT_END = "已忽略“{typed}”末尾的 {either}：{either} 后面要有要排除的词语。"
EITHER = ("OR", "|", "||")  # the OR operator as typed: the one list query_syntax, query_groups and query read
_BOTH, _NOT = ("AND", "&&"), ("NOT", "-")
OPERATORS = frozenset(EITHER + _BOTH + _NOT + ("+",))  # the syntax's operators (query_syntax reads them here)


def dangling_either_notes(text: str, token: re.Pattern) -> list[str]:
    """The notes for the ORs of ``text`` (read with the syntax's ``token``) that join nothing."""
    tokens = list(token.finditer(text))
    either = [not m.group(1) and m.group(3) in EITHER for m in tokens]
    notes, i, tail = [], 0, _tail(tokens)
    while i < len(tokens):
        if i >= tail:
            break  # a run of operators ending the query, not ORs alone: said whole below (低保 OR AND)
        if not either[i]:
            i += 1
            continue
        end = i
        while end + 1 < len(tokens) and either[end + 1]:
            end += 1
        word = "、".join(dict.fromkeys(tokens[k].group(3) for k in range(i, end + 1)))
        first, last = i == 0, end == len(tokens) - 1
        start_at = tokens[i].start() if first else tokens[i - 1].start()
        typed = text[start_at:tokens[end].end() if last else tokens[end + 1].end()]
        if first and last:
            notes.append(EITHER_ALONE.format(typed=typed, either=word))
        elif first:
            notes.append(EITHER_AT_START.format(typed=typed, either=word))
        elif last:
            notes.append(EITHER_AT_END.format(typed=typed, either=word))
        elif end > i:
            notes.append(EITHER_REPEATED.format(typed=typed, either=word, one=tokens[i].group(3)))
        i = end + 1
    return notes + _end_notes(text, tokens)


def _end_notes(text: str, tokens: list[re.Match]) -> list[str]:
    """The notes for an AND at either end and a NOT at the end (低保 AND, AND 低保, 低保 NOT): each joins or excludes
    nothing and was dropped in silence, as an OR there was (QA 44 F5)."""
    bare = [None if m.group(1) else m.group(3) for m in tokens]
    if len(tokens) < 2 or all(word in OPERATORS for word in bare):
        return []  # (an operator alone, or operators only: no word to search, said by the page's own note)
    notes = []
    if bare[0] in _BOTH:
        notes.append(EITHER_AT_START.format(typed=text[tokens[0].start():tokens[1].end()], either=bare[0]))
    tail = _tail(tokens)
    if tail < len(tokens):
        # 低保 OR AND, 低保 AND OR: every operator of the run joins nothing (the OR was dropped in silence, fix38)
        names = "、".join(dict.fromkeys(bare[tail:]))
        note = NOT_AT_END if names in _NOT else EITHER_AT_END
        notes.append(note.format(typed=text[tokens[tail - 1].start():tokens[-1].end()], either=names))
    return notes


def _tail(tokens: list[re.Match]) -> int:
    """The index where the run of operators ending the query starts when the run holds another operator than OR
    (ORs alone are said by dangling_either_notes); len(tokens) when there is none, or nothing but operators."""
    bare = [None if m.group(1) else m.group(3) for m in tokens]
    k = len(bare)
    while k > 0 and bare[k - 1] in OPERATORS:
        k -= 1
    return k if 0 < k < len(bare) and any(b not in EITHER for b in bare[k:]) else len(bare)
