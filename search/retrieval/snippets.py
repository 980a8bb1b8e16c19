"""Snippets: the best passages of a section for the query terms, whole terms in <mark>.

Works on the stored text by plain substring search over a folded copy (one character in, one
out, see ``search.analysis.fold``), so it never re-runs jieba over a section and never marks part of
a term: a mark covers exactly one query term or synonym as the text writes it, the longest first,
and never one that cuts through the text's own words (民政 in 人民政府: ``analysis.cuts_through``).

The stored body holds paragraphs one per line and table rows as ``cell | cell``. A fragment in
a paragraph is a window around the match, cut at punctuation; a fragment in a table is the
whole row from its label, and a header row that holds no figures is followed by the figures
of the row below it, paired with their column names where the columns line up:

    行政复议 | 行政诉讼：结果维持 58 · 结果纠正 9 · 其他结果 11 · 尚未审结 18 · 总计 96 · …
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from search.analysis import cuts_through, fold
from search.retrieval.table_rows import column_names, describe, is_review_headings, template_names, value_of
from search.vocabulary import is_number

_ALNUM = re.compile(r"[0-9a-z]")
_DECIMAL = re.compile(r"\d\.\d")  # 17.5 is one token: neither 17 nor 5 is marked inside it
_WS = re.compile(r"(?: \| ){2,}|[ \u3000]{2,}")
_DIGIT = re.compile(r"\d")
CELL = " | "
MAX_ROWS_ABOVE = 12  # rows of figures between a row hit and its table's header
WINDOW = 48  # characters of context either side of a match in a paragraph
ROW_AFTER = 90  # characters of a table row shown after the match
PAIRS_MAX = 110  # characters of column/figure pairs shown after a header row
HEADER_ROWS = 7  # rows of column names a converted table may put between a header and its figures
CONTEXT = 400  # characters above a row read to tell which of the template's tables it belongs to
MAX_FRAGMENTS = 3
HEADINGS_SHOWN = 2  # column names kept before the figures that replace a row of them
MAX_ANCHORS = 24  # matches considered as the centre of a passage (plus the first three of each term)
LEAD = 120  # characters shown when no term occurs in the body (matched in a heading)
_CUTS = ("\n", "。", "；", "！", "？")  # a paragraph fragment starts after one of these…
_SOFT_CUTS = ("，", "：", "、")  # …or, failing that, after one of these


@dataclass
class _Fragment:
    lo: int
    hi: int
    extra: str = ""  # the row's figures with their names (below a header row, or after a row's label)
    reach: int = 0  # end of the text the fragment stands for (the figures' row, if any)
    replace: bool = False  # the figures, paired with this row's cells, say it all: show only them
    prose: bool = True  # a paragraph, not a table row: shown first when both hold the words
    nonzero: bool = False  # a table row with a figure above 0: shown before a row of zeros
    headings: bool = False  # the review table's column names with no figures found below them in the text


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of the terms, the longest term first where two overlap."""
    spans: list[tuple[int, int, str]] = []
    taken = bytearray(len(folded))  # characters already inside a longer term's mark
    for term in sorted(set(terms), key=len, reverse=True):
        key = fold(term)
        if not key.strip():
            continue
        start = folded.find(key)
        while start != -1:
            end = start + len(key)
            # 民政 inside 人民政府 is no mention of civil affairs: the bigrams find it, the mark must not.
            if (not any(taken[start:end]) and not cuts_through(folded, start, end)
                    and not _splits_a_run(folded, start, end)):
                spans.append((start, end, key))
                taken[start:end] = b"\x01" * (end - start)
            start = folded.find(key, end)
    return sorted(spans)


def _splits_a_run(folded: str, start: int, end: int) -> bool:
    """Whether the match takes part of a number or a Latin word (17 of 1775 or 417, gov of govern):
    the index keeps such runs whole, so that is not where the report matched."""
    before = start > 0 and _ALNUM.match(folded[start]) and (
        _ALNUM.match(folded[start - 1]) or _DECIMAL.fullmatch(folded[max(0, start - 2):start + 1]))
    after = end < len(folded) and _ALNUM.match(folded[end - 1]) and (
        _ALNUM.match(folded[end]) or _DECIMAL.fullmatch(folded[end - 1:end + 2]))
    return bool(before or after)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split(CELL)]


