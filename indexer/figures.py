"""Read the template's statistics from tables by matching row and column labels.

Every key is listed in docs/figures.md with the Chinese label it comes from. A blank cell, 无, a
dash or a row the table never reaches is None, never 0. Rows are recognised by their own words
('国家秘密', '本年新收', …), so label variants ('（一）' / '(一)', '不 予公开', '本年度止件数',
'不准确') and merged label cells, repeated or blank, read the same. Columns are matched by the
header words in parts 二 and 四. In part 三 the header is two-level and extraction scrambles it,
so a row's seven cells are taken in the template's fixed order (自然人, 商业企业, 科研机构,
社会公益组织, 法律服务机构, 其他, 总计), and only when the labelled row has exactly seven.
"""
# Over 350 lines, kept whole: one _Reader walks a report's tables once for parts 二, 三 and 四,
# which share its row and column matching and its warnings (the vocabulary is search/vocabulary.py).
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.memo import CELL, for_short_texts
from indexer.model import Block, Table
from indexer.near_labels import letters, nearest
from indexer.normalize import quoted
from indexer.script import strip_glosses, to_key
from indexer.cells import glued_total
from indexer.row_order import Loose, place
from indexer.split_cells import SplitRow
from indexer.tables import is_part_heading, is_value, normalise_label, recover_tables, split_glued_row
from search.vocabulary import (APPLICANTS, COLUMN_WORDS, GROUP_ROWS, KEY_FIGURES, OTHER_2021, P2_COLUMNS, P2_KEYS,
                                P2_ROWS, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_WORDS, ROW_LABELS,
                                SUMMED_FIGURES, TEMPLATE_NAMES, TEMPLATE_OF_COLUMN, figure_keys, parse_number)

# The vocabulary is re-exported: callers import the keys and labels from here.
__all__ = ["APPLICANTS", "KEY_FIGURES", "OTHER_2021", "REQUEST_ROWS", "REVIEW_COLUMNS", "REVIEW_GROUPS", "ROW_LABELS",
           "FigureResult", "extract_figures", "figure_keys", "parse_number"]

# Statistics tables of the pre-2019 reports ('指标名称 计量单位 2017年度 历年累计').
_PRE2019 = re.compile(r"指标名称|历年累计|依申请公开(?:信息)?总数|对申请的答复")
# Words only the template's own tables use.
_REQUEST_PATTERNS = [(key, label, re.compile(pattern)) for key, label, pattern in REQUEST_ROWS]
_LISTED = 8  # labels a warning names before it says how many more
_GROUP = re.compile(r"^\(([一二三四五六七])\)")  # '(六)' of part 三's rows, on normalised labels
_TOP_ROW = re.compile(r"^[一二三四][、,.]")
_REVIEW = re.compile(r"行政复议|行政诉讼|起诉")
_TEMPLATE_WORDS = re.compile(r"第二十条|信息内容|本年新收|上年结转|申请人情况|结果维持|未经复议|复议后起诉")


@dataclass
class FigureResult:
    """Figures read from a report's tables, the template they follow, and what could not be read."""

    figures: dict[str, object]
    template: str | None
    warnings: list[str] = field(default_factory=list)
    inferred_rows: list[str] = field(default_factory=list)  # part-三 rows read by the template's row order (row_order)
    splits: list[SplitRow] = field(default_factory=list)  # glued rows split, for split_cells to write into the tables


def _request_keys(labels: list[str], group: str | None) -> list[str]:
    """Part-三 keys the labels name: exactly one for a readable row, several for a jumble."""
    return list(_request_keys_of(tuple(labels), group)) if labels else []


