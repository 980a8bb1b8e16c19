"""Key figures by year, for one agency or for the current selection, as charts and as a table.

For one body (one agency id, whatever each report calls it) each year is that body's report. For a selection the reports of a year are
added up (counts and amounts over the reports where the figure was read, rates pooled: Σ part ÷
Σ whole), and each value says how many reports it rests on. A trend covers every year: a year
filter of the search is set aside, with a message.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from search.agencies.directory import directory
from search.figures.chart import Chart, bar_chart
from search.figures.columns import COLUMN_BY_KEY, Column, format_value, ratio
from search.agencies.kind_filter import checked_kinds
from search.retrieval.report_selection import select_reports
from search.retrieval.facets import Chip, selection_chips
from search.retrieval.paging import paged_as
from search.retrieval.params import SearchParams
from search.figures.records import ReportRecord, record_store
from search.figures.text_figures import FROM_TEXT_NOTE
from search.echo import echo

TREND_FIGURES = ["requests_new", "outcome_disclosed", "outcome_refused", "requests_total", "rate_disclosed",
                 "rate_refused", "reconsideration_total", "rate_reconsideration_corrected", "litigation_total",
                 "normative_docs_made", "licensing_decisions", "punishment_decisions", "procurement_amount"]
DEFAULT_FIGURES = ["requests_new", "rate_disclosed", "reconsideration_total", "litigation_total",
                   "normative_docs_made", "licensing_decisions"]
MAX_FIGURES = 8
LISTED = 20  # reports named per year under the charts; the rest are a link to the statistics table
TRENDS_KEPT = 8  # selections (with their figures) whose yearly sums a generation keeps


@dataclass
class Point:
    """One year's value of one figure."""

    year: int
    value: object
    text: str
    reports: int  # reports whose figure was read
    of: int  # reports of that year
    disputed: str = ""  # the reports' own tables dispute the figure (ReportRecord.disputed)
    from_text: int = 0  # of ``reports``, those whose value is their prose's (no table of theirs gives it)

    @property
    def text_note(self) -> str:
        """Which of the value rests on reports' prose, in words ('' when none does)."""
        if not self.from_text:
            return ""
        return FROM_TEXT_NOTE if self.reports == 1 else f"其中 {self.from_text} 份报告的数字据报告文字（表中未给出）"


@dataclass
class Series:
    """One figure over the years, with its chart."""

    column: Column
    points: list[Point]
    chart: Chart


@dataclass
class Trend:
    """Everything the trends page and /api/trends show."""

    params: SearchParams
    figures: list[str]
    agency: str | None  # set when the selection is one agency
    years: list[int]
    reports_by_year: dict[int, list[ReportRecord]]
    series: list[Series]
    messages: list[str]
    agency_id: str | None = None  # the body, when the selection is one body's reports
    chips: list[Chip] = field(default_factory=list)  # the query and filters that made the selection

    @property
    def heading(self) -> str:
        """The page's heading: the body's name, or which reports the sums are over."""
        if self.agency:
            return f"{self.agency} 历年数据"
        return "所选报告的历年数据" if self.chips else "全部报告的历年数据"

    def query_string(self) -> str:
        """The selection and the figures shown, as a query string (for the JSON twin)."""
        return urlencode(self.params.pairs(page=1) + [("fig", key) for key in self.figures])

    @property
    def choices(self) -> list[dict]:
        """Every figure the page offers, and whether it is shown."""
        return [{"key": key, "label": label, "checked": key in self.figures} for key, label in figure_choices()]

    @property
    def has_values(self) -> bool:
        """Whether any chosen figure was read in any report: charts of nothing but gaps say less
        than one sentence does (a body whose pages were cut before their tables)."""
        return any(p.value is not None for s in self.series for p in s.points)

    @property
    def has_text(self) -> bool:
        """Whether a shown value counts a figure only reports' prose states (the table's legend then says so)."""
        return any(p.from_text for s in self.series for p in s.points)

    @property
    def has_disputed(self) -> bool:
        """Whether a shown value is one its report's own table disputes (the table's legend says so)."""
        return any(p.disputed for s in self.series for p in s.points)

    @property
    def disputed_notes(self) -> list[str]:
        """Each disputed value's doubt in words, for the table's footnote: a title shown on hover alone is
        out of reach of a touch screen, and of paper."""
        return [f"{p.year} 年 {s.column.label}：{p.disputed}" for s in self.series for p in s.points if p.disputed]

    @property
    def rows(self) -> list[dict]:
        """The table under the charts: per year, its report count and each series' point."""
        return [{"year": year, "reports": len(self.reports_by_year[year]),
                 "points": [(s.column, s.points[i]) for s in self.series]} for i, year in enumerate(self.years)]

    @property
    def year_lists(self) -> list[dict]:
        """Per year, the reports to name (at most LISTED), the query of the whole year's table when
        there are more, and for one agency the ids to compare with its year before."""
        out = []
        for i, year in enumerate(self.years):
            reports = self.reports_by_year[year]
            before = self.reports_by_year[self.years[i - 1]] if self.agency and i > 0 else None
            out.append({"year": year, "reports": reports[:LISTED], "count": len(reports),
                        "all_query": self.params.query_string(year=(year,), page=1) if len(reports) > LISTED else "",
                        "compare": (self.years[i - 1], before[0].report_id, reports[0].report_id) if before else None})
        return out


