"""Two to four reports side by side, part by part: figures aligned on the template's rows, values
that differ from the first report marked with their change, and text shared between the reports
marked in each report's text (so what was rewritten stands out). Reports are ordered by year,
oldest first: the first is the baseline of every change shown."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from search.figures.columns import COLUMN_BY_KEY, format_value
from search.figures.records import record_store
from search.figures.similarity import normalise, overlap, prose_of
from search.figures.compare_finder import Candidate, find_candidates
from search.vocabulary import (PREAMBLE_NAME, PREAMBLE_PART, REVIEW_COLUMNS, REVIEW_GROUPS, ROW_LABELS, SECTION_NAMES,
                               part_heading, part_numeral)

MIN_REPORTS, MAX_REPORTS = 2, 4
_ID = re.compile(r"^[0-9a-f]{6,64}$")
TEMPLATE_LABELS = {"2019": "2019 版", "2021": "2021 版", "pre2019": "2019 年前"}
TYPED_MAX = 400  # characters of the ids shown back in the form, as typed
QUERY_MAX = 200  # characters of the finder's words

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
P3_RATES = ["rate_disclosed", "rate_partly_disclosed", "rate_refused", "rate_unavailable", "rate_not_processed"]


@dataclass
class CompareCell:
    """One report's value on a line, with its change from the first report."""

    value: object
    text: str
    change: str = ""  # "+3", "−2.5"
    direction: str = ""  # "up", "down"
    disputed: str = ""  # the report's own table disputes the value (ReportRecord.disputed), as /stats and /trends mark it


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


@dataclass
class Passage:
    """A piece of a report's text, and whether another compared report has it too."""

    text: str
    shared: bool


@dataclass
class PartText:
    """One report's text of one part, cut where it shares text with the others."""

    present: bool
    title: str
    passages: list[Passage]
    share: float  # of its text found in another compared report
    chars: int
    report: str = ""  # the report it belongs to, as a heading: agency and year


@dataclass
class PartView:
    """One template part across the reports."""

    number: int
    name: str
    lines: list[Line]
    texts: list[PartText]
    figures: int = 0  # lines before leaving out the equal ones

    @property
    def numeral(self) -> str:
        """'三' for part 3; the preamble has none."""
        return "" if self.number == PREAMBLE_PART else part_numeral(self.number)

    @property
    def heading(self) -> str:
        """'三、收到和处理政府信息公开申请情况'."""
        return part_heading(self.number)

    @property
    def differences(self) -> int:
        """Lines whose values differ."""
        return sum(1 for line in self.lines if line.differs)

    @property
    def has_text(self) -> bool:
        """Some report has prose in this part."""
        return any(t.chars for t in self.texts)


@dataclass
class Comparison:
    """Reports side by side; ``messages`` say what was wrong with the request."""

    reports: list[dict] = field(default_factory=list)
    parts: list[PartView] = field(default_factory=list)
    only_differences: bool = False
    checks: list[Line] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    typed: str = ""  # the ids as the request gave them, bad ones included, for the form
    max_reports: int = MAX_REPORTS
    q: str = ""  # words to find reports to compare by (agency, place, year), as typed
    candidates: list[Candidate] = field(default_factory=list)  # the reports those words find
    searched_heading: str = ""  # the line over the candidates the search alone found: why they follow

    @property
    def has_disputed(self) -> bool:
        """Whether a value shown is one its own report's table disputes (the legend then says what * means)."""
        return any(c.disputed for part in self.parts for line in part.lines for c in line.cells)

    @property
    def disputed_notes(self) -> list[str]:
        """Each disputed value's doubt in words, naming its report and row, for the footnote under the legend (a
        title shown on hover alone is out of reach of a touch screen, and of paper)."""
        columns = self.columns
        return [f"{columns[i]['agency']} {columns[i]['year']}，{line.label}：{cell.disputed}"
                for part in self.parts for line in part.lines for i, cell in enumerate(line.cells) if cell.disputed]

    @property
    def ok(self) -> bool:
        """Enough reports to compare."""
        return len(self.reports) >= MIN_REPORTS

    @property
    def columns(self) -> list[dict]:
        """One heading per report: id, agency, year and template as the page prints them."""
        return [{"id": r["id"], "agency": r.get("agency") or "未知机构", "year": r.get("year") or "年份不明",
                 "label": _label(r),
                 "template": TEMPLATE_LABELS.get(r.get("template"), r.get("template")) if r.get("template") else ""}
                for r in self.reports]

    @property
    def query_string(self) -> str:
        """The compared reports' ids as a query string (id=…&id=…)."""
        return urlencode([("id", r["id"]) for r in self.reports])