@lru_cache(maxsize=1 << 10)  # a row's labels are the template's: the same few hundred in every report
def _request_keys_of(labels: tuple[str, ...], group: str | None) -> tuple[str, ...]:
    joined = "".join(normalise_label(label) for label in labels)
    last = normalise_label(labels[-1])
    keys = []
    for key, _, pattern in _REQUEST_PATTERNS:
        if key == "outcome_other_other":
            if pattern.search(last) or (group == "六" and last == "其他"):
                keys.append(key)
        elif key not in GROUP_ROWS and pattern.search(joined):
            keys.append(key)
    return tuple(keys or [key for key, _, pattern in _REQUEST_PATTERNS if key in GROUP_ROWS and pattern.search(joined)])


def _review_group(text: str) -> str | None:
    if "未经复议" in text or "直接起诉" in text:
        return "litigation_direct"
    if "复议后" in text:
        return "litigation_after_reconsideration"
    if "行政复议" in text and "行政诉讼" not in text:
        return "reconsideration"
    return None


def _split(row: list[str]) -> tuple[list[str], int]:
    """A row's label texts and the index where its value cells begin."""
    end = 0
    for i, cell in enumerate(row):
        if cell and not is_value(cell):
            end = i + 1
    return [c for c in row[:end] if c], end


@for_short_texts(CELL)  # cells (numbers, the template's labels) recur in every table of every report
def _near(cell: str) -> tuple[str, bool]:
    """(the cell as the template writes it, whether it was a misreading of that) for Reader.near."""
    label = nearest(cell)
    if label is None or letters(label) == letters(cell):
        return cell, False
    return label, letters(cell) not in letters(label)  # a piece of a wrapped label is no misreading



@for_short_texts(CELL)
def _simplified(cell: str) -> str:
    return cell if not cell or is_value(cell) else to_key(strip_glosses(cell))


def _column_words(labels: list[str]) -> bool:
    """Only column headings ('自然人', '总计'): never a row's name."""
    return all(normalise_label(label) in COLUMN_WORDS for label in labels)


def _names_one_row(labels: list[str]) -> bool:
    """Labels naming one part-三 row by its own words (a bare '总计' is a column heading too)."""
    keys = _request_keys(labels, None)
    return len(keys) == 1 and keys[0] != "requests_total"


_P2_COLUMN_PATTERNS = [(re.compile(pattern), column) for pattern, column in P2_COLUMNS]
_REVIEW_PATTERNS = [(re.compile(pattern), column) for pattern, column in REVIEW_WORDS]


@lru_cache(maxsize=1 << 10)  # header words are the template's; every part-二 row reads its header again
def _match_column(word: str) -> str | None:
    return next((column for pattern, column in _P2_COLUMN_PATTERNS if pattern.search(word)), None)


def _request_columns(table: Table, splits: list[tuple[list[str], int]]) -> tuple[int | None, bool]:
    """(index of the rightmost number in the part-三 rows, whether those rows form a true grid).

    In a true grid (a reader's table, a clean markdown table) every row keeps its numbers in the
    same seven columns, so a blank 总计 stays in place. Text extraction often shifts rows by a
    cell, and then each row is read on its own (``_fit``). ``splits``: each row's ``_split``.
    """
    spans = []
    for row, (labels, start) in zip(table.rows, splits):
        if len(_request_keys(labels, None)) == 1:
            filled = [i for i in range(start, len(row)) if row[i]]
            if filled:
                spans.append((start, filled[0], filled[-1]))
    if not spans:
        return None, False
    right = max(last for _, _, last in spans)
    grid = len(spans) >= 2 and all(start <= right - 6 and first >= right - 6 for start, first, _ in spans)
    return right, grid


