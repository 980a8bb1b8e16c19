"""The statistics table: one row per selected report, a column per key figure, sortable, with totals.

The selection is what the search for the same parameters lists (``select_reports``), less the looser
matches that follow the reports matching as asked (``counted_only``).
Totals add up the reports whose figure was read; rates over the selection are pooled
(Σ part ÷ Σ whole over the reports where both were read); medians are over the reports whose
value is known, and ``counts`` says how many that is. Sort links, pages and cell texts are
computed here as data; templates only print them.

The parts: the table's data (stats_table.py), the rows of a selection kept per index generation
(stats_selection.py), their order (stats_order.py), totals and medians (stats_totals.py on figure_matrix.py's
arrays), unusual values (unusual_values.py), and the page around the table (stats_page.py); the page's filters
are in stats_params.py.
"""
from __future__ import annotations

import math
from dataclasses import replace

from search.figures.columns import Column, format_value, view_columns
from search.figures.figure_matrix import figure_matrix
from search.figures.records import record_store
from search.figures.stats_params import PAGE_SIZE, StatsParams
from search.figures.stats_selection import selected_rows
from search.figures.stats_table import Cell, Header, Row, StatsTable
from search.figures.unusual_values import mark_unusual, peer_medians
from search.agencies.kind_filter import checked_kinds


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
    selected = selected_rows(searcher, params)
    columns = view_columns(params.view)
    rows = selected.ordered(params.by, params.desc)
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = min(params.search.page, pages)
    # Cells (texts, unusual values) for the rows shown only: a page of a province's thousands.
    shown = [replace(row, cells=[_cell(row, c) for c in columns]) for row in rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]
    medians = selected.level_medians.get(params.view)
    if medians is None:
        medians = selected.level_medians[params.view] = peer_medians(figure_matrix(record_store(searcher)), selected.rows,
                                                                     columns)
    mark_unusual(shown, columns, medians)
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
