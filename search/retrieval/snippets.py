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
from search.retrieval.table_rows import (APPLICANT_NAMES, group_line, has_figures, is_placeholder, is_review_columns, is_review_headings,
                                         outcome_group, review_line, row_from_figures)
from search.retrieval.line_kinds import flattened_table as _flattened_table, line_kind as _line_kind
from search.retrieval.table_snippets import CELL, figures_below, glued_row, line_bounds as _line_bounds, named_row

TOTAL = APPLICANT_NAMES[-1]  # 总计: a row's total column, and the label of part 三's row (七)
_ALNUM = re.compile(r"[0-9a-z]")
_DECIMAL = re.compile(r"\d\.\d")  # 17.5 is one token: neither 17 nor 5 is marked inside it
_WS = re.compile(r"(?: \| ){2,}|[ \u3000]{2,}")
WINDOW = 48  # characters of context either side of a match in a paragraph
ROW_AFTER = 90  # characters of a table row shown after the match
MAX_FRAGMENTS = 3
HEADINGS_SHOWN = 2  # column names kept before the figures that replace a row of them
MAX_ANCHORS = 24  # matches considered as the centre of a passage (plus the first three of each term)
LEAD = 120  # characters shown when no term occurs in the body (matched in a heading)
# The 2021 template's instruction printed above part 三's table, a note to the writer and no data of the report:
# （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）. Left in, it filled a snippet's line where the
# applicants' figures should be (QA 30 #15); taken out of every snippet, the row's own figures follow its label.
TEMPLATE_NOTE = re.compile(r"[（(]\s*本列数据的勾稽关系[^)）]*[)）]?")
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
    group: str = ""  # an outcome group of part 三 hit in its name (不予公开): its items, not this row, answer
    member: str = ""  # the outcome group this row is an item of: once the group is said, the row says no more
    glued: bool = False  # a row whose cells the text runs together: its label, its figures only as the parser read them
    row: str | None = None  # that row's figure key in part 三 (row_key), when its label names one
    bare: bool = False  # the review table's column words alone (维持纠正结果审结): shown only as the report's figures
    unnamed: bool = False  # a header row of stand-ins (类别 | 数据1 | 数据2): shown only as the figures it names


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of the terms, the longest term first where two overlap."""
    spans: list[tuple[int, int, str]] = []
    taken = bytearray(len(folded))  # characters already inside a longer term's mark
    # Equal lengths in a fixed order: a set's order changes with each process's hash seed, and so did the mark
    # (重大<mark>项目建设</mark> in one worker, <mark>重大项目</mark>建设 in another, for one query and report).
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
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


def _fragment(text: str, start: int, end: int, focus: list[str], lines: dict | None = None) -> _Fragment:
    """The passage shown for one match: a table row from its label, or a window cut at punctuation. ``lines`` keeps
    what a line without cells is (``_line_kind``) for the next match in it."""
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
        cells = line.split(CELL)
        if has_figures(cells):
            member, on_name = outcome_group(line, start - line_start) or ("", False)
            group = member if on_name else ""
            named = named_row(text, line_start, line_end, start, focus)
            if named:
                label_end, described, nonzero = named
                return _Fragment(line_start, label_end, described, line_end, prose=False, nonzero=nonzero,
                                 group=group, member=member)
            glued = glued_row(text, line_start, line_end)
            if glued:  # never a run of digits shown as a figure: the label, and the figures as the parser read them
                label_end, key = glued
                # A run with a digit above 0 holds a figure above 0, wherever its cells split.
                nonzero = any(ch in "123456789" for ch in text[label_end:line_end])
                return _Fragment(line_start, label_end, reach=line_end, prose=False, nonzero=nonzero, group=group,
                                 member=member, glued=True, row=key)
            return _Fragment(lo, hi, reach=hi, prose=False, nonzero=True, group=group, member=member)
        extra, reach, replace, nonzero = figures_below(text, line_end, line, focus)
        unnamed = sum(map(is_placeholder, cells)) >= 2
        return _Fragment(lo, hi, extra, max(reach, hi), (replace or unnamed) and bool(extra), prose=False,
                         nonzero=nonzero, headings=not extra and is_review_headings(line), unnamed=unnamed)
    kind = _line_kind(text, line_start, line, lines)
    if kind[0] == "group":  # (三) 不予公开 on a line of its own above its items' rows
        return _Fragment(line_start, line_end, reach=line_end, prose=False, group=kind[1], member=kind[1])
    if kind[0] == "headings":
        return _Fragment(line_start, line_end, reach=line_end, prose=False, headings=True)
    if kind[0] == "columns":
        return _Fragment(line_start, line_end, reach=line_end, prose=False, headings=True, bare=True)
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
    return _Fragment(lo, hi, reach=hi, prose=not _flattened_table(text[lo:hi]))


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
    (shown in their place), so it counts as a row of figures, not as a header; and an outcome group hit in its
    name (shown as its total and items) is preferred to any one row.

    A match of 公开申请 covers the words 公开 and 申请 both, so the passage holding the phrase
    beats one where the two words lie apart; 低保 and 救助 together beat either alone.

    A passage is read (``_fragment``: a table row's figures and names, the costly part) only when it may still win:
    its line bounds what it can cover and be, so a table row loses to prose holding the same words unread. The
    choice is the one reading every passage would make, ties to the earlier match.
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

    def inside(lo: int, hi: int) -> list[str]:
        first, last = bisect_left(starts, lo), bisect_right(starts, hi)
        return [key for s, e, key in spans[first:last] if e <= hi]

    lines: dict[int, tuple[str, str]] = {}
    bounds = []  # per anchor: what a passage within its line (a prose line: its window) can at best cover, and be
    for start, end, _ in anchors:
        line_start, line_end = _line_bounds(text, start)
        row = CELL in text[line_start:line_end]  # a row may be figures (nonzero); a line without cells may be prose
        kind = "row" if row else _line_kind(text, line_start, text[line_start:line_end], lines)[0]
        if kind == "prose":
            line_start, line_end = max(line_start, start - WINDOW), min(line_end, end + WINDOW)
        found = inside(line_start, line_end)
        bounds.append((set().union(*(atoms[k] for k in found)), not row, figures_known and kind in ("row", "group"),
                       row, max(map(len, found)), len(found), -line_start))
    read: dict[int, tuple[_Fragment, set, int, int]] = {}
    dropped: set[int] = set()
    chosen: list[_Fragment] = []
    shown: set[str] = set()

    def rank(i: int) -> tuple:
        if i not in read:
            return (len(bounds[i][0] - shown), *bounds[i][1:])
        fragment, covered, longest, count = read[i]
        return (len(covered - shown), fragment.prose, figures_known and bool(fragment.group), fragment.nonzero,
                longest, count, -fragment.lo)

    while len(chosen) < MAX_FRAGMENTS:
        ranks = {i: rank(i) for i in range(len(anchors)) if i not in dropped}
        best = None
        for i in sorted(ranks, key=ranks.get, reverse=True):
            if best is not None and ranks[i] < ranks[best]:
                break  # neither this passage nor any after it can beat or tie the best one read
            if i not in read:
                start, end, _ = anchors[i]
                fragment = _fragment(text, start, end, terms, lines)
                found = inside(fragment.lo, fragment.hi)
                read[i] = (fragment, set().union(*(atoms[k] for k in found)), max(map(len, found)), len(found))
                # A passage read after others were chosen leaves as it would have when they were.
                if any(not (fragment.reach <= f.lo or fragment.lo >= f.reach) for f in chosen):
                    dropped.add(i)
                    continue
                ranks[i] = rank(i)
            if best is None or (ranks[i], -i) > (ranks[best], -best):
                best = i
        if best is None:
            break
        fragment, covered, _, _ = read[best]
        figures = fragment.nonzero or (figures_known and (fragment.headings and not any(f.headings for f in chosen)
                                                          or bool(fragment.group)))
        if chosen and not covered - shown and not (fragment.prose or figures):
            break  # a row of zeros adds nothing to what is shown
        chosen.append(fragment)
        shown |= covered
        # Two header rows of one table lead to the same figures: show them once.
        dropped |= {i for i, (f, *_) in read.items() if not (f.reach <= fragment.lo or f.lo >= fragment.reach)}
    # Prose first (it says what the tables count), each kind in reading order.
    return sorted(chosen, key=lambda f: (not f.prose, f.lo))


def make_snippet(text: str, terms: list[str], parts: list[str] | None = None,
                 figures: Callable[[], dict | None] | None = None, marked: bool = True) -> Markup:
    """HTML-safe snippet of ``text``: up to three passages joined by '…', the terms in <mark> (``marked``; a file's
    plain text, ``striptags()``, is the same without them).

    ``parts`` are marked only in a text that holds none of the terms: the section matched by
    them (高龄 … 津贴 for 高龄津贴), and elsewhere they would mark 行政 in every 行政诉讼.
    ``figures`` gives the report's parsed figures, asked only when a passage is the review table's column names
    with no figures readable below them (shown in words instead, ``table_rows.review_line``), or a row of an outcome
    group hit in the group's name (the group's total and items instead of the one item's row: a reader asking for
    不予公开 wants how many and why, not row 1 of 8; ``table_rows.group_line``).
    """
    text = _WS.sub(" ", text.replace("\t", CELL)) if "\t" in text else text
    if "勾稽关系" in text:
        text = _WS.sub(" ", TEMPLATE_NOTE.sub(" ", text)).strip(" |")
    if not text:
        return Markup("")
    spans = _spans(fold(text), terms)
    if not spans and parts:
        terms = parts
        spans = _spans(fold(text), terms)
    if not spans:
        lead = text[:LEAD].replace("\n", " ")
        return escape(lead) + (Markup("…") if len(text) > LEAD else Markup(""))
    fragments = _choose(text, spans, [fold(t) for t in terms], figures_known=figures is not None)
    mark = _mark if marked else lambda passage, _: escape(passage)
    known: list[dict | None] = []  # the report's figures, read once when first needed

    def report_figures() -> dict:
        if not known:
            known.append(figures() if figures is not None else None)
        return known[0] or {}

    parts = []
    figures_shown = False
    said: list[str] = []  # the figures shown in words: a row reached twice (its headings, its header row) shows once
    # Outcome groups shown in words: their items' rows, wherever they stand among the passages, say nothing more.
    asked = tuple(key for key in map(fold, terms) if key.strip())
    in_words = {f.group: group_line(report_figures(), f.group, asked)
                for f in fragments if f.group and figures is not None}
    groups_said: set[str] = set()
    for fragment in fragments:
        if fragment.extra and any(f.startswith(fragment.extra.rstrip("…")) for f in said):
            continue
        if fragment.member and in_words.get(fragment.member):
            if fragment.member not in groups_said:
                groups_said.add(fragment.member)
                parts.append(mark(in_words[fragment.member], terms))
            continue
        if fragment.headings and figures is not None:
            if figures_shown:
                continue
            review = review_line(report_figures())
            if review:
                figures_shown = True
                said.append(review)
                names = CELL.join(text[fragment.lo : fragment.hi].strip().split(CELL)[:HEADINGS_SHOWN])
                # 行政复议 above 行政复议 7（…）says it twice: the figures alone, which begin with it.
                shown = review if review.startswith(names) or fragment.bare else f"{names}：{review}"
                parts.append(mark(shown, terms))
                continue
        if fragment.bare or (fragment.unnamed and not fragment.extra):
            continue  # column words or stand-ins with no figures to name say nothing
        if fragment.glued:
            label = text[fragment.lo : fragment.hi].strip().replace("\n", " ")
            read = row_from_figures(report_figures(), fragment.row, asked) if figures is not None else None
            if read and label.endswith(TOTAL) and read.startswith(f"{TOTAL} "):
                read = read[len(TOTAL) + 1:]  # （七）总计：218, not （七）总计：总计 218
            parts.append(mark(label, terms) + (Markup("：") + mark(read, terms) if read else Markup("")))
            continue
        said.append(fragment.extra)
        if fragment.replace:
            parts.append(mark(fragment.extra, terms))
            continue
        passage = mark(text[fragment.lo : fragment.hi].strip().replace("\n", " "), terms)
        if fragment.extra:
            passage += Markup("：") + mark(fragment.extra, terms)
        parts.append(passage)
    if not parts:  # nothing but headers that name nothing: the text's opening without them, as for a hit in a heading
        lines = text.split("\n")
        kept = "\n".join(line for i, line in enumerate(lines) if not _names_nothing(line, "\n".join(lines[max(0, i - 4):i])))
        lead = kept[:LEAD].replace("\n", " ")
        return escape(lead) + (Markup("…") if len(kept) > LEAD else Markup(""))
    prefix = Markup("…") if text[: fragments[0].lo].strip() else Markup("")
    suffix = Markup("…") if text[max(f.reach for f in fragments) :].strip() else Markup("")
    return prefix + Markup("…").join(parts) + suffix


def _names_nothing(line: str, above: str) -> bool:
    """A line of the review table's column words alone, or a header row of stand-ins (类别 | 数据1 | 数据2)."""
    return is_review_columns(line, above) or sum(map(is_placeholder, line.split(CELL))) >= 2


def highlight(text: str, terms: list[str]) -> Markup:
    """The whole text, escaped, with every occurrence of the terms in <mark> (report page)."""
    spans = _spans(fold(text), terms)
    out = Markup("")
    cursor = 0
    for start, end, _ in spans:
        out += escape(text[cursor:start]) + Markup('<mark class="hit">') + escape(text[start:end]) + Markup("</mark>")
        cursor = end
    return out + escape(text[cursor:])