def _fit(row: list[str], start: int, rightmost: int | None) -> list[str] | None:
    """The seven cells 自然人 … 总计 of a part-三 text row, or None when they cannot be placed.

    Extraction leaves merged-label blanks before the numbers and stray empty cells after them
    ('一、本年新收…\\t\\t1\\t0\\t0\\t0\\t0\\t0\\t1\\t'); once those are dropped a row has seven cells.
    When the last of the seven is empty but the row's only number sits in the column where the
    rest of the table keeps its totals, the row lost a cell on its left and that number is 总计.
    """
    cells, offset = list(row[start:]), start
    while len(cells) > 7 and cells[-1] == "":
        cells.pop()
    while len(cells) > 7 and cells[0] == "":
        cells.pop(0)
        offset += 1
    filled = [i for i, c in enumerate(cells) if c]
    if len(cells) > 7:
        return None
    if not filled:
        return [""] * 7
    in_total_column = rightmost is not None and offset + filled[-1] == rightmost
    if len(cells) == 7 and (cells[-1] or not in_total_column):
        return cells
    if in_total_column and len(filled) == 1:
        return [""] * 6 + [cells[filled[0]]]
    return None


def _short(text: str, limit: int = 40) -> str:
    """A label for a message: spaces squeezed, cut with '…' past ``limit`` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit] + "…"


def _glued_message(what: str, digits: str) -> str:
    """The warning for cells run together that no single reading splits (``what``: '“规章”一行')."""
    return f"{what}的数字 {digits} 连在一起，无法确定唯一的拆分方式，各项数字留空。"


def _row(label: str) -> str:
    """A row as a message names it: '“规章”一行'."""
    return f"{quoted(_short(label, 100))}一行"


def _shown(value: object) -> str:
    """A figure as a message shows it, spaced from the Chinese around it: None is '空白', 680000.0 ' 680000 '."""
    if value is None:
        return "空白"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f" {value} "


class _Reader:
    """Walks the blocks once, keeping what a row needs: the part, headers, labels awaiting numbers."""

    def __init__(self) -> None:
        self.figures: dict[str, object] = {key: None for key in figure_keys()}
        self.seen: set[str] = set()
        self.warnings: list[str] = []
        self.part: int | None = None
        self.p2_header: list[str] | None = None  # the header row of part 二 in force
        self.group: str | None = None  # part-三 group numeral of the rows below, e.g. "六"
        self.pending: list[str] = []  # label-only rows whose numbers may come on the next row
        self.review_group: str | None = None
        self.review_columns: list[str | None] | None = None
        self.evidence: list[str] = []  # template hints from part-二 headers, in reading order
        self.other_rows: list[str] = []  # template hints from the layout of （六）其他处理
        self.has_table = self.pre2019 = self.old_stats = False
        self.glued = 0
        self.snapped: dict[str, str] = {}  # labels read as the template's (near_labels): as read -> as meant
        self.open_row: tuple[Table, int] | None = None  # the row the text stops in (``_open_row``)
        self.in_open_row = False  # whether the row being read is that one
        self.total_first = False  # part 三's header puts 总计 before 自然人
        self.order_events: list[tuple[str, object]] = []  # part-三 rows as read, for ``row_order.place``
        self.inferred_rows: list[str] = []  # the row keys ``row_order.place`` read, for the checks to list
        self.splits: list[SplitRow] = []
        self.source: tuple[Table, int] | None = None  # the table as given and the index of the row being read
        self.loose_sources: dict[int, tuple[Table, int] | None] = {}  # id(loose row) -> its source, for late reads

    def split_done(self, digits: str, values: list[int] | None, part: int) -> None:
        """Count a glued row split and remember where it is, so the shown table gets the parts too
        (``values`` None: a row left unsplit, which the shown table marks as such)."""
        self.glued += values is not None
        if self.source is None:
            return
        table, index = self.source
        cell = next((i for i, c in enumerate(table.rows[index]) if c.strip() == digits), None)
        if cell is not None:
            self.splits.append(SplitRow(table, index, cell, digits, values, part))

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def set(self, key: str, value: object, label: str) -> None:
        if key in self.seen and self.figures[key] != value:
            self.warn(f"{_row(label)}出现了两次，同一项分别为{_shown(self.figures[key])}和{_shown(value).rstrip()}，"
                      "保留第一次的数值。")
            return
        self.seen.add(key)
        self.figures[key] = value

    def number(self, cell: str, label: str) -> int | float | None:
        value, _, ok = parse_number(cell)
        if not ok:
            self.warn(f"{_row(label)}的单元格{quoted(cell)}不是数字，该项留空。")
        return value

    def see_text(self, text: str) -> None:
        if _PRE2019.search(text):
            self.pre2019 = True
        if is_part_heading(text):
            label = normalise_label(text)
            self.part = 2 if "主动公开" in label else 3 if "收到和处理" in label else 4 if "行政复议" in label else None
            self.pending = []

    def near(self, cell: str) -> str:
        """A label as the template writes it when it is a misreading of one (``near_labels``); a label in
        traditional script, or with a mirror's pinyin glosses, is read on its simplified key first
        ('上年結轉政府信息公開申請(qǐng)數量' is row 二), which is no misreading."""
        cell = _simplified(cell)
        label, snapped = _near(cell)
        if snapped:
            self.snapped.setdefault(cell, label)
        return label

    def read_table(self, table: Table) -> None:
        self.has_table = True
        open_index = self.open_row[1] if self.open_row and self.open_row[0] is table else None
        self.pending = []
        given, table = table, Table(rows=[[self.near(c) for c in row] for row in table.rows])
        cells = [normalise_label(c) for row in table.rows for c in row if c]
        if any(_TEMPLATE_WORDS.search(c) for c in cells):
            self.old_stats = False
        elif self.old_stats:
            return  # more of the older statistics table, cut by a line that looks like a heading
        splits = [_split(row) for row in table.rows]  # (once: the columns and the rows read them)
        rightmost, grid = _request_columns(table, splits)
        for index, (row, (labels, start)) in enumerate(zip(table.rows, splits)):
            self.in_open_row = index == open_index
            self.source = (given, index)
            if not any(row):
                continue
            if any(_PRE2019.search(c) for c in row):
                # The older statistics table ('指标名称 | 单位 | 统计数'): its rows 行政复议数, 收到申请数…
                # are not the template's, and it holds none of the template's figures.
                self.pre2019 = self.old_stats = True
                return
            has_values = any(row[start:])
            joined = "".join(normalise_label(c) for c in labels)
            if joined.startswith("第二十条"):
                self.part, self.p2_header, self.pending = 2, None, []
            elif not has_values and (joined.startswith("信息内容") or _column_words(labels)
                                     or (len(labels) >= 3 and not _names_one_row(labels))):
                self._header(row, labels)
            elif labels and normalise_label(labels[0]).rstrip(":") in P2_ROWS:
                self.part, self.pending = 2, []
                self._p2_row(P2_ROWS[normalise_label(labels[0]).rstrip(":")], labels[0], row, start)
            else:
                self._body_row(row, labels, start, has_values, joined, rightmost, grid)

    def _body_row(self, row: list[str], labels: list[str], start: int, has_values: bool, joined: str,
                  rightmost: int | None, grid: bool) -> None:
        for label in labels:  # remember the group: '3.其他' means (六)3 only under （六）
            match = _GROUP.match(normalise_label(label))
            if match:
                self.group = match.group(1)
            elif _TOP_ROW.match(normalise_label(label)):
                self.group = None
        keys = _request_keys(labels, self.group)
        if labels and not keys and _REVIEW.search(joined):
            self.part, self.pending = 4, []
            self.review_group = _review_group(joined) or self.review_group
        elif keys:
            self.part = 3
        if self.part == 4 and has_values and not keys:
            self._review_row(row[start:])
            return
        if not has_values:
            self.pending += labels
            return
        own = " ".join(labels)
        if not labels:  # numbers alone belong to the labels just above, if those name one row
            if self.part != 3:
                return
            # The row has no label column, so a true grid's columns (counted from the labels) would shift it.
            labels, keys, start, grid = self.pending, _request_keys(self.pending, self.group), 0, False
            if not labels:
                message = f"第三部分表格中的一行数字{quoted(' '.join(c for c in row if c))}没有行名称，未采用。"
                self.warn(message)
                self._loose(row, start, rightmost, grid, (), "", message)
                return
        self.pending = []
        if len(keys) == 1:
            if self._request_row(keys[0], row, start, rightmost, grid):
                self.order_events.append(("key", keys[0]))
            else:
                self._loose(row, start, rightmost, grid, tuple(keys), "", None)
        elif self.part == 3 or keys:
            message = f"第三部分表格中的{quoted(_short(' '.join(labels)))}一行在模板中找不到对应的行，未采用。"
            self.warn(message)
            self._loose(row, start, rightmost, grid, tuple(keys), "" if keys else own, message)

    def _loose(self, row: list[str], start: int, rightmost: int | None, grid: bool, keys: tuple[str, ...],
               label: str, warning: str | None) -> None:
        """Remember a part-三 row its labels could not place: the template's order may (``row_order``)."""
        filled = [c for c in row[start:] if c]
        if len(filled) == 1 and not (filled[0].isdigit() and len(filled[0]) >= 7):
            shape = "lone" if len(filled[0]) <= 3 else "other"
        else:
            shape = "row" if len(filled) == 1 or _fit(row, start, rightmost) is not None else "other"
        self.order_events.append(("loose", Loose(row, start, rightmost, grid, keys, label, shape, warning)))
        self.loose_sources[id(row)] = self.source

    def _place_by_order(self) -> None:
        placed = []
        for loose, key in place(self.order_events, self.seen):
            # A row its one label named was read under that key already and failed (digits run together that
            # split no one way): it holds its place in the count, and reading it again would fail the same way.
            if loose.keys == (key,):
                continue
            self.in_open_row = False
            self.source = self.loose_sources.get(id(loose.row))
            if loose.warning in self.warnings:
                self.warnings.remove(loose.warning)
            if self._request_row(key, loose.row, loose.start, loose.rightmost, loose.grid):
                placed.append((loose, key))  # the message names only rows read, not those left empty
        self.inferred_rows = [key for _, key in placed]
        if placed:
            names = "、".join(quoted(_short(ROW_LABELS[key], 24)) for _, key in placed[:_LISTED])
            more = f"等 {len(placed)} 行" if len(placed) > _LISTED else ""
            self.warn(f"第三部分表格中有 {len(placed)} 行数字的行名称与数字分开了，按模板的行序读作{names}{more}。")

    def _header(self, row: list[str], labels: list[str]) -> None:
        words = [normalise_label(c) for c in labels]
        self.pending = []
        if words[0].startswith("信息内容"):
            self.part, self.p2_header = 2, row
            columns = [_match_column(w) for w in words]
            self.evidence += [TEMPLATE_OF_COLUMN[c] for c in columns if c in TEMPLATE_OF_COLUMN]
            if any(w.startswith(("本年处理决定", "本年收费金额")) for w in words):
                self.evidence.append("2021")
            return
        if "自然人" in words or any("本年新收" in w for w in words):
            if "自然人" in words and "总计" in words:  # a header that puts 总计 first ('申请人情况 | 总计 | 自然人 …')
                self.total_first = words.index("总计") < words.index("自然人")
            return
        review = [next((col for pattern, col in _REVIEW_PATTERNS if pattern.search(w)), None) for w in words]
        if any("行政复议" in w or "行政诉讼" in w for w in words) or sum(1 for r in review if r) >= 3:
            self.part = 4
            complete = len(words) == 5 and sorted(filter(None, review)) == sorted(c for c, _ in REVIEW_COLUMNS)
            self.review_columns = review if complete else None

    def _p2_row(self, prefix: str, label: str, row: list[str], start: int) -> None:
        if self.p2_header is None:
            self.warn(f"{_row(label)}上方没有表头，未采用。")
            return
        header = self.p2_header
        unit = "万元" if any("万元" in c for c in header) else None
        positions = [(i, _match_column(normalise_label(c))) for i, c in enumerate(header) if c]
        positions = [(i, c) for i, c in positions if c]
        if len(row) == len(header) and all(i >= start for i, _ in positions):
            cells = [row[i] for i, _ in positions]  # a grid: header and row cells line up
        else:
            cells = list(row[start:])
            while len(cells) > len(positions) and cells[-1] == "":
                cells.pop()
            while len(cells) > len(positions) and cells[0] == "":
                cells.pop(0)
        if len(cells) == 1 and len(positions) > 1 and cells[0].isdigit():
            split = split_glued_row(cells[0], len(positions))
            if split is None:
                self.warn(_glued_message(_row(label), cells[0]))
                if len(cells[0]) >= len(positions):
                    self.split_done(cells[0], None, 2)
                return
            self.split_done(cells[0], split, 2)
            cells = [str(v) for v in split]
        if len(cells) != len(positions):
            self.warn(f"{_row(label)}有 {len(cells)} 个单元格，表头却有 {len(positions)} 列，各项数字留空。")
            return
        for (i, column), cell in zip(positions, cells):
            if column not in P2_KEYS[prefix]:
                self.warn(f"模板中{_row(label)}没有{quoted(_short(header[i]))}这一列，该单元格未采用。")
            elif column == "amount":
                self._amount(prefix, label, cell, unit)
            else:
                self.set(f"{prefix}_{column}", self.number(cell, label), label)

    def _amount(self, prefix: str, label: str, cell: str, header_unit: str | None) -> None:
        value, unit, ok = parse_number(cell)
        if not ok:
            self.warn(f"{_row(label)}的单元格{quoted(cell)}不是数字，该项留空。")
        unit = unit if unit in ("元", "万元") else header_unit
        self.set(f"{prefix}_amount", None if value is None else float(value), label)
        self.set(f"{prefix}_amount_unit", None if value is None else unit, label)
        yuan = None if value is None or unit is None else round(float(value) * (10000 if unit == "万元" else 1), 2)
        if value == 0:
            yuan = 0.0  # nothing is nothing in any unit
        self.set(f"{prefix}_amount_yuan", yuan, label)
        if value and unit is None:
            self.warn(f"{_row(label)}的金额 {cell} 未注明单位（元或万元），未换算为元。")

    def _request_row(self, key: str, row: list[str], start: int, rightmost: int | None, grid: bool) -> bool:
        """Read one part-三 row under ``key``; whether anything of it was read."""
        label = ROW_LABELS[key]
        filled = [c for c in row[start:] if c]
        if self.total_first:
            return self._total_first_row(key, label, row, start)
        if len(filled) == 1 and filled[0].isdigit() and len(filled[0]) >= 7 and len(row) - start < 7:
            split = split_glued_row(filled[0], 7, [(range(6), 6)])  # applicants add up to 总计
            if split is None:
                total = glued_total(filled[0], 6)
                if total is None:
                    self.warn(_glued_message(_row(label), filled[0]))
                    self.split_done(filled[0], None, 3)
                    return False
                # Several splits fit but all end in the same 总计: that figure is read, not guessed.
                self.warn(f"{_row(label)}的数字 {filled[0]} 连在一起，各申请人列有不止一种拆分方式，留空；"
                          f"每种拆分的总计都是 {total}，已取用。")
                self.set(key, total, label)
                self.split_done(filled[0], None, 3)
                return True
            self.split_done(filled[0], split, 3)
            cells = [str(v) for v in split]
        elif grid and rightmost is not None and start <= rightmost - 6:
            cells = (row + [""] * 7)[rightmost - 6:rightmost + 1]
        else:
            cells = _fit(row, start, rightmost)
        if cells is None and not self.in_open_row:
            short = _short_row_total(row[start:])
            if short is not None:
                total, count = short
                self.warn(f"{_row(label)}只有 {count} 个数字（{'、'.join(c for c in row[start:] if c)}），"
                          "最后一个等于其余之和，取作总计，各申请人列留空。")
                self.set(key, self.number(total, label), label)
                return True
        if cells is None:
            self.warn(f"无法判断{_row(label)}的单元格{quoted(' | '.join(row[start:]))}各属哪一列，各项数字留空。")
            return False
        self.other_rows += ["2021"] if key in OTHER_2021 else ["2019"] if key == "outcome_other_total" else []
        for (applicant, _), cell in zip(APPLICANTS, cells):
            self.set(f"{key}_{applicant}", self.number(cell, label), label)
        self.set(key, self.number(cells[6], label), label)
        return True

    def _total_first_row(self, key: str, label: str, row: list[str], start: int) -> bool:
        """A part-三 row under a header that names 总计 before 自然人: read in that order only when the
        row's arithmetic says so (its first cell the sum of the other six); a row that adds up the
        template's way is read that way; any other row, and one that cannot be checked, stays empty."""
        cells = [c for c in row[start:] if c]
        values = [parse_number(c) for c in cells]
        numbers = [v for v, _, ok in values if ok and isinstance(v, int)]
        if len(cells) != 7 or len(numbers) != 7:
            self.warn(f"第三部分的表头把“总计”排在“自然人”之前，{_row(label)}的单元格"
                      f"{quoted(' | '.join(row[start:]))}无法用合计核对列的次序，各项数字留空。")
            return False
        first, last = numbers[0] == sum(numbers[1:]), numbers[6] == sum(numbers[:6])
        if first and last and numbers != numbers[1:] + numbers[:1]:
            # '3 | 0 | 0 | 0 | 0 | 0 | 3' adds up either way: its 总计 is 3, its applicants are not known.
            self.set(key, self.number(cells[0], label), label)
            return True
        if first and not last:
            cells = cells[1:] + cells[:1]
        elif not last:
            self.warn(f"第三部分的表头把“总计”排在“自然人”之前，{_row(label)}的数字"
                      f"{quoted(' | '.join(cells))}按哪种次序都不合计，各项数字留空。")
            return False
        for (applicant, _), cell in zip(APPLICANTS, cells):
            self.set(f"{key}_{applicant}", self.number(cell, label), label)
        self.set(key, self.number(cells[6], label), label)
        return True

    def _review_row(self, values: list[str]) -> None:
        cells = list(values)
        while len(cells) > 15 and cells[-1] == "":
            cells.pop()
        while cells and cells[0] == "" and len(cells) not in (5, 10, 15):
            cells.pop(0)
        filled = [c for c in cells if c]
        if len(filled) == 1 and filled[0].isdigit() and len(cells) not in (5, 10, 15):
            sums = [(range(5 * g, 5 * g + 4), 5 * g + 4) for g in range(3)]  # four results add up to 总计
            split = split_glued_row(filled[0], 15, sums)
            if split is None:
                self.warn(_glued_message("行政复议、行政诉讼情况表", filled[0]))
                self.split_done(filled[0], None, 4)
                return
            self.split_done(filled[0], split, 4)
            cells = [str(v) for v in split]
        groups = {15: [g for g, _ in REVIEW_GROUPS], 10: [g for g, _ in REVIEW_GROUPS[1:]],
                  5: [self.review_group] if self.review_group else None}.get(len(cells))
        if not groups:
            self.warn(f"行政复议、行政诉讼情况表中的一行有 {len(cells)} 个数字，"
                      "与该表的 5、10 或 15 列都对不上，未采用。")
            return
        columns = self.review_columns if len(cells) == 5 and self.review_columns else [c for c, _ in REVIEW_COLUMNS]
        for g, group in enumerate(groups):
            label = dict(REVIEW_GROUPS)[group]
            for column, cell in zip(columns, cells[5 * g:5 * g + 5]):
                self.set(f"{group}_{column}", self.number(cell, label), label)

    def result(self) -> FigureResult:
        self._place_by_order()
        for key, parts in SUMMED_FIGURES.items():
            values = [self.figures[part] for part in parts]
            if None not in values:
                self.figures[key] = sum(values)
        if self.glued:
            self.warn(f"表格中有 {self.glued} 行的数字连在一起，均已按唯一能使合计相符的方式拆开。")
        if self.snapped:
            listed = "、".join(f"{quoted(_short(a))}读作{quoted(b)}" for a, b in list(self.snapped.items())[:_LISTED])
            more = f"等 {len(self.snapped)} 处" if len(self.snapped) > _LISTED else ""
            self.warn(f"表格中有的行名或列名与模板的文字相差一两个字，已按最接近的模板文字读取：{listed}{more}。")
        return FigureResult(self.figures, self._template(), self.warnings, self.inferred_rows, self.splits)

    def _template(self) -> str | None:
        """The part-二 column headers decide; the （六）其他处理 rows decide when part 二 is missing."""
        if len(set(self.evidence)) > 1:
            self.warn(f"第二部分的表头混用了 {'和 '.join(TEMPLATE_NAMES[t] for t in sorted(set(self.evidence)))}，"
                      f"按先出现的 {TEMPLATE_NAMES[self.evidence[0]]}认定。")
        template = (self.evidence or self.other_rows or [None])[0]
        if self.evidence and self.other_rows and self.other_rows[0] != template:
            self.warn(f"“（六）其他处理”一行按 {TEMPLATE_NAMES[self.other_rows[0]]}排列，第二部分的表格却按 "
                      f"{TEMPLATE_NAMES[template]}排列。")
        if template is None and "requests_new" not in self.seen and self.pre2019:
            return "pre2019"
        if template is None and "requests_new" in self.seen:
            self.warn("第三部分表格看不出采用的是 2019 版模板还是 2021 版模板。")
        return template