def figure_choices() -> list[tuple[str, str]]:
    """(key, label) of every figure a trend can show."""
    return [(key, COLUMN_BY_KEY[key].label) for key in TREND_FIGURES]


def parse_figures(values: list[str]) -> tuple[list[str], list[str]]:
    """The figures asked for (known keys, at most MAX_FIGURES), or the defaults; and messages."""
    wanted = [v for v in dict.fromkeys(values) if v in TREND_FIGURES][:MAX_FIGURES]
    listed = "、".join(f"{label} {key}" for key, label in figure_choices())
    unknown = [echo(v, 30) for v in dict.fromkeys(values) if v not in TREND_FIGURES]  # one message, the list once (review 32)
    shown = "、".join(unknown[:5]) + (f" 等 {len(unknown)} 项" if len(unknown) > 5 else "")
    messages = [f"忽略了未知的指标：{shown}（可用：{listed}）"] if unknown else []
    return wanted or list(DEFAULT_FIGURES), messages


def _read(column: Column, records: list[ReportRecord]) -> list[ReportRecord]:
    """The reports of ``records`` whose figure was read (for a rate: both its parts, the whole above 0)."""
    key = column.key
    if column.kind == "rate":
        return [r for r in records if (part := r.parts[key])[0] is not None and part[1] is not None and part[1] > 0]
    return [r for r in records if r.counted[key] is not None]


def _aggregate(column: Column, records: list[ReportRecord], read: list[ReportRecord]) -> tuple[object, int, int]:
    """(value, reports it rests on, of them those whose value is their prose's) of one figure over one year's
    reports (``read``: those of them ``_read`` keeps): a count the prose states where no table gives it is counted
    as the statistics count it (search/figures/text_figures.py); a rate is pooled from the tables."""
    if column.kind == "rate":
        parts = [r.parts[column.key] for r in read]
        if not parts:
            return None, 0, 0
        return ratio(sum(n for n, _ in parts), sum(d for _, d in parts)), len(parts), 0
    known = [r.counted[column.key] for r in read]
    if not known:
        return None, 0, 0
    total = sum(known)
    stated = sum(1 for r in records if column.key in r.from_text)
    return (round(total, 4) if isinstance(total, float) else total), len(known), stated


def _disputed(key: str, records: list[ReportRecord]) -> str:
    """One report's dispute of the figure, or how many of a year's reports have one (a report whose
    value is unknown adds nothing to the year's, so its dispute marks nothing). ``disputed_columns`` is each
    record's, kept with it for the generation: a whole corpus's chart asks it of every report and figure."""
    notes = [n for n in (r.disputed_columns.get(key) for r in records) if n]
    if not notes:
        return ""
    return notes[0] if len(records) == 1 else f"其中 {len(notes)} 份报告的表中分项之和与所填总计不符"


def _as_parts_add(column, read: list[ReportRecord]):
    """A year's value were every total its reports' tables dispute what its parts add up to (a chart's second
    reading of a disputed value); None for a rate over several reports (pooled, no one reading)."""
    if column.kind == "rate" and len(read) != 1:
        return None
    readings = [r.as_parts_add(column.key) if r.disputed_columns.get(column.key) else r.counted[column.key] for r in read]
    return None if not readings or None in readings else sum(readings)


def coverage_note(points: list[Point]) -> str:
    """For a selection: a bar adds up the reports whose figure was read, and when their number
    differs between years a taller bar may only mean more reports (3,466 from 4 reports, 47 from 2)."""
    counts = [p.reports for p in points if p.value is not None]
    if len(counts) < 2 or min(counts) == max(counts):
        return ""
    return f"各年有该项数据的报告数不同（{min(counts)}–{max(counts)} 份，见下表），柱高的差别可能只是报告数的差别。"


def bodies_note(points: list[Point], bodies: list[frozenset[str]]) -> str:
    """For a selection whose years hold as many reports each: when the bodies whose figure was read differ between
    years, a bar's rise may be only another body's (QA 34 #6: one district's reports for two years, then another
    county's, read as one county's rise). ``bodies``: per point, the agency ids its value rests on."""
    read = [b for p, b in zip(points, bodies) if p.value is not None]
    if len(read) < 2 or all(b == read[0] for b in read):
        return ""
    return "各年的数字来自不同机构（见下方各年报告），柱高的差别可能只是机构的差别。"


