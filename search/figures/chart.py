"""Bar charts as data: the geometry of a server-rendered SVG, computed here, printed by the
``chart_svg`` macro of templates/_stats_macros.html.

No script and no style attribute is needed (the CSP forbids inline ones): shapes carry classes
styled in static/style.css. Each chart has a <title> and a <desc> naming every value, every bar
its own <title>, and every value is printed above its bar, so the chart reads without colour.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

WIDTH, HEIGHT = 360, 210
LEFT, RIGHT, TOP, BOTTOM = 48, 10, 18, 30


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


def bar_chart(chart_id: str, key: str, title: str, unit: str, points: list[tuple[int, object, str]]) -> Chart:
    """A bar per (year, value, text); unknown values get no bar and a '—' label."""
    known = [v for _, v, _ in points if v is not None]
    top_value = max([0, *known])
    if unit == "%":
        top_value = max(top_value, 1)
    step = nice_step(top_value)
    scale_max = step * max(1, math.ceil(top_value / step))
    if unit != "%" and step < 1:  # counts: no fractional gridlines
        step, scale_max = 1, max(1, math.ceil(top_value))
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    plot_w, plot_h = right - LEFT, bottom - TOP
    slot = plot_w / max(1, len(points))
    bar_w = min(40.0, slot * 0.6)
    bars = []
    for i, (year, value, text) in enumerate(points):
        centre = LEFT + slot * (i + 0.5)
        height = 0.0 if value is None else plot_h * max(0.0, float(value)) / scale_max
        y = bottom - height
        bars.append(Bar(year, value, text, round(centre - bar_w / 2, 1), round(y, 1), round(bar_w, 1),
                        round(height, 1), round(centre, 1), round(y - 4, 1)))
    ticks = []
    n = int(round(scale_max / step))
    for k in range(n + 1):
        value = step * k
        ticks.append(Tick(round(bottom - plot_h * value / scale_max, 1), _tick_text(value, unit)))
    listed = "，".join(f"{year} 年 {text}" for year, _, text in points) or "没有数据"
    desc = f"{title}（单位：{unit}），按年份：{listed}。"
    return Chart(chart_id, key, title, desc, unit, WIDTH, HEIGHT, LEFT, right, TOP, bottom, bars, ticks)
