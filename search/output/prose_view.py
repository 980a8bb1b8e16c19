"""The report page's 报告文字所述（表中未给出）: what a report's prose states of its table's figures where no table of it
gives them (moved from report_view.py, session 31, which stays under the layout's length)."""
from __future__ import annotations

from search.figures.claims import area_claim, backing_claim, claim_figure, read_claims, says_none
from search.figures.text_figures import AREA_MARK
from search.figures.columns import COLUMN_BY_KEY, format_value
from search.retrieval.figure_answers import figure_label


def prose_statements(report: dict) -> list[dict]:
    """What the report's prose states of the table's figures where no table of it gives them (a page cut
    before its tables, a table in an image): 本年新收申请 文字写明没有, with the sentence and its part.
    The search ranks by these (figure_values) and each claim is the one the search's figure stands on
    (``backing_claim``: a count before a sentence saying none came); the page shows the reader where."""
    figures = report.get("figures") or {}
    claims = read_claims(report)
    keys = dict.fromkeys(k for k in map(claim_figure, claims) if k and _table_value(figures, k) is None)
    out = []
    for key in keys:
        claim = backing_claim(claims, key) or area_claim(claims, key)
        name, unit = figure_label(key)
        value = "文字写明没有" if says_none(claim) else f"{format_value(claim['value'], 'figure')} {unit}".strip()
        if claim.get("area"):  # a whole area's total, not the body's (text_figures.area_figures)
            value = f"{AREA_MARK} {value}（非本机关数字）"
        out.append({"label": name, "value": value, "quote": claim["text"], "anchor": f"section-{claim['section'] or 0}"})
    return out


def _table_value(figures: dict, key: str):
    """The figure as the search and the statistics read it from the tables: a group the template gives no total
    row (不予公开, 无法提供, 不予处理 of 2021) is the sum of its items, so the items in the table are no 表中未给出."""
    column = COLUMN_BY_KEY.get(key)
    return column.value(figures) if column is not None else figures.get(key)
