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
    for match in TOKEN.finditer(spelled_operators(text)[0]):
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


_OPENING, _CLOSING = "(（[【", ")）]】"  # a group's brackets (query_length.py cuts a query around them too)
_CHINESE = re.compile(r"[\u3400-\u9fff]")
_EITHER = ("OR", "|", "||")
CANNOT_EXCLUDE_ALL = ("不能排除同时含有{both}的报告，已忽略“{typed}”；要排除含有其中任何一个的报告，请写 {instead}，"
                      "或在括号内用 OR 连接。")


def spelled_operators(text: str, notes: list[str] | None = None) -> tuple[str, list[str]]:
    """``text`` with its operators as the search reads them, and ``notes`` with what it could not read: a lowercase or
    between two words of a Chinese query is OR (低保 or 特困), and a negated group excludes every member
    (-(行政复议 OR 低保) is -行政复议 -低保). The search read the group's brackets as parts of words, so it excluded
    the first member only and required the others (QA 36); a group of words all required (-(行政复议 低保)) is
    no exclusion of any one of them, and is left out with a note."""
    notes = list(notes or [])
    if not _CHINESE.search(text):
        return text, notes  # an English query is read by english.py, its own or included
    tokens = list(TOKEN.finditer(text))
    out, at, i = [], 0, 0
    while i < len(tokens):
        match = tokens[i]
        bare = match.group(3)
        if bare is not None and bare.lower() == "or" and bare != "OR" and 0 < i < len(tokens) - 1 \
                and not _operator(tokens[i - 1]) and not _operator(tokens[i + 1]):
            out += [text[at:match.start()], "OR"]
            at, i = match.end(), i + 1
            continue
        if match.group(1) == "-" and bare is not None and bare.startswith(tuple(_OPENING)):
            end, members, all_required = _negated_group(tokens, i)
            typed = text[match.start():tokens[end].end()]
            if all_required and len(members) > 1:
                both = "和".join(f"“{m.strip(chr(34))}”" for m in members)
                notes.append(CANNOT_EXCLUDE_ALL.format(both=both, typed=typed, instead=" ".join("-" + m for m in members)))
                members = []
            out += [text[at:match.start()], " ".join("-" + m for m in members)]
            at, i = tokens[end].end(), end + 1
            continue
        i += 1
    return "".join(out) + text[at:], notes


def _operator(match: re.Match) -> bool:
    return match.group(3) is not None and (match.group(3) in OPERATORS or match.group(3).lower() == "or")


def _negated_group(tokens: list[re.Match], start: int) -> tuple[int, list[str], bool]:
    """(the index of the group's last token, its members as items, whether two members stand without OR between)."""
    depth, members, all_required, joined = 0, [], False, True
    for i in range(start, len(tokens)):
        quoted, bare = tokens[i].group(2), tokens[i].group(3)
        if bare is not None and (bare in _EITHER or bare.lower() == "or"):
            joined = True
            continue
        if bare is not None:
            opens = len(bare) - len(bare.lstrip(_OPENING))
            word = bare[opens:]
            # Closing brackets at its end close the group as far as the word's own (低保(特困)) leave over.
            inner = sum(word.count(c) for c in _OPENING) - sum(word.count(c) for c in _CLOSING)
            closes = min(len(word) - len(word.rstrip(_CLOSING)), max(-inner, 0), depth + opens)
            depth += opens - closes
            word = word[: len(word) - closes] if closes else word
            item = word if word and word not in OPERATORS else ""
        else:
            item = f'"{quoted.strip()}"' if quoted and quoted.strip() else ""
        if item:
            all_required |= bool(members) and not joined
            members.append(item)
            joined = False
        if depth <= 0:
            return i, members, all_required
    return len(tokens) - 1, members, all_required  # an unclosed group runs to the end
