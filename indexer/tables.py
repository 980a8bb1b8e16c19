"""Turn table-like text lines into ``Table`` blocks; prose stays as it is.

Forms seen in real reports, all handled here:

- tab-separated rows: ``'规章\\t0\\t0\\t0'`` (text extracted from PDF or Word);
- one cell per line, each prefixed by a tab, long cells wrapped onto an untabbed line
  (``'\\t本年新'`` / ``'制作数量'`` / ``'\\t本年新公开数量'``): rows are rebuilt from the labels;
- one cell per line without tabs (the Word and PDF copies of such text);
- markdown pipe rows ``'| 规章 | 0 | 0 | 0 |'`` with ``'|---|'`` separators, and ``' | '``-flattened rows;
- crawled pages with the whole body on one line and the cells run together
  (``'一、本年新收政府信息公开申请数量21710000218'``): split at the template's labels; the digits
  stay one cell, which ``split_glued_row`` later divides using the table's arithmetic.

Fragments of one table broken by short stray lines (converter headings ``'## 表三：…'``, page
numbers, row labels promoted to headings ``'### 一、本年新收政府信息公开申请数量'``) are merged into
one ``Table`` so that such row labels never stay loose lines that look like part headings.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from indexer.model import Block, Table

# Cells that only mark "nothing here"; figures read them as None, never 0.
PLACEHOLDERS = {"-", "—", "－", "–", "——", "--", "---", "－－"}

_NUMBER = re.compile(r"^[+\-＋－\u2212]?\d[\d,，]*(?:[.．]\d+)?\s*(?:万元|元|件|条|个|项|次|%)?$")
# '无' (none) fills a value cell in some reports: it is a value (unknown), not a label.
_VALUE_WORDS = {"无", "/", "／"}

# Template vocabulary. Words are matched with optional spaces between characters because
# extraction leaves stray spaces inside labels ('社会公益 组织', '三、本年度办 理结果 ').
_HEADER_WORDS = [
    "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "本年制发件数", "本年废止件数",
    "本年度止件数", "现行有效件数", "上一年项目数量", "本年增/减", "本年处理决定数量", "处理决定数量",
    "本年收费金额（单位：万元）", "本年收费金额(单位:万元)", "本年收费金额", "采购项目数量", "采购总金额",
    "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织",
    "法律服务机构", "其他", "总计", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
    "未经复议直接起诉", "复议后起诉", "结果", "维持", "纠正", "尚未", "审结",
]
_ROW_WORDS = [
    "规章", "行政规范性文件", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制",
    "行政事业性收费", "政府集中采购",
]
# Part-三 rows that start with 一、二、三、四、 and so look like part headings.
_TOP_LABELS = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果",
               "结转下年度继续办理"]
_GROUP_WORDS = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "其他", "总计"]
# Headings of the template's parts, e.g. '三、收到和处理政府信息公开申请情况'.
_PART_PHRASES = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请", "存在的主要问题",
                 "其他需要报告的事项", "政府信息依申请公开"]


def _spaced(word: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in word)


def _alternation(words: Sequence[str]) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


_NUMERAL = r"[一二三四五六七][\s、，,.．]*"
_TOKEN_PATTERNS = [
    ("stop", rf"{_NUMERAL}(?:{_alternation(['存在的主要问题', '其他需要报告的事项', '总体情况'])})"),
    ("heading", rf"{_NUMERAL}(?:{_alternation(['主动公开政府信息情况', '收到和处理政府信息公开申请情况'])}"
                rf"|{_spaced('政府信息公开行政复议')}[、，]?{_spaced('行政诉讼情况')})"),
    ("marker", r"第\s*二\s*十\s*条\s*第\s*[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*项"
               r"|[（(]\s*本列数据的勾稽关系[^)）]*[)）]?|表\s*[一二三四五六]\s*[:：][^\n]{0,30}?情况"),
    ("label", rf"(?:[一二三四][\s、，,.．]*)?(?:{_alternation(_TOP_LABELS)})"
              rf"|[（(]\s*[一二三四五六七]\s*[)）]\s*(?:{_alternation(_GROUP_WORDS)})"
              r"(?:\s*[（(][^)）\d]*[)）])?"
              r"|[1-8]\s*[.．、]\s*[^\d\s（()）|]{2,60}"
              rf"|{_alternation(_ROW_WORDS)}"),
    ("word", _alternation(_HEADER_WORDS)),
    ("page", r"[—–][ \t]*\d{1,3}[ \t]*[—–]|-[ \t]+\d{1,3}[ \t]+-"),  # '— 5 —', not '-1' over '-1'
]
_TOKEN = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TOKEN_PATTERNS))
_DIGIT = re.compile(r"[+\-]?\d")
_NUMBER_TAIL = re.compile(r"\s*(?:万元|元)")
_IGNORABLE = set(" \t\n\r\u3000\xa0()（）[]|:：*#“”\"'")
_GLUE_START = re.compile(
    r"第二十条第[（(][一二三四五六七八九十]+[)）]项|[（(]本列数据的勾稽关系|本年新收政府信息公开申请数量\s*\d")


_MAX_VALUE = 40  # characters of a figure cell, spaces included
_MAX_RAW_HEADING = 200  # a heading of at most 45 characters, with room for spaces and markup


def normalise_cell(text: str) -> str:
    """A cell as shown: trimmed, markdown bold removed, dash placeholders made ''."""
    cell = text.replace("**", "").strip()
    return "" if cell in PLACEHOLDERS else cell


def normalise_label(text: str) -> str:
    """A label for matching: NFKC (full-width to half-width), no whitespace, no markdown marks."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s*#]+", "", text)


