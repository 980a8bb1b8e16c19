"""A page as Tesseract read it -> the text lines and tables the PDF reader makes of any page.

Works on plain data (words with pixel boxes, table rules), so it holds no imaging library. The
result is what ``pdf_layout`` and ``pdf_tables`` work on for a page with a text layer: ``Line``s
and ``PageTable``s in PDF points, so a scanned page joins the same paragraphs, page-break merges,
tables and figures as any other page.

Tables: the rules found on the image give the grid (``pdf_tables.grid_tables``); each word goes
to the cell its centre falls in, and a word Tesseract ran across a rule is cut there (in
proportion to its characters). Words of cells and lines keep their confidence: a figure read
with low confidence is dropped from the *confident* reading of the page, which is how the
parser knows which figures rest on doubtful digits. A line that is a part heading misread by a
character is written as the template's heading (``ocr_headings``), and one near a cell text of
the template's tables as that text (``near_labels.template_text``: a table printed without rules
comes one cell a line).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from indexer.readers.grid import tidy_spaces
from indexer.near_labels import template_text
from indexer.readers.ocr_headings import template_heading
from indexer.readers.pdf_layout import Line
from indexer.readers.pdf_tables import PageTable, grid_tables

LOW_CONFIDENCE = 80.0  # a word with a digit read with less confidence than this is doubtful
_STRAY_CONFIDENCE = 70.0  # an unsure lone character before a line may be a speck (see below)
_JUNK_CONFIDENCE = 30.0  # below this a word without a letter of any script is speckle, not text
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[\w\u3400-\u9fff]")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class OcrWord:
    """One word of a page in PDF points, with its confidence and Tesseract's line number."""

    text: str
    conf: float
    x0: float
    top: float
    x1: float
    bottom: float
    line: tuple[int, int, int]


@dataclass
class ScanPage:
    """A scanned page as read: its size in points, its words and table rules in points."""

    index: int
    width: float
    height: float
    words: list[OcrWord]
    h_rules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    v_rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x, top, bottom)


def doubtful(word: OcrWord) -> bool:
    """A word holding a digit that Tesseract was not sure of."""
    return word.conf < LOW_CONFIDENCE and bool(_DIGIT.search(word.text))


def useful(word: OcrWord) -> bool:
    """Not speckle: a scan's dust reads as '.', '~' or '|' with next to no confidence."""
    return word.conf >= _JUNK_CONFIDENCE or bool(_LETTER.search(word.text))


def characters(words: list[OcrWord]) -> int:
    """Characters of real text (letters, CJK, digits) among the words."""
    return sum(len(_LETTER.findall(w.text)) for w in words)


def mean_confidence(words: list[OcrWord]) -> float | None:
    """Word confidence weighted by characters (a CJK 'word' may be one character or twenty)."""
    weights = [(max(1, len(w.text)), w.conf) for w in words]
    total = sum(n for n, _ in weights)
    return sum(n * c for n, c in weights) / total if total else None


def grids(h_rules: list, v_rules: list, tol: float) -> list[tuple[list, list]]:
    """Rules grouped into tables: horizontal and vertical rules that cross or touch are one grid."""
    rules = [("h", r) for r in h_rules] + [("v", r) for r in v_rules]
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (ki, (y, x0, x1)) in enumerate(rules):
        if ki != "h":
            continue
        for j, (kj, (x, top, bottom)) in enumerate(rules):
            if kj == "v" and x0 - tol <= x <= x1 + tol and top - tol <= y <= bottom + tol:
                parent[find(i)] = find(j)
    groups: dict[int, tuple[list, list]] = {}
    for i, (kind, rule) in enumerate(rules):
        group = groups.setdefault(find(i), ([], []))
        group[0 if kind == "h" else 1].append(rule)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _cut(word: OcrWord, xs: list[float]) -> list[OcrWord]:
    """A word split where table column lines cross it (Tesseract may run two cells together)."""
    inside = [x for x in xs if word.x0 < x < word.x1]
    if not inside or len(word.text) < 2:
        return [word]
    step = (word.x1 - word.x0) / len(word.text)
    pieces, start, left = [], 0, word.x0
    for x in inside:
        end = round((x - word.x0) / step)
        if start < end < len(word.text):
            pieces.append(OcrWord(word.text[start:end], word.conf, left, word.top, x, word.bottom, word.line))
            start, left = end, x
    pieces.append(OcrWord(word.text[start:], word.conf, left, word.top, word.x1, word.bottom, word.line))
    return pieces


