"""Turn table-like text lines into ``Table`` blocks; prose stays as it is.

Forms seen in real reports, all handled here:

- tab-separated rows: ``'规章\\t0\\t0\\t0'`` (text extracted from PDF or Word);
- one cell per line, each prefixed by a tab, long cells wrapped onto an untabbed line
  (``'\\t本年新'`` / ``'制作数量'`` / ``'\\t本年新公开数量'``): rows are rebuilt from the labels;
- one cell per line without tabs (the Word and PDF copies of such text);
- markdown pipe rows ``'| 规章 | 0 | 0 | 0 |'`` with ``'|---|'`` separators, and ``' | '``-flattened rows;
- crawled pages with one cell per line, each closed by a pipe (``'规章 |'`` / ``'0 |'``; a blank cell is a lone
  ``'|'``, and a run of pipes ``'|||||||'`` pads a row out to the table's width), or with a lone ``'|'`` line
  after every cell (``'规章'`` / ``'|'`` / ``'0'`` / ``'|'``): read like tab-prefixed cells (``_pipe_cells``);
- crawled pages with the whole body on one line and the cells run together
  (``'一、本年新收政府信息公开申请数量21710000218'``): split at the template's labels; the digits
  stay one cell, which ``split_glued_row`` later divides using the table's arithmetic.

Fragments of one table broken by short stray lines (converter headings ``'## 表三：…'``, page
numbers, row labels promoted to headings ``'### 一、本年新收政府信息公开申请数量'``) are merged into
one ``Table`` so that such row labels never stay loose lines that look like part headings.
"""
from __future__ import annotations

import re

from indexer.cells import (PLACEHOLDERS, is_part_heading, is_value, normalise_cell, normalise_label,
                           split_glued_row)
from indexer.memo import for_short_texts
from indexer.model import Block, Table
from indexer.normalize import squeeze
from indexer.sections import classify_heading, heading_number
from indexer.tokens import ROW_WORDS, TOP_LABELS, bare_cells, line_cells, split_glued_text

# The cell helpers are re-exported: callers import them from here.
__all__ = ["PLACEHOLDERS", "is_part_heading", "is_value", "normalise_cell", "normalise_label", "recover_tables",
           "split_glued_row"]

_PIPE_CELL = re.compile(r"^\s*([^|\t]{1,80}?)\s*\|[\s|]*$")  # '规章 |', '0 |': one cell closed by a pipe
# (round 44) ...and the row's padding run on the cell's own line ('8 | ||||||', '其他 | |||'): the padding is dropped
_LONE_PIPE = re.compile(r"^\s*\|\s*$")
_PIPE_PAD = re.compile(r"^\s*\|{2,}\s*$")  # '|||||||': a row padded out to the table's width, no cells
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ONE_CELL = re.compile(r"^\t[^\t]*$")
_PAGE_NUMBER = re.compile(r"^\s*[—\-–]\s*\d{1,3}\s*[—\-–]\s*$")


@for_short_texts()  # a line is asked again when it may continue a cell; table lines recur in every report
def _kind(line: str) -> str:
    """'md', 'sep', 'tabrow', 'cell' (one tabbed cell per line) or 'text'."""
    stripped = line.strip()
    if _MD_SEPARATOR.match(stripped):
        return "sep"
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "md"
    if stripped.count(" | ") >= 2:
        # (a crawled page run onto one line whose widgets or tables hold ' | ' is a paragraph, not a row: a cell
        # of it is a sentence, '字号：大 中 小 | 打印 | 关闭 某某局2022年…报告 根据《条例》，现公布如下。 一、总体情况 …')
        return "text" if _runs_on(stripped) else "md"
    if "\t" in line:
        filled = [c for c in line.split("\t") if c.strip()]
        if len(filled) == 1 and (is_part_heading(filled[0]) or _is_prose(filled[0])):
            return "text"  # an indented heading or paragraph, not a table
        return "cell" if _ONE_CELL.match(line) else "tabrow"
    return "text"



_RUN_ON_CELL = 40


def _runs_on(line: str) -> bool:
    """True for a line with ' | ' in it one of whose pieces is running prose (a sentence's full stop, 40 characters)."""
    return any("。" in cell and len(cell) >= _RUN_ON_CELL for cell in line.split("|"))


def _md_cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [normalise_cell(c) for c in stripped.split("|")]


def _starts_row(cell: str) -> bool:
    """A cell that opens a new row when cells come one per line."""
    text = normalise_label(cell)
    if text.startswith("第二十条") or text.startswith("信息内容") or "勾稽关系" in text:
        return True
    if text in {normalise_label(w) for w in ROW_WORDS}:
        return True
    return any(label in text for label in TOP_LABELS) or text.endswith("总计") and text != "总计"


