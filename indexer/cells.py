"""One cell of a report's table: normalising it, telling a figure from a label, and splitting
digits that a crawled page ran together ('21710000218' -> 217|1|0|0|0|0|218)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

from indexer.memo import CELL, ENTRIES, for_short_texts
from indexer.script import strip_glosses, to_key
from search.vocabulary import is_number

# Cells that only mark "nothing here"; figures read them as None, never 0.
PLACEHOLDERS = {"-", "—", "－", "–", "——", "--", "---", "－－"}

# '无' (none) fills a value cell in some reports: it is a value (unknown), not a label.
_VALUE_WORDS = {"无", "/", "／"}

# Headings of the template's parts, e.g. '三、收到和处理政府信息公开申请情况'.
_PART_PHRASES = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请", "存在的主要问题",
                 "其他需要报告的事项", "政府信息依申请公开"]

_MAX_VALUE = 40  # characters of a figure cell, spaces included
_MAX_RAW_HEADING = 200  # a heading of at most 45 characters, with room for spaces and markup


def normalise_cell(text: str) -> str:
    """A cell as shown: trimmed, markdown bold removed, dash placeholders made ''."""
    cell = text.replace("**", "").strip()
    return "" if cell in PLACEHOLDERS else cell


# Table labels and figure cells are the template's own words and small numbers, met again in
# every table of every report: each is worked out once per process.
_LABEL_MARKS = re.compile(r"[\s*#]+")


@for_short_texts(CELL)
def normalise_label(text: str) -> str:
    """A label for matching: NFKC (full-width to half-width), no whitespace, no markdown marks."""
    return _LABEL_MARKS.sub("", unicodedata.normalize("NFKC", text))


def is_value(cell: str) -> bool:
    """True for a number cell ('12', '+199', '12293400元', '18651.06') or a stated nothing ('无')."""
    if len(cell) > _MAX_VALUE:
        return False  # no figure is this long; and normalising a whole page per call is slow
    return _is_value(cell)


@lru_cache(maxsize=ENTRIES)
def _is_value(cell: str) -> bool:
    cell = unicodedata.normalize("NFKC", cell).strip()
    return is_number(cell) or cell in _VALUE_WORDS


def is_part_heading(line: str) -> bool:
    """True for a heading of one of the template's six parts, numbered or not."""
    if len(line) > _MAX_RAW_HEADING:
        return False
    return _is_part_heading(line)


@lru_cache(maxsize=ENTRIES)  # table recovery, the figures' reader and the bare-cell test ask of the same lines
def _is_part_heading(line: str) -> bool:
    text = normalise_label(line)
    if _heads_a_part(text):
        return True
    # (on the simplified key, glosses dropped: a converter's copy, '三、收到和處理政(zhèng)府信息公開申請情況', heads its part,
    # and table recovery must not take it for a cell of the table above; keyed only when a traditional form
    # of the headings' words is there, or a gloss: a simplified copy's '二、主动公开政(zhèng)府信息情况', round 60)
    plain = strip_glosses(text)
    return (plain != text or bool(_TRADITIONAL_HINT.search(text))) and _heads_a_part(to_key(plain))


_TRADITIONAL_HINT = re.compile(r"[況題項請報開動體處議訟]")


def _heads_a_part(text: str) -> bool:
    if not text or len(text) > 45 or "。" in text or text.startswith("表"):
        return False
    if any(phrase in text for phrase in _PART_PHRASES):
        return True
    return "行政复议" in text and "行政诉讼" in text and text.endswith("情况")


_SPLIT_BUDGET = 200_000  # search steps; a row needing more is left unsplit rather than slow
_MAX_CELL_DIGITS = 9


