"""The arithmetic the template's tables must obey, checked on the figures a report gives.

Real reports get it wrong often enough that showing where is a feature. The shape returned:

    {"requests_balance": "ok" | "mismatch" | "incomplete",
     "checked": 12,          # comparisons that could be made
     "failures": [{"check": "row_sum", "row": "一、本年新收政府信息公开申请数量",
                   "column": "总计", "key": "requests_new", "expected": 5, "found": 4}, ...]}

``expected`` is what the parts add up to, ``found`` what the report wrote as their total.
A comparison with blank (None) parts is made only when the known parts already exceed the
total: counts are never negative, so that total is wrong whatever the blanks hold.
"""
from __future__ import annotations

from search.vocabulary import APPLICANTS, OTHER_2021, REQUEST_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, ROW_LABELS

# The outcome rows that make up （七）总计, by template.
_OUTCOME_ITEMS = [key for key, _, _ in REQUEST_ROWS
                  if key.startswith("outcome_") and key != "outcome_other_total" and key not in OTHER_2021]
OUTCOMES_2019 = _OUTCOME_ITEMS + ["outcome_other_total"]
OUTCOMES_2021 = _OUTCOME_ITEMS + list(OTHER_2021)
_COLUMNS = [(f"_{key}", label) for key, label in APPLICANTS] + [("", "总计")]


def _compare(parts: list, total) -> tuple[bool, int | float] | None:
    """(holds, sum of the known parts), or None when nothing can be said."""
    known = [p for p in parts if p is not None]
    if total is None or not known:
        return None
    added = sum(known)
    if len(known) == len(parts):
        return added == total, added
    return (False, added) if added > total else None


class _Checker:
    def __init__(self, figures: dict) -> None:
        self.figures = figures
        self.failures: list[dict] = []
        self.checked = 0
        self.failed_keys: list[set[str]] = []  # the figures of each failed comparison, parts and total

    def compare(self, check: str, row: str, column: str, parts: list[str], total: str) -> bool | None:
        result = _compare([self.figures.get(p) for p in parts], self.figures.get(total))
        if result is None:
            return None
        self.checked += 1
        holds, added = result
        if not holds:
            # "key": the total's figure, so that pages showing it can say its own table disputes it.
            self.failures.append({"check": check, "row": row, "column": column, "key": total,
                                  "expected": added, "found": self.figures.get(total)})
            self.failed_keys.append({k for k in [*parts, total] if self.figures.get(k) is not None})
        return holds


def _outcome_rows(figures: dict, template: str | None) -> list[str]:
    """The rows the report actually uses: some 2021-template reports keep （六） as one row."""
    if any(figures.get(k) is not None for k in OTHER_2021):
        return OUTCOMES_2021
    if figures.get("outcome_other_total") is not None:
        return OUTCOMES_2019
    return OUTCOMES_2019 if template == "2019" else OUTCOMES_2021


def run_checks(figures: dict, template: str | None = None) -> dict:
    """Check the balance rule, row sums, outcome sums and review sums; list every failure."""
    c, balance = _run(figures, template)
    return {"requests_balance": balance, "checked": c.checked, "failures": c.failures}


def failing_figures(figures: dict, template: str | None = None) -> set[str]:
    """The figures a failed comparison points at: one of its parts or its total is wrong (a
    report read by OCR marks them uncertain, ``indexer.ocr_marks``).

    A misread cell breaks its row's sum and its column's: of a comparison that shares figures
    with other failed ones, only the shared figures are named; of one that shares none, all.
    """
    failed = _run(figures, template)[0].failed_keys
    named: set[str] = set()
    for i, keys in enumerate(failed):
        shared = keys & set().union(*(other for j, other in enumerate(failed) if j != i))
        named |= shared or keys
    return named


def _run(figures: dict, template: str | None) -> tuple[_Checker, str]:
    c = _Checker(figures)
    # 第一项加第二项之和，等于第三项加第四项之和, stated in the table's own header.
    balance = "incomplete"
    for suffix, column in _COLUMNS:
        first = [f"requests_new{suffix}", f"requests_carried_over{suffix}"]
        second = [f"requests_total{suffix}", f"requests_carried_forward{suffix}"]
        values = [figures.get(k) for k in first + second]
        if any(v is None for v in values):
            continue
        c.checked += 1
        holds = values[0] + values[1] == values[2] + values[3]
        if not holds:
            c.failures.append({"check": "balance", "row": "一 + 二 = 三（七）总计 + 四", "column": column,
                               "expected": values[0] + values[1], "found": values[2] + values[3]})
            c.failed_keys.append(set(first + second))
        if column == "总计":
            balance = "ok" if holds else "mismatch"

    for key, _, _ in REQUEST_ROWS:  # each row's applicant columns add up to its 总计
        c.compare("row_sum", ROW_LABELS[key], "总计", [f"{key}_{a}" for a, _ in APPLICANTS], key)

    for suffix, column in _COLUMNS:  # the outcome rows add up to （七）总计, column by column
        rows = _outcome_rows(figures, template)
        c.compare("outcome_sum", ROW_LABELS["requests_total"], column, [f"{k}{suffix}" for k in rows],
                  f"requests_total{suffix}")

    for group, label in REVIEW_GROUPS:  # 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计
        parts = [f"{group}_{col}" for col, _ in REVIEW_COLUMNS if col != "total"]
        c.compare("review_sum", label, "总计", parts, f"{group}_total")

    return c, balance
