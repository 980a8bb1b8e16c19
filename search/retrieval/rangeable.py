"""The figures a search can narrow to a range (``min_<key>``, ``max_<key>``): one table, read by the search's
parameters, the form's 按数值范围筛选, the chips, the filters, the JSON API's and OpenAPI's parameters and the exports.

Every column of the statistics table is rangeable (QA 42 F7: which bodies had reviews corrected, lost lawsuits,
charged fees, refused requests as 不予公开): a journalist's list to export is a range, not a table sorted and read.
A figure is read as the statistics count it: its table's value, else the count its prose states (0 where it says
none came); a report that gives it nowhere is in no range (blank is not 0), and the page says how many such reports
the range could not judge (range_notes.py). Eight counts are index columns (``fig_<key>``, with ``said_`` and
``floor_``: search.schema.RANGE_FIGURES, kept for the presets, sorting and old links); the others are read from the
statistics records of the index generation (record_ranges.py). Rates are in percent and amounts in 万元, as the
statistics show them; their bounds may have decimals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.echo import echo
from search.figures.columns import COLUMNS, GROUPS, Column
from search.schema import RANGE_FIGURES

MAX_FIGURE = 10**9  # no report counts a billion requests; larger bounds are typos
_DECIMAL = re.compile(r"^\d{1,10}(?:\.\d{1,2})?$")


@dataclass(frozen=True)
class RangeableFigure:
    """One figure a range can narrow to: its key (the URL's min_<key>, the JSON's and the statistics column's), the
    label the form, chips and messages give it, and the field a range reads."""

    key: str
    label: str
    column: Column

    @property
    def field(self) -> str:
        """The index column a range reads (``fig_<key>``), or '' for the statistics record's value."""
        return f"fig_{self.key}" if self.key in RANGE_FIGURES else ""

    @property
    def unit(self) -> str:
        """件, % or 万元."""
        return self.column.unit

    @property
    def part(self) -> int:
        """The template part whose table gives the figure (a hit kept by the range shows that part)."""
        return self.column.part

    @property
    def whole(self) -> bool:
        """Whether bounds are whole numbers (counts); a rate's or an amount's may have two decimals."""
        return self.column.kind == "count"

    @property
    def allowed(self) -> str:
        """What a bound must be, as a message says it."""
        return (f"须为 0 到 {MAX_FIGURE // 10**8} 亿的整数" if self.whole
                else f"须为 0 或正数，最多两位小数，单位{self.unit}")


def _figures() -> dict[str, RangeableFigure]:
    # The index's eight first, in their old order (a link's parameters keep their order), then every other column.
    columns = {c.key: c for c in COLUMNS}
    keys = list(RANGE_FIGURES) + [c.key for c in COLUMNS if c.key not in RANGE_FIGURES]
    # One name per figure, the statistics column's (QA 44 F9: 结转下年度办理 here, 结转下年度 in /stats and the exports).
    return {key: RangeableFigure(key, columns[key].label, columns[key]) for key in keys}


RANGEABLE: dict[str, RangeableFigure] = _figures()


def read_bound(raw: str, figure: RangeableFigure) -> int | float | None:
    """A bound as typed ('3', '12.5' for a rate or an amount), None when it is not one."""
    if not raw.isascii() or not _DECIMAL.match(raw) or (figure.whole and "." in raw):
        return None
    value = float(raw) if "." in raw else int(raw)
    return value if 0 <= value <= MAX_FIGURE else None


def read_ranges(args, clean, messages: list[str]) -> tuple[tuple[str, object, object], ...]:
    """The ranges of request arguments, in RANGEABLE's order; a bound that is no number, a low above its high and a
    figure no range reads are named in ``messages``."""
    ranges = []
    for key, figure in RANGEABLE.items():
        bounds = []
        for end, word in (("min", "最小值"), ("max", "最大值")):
            raw = clean(args.get(f"{end}_{key}", "") or "")
            value = read_bound(raw, figure) if raw else None
            if raw and value is None:
                messages.append(f"忽略了无效的“{figure.label}”{word}（{end}_{key}）：{echo(raw)}（{figure.allowed}）")
            bounds.append(value)
        low, high = bounds
        if low is not None and high is not None and low > high:
            messages.append(f"“{figure.label}”的最小值大于最大值，已对调。")
            low, high = high, low
        if low is not None or high is not None:
            ranges.append((key, low, high))
    unknown = sorted({name for name in args if name.startswith(("min_", "max_")) and name[4:] not in RANGEABLE})
    if unknown:
        choices = "、".join(f"{f.label} {key}" for key, f in RANGEABLE.items())
        messages.append(f"忽略了未知的数值条件：{'、'.join(echo(n, 30) for n in unknown[:3])}（可用 min_ 或 max_ 加：{choices}）")
    return tuple(ranges)


def range_label(label: str, low, high, unit: str = "") -> str:
    """'本年新收申请 ≥ 1', '行政复议 ≤ 5', '复议纠错率 10–50%'."""
    if low is not None and high is not None:
        return f"{label} {low}–{high}{unit}" if low != high else f"{label} {low}{unit}"
    if low is not None:
        return f"{label} ≥ {low}{unit}"
    return f"{label} ≤ {high}{unit}"


def figure_range_label(key: str, low, high) -> str:
    """A figure range as a chip says it: '复议纠正 ≥ 1', '不予公开率 ≥ 10%', '行政事业性收费（万元） ≥ 0.5'."""
    figure = RANGEABLE[key]
    if figure.whole or figure.label.endswith(f"（{figure.unit}）"):  # (its label names the unit: said once, QA 44 F9)
        return range_label(figure.label, low, high)
    return range_label(figure.label, low, high, "%" if figure.unit == "%" else f" {figure.unit}")


def range_groups(ranges) -> list[dict]:
    """The form's 按数值范围筛选 inputs by the statistics' column groups (申请办理, 办理结果比率, 复议诉讼, 主动公开), each
    with its figures' current bounds; a group holding a range set is open."""
    set_now = {key: (low, high) for key, low, high in ranges}
    groups = []
    for group, name in GROUPS.items():
        fields = [{"key": f.key, "label": f.label, "unit": f.unit, "step": "1" if f.whole else "0.01",
                   "low": set_now.get(f.key, (None, None))[0], "high": set_now.get(f.key, (None, None))[1]}
                  for f in RANGEABLE.values() if f.column.group == group]
        groups.append({"group": group, "label": name, "fields": fields,
                       "open": any(f["key"] in set_now for f in fields)})
    return groups
