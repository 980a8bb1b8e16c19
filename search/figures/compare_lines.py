"""The figures of reports compared, aligned on the template's rows: each report's value on a line, its change from the
first report's, and the marks of a value its own table disputes (*) or only its prose states (文).

Split from compare.py (the page: reports, parts, shared text); the lines are its figures.
"""
from __future__ import annotations

from dataclasses import dataclass

from search.figures.claims import backing_claim
from search.figures.columns import COLUMN_BY_KEY, format_value
from search.figures.text_figures import FROM_TEXT_NOTE
from search.vocabulary import REVIEW_COLUMNS, REVIEW_GROUPS, ROW_LABELS, figure_keys

P2_ROWS = [("regulations", "规章"), ("normative_docs", "规范性文件"), ("licensing", "行政许可"),
           ("other_services", "其他对外管理服务事项"), ("punishment", "行政处罚"), ("coercion", "行政强制"),
           ("fees", "行政事业性收费"), ("procurement", "政府集中采购")]
P2_COLUMNS = [("made", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数"),
              ("new", "本年新制作数量"), ("published", "本年新公开数量"), ("total", "对外公开总数量"),
              ("items_prev", "上一年项目数量"), ("items_change", "本年增/减"), ("decisions", "处理决定数量"),
              ("items", "采购项目数量")]
# Part 三 rows in the order the template prints them.
P3_ROWS = ["requests_new", "requests_carried_over", "outcome_disclosed", "outcome_partly_disclosed",
           "outcome_refused_state_secret", "outcome_refused_prohibited", "outcome_refused_security",
           "outcome_refused_third_party", "outcome_refused_internal", "outcome_refused_process",
           "outcome_refused_enforcement", "outcome_refused_query", "outcome_unavailable_not_held",
           "outcome_unavailable_need_creation", "outcome_unavailable_unclear", "outcome_not_processed_complaint",
           "outcome_not_processed_repeated", "outcome_not_processed_publication", "outcome_not_processed_mass",
           "outcome_not_processed_confirmation", "outcome_other_total", "outcome_other_no_correction",
           "outcome_other_unpaid_fee", "outcome_other_other", "requests_total", "requests_carried_forward"]
RAW_KEYS = frozenset(figure_keys())  # the figures a table gives, by the template's rows (not the statistics' sums)
P3_RATES = ["rate_disclosed", "rate_partly_disclosed", "rate_refused", "rate_unavailable", "rate_not_processed"]


@dataclass
class CompareCell:
    """One report's value on a line, with its change from the first report."""

    value: object
    text: str
    change: str = ""  # "+3", "−2.5"
    direction: str = ""  # "up", "down"
    disputed: str = ""  # the report's own table disputes the value (ReportRecord.disputed), as /stats and /trends mark it
    quote: str = ""  # no table of the report gives the value; its prose states it, in this sentence (text_figures.py)

    @property
    def from_text(self) -> bool:
        """Whether the value is the report's prose's (marked 文, its sentence in the footnotes)."""
        return bool(self.quote)


@dataclass
class Line:
    """One figure across the reports."""

    key: str
    label: str
    cells: list[CompareCell]

    @property
    def differs(self) -> bool:
        """Two known values differ."""
        return len({c.value for c in self.cells if c.value is not None}) > 1


def line_of(key: str, label: str, values: list, kind: str = "count") -> Line:
    """One figure's line: each report's value, and its change from the first report's."""
    cells, base = [], values[0]
    for i, value in enumerate(values):
        cell = CompareCell(value, format_value(value, kind))
        if i and value is not None and base is not None and value != base:
            delta = value - base
            number = format_value(abs(delta), kind).rstrip("%")
            cell.change = ("+" if delta > 0 else "−") + number + (" 个百分点" if kind == "rate" else "")
            cell.direction = "up" if delta > 0 else "down"
        cells.append(cell)
    return Line(key, label, cells)


def _lines(reports: list[dict], keys_labels: list[tuple[str, str]], kind: str = "count") -> list[Line]:
    """Lines for the keys at least one report has a value for."""
    out = []
    for key, label in keys_labels:
        values = [(r.get("figures") or {}).get(key) for r in reports]
        if any(v is not None for v in values):
            out.append(line_of(key, label, values, kind))
    return out


def _amount_lines(reports: list[dict]) -> list[Line]:
    out = []
    for prefix, name in (("fees", "行政事业性收费 金额（万元）"), ("procurement", "政府集中采购 金额（万元）")):
        values = [(r.get("figures") or {}).get(f"{prefix}_amount_yuan") for r in reports]
        raw = [(r.get("figures") or {}).get(f"{prefix}_amount") for r in reports]
        if any(v is not None for v in values + raw):
            line = line_of(f"{prefix}_amount", name, [None if v is None else round(v / 10000, 4) for v in values], "amount")
            for cell, written in zip(line.cells, raw):
                if cell.value is None and written is not None:
                    cell.text = f"{written:g}（单位不明）"
            out.append(line)
    return out


def figure_lines(number: int, reports: list[dict]) -> list[Line]:
    """The lines of part ``number``'s table figures that some report's table gives (parts 二, 三 and 四)."""
    if number == 2:
        keys = [(f"{p}_{c}", f"{name} {label}") for p, name in P2_ROWS for c, label in P2_COLUMNS]
        return _lines(reports, keys) + _amount_lines(reports)
    if number == 3:
        rates = [line_of(k, COLUMN_BY_KEY[k].label, [COLUMN_BY_KEY[k].value(r.get("figures") or {}) for r in reports], "rate")
                 for k in P3_RATES]
        return _lines(reports, [(k, ROW_LABELS[k]) for k in P3_ROWS]) + [l for l in rates if any(c.value is not None for c in l.cells)]
    if number == 4:
        keys = [(f"{g}_{c}", f"{name} {label}") for g, name in REVIEW_GROUPS for c, label in REVIEW_COLUMNS]
        return _lines(reports, keys + [("litigation_total", "行政诉讼 合计")])
    return []


# The figures a report's prose may state (text_figures.py) by part, each with its line's label, and the order of a
# part's lines, by which a line no template row gives (不予公开 stated whole) is placed.
TEXT_LINES = {2: [("normative_docs_made", "规范性文件 本年制发件数")],  # a row run together that no split fits (QA 33 #8)
              3: [("requests_new", ROW_LABELS["requests_new"]), ("outcome_refused", "（三）不予公开（1–8 项之和）"),
                  ("outcome_unavailable", "（四）无法提供（1–3 项之和）"), ("outcome_not_processed", "（五）不予处理（1–5 项之和）")],
              4: [("reconsideration_total", "行政复议 总计"), ("reconsideration_corrected", "行政复议 结果纠正"),
                  ("litigation_total", "行政诉讼 合计"), ("litigation_corrected", "行政诉讼 结果纠正（两类之和）")]}
_ORDER = {2: [f"{row}_{column}" for row in ("regulations", "normative_docs") for column in ("made", "repealed", "in_force")],
          3: [k for row in P3_ROWS for k in ([row, row[:row.rindex("_")]] if row in (
                  "outcome_refused_query", "outcome_unavailable_unclear", "outcome_not_processed_confirmation") else [row])]
             + P3_RATES,
          4: [f"{g}_{c}" for g, _ in REVIEW_GROUPS for c, _ in REVIEW_COLUMNS] + ["litigation_total", "litigation_corrected"]}


def with_text(number: int, lines: list[Line], reports: list[dict], records: list) -> list[Line]:
    """The part's lines with the figures no table of a report gives and its prose states (2017年未收到有关政府信息公开
    申请: 0), each with its sentence, as the statistics count them; a line for a sum no template row shows (不予公开
    stated whole) is added where a report's prose states it."""
    for key, label in TEXT_LINES.get(number, []):
        stated = [record.from_text.get(key) if record is not None else None for record in records]
        if all(v is None for v in stated):
            continue
        at = next((i for i, line in enumerate(lines) if line.key == key), None)
        if at is None:  # no table of them has its row: placed in the template's order
            order = _ORDER[number]
            at = next((i for i, line in enumerate(lines)
                       if (order.index(line.key) if line.key in order else len(order)) > order.index(key)), len(lines))
            lines.insert(at, line_of(key, label, [_row_value(key, r.get("figures") or {}) for r in reports]))
        line = lines[at]
        values = [c.value if v is None else v for c, v in zip(line.cells, stated)]
        lines[at] = line_of(key, line.label, values)
        for cell, value, record in zip(lines[at].cells, stated, records):
            if value is not None:
                claim = backing_claim(record.claims, key)
                cell.quote = claim["text"] if claim else FROM_TEXT_NOTE
    return lines


def _row_value(key: str, figures: dict):
    """A report's value on the line of ``key``: the template's row as its table gives it (a 2019 report's 本年新制作数量
    stays on its own line, never copied onto 2021's 本年制发件数: QA 42 F10, 规范性文件 was and 规章 was not), or for a
    sum no row shows (不予公开 stated whole) the statistics column's."""
    return figures.get(key) if key in RAW_KEYS else COLUMN_BY_KEY[key].value(figures)


def mark_disputed(lines: list[Line], records: list) -> None:
    """Mark each value its own report's table disputes (行政复议 总计 0 beside results adding up to 11): its change
    from the first report is no change the reader can quote as one."""
    for line in lines:
        for cell, record in zip(line.cells, records):
            if cell.value is not None and record is not None and not cell.from_text:
                cell.disputed = record.disputed(line.key)
