"""Ruled PDF tables from cell rectangles: grid, cell text, split glued tables, merge across pages.

Works on plain data (cell boxes from pdfplumber's table finder, char dicts), so it holds no
PDF library import. Merged cells follow the rule documented in ``grid``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from indexer.readers.grid import NUMERIC, Span, join_wrapped, label_columns, tidy_spaces

_SNAP = 2.0  # points: cell edges closer than this are the same grid line
_SAME_COLUMNS = 4.0  # points: tolerance when comparing column lines of two page tables
# Row labels that begin a new item ('一、', '（四）', '1.', '3、', '第二十条第（六）项'); a label
# continued from the previous page does not.
_ITEM_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、，,．.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]"
                         r"|\d{1,2}\s*[、．.](?!\d)|第[一二三四五六七八九十百零\d]+条)")

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class PageTable:
    """One table as found on one page: spans on its own grid, plus where it sits."""

    spans: list[Span]
    n_rows: int
    n_cols: int
    col_lines: list[float]  # x of each column's left line, plus the right edge
    top: float
    bottom: float
    pages: list[int] = field(default_factory=list)


def _snap(values: list[float]) -> list[float]:
    """Cluster nearly equal coordinates into grid lines (first value of each cluster)."""
    lines: list[float] = []
    for v in sorted(values):
        if not lines or v - lines[-1] > _SNAP:
            lines.append(v)
    return lines


def _index(lines: list[float], v: float) -> int:
    """Index of the grid line nearest to v."""
    return min(range(len(lines)), key=lambda i: abs(lines[i] - v))


def cell_text(chars: list[dict]) -> str:
    """Text of one cell: chars grouped into lines, lines joined without spaces (wrapped text)."""
    if not chars:
        return ""
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2):
        mid = (ch["top"] + ch["bottom"]) / 2
        if lines and abs(mid - (lines[-1][-1]["top"] + lines[-1][-1]["bottom"]) / 2) \
                <= 0.5 * (ch["bottom"] - ch["top"]):
            lines[-1].append(ch)
        else:
            lines.append([ch])
    out = ""
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        text = line[0]["text"]
        for prev, ch in zip(line, line[1:]):
            gap = ch["x0"] - prev["x1"]
            text += (" " if gap > 0.25 * (ch["bottom"] - ch["top"]) else "") + ch["text"]
        out = join_wrapped(out, tidy_spaces(text))
    return tidy_spaces(out)


def _split_rows(cover: dict[tuple[int, int], int], boxes: list[tuple[int, int, int, int]],
                n_rows: int) -> list[tuple[int, int]]:
    """Row ranges of the tables glued together in one ruled block (column lines disagree)."""
    groups, start, union = [], 0, set()
    for r in range(n_rows):
        ids = {i for (rr, _), i in cover.items() if rr == r}
        edges = {e for i in ids for e in (boxes[i][2], boxes[i][3])}
        crossing = any(boxes[i][0] < r for i in ids)
        if r > start and not crossing and min(len(edges - union), len(union - edges)) >= 2:
            groups.append((start, r))
            start, union = r, set()
        union |= edges
    groups.append((start, n_rows))
    return groups


def _wall(rules: list[tuple[float, float, float]], at: float, lo: float, hi: float) -> bool:
    """Whether a drawn rule lies at coordinate ``at`` over most of the span lo..hi."""
    covered = sum(max(0.0, min(b, hi) - max(a, lo)) for pos, a, b in rules if abs(pos - at) <= _SNAP)
    return covered >= 0.5 * (hi - lo)


def _holes(cover: dict[tuple[int, int], int], boxes: list, xs: list[float], ys: list[float],
           v_rules: list, h_rules: list) -> None:
    """Give every region no cell claims a cell of its own, in place.

    pdfplumber only finds closed rectangles, so a merged cell left open by a page break (WPS
    draws no rule there) is a hole; drawn rules, where present, still separate holes.
    """
    n_rows, n_cols = len(ys) - 1, len(xs) - 1

    def neighbours(r: int, c: int):
        """Positions next to (r, c) that no drawn rule separates from it."""
        if c + 1 < n_cols and not _wall(v_rules, xs[c + 1], ys[r], ys[r + 1]):
            yield r, c + 1
        if c > 0 and not _wall(v_rules, xs[c], ys[r], ys[r + 1]):
            yield r, c - 1
        if r + 1 < n_rows and not _wall(h_rules, ys[r + 1], xs[c], xs[c + 1]):
            yield r + 1, c
        if r > 0 and not _wall(h_rules, ys[r], xs[c], xs[c + 1]):
            yield r - 1, c

    free = {(r, c) for r in range(n_rows) for c in range(n_cols) if (r, c) not in cover}
    while free:
        start = min(free)
        group, todo = {start}, [start]
        while todo:
            for pos in neighbours(*todo.pop()):
                if pos in free and pos not in group:
                    group.add(pos)
                    todo.append(pos)
        free -= group
        r0, r1 = min(r for r, _ in group), max(r for r, _ in group) + 1
        c0, c1 = min(c for _, c in group), max(c for _, c in group) + 1
        if len(group) == (r1 - r0) * (c1 - c0):
            parts = [(r0, r1, c0, c1)]
        else:  # not a rectangle: one cell per grid position
            parts = [(r, r + 1, c, c + 1) for r, c in sorted(group)]
        for part in parts:
            for r in range(part[0], part[1]):
                for c in range(part[2], part[3]):
                    cover[(r, c)] = len(boxes)
            boxes.append(part)


def build_tables(cells: list[Box], chars: list[dict], v_rules: list[tuple[float, float, float]] = (),
                 h_rules: list[tuple[float, float, float]] = ()) -> list[PageTable]:
    """PageTables from one found table's cell boxes, its chars and the page's rules (x|y, from, to)."""
    xs = _snap([c[0] for c in cells] + [c[2] for c in cells])
    ys = _snap([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 2 or len(ys) < 2:
        return []
    boxes = []  # (r0, r1, c0, c1) per cell, grid units
    cover: dict[tuple[int, int], int] = {}
    for x0, top, x1, bottom in cells:
        r0, r1, c0, c1 = _index(ys, top), _index(ys, bottom), _index(xs, x0), _index(xs, x1)
        if r1 <= r0 or c1 <= c0:
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                cover.setdefault((r, c), len(boxes))
        boxes.append((r0, r1, c0, c1))
    return _assemble(xs, ys, boxes, cover, chars, v_rules, h_rules)


def grid_tables(xs: list[float], ys: list[float], chars: list[dict], v_rules: list[tuple[float, float, float]],
                h_rules: list[tuple[float, float, float]]) -> list[PageTable]:
    """PageTables from grid lines and drawn rules alone (a scanned table: no cell boxes given).

    Every grid region that no drawn rule divides becomes one cell, as for holes below.
    """
    xs, ys = _snap(xs), _snap(ys)
    if len(xs) < 2 or len(ys) < 2:
        return []
    return _assemble(xs, ys, [], {}, chars, v_rules, h_rules)


def grid_cells(xs: list[float], ys: list[float], v_rules: list[tuple[float, float, float]],
               h_rules: list[tuple[float, float, float]]) -> list[Box]:
    """The cells of a ruled grid as boxes: every region no drawn rule divides (merged cells whole)."""
    xs, ys = _snap(xs), _snap(ys)
    if len(xs) < 2 or len(ys) < 2:
        return []
    boxes: list[tuple[int, int, int, int]] = []
    _holes({}, boxes, xs, ys, list(v_rules), list(h_rules))
    return [(xs[c0], ys[r0], xs[c1], ys[r1]) for r0, r1, c0, c1 in boxes]


def _assemble(xs: list[float], ys: list[float], boxes: list[tuple[int, int, int, int]],
              cover: dict[tuple[int, int], int], chars: list[dict], v_rules, h_rules) -> list[PageTable]:
    """Fill the grid's holes, place the chars in cells and cut the grid into tables."""
    n_rows = len(ys) - 1
    _holes(cover, boxes, xs, ys, list(v_rules), list(h_rules))
    texts: list[list[dict]] = [[] for _ in boxes]
    for ch in chars:
        r = bisect_right(ys, (ch["top"] + ch["bottom"]) / 2) - 1
        c = bisect_right(xs, (ch["x0"] + ch["x1"]) / 2) - 1
        if (r, c) in cover:
            texts[cover[(r, c)]].append(ch)
    cell_texts = [cell_text(t) for t in texts]
    tables = []
    for g0, g1 in _split_rows(cover, boxes, n_rows):
        members = [i for i, b in enumerate(boxes) if b[0] < g1 and b[1] > g0]
        # A row of anyone else's grid line that starts no cell here is not a row of this table.
        keep_r = sorted({max(boxes[i][0], g0) for i in members})
        keep_c = sorted({boxes[i][2] for i in members})
        spans = []
        for i in members:
            r0, r1, c0, c1 = max(boxes[i][0], g0), min(boxes[i][1], g1), boxes[i][2], boxes[i][3]
            row = keep_r.index(r0)
            col = keep_c.index(c0)
            rowspan = sum(1 for r in keep_r if r0 <= r < r1)
            colspan = sum(1 for c in keep_c if c0 <= c < c1)
            spans.append(Span(row, col, cell_texts[i], rowspan, colspan))
        if len(keep_c) < 2:
            continue  # a framed paragraph, not a table
        tables.append(PageTable(spans, len(keep_r), len(keep_c), [xs[c] for c in keep_c] + [xs[-1]],
                                ys[g0], ys[g1]))
    return tables


