"""What a figure range could not judge: the reports the rest of the search selects that give the figure nowhere
(neither a table nor the prose). A range never lists them (blank is not 0), and the page, the JSON and the exports
say how many they are, so that a list of those with corrected reviews is not read as every body's answer.

Each range says its own (QA 44 F1): a report is counted by a range when it gives that figure nowhere and no other
range leaves it out by a figure it does give. Two ranges once counted each under the other, so the reports blank in
both (31 without 本年新收申请 under 不予公开率 too) were left out without a word.

A rate whose base is 0 (行政复议 0 under 复议纠错率) is no figure left out but one that cannot be computed (review 37
#1): it is counted and said apart, by the statistics' own blank cause ``zero_base`` (blank_reasons.py), so the note
and /stats' 分母为 0 count the same reports.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.filters import figure_range
from search.retrieval.matching import evaluate, filter_mask
from search.retrieval.params import SearchParams
from search.retrieval.rangeable import RANGEABLE
from search.retrieval.record_ranges import zero_base_docs
from search.retrieval.selection import Selection, sections_per_report

UNJUDGED_NOTE = ("“{label}”的范围：另有 {n} 份报告表中和文字都没有给出这一数字，无法判断是否在范围内，未列入"
                 "（空白不算作 0）。")
ZERO_BASE_NOTE = "“{label}”的范围：另有 {m} 份报告的分母为 0（{base}），比率无法计算，未列入。"
BOTH_NOTE = ("“{label}”的范围：另有 {n} 份报告表中和文字都没有给出这一数字，无法判断是否在范围内（空白不算作 0）；"
             "{m} 份报告的分母为 0（{base}），比率无法计算。均未列入。")


def unjudged_notes(searcher, params: SearchParams, selection: Selection) -> list[str]:
    """Per range set: how many reports the search selects but for this range give its figure nowhere ('' none)."""
    keys = [key for key, _, _ in params.ranges]
    blank = {key: ~filter_mask(searcher, figure_range(searcher, key, None, None)) for key in keys}
    ranged = {f"fig_{key}" for key in keys}
    rest = selection.sections.copy()  # every filter that is no range
    for name, docs in selection.filters.items():
        if name not in ranged:
            rest &= docs
    notes = []
    for key in keys:
        unjudged = rest & blank[key]
        for other in keys:
            if other != key:  # a figure given and out of the other's range leaves the report out whatever this one says
                unjudged &= selection.filters[f"fig_{other}"] | blank[other]
        unjudged &= _matching(searcher, selection, unjudged)
        zero = unjudged & zero_base_docs(searcher, key) if RANGEABLE[key].column.kind == "rate" else None
        note = _note(RANGEABLE[key], _reports(searcher, unjudged if zero is None else unjudged & ~zero),
                     0 if zero is None else _reports(searcher, zero))
        if note:
            notes.append(note)
    return notes


def _reports(searcher, docs: np.ndarray) -> int:
    return int(np.count_nonzero(sections_per_report(searcher, docs)))


def _note(figure, n: int, m: int) -> str:
    """The note of ``n`` reports giving the figure nowhere and ``m`` whose rate has a base of 0 ('' for neither)."""
    base = figure.column.note  # the rate's formula, whose base is 0: 不予公开 ÷ 办理结果总计
    if n and m:
        return BOTH_NOTE.format(label=figure.label, n=n, m=m, base=base)
    if m:
        return ZERO_BASE_NOTE.format(label=figure.label, m=m, base=base)
    return UNJUDGED_NOTE.format(label=figure.label, n=n) if n else ""


def _matching(searcher, selection: Selection, scope: np.ndarray) -> np.ndarray:
    """The sections of ``scope`` the text matches: ``matched`` where it was read, the text query re-read where it was
    not (a section failing two ranges, select's ``failing <= 1``)."""
    if selection.query is None:
        return selection.matched.mask
    failing = np.zeros(len(scope), dtype=np.int64)
    for docs in selection.filters.values():
        failing += ~docs
    unread = scope & (failing > 1)
    if not unread.any():
        return selection.matched.mask
    return selection.matched.mask | evaluate(searcher, selection.query, unread).mask
