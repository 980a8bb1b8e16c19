"""The statistics table: one row per selected report, a column per key figure, sortable, with totals.

The selection is exactly what the search for the same parameters lists (``select_reports``).
Totals add up the reports whose figure was read; rates over the selection are pooled
(Σ part ÷ Σ whole over the reports where both were read); medians are over the reports whose
value is known, and ``counts`` says how many that is. Sort links, pages and cell texts are
computed here as data; templates only print them.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace

from search.figures.columns import COLUMNS, Column, format_value, ratio, view_columns
from search.figures.crosscheck import Issue, check_continuity, check_prose
from search.figures.records import ReportRecord, record_store
from search.figures.stats_params import StatsParams
from search.retrieval.engine import run_search, select_reports
from search.retrieval.facets import FACET_LABELS, FacetValue
from search.retrieval.params import LEVELS

PAGE_SIZE = 100
BALANCE_LABELS = {"ok": "平衡", "mismatch": "不平衡", "incomplete": "无法核对"}
UNUSUAL_MIN_GROUP = 5  # reports in a level group before a value is called unusual for it
UNUSUAL_FACTOR = 3
UNUSUAL_MIN_GAP = {"count": 10, "amount": 10, "rate": 30}


@dataclass
class Cell:
    """A value with its text for the page, and a note when it is unusual for its level."""

    value: object
    text: str
    unusual: str = ""  # "high" or "low"
    note: str = ""


@dataclass
class Row:
    """One report in the table."""

    record: ReportRecord
    values: dict[str, object]  # every column's value, by key
    cells: list[Cell]  # the shown columns' cells
    balance: str
    failures: list[dict]
    issues: list[Issue]

    @property
    def problems(self) -> int:
        """Failed checks: within the tables, across years and against the prose."""
        return len(self.failures) + len(self.issues)

    @property
    def check_text(self) -> str:
        """The check column as words: balance, problems found, parts missing."""
        words = [BALANCE_LABELS.get(self.balance, "无法核对")]
        if self.problems:
            words.append(f"{self.problems} 处问题")
        if self.record.missing_parts:
            words.append(self.record.missing_text)
        return " · ".join(words)


@dataclass
class Header:
    """A column header with its sort link."""

    key: str
    label: str
    note: str
    numeric: bool
    sort_qs: str
    sorted: str  # "", "ascending" or "descending" (aria-sort)


@dataclass
class Summary:
    """Totals and medians of one column over the whole selection."""

    key: str
    total: object
    median: object
    count: int  # reports whose value is known
    total_text: str
    median_text: str


@dataclass
class GroupMedians:
    """Medians of the shown columns for the reports of one level or agency type."""

    name: str
    reports: int
    medians: dict[str, Cell]  # every column's, by key


@dataclass
class StatsTable:
    """Everything the /stats page and /api/stats show."""

    params: StatsParams
    columns: list[Column]  # shown
    headers: list[Header]
    rows: list[Row]  # of the shown page
    all_rows: list[Row]  # sorted, every page
    summaries: list[Summary]  # shown columns
    all_summaries: dict[str, Summary]  # every column
    by_level: list[GroupMedians]
    by_type: list[GroupMedians]
    page: int
    pages: int
    messages: list[str]

    @property
    def total(self) -> int:
        """Reports selected."""
        return len(self.all_rows)

    @property
    def sort_text(self) -> str:
        """How the rows are ordered, in words: '按本年新收申请降序排列'."""
        label = next((h.label for h in self.headers if h.sorted), "")
        return f"按{label}{'降序' if self.params.desc else '升序'}排列"

    @property
    def pager(self) -> dict:
        """Query strings of the previous and next pages (None at either end)."""
        return {"prev": self.params.query_string(page=self.page - 1) if self.page > 1 else None,
                "next": self.params.query_string(page=self.page + 1) if self.page < self.pages else None}

    @property
    def median_groups(self) -> list[dict]:
        """The two tables of medians: by level and by agency type."""
        return [{"title": "按层级的中位数", "column": "层级", "groups": self.by_level},
                {"title": "按机构类型的中位数", "column": "机构类型", "groups": self.by_type}]


def median(values: list) -> float | int | None:
    """The median of the known values, None when there are none."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    m = statistics.median(known)
    return int(m) if float(m).is_integer() else round(m, 2)


