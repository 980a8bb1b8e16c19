"""How a table row reads in a snippet: its figures named, the empty ones left out.

A row of the template's tables as stored is ``label | 0 | 0 | 1 | 0 | 0 | 0 | 1``; a header row
is followed by rows of column names and then such a row. Shown as is, a hit on 行政复议 is a line
of column names and a line of numbers nobody can read. ``describe`` names each figure from the
template when the table is one of its own (the applicants of part 三, the review cases of part
四: their columns are fixed), else from the header rows above, and leaves out the zeros:

    （三）不予公开 | 3.危及“三安全一稳定”：自然人 1 · 总计 1
    行政复议 96（维持 58 · 纠正 9 · 其他 11 · 未审结 18）· 直接起诉 40（…）· 复议后起诉 31（…）
"""
from __future__ import annotations

import re

from search.analysis import fold
from search.figures.columns import COLUMN_BY_KEY
from search.vocabulary import APPLICANTS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, is_number

APPLICANT_NAMES = [label for _, label in APPLICANTS] + ["总计"]
REVIEW_GROUP_NAMES = ("行政复议", "直接起诉", "复议后起诉")
REVIEW_COLUMN_NAMES = ("维持", "纠正", "其他", "未审结", "总计")
REVIEW_WIDTH = len(REVIEW_GROUP_NAMES) * len(REVIEW_COLUMNS)
# The part-三 table, by its headings or by a row label no other table has (a long section puts the
# headings more than CONTEXT characters above its last rows).
_REQUEST_TABLE = re.compile(r"申请人情况|自然人|本年新收|上年结转|本年度办理结果|不予公开|无法提供|不予处理|其他处理|结转下年度"
                            r"|信访举报投诉|重复申请|公开出版物|大量反复申请|重新出具|逾期不补正")
_SPACES = re.compile(r"[\s\u3000]+")
_REVIEW_TABLE = re.compile(r"行政复议|行政诉讼|复议后起诉")
_NUMBER = re.compile(r"[\d.,，]+")
# The outcome groups of part 三 whose rows are numbered items (（三）不予公开 | 1.属于国家秘密 …), by the name a cell
# gives them, and the column that totals them as the result's figure badge does.
OUTCOME_GROUPS = {"不予公开": "outcome_refused", "无法提供": "outcome_unavailable", "不予处理": "outcome_not_processed",
                  "其他处理": "outcome_other"}
_GROUP_CELL = re.compile(r"[（(]?[三四五六]?[）)]?[.、．]?(不予公开|无法提供|不予处理|其他处理)")
_ITEM_CELL = re.compile(r"\d{1,2}\s*[.、．]")
# A line of nothing but the review table's column names, however a converter joined or split them
# (行政复议行政诉讼, 结果结果其他尚未, 未经复议直接起诉 | 复议后起诉).
_REVIEW_HEADINGS = re.compile(r"(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|直接起诉|结果|维持|纠正|其他|尚未|审结|总计"
                              r"|[\s|\u3000])+")


