"""Write the numbers the figures' reader split back into the table they came from.

A crawled page that flattens a table runs a row's numbers together: '一、本年新收… | 21710000218'.
The reader (indexer/figures.py) splits such a row only when exactly one split makes its totals
add up (217|1|0|0|0|0|218) and reads its figures from the parts. The table the report page shows
must say the same, so the parts replace the glued cell here, in the model, and the row is marked
(``Table.split``) with the digits as written; the page only renders.

Part 三's parts follow the template's column order (自然人, 商业企业 … 其他, 总计), while a flattened
two-level header lists 自然人, 法人或其他组织, 总计, 商业企业 …: a table with split part-三 rows gets
that header in the order the parts were read, and its split rows' parts start in one column.
Part 四's fifteen parts are three groups of five; a table that holds only that row becomes the
three rows under the five result columns.
"""
from __future__ import annotations

from dataclasses import dataclass

from indexer.model import Table
from search.vocabulary import APPLICANTS, REVIEW_COLUMNS, REVIEW_GROUPS, is_number

_REQUEST_COLUMNS = [label for _, label in APPLICANTS] + ["总计"]
_APPLICANT_WORDS = {"自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织", "法律服务机构",
                    "其他", "总计"}


@dataclass
class SplitRow:
    """One row the reader split: where its glued cell is, the digits as written, the parts read."""

    table: Table  # the table as recovered (the parser's own object, shown on the page)
    row: int
    cell: int  # index of the glued cell in the row
    digits: str
    values: list[int] | None  # None: no single split adds up, the row stays as written and is marked so
    part: int  # 2, 3 or 4: which of the template's tables the row belongs to


def write_splits(splits: list[SplitRow]) -> None:
    """Put each split row's parts into its table's cells and mark the row (``Table.split``); mark the
    rows left unsplit (``Table.unsplit``)."""
    tables: dict[int, tuple[Table, list[SplitRow]]] = {}
    for split in splits:
        tables.setdefault(id(split.table), (split.table, []))[1].append(split)
    for table, rows in tables.values():
        _write(table, rows)


def _write(table: Table, found: list[SplitRow]) -> None:
    table.unsplit = {s.row: s.digits for s in found if s.values is None}
    splits = [s for s in found if s.values is not None]
    if not splits:
        return
    rows = [list(row) for row in table.rows]
    marks: dict[int, str] = {}
    for split in splits:
        row = rows[split.row]
        rest = row[split.cell + 1:]
        rows[split.row] = row[:split.cell] + [str(v) for v in split.values] + (rest if any(rest) else [])
        marks[split.row] = split.digits
    requests = [s for s in splits if s.part == 3]
    if requests:
        _align_requests(rows, requests)
    reviews = [s for s in splits if s.part == 4 and len(s.values) == 15]
    if len(reviews) == 1 and not table.unsplit:
        rows, marks = _regroup_review(rows, marks, reviews[0])
    table.rows, table.split = rows, marks


def _plain(cell: str) -> str:
    return "".join(cell.split())


def _align_requests(rows: list[list[str]], splits: list[SplitRow]) -> None:
    """Split part-三 rows' parts in one column run, under a header in the template's column order."""
    first = min(s.row for s in splits)
    header = next((i for i in range(first - 1, -1, -1)
                   if {"自然人", "总计"} <= {_plain(c) for c in rows[i]} and not any(is_number(c) for c in rows[i])), None)
    leading = [c for c in rows[header] if c and _plain(c) not in _APPLICANT_WORDS] if header is not None else []
    labels = {s.row: [c for c in rows[s.row][:s.cell] if c] for s in splits}
    width = max([len(leading)] + [len(v) for v in labels.values()] + [1])
    for split in splits:
        own = labels[split.row]
        rows[split.row] = own + [""] * (width - len(own)) + [str(v) for v in split.values]
    if header is not None:
        rows[header] = leading + [""] * (width - len(leading)) + _REQUEST_COLUMNS


def _regroup_review(rows: list[list[str]], marks: dict[int, str],
                    split: SplitRow) -> tuple[list[list[str]], dict[int, str]]:
    """A part-四 table of header rows and one split row: the three groups as rows of five results."""
    others = [i for i, row in enumerate(rows) if i != split.row and any(is_number(c) for c in row)]
    if others or split.row != len(rows) - 1:
        return rows, marks
    head = [row for row in rows[:split.row] if not any("结果维持" in _plain(c) for c in row)]
    grouped = [["", *(label for _, label in REVIEW_COLUMNS)]]
    for g, (_, label) in enumerate(REVIEW_GROUPS):
        grouped.append([label, *(str(v) for v in split.values[5 * g:5 * g + 5])])
    start = len(head) + 1
    return head + grouped, {start + g: split.digits for g in range(len(REVIEW_GROUPS))}