def _rows_from_cells(cells: list[str]) -> list[list[str]]:
    """Rebuild rows from one-cell-per-line text: a label after values opens a new row."""
    rows: list[list[str]] = []
    row: list[str] | None = None
    has_values = False
    empties = 0
    for cell in cells:
        if cell == "":
            empties += 1
            continue
        if is_value(cell):
            if row is None or (not has_values and len([c for c in row if c]) >= 4):
                row = []  # values under a header row of their own
                rows.append(row)
            row.extend([""] * empties + [cell])
            has_values = True
        elif row is None or has_values or _starts_row(cell):
            row = [""] * empties + [cell]
            rows.append(row)
            has_values = False
        else:
            row.extend([""] * empties + [cell])
        empties = 0
    if row is not None:
        row.extend([""] * empties)
    return rows


def _fragment_rows(lines: list[tuple[str, str]]) -> list[list[str]]:
    """Rows of one run of table-like lines (kind, line)."""
    rows: list[list[str]] = []
    cells: list[str] = []
    for kind, line in lines:
        if kind == "cell":
            cells.append(normalise_cell(line[1:]))
            continue
        if kind == "cont":
            cells[-1] += line.strip()
            continue
        if cells:
            rows += _rows_from_cells(cells)
            cells = []
        if kind == "md":
            rows.append(_md_cells(line))
        elif kind == "tabrow":
            rows.append([normalise_cell(c) for c in line.split("\t")])
    if cells:
        rows += _rows_from_cells(cells)
    return rows


def _is_prose(line: str) -> bool:
    return "。" in line or len(normalise_label(line)) > 60


def _absorbed_row(line: str) -> list[str]:
    """A loose line taken into a table as a row; a page number (— 4 —) keeps the table whole but is
    no row of it (an empty row is dropped)."""
    if _PAGE_NUMBER.match(line):
        return []
    cells = line_cells(line)
    if cells is not None:
        return cells
    return [normalise_cell(re.sub(r"^[#>\s]+", "", line))]


def _is_vocabulary(line: str) -> bool:
    """A short loose line made only of table words: a header or row label outside its table."""
    if is_part_heading(line) or _is_prose(line):
        return False
    return bool(_PAGE_NUMBER.match(line)) or line_cells(line) is not None


def recover_tables(blocks: list[Block]) -> list[Block]:
    """Turn table-like text lines into ``Table`` blocks; prose and existing tables stay (tables normalised)."""
    expanded: list[Block] = []
    for block in _pipe_cells(blocks):
        if isinstance(block, str) and "\t" not in block and "|" not in block and len(block) > 80:
            expanded += split_glued_text(block) or [block]
        else:
            expanded.append(block)
    expanded = bare_cells(expanded)

    # Group consecutive table-like lines into fragments.
    items: list[tuple[str, object]] = []  # ("table", Table) | ("frag", lines) | ("text", str)
    i = 0
    while i < len(expanded):
        block = expanded[i]
        if isinstance(block, Table):
            items.append(("table", Table(rows=[[normalise_cell(c) for c in row] for row in block.rows])))
            i += 1
            continue
        kind = _kind(block)
        if kind == "text":
            items.append(("text", block))
            i += 1
            continue
        lines: list[tuple[str, str]] = []
        start = i
        while i < len(expanded) and isinstance(expanded[i], str):
            line = expanded[i]
            kind = _kind(line)
            if kind == "text" and lines and lines[-1][0] in ("cell", "cont") and _continues_cell(expanded, i):
                kind = "cont"
            elif kind == "text":
                break
            if kind != "sep":
                lines.append((kind, line))
            i += 1
        if lines:
            items.append(("frag", lines))
        else:  # separator lines with no table rows: leave them as they are
            items += [("text", line) for line in expanded[start:i]]

    return _merge_fragments(items)


_MIN_PIPE_RUN = 6  # lines, a figure among them and a row of the template's: a table, not stray lines ending in '|'


def _is_pipe_table(run: list[str]) -> bool:
    texts = [_pipe_text(line) for line in run]
    return any(is_value(t) for t in texts) and any(_starts_row(t) for t in texts if t and not is_value(t))