def summarise(column: Column, rows: list[Row]) -> Summary:
    """Total (pooled for rates) and median of one column."""
    values = [r.values[column.key] for r in rows]
    known = [v for v in values if v is not None]
    if column.kind == "rate":
        parts = [r.record.parts[column.key] for r in rows]
        parts = [(n, d) for n, d in parts if n is not None and d is not None and d > 0]
        total = ratio(sum(n for n, _ in parts), sum(d for _, d in parts)) if parts else None
    else:
        total = round(sum(known), 4) if known else None
        if isinstance(total, float) and total.is_integer() and column.kind == "count":
            total = int(total)
    mid = median(values)
    return Summary(column.key, total, mid, len(known), format_value(total, column.kind), format_value(mid, column.kind))


def _sort_value(row: Row, by: str):
    """The value a row is sorted on; None sorts last in both directions."""
    if by == "agency":
        return row.record.agency
    if by == "year":
        return row.record.year
    if by == "level":
        return list(LEVELS).index(row.record.level) if row.record.level in LEVELS else len(LEVELS)
    if by == "check":
        return row.problems, row.balance == "mismatch", len(row.record.missing_parts)
    return row.values.get(by)


def _sorted(rows: list[Row], by: str, desc: bool) -> list[Row]:
    """Rows sorted on ``by``, unknown values last; ties by agency, then newest first."""
    rows = sorted(rows, key=lambda r: (r.record.agency, -(r.record.year or 0)))
    keyed = [(_sort_value(r, by), r) for r in rows]
    known = [(v, r) for v, r in keyed if v is not None]
    known.sort(key=lambda vr: vr[0], reverse=desc)  # stable: ties keep the agency order
    return [r for _, r in known] + [r for v, r in keyed if v is None]


def _groups(rows: list[Row], columns: list[Column], attr) -> list[GroupMedians]:
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(attr(row.record), []).append(row)
    out = []
    for name, members in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        medians = {}
        for column in columns:
            values = [r.values[column.key] for r in members]
            mid = median(values)
            known = sum(1 for v in values if v is not None)
            medians[column.key] = Cell(mid, format_value(mid, column.kind), note=f"{known} 份报告有此数据")
        out.append(GroupMedians(name, len(members), medians))
    return out


def _level_medians(rows: list[Row], columns: list[Column]) -> dict[tuple[str, int], tuple[float, int]]:
    """(median, reports) of each shown column's known values among the reports of each level,
    for levels with enough of them to call a value unusual."""
    by_level: dict[str, list[Row]] = {}
    for row in rows:
        by_level.setdefault(row.record.level, []).append(row)
    out = {}
    for level, members in by_level.items():
        for i, column in enumerate(columns):
            values = [r.values[column.key] for r in members if r.values[column.key] is not None]
            if len(values) >= UNUSUAL_MIN_GROUP:
                out[(level, i)] = (statistics.median(values), len(values))
    return out


def _mark_unusual(rows: list[Row], columns: list[Column], medians: dict[tuple[str, int], tuple[float, int]]) -> None:
    """Flag the cells of ``rows`` far from the median of the reports at the same level."""
    for row in rows:
        level = row.record.level
        for i, column in enumerate(columns):
            found = medians.get((level, i))
            value, cell = row.values[column.key], row.cells[i]
            if found is None or value is None:
                continue
            mid, count = found
            gap = UNUSUAL_MIN_GAP[column.kind]
            high = value - mid >= gap and (column.kind == "rate" or value >= UNUSUAL_FACTOR * mid)
            low = column.kind == "rate" and mid - value >= gap
            if high or low:
                cell.unusual = "high" if high else "low"
                cell.note = f"同层级（{LEVELS.get(level, level)}）{count} 份报告的中位数为 {format_value(mid, column.kind)}"