def is_value(cell: str) -> bool:
    """True for a number cell ('12', '+199', '12293400元', '18651.06') or a stated nothing ('无')."""
    if len(cell) > _MAX_VALUE:
        return False  # no figure is this long; and normalising a whole page per call is slow
    cell = unicodedata.normalize("NFKC", cell).strip()
    return bool(_NUMBER.match(cell)) or cell in _VALUE_WORDS


def is_part_heading(line: str) -> bool:
    """True for a heading of one of the template's six parts, numbered or not."""
    if len(line) > _MAX_RAW_HEADING:
        return False
    text = normalise_label(line)
    if not text or len(text) > 45 or "。" in text or text.startswith("表"):
        return False
    if any(phrase in text for phrase in _PART_PHRASES):
        return True
    return "行政复议" in text and "行政诉讼" in text and text.endswith("情况")


def _tokenise(text: str, pos: int = 0) -> tuple[list[tuple[str, str]], int]:
    """Template words, labels and numbers from ``pos`` on; stops at the first unknown text."""
    tokens: list[tuple[str, str]] = []
    n = len(text)
    while pos < n:
        match = _TOKEN.match(text, pos)
        if match and match.lastgroup == "stop":
            break
        if match and match.lastgroup:
            tokens.append((match.lastgroup, match.group().strip()))
            pos = match.end()
            continue
        if text[pos] in _IGNORABLE:
            pos += 1
            continue
        if not _DIGIT.match(text, pos):
            break
        # A number runs until a label starts: in '…40000042.其他法律…' the '2' opens row 2.
        first = pos + 1 if text[pos] in "+-" else pos
        end = first
        while end < n and (text[end].isdigit() or (text[end] in ".．" and end > first and end + 1 < n
                                                   and text[end + 1].isdigit())):
            label = _TOKEN.match(text, end)
            if label and label.lastgroup == "label":
                break
            end += 1
        if end == first:  # a sign before a label's own number: not a number
            pos += 1
            continue
        tail = _NUMBER_TAIL.match(text, end)
        if tail:
            end = tail.end()
        tokens.append(("number", re.sub(r"\s", "", text[pos:end])))
        pos = end
    return tokens, pos


def _rows_from_tokens(tokens: list[tuple[str, str]]) -> list[list[str]]:
    """Rows from a token run: a label row collects the numbers after it; header words share a row."""
    rows: list[list[str]] = []
    last = None
    for kind, text in tokens:
        text = normalise_cell(text)
        if (kind == last and kind in ("word", "label")) or (kind == "number" and last in ("label", "number")):
            rows[-1].append(text)
        else:
            rows.append([text])
        last = kind
    return rows


def _is_table_run(tokens: list[tuple[str, str]]) -> bool:
    """A table, not a sentence that happens to name a row: several labelled rows with numbers,
    or a header of several words over a row of numbers (the 复议/诉讼 table has no row labels)."""
    kinds = [k for k, _ in tokens]
    pairs = sum(1 for k, k2 in zip(kinds, kinds[1:]) if k == "label" and k2 == "number")
    headed = any(k == "word" and k2 == "number" for k, k2 in zip(kinds, kinds[1:]))
    return pairs >= 2 or (headed and kinds.count("word") >= 3 and kinds.count("number") >= 5)


def _blocks_from_tokens(tokens: list[tuple[str, str]]) -> list[Block]:
    """Tables from a token run; part headings inside it become text blocks between them."""
    out: list[Block] = []
    run: list[tuple[str, str]] = []
    for kind, token in tokens + [("heading", "")]:
        if kind != "heading":
            run.append((kind, token))
            continue
        if run:
            out.append(Table(rows=_rows_from_tokens(run)))
            run = []
        if token:
            out.append(token)
    return out


def _split_glued_text(text: str) -> list[Block] | None:
    """Split a one-line crawled page whose table cells run together; None if it holds no such table."""
    start = _GLUE_START.search(text)
    if not start:
        return None
    tokens, end = _tokenise(text, start.start())
    if not _is_table_run(tokens):
        return None
    out: list[Block] = []
    before = text[:start.start()]
    heading = re.search(rf"{_NUMERAL}(?:主动公开政府信息情况|收到和处理政府信息公开申请情况)\s*$", before)
    if heading and heading.start() > 0:
        out += [before[:heading.start()], before[heading.start():].strip()]
    elif before.strip():
        out.append(before)
    out += _blocks_from_tokens(tokens)
    if text[end:].strip():
        out.append(text[end:])
    return out


