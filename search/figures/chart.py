"""Bar charts as data: the geometry of a server-rendered SVG, computed here, printed by the
``chart_svg`` macro of templates/_stats_macros.html.

No script and no style attribute is needed (the CSP forbids inline ones): shapes carry classes
styled in static/style.css. Each chart has a <title> and a <desc> naming every value, every bar
its own <title>, and values are printed above their bars, so the chart reads without colour.

Eighteen years of reports (2008–2025) give bars 17 units apart, narrower than "2008" or "3,466":
printed at every bar, labels ran into one another. So the years before a figure's first value
are left out (the table below keeps them), year labels are thinned to every k-th year counted back
from the latest, and a value is printed only where it does not touch another, the latest year's and
the largest first; every value stays in the bar's <title>, the chart's <desc> and the table.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

WIDTH, HEIGHT = 360, 210
LEFT, RIGHT, TOP, BOTTOM = 48, 10, 18, 30
# Estimated advance of the stylesheet's 11px labels (static/style.css: .value, .year-label), in
# viewBox units: Noto CJK's digits are half an em wide, the dash a full one.
_NARROW, _WIDE = 6.6, 11.0
_YEAR_GAP = 6  # space between two year labels


@dataclass
class Bar:
    """One year's bar (height 0 and ``missing`` when the value is unknown)."""

    year: int
    value: float | int | None
    text: str  # the value as printed
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    show_value: bool = True
    show_year: bool = True
    disputed: str = ""  # why the report's own table disputes the value ('' when it does not)
    label: str = ""  # the value as printed above the bar when it is not ``text`` ('0*/11': as written / as the parts add)

    @property
    def printed(self) -> str:
        """What is printed above the bar."""
        return self.label or self.text

    @property
    def missing(self) -> bool:
        """No value for this year."""
        return self.value is None


@dataclass
class Tick:
    """A gridline of the value axis."""

    y: float
    text: str


@dataclass
class Chart:
    """An SVG bar chart, ready to print."""

    id: str
    key: str  # the figure's column key
    title: str
    desc: str
    unit: str
    width: int
    height: int
    left: int
    right: int  # x of the plot's right edge
    top: int
    bottom: int  # y of the baseline
    bars: list[Bar]
    ticks: list[Tick]
    note: str = ""  # what the chart leaves out, e.g. the years before the figure's first value

    @property
    def empty(self) -> bool:
        """No year has a value: axes with a row of dashes would say nothing."""
        return all(bar.missing for bar in self.bars)


def nice_step(maximum: float, count: int = 4) -> float:
    """A round step (1, 2 or 5 × 10^k) giving about ``count`` gridlines up to ``maximum``."""
    if maximum <= 0:
        return 1
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _tick_text(value: float, unit: str) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return text + ("%" if unit == "%" else "")


def text_width(text: str) -> float:
    """The estimated printed width of a label (see _NARROW)."""
    return sum(_NARROW if ch.isascii() else _WIDE for ch in text)


def _place_values(bars: list[Bar]) -> None:
    """Keep a value label only where it touches no label already kept, taking the latest year, then
    the largest values, then the rest; labels at the edges are moved inside the chart."""
    order = sorted(range(len(bars)), key=lambda i: (i != len(bars) - 1, bars[i].missing,
                                                    -(bars[i].value or 0), i))
    kept: list[tuple[float, float, float]] = []  # left, right, baseline y
    for i in order:
        bar = bars[i]
        half = text_width(bar.printed) / 2
        bar.label_x = round(min(max(bar.label_x, half + 1), WIDTH - half - 1), 1)
        left, right = bar.label_x - half, bar.label_x + half
        clash = any(left < r + 2 and l < right + 2 and abs(bar.label_y - y) < 13 for l, r, y in kept)
        bar.show_value = not clash
        if not clash:
            kept.append((left, right, bar.label_y))


