"""The statistics table as data: its cells, rows, column headers, totals and medians, and the table itself.

``build_stats`` (stats.py) fills it; templates and the JSON only print what it holds. Sort links, pages and cell
texts are computed here as data.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search.figures.columns import COLUMN_BY_KEY, Column, format_value
from search.figures.crosscheck import Issue
from search.figures.records import ReportRecord
from search.figures.stats_params import GROUPS_SHOWN, META_SORTS, StatsParams
from search.figures.text_figures import AREA_MARK, AREA_NOTE, FROM_TEXT_NOTE
from search.figures.unusual_values import UNUSUAL_MIN_GROUP
from search.vocabulary import balance_text


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