def _pipe_cells(blocks: list[Block]) -> list[Block]:
    """One-cell-per-line tables that a crawler closed with pipes, as tab-prefixed cells ('\\t规章', '\\t0').

    Two forms: every cell closed on its own line ('规章 |', '0 |', a blank cell ' |'), rows padded by
    pipe runs ('||||') that hold no cell and are dropped; or a lone '|' line after every cell
    ('规章' / '|' / '0' / '|'), where a lone '|' closes the line above and only a second one in a
    row is a blank cell. Rows are then rebuilt from the labels, as for tab-prefixed cells.
    """
    piped = [isinstance(block, str) and "|" in block for block in blocks]
    if not any(piped):
        return blocks  # most texts: no pipe, nothing to look at
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if not piped[i] and not (i + 1 < len(blocks) and piped[i + 1]):
            out.append(blocks[i])  # neither a pipe-closed cell nor a bare cell a lone pipe closes
            i += 1
            continue
        j = i
        while j < len(blocks) and _is_pipe_line(blocks, j):
            j += 1
        run = blocks[i:j]
        if j - i >= _MIN_PIPE_RUN and _is_pipe_table(run):
            out += _pipe_run(run)
        else:  # the run as it is, whole: every line is looked at once (linear time)
            out += run or [blocks[i]]
        i = max(j, i + 1)
    return out


def _is_pipe_line(blocks: list[Block], j: int) -> bool:
    """A line of a pipe-closed cell run: a closed cell, a lone or padding pipe, or a bare cell that the
    next line's lone pipe closes."""
    block = blocks[j]
    if not isinstance(block, str):
        return False
    if _LONE_PIPE.match(block) or _PIPE_PAD.match(block):
        return True
    if _PIPE_CELL.match(block):
        return not is_part_heading(_pipe_text(block))  # a part's heading closed by a pipe is no cell
    after = blocks[j + 1] if j + 1 < len(blocks) else None
    return (isinstance(after, str) and bool(_LONE_PIPE.match(after)) and "|" not in block and "\t" not in block
            and 0 < len(block.strip()) <= 80 and not _is_prose(block) and not is_part_heading(block))


def _pipe_text(line: str) -> str:
    match = _PIPE_CELL.match(line)
    return match.group(1).strip() if match else line.strip()


def _pipe_run(run: list[str]) -> list[str]:
    cells: list[str] = []
    closed = True  # whether the last line's cell is closed (a lone pipe after it closes it, not a blank)
    for line in run:
        if _PIPE_PAD.match(line):
            closed = True
        elif _LONE_PIPE.match(line):
            if closed:
                cells.append("")
            closed = True
        else:
            match = _PIPE_CELL.match(line)
            cells.append(match.group(1).strip() if match else line.strip())
            closed = bool(match)
    return ["\t" + cell for cell in cells]


def _continues_cell(blocks: list[Block], i: int) -> bool:
    """An untabbed short line inside one-cell-per-line text is the wrapped end of the cell before it."""
    line = blocks[i]
    if len(line.strip()) > 12 or _is_prose(line) or is_part_heading(line):
        return False
    return i + 1 < len(blocks) and isinstance(blocks[i + 1], str) and _kind(blocks[i + 1]) == "cell"


_MAX_GAP = 15  # loose lines tolerated between two fragments of one table


def _merge_fragments(items: list[tuple[str, object]]) -> list[Block]:
    """One ``Table`` per table: fragments, the short lines between them and loose labels around them."""
    out: list[Block] = []
    i = 0
    while i < len(items):
        kind, value = items[i]
        if kind in ("text", "table"):
            out.append(value)
            i += 1
            continue
        rows = _fragment_rows(value)
        # Loose vocabulary lines just before the table belong to it.
        lead: list[list[str]] = []
        while out and isinstance(out[-1], str) and _is_vocabulary(out[-1]):
            lead.insert(0, _absorbed_row(out.pop()))
        rows = lead + rows
        i += 1
        while True:
            j = i
            while j < len(items) and items[j][0] == "text" and j - i < _MAX_GAP:
                text = items[j][1]
                if is_part_heading(text) or _is_prose(text) or _numbered_part_heading(text):
                    break
                j += 1
            if j < len(items) and items[j][0] == "frag":
                rows += [_absorbed_row(items[k][1]) for k in range(i, j)]
                rows += _fragment_rows(items[j][1])
                i = j + 1
                continue
            break
        # A part-三 row label left just after the table (e.g. '四、结转下年度继续办理 0 0 0') joins it.
        while i < len(items) and items[i][0] == "text" and _is_top_label_line(items[i][1]):
            rows.append(_absorbed_row(items[i][1]))
            i += 1
        out.append(Table(rows=[r for r in rows if r]))
    return out


def _numbered_part_heading(line: str) -> bool:
    """A loose line numbered as the part its words name, though not in the template's words ('三、收到的处理政府信息公开
    申请情况', a slip for 收到和处理): between two tables it heads the part the second opens, not a row of the first
    (round 37). The template's numbered row labels ('三、本年度办理结果') head no part."""
    found = classify_heading(line)
    return bool(found) and heading_number(squeeze(line)) == found[0]


def _is_top_label_line(line: str) -> bool:
    text = normalise_label(line)
    return any(label in text for label in TOP_LABELS) and not _is_prose(line)