def _bare_cells(blocks: list[Block]) -> list[Block]:
    """Rebuild tables whose cells come one per line without tabs (a Word or PDF copy of such text).

    A run of lines that are each a number, a template word or label, or a short piece of a
    wrapped one ('本年新' / '制作数量') is read as one text by the same tokeniser as glued pages;
    the line breaks keep the numbers apart.
    """
    bare = [_is_bare_cell(block) for block in blocks]
    run_end = [0] * (len(blocks) + 1)  # run_end[i]: first index at or after i that is not a bare cell
    run_end[len(blocks)] = len(blocks)
    for k in range(len(blocks) - 1, -1, -1):
        run_end[k] = run_end[k + 1] if bare[k] else k
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = run_end[i]
        tables, used = _bare_table(blocks, i, j) if j - i >= 4 else ([], 0)
        out += tables or blocks[i:i + max(used, 1)]
        i += max(used, 1)
    return out


_WINDOW = 64  # lines tokenised at first; doubled while the tokeniser reads them all


def _bare_table(blocks: list[Block], start: int, stop: int) -> tuple[list[Block], int]:
    """Tables from the leading lines of blocks[start:stop] that the tokeniser reads whole, and how
    many lines it used. Lines are joined in growing windows, so a long run costs linear time."""
    size = _WINDOW
    while True:
        lines = blocks[start:min(stop, start + size)]
        text = "\n".join(lines)
        _, end = _tokenise(text)
        # Stopping short of the window's last two lines, the tokeniser did not stop for the cut
        # (a label wrapped over lines, '本年新' / '制作数量', may straddle it).
        if start + size >= stop or end < len(text) - len("\n".join(lines[-2:])) - 1:
            break
        size *= 2
    used, offset = 0, 0
    for line in lines:  # whole lines only: a line read halfway is not a table line
        offset += len(line)
        if offset > end and text[end:offset].strip():
            break
        used += 1
        offset += 1
    tokens, _ = _tokenise("\n".join(lines[:used]))
    return (_blocks_from_tokens(tokens), used) if used >= 4 and _is_table_run(tokens) else ([], used)


def _is_bare_cell(block: Block) -> bool:
    if not isinstance(block, str) or "\t" in block or "|" in block or is_part_heading(block):
        return False
    line = block.strip()
    if is_value(line) or _line_cells(line) is not None:
        return True
    return 0 < len(line) <= 8 and not re.search(r"[。，,；;：:]", line)


def _line_cells(line: str) -> list[str] | None:
    """Cells of a line that fully consists of template words, labels and numbers, else None."""
    text = re.sub(r"^[#>\s]+", "", line).replace("**", "")
    tokens, end = _tokenise(text)
    if end < len(text.rstrip()) or not tokens:
        return None
    return [token for _, token in tokens]


_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_PAGE_NUMBER = re.compile(r"^\s*[—\-–]\s*\d{1,3}\s*[—\-–]\s*$")


def _kind(line: str) -> str:
    """'md', 'sep', 'tabrow', 'cell' (one tabbed cell per line) or 'text'."""
    stripped = line.strip()
    if _MD_SEPARATOR.match(stripped):
        return "sep"
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "md"
    if stripped.count(" | ") >= 2:
        return "md"
    if "\t" in line:
        filled = [c for c in line.split("\t") if c.strip()]
        if len(filled) == 1 and (is_part_heading(filled[0]) or _is_prose(filled[0])):
            return "text"  # an indented heading or paragraph, not a table
        return "cell" if re.match(r"^\t[^\t]*$", line) else "tabrow"
    return "text"


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
    if text in {normalise_label(w) for w in _ROW_WORDS}:
        return True
    return any(label in text for label in _TOP_LABELS) or text.endswith("总计") and text != "总计"


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
    cells = _line_cells(line)
    if cells is not None:
        return cells
    return [normalise_cell(re.sub(r"^[#>\s]+", "", line))]


def _is_vocabulary(line: str) -> bool:
    """A short loose line made only of table words: a header or row label outside its table."""
    if is_part_heading(line) or _is_prose(line):
        return False
    return bool(_PAGE_NUMBER.match(line)) or _line_cells(line) is not None


def recover_tables(blocks: list[Block]) -> list[Block]:
    """Turn table-like text lines into ``Table`` blocks; prose and existing tables stay (tables normalised)."""
    expanded: list[Block] = []
    for block in blocks:
        if isinstance(block, str) and "\t" not in block and "|" not in block and len(block) > 80:
            expanded += _split_glued_text(block) or [block]
        else:
            expanded.append(block)
    expanded = _bare_cells(expanded)

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
                if is_part_heading(text) or _is_prose(text):
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


def _is_top_label_line(line: str) -> bool:
    text = normalise_label(line)
    return any(label in text for label in _TOP_LABELS) and not _is_prose(line)


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
