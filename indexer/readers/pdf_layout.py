"""PDF text lines to blocks: drop page furniture, re-join wrapped lines, place tables.

Works on plain data (lines with coordinates, ``PageTable``s), so it holds no PDF library import.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from indexer.model import Block
from indexer.readers.grid import join_wrapped, to_table
from indexer.readers.pdf_tables import PageTable, merge_continued, same_columns

# Page numbers as reports print them: '-1-', '- 1 -', '— 1 —', '第 1 页', '第1页 共5页', '1/5'.
_DECORATED_NUMBER = re.compile(
    r"^(?:[-—–－―_~·•]+\s*\d{1,4}\s*[-—–－―_~·•]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_NUMBER = re.compile(r"^[-+]?\d[\d,.]*\s*%?$")
# Headings and list items start a block: '一、总体情况', '（二）依申请公开情况', '第二部分', '1.低保…'.
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、，,．.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]"
                      r"|第[一二三四五六七八九十]+(?:部分|章|节)|\d{1,2}\s*[、．.](?!\d))")
# A line ending in one of these (closing quotes/brackets aside) ends a sentence.
_TERMINAL = re.compile(r"[。！？!?；;：:…]\s*[”’」』）)】]*\s*$")
# Line-breaking classes (after Unicode UAX #14, simplified): no line starts with _NO_LINE_START,
# and a quote or opening bracket sticks to its neighbour.
_NO_LINE_START = set("，。、；：！？）》」』】〕”’,.;:!?)]}%…·")
_QUOTES = set("“”‘’\"'")
_OPENING = set("（《「『【〔([{")
_ZONE = 0.15  # share of the page height at top and bottom where headers and footers live


@dataclass
class Line:
    """One text line of a page with its box."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int


