"""The figures a report's prose states where no table of it gives them, as the figures pages count them.

A page cut before its tables, a table in an image or an older report without the template's tables
leaves the prose as the report's only statement of a figure: 全年受理政府信息公开申请8件, 因政府信息公开申请
引发行政复议2件, 2017年未收到有关政府信息公开申请 (search/figures/claims.py). Such a figure is read, not
guessed, so it is known and counted like a table's, everywhere the reports are added up or narrowed: the
statistics (totals, medians, counts), the trends, the search's figure ranges, the exports and the comparison.
Everywhere it stays marked as the prose's (文, 据报告文字), and the totals say how much of them it makes, so a
reader can take it out. A table's figure always wins; rates are computed from the tables alone (no prose states
their denominators).

The one rule, for every page: the largest count the prose states of the figure, else 0 when it says none came
(未收到…申请, 未发生…行政复议), else nothing. A summed column (复议和诉讼纠正) no table gives whole adds its parts,
each from its table or its prose.

A count the prose states of a whole area or of all its bodies (周口市各级、各部门共收到政府信息公开申请347件, 全市共受理…)
is the figure of the area's government, whose table counts the area too (review 36 #2), but no department's figure
(QA 42 F3): it sums many bodies', so ranking it among them or adding it to their sums counts those bodies twice and
compares unlike things. A department's is kept apart (``area_figures``; who reports it: area_scope.py): shown as the
area's total (地区合计) beside the body's unknown figure, never counted, sorted, ranged or flagged as the body's.
"""
from __future__ import annotations

from search.figures.claims import area_claim, backing_claim, claim_figure, prose_count, prose_figure_keys, read_claims, says_none
from search.figures.columns import COLUMNS, SUMMED

# The columns a report's prose may state (counts, never rates or amounts).
TEXT_COLUMNS = tuple(c.key for c in COLUMNS if c.key in prose_figure_keys())
# Where a page shows a figure read from the prose: the cell's title, and the words after a count.
FROM_TEXT_NOTE = "表中未给出，据报告文字"
# Where a page shows an area's total the prose states (area_figures): its mark, and what it means.
AREA_MARK = "地区合计"
AREA_NOTE = "报告文字所述为全地区各级、各部门的合计，不是本机关自己的数字：不计入合计、中位数、排序和数值筛选"


def stated_in_text(claims: list[dict], key: str) -> int | float | None:
    """The count of figure ``key`` the prose states (``read_claims``'s claims): the largest count it gives, else 0
    when it says none came, else None."""
    count = prose_count(claims, key)
    if count is not None:
        return int(count) if float(count).is_integer() else count
    return 0 if any(says_none(c) and claim_figure(c) == key for c in claims) else None


def figures_from_text(values: dict, claims: list[dict]) -> dict[str, int | float]:
    """The columns (by key) whose value no table of the report gives (``values``: each column's value from the
    tables, None when unknown) and its prose states, with that value."""
    out = {}
    for key in TEXT_COLUMNS:
        if values.get(key) is None and (stated := stated_in_text(claims, key)) is not None:
            out[key] = stated
    for key, parts in SUMMED.items():
        known = [values.get(p) if values.get(p) is not None else out.get(p) for p in parts]
        if values.get(key) is None and None not in known and any(p in out for p in parts):
            out[key] = sum(known)
    return out


def area_figures(values: dict, claims: list[dict]) -> dict[str, int | float]:
    """The columns (by key) whose value neither a table nor the prose gives for the body itself, and for which the
    prose states a whole area's total (``claims.area_claim``), with that total: shown apart, never counted."""
    out = {}
    for key in TEXT_COLUMNS:
        if values.get(key) is None and stated_in_text(claims, key) is None and (claim := area_claim(claims, key)):
            value = claim["value"]
            out[key] = int(value) if float(value).is_integer() else value
    return out


def report_from_text(report: dict) -> dict[str, int | float]:
    """``figures_from_text`` of a stored report (the JSON of ``python -m indexer parse``): what its index fields
    and its statistics record count from its prose."""
    figures = report.get("figures") or {}
    return figures_from_text({c.key: c.value(figures) for c in COLUMNS}, read_claims(report))


def with_text(values: dict, from_text: dict) -> dict:
    """Every column's value as the pages count it: the table's, else the prose's."""
    return {key: from_text.get(key) if value is None else value for key, value in values.items()}


def stated_quotes(record) -> dict[str, str]:
    """The sentence each figure ``record`` (a ReportRecord) counts from its prose or shows as its area's total stands
    on, by column key (QA 42 F6: the exports quote it, as the search export and /compare do); a sum of parts
    (复议和诉讼纠正) has no one sentence and is left out."""
    quotes = {}
    for key in (*record.from_text, *record.area):
        claim = backing_claim(record.claims, key) if key in record.from_text else area_claim(record.claims, key)
        if claim and claim.get("text"):
            quotes[key] = claim["text"]
    return quotes