def _covering(spans: list[Span], row: int, col: int) -> Span | None:
    """The span that covers grid position (row, col)."""
    for s in spans:
        if s.row <= row < s.row + s.rowspan and s.col <= col < s.col + s.colspan:
            return s
    return None


def same_columns(a: PageTable, b: PageTable) -> bool:
    """True when two page tables have the same column lines (one table broken by a page)."""
    return a.n_cols == b.n_cols and all(
        abs(x - y) <= _SAME_COLUMNS for x, y in zip(a.col_lines, b.col_lines))


def _is_fragment(text: str) -> bool:
    """A cell text that continues a label rather than starting a row or giving a figure."""
    return bool(text) and not NUMERIC.match(text) and not _ITEM_START.match(text)


def merge_continued(prev: PageTable, nxt: PageTable) -> PageTable:
    """Append a table continued on the next page; re-join a row or label cut by the page."""
    last = prev.n_rows - 1
    first = [s for s in nxt.spans if s.row == 0]
    filled = [s for s in first if s.text]
    above = {id(s): _covering(prev.spans, last, s.col) for s in first}
    # A row the page break cut in two: the same cells as the row above, and its second half
    # holds only label fragments, no figures.
    same_cells = all(above[id(s)] is not None and above[id(s)].col == s.col
                     and above[id(s)].colspan == s.colspan and s.rowspan == 1 for s in first)
    if filled and same_cells and all(_is_fragment(s.text) and above[id(s)].text for s in filled):
        for s in filled:
            p = above[id(s)]
            p.text = join_wrapped(p.text, s.text)
        rest = [s for s in nxt.spans if s.row > 0]
        offset = prev.n_rows - 1
    else:
        rest = []
        labels = label_columns(prev.spans + nxt.spans, prev.n_cols)
        for s in nxt.spans:
            p = above.get(id(s)) if s.row == 0 else None
            if p is not None and s.col in labels and p.col == s.col and p.colspan == s.colspan \
                    and p.text and (not s.text or (_is_fragment(s.text) and _ITEM_START.match(p.text)
                                                   and s.rowspan > 1)):
                # A merged label cell the page break split: blank or a word cut off ('（四）无' /
                # '法提供') on the new page; extend the cell above instead of starting a new one.
                p.text = join_wrapped(p.text, s.text)
                p.rowspan += s.rowspan
                continue
            rest.append(s)
        offset = prev.n_rows
    for s in rest:
        s.row += offset
    prev.spans.extend(rest)
    prev.n_rows = offset + nxt.n_rows
    prev.bottom = nxt.bottom
    prev.pages.extend(nxt.pages)
    return prev
