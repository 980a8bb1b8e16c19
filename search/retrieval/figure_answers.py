"""What a figure query's results answer: the asked figure beside each hit, and why they are in that order.

A query naming one of the template's figures (行政诉讼最多, 被起诉, 没有收到申请) is ranked by the
report's own figure (``figures_asked``), but the snippet comes from the text: a table a PDF
conversion flattened, or a page cut before its tables, shows no number, and the order then looks
arbitrary. Each hit therefore carries the figure as the index holds it ("行政诉讼 34 件", "行政复议 2 件
（据报告文字，表中未给出）" when only its prose states it, or that the report does not give it), and the
page says how the figure orders the list.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

import numpy as np

from search.figures.claims import area_claim, backing_claim, prose_figure_keys
from search.figures.records import record_store
from search.figures.columns import COLUMN_BY_KEY
from search.figures.text_figures import AREA_MARK
from search.retrieval.arrays import arrays_for
from search.figures.prose_statements import CHARGED_NO_AMOUNT, PROSE_FEES, PROSE_ITEMS
from search.retrieval.figure_values import figure_values, from_prose, prose_says_none, prose_statement
from search.retrieval.figures_asked import FigureAsked
from search.retrieval.rangeable import RANGEABLE
from search.vocabulary import APPLICANTS, KEY_FIGURES, ROW_LABELS

_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]）)")
_ITEM = re.compile(r"\s+\d+[.、]")
# What a hit's figure says when no table of the report gives it and its prose does (因政府信息公开申请
#引发行政复议2件, on a page cut before its tables): the reader can tell a stated count from a table's.
FROM_PROSE = "（据报告文字，表中未给出）"
# Figures read from the prose, not from a table.
_PROSE_LABELS = {PROSE_FEES: ("信息处理费", "元"), PROSE_ITEMS: ("主动公开信息", "条")}


def figure_label(key: str, fallback: str = "") -> tuple[str, str]:
    """(the figure's name as a reader knows it, its unit): ('行政诉讼', '件'), ('不予公开：属于国家秘密', '件')."""
    if key in _PROSE_LABELS:
        return _PROSE_LABELS[key]
    column = COLUMN_BY_KEY.get(key)
    if key in KEY_FIGURES:
        return KEY_FIGURES[key], "件"
    if column is not None:
        return re.sub(r"（[^）]*）$", "", column.label), column.unit
    for base, label in ROW_LABELS.items():
        short = _ITEM.sub("：", _NUMBERING.sub("", label)).replace("政府信息公开申请数量", "申请")
        if key == base:
            return short, "件"
        for suffix, applicant in APPLICANTS:
            if key == f"{base}_{suffix}":
                return f"{short}（{applicant}）", "件"
    return fallback or key, ""


def figure_note(figure: FigureAsked | None, sort: str, none_above: bool = False, within: bool = False) -> str | None:
    """The sentence that says how the asked figure orders the results (None when it does not).
    ``none_above``: no report listed gives the figure above 0, so "above 0 first" would promise an order
    the list cannot show (不予公开 year:2019-2021 over reports whose tables were cut).
    ``within``: other orders outrank the figure's (a typed year, a place, a kind of issuer, an outcome asked:
    signals.orders_over_figure), each said by a note of its own above this one."""
    note = _figure_order(figure, sort, none_above)
    if note is None or not within or (figure.mode == "positive" and none_above):  # (that note orders nothing)
        return note
    # 申请 收费 2020: every 2020 report comes before the fees charged in 2024; "above 0 first" alone would be untrue.
    return f"在上述排序之内，{note}"


NO_FIGURE_TO_SORT = "这次搜索没有询问表格中的数字，无法按所问数字排序，已按相关度排列。"


def figure_sort_note(figure: FigureAsked) -> str:
    """What ``sort=figure`` (按所问数字) says above its list: the figure, high to low, the reports giving none last."""
    return _figure_order(replace(figure, mode="most"), "relevance", False)


def _figure_order(figure: FigureAsked | None, sort: str, none_above: bool) -> str | None:
    if figure is None or sort != "relevance":
        return None
    name, unit = figure_label(figure.key, figure.word)
    if figure.mode == "positive" and none_above:
        return f"所列报告都没有给出大于 0 的“{name}”数字，排序只看词语的匹配。"
    where = "报告中" if figure.key in _PROSE_LABELS else "报告表中"  # fees and items are stated in prose
    column = COLUMN_BY_KEY.get(figure.key)
    if figure.mode in ("most", "least") and column is not None and column.kind == "rate":  # 纠错率最高 (rates.py)
        way = "从低到高" if figure.mode == "least" else "从高到低"
        return f"按{where}数字算出的“{name}”（{column.note}）{way}排列；算不出这一比率的报告排在后面。"
    if figure.mode in ("most", "least"):
        # A table cut or absent, the count the prose states stands in (claims.prose_count).
        stated = "（表中没有时按文字所述）" if figure.key in prose_figure_keys() else ""
        way = "从少到多" if figure.mode == "least" else "从多到少"
        return f"按{where}“{name}”的数字{stated}{way}排列；没有给出这一数字的报告排在后面。"
    if figure.mode == "rate":  # the rate of the statistics table (rates.py): its base read and above 0
        note = COLUMN_BY_KEY[figure.key].note
        return f"能从{where}数字算出“{name}”（{note}）的报告排在前面；排序同时看词语的匹配。"
    if figure.mode == "at_least":
        return f"“{name}”达到 {figure.threshold} {unit}的报告排在前面。"
    if figure.mode == "none":
        return f"“{name}”为 0（或报告写明没有）的报告排在前面。"
    if figure.alone:
        return f"“{name}”大于 0 的报告排在前面；没有给出这一数字或为 0 的报告排在后面。"
    # With another topic or an issuer, a figure above 0 raises a report (signals.FIGURE_BOOST); the
    # words still count, so a report that does not give the figure can stand first (教育局 依申请公开:
    # the bureau's report of 2011).
    return f"“{name}”大于 0 的报告排名提前；排序同时看词语的匹配。"


_ANSWERS_KEPT = 64  # selections whose "none above 0" answer is kept per index generation


def none_above_zero(searcher, figure: FigureAsked | None, reports: np.ndarray) -> bool:
    """Whether a "positive" question's figure is above 0 in none of these reports (their codes), as the table
    gives it or, where it gives none, the prose states it (the order the figure signal applies)."""
    if figure is None or figure.mode != "positive" or not len(reports):
        return False
    # The tables' values of every report, read once per index generation: nearly always one listed report is above
    # 0 there, and the question is settled without reading the prose of thousands (a figure query at 10,000 reports).
    cache = searcher.cache.get("figures_asked", dict)
    tables = cache.get(("tables_of_all", figure.key))
    if tables is None:
        every = np.arange(len(arrays_for(searcher).codes(searcher, "report_id").values))
        tables = cache[("tables_of_all", figure.key)] = figure_values(searcher, figure.key, every, prose=False)
    if np.any(tables[reports] > 0):
        return False
    # Else the prose may state it (a page cut before its tables): read once per selection (paging through one list asks
    # the same again), at most _ANSWERS_KEPT kept.
    answers = searcher.cache.get("none_above_zero", dict)
    asked = (figure.key, hashlib.blake2b(reports.tobytes(), digest_size=16).digest())
    answer = answers.get(asked)
    if answer is None:
        answer = not bool(np.any(figure_values(searcher, figure.key, reports)[reports] > 0))
        if len(answers) >= _ANSWERS_KEPT:  # all dropped at once: one call, safe beside another request's thread
            answers.clear()
        answers[asked] = answer
    return answer


def range_figure(params) -> FigureAsked | None:
    """The figure the first range of ``params`` narrows to (min_requests_new=1), to show beside each hit when the
    query asks no figure: a range counts the figure a report's prose states where no table gives it
    (search/figures/text_figures.py), and the list must say which reports it kept on their prose's word, with
    the sentence, as it does for a figure asked."""
    if not params.ranges:
        return None
    key, low, _ = params.ranges[0]
    return FigureAsked(key, RANGEABLE[key].label, "at_least", low or 0)


def figure_lines(searcher, figure: FigureAsked | None, report_codes: list[int]) -> list[tuple[str, float | None]]:
    """Per hit (by its report code), the asked figure as the index holds it, in words and as a number:
    ('行政诉讼 34 件', 34), ('未给出“行政诉讼”的数字', None); ('', None) when the query asks no figure. The number
    goes to the exports' column of its own (a spreadsheet sorts and adds it), the words beside it."""
    if figure is None or not report_codes:
        return [("", None)] * len(report_codes)
    wanted = np.array(sorted(set(report_codes)))
    values = figure_values(searcher, figure.key, wanted)
    # Whatever the question, a report whose table is cut or absent but whose prose says none came
    # (全年未发生行政复议) is not one that "does not give" the figure.
    said_none = prose_says_none(searcher, figure.key, wanted)
    stated = from_prose(searcher, figure.key, wanted)
    name, unit = figure_label(figure.key, figure.word)
    reports = arrays_for(searcher).codes(searcher, "report_id")
    store = record_store(searcher)
    out = []
    for code in report_codes:
        value = values[code]
        if np.isnan(value) and said_none[code]:
            out.append((f"表中未给出“{name}”，文字写明没有", None))  # (past the prose read: the words, no number)
        elif stated[code] and said_none[code] and value == 0:
            # the prose's none counts 0, as in the statistics: the number goes to the exports and the sort
            out.append((f"表中未给出“{name}”，文字写明没有", 0))
        elif np.isnan(value) and (area := _area_total(store, reports.values[code], figure.key)) is not None:
            # The prose counts only the whole area (全市各级、各部门共…): shown as such, no number of the body's own.
            out.append((f"未给出本机关的“{name}”，报告文字所述{AREA_MARK} {area:,} {unit}".rstrip(), None))
        elif np.isnan(value):
            out.append((f"未给出“{name}”的数字", None))
        elif figure.key == PROSE_FEES and value == CHARGED_NO_AMOUNT:
            out.append(("已收取信息处理费，未写金额", None))
        else:
            shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
            unit_shown = unit if unit == "%" else f" {unit}" if unit else ""  # 复议纠错率 33.33%
            # A total the report's own parts add up differently to (行政复议 0 beside results of 10 and 1)
            # is shown with that doubt, as the statistics pages show it.
            record = None if stated[code] else store.record(reports.values[code])
            doubt = record.disputed(figure.key) if record is not None and figure.key in COLUMN_BY_KEY else ""
            number = int(value) if float(value).is_integer() else round(float(value), 2)
            out.append((f"{name} {shown}{unit_shown}{FROM_PROSE if stated[code] else ''}"
                        + (f"（{doubt}）" if doubt else ""), number))
    return out


def _area_total(store, report_id: str, key: str):
    """The whole area's total of figure ``key`` a report's prose states where it gives none of the body's own."""
    record = store.record(report_id)
    return None if record is None else record.area.get(key)


@dataclass(frozen=True)
class ProseEvidence:
    """The report's own sentence a figure read from its prose stands on, and the part holding it."""

    quote: str
    section: int


def prose_evidence(searcher, figure: FigureAsked | None, report_codes: list[int],
                   report_ids: list[str]) -> list[ProseEvidence | None]:
    """Per hit: the sentence of its prose that gives the asked figure ("2017年未收到有关政府信息公开申请"),
    when no table of the report gives it; None otherwise. The chip says 文字写明没有 or 据报告文字, and
    the hit's best-scored part may be another one: without the sentence the reader cannot check it."""
    if figure is None or not report_codes:
        return [None] * len(report_codes)
    if figure.key in (PROSE_FEES, PROSE_ITEMS):  # no table gives these: the sentence ranking read them from
        statements = [prose_statement(searcher, figure.key, rid) for rid in report_ids]
        return [ProseEvidence(said[2], int(said[1] or 0)) if said and said[2] else None for said in statements]
    wanted = np.array(sorted(set(report_codes)))
    in_table = figure_values(searcher, figure.key, wanted, prose=False)
    store = record_store(searcher)
    out: list[ProseEvidence | None] = []
    for code, report_id in zip(report_codes, report_ids):
        record = None if not np.isnan(in_table[code]) else store.record(report_id)
        claim = (backing_claim(record.claims, figure.key) or area_claim(record.claims, figure.key)) if record else None
        out.append(ProseEvidence(claim["text"], int(claim["section"] or 0)) if claim else None)
    return out


ORDERS_ONLY = "只决定搜索结果的排序，本页计入所有相符的报告"
# The statistics table sorted by the figure asked (sort=figure: stats_params.sorted_as_searched): the note said the figure
# only ordered the search, above a table ordered by it (rev33 #7).
TABLE_SORTED = "决定搜索结果的排序，本页也按它排序，但计入所有相符的报告（不据此筛选）"


def table_sorted_notes(messages: list[str], key: str) -> list[str]:
    """``messages`` with the figure's note (``figure_counts_all_note``) saying the table is sorted by it, where the
    statistics table is sorted by the column ``key`` of the figure the note reads."""
    name = f"（读作{figure_label(key)[0]}"
    return [m.replace(ORDERS_ONLY, TABLE_SORTED, 1) if name in m and ORDERS_ONLY in m else m for m in messages]


def figure_counts_all_note(figure: FigureAsked, ranged: frozenset[str] = frozenset()) -> str:
    """On a page that adds the listed reports up (statistics, trends, checks): the figure asked only ordered the
    search, every report listed is counted; where the index holds the figure, the range filter narrows to it
    (advice left out when ``ranged``, the figures a range already narrows, holds it: min 10 is set, say no 1)."""
    name, _ = figure_label(figure.key, figure.word)
    said = {"none": "为 0", "positive": "大于 0", "at_least": f"不少于 {figure.threshold}"}.get(figure.mode, "的多少")
    # Only the words typed are quoted (QA 34 #7: “行政诉讼大于 0” quoted a reading of 行政诉讼); the reading follows.
    note = f"查询中的“{figure.word}”（读作{name}{said}）{ORDERS_ONLY}"
    if figure.key in ranged:
        return note + f"（“{name}”已按所设的范围筛选）。"
    if figure.key in RANGEABLE and figure.mode in ("none", "positive", "at_least"):
        low, high = {"none": ("", "0"), "positive": ("1", "")}.get(figure.mode, (str(figure.threshold), ""))
        bounds = "，".join(x for x in (f"最小值 {low}" if low else "", f"最大值 {high}" if high else "") if x)
        return note + f"；只统计这样的报告，请在搜索页“按数值范围筛选”中把“{name}”设为{bounds}。"
    return note + "。"


def quote_opening(text: str, length: int | None = 20) -> str:
    """A text without its spaces, cut to ``length`` characters: a snippet shows a quote when it holds the
    quote's opening (a snippet may end before a long quote does)."""
    return "".join(text.split())[:length]
