"""Exclusions said in words: 不要江苏的, 除了上海以外, 不包括街道办, 江苏除外, 江苏以外的, 除江苏外.

A citizen leaves something out the way Chinese says it, not with ``-江苏``. Read as words, the thing
left out became the thing asked for (不要江苏的 listed Jiangsu's reports first). When what follows
the exclusion word is a place or an issuer (a body's name, a kind or a level of body), it becomes a
``-word`` (``ParsedQuery.must_not``): the grouped view drops the reports of that issuer
(``query_tree.issuer_exclusion``), and no part naming the thing counts, which drops the reports of
a place whatever their title says (every part carries its report's place field); the page says so. Anything
else after 不要 or 除了 (不要求, 除了公开以外) stays words, read as before.

The thing may come first, closed by 以外 / 之外 as by 除外 (江苏以外 各地民政局, 街道办之外的报告: what is
outside Jiangsu), and 除 alone opens an exclusion as 除了 does (除江苏外): both are how the same leaving
out is said, and a place read as asked for put the reports left out first.
"""
from __future__ import annotations

import re

from search.analysis import cuts_through, fold
from search.retrieval.issuers import concept_of
from search.retrieval.places import find_places
from search.retrieval.query import Clause, ParsedQuery

# The exclusion word, what is left out, and what may close it (以外 / 之外 / 外 / 的 / 在内); or the thing
# first and 除外 after it. What is left out is the shortest place or issuer before a closing word: 外 also
# ends a place's name (不要道外区的: 道 is nothing, 道外区 is Harbin's district), so a shorter span that names
# nothing gives way to a longer one.
_OPENING = re.compile(r"不要|除了|除去|除开|除|不包括|不包含|不含|排除|去掉|去除")
_CLOSING = re.compile(r"以外的?|之外的?|外的?|在内的?|的|$")
_AFTER = re.compile(r"^(.+?)的?(除外|以外|之外)的?(.*)$")
_LONGEST = 12  # the longest place or issuer name read as left out (淮安市洪泽区, 县卫生健康委员会)
EXCLUDED_NOTE = "“{said}”按排除理解：不含{what}的报告。"


def take_exclusions(parsed: ParsedQuery) -> None:
    """Move each place or issuer left out in words from ``parsed.must`` to ``parsed.must_not`` (in place)."""
    kept: list[Clause] = []
    for clause in parsed.must:
        if clause.phrase or len(clause.alternatives) != 1:
            kept.append(clause)
            continue
        rest, left_out = _read(clause.alternatives[0])
        for said, what in left_out:
            parsed.must_not.append(Clause([what]))
            parsed.notes.append(EXCLUDED_NOTE.format(said=said, what=_label(what)))
        if rest.strip():
            kept.append(Clause([rest.strip()]) if left_out else clause)
    parsed.must = kept


def _read(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text without its exclusions, and each exclusion as (what was typed, what is left out)."""
    left_out: list[tuple[str, str]] = []
    after = _AFTER.match(text)
    if after and _excludable(after.group(1)):
        return after.group(3), [(text[: len(text) - len(after.group(3))], after.group(1))]
    out, pos = [], 0
    folded = fold(text)
    for opening in _OPENING.finditer(text):
        # 删除民政局, 免除街道办, 删除了: 除 inside a word of the text opens no exclusion
        if opening.start() < pos or cuts_through(folded, opening.start(), min(opening.end() + 1, len(text))):
            continue
        for closing in _CLOSING.finditer(text, opening.end() + 1):
            what = text[opening.end() : closing.start()]
            if _excludable(what):
                out.append(text[pos : opening.start()])
                left_out.append((text[opening.start() : closing.end()], what))
                pos = closing.end()
                break
            if len(what) > _LONGEST:
                break
    out.append(text[pos:])
    return " ".join(piece for piece in out if piece.strip()), left_out


def _excludable(what: str) -> bool:
    """A place (江苏, 上海市, 淮安市洪泽区) or an issuer (街道办, 民政局, 县级) that can be left out whole."""
    what = what.strip()
    if not what or len(what) > _LONGEST:
        return False
    places = find_places(what)
    if places and "".join(h.word for h in places) == what:
        return True
    return concept_of(what) is not None


def _label(what: str) -> str:
    """How the note names what is left out: a place by its full name (江苏 -> 江苏省)."""
    places = find_places(what)
    if len(places) == 1 and places[0].word == what:
        return places[0].label
    return what
