"""Which part a listed report shows: its best-scored part, unless that part answers nothing.

A report is listed (and ordered) by its best-scored part; that part is also the one the list shows and
snippets. BM25's length normalisation favours a short part, and the shortest a report has is often part 三's
table when the report received no request: a table of zeros (本年新收政府信息公开申请数量 … 0 | 0 | 0) or a table
of one row holds the template's words (政府信息公开申请, 申请) in a few characters, and so tops a pasted question
(我家拆迁补偿的文件能不能申请) over the part that speaks of it. Such a part gives way, for the showing only, to the
report's next best matching part that holds a word of the query: which reports are listed, and their order, never
change (docs/relevance.md, session 30).
"""
from __future__ import annotations

import re

import numpy as np

from search.analysis import fold
from search.retrieval.selection import report_codes

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SENTENCE = re.compile(r"[。；！？]")


def answers_nothing(body: str) -> bool:
    """Whether a part's stored text is only a table (rows as ``cell | cell``, no sentence of prose) whose figures
    are all 0, or only one table row: it shows no answer a reader could take from it."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    rows = [line for line in lines if " | " in line]
    if not rows or any(_SENTENCE.search(line) for line in lines if " | " not in line):
        return False
    figures = [cell.strip() for row in rows for cell in row.split(" | ") if _NUMBER.fullmatch(cell.strip())]
    return len(rows) == 1 or (bool(figures) and all(float(f) == 0 for f in figures))


def shown_parts(searcher, ranked: list[int], mask: np.ndarray, scores: np.ndarray, terms: list[str],
                fields=None) -> list[int]:
    """Per listed report (its best-scored part in ``ranked``), the part to show: that one, or when it answers
    nothing, the report's best-scored other matching part holding one of the query's ``terms``. ``fields`` reads a
    part's stored fields (default ``searcher.stored_fields``): the hits' reader keeps those it reads again."""
    fields = fields or searcher.stored_fields
    codes = None
    shown = []
    for docnum in ranked:
        if not answers_nothing(fields(docnum).get("body", "")):
            shown.append(docnum)
            continue
        codes = report_codes(searcher) if codes is None else codes
        others = np.flatnonzero(mask & (codes == codes[docnum]))
        others = others[others != docnum]
        order = others[np.argsort(-np.nan_to_num(scores[others], nan=-np.inf), kind="stable")]
        shown.append(next((int(d) for d in order if _holds_a_term(searcher, int(d), terms)), docnum))
    return shown


def _holds_a_term(searcher, docnum: int, terms: list[str]) -> bool:
    body = searcher.stored_fields(docnum).get("body", "")
    if answers_nothing(body):
        return False
    folded = fold(body)
    return any(term and term in folded for term in terms)
