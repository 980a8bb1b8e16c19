"""The statistics table: one row per selected report, a column per key figure, sortable, with totals.

The selection is what the search for the same parameters lists (``select_reports``), less the looser
matches that follow the reports matching as asked (``counted_only``).
Totals add up the reports whose figure was read; rates over the selection are pooled
(Σ part ÷ Σ whole over the reports where both were read); medians are over the reports whose
value is known, and ``counts`` says how many that is. Sort links, pages and cell texts are
computed here as data; templates only print them.
"""
# Over 350 lines, kept whole: the statistics table's rows, totals, medians and unusual marks are computed on
# the same per-generation arrays and selection cache; the page's filters are in stats_params.py.
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field, replace

import numpy as np

from search.figures.columns import COLUMN_BY_KEY, COLUMNS, Column, format_value, ratio, view_columns
from search.figures.crosscheck import Issue, check_continuity, check_prose
from search.figures.records import ReportRecord, record_store
from search.figures.stats_params import GROUPS_SHOWN, META_SORTS, PAGE_SIZE, StatsParams
from search.figures.text_figures import AREA_MARK, AREA_NOTE, FROM_TEXT_NOTE
from search.agencies.kind_filter import checked_kinds
from search.retrieval.engine import run_search
from search.retrieval.report_selection import select_reports
from search.retrieval.facets import FACET_LABELS, Chip, FacetValue, selection_chips
from search.retrieval.paging import page_note
from search.retrieval.params import LEVELS
from search.retrieval.suggest import name_key
from search.vocabulary import balance_text

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
    disputed: str = ""  # the report's own table disputes the figure (ReportRecord.disputed)
    from_text: bool = False  # no table gives it; the report's prose states it (counted, marked 文)
    area: str = ""  # the body's own is unknown; the prose states its whole area's total, this (shown apart, uncounted)

    @property
    def text_note(self) -> str:
        """What the mark 文 (or 地区合计) means, for its title and screen readers ('' for a table's value)."""
        return FROM_TEXT_NOTE if self.from_text else AREA_NOTE if self.area else ""

    @property
    def area_mark(self) -> str:
        """The mark beside an area's total (地区合计), '' for any other cell."""
        return AREA_MARK if self.area else ""

    @property
    def title(self) -> str:
        """The cell's title: where its value comes from, and why it is unusual."""
        return "；".join(n for n in (self.text_note, self.note) if n)