def text_note(points: list[Point], one_body: bool) -> str:
    """Under a chart: the years whose value is, or counts, a figure only reports' prose states (marked 文 below)."""
    years = "、".join(str(p.year) for p in points if p.from_text)
    if not years:
        return ""
    return f"{years} 年的数字{'' if one_body else '含'}据报告文字（表中未给出，下表标“文”）。"


def build_trend(searcher, params: SearchParams, figures: list[str] | None = None) -> Trend:
    """Key figures by year over the reports the search selects (every year)."""
    figures, messages = parse_figures(figures or [])
    # What the page ignores (paging, years, an unknown kind) is said once and left out of its links (QA 36 #10).
    params = paged_as(checked_kinds(searcher, params), "趋势按年份汇总所选的全部报告，不分页")
    if params.year:
        messages.append("趋势包括所有年份，已忽略年份筛选。")
        params = replace(params, year=())
    selection = select_reports(searcher, params, counted_only=True)
    store = record_store(searcher)
    # The sums depend on the reports and figures alone: a generation keeps them for its TRENDS_KEPT latest selections
    # (a whole corpus's are Python loops over 10,000 records, 0.6-1 s a visit), and a new build starts afresh.
    kept = store.cache.setdefault("trends", {})
    asked = (tuple(selection.report_ids), tuple(figures))
    # Summed once: the whole corpus's are summed by the warming thread (search/retrieval/warm.py) while a first
    # visitor may ask for them; a visitor waits for those sums rather than adding the same again beside them. The wait
    # is per selection (review 37 #4: one lock for all made an agency's small trend wait behind the corpus's sums).
    summing = store.cache.setdefault("trends_summing", {})
    with summing.setdefault(asked, threading.Lock()):
        summed = kept.get(asked)
        if summed is None:
            summed = trend_of(searcher, store.records(selection.report_ids), params, figures)
            if len(kept) >= TRENDS_KEPT:
                kept.pop(next(iter(kept)), None)
            kept[asked] = summed
        summing.pop(asked, None)  # (kept now: a later visitor finds the sums, its new lock uncontended)
    trend = replace(summed, params=params, messages=selection.messages + messages + summed.messages)
    shown = [] if figures == DEFAULT_FIGURES else [("fig", key) for key in figures]
    trend.chips = selection_chips(searcher, params, keep=shown)
    return trend


def trend_of(searcher, records: list[ReportRecord], params: SearchParams, figures: list[str],
             messages: list[str] | None = None) -> Trend:
    """Key figures by year over these reports; when they are all one body's (one agency id, however
    each writes its name), that body's, named by its latest name."""
    messages = list(messages or [])
    undated = [r for r in records if r.year is None]
    if undated:
        messages.append(f"{len(undated)} 份报告年份不明，未计入。")
    bodies = {r.agency_id for r in records}
    agency_id = next(iter(bodies)) if len(bodies) == 1 else None
    agency = directory(searcher).label(agency_id) if agency_id else None
    by_year: dict[int, list[ReportRecord]] = {}
    for record in records:
        if record.year is not None:
            by_year.setdefault(record.year, []).append(record)
    if agency:
        for year, members in by_year.items():
            if len(members) > 1:
                messages.append(f"{year} 年有 {len(members)} 份报告，数字为它们的合计。")
    years = sorted(by_year)
    series = []
    for i, key in enumerate(figures):
        column = COLUMN_BY_KEY[key]
        points = []
        read = {year: _read(column, by_year[year]) for year in years}
        for year in years:
            value, reports, stated = _aggregate(column, by_year[year], read[year])
            points.append(Point(year, value, format_value(value, column.kind), reports, len(by_year[year]),
                                _disputed(key, by_year[year]), stated))
        chart = bar_chart(f"chart-{i}", key, column.label, column.unit, [(p.year, p.value, p.text) for p in points],
                          {p.year: p.disputed for p in points if p.disputed},
                          {p.year: _as_parts_add(column, read[p.year]) for p in points if p.disputed})
        # A pooled rate does not grow with the reports it pools; any figure differs with the bodies it comes from.
        coverage = coverage_note(points) if column.kind != "rate" else ""
        bodies = [frozenset(r.agency_id for r in read[year]) for year in years]
        if not agency:
            chart.note = "".join(n for n in (chart.note, coverage or bodies_note(points, bodies)) if n)
        chart.note = "".join(n for n in (chart.note, text_note(points, bool(agency))) if n)
        series.append(Series(column, points, chart))
    return Trend(params, figures, agency, years, by_year, series, messages, agency_id)