# A header's stand-in for a column's name (数据1 … 数据6 of a converted table): no name, and its digit no figure.
_PLACEHOLDER = re.compile(r"(?:数据|列|栏|字段|项目|指标|column|col)\s*\d{1,2}", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d+")
# Rows of part 二 whose three columns (制发, 废止, 现行有效) each hold a figure.
_THREE_COLUMN_ROW = re.compile(r"规章|规范性文件")
_REVIEW_COLUMN_WORDS = re.compile(r"维持|纠正|其他|尚未|审结|总计|结果")


def is_placeholder(cell: str) -> bool:
    """A header cell that names no column (数据1, 列2)."""
    return _PLACEHOLDER.fullmatch(_SPACES.sub("", cell)) is not None


def has_figures(cells: list[str]) -> bool:
    """Whether a row holds a digit outside its placeholder names (类别 | 数据1 | 数据2 is a header, not figures)."""
    return any(any(ch.isdigit() for ch in c) and not is_placeholder(c) for c in cells)


def glued_width(label: str, figures: list[str], context: str) -> int | None:
    """How many figures a row's one cell of digits runs together (一、本年新收… | 21710000218: seven), or None when
    its cells may be read as they stand. A row of the part-三 or review table, or a 规章 row of part 二, holding one
    cell of digits as long as its columns or longer cannot hold one figure (each column has a digit at least), and
    a run of several digits that starts with 0 is never one (0000000)."""
    digits = [c for c in figures if _DIGIT_RUN.fullmatch(c.strip())]
    if any(len(c.strip()) > 1 and c.strip().startswith("0") for c in digits):
        return len(max(digits, key=len).strip())
    if len(figures) != 1 or len(digits) != 1:
        return None
    context = _SPACES.sub("", context)
    for width, table in ((len(APPLICANT_NAMES), _REQUEST_TABLE), (REVIEW_WIDTH, _REVIEW_TABLE)):
        if len(digits[0].strip()) >= width and table.search(context):
            return width
    if _THREE_COLUMN_ROW.search(label) and len(digits[0].strip()) >= 3:
        return 3
    return None


def row_key(label: str) -> str | None:
    """The part-三 row a label names (its figure key), the template's items before its groups; None for another."""
    joined = _SPACES.sub("", label)
    last = _SPACES.sub("", label.split("|")[-1])
    for key, _, pattern in REQUEST_ROWS:
        if re.search(pattern, last if pattern.startswith("^") else joined):
            return key
    return None


def row_from_figures(figures: dict, key: str | None, focus: tuple[str, ...] = ()) -> str | None:
    """A part-三 row in ``describe``'s words from the figures the parser read (the row the text runs together):
    its applicants and total when all were read, its total alone when only that was, else None."""
    if key is None:
        return None
    values = [figures.get(f"{key}_{applicant}") for applicant, _ in APPLICANTS] + [figures.get(key)]
    if all(isinstance(v, (int, float)) for v in values):
        return describe(APPLICANT_NAMES, [f"{v:g}" for v in values], focus)[0]
    total = values[-1]
    return f"{APPLICANT_NAMES[-1]} {total:g}" if isinstance(total, (int, float)) else None


def is_review_columns(line: str, above: str) -> bool:
    """A line of nothing but the review table's column words (维持纠正结果审结维持纠正结果审结), under the review table's
    names (``above``): no sentence, a header a converter split from its table."""
    return (_REVIEW_HEADINGS.fullmatch(line) is not None and len(_REVIEW_COLUMN_WORDS.findall(line)) >= 2
            and _REVIEW_TABLE.search(above) is not None)


def value_of(cell: str) -> float | None:
    """A figure cell as a number ('无' is none, so 0); None for anything else."""
    cell = cell.strip()
    if cell == "无":
        return 0.0
    if not is_number(cell):
        return None
    digits = _NUMBER.search(cell.replace("，", ","))
    try:
        return float(digits.group().replace(",", "")) if digits else None
    except ValueError:
        return None


def template_names(width: int, context: str) -> list[str] | None:
    """The template's names for a row of ``width`` figures, when ``context`` (the row's label and the
    text above it) shows which of its tables the row belongs to."""
    # A PDF's table wraps its labels (（三）不\n予公开, 信访举报投诉类申 请): read them joined.
    context = _SPACES.sub("", context)
    if width == len(APPLICANT_NAMES) and _REQUEST_TABLE.search(context):
        return list(APPLICANT_NAMES)
    if width == REVIEW_WIDTH and _REVIEW_TABLE.search(context):
        return [f"{g}{c}" for g in REVIEW_GROUP_NAMES for c in REVIEW_COLUMN_NAMES]
    return None


def column_names(headers: list[list[str]], width: int) -> tuple[list[str] | None, int]:
    """Names for ``width`` columns from the header rows above them, and the row they come from.

    The nearest row with exactly ``width`` cells; else the last row completed from the front
    of the row above it, which is how a cell spanning two header rows comes out of a converted
    table (结果维持 … 总计 of 行政复议 above the ten columns of 行政诉讼).
    """
    for i in range(len(headers) - 1, -1, -1):
        if len(headers[i]) == width:
            return headers[i], i
    if len(headers) >= 2:
        last, above = headers[-1], headers[-2]
        missing = width - len(last)
        if 0 < missing <= len(above):
            return above[:missing] + last, len(headers) - 1
    return None, -1


def describe(names: list[str], cells: list[str], focus: list[str] = ()) -> tuple[str, bool]:
    """(the figures with their names, zeros left out but those of a column the query names; whether
    any is above zero)."""
    values = [value_of(c) for c in cells]
    nonzero = any(v for v in values if v is not None)
    if len(names) == REVIEW_WIDTH and names[0].startswith(REVIEW_GROUP_NAMES[0]):
        return _review(cells, values), nonzero
    asked = [any(t and t in n for t in focus) for n in names]
    pairs = [f"{n} {c}" for n, c, v, a in zip(names, cells, values, asked) if v != 0 or a]
    doubt = disputed_total(values[:-1], values[-1]) if list(names) == APPLICANT_NAMES else ""
    if not pairs:
        total = names[-1] if "总计" in names[-1] or "合计" in names[-1] else None
        return (f"{total} 0" if total else "均为 0"), False
    if "总计" in names[-1] and values[-1] == 0 and not asked[-1]:
        pairs.append(f"{names[-1]} 0")
    if doubt and pairs[-1].startswith(f"{names[-1]} "):
        pairs[-1] += f"{DISPUTED_MARK}（{DISPUTED_MARK}{doubt}）"
    return " · ".join(pairs), nonzero


# A total its own row's parts add up differently to is marked as the figures pages mark it (* and why, in words, so
# the search's export says it too): the snippet quotes the table, the table disputes itself (QA 30 #8). The row's
# sum is the check indexer/checks.py makes of the template's rows; a blank part disputes only a total it exceeds.
DISPUTED_MARK = "*"


def disputed_total(parts: list[float | None], total: float | None) -> str:
    """Why ``parts`` dispute ``total`` ('' when they do not or cannot): 表中分项之和为 11，与所填总计 0 不符."""
    known = [v for v in parts if v is not None]
    if total is None or not known:
        return ""
    added = sum(known)
    if len(known) == len(parts) and abs(added - total) > 1e-9:
        return f"表中分项之和为 {added:g}，与所填总计 {total:g} 不符"
    if len(known) < len(parts) and added > total + 1e-9:
        return f"表中已填分项之和 {added:g} 超过所填总计 {total:g}"
    return ""


def _review(cells: list[str], values: list[float | None]) -> str:
    """The review table's three groups, each by its total with its non-zero outcomes after it."""
    out = []
    width = len(REVIEW_COLUMN_NAMES)
    for i, group in enumerate(REVIEW_GROUP_NAMES):
        part = list(zip(REVIEW_COLUMN_NAMES, cells[i * width : (i + 1) * width], values[i * width : (i + 1) * width]))
        total = part[-1][1]
        inner = " · ".join(f"{n} {c}" for n, c, v in part[:-1] if v)
        doubt = disputed_total([v for _, _, v in part[:-1]], part[-1][2])
        if doubt:
            total += DISPUTED_MARK
            inner = f"{inner}；{DISPUTED_MARK}{doubt}" if inner else f"{DISPUTED_MARK}{doubt}"
        out.append(f"{group} {total}" + (f"（{inner}）" if inner else ""))
    return " · ".join(out)


def is_review_headings(line: str) -> bool:
    """True for a line made only of the review table's column names (and holding 复议 or 诉讼)."""
    return ("复议" in line or "诉讼" in line) and _REVIEW_HEADINGS.fullmatch(line) is not None


def review_line(figures: dict) -> str | None:
    """The review table as a report's parsed figures give it, in ``describe``'s words; None when
    the figures hold no review table."""
    keys = [f"{group}_{column}" for group, _ in REVIEW_GROUPS for column, _ in REVIEW_COLUMNS]
    if not any(isinstance(figures.get(k), (int, float)) for k in keys):
        return None
    values = [figures.get(k) if isinstance(figures.get(k), (int, float)) else None for k in keys]
    cells = ["–" if v is None else f"{v:g}" for v in values]
    return _review(cells, [float(v) if v is not None else None for v in values])


def outcome_group(line: str, offset: int) -> tuple[str, bool] | None:
    """The outcome group (不予公开 …) a line belongs to, and whether ``offset`` lies in the group's name: a table row
    whose cell names the group before one of its numbered items (（三）不予公开 | 1.属于国家秘密 | 0 …), or a line that
    is the group's name alone (a heading above its items' rows)."""
    alone = _GROUP_CELL.fullmatch(_SPACES.sub("", line))
    if alone:
        return alone.group(1), True
    cells = line.split(" | ")
    position = 0
    for i, cell in enumerate(cells):
        found = _GROUP_CELL.fullmatch(_SPACES.sub("", cell))
        following = cells[i + 1].strip() if i + 1 < len(cells) else ""
        if found and _ITEM_CELL.match(following):
            return found.group(1), position <= offset < position + len(cell)
        position += len(cell) + 3
    return None


def group_line(figures: dict, group: str, asked: tuple[str, ...] = ()) -> str | None:
    """An outcome group as a report's parsed figures give it: its total (as the figure badge counts it) and its
    items above 0 (（三）不予公开 3（危及“三安全一稳定” 1 · 属于四类过程性信息 1））, and those at 0 whose words the
    query asks (``asked``, folded: 国家秘密 in 不予公开 国家秘密); None unless every item was read."""
    column = OUTCOME_GROUPS[group]
    items = [(key, label) for key, label, _ in REQUEST_ROWS if key.startswith(column + "_") and key != "outcome_other_total"]
    values = [figures.get(key) for key, _ in items]
    total = COLUMN_BY_KEY[column].value(figures)
    if total is None or any(not isinstance(v, (int, float)) for v in values):
        return None
    heading = items[0][1].split(" ")[0]
    # An item's label without its number, and a long one (其他处理's) to its first clause. An item the query names is
    # shown at 0 too: the line stands for the item's row, which would otherwise answer the query's word with nothing.
    # The group's own words (其他 and 处理 of 其他处理) are answered by its total and name no item.
    asked = tuple(term for term in asked if term not in group)
    names = [_ITEM_CELL.sub("", label.split(" ", 1)[1], count=1) for _, label in items]
    named = [f"{name.split('、')[0]} {v:g}" for name, v in zip(names, values)
             if v or any(term in fold(name) for term in asked)]
    return f"{heading} {total:g}" + (f"（{' · '.join(named)}）" if named else "")
