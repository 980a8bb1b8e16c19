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

from search.retrieval.issuers import concept_of
from search.retrieval.places import find_places
from search.retrieval.query import Clause, ParsedQuery

# The exclusion word, what is left out, and what may close it (以外 / 之外 / 的 / 在内); or the thing
# first and 除外 after it.
_BEFORE = re.compile(r"(不要|除了|除去|除开|除|不包括|不包含|不含|排除|去掉|去除)(.+?)(以外的?|之外的?|外的?|在内的?|的|$)")
_AFTER = re.compile(r"^(.+?)(除外|以外|之外)的?(.*)$")
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
    for match in _BEFORE.finditer(text):
        what = match.group(2)
        if not _excludable(what):
            continue
        out.append(text[pos : match.start()])
        left_out.append((match.group(0), what))
        pos = match.end()
    out.append(text[pos:])
    return " ".join(piece for piece in out if piece.strip()), left_out


def _excludable(what: str) -> bool:
    """A place (江苏, 上海市, 淮安市洪泽区) or an issuer (街道办, 民政局, 县级) that can be left out whole."""
    what = what.strip()
    if not what or len(what) > 12:
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
