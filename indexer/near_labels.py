"""Table labels one or two characters off the template's, read as the template's own.

OCR misreads a character or two of a row label (上年结转 as 十年结转, 禁止公开 as 茜上公开), and
a row whose label names no template row loses all its figures. Such a label is compared with
every cell text the template's tables use (``TEMPLATE_CELLS``), by the Indel similarity of their
letters (rapidfuzz ``fuzz.ratio``, punctuation and spaces left out), and taken for the nearest
one when that is close (``SNAP_AT``) and clearly nearer than the next (``MARGIN``). A label the
figure code already knows is never touched, so text reports read as before; every label taken
for another is named in a warning.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz import fuzz, process

from indexer.cells import is_value, normalise_label
from indexer.tokens import HEADER_WORDS
from search.vocabulary import COLUMN_WORDS, P2_COLUMNS, P2_ROWS, REQUEST_ROWS, ROW_LABELS

SNAP_AT = 75.0  # similarity (0-100) from which a label is read as the template's
MARGIN = 10.0  # and by which the nearest template text must beat the next
_MIN_LETTERS = 3  # a shorter label has too few letters to tell one misread from another word
_MAX_LINE = 60  # characters: a longer line is prose, never one cell
# Cell texts of the template's tables that no row key's label holds whole.
_MORE_CELLS = [*(f"第二十条第（{n}）项" for n in "一五六八九"), "三、本年度办理结果", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
               "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "（七）总计"]
_HEADERS = set(HEADER_WORDS)
_NOISE = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]")
# What the figure code reads already: a row's own words, part 二's rows and columns, headers.
_KNOWN = re.compile("|".join([pattern for _, _, pattern in REQUEST_ROWS if not pattern.startswith("^")]
                             + [pattern for pattern, _ in P2_COLUMNS]
                             + [r"^第二十条", r"^信息内容", r"本年度办理结果", r"行政复议|行政诉讼|起诉",
                                r"予以公开|部分公开|不予公开|无法提供|不予处理|其他处理"]))


def letters(text: str) -> str:
    """What two labels are compared on: letters, CJK and digits, nothing else."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text))


@cache
def template_cells() -> tuple[list[str], list[str]]:
    """(cell texts of the template's tables, their letters), without repeats."""
    cells = [part for label in ROW_LABELS.values() for part in label.split(" ")]
    cells += _MORE_CELLS + list(P2_ROWS) + HEADER_WORDS + sorted(COLUMN_WORDS)
    seen: dict[str, str] = {}
    for cell in cells:
        seen.setdefault(letters(cell), cell)
    return list(seen.values()), list(seen)


def known(cell: str) -> bool:
    """A label the figure code reads as it is."""
    text = normalise_label(cell).rstrip(":")
    return text in P2_ROWS or text in COLUMN_WORDS or text in _HEADERS or bool(_KNOWN.search(text))


def nearest(cell: str) -> str | None:
    """The template's cell text a misread label stands for, or None (a value, a label read as
    it is, or no template text near enough and clearly nearest)."""
    if not cell or is_value(cell) or known(cell):
        return None
    return _closest(cell)


def template_text(line: str) -> str | None:
    """The template's cell text a line recognised from a scan stands for when it differs from it,
    known words or not: a table printed without rules comes one cell a line, and table recovery
    reads such lines only in the template's own words ('. 其他法律行政法规禁止公开', its item
    number lost, is '2.其他法律行政法规禁止公开')."""
    if not line or len(line) > _MAX_LINE or is_value(line):
        return None
    label = _closest(line)
    return label if label is not None and normalise_label(label) != normalise_label(line) else None


def _closest(cell: str) -> str | None:
    text = letters(cell)
    if len(text) < _MIN_LETTERS:
        return None
    cells, keys = template_cells()
    best = process.extract(text, keys, scorer=fuzz.ratio, limit=2)
    if not best or best[0][1] < SNAP_AT or (len(best) > 1 and best[0][1] - best[1][1] < MARGIN):
        return None
    return cells[best[0][2]]