@dataclass
class Row:
    """One report in the table."""

    record: ReportRecord
    values: dict[str, object]  # every column's value, by key: the table's, else the prose's (ReportRecord.counted)
    cells: list[Cell]  # the shown columns' cells
    balance: str
    failures: list[dict]
    issues: list[Issue]
    # The values no table of the report gives but its prose states (引发行政复议3件), by column key: counted as the
    # tables' are (totals, medians, sorting), and marked (文) wherever they are shown (search/figures/text_figures.py).
    from_text: dict[str, float] = field(default_factory=dict)

    @property
    def problems(self) -> int:
        """Failed checks: within the tables, across years and against the prose."""
        return len(self.failures) + len(self.issues)

    @property
    def check_anchor(self) -> str:
        """Where /quality lists what the check column names (QA 41 #11: #report-… missed a report listed only for its
        missing parts, whose item is #missing-…): its table problems first, then its missing parts, then the issue."""
        if self.failures:
            return f"report-{self.record.report_id}"
        if self.record.missing_parts:
            return f"missing-{self.record.report_id}"
        issue = self.issues[0] if self.issues else None
        return "" if issue is None else (f"report-{issue.report_id}-{issue.rule}" if issue.kind == "continuity"
                                         else issue.kind)

    @property
    def check_text(self) -> str:
        """The check column as words: balance, problems found, parts missing."""
        words = [balance_text(self.balance)]
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
    text_total: object = None  # the part of ``total`` that reports' prose states (no table of theirs gives it)
    text_count: int = 0  # reports whose value is their prose's

    @property
    def text_total_shown(self) -> str:
        """The prose's part of the total as the page prints it ('1,046'), '' when no value is the prose's."""
        return format_value(self.text_total) if self.text_count else ""


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
    uncompared: list[str] = field(default_factory=list)  # shown reports with no peers to flag a value against

    @property
    def uncompared_note(self) -> str:
        """Which shown reports no value is flagged for, and why: too few peers (same level, government or department),
        or a level unknown (QA 42 F11: their absence of arrows is no sign of ordinary values)."""
        if not self.uncompared:
            return ""
        names = "、".join(self.uncompared[:5]) + (f" 等 {len(self.uncompared)} 份" if len(self.uncompared) > 5 else "")
        return f"本页未作比较（同层级同类报告不足 {UNUSUAL_MIN_GROUP} 份，或层级未知）：{names}。"

    @property
    def total(self) -> int:
        """Reports selected."""
        return len(self.all_rows)

    @property
    def has_text(self) -> bool:
        """Whether a shown column's total counts a value some report's prose states (the footer then says how much)."""
        return any(s.text_count for s in self.summaries)

    @property
    def sort_text(self) -> str:
        """How the rows are ordered, in words: '按本年新收申请降序排列'."""
        # A column the view does not show is named all the same (by=, view= typed): the order is not the shown columns'.
        by = self.params.by
        label = next((h.label for h in self.headers if h.sorted),
                     COLUMN_BY_KEY[by].label if by in COLUMN_BY_KEY else META_SORTS.get(by, ""))
        return f"按{label}{'降序' if self.params.desc else '升序'}排列"

    @property
    def pager(self) -> dict:
        """Query strings of the previous and next pages (None at either end)."""
        return {"prev": self.params.query_string(page=self.page - 1) if self.page > 1 else None,
                "next": self.params.query_string(page=self.page + 1) if self.page < self.pages else None}

    @property
    def median_groups(self) -> list[dict]:
        """The two tables of medians: by level (a handful, all shown) and by agency type, its GROUPS_SHOWN largest kinds
        unless every kind is asked (``groups=all``), with the link that shows the rest (``more``: label, query) or
        hides it again (74 kinds over 500 bodies weighed a quarter of the page)."""
        tables = []
        for title, column, groups in (("按层级的中位数", "层级", self.by_level),
                                      ("按机构类型的中位数", "机构类型", self.by_type)):
            more = None
            if len(groups) > GROUPS_SHOWN and column == "机构类型":
                more = ({"label": f"只显示报告最多的 {GROUPS_SHOWN} 类", "query": self.params.query_string(groups=False)}
                        if self.params.groups else
                        {"label": f"显示全部 {len(groups)} 类", "query": self.params.query_string(groups=True)})
                groups = groups if self.params.groups else groups[:GROUPS_SHOWN]
            tables.append({"title": title, "column": column, "groups": groups, "more": more})
        return tables


def median(values: list) -> float | int | None:
    """The median of the known values, None when there are none."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    m = statistics.median(known)
    return int(m) if float(m).is_integer() else round(m, 2)


def summarise(column: Column, rows: list[Row]) -> Summary:
    """Total (pooled for rates, from the tables) and median of one column, the prose's values counted with the
    tables' and their part of the total given apart."""
    values = [r.values[column.key] for r in rows]
    known = [v for v in values if v is not None]
    if column.kind == "rate":
        parts = [r.record.parts[column.key] for r in rows]
        parts = [(n, d) for n, d in parts if n is not None and d is not None and d > 0]
        total = ratio(sum(n for n, _ in parts), sum(d for _, d in parts)) if parts else None
    else:
        total = _whole(round(sum(known), 4), column) if known else None
    stated = [r.from_text[column.key] for r in rows if column.key in r.from_text]
    mid = median(values)
    return Summary(column.key, total, mid, len(known), format_value(total, column.kind), format_value(mid, column.kind),
                   _whole(sum(stated), column) if stated else None, len(stated))


def _whole(total, column: Column):
    """A count's total that is whole as an int (an int total stays an int)."""
    return int(total) if isinstance(total, float) and total.is_integer() and column.kind == "count" else total


@dataclass
class _Matrix:
    """Every report's column values as arrays (NaN where unknown), made once per generation, so
    that totals and medians over a selection of thousands of reports are array operations;
    ``summarise`` and ``median`` say what they compute (tests compare the two)."""

    row: dict[str, int]  # report id -> row
    values: np.ndarray  # float64, reports x COLUMNS: the table's value, else the prose's (ReportRecord.counted)
    floats: np.ndarray  # bool: the value is a float, not an int (an int total stays an int)
    text: np.ndarray  # bool: the value is the prose's
    parts: dict[str, tuple[np.ndarray, np.ndarray]]  # rate column -> (parts, wholes), NaN unknown