def _is_figures(cells: list[str]) -> bool:
    """A data row: most cells are numbers (or 无)."""
    numbers = sum(is_number(c) or c == "无" for c in cells)
    return numbers >= 2 and numbers * 10 >= len(cells) * 6


def _first_figure(cells: list[str]) -> int | None:
    """Where a row's figures begin after its label cells (None when it has none)."""
    found = next((i for i, c in enumerate(cells) if value_of(c) is not None and _is_figures(cells[i:])), None)
    if found is None and len(cells) >= 2 and value_of(cells[-1]) is not None \
            and all(value_of(c) is None for c in cells[:-1]):
        # A table of one column (行政许可 | 4529 under 信息内容 | 本年处理决定数量): one figure after its label.
        return len(cells) - 1
    return found


def _figures_below(text: str, line_end: int, header: str, focus: list[str]) -> tuple[str, int, bool, bool]:
    """For a header row: the first row of figures below it, its figures named (table_rows.describe).

    Returns the text, where that row ends, whether the names say it all (the header row's own
    cells, or the template's names of the table), and whether a figure is above 0.
    """
    headers = [_cells(header)]
    pos = line_end
    for _ in range(HEADER_ROWS):
        if pos >= len(text):
            break
        start, end = pos + 1, _line_bounds(text, pos + 1)[1]
        line = text[start:end]
        if CELL not in line and not _is_figures([line]):
            break
        cells = _cells(line)
        if _is_figures(cells) or _first_figure(cells):
            first = _first_figure(cells) or 0
            label, figures = " | ".join(cells[:first]), cells[first:]
            # The text above the header rows tells the table too: a converter that split the review table's glued
            # headings into rows of cells leaves 行政复议 above the row hit (维持 | 纠正 | 结果 | 审结 …).
            above = text[max(0, line_end - len(header) - CONTEXT):line_end - len(header)]
            names = template_names(len(figures), above + "\n".join(" ".join(h) for h in headers) + label)
            says_all = names is not None  # the template's names say it all, as do the header's own cells
            if names is None:
                whole, row = column_names(headers, len(cells))
                names = whole[first:] if whole is not None else column_names(headers, len(figures))[0]
                # The header row named every column: the row said with its names replaces it, unless the words
                # asked name the label's column (项目, 信息内容), which the row said with its names no longer shows.
                says_all = row == 0 and not (whole and any(t and t in h for h in whole[:first] for t in focus))
            if names is None:
                return _clip(" | ".join(cells), PAIRS_MAX, CELL), end, False, any(value_of(c) for c in cells)
            described, nonzero = describe(names, figures, focus)
            described = f"{label}：{described}" if label else described
            return _clip(described, PAIRS_MAX, " · "), end, says_all, nonzero
        headers.append(cells)
        pos = end
    return "", line_end, False, False


def _named_row(text: str, line_start: int, line_end: int, match_start: int, focus: list[str]) -> _Fragment | None:
    """A row of figures hit in its label, shown as its label and its figures with their names."""
    cells = _cells(text[line_start:line_end])
    first = _first_figure(cells)
    if not first:
        return None
    label_end = line_start
    for _ in range(first):
        found = text.find(CELL, label_end, line_end)
        if found == -1:
            return None
        label_end = found + len(CELL)
    label_end -= len(CELL)
    if match_start >= label_end:
        return None
    figures = cells[first:]
    names = template_names(len(figures), text[max(0, line_start - CONTEXT):line_end])
    if names is None:
        headers = []
        pos = line_start - 1
        rows_above = 0
        while pos > 0 and len(headers) < 4:
            above_start = text.rfind("\n", 0, pos) + 1
            above = _cells(text[above_start:pos])
            if CELL not in text[above_start:pos]:
                break
            if _first_figure(above) is not None:
                # The rows of figures above this one (规章 | 0 | 0 | 0 above 行政规范性文件 | 62 | 33 | 440)
                # share its header; once a header row is found, a row of figures ends the table's head.
                rows_above += 1
                if headers or rows_above > MAX_ROWS_ABOVE:
                    break
                pos = above_start - 1
                continue
            headers.insert(0, above)
            pos = above_start - 1
        names = column_names(headers, len(figures))[0]
        if names is None:  # a header naming the label's column too (信息内容 | 本年处理决定数量)
            whole = column_names(headers, len(cells))[0]
            names = whole[first:] if whole is not None else None
    if names is None:
        return None
    described, nonzero = describe(names, figures, focus)
    return _Fragment(line_start, label_end, _clip(described, PAIRS_MAX, " · "), line_end, prose=False, nonzero=nonzero)


