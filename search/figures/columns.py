"""The columns of the statistics table: figures as read, sums of template rows, and rates.

Every value comes from the figures the parser read (docs/figures.md). A sum is given only when
all its parts were read, and a rate only when its denominator was read and is not zero: a blank
cell is unknown, never 0. Column keys are stable (API, JSON and CSV exports); labels are what
the page and the CSV header show.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from search.vocabulary import OTHER_2021, REQUEST_ROWS, part_numeral

Value = int | float | None

REFUSED = [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_refused_")]
UNAVAILABLE = [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_unavailable_")]
NOT_PROCESSED = [k for k, _, _ in REQUEST_ROWS if k.startswith("outcome_not_processed_")]
REFUSED_REASONS = {
    "outcome_refused_state_secret": "国家秘密",
    "outcome_refused_prohibited": "法律法规禁止公开",
    "outcome_refused_security": "危及“三安全一稳定”",
    "outcome_refused_third_party": "保护第三方合法权益",
    "outcome_refused_internal": "三类内部事务信息",
    "outcome_refused_process": "四类过程性信息",
    "outcome_refused_enforcement": "行政执法案卷",
    "outcome_refused_query": "行政查询事项",
}


# Figures a query may ask that are the sum of others (被纠错: a review or a lawsuit corrected), each part read
# from its table or, where that is cut, from the prose (figure_values.py).
REVIEW_CORRECTED = "review_corrected"
SUMMED = {REVIEW_CORRECTED: ("reconsideration_corrected", "litigation_corrected")}


def format_value(value, kind: str = "count") -> str:
    """A value as the pages print it: '—' when unknown, thousands separated; a rate '12.5%', an
    amount two decimals, a count whole (one decimal if it is not); a ``figure`` as a report's
    table gives it, up to two decimals ('4,068.21')."""
    if value is None:
        return "—"
    if kind == "rate":
        return f"{value:.1f}%"
    if kind == "amount":
        return f"{value:,.2f}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".") if kind == "figure" else f"{value:,.1f}"
    return f"{int(value):,}"


def total_of(figures: dict, keys: list[str] | tuple[str, ...]) -> Value:
    """The sum of ``keys`` when every one was read, else None."""
    values = [figures.get(k) for k in keys]
    if any(v is None for v in values):
        return None
    return sum(values)


def first_read(figures: dict, *keys: str) -> Value:
    """The first of ``keys`` that was read: the 2021 column, else its 2019 counterpart."""
    return next((figures[k] for k in keys if figures.get(k) is not None), None)


def ratio(part: Value, whole: Value) -> float | None:
    """part / whole as a percentage (two decimals), None when either is unknown or whole is 0."""
    if part is None or whole is None or whole <= 0:
        return None
    return round(100.0 * part / whole, 2)


def outcome_other(figures: dict) -> Value:
    """（六）其他处理: the single 2019 row, or the three 2021 rows added up."""
    if figures.get("outcome_other_total") is not None:
        return figures["outcome_other_total"]
    return total_of(figures, OTHER_2021)


def decided(figures: dict, group: str) -> Value:
    """Cases with a result (总计 − 尚未审结), the base of a correction rate."""
    total, pending = figures.get(f"{group}_total"), figures.get(f"{group}_pending")
    if total is None or pending is None:
        return None
    return total - pending


def litigation(figures: dict, column: str) -> Value:
    """行政诉讼 (direct + after reconsideration) for one result column."""
    return total_of(figures, [f"litigation_direct_{column}", f"litigation_after_reconsideration_{column}"])


def in_wan(yuan: Value) -> float | None:
    """Yuan as 万元 (four decimals kept: amounts are written to the yuan)."""
    return None if yuan is None else round(yuan / 10000, 4)


@dataclass(frozen=True)
class Column:
    """One column: stable key, header label, group, kind of value and how it is computed."""

    key: str
    label: str
    group: str  # requests, rates, review, proactive
    kind: str  # count, rate (percent), amount (万元)
    compute: Callable[[dict], Value]
    note: str = ""  # how it is computed, shown as the header's title
    # Rates only: the parts, so that a rate over many reports is pooled (Σ part ÷ Σ whole).
    numerator: Callable[[dict], Value] | None = None
    denominator: Callable[[dict], Value] | None = None

    @property
    def unit(self) -> str:
        """The unit the values are in."""
        return {"rate": "%", "amount": "万元"}.get(self.kind, "件")

    @property
    def part(self) -> int:
        """The template part (1–6) whose table gives the column's figures: 二 the proactive, 三 the requests, 四 the
        reviews and lawsuits."""
        return GROUP_PARTS[self.group]

    @property
    def template_row(self) -> str:
        """The template row the value is read from ('' for a rate, computed from rows its formula names)."""
        return "" if self.kind == "rate" else f"第{part_numeral(self.part)}部分 {self.note}"

    @property
    def formula(self) -> str:
        """How the value is computed from the rows read: a rate's division, a sum's parts, an amount's conversion;
        '' for a row taken as written."""
        if self.kind == "rate":
            return self.note
        if self.kind == "amount":
            return "报告所填金额折算为元，÷ 10000"
        return self.note if any(w in self.note for w in ("之和", "+", "合计")) else ""

    def value(self, figures: dict) -> Value:
        """This column's value for one report's figures."""
        return self.compute(figures)


def _read(key: str) -> Callable[[dict], Value]:
    return lambda f: f.get(key)


def _rate(key: str, label: str, group: str, numerator, note: str, base=_read("requests_total")) -> Column:
    return Column(key, label, group, "rate", lambda f: ratio(numerator(f), base(f)), note, numerator, base)


def _litigation_decided(figures: dict) -> Value:
    total, pending = litigation(figures, "total"), litigation(figures, "pending")
    return None if total is None or pending is None else total - pending


GROUP_PARTS = {"requests": 3, "rates": 3, "review": 4, "proactive": 2}
GROUPS = {"requests": "申请办理", "rates": "办理结果比率", "review": "复议诉讼", "proactive": "主动公开"}

COLUMNS: list[Column] = [
    Column("requests_new", "本年新收申请", "requests", "count", _read("requests_new"), "一、本年新收政府信息公开申请数量（总计）"),
    Column("requests_carried_over", "上年结转申请", "requests", "count", _read("requests_carried_over"), "二、上年结转政府信息公开申请数量"),
    Column("outcome_disclosed", "予以公开", "requests", "count", _read("outcome_disclosed"), "三（一）予以公开"),
    Column("outcome_partly_disclosed", "部分公开", "requests", "count", _read("outcome_partly_disclosed"), "三（二）部分公开"),
    Column("outcome_refused", "不予公开", "requests", "count", lambda f: total_of(f, REFUSED), "三（三）不予公开 1–8 项之和"),
    Column("outcome_unavailable", "无法提供", "requests", "count", lambda f: total_of(f, UNAVAILABLE), "三（四）无法提供 1–3 项之和"),
    Column("outcome_not_processed", "不予处理", "requests", "count", lambda f: total_of(f, NOT_PROCESSED), "三（五）不予处理 1–5 项之和"),
    Column("outcome_other", "其他处理", "requests", "count", outcome_other, "三（六）其他处理（2021 年模板为 1–3 项之和）"),
    Column("requests_total", "办理结果总计", "requests", "count", _read("requests_total"), "三（七）总计"),
    Column("requests_carried_forward", "结转下年度", "requests", "count", _read("requests_carried_forward"), "四、结转下年度继续办理"),
    _rate("rate_disclosed", "予以公开率", "rates", _read("outcome_disclosed"), "予以公开 ÷ 办理结果总计"),
    _rate("rate_partly_disclosed", "部分公开率", "rates", _read("outcome_partly_disclosed"), "部分公开 ÷ 办理结果总计"),
    _rate("rate_refused", "不予公开率", "rates", lambda f: total_of(f, REFUSED), "不予公开 ÷ 办理结果总计"),
    _rate("rate_unavailable", "无法提供率", "rates", lambda f: total_of(f, UNAVAILABLE), "无法提供 ÷ 办理结果总计"),
    _rate("rate_not_processed", "不予处理率", "rates", lambda f: total_of(f, NOT_PROCESSED), "不予处理 ÷ 办理结果总计"),
    *[_rate(f"rate_{key[len('outcome_'):]}", f"不予公开：{label}", "rates", _read(key), f"不予公开（{label}）÷ 办理结果总计")
      for key, label in REFUSED_REASONS.items()],
    Column("reconsideration_total", "行政复议", "review", "count", _read("reconsideration_total"), "行政复议 总计"),
    Column("reconsideration_corrected", "复议纠正", "review", "count", _read("reconsideration_corrected"), "行政复议 结果纠正"),
    Column("reconsideration_pending", "复议未审结", "review", "count", _read("reconsideration_pending"), "行政复议 尚未审结"),
    _rate("rate_reconsideration_corrected", "复议纠错率", "review", _read("reconsideration_corrected"),
          "结果纠正 ÷（总计 − 尚未审结）", lambda f: decided(f, "reconsideration")),
    Column("litigation_total", "行政诉讼", "review", "count", _read("litigation_total"), "行政诉讼 未经复议直接起诉 + 复议后起诉"),
    Column("litigation_corrected", "诉讼纠正", "review", "count", lambda f: litigation(f, "corrected"), "行政诉讼 结果纠正（两类之和）"),
    _rate("rate_litigation_corrected", "诉讼纠错率", "review", lambda f: litigation(f, "corrected"),
          "结果纠正 ÷（总计 − 尚未审结），两类诉讼合计", _litigation_decided),
    Column(REVIEW_CORRECTED, "复议和诉讼纠正", "review", "count",
           lambda f: total_of({"r": f.get("reconsideration_corrected"), "l": litigation(f, "corrected")}, ["r", "l"]),
           "行政复议 结果纠正 + 行政诉讼 结果纠正"),
    Column("regulations_made", "规章 本年制发", "proactive", "count",
           lambda f: first_read(f, "regulations_made", "regulations_new"), "2021 模板：本年制发件数；2019 模板：本年新制作数量"),
    Column("regulations_in_force", "规章 现行有效", "proactive", "count", _read("regulations_in_force"), "现行有效件数（2021 模板）"),
    Column("normative_docs_made", "规范性文件 本年制发", "proactive", "count",
           lambda f: first_read(f, "normative_docs_made", "normative_docs_new"), "2021 模板：本年制发件数；2019 模板：本年新制作数量"),
    Column("normative_docs_repealed", "规范性文件 本年废止", "proactive", "count", _read("normative_docs_repealed"), "本年废止件数（2021 模板）"),
    Column("normative_docs_in_force", "规范性文件 现行有效", "proactive", "count", _read("normative_docs_in_force"), "现行有效件数（2021 模板）"),
    Column("licensing_decisions", "行政许可决定", "proactive", "count", _read("licensing_decisions"), "行政许可 处理决定数量"),
    Column("punishment_decisions", "行政处罚决定", "proactive", "count", _read("punishment_decisions"), "行政处罚 处理决定数量"),
    Column("coercion_decisions", "行政强制决定", "proactive", "count", _read("coercion_decisions"), "行政强制 处理决定数量"),
    Column("fees_amount", "行政事业性收费（万元）", "proactive", "amount", lambda f: in_wan(f.get("fees_amount_yuan")),
           "本年收费金额，折算为万元（单位不明时为空）"),
    Column("procurement_items", "政府集中采购项目", "proactive", "count", _read("procurement_items"), "采购项目数量"),
    Column("procurement_amount", "政府集中采购金额（万元）", "proactive", "amount",
           lambda f: in_wan(f.get("procurement_amount_yuan")), "采购总金额，折算为万元（表中未写单位时为空）"),
]
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
# The columns the table shows first: one or two of each group.
KEY_COLUMNS = ["requests_new", "outcome_disclosed", "outcome_partly_disclosed", "outcome_refused", "requests_total",
               "requests_carried_forward", "rate_disclosed", "reconsideration_total", "rate_reconsideration_corrected",
               "litigation_total", "normative_docs_made", "licensing_decisions", "punishment_decisions"]
VIEWS = {"key": "主要数据", **GROUPS, "all": "全部"}


def view_columns(view: str) -> list[Column]:
    """The columns one view of the table shows."""
    if view == "all":
        return list(COLUMNS)
    if view in GROUPS:
        return [c for c in COLUMNS if c.group == view]
    return [COLUMN_BY_KEY[k] for k in KEY_COLUMNS]