def split_glued_row(digits: str, n_cells: int,
                    sums: Sequence[tuple[Sequence[int], int]] = ()) -> list[int] | None:
    """Split run-together digits into ``n_cells`` numbers; None unless exactly one split fits.

    ``sums`` lists arithmetic the row must obey, as (indices of the parts, index of their total),
    each total after its parts: '21710000218' into 7 cells with ``[(range(6), 6)]`` (applicants add
    up to 总计) has the single split 217|1|0|0|0|0|218. A number never starts with 0 unless it is
    0. Without enough constraints more than one split fits and the answer is None: we never guess.

    The search places cells left to right; a total is not searched but computed from its parts,
    and states (position, cell, partial sums) are remembered, so long rows stay fast. A row that
    still needs more than ``_SPLIT_BUDGET`` steps is left unsplit (None), never guessed.
    """
    digits = digits.strip()
    if not digits.isdigit() or not 1 <= n_cells <= len(digits) or len(digits) > _MAX_CELL_DIGITS * n_cells:
        return None
    sums = [(frozenset(parts), total) for parts, total in sums]
    if any(total <= max(parts, default=-1) for parts, total in sums):
        raise ValueError("each total must come after its parts")
    total_of = {total: c for c, (_, total) in enumerate(sums)}
    memo: dict[tuple[int, int, tuple[int, ...]], list[list[int]]] = {}
    steps = 0

    def solve(pos: int, k: int, partial: tuple[int, ...]) -> list[list[int]]:
        """Up to two ways to fill cells k… from digits[pos:], given the partial sums."""
        nonlocal steps
        key = (pos, k, partial)
        if key in memo:
            return memo[key]
        steps += 1
        if steps > _SPLIT_BUDGET:
            raise _TooHard
        left = n_cells - k
        found: list[list[int]] = []
        if left == 0:
            found = [[]] if pos == len(digits) else []
        elif len(digits) - pos < left or len(digits) - pos > _MAX_CELL_DIGITS * left:
            found = []
        else:
            if k in total_of:
                value = partial[total_of[k]]
                candidates = [str(value)] if digits.startswith(str(value), pos) else []
            else:
                longest = min(len(digits) - pos - (left - 1), _MAX_CELL_DIGITS)
                candidates = []
                for size in range(1, longest + 1):
                    piece = digits[pos:pos + size]
                    if size > 1 and piece[0] == "0":
                        break
                    candidates.append(piece)
            for piece in candidates:
                value = int(piece)
                after = tuple(p + value if k in sums[c][0] else p for c, p in enumerate(partial))
                for tail in solve(pos + len(piece), k + 1, after):
                    found.append([value] + tail)
                    if len(found) > 1:
                        break
                if len(found) > 1:
                    break
        memo[key] = found
        return found

    try:
        found = solve(0, 0, tuple(0 for _ in sums))
    except _TooHard:
        return None
    return found[0] if len(found) == 1 else None


class _TooHard(Exception):
    """The split search ran past its budget."""


def glued_total(digits: str, parts: int) -> int | None:
    """The total of a glued row of ``parts`` numbers followed by their sum, when every split agrees on it.

    '110000011' splits two ways (11|0|0|0|0|0|11 and 1|10|0|0|0|0|11), so its cells stay unread, but
    both end in 11: the 总计 is read though the applicants are not. None when the totals differ,
    when no split fits, or past the search budget. Same rules as ``split_glued_row``: no number
    starts with 0 unless it is 0, none is longer than ``_MAX_CELL_DIGITS``.
    """
    digits = digits.strip()
    if not digits.isdigit() or len(digits) < parts + 1:
        return None
    memo: dict[tuple[int, int, int], frozenset[int]] = {}
    steps = 0

    def totals(pos: int, k: int, partial: int) -> frozenset[int]:
        """Totals reachable when cells k… are read from digits[pos:], the parts so far adding to partial."""
        nonlocal steps
        key = (pos, k, partial)
        if key in memo:
            return memo[key]
        steps += 1
        if steps > _SPLIT_BUDGET:
            raise _TooHard
        if k == parts:
            found = frozenset([partial]) if digits[pos:] == str(partial) else frozenset()
        else:
            found = frozenset()
            left = len(digits) - pos - (parts - k)  # digits this cell may take, leaving one per later cell
            for size in range(1, min(left, _MAX_CELL_DIGITS) + 1):
                piece = digits[pos:pos + size]
                if size > 1 and piece[0] == "0":
                    break
                found |= totals(pos + size, k + 1, partial + int(piece))
                if len(found) > 1:
                    break
        memo[key] = found
        return found

    try:
        found = totals(0, 0, 0)
    except _TooHard:
        return None
    return next(iter(found)) if len(found) == 1 else None