def _open_row(blocks: list[Block]) -> tuple[Table, int] | None:
    """The row the text stops in, when it stops inside a table (a page cut at its store's limit):
    the last row of a table that only bare numbers follow. Its cells may be cut short, so no
    reading that counts its cells (``_short_row_total``) is made of it."""
    for block in reversed(blocks):
        if isinstance(block, Table):
            filled = [i for i, row in enumerate(block.rows) if any(row)]
            return (block, filled[-1]) if filled else None
        if block.strip() and not all(is_value(cell) for cell in block.split()):
            return None
    return None


def _short_row_total(cells: list[str]) -> tuple[str, int] | None:
    """(总计, how many numbers) of a part-三 row that a crawled page left with fewer than seven cells.

    Such pages drop blank and merged cells, so the numbers left cannot be placed in their columns;
    the last one is 总计 only when it is the sum of the others (applicants add up to 总计): '3 | 3'
    is 3, a lone '0' is 0; a lone '5' (自然人 with a blank 总计, or 总计 alone?) and '2 | 3' stay unread.
    """
    filled = [c for c in cells if c]
    if not filled or len(cells) >= 7 or len(filled) >= 7:
        return None
    values = [parse_number(c) for c in filled]
    if not all(ok and isinstance(value, int) for value, _, ok in values):
        return None
    numbers = [value for value, _, _ in values]
    return (filled[-1], len(filled)) if numbers[-1] == sum(numbers[:-1]) else None


def extract_figures(blocks: list[Block], recovered: bool = False) -> FigureResult:
    """Figures, template ('2019', '2021', 'pre2019' or None) and warnings from a report's blocks
    (``recovered``: ``recover_tables`` has already been applied to them)."""
    reader = _Reader()
    blocks = blocks if recovered else recover_tables(blocks)
    reader.open_row = _open_row(blocks)
    for block in blocks:
        if isinstance(block, Table):
            reader.read_table(block)
        else:
            reader.see_text(block)
    return reader.result()
