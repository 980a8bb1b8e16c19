"""Turn placed (possibly merged) table cells into a rectangular ``Table``, and small text helpers
shared by the readers.

Merged-cell rule, the same for PDF, DOCX and HTML tables:
- a cell spanning several rows (rowspan / vMerge) repeats its text down those rows when it sits
  in a *label column* (a column in which no cell holds a figure), e.g. the vertical
  '三、本年度办理结果' cell of the request table is repeated on every row it covers, so each row
  carries its full label path;
- everything else a merged cell covers is blank: a header like '申请人情况' spanning six columns
  appears once, in its first column, and a vertically merged '总计' header over a number column
  is not repeated into the rows below it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.model import Table

# CJK ideographs plus CJK and full-width punctuation: characters between which a space is an
# artefact of layout (PDF glyph gaps, HTML source line breaks), never a real word separator.
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018-\u201d\u2026"
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])[ \u00a0\u3000]+(?=[{_CJK}])")  # tabs separate cells: kept
CJK_CHAR = re.compile(rf"[{_CJK}]")
# A figure as tables write it: '21', '-30', '+199', '7730.28', '1,234', '100%', '12293400元'.
NUMERIC = re.compile(r"^[-+]?\d[\d,，.]*\s*(?:%|万元|元|件|条|个|次|人次|人)?$")


def tidy_spaces(text: str) -> str:
    """Remove layout spaces between two CJK characters ('总 计' -> '总计'), keep others."""
    return _CJK_SPACE.sub("", text).strip()


def join_wrapped(first: str, second: str) -> str:
    """Join two pieces of one wrapped line or cell: no space, except between two Latin letters."""
    if first and second and first[-1].isascii() and first[-1].isalpha() \
            and second[0].isascii() and second[0].isalpha():
        return first + " " + second
    return first + second


@dataclass
class Span:
    """One cell placed on a grid: its top-left position, size in grid units, and text."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1


def label_columns(spans: list[Span], n_cols: int) -> set[int]:
    """Columns holding no figure at all: the row-label columns of a statistics table."""
    numeric = {s.col for s in spans if NUMERIC.match(s.text.strip())}
    return set(range(n_cols)) - numeric


def to_table(spans: list[Span]) -> Table:
    """Lay spans out on a grid with the merged-cell rule of this module; holes become ''."""
    if not spans:
        return Table(rows=[])
    n_rows = max(s.row + s.rowspan for s in spans)
    n_cols = max(s.col + s.colspan for s in spans)
    rows = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    labels = label_columns(spans, n_cols)
    for s in spans:
        rows[s.row][s.col] = s.text
        if s.col in labels:
            for r in range(s.row + 1, s.row + s.rowspan):
                rows[r][s.col] = s.text
    return Table(rows=rows)