def _matrix(store) -> _Matrix:
    found = store.cache.get("matrix")
    if found is not None:
        return found
    records = store.records(store.all_ids())
    values = np.full((len(records), len(COLUMNS)), np.nan)
    floats = np.zeros(values.shape, dtype=bool)
    text = np.zeros(values.shape, dtype=bool)
    rates = [c.key for c in COLUMNS if c.kind == "rate"]
    parts = {key: (np.full(len(records), np.nan), np.full(len(records), np.nan)) for key in rates}
    for i, record in enumerate(records):
        for j, column in enumerate(COLUMNS):
            value = record.counted[column.key]
            if value is not None:
                values[i, j] = value
                floats[i, j] = isinstance(value, float)
                text[i, j] = column.key in record.from_text
        for key in rates:
            n, d = record.parts[key]
            parts[key][0][i] = np.nan if n is None else n
            parts[key][1][i] = np.nan if d is None else d
    matrix = _Matrix({r.report_id: i for i, r in enumerate(records)}, values, floats, text, parts)
    return store.cache.setdefault("matrix", matrix)


def _median_of(known: np.ndarray) -> float | int | None:
    """``median`` of values known to be known."""
    if not len(known):
        return None
    m = float(np.median(known))
    return int(m) if m.is_integer() else round(m, 2)


def _summaries(matrix: _Matrix, rows: list[Row]) -> dict[str, Summary]:
    """``summarise`` of every column, on the arrays (sums in the rows' order, as Python adds)."""
    at = np.array([matrix.row[r.record.report_id] for r in rows], dtype=np.int64)
    values, floats, text = matrix.values[at], matrix.floats[at], matrix.text[at]
    out = {}
    for j, column in enumerate(COLUMNS):
        known_mask = ~np.isnan(values[:, j])
        known = values[known_mask, j]
        if column.kind == "rate":
            n, d = (a[at] for a in matrix.parts[column.key])
            usable = ~np.isnan(n) & ~np.isnan(d) & (d > 0)
            total = ratio(sum(n[usable].tolist()), sum(d[usable].tolist())) if usable.any() else None
        elif not len(known):
            total = None
        elif not floats[known_mask, j].any():
            total = int(sum(known.tolist()))  # ints added as floats: exact below 2**53
        else:
            total = round(sum(known.tolist()), 4)
            if total.is_integer() and column.kind == "count":
                total = int(total)
        mid = _median_of(known)
        stated = values[text[:, j], j]
        text_total = None
        if len(stated):
            text_total = _whole(sum(stated.tolist()), column) if floats[text[:, j], j].any() else int(sum(stated.tolist()))
        out[column.key] = Summary(column.key, total, mid, len(known), format_value(total, column.kind),
                                  format_value(mid, column.kind), text_total, len(stated))
    return out


def _sort_value(row: Row, by: str):
    """The value a row is sorted on; None sorts last in both directions."""
    if by == "agency":
        return name_key(row.record.agency)
    if by == "year":
        return row.record.year
    if by == "level":
        return list(LEVELS).index(row.record.level) if row.record.level in LEVELS else len(LEVELS)
    if by == "check":
        return row.problems, row.balance == "mismatch", len(row.record.missing_parts)
    return row.values.get(by)


def _by_name(rows: list[Row]) -> list[Row]:
    """Rows by agency (as a Chinese index lists names), then newest first: the order ties keep."""
    return sorted(rows, key=lambda r: (name_key(r.record.agency), -(r.record.year or 0)))


def _sorted(rows: list[Row], by: str, desc: bool) -> list[Row]:
    """Rows (in ``_by_name``'s order) sorted on ``by``, unknown values last; ties keep their order."""
    keyed = [(_sort_value(r, by), r) for r in rows]
    known = [(v, r) for v, r in keyed if v is not None]
    known.sort(key=lambda vr: vr[0], reverse=desc)  # stable: ties keep the agency order
    return [r for _, r in known] + [r for v, r in keyed if v is None]


