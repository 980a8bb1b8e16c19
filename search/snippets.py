"""Snippets: the passages of a section that hold the query terms, with whole terms in <mark>.

Works on the stored text by plain substring search over a folded copy (one character in, one
out), so it never re-runs jieba and never marks half of a word pair.
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

from search.analysis import fold

_WS = re.compile(r"(?: \| ){2,}|[ \u3000]{2,}")
WINDOW = 48  # characters of context either side of a match
MAX_FRAGMENTS = 3
LEAD = 120  # characters shown when no term occurs in the body (matched in a heading)


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    for term in sorted(set(terms), key=len, reverse=True):
        key = fold(term)
        if not key:
            continue
        start = folded.find(key)
        while start != -1:
            end = start + len(key)
            if not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, key))
            start = folded.find(key, end)
    return sorted(spans)


def _fragment_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a match to a window, preferring to stop at line breaks (one table row, one line)."""
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    # Start after a line break or a punctuation mark rather than in the middle of a number.
    cut = max(text.rfind(mark, lo, start) for mark in ("\n", "。", "；", "，", "：", " | "))
    if cut != -1:
        lo = cut + (3 if text.startswith(" | ", cut) else 1)
    newline = text.find("\n", end, hi)
    if newline != -1:
        hi = newline
    return lo, hi


def make_snippet(text: str, terms: list[str]) -> Markup:
    """HTML-safe snippet of ``text`` with up to three fragments joined by '…'."""
    text = _WS.sub(" ", text.replace("\t", " | ")) if "\t" in text else text
    if not text:
        return Markup("")
    spans = _spans(fold(text), terms)
    if not spans:
        lead = text[:LEAD].replace("\n", " ")
        return escape(lead) + (Markup("…") if len(text) > LEAD else Markup(""))
    # Prefer fragments that bring in terms not yet shown, then the earliest.
    chosen: list[tuple[int, int]] = []
    shown: set[str] = set()
    for start, end, key in sorted(spans, key=lambda s: (s[2] in shown, s[0])):
        if len(chosen) >= MAX_FRAGMENTS:
            break
        if any(lo <= start and end <= hi for lo, hi in chosen):
            shown.add(key)
            continue
        chosen.append(_fragment_bounds(text, start, end))
        shown.add(key)
    chosen.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in chosen:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    parts = []
    for lo, hi in merged:
        out = Markup("")
        cursor = lo
        for start, end, _ in spans:
            if start >= lo and end <= hi:
                out += escape(text[cursor:start]) + Markup("<mark>") + escape(text[start:end]) + Markup("</mark>")
                cursor = end
        out += escape(text[cursor:hi])
        parts.append(out.replace("\n", " "))
    prefix = Markup("…") if merged[0][0] > 0 else Markup("")
    suffix = Markup("…") if merged[-1][1] < len(text) else Markup("")
    return prefix + Markup("…").join(parts) + suffix


def highlight(text: str, terms: list[str]) -> Markup:
    """The whole text, escaped, with every occurrence of the terms in <mark> (report page)."""
    spans = _spans(fold(text), terms)
    out = Markup("")
    cursor = 0
    for start, end, _ in spans:
        out += escape(text[cursor:start]) + Markup('<mark class="hit">') + escape(text[start:end]) + Markup("</mark>")
        cursor = end
    return out + escape(text[cursor:])