def _line(key: str, label: str, values: list, kind: str = "count") -> Line:
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
            out.append(_line(key, label, values, kind))
    return out


def _amount_lines(reports: list[dict]) -> list[Line]:
    out = []
    for prefix, name in (("fees", "行政事业性收费 金额（万元）"), ("procurement", "政府集中采购 金额（万元）")):
        values = [(r.get("figures") or {}).get(f"{prefix}_amount_yuan") for r in reports]
        raw = [(r.get("figures") or {}).get(f"{prefix}_amount") for r in reports]
        if any(v is not None for v in values + raw):
            line = _line(f"{prefix}_amount", name, [None if v is None else round(v / 10000, 4) for v in values], "amount")
            for cell, written in zip(line.cells, raw):
                if cell.value is None and written is not None:
                    cell.text = f"{written:g}（单位不明）"
            out.append(line)
    return out


def _figure_lines(number: int, reports: list[dict]) -> list[Line]:
    if number == 2:
        keys = [(f"{p}_{c}", f"{name} {label}") for p, name in P2_ROWS for c, label in P2_COLUMNS]
        return _lines(reports, keys) + _amount_lines(reports)
    if number == 3:
        rates = [_line(k, COLUMN_BY_KEY[k].label, [COLUMN_BY_KEY[k].value(r.get("figures") or {}) for r in reports], "rate")
                 for k in P3_RATES]
        return _lines(reports, [(k, ROW_LABELS[k]) for k in P3_ROWS]) + [l for l in rates if any(c.value is not None for c in l.cells)]
    if number == 4:
        keys = [(f"{g}_{c}", f"{name} {label}") for g, name in REVIEW_GROUPS for c, label in REVIEW_COLUMNS]
        return _lines(reports, keys + [("litigation_total", "行政诉讼 合计")])
    return []


def _label(report: dict) -> str:
    return f"{report.get('agency') or '未知机构'} {report.get('year') or ''}"


def _texts(number: int, reports: list[dict]) -> list[PartText]:
    if number == PREAMBLE_PART:  # only a report in which no part was found is compared by its preamble
        texts = [normalise("" if r.get("sections") else r.get("preamble") or "") for r in reports]
    else:
        texts = [normalise(prose_of(r, {number})) for r in reports]
    out = []
    for i, (report, text) in enumerate(zip(reports, texts)):
        section = next((s for s in report.get("sections", []) if s.get("number") == number), None)
        if number == PREAMBLE_PART and text.original:
            section = {"title": PREAMBLE_NAME}
        found = overlap(text, [t for j, t in enumerate(texts) if j != i])
        passages, at = [], 0
        for start, end in found.spans:
            if start > at:
                passages.append(Passage(text.original[at:start], False))
            passages.append(Passage(text.original[start:end], True))
            at = end
        if at < len(text.original):
            passages.append(Passage(text.original[at:], False))
        out.append(PartText(section is not None, (section or {}).get("title") or "", passages, found.share,
                            len(text.original), _label(report)))
    return out


def parse_ids(values: list[str]) -> tuple[list[str], list[str]]:
    """Report ids from the request (deduplicated, well-formed, all of them: the caller keeps the first
    MAX_REPORTS and names the rest) and messages about the malformed ones."""
    ids, messages = [], []
    for raw in values:
        for value in re.split(r"[\s,]+", raw.strip()):
            if not value:
                continue
            if _ID.match(value.lower()):
                if value.lower() not in ids:
                    ids.append(value.lower())
            else:
                messages.append(f"忽略了无效的报告编号：{value[:20]}")
    return ids, messages