def _groups(matrix: _Matrix, rows: list[Row], columns: list[Column], attr) -> list[GroupMedians]:
    grouped: dict[str, list[int]] = {}
    for row in rows:
        grouped.setdefault(attr(row.record), []).append(matrix.row[row.record.report_id])
    at = {c.key: j for j, c in enumerate(COLUMNS)}
    out = []
    for name, members in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        values = matrix.values[np.array(members, dtype=np.int64)]
        medians = {}
        for column in columns:
            column_values = values[:, at[column.key]]
            known = column_values[~np.isnan(column_values)]
            mid = _median_of(known)
            medians[column.key] = Cell(mid, format_value(mid, column.kind), note=f"{len(known)} 份报告有此数据")
        out.append(GroupMedians(name, len(members), medians))
    return out


def _level_medians(matrix: _Matrix, rows: list[Row], columns: list[Column]) -> dict[tuple, tuple[float, int]]:
    """(median, reports) of each shown column's known values among the reports of each group of peers (level and
    government or department: ``ReportRecord.peers``), for groups with enough of them to call a value unusual."""
    by_level: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        if row.record.peers is not None:
            by_level.setdefault(row.record.peers, []).append(matrix.row[row.record.report_id])
    at = {c.key: j for j, c in enumerate(COLUMNS)}
    out = {}
    for level, members in by_level.items():
        values = matrix.values[np.array(members, dtype=np.int64)]
        for i, column in enumerate(columns):
            known = values[:, at[column.key]]
            known = known[~np.isnan(known)]
            if len(known) >= UNUSUAL_MIN_GROUP:
                mid = float(np.median(known))
                out[(level, i)] = (int(mid) if mid.is_integer() else mid, len(known))
    return out


def _mark_unusual(rows: list[Row], columns: list[Column], medians: dict[tuple, tuple[float, int]]) -> None:
    """Flag the cells of ``rows`` far from the median of their peers' reports (same level, government or department)."""
    for row in rows:
        level = row.record.peers
        for i, column in enumerate(columns):
            found = medians.get((level, i)) if level is not None else None
            value, cell = row.values[column.key], row.cells[i]
            if found is None or value is None:
                continue
            mid, count = found
            gap = UNUSUAL_MIN_GAP[column.kind]
            high = value - mid >= gap and (column.kind == "rate" or value >= UNUSUAL_FACTOR * mid)
            low = column.kind == "rate" and mid - value >= gap
            if high or low:
                cell.unusual = "high" if high else "low"
                cell.note = (f"同层级同类（{LEVELS.get(level[0], level[0])}{level[1]}）{count} 份报告的中位数为 "
                             f"{format_value(mid, column.kind)}")


def make_rows(store, records: list[ReportRecord]) -> list[Row]:
    """Rows of every record with all column values and the checks of each report."""
    continuity = check_continuity(store, records).issues
    by_report: dict[str, list[Issue]] = {}
    for issue in continuity:
        by_report.setdefault(issue.report_id, []).append(issue)
    rows = []
    for record in records:
        issues = by_report.get(record.report_id, []) + check_prose(record)
        rows.append(Row(record, record.counted, [], record.checks.get("requests_balance") or "incomplete",
                        list(record.checks.get("failures", [])), issues, record.from_text))
    return rows


@dataclass
class _Selected:
    """What the table computes of a selection whatever its sort, page and view (kept per selection)."""

    rows: list[Row]
    all_summaries: dict[str, Summary]
    by_level: list[GroupMedians]
    by_type: list[GroupMedians]
    messages: list[str]
    level_medians: dict[str, dict] = field(default_factory=dict)  # by view: what marks a value unusual
    by_name: list[Row] = field(default_factory=list)  # the rows in the order ties keep (``_by_name``), once sorted
    orders: dict[tuple[str, bool], list[Row]] = field(default_factory=dict)  # (by, desc) -> the rows sorted so

    def ordered(self, by: str, desc: bool) -> list[Row]:
        """The rows sorted on ``by`` (``_sorted``), kept for the ORDERS_KEPT latest orders: a whole corpus's 10,000
        rows cost some 0.1-0.4 s to sort (pinyin keys of every name), on every page of the table and every visit."""
        found = self.orders.get((by, desc))
        if found is None:
            if len(self.by_name) != len(self.rows):
                self.by_name = _by_name(self.rows)
            found = _sorted(self.by_name, by, desc)
            older = list(self.orders)  # a copy: another thread may sort the same selection meanwhile
            if len(older) >= ORDERS_KEPT:
                self.orders.pop(older[0], None)
            self.orders[(by, desc)] = found
        return found