def _clip(text: str, limit: int, sep: str) -> str:
    """At most ``limit`` characters, cut after a separator, with '…' when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(sep, 0, limit)
    return (text[:cut] if cut > 0 else text[:limit]) + " …"


def _fragment(text: str, start: int, end: int, focus: list[str]) -> _Fragment:
    """The passage shown for one match: a table row from its label, or a window cut at punctuation."""
    line_start, line_end = _line_bounds(text, start)
    line = text[line_start:line_end]
    if CELL in line:
        lo = line_start
        if start - lo > WINDOW * 2:  # a very long row: begin at a cell near the match
            cell = text.rfind(CELL, lo, start - WINDOW)
            lo = cell + len(CELL) if cell != -1 else start - WINDOW
        hi = min(line_end, end + ROW_AFTER)
        if hi < line_end:
            cell = text.find(CELL, end, hi)
            hi = cell if cell != -1 else hi
        if _DIGIT.search(line):
            named = _named_row(text, line_start, line_end, start, focus)
            return named or _Fragment(lo, hi, reach=hi, prose=False, nonzero=True)
        extra, reach, replace, nonzero = _figures_below(text, line_end, line, focus)
        return _Fragment(lo, hi, extra, max(reach, hi), replace and bool(extra), prose=False, nonzero=nonzero,
                         headings=not extra and is_review_headings(line))
    if is_review_headings(line):
        # A converter that glued the table's cells (行政复议行政诉讼 over a row 21317000…) leaves a
        # line of column names that is no sentence: the report's figures say what it holds.
        return _Fragment(line_start, line_end, reach=line_end, prose=False, headings=True)
    lo = max(line_start, start - WINDOW)
    hi = min(line_end, end + WINDOW)
    for marks in (_CUTS, _SOFT_CUTS):
        cut = max(text.rfind(mark, lo, start) for mark in marks)
        if cut != -1:
            lo = cut + 1
            break
    stop = min((i for i in (text.find(m, end, hi) for m in ("。", "；")) if i != -1), default=-1)
    if stop != -1:
        hi = stop + 1
    return _Fragment(lo, hi, reach=hi)


def _mark(text: str, terms: list[str]) -> Markup:
    """``text`` escaped, every occurrence of a term in <mark>."""
    out = Markup("")
    cursor = 0
    for start, end, _ in _spans(fold(text), terms):
        out += escape(text[cursor:start]) + Markup("<mark>") + escape(text[start:end]) + Markup("</mark>")
        cursor = end
    return out + escape(text[cursor:])


def _choose(text: str, spans: list[tuple[int, int, str]], terms: list[str], figures_known: bool = False) -> list[_Fragment]:
    """The best passages: those covering most of the query's words, the longest match, most matches.

    With ``figures_known`` a row of the review table's column names stands for the report's figures
    (shown in their place), so it counts as a row of figures, not as a header.

    A match of 公开申请 covers the words 公开 and 申请 both, so the passage holding the phrase
    beats one where the two words lie apart; 低保 and 救助 together beat either alone.
    """
    keys = {key for _, _, key in spans}
    atoms = {key: {a for a in keys if a in key and not any(b != a and b in a for b in keys)} for key in keys}
    starts = [s for s, _, _ in spans]
    # Passages around the first few matches of each term are enough to choose from, and keep a
    # table with hundreds of matching cells from costing more than a paragraph.
    seen: dict[str, int] = {}
    anchors = []
    for i, (_, _, key) in enumerate(spans):
        seen[key] = seen.get(key, 0) + 1
        if i < MAX_ANCHORS or seen[key] <= 3:
            anchors.append(spans[i])
    candidates = []
    for start, end, _ in anchors:
        fragment = _fragment(text, start, end, terms)
        first, last = bisect_left(starts, fragment.lo), bisect_right(starts, fragment.hi)
        inside = [key for s, e, key in spans[first:last] if e <= fragment.hi]
        covered = set().union(*(atoms[k] for k in inside))
        candidates.append((fragment, covered, max(map(len, inside)), len(inside)))
    chosen: list[_Fragment] = []
    shown: set[str] = set()
    while candidates and len(chosen) < MAX_FRAGMENTS:
        fragment, covered, longest, count = max(
            candidates, key=lambda c: (len(c[1] - shown), c[0].prose, c[0].nonzero, c[2], c[3], -c[0].lo)
        )
        figures = fragment.nonzero or (figures_known and fragment.headings and not any(f.headings for f in chosen))
        if chosen and not covered - shown and not (fragment.prose or figures):
            break  # a row of zeros adds nothing to what is shown
        chosen.append(fragment)
        shown |= covered
        # Two header rows of one table lead to the same figures: show them once.
        candidates = [c for c in candidates if c[0].reach <= fragment.lo or c[0].lo >= fragment.reach]
    # Prose first (it says what the tables count), each kind in reading order.
    return sorted(chosen, key=lambda f: (not f.prose, f.lo))


def make_snippet(text: str, terms: list[str], parts: list[str] | None = None,
                 review: Callable[[], str | None] | None = None) -> Markup:
    """HTML-safe snippet of ``text``: up to three passages joined by '…', the terms in <mark>.

    ``parts`` are marked only in a text that holds none of the terms: the section matched by
    them (高龄 … 津贴 for 高龄津贴), and elsewhere they would mark 行政 in every 行政诉讼.
    ``review`` gives the report's review-table figures in words (``table_rows.review_line``), asked
    only when a passage is the table's column names with no figures readable below them.
    """
    text = _WS.sub(" ", text.replace("\t", CELL)) if "\t" in text else text
    if not text:
        return Markup("")
    spans = _spans(fold(text), terms)
    if not spans and parts:
        terms = parts
        spans = _spans(fold(text), terms)
    if not spans:
        lead = text[:LEAD].replace("\n", " ")
        return escape(lead) + (Markup("…") if len(text) > LEAD else Markup(""))
    fragments = _choose(text, spans, [fold(t) for t in terms], figures_known=review is not None)
    parts = []
    figures_shown = False
    said: list[str] = []  # the figures shown in words: a row reached twice (its headings, its header row) shows once
    for fragment in fragments:
        if fragment.extra and any(f.startswith(fragment.extra.rstrip("…")) for f in said):
            continue
        if fragment.headings and review is not None:
            if figures_shown:
                continue
            figures = review()
            if figures:
                figures_shown = True
                said.append(figures)
                names = CELL.join(text[fragment.lo : fragment.hi].strip().split(CELL)[:HEADINGS_SHOWN])
                # 行政复议 above 行政复议 7（…）says it twice: the figures alone, which begin with it.
                shown = figures if figures.startswith(names) else f"{names}：{figures}"
                parts.append(_mark(shown, terms))
                continue
        said.append(fragment.extra)
        if fragment.replace:
            parts.append(_mark(fragment.extra, terms))
            continue
        passage = _mark(text[fragment.lo : fragment.hi].strip().replace("\n", " "), terms)
        if fragment.extra:
            passage += Markup("：") + _mark(fragment.extra, terms)
        parts.append(passage)
    prefix = Markup("…") if text[: fragments[0].lo].strip() else Markup("")
    suffix = Markup("…") if text[max(f.reach for f in fragments) :].strip() else Markup("")
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
