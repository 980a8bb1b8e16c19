"""The rows, totals and group medians of the reports a search selects, computed once per selection and index
generation and kept (a bounded number of selections, and of orders of each): sorting, paging and changing the view
reuse them."""
from __future__ import annotations

from dataclasses import dataclass, field

from search.figures.columns import COLUMNS
from search.figures.crosscheck import Issue, check_continuity, check_prose
from search.figures.figure_matrix import figure_matrix
from search.figures.records import ReportRecord, record_store
from search.figures.stats_order import by_name, sorted_rows
from search.figures.stats_params import StatsParams
from search.figures.stats_table import GroupMedians, Row, Summary
from search.figures.stats_totals import medians_by_group, summarise_all
from search.retrieval.params import LEVELS
from search.retrieval.report_selection import select_reports


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
class SelectedRows:
    """What the table computes of a selection whatever its sort, page and view (kept per selection)."""

    rows: list[Row]
    all_summaries: dict[str, Summary]
    by_level: list[GroupMedians]
    by_type: list[GroupMedians]
    messages: list[str]
    level_medians: dict[str, dict] = field(default_factory=dict)  # by view: what marks a value unusual
    by_name: list[Row] = field(default_factory=list)  # the rows in the order ties keep (``by_name``), once sorted
    orders: dict[tuple[str, bool], list[Row]] = field(default_factory=dict)  # (by, desc) -> the rows sorted so

    def ordered(self, by: str, desc: bool) -> list[Row]:
        """The rows sorted on ``by`` (``sorted_rows``), kept for the ORDERS_KEPT latest orders: a whole corpus's 10,000
        rows cost some 0.1-0.4 s to sort (pinyin keys of every name), on every page of the table and every visit."""
        found = self.orders.get((by, desc))
        if found is None:
            if len(self.by_name) != len(self.rows):
                self.by_name = by_name(self.rows)
            found = sorted_rows(self.by_name, by, desc)
            older = list(self.orders)  # a copy: another thread may sort the same selection meanwhile
            if len(older) >= ORDERS_KEPT:
                self.orders.pop(older[0], None)
            self.orders[(by, desc)] = found
        return found


SELECTIONS_KEPT = 8  # selections whose rows and summaries a generation keeps
ORDERS_KEPT = 4  # orders of its rows a selection keeps


def selected_rows(searcher, params: StatsParams) -> SelectedRows:
    """The rows, totals and group medians of the reports the search selects: computed once per
    selection and generation (sorting, paging and changing the view reuse them)."""
    selection = select_reports(searcher, params.search, counted_only=True)
    store = record_store(searcher)
    kept = store.cache.setdefault("stats_selections", {})
    key = (tuple(selection.report_ids), tuple(selection.messages))
    found = kept.get(key)
    if found is None:
        rows = make_rows(store, store.records(selection.report_ids))
        matrix = figure_matrix(store)
        found = SelectedRows(rows, summarise_all(matrix, rows),
                          medians_by_group(matrix, rows, COLUMNS, lambda r: LEVELS.get(r.level, r.level)),
                          medians_by_group(matrix, rows, COLUMNS, lambda r: r.agency_type), selection.messages)
        if len(kept) >= SELECTIONS_KEPT:
            kept.pop(next(iter(kept)), None)
        kept[key] = found
    return found