def build_comparison(searcher, ids: list[str], only_differences: bool = False) -> Comparison:
    """The reports with these ids side by side (messages instead when fewer than two are found).

    With ``only_differences`` the figure lines whose values agree are left out.
    """
    store = record_store(searcher)
    comparison = Comparison(only_differences=only_differences)
    reports = []
    for report_id in ids:
        payload = store.payload(report_id)
        if payload is None:
            comparison.messages.append(f"找不到报告 {report_id}。")
        else:
            reports.append(payload)
    if len(reports) < MIN_REPORTS:
        comparison.messages.append(f"已选 {len(reports)} 份报告，请再选 {MIN_REPORTS - len(reports)} 到 "
                                   f"{MAX_REPORTS - len(reports)} 份进行比较。" if reports else
                                   f"请选择 {MIN_REPORTS} 到 {MAX_REPORTS} 份报告进行比较。")
        comparison.reports = reports
        return comparison
    reports.sort(key=lambda r: (r.get("year") or 0, r.get("agency") or ""))
    comparison.reports = reports
    balance = {"ok": 1, "mismatch": 0}
    comparison.checks = [
        Line("requests_balance", "申请数量平衡",
             [CompareCell(balance.get((r.get("checks") or {}).get("requests_balance")),
                          {"ok": "平衡", "mismatch": "不平衡"}.get((r.get("checks") or {}).get("requests_balance"), "无法核对"))
              for r in reports]),
        _line("failures", "表内核对未通过的项数", [len((r.get("checks") or {}).get("failures", [])) for r in reports]),
    ]
    # A report in which no part was found has only its text: shown as its 导言, or it would compare as
    # six missing parts.
    if any(not r.get("sections") and r.get("preamble") for r in reports):
        comparison.parts.append(PartView(PREAMBLE_PART, PREAMBLE_NAME, [], _texts(PREAMBLE_PART, reports)))
    records = [store.record(r["id"]) for r in reports]
    for number, name in SECTION_NAMES.items():
        lines = _figure_lines(number, reports)
        _mark_disputed(lines, records)
        count = len(lines)
        if only_differences:
            lines = [line for line in lines if line.differs]
        comparison.parts.append(PartView(number, name, lines, _texts(number, reports), count))
    return comparison


def _mark_disputed(lines: list[Line], records: list) -> None:
    """Mark each value its own report's table disputes (行政复议 总计 0 beside results adding up to 11): its change
    from the first report is no change the reader can quote as one."""
    for line in lines:
        for cell, record in zip(line.cells, records):
            if cell.value is not None and record is not None:
                cell.disputed = record.disputed(line.key)


def compare_reports(searcher, args) -> Comparison:
    """The comparison the request arguments ask for: ``id`` (repeated, or several in one value,
    split at spaces and commas) and ``only=diff``; bad ids become messages. ``q`` finds reports to
    tick (nobody knows a report's id by heart): the portal's own search, one line per report."""
    ids, messages = parse_ids(args.getlist("id"))
    if len(ids) > MAX_REPORTS:  # the reader must know which ticked reports were left out, not only how many
        left = "、".join(_named_report(searcher, i) for i in ids[MAX_REPORTS:])
        messages.append(f"最多比较 {MAX_REPORTS} 份报告，只取了前 {MAX_REPORTS} 份，未比较：{left}。")
        ids = ids[:MAX_REPORTS]
    comparison = build_comparison(searcher, ids, args.get("only") == "diff")
    comparison.messages[:0] = messages
    comparison.typed = " ".join(args.getlist("id"))[:TYPED_MAX]
    comparison.q = " ".join(args.get("q", "").split())[:QUERY_MAX]
    if comparison.q:
        finds = find_candidates(searcher, comparison.q, {r["id"] for r in comparison.reports})
        comparison.candidates, comparison.searched_heading = finds.candidates, finds.searched_heading
        if not comparison.candidates:
            comparison.messages.append(f"没有找到与“{comparison.q}”相关的其他报告。")
    return comparison


def _named_report(searcher, report_id: str) -> str:
    """A report as the tables name it (某某局 2021), or its id when the index does not hold it."""
    record = record_store(searcher).record(report_id)
    return record.label if record is not None else report_id


