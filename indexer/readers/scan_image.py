"""A scanned page as pixels: straighten it, find the table rules, erase them before OCR.

The only module that imports Pillow and works on pixels (numpy). Coordinates are image pixels;
``ocr_layout`` turns them into PDF points.

- **Skew**: a page scanned a degree or two crooked is turned back by the angle at which its
  rows of ink line up best (the row-sum profile is sharpest), searched coarse then fine.
- **Rules**: a table rule is a long run of dark pixels, a few pixels thick. Letters have no
  such runs, but a heading's long stroke or an underline might, so a vertical rule must reach a
  horizontal one at both ends and a horizontal rule must be met by two vertical ones: a grid.
- **Erasing** the rules before OCR keeps Tesseract from reading them as 丨 or 一 and from
  running the words of neighbouring cells together.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

_INK = 160  # grey level below which a pixel is ink
_MAX_SKEW = 5.0  # degrees: more than this is no crooked scan but a sideways page (OSD's job)
_THICK = 15  # pixels: a run thicker than this is a filled area (a photo, a seal), not a rule
_TOUCH = 8  # pixels: how close a rule's end must come to another rule to meet it


@dataclass
class Rule:
    """One table rule: its position across (y of a horizontal rule, x of a vertical one), its
    extent along (from, to) and thickness, in pixels."""

    pos: float
    start: int
    end: int
    thick: int


def to_png(image: Image.Image) -> bytes:
    """The image as PNG bytes (what Tesseract reads on its standard input)."""
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def rotate_quarter(image: Image.Image, degrees: int) -> Image.Image:
    """Turn a page clockwise by 90, 180 or 270 degrees (what OSD asks for)."""
    return image.rotate(-degrees, expand=True, fillcolor=255) if degrees % 360 else image


def _sharpness(ink: Image.Image, angle: float) -> float:
    rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float32).sum(axis=1)
    return float(np.square(np.diff(rows)).sum())


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's lines horizontal."""
    small = image.copy()
    small.thumbnail((1000, 1000))
    ink = Image.fromarray(np.where(np.asarray(small) < _INK, 255, 0).astype(np.uint8))
    if np.asarray(ink).mean() < 0.5:  # next to no ink: nothing to line up
        return 0.0
    best = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=lambda a: _sharpness(ink, a))
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=lambda a: _sharpness(ink, a))
    return round(float(best), 2)


def despeckle(image: Image.Image) -> Image.Image:
    """Scanner dust removed: a 3x3 median keeps strokes (several pixels wide at 300 dpi) and drops
    isolated dots, which Tesseract would otherwise read as punctuation or merge into characters."""
    return image.filter(ImageFilter.MedianFilter(3))


def turn(image: Image.Image, angle: float) -> Image.Image:
    """The page turned by ``angle`` degrees counter-clockwise (``skew_angle`` straightens it)."""
    if abs(angle) < 0.05:
        return image
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)


def _runs(mask: np.ndarray, min_len: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, start, end) of every horizontal run of True at least ``min_len`` long."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    rows, cols = np.nonzero(np.diff(padded, axis=1))
    kinds = np.diff(padded, axis=1)[rows, cols]
    starts, ends, where = cols[kinds == 1], cols[kinds == -1], rows[kinds == 1]
    keep = ends - starts >= min_len
    return where[keep], starts[keep], ends[keep]


