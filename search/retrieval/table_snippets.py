"""The rows of a table in a snippet: a row hit in its label, or a header row and the figures below it, shown with
their figures named (行政许可：本年处理决定数量 4529). Read by snippets.py on the stored body, whose table rows are
``cell | cell`` lines."""
from __future__ import annotations

from search.retrieval.table_rows import column_names, describe, glued_width, row_key, template_names, value_of
from search.vocabulary import is_number

CELL = " | "
MAX_ROWS_ABOVE = 12  # rows of figures between a row hit and its table's header
PAIRS_MAX = 110  # characters of column/figure pairs shown after a header row
HEADER_ROWS = 7  # rows of column names a converted table may put between a header and its figures
CONTEXT = 400  # characters above a row read to tell which of the template's tables it belongs to


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of ``text`` that holds ``pos``, its newline left out."""
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


def figures_below(text: str, line_end: int, header: str, focus: list[str]) -> tuple[str, int, bool, bool]:
    """For a header row: the first row of figures below it, its figures named (table_rows.describe).

    Returns the text, where that row ends, whether the names say it all (the header row's own
    cells, or the template's names of the table), and whether a figure is above 0.
    """
    headers = [_cells(header)]
    pos = line_end
    for _ in range(HEADER_ROWS):
        if pos >= len(text):
            break
        start, end = pos + 1, line_bounds(text, pos + 1)[1]
        line = text[start:end]
        if CELL not in line and not _is_figures([line]):
            break
        cells = _cells(line)
        if _is_figures(cells) or _first_figure(cells):
            if glued_row(text, start, end):
                return "", line_end, False, False  # its figures run together: nothing below to name
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
                return clip(" | ".join(cells), PAIRS_MAX, CELL), end, False, any(value_of(c) for c in cells)
            described, nonzero = describe(names, figures, focus)
            described = f"{label}：{described}" if label else described
            return clip(described, PAIRS_MAX, " · "), end, says_all, nonzero
        headers.append(cells)
        pos = end
    return "", line_end, False, False


def named_row(text: str, line_start: int, line_end: int, match_start: int,
              focus: list[str]) -> tuple[int, str, bool] | None:
    """A row of figures hit in its label: (where its label ends, its figures with their names, whether one is above 0)."""
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
    return label_end, clip(described, PAIRS_MAX, " · "), nonzero


def glued_row(text: str, line_start: int, line_end: int) -> tuple[int, str | None] | None:
    """A row whose one cell runs its figures together (一、本年新收政府信息公开申请数量 | 21710000218, | 0000000):
    (where its label ends, the part-三 row its label names, if any); None for a row whose cells read as they stand."""
    cells = _cells(text[line_start:line_end])
    first = next((i for i, c in enumerate(cells) if c.isdigit()), None)
    if not first:
        return None
    label = " | ".join(cells[:first])
    if not glued_width(label, cells[first:], text[max(0, line_start - CONTEXT):line_start] + label):
        return None
    label_end = line_start
    for _ in range(first):
        label_end = text.find(CELL, label_end, line_end) + len(CELL)
    return label_end - len(CELL), row_key(label)


def clip(text: str, limit: int, sep: str) -> str:
    """At most ``limit`` characters, cut after a separator, with '…' when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(sep, 0, limit)
    return (text[:cut] if cut > 0 else text[:limit]) + " …"
