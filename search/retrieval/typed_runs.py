"""The runs of a query the syntax's notes quote, as the user typed them (session 36).

The syntax reads a query in steps that rewrite it (``query_syntax.spelled_operators``): NOT 低保 becomes -低保, a spaced
range 2019 - 2021 becomes 2019-2021, a group's brackets go once its items are read ((民政 -低保) OR 特困 becomes
民政 -低保 OR 特困), a lowercase or becomes OR. A note quoting the rewritten text quoted what nobody typed: NOT 低保 OR 民政
was told as “-低保 OR 民政”, (民政 -低保) OR 特困 as “-低保 OR 特困”. Each quote is looked for in the text as typed, its
minus also written NOT, its spaces as they were typed and its OR in any case; a run the rewriting took out of its
brackets is found nowhere, and a note names its words plainly instead (``words_of``). A minus the syntax wrote before
an item it took out of its own brackets (-(year:2020) read as -year:2020) is found with them (QA 43 F3).
"""
from __future__ import annotations

import re

_QUOTE = re.compile(r"“([^“”]+)”")
_NOT = r"(?:-|NOT\s*-?)"  # how a minus the syntax writes was typed: -低保, NOT 低保, NOT-低保, NOT(…)
_MARKS = "()（）[]【】"
_OPENING, _CLOSING = "(（[【", ")）]】"
_BRACKETS = r"[\s()（）\[\]【】]*"


def typed_span(run: str, typed: str, across: bool = True) -> str | None:
    """The run of ``typed`` that ``run`` (a rewriting of part of it) was read from; None when none reads so. ``across``:
    a group's brackets between its words (taken off by the rewriting) are found too, and the run widened to hold them."""
    if run in typed:
        return run
    pattern, opened, pending = [], 0, False
    for k, ch in enumerate(run):
        if ch.isspace():
            continue
        if across and pattern and run[k - 1].isspace():  # a group's bracket the rewriting took off: (低保 OR 特困) OR's “特困 OR”
            pattern[-1] += _BRACKETS
        at_start = k == 0 or run[k - 1].isspace() or run[k - 1] in _MARKS
        if ch == "-" and at_start:  # -(year:2020) read as -year:2020: its brackets, closed after the item (QA 43 F3)
            opened, pending = opened + 1, True
            pattern.append(_NOT + rf"(?:\s*(?P<open{opened}>[{re.escape(_OPENING)}]))?")
        else:
            pattern.append(re.escape(ch))
        if pending and (k + 1 == len(run) or run[k + 1].isspace()):
            pattern[-1] += rf"(?(open{opened})\s*[{re.escape(_CLOSING)}])"
            pending = False
    if not pattern:
        return None
    found = re.search(r"\s*".join(pattern), typed, re.IGNORECASE)
    return _balanced(typed, found.start(), found.end()) if found else None


def _balanced(typed: str, start: int, end: int) -> str:
    """The run ``typed[start:end]`` widened to the brackets it opens or closes: a quote holds a whole group or none."""
    depth = 0
    for ch in typed[start:end]:
        depth += (ch in _OPENING) - (ch in _CLOSING)
        if depth < 0:  # closes a group opened before the run: from its opening bracket
            opening = max(typed.rfind(o, 0, start) for o in _OPENING)
            start, depth = (opening, 0) if opening >= 0 else (start, 0)
    while depth > 0 and end < len(typed):
        depth += (typed[end] in _OPENING) - (typed[end] in _CLOSING)
        end += 1
    return typed[start:end].strip()


def typed_quotes(note: str, typed: str) -> str:
    """``note`` with each quoted run it holds as ``typed`` writes it, where it can be found there."""
    return _QUOTE.sub(lambda m: f"“{typed_span(m.group(1), typed) or m.group(1)}”", note)


# An OR note (query_syntax.EITHER_BESIDE_EXCLUSION) whose run the typed query does not write as read: the words the OR
# stood between, named plainly.
EITHER_BETWEEN = "已忽略{words}之间的 {either}：{either} 只能连接要查找的词语，排除的词语总是排除。"
_EITHER_NOTE = re.compile(r"^已忽略“(.+)”中的 (\S+)：\2 只能连接")


def typed_note(note: str, typed: str, operators) -> str:
    """``note`` quoting the query's runs as ``typed`` writes them; an OR note whose run is nowhere in it names the
    words the OR stood between."""
    either = _EITHER_NOTE.match(note)
    if either and typed_span(either.group(1), typed, across=False) is None:  # (民政 -低保) OR 特困: the words
        words = [f"“{w}”" for w in words_of(either.group(1), operators)]
        joined = "与".join(words) if len(words) == 2 else "、".join(words)
        return EITHER_BETWEEN.format(words=joined, either=either.group(2))
    return typed_quotes(note, typed)


def words_of(run: str, operators) -> list[str]:
    """The words of a run, without its operators, minus signs and brackets (-低保 OR 特困: 低保, 特困)."""
    words = (w.strip(_MARKS).lstrip("-+").strip(_MARKS) for w in run.split())
    return list(dict.fromkeys(w for w in words if w and w not in operators and w.lower() != "or"))