def _merge(rows: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[Rule]:
    """Runs on neighbouring pixel rows that overlap become one rule (a rule is a few pixels thick)."""
    open_: list[list[int]] = []  # [first row, last row, start, end]
    done = []
    for row, start, end in sorted(zip(rows.tolist(), starts.tolist(), ends.tolist())):
        for rule in open_:
            if row - rule[1] <= 2 and min(end, rule[3]) - max(start, rule[2]) > 0.5 * min(end - start, rule[3] - rule[2]):
                rule[1], rule[2], rule[3] = row, min(start, rule[2]), max(end, rule[3])
                break
        else:
            open_.append([row, row, start, end])
        still = []
        for rule in open_:
            (still if row - rule[1] <= 2 else done).append(rule)
        open_ = still
    done += open_
    return [Rule((a + b) / 2, s, e, b - a + 1) for a, b, s, e in done if b - a + 1 <= _THICK]


def _closed(mask: np.ndarray) -> np.ndarray:
    """Gaps of one or two pixels along the rows filled (a scanned rule is rarely unbroken)."""
    out = mask.copy()
    for shift in (1, 2):
        out[:, shift:-shift] |= mask[:, :-2 * shift] & mask[:, 2 * shift:]
    return out


def _meets(rule: Rule, at: float, others: list[Rule]) -> bool:
    """Whether the point (at, rule.pos) of a rule's end lies on one of the crossing rules."""
    return any(abs(o.pos - at) <= _TOUCH + o.thick / 2 and o.start - _TOUCH <= rule.pos <= o.end + _TOUCH
               for o in others)


def _touches(rule: Rule, others: list[Rule]) -> int:
    """How many of the crossing rules this rule meets or crosses."""
    return sum(1 for o in others if rule.start - _TOUCH <= o.pos <= rule.end + _TOUCH
               and o.start - _TOUCH <= rule.pos <= o.end + _TOUCH)


def _open_ends(vertical: list[Rule], horizontal: list[Rule]) -> list[Rule]:
    """Horizontal rules a table cut by the page lacks: where two or more verticals end at one
    height with no rule there (WPS draws no bottom rule above a page break, nor a top one below
    it), the grid is closed by a rule of no thickness from the first of them to the last."""
    closing = []
    for end in ("start", "end"):
        loose = sorted((getattr(v, end), v.pos) for v in vertical if not _meets(v, getattr(v, end), horizontal))
        group: list[tuple[int, float]] = []
        for item in loose + [(10 ** 9, 0.0)]:
            if group and item[0] - group[0][0] > 2 * _TOUCH:
                if len(group) >= 2:
                    closing.append(Rule(float(np.median([y for y, _ in group])), int(min(x for _, x in group)),
                                        int(max(x for _, x in group)) + 1, 0))
                group = []
            group.append(item)
    return closing


def find_rules(image: Image.Image, min_len: int) -> tuple[list[Rule], list[Rule]]:
    """(horizontal, vertical) table rules of a page; runs shorter than ``min_len`` pixels are ink.

    Read on the page before despeckling: a median filter breaks the faint one-pixel rules of a
    200-dpi scan (measured: docs/benchmarks.md), and dust makes no run this long.
    """
    ink = np.asarray(image) < _INK
    horizontal = _merge(*_runs(_closed(ink), min_len))
    vertical = _merge(*_runs(_closed(ink.T), max(min_len // 3, 8)))
    # A grid: each vertical meets or crosses two horizontals, each horizontal two verticals. A
    # letter's stroke never reaches two rules; a table cut by the page has verticals open at one end.
    for _ in range(2):
        vertical = [v for v in vertical if _touches(v, horizontal) >= 2]
        horizontal = [h for h in horizontal if _touches(h, vertical) >= 2]
    horizontal += _open_ends(vertical, horizontal)
    return horizontal, vertical


def erase_rules(image: Image.Image, horizontal: list[Rule], vertical: list[Rule]) -> Image.Image:
    """A copy of the page with the rules painted white."""
    pixels = np.array(image)
    for rule in (r for r in horizontal if r.thick):  # a closing rule of no thickness was never drawn
        half = rule.thick // 2 + 2
        pixels[max(0, int(rule.pos) - half): int(rule.pos) + half + 1, rule.start:rule.end] = 255
    for rule in vertical:
        half = rule.thick // 2 + 2
        pixels[rule.start:rule.end, max(0, int(rule.pos) - half): int(rule.pos) + half + 1] = 255
    return Image.fromarray(pixels)


def leftover_ink(image: Image.Image, box: tuple[int, int, int, int], covered: list[tuple[int, int, int, int]],
                 margin: int = 4) -> tuple[int, int, int, int] | None:
    """The bounding box of ink inside ``box`` (rules excluded by a margin) that none of the
    ``covered`` boxes explains, or None when there is next to none."""
    x0, y0, x1, y1 = box[0] + margin, box[1] + margin, box[2] - margin, box[3] - margin
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    ink = np.asarray(image.crop((x0, y0, x1, y1))) < _INK
    for cx0, cy0, cx1, cy1 in covered:
        ink[max(0, cy0 - y0 - 2): max(0, cy1 - y0 + 2), max(0, cx0 - x0 - 2): max(0, cx1 - x0 + 2)] = False
    if ink.sum() < 12:
        return None
    rows, cols = np.nonzero(ink.any(axis=1))[0], np.nonzero(ink.any(axis=0))[0]
    return x0 + int(cols[0]), y0 + int(rows[0]), x0 + int(cols[-1]) + 1, y0 + int(rows[-1]) + 1


def _spans(present: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True, runs closer than ``gap`` joined."""
    spans: list[list[int]] = []
    for i in np.flatnonzero(present).tolist():
        if spans and i - spans[-1][1] <= gap:
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    return [(a, b) for a, b in spans]


def line_pieces(image: Image.Image, skip: list[tuple[int, int, int, int]],
                height: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """Boxes of the runs of ink on the lines of a page outside ``skip`` (tables): a figure, 无 or a
    label set apart, as a table without rules prints them (a lone '0' under another).

    A line is a band of rows with ink whose height lies in ``height`` (pixels); on it, a piece is
    ink set apart from the rest by more than the band's height.
    """
    ink = np.asarray(image) < _INK
    for x0, y0, x1, y1 in skip:
        ink[max(0, y0):y1, max(0, x0):x1] = False
    pieces = []
    for top, bottom in _spans(ink.sum(axis=1) > 1, 2):
        tall = bottom - top
        if not height[0] <= tall <= height[1]:
            continue
        pieces += [(left, top, right, bottom) for left, right in _spans(ink[top:bottom].any(axis=0), tall)]
    return pieces


MOSAIC_PAD = 24  # pixels of white around each crop on a mosaic (its left margin included)


def mosaic(image: Image.Image, boxes: list[tuple[int, int, int, int]],
           pad: int = MOSAIC_PAD) -> tuple[Image.Image, list[int]]:
    """The crops of ``boxes`` stacked one under another on white, and the y where each starts."""
    width = max(b[2] - b[0] for b in boxes) + 2 * pad
    height = sum(b[3] - b[1] + pad for b in boxes) + pad
    sheet = Image.new("L", (width, height), 255)
    tops, y = [], pad
    for box in boxes:
        sheet.paste(image.crop(box), (pad, y))
        tops.append(y)
        y += box[3] - box[1] + pad
    return sheet, tops