def _thin_years(bars: list[Bar], slot: float) -> None:
    """Print every k-th year, counted back from the latest, so that labels never touch."""
    if not bars:
        return
    step = max(1, math.ceil((text_width(str(bars[-1].year)) + _YEAR_GAP) / slot))
    for i, bar in enumerate(bars):
        bar.show_year = (len(bars) - 1 - i) % step == 0


def bar_chart(chart_id: str, key: str, title: str, unit: str, points: list[tuple[int, object, str]],
              disputed: dict[int, str] | None = None, other: dict[int, object] | None = None) -> Chart:
    """A bar per (year, value, text); unknown values get no bar and a '—' label. A year in
    ``disputed`` (year → why) has its value marked as the table below marks it, and is drawn as an outline, not a
    solid bar, reaching the larger of its value and ``other`` (year → the value as its table's parts add up): a
    report's total of 0 beside parts of 11 is no 0 to read a rise from (QA 42 F12)."""
    disputed, other = disputed or {}, {y: v for y, v in (other or {}).items() if v is not None}
    note = ""
    first = next((i for i, (_, v, _) in enumerate(points) if v is not None), None)
    if first:  # years before the figure's first value would only be dashes
        note = f"{points[0][0]}–{points[first - 1][0]} 年无数据，图中略去。" if first > 1 else \
            f"{points[0][0]} 年无数据，图中略去。"
        shown = points[first:]
    else:
        shown = points
    known = [v for _, v, _ in points if v is not None]
    top_value = max([0, *known, *(v for y, v in other.items() if y in disputed)])
    if unit == "%":
        top_value = max(top_value, 1)
    step = nice_step(top_value)
    scale_max = step * max(1, math.ceil(top_value / step))
    if unit != "%" and step < 1:  # counts: no fractional gridlines
        step, scale_max = 1, max(1, math.ceil(top_value))
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    plot_w, plot_h = right - LEFT, bottom - TOP
    slot = plot_w / max(1, len(shown))
    bar_w = min(40.0, slot * 0.6)
    bars = []
    for i, (year, value, text) in enumerate(shown):
        centre = LEFT + slot * (i + 0.5)
        why = disputed.get(year, "")
        reach = value if value is None or not why else max(value, other.get(year, value))
        height = 0.0 if reach is None else plot_h * max(0.0, float(reach)) / scale_max
        if why and value is not None:
            height = max(height, 2.0)  # an outline of height 0 would not show
        y = bottom - height
        label = (f"{text}*/{_tick_text(other[year], '')}" if why and value is not None and other.get(year, value) != value
                 else "")  # the box's top is the parts' sum: both readings printed on it
        bars.append(Bar(year, value, text + ("*" if why else ""), round(centre - bar_w / 2, 1), round(y, 1),
                        round(bar_w, 1), round(height, 1), round(centre, 1), round(y - 4, 1), disputed=why, label=label))
    _place_values(bars)
    _thin_years(bars, slot)
    ticks = []
    n = int(round(scale_max / step))
    for k in range(n + 1):
        value = step * k
        ticks.append(Tick(round(bottom - plot_h * value / scale_max, 1), _tick_text(value, unit)))
    listed = "，".join(f"{year} 年 {text}" + (f"（{disputed[year]}）" if year in disputed else "")
                      for year, _, text in points) or "没有数据"
    desc = f"{title}（单位：{unit}），按年份：{listed}。"
    shown_disputed = [b for b in bars if b.disputed and not b.missing]
    if shown_disputed:
        readings = "，".join(f"{b.year} 年所填 {b.text}" + (f"、分项之和 {_tick_text(other[b.year], '')}"
                                                         if b.year in other and other[b.year] != b.value else "")
                            for b in shown_disputed)
        note += f"虚线框（标 *）：报告表中总计与分项之和不符（{readings}），框高到两者中较大的一个，框上标“所填/分项之和”，不是确定的数字。"
    return Chart(chart_id, key, title, desc, unit, WIDTH, HEIGHT, LEFT, right, TOP, bottom, bars, ticks, note)