SELECTIONS_KEPT = 8  # selections whose rows and summaries a generation keeps
ORDERS_KEPT = 4  # orders of its rows a selection keeps


def _selected(searcher, params: StatsParams) -> _Selected:
    """The rows, totals and group medians of the reports the search selects: computed once per
    selection and generation (sorting, paging and changing the view reuse them)."""
    selection = select_reports(searcher, params.search, counted_only=True)
    store = record_store(searcher)
    kept = store.cache.setdefault("stats_selections", {})
    key = (tuple(selection.report_ids), tuple(selection.messages))
    found = kept.get(key)
    if found is None:
        rows = make_rows(store, store.records(selection.report_ids))
        matrix = _matrix(store)
        found = _Selected(rows, _summaries(matrix, rows),
                          _groups(matrix, rows, COLUMNS, lambda r: LEVELS.get(r.level, r.level)),
                          _groups(matrix, rows, COLUMNS, lambda r: r.agency_type), selection.messages)
        if len(kept) >= SELECTIONS_KEPT:
            kept.pop(next(iter(kept)), None)
        kept[key] = found
    return found


def _cell(row: Row, column: Column) -> Cell:
    value = row.values[column.key]
    if column.key in row.from_text:
        return Cell(value, format_value(value, column.kind), from_text=True)
    if column.key in row.record.area:
        return Cell(None, format_value(None), area=format_value(row.record.area[column.key], column.kind))
    return Cell(value, format_value(value, column.kind), disputed=row.record.disputed(column.key) if value is not None else "")


def build_stats(searcher, params: StatsParams) -> StatsTable:
    """The table for the reports the search selects, sorted and paged, with totals and medians."""
    params = replace(params, search=checked_kinds(searcher, params.search)).sorted_as_searched(searcher)
    selected = _selected(searcher, params)
    columns = view_columns(params.view)
    rows = selected.ordered(params.by, params.desc)
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = min(params.search.page, pages)
    # Cells (texts, unusual values) for the rows shown only: a page of a province's thousands.
    shown = [replace(row, cells=[_cell(row, c) for c in columns]) for row in rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]
    medians = selected.level_medians.get(params.view)
    if medians is None:
        medians = selected.level_medians[params.view] = _level_medians(_matrix(record_store(searcher)), selected.rows,
                                                                       columns)
    _mark_unusual(shown, columns, medians)
    uncompared = [row.record.label for row in shown
                  if row.record.peers is None or not any((row.record.peers, i) in medians for i in range(len(columns)))]
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
        messages=params.sorted_notes(selected.messages),
        uncompared=uncompared,
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
    chosen: list[str]  # the chosen filters (facet values, year and figure ranges), as labels
    chips: list[Chip] = field(default_factory=list)  # the same, each with the link that drops it


def _keeping(value: FacetValue, own: str) -> FacetValue:
    """A facet value (and the cities under a province) toggling on this page with its sort and view kept."""
    return replace(value, toggle="&".join(x for x in (value.toggle, own) if x),
                   children=[_keeping(c, own) for c in value.children], dom_id="s" + value.dom_id)


def stats_page(searcher, params: StatsParams) -> StatsPage:
    """The statistics page: the table, and facets counted as the search page counts them."""
    # Its own links keep the column a search sorted by figure chose, and carry no kind the page ignored (QA 36 #10).
    params = replace(params, search=checked_kinds(searcher, params.search)).sorted_as_searched(searcher)
    table = build_stats(searcher, params)
    past_end = page_note(params.search.asked_page, table.pages)  # the page's own pages: the JSON lists every row
    if past_end:
        table.messages.append(past_end)
    own = params.table_query()
    filters = []
    for name, values in run_search(searcher, params.search).facets.items():
        if values:
            linked = [_keeping(f, own) for f in values]
            filters.append(StatsFilter(name, FACET_LABELS[name], linked))
    # The chips, not the facets' ticked values: a year range or a figure range is no facet value,
    # and a page narrowed to 2019–2024 must say so (and let it be dropped) as the search page does.
    own_pairs = [(k, v) for k, v in params.pairs(page=1) if k in ("by", "dir", "view")]
    chips = selection_chips(searcher, params.search, keep=own_pairs, with_query=False)
    return StatsPage(params, table, filters, [c.label for c in chips], chips)