def _as_char(word: OcrWord) -> dict:
    return {"text": word.text, "x0": word.x0, "x1": word.x1, "top": word.top, "bottom": word.bottom}


def _line_text(words: list[OcrWord]) -> str:
    words = sorted(words, key=lambda w: w.x0)
    text = words[0].text
    for prev, word in zip(words, words[1:]):
        gap = word.x0 - prev.x1
        text += (" " if gap > 0.25 * (word.bottom - word.top) else "") + word.text
    return " ".join(tidy_spaces(text).split())


def _without_stray_start(words: list[OcrWord]) -> list[OcrWord]:
    """A line without the speck Tesseract reads as a character before it ('人六、其他需要报告的事项'):
    one unsure character set apart from the rest of the line by more than a character's spacing."""
    if len(words) >= 2 and len(words[0].text) == 1 and words[0].conf < _STRAY_CONFIDENCE:
        first, second = words[0], words[1]
        if second.x0 - first.x1 > 0.25 * (second.bottom - second.top):
            return words[1:]
    return words


def _rows(words: list[OcrWord]) -> list[list[OcrWord]]:
    """A line of Tesseract's cut where its words lie on different rows (it runs specks between
    lines of a column of figures into one 'line')."""
    rows: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: w.top):
        middle = (word.top + word.bottom) / 2
        if rows and middle <= max(w.bottom for w in rows[-1]):
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def _joined_lines(groups: list[list[OcrWord]]) -> list[list[OcrWord]]:
    """Tesseract's lines, those it split into blocks of their own rejoined: a line's first word
    set apart as a block ('(一)' of '(一) 予以公开', misread on its own as '(=关'), or read a
    second time in a block of its own, is on the same row as the rest and closer to it than a
    character's height, or over it."""
    groups = sorted(groups, key=lambda g: min(w.x0 for w in g))
    out: list[list[OcrWord]] = []
    for group in groups:
        top, bottom, left = min(w.top for w in group), max(w.bottom for w in group), min(w.x0 for w in group)
        for line in out:
            l_top, l_bottom, right = min(w.top for w in line), max(w.bottom for w in line), max(w.x1 for w in line)
            overlap = min(bottom, l_bottom) - max(top, l_top)
            heights = sorted((bottom - top, l_bottom - l_top))
            if overlap > 0.5 * heights[0] and heights[1] <= 2.5 * heights[0] and left - right <= bottom - top:
                line += group
                break
        else:
            out.append(list(group))
    return out


def page_items(page: ScanPage, confident: bool = False) -> tuple[list[Line], list[PageTable]]:
    """Text lines (outside tables) and tables of a scanned page; ``confident`` leaves out doubtful
    digits, so that a figure read from them is blank."""
    words = [w for w in page.words if useful(w) and not (confident and doubtful(w))]
    heights = [w.bottom - w.top for w in words if _CJK.search(w.text)]
    size = median(heights) if heights else 10.0
    tables: list[PageTable] = []
    boxes = []
    for h_rules, v_rules in grids(page.h_rules, page.v_rules, tol=0.5 * size):
        xs = sorted(x for x, _, _ in v_rules)
        ys = sorted(y for y, _, _ in h_rules)
        box = (xs[0], ys[0], xs[-1], ys[-1])
        inner = []
        for w in words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                inner += _cut(w, xs)
        built = grid_tables(xs, ys, [_as_char(w) for w in inner], v_rules, h_rules)
        if built:
            for table in built:
                table.pages = [page.index]
            tables.extend(built)
            boxes.append(box)
    free = [w for w in words
            if not any(b[0] <= (w.x0 + w.x1) / 2 <= b[2] and b[1] <= (w.top + w.bottom) / 2 <= b[3] for b in boxes)]
    by_line: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in free:
        by_line.setdefault(w.line, []).append(w)
    lines = []
    for group in _joined_lines([row for group in by_line.values() for row in _rows(group)]):
        group = _without_stray_start(sorted(group, key=lambda w: w.x0))
        text = _line_text(group)
        text = template_heading(text) or template_text(text) or text
        if _LETTER.search(text):  # a line of dots and bars is dust, not text
            lines.append(Line(text, min(w.x0 for w in group), max(w.x1 for w in group),
                              min(w.top for w in group), max(w.bottom for w in group), page.index))
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines, tables