def make_rows(store, records: list[ReportRecord]) -> list[Row]:
    """Rows of every record with all column values and the checks of each report."""
    continuity = check_continuity(store, records).issues
    by_report: dict[str, list[Issue]] = {}
    for issue in continuity:
        by_report.setdefault(issue.report_id, []).append(issue)
    rows = []
    for record in records:
        values = record.values
        issues = by_report.get(record.report_id, []) + check_prose(record)
        rows.append(Row(record, values, [], record.checks.get("requests_balance") or "incomplete",
                        list(record.checks.get("failures", [])), issues))
    return rows


@dataclass
class _Selected:
    """What the table computes of a selection whatever its sort, page and view (kept per selection)."""

    rows: list[Row]
    all_summaries: dict[str, Summary]
    by_level: list[GroupMedians]
    by_type: list[GroupMedians]
    messages: list[str]


SELECTIONS_KEPT = 8  # selections whose rows and summaries a generation keeps


def _selected(searcher, params: StatsParams) -> _Selected:
    """The rows, totals and group medians of the reports the search selects: computed once per
    selection and generation (sorting, paging and changing the view reuse them)."""
    selection = select_reports(searcher, params.search)
    store = record_store(searcher)
    kept = store.cache.setdefault("stats_selections", {})
    key = (tuple(selection.report_ids), tuple(selection.messages))
    found = kept.get(key)
    if found is None:
        rows = make_rows(store, store.records(selection.report_ids))
        found = _Selected(rows, {c.key: summarise(c, rows) for c in COLUMNS},
                          _groups(rows, COLUMNS, lambda r: LEVELS.get(r.level, r.level)),
                          _groups(rows, COLUMNS, lambda r: r.agency_type), selection.messages)
        if len(kept) >= SELECTIONS_KEPT:
            kept.pop(next(iter(kept)), None)
        kept[key] = found
    return found


def build_stats(searcher, params: StatsParams) -> StatsTable:
    """The table for the reports the search selects, sorted and paged, with totals and medians."""
    selected = _selected(searcher, params)
    columns = view_columns(params.view)
    rows = _sorted(selected.rows, params.by, params.desc)
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = min(params.search.page, pages)
    # Cells (texts, unusual values) for the rows shown only: a page of a province's thousands.
    shown = [replace(row, cells=[Cell(row.values[c.key], format_value(row.values[c.key], c.kind)) for c in columns])
             for row in rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]
    _mark_unusual(shown, columns, _level_medians(selected.rows, columns))
    headers = []
    for key, label, note, numeric in ([("agency", "机构", "", False), ("year", "年份", "", True), ("level", "层级", "", False)]
                                      + [(c.key, c.label, c.note, True) for c in columns]
                                      + [("check", "数据检查", "表内核对、跨年度衔接、文字与表格、缺少的部分", False)]):
        current = params.by == key
        desc = not params.desc if current else numeric  # numbers sort largest first on the first click
        headers.append(Header(key, label, note, numeric, params.query_string(by=key, desc=desc, page=1),
                              ("descending" if params.desc else "ascending") if current else ""))
    return StatsTable(
        params=params,
        columns=columns,
        headers=headers,
        rows=shown,
        all_rows=rows,
        summaries=[selected.all_summaries[c.key] for c in columns],
        all_summaries=selected.all_summaries,
        by_level=selected.by_level,
        by_type=selected.by_type,
        page=page,
        pages=pages,
        messages=list(selected.messages),
    )


@dataclass
class StatsFilter:
    """One facet of the statistics page: each value toggles on the same page, sort and view kept."""

    name: str
    label: str
    values: list[FacetValue]


@dataclass
class StatsPage:
    """Everything /stats shows: the table, the filters over it and the column views."""

    params: StatsParams
    table: StatsTable
    filters: list[StatsFilter]
    chosen: list[str]  # the chosen filter values, as labels


def stats_page(searcher, params: StatsParams) -> StatsPage:
    """The statistics page: the table, and facets counted as the search page counts them."""
    table = build_stats(searcher, params)
    own = params.table_query()
    filters = []
    for name, values in run_search(searcher, params.search).facets.items():
        if values:
            linked = [replace(f, toggle=f"{f.toggle}&{own}" if own else f.toggle) for f in values]
            filters.append(StatsFilter(name, FACET_LABELS[name], linked))
    chosen = [f.label for group in filters for f in group.values if f.selected]
    return StatsPage(params, table, filters, chosen)