def drop_page_furniture(pages: list[list[Line]], heights: list[float]) -> int:
    """Remove page numbers and running headers/footers in place; return how many lines went."""
    candidates = []  # (page index, line) near the top or bottom edge, first/last two lines
    for i, lines in enumerate(pages):
        for line in lines[:2] + lines[-2:]:
            if line.top < _ZONE * heights[i] or line.bottom > (1 - _ZONE) * heights[i]:
                if (i, line) not in candidates:
                    candidates.append((i, line))
    drop = [(i, ln) for i, ln in candidates if _DECORATED_NUMBER.match(ln.text.strip())]
    # A bare number is a page number only when it follows the page sequence ('3' on page 3),
    # so a table figure alone on the last line of a page survives.
    bare = [(i, ln) for i, ln in candidates if _BARE_NUMBER.match(ln.text)]
    offsets = Counter(off for _, off in {(i, int(ln.text) - i) for i, ln in bare} if off >= 1)
    if offsets:
        offset, count = offsets.most_common(1)[0]
        if count >= 2 or len(pages) == 1:
            drop += [(i, ln) for i, ln in bare if int(ln.text) - i == offset]
    # Running headers and footers: the same text (numbers aside) as the first or last line of
    # half the pages or more, set apart from the body by more than the usual line pitch.
    if len(pages) >= 2:
        def key(ln: Line) -> str:
            return re.sub(r"\d+", "#", re.sub(r"\s+", "", ln.text))
        gaps = [b.top - a.top for lines in pages for a, b in zip(lines, lines[1:]) if b.top > a.top]
        pitch = sorted(gaps)[len(gaps) // 4] if gaps else 0.0  # the body's line pitch
        edges = []
        for i, lines in enumerate(pages):
            if len(lines) >= 2 and lines[1].top - lines[0].top > 1.5 * pitch:
                edges.append((i, lines[0]))
            if len(lines) >= 2 and lines[-1].top - lines[-2].top > 1.5 * pitch:
                edges.append((i, lines[-1]))
        seen = Counter(k for _, k in {(i, key(ln)) for i, ln in edges})
        drop += [(i, ln) for i, ln in edges if seen[key(ln)] >= max(2, len(pages) / 2) and len(key(ln)) >= 2]
    gone = {id(ln) for _, ln in drop}
    for lines in pages:
        lines[:] = [ln for ln in lines if id(ln) not in gone]
    return len(gone)


def _first_unit_width(text: str, size: float) -> float:
    """Width of the leading run a line breaker keeps together: a Latin word, or one CJK char,
    plus punctuation that may not start a line and whatever sticks to a quote or opening bracket."""
    word = re.match(r"[\x21-\x7e]+", text)
    i = len(word.group()) if word else 1
    while i < len(text):
        c, p = text[i], text[i - 1]
        if not (c in _NO_LINE_START or c in _QUOTES or p in _QUOTES or p in _OPENING):
            break
        run = re.match(r"[\x21-\x7e]+", text[i:]) if c.isascii() else None
        i += len(run.group()) if run else 1
    return sum(0.6 * size if ch.isascii() else size for ch in text[:i])


@dataclass
class _Geometry:
    left: float
    right: float
    size: float

    def full(self, ln: Line, nxt: Line | None = None) -> bool:
        """The line reaches the right edge, or stopped short because what the next line opens
        with could not be broken and did not fit (an e-mail address, '条，', '箱”0')."""
        room = self.right - ln.x1
        if room <= 1.2 * self.size:
            return True
        return nxt is not None and _first_unit_width(nxt.text, self.size) > room

    def short_heading(self, ln: Line) -> bool:
        """A short line without closing punctuation, e.g. an unnumbered heading '改进情况'."""
        return ln.x1 < self.right - 4 * self.size and len(ln.text) <= 15 \
            and not _TERMINAL.search(ln.text)

    def indented(self, ln: Line) -> bool:
        return ln.x0 >= self.left + 0.8 * self.size

    def centered(self, ln: Line) -> bool:
        lgap, rgap = ln.x0 - self.left, self.right - ln.x1
        return lgap > 2 * self.size and rgap > 2 * self.size and abs(lgap - rgap) < 2 * self.size


def _geometry(lines: list[Line]) -> _Geometry:
    """Text column edges and font size, from the document's longer lines."""
    size = median(ln.bottom - ln.top for ln in lines)
    lo, hi = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    long = [ln for ln in lines if ln.x1 - ln.x0 > 0.5 * (hi - lo)] or lines
    left = Counter(round(ln.x0) for ln in long).most_common(1)[0][0]
    return _Geometry(left=left, right=median(ln.x1 for ln in long), size=size)


def _continues(a: Line, b: Line, geo: _Geometry) -> bool:
    """Whether line b carries on the paragraph that line a belongs to."""
    terminal = bool(_TERMINAL.search(a.text))
    full = geo.full(a, b)
    if _HEADING.match(b.text) and (terminal or not full):
        return False
    if _NUMBER.match(a.text) or _NUMBER.match(b.text):
        return False  # a lone figure is a table cell written one per line, never prose
    if full:
        # A wrapped line. A finished sentence ends the paragraph when the next line is
        # indented, or is a short unpunctuated line of its own (an unnumbered heading).
        if terminal and (geo.indented(b) or geo.short_heading(b)):
            return False
        return True
    if terminal or _HEADING.match(a.text):
        return False
    if geo.centered(a):
        return geo.centered(b)  # a title set on two centred lines is one block
    # A short unfinished line: inside a page the author ended the paragraph there. At the foot
    # of a page, a line of some length is text cut by the page break, unless the next page
    # opens a paragraph; a line of a few characters is a label written one cell per line.
    return (b.page != a.page and a.x1 - a.x0 >= 0.5 * (geo.right - geo.left)
            and not geo.indented(b) and not geo.centered(b))


def to_blocks(items: list[Line | PageTable]) -> list[Block]:
    """Blocks in reading order: joined paragraphs and tables (merged across page breaks)."""
    lines = [it for it in items if isinstance(it, Line)]
    geo = _geometry(lines) if lines else None
    out: list[str | PageTable] = []
    prev: Line | PageTable | None = None
    for it in items:
        if isinstance(it, Line):
            if isinstance(prev, Line) and geo and _continues(prev, it, geo):
                out[-1] = join_wrapped(out[-1], it.text)
            else:
                out.append(it.text)
        elif isinstance(prev, PageTable) and isinstance(out[-1], PageTable) \
                and out[-1].pages[-1] + 1 == it.pages[0] and same_columns(out[-1], it):
            merge_continued(out[-1], it)
        else:
            out.append(it)
        prev = it
    return [b if isinstance(b, str) else to_table(b.spans) for b in out]
