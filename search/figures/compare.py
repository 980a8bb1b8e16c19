"""Two to four reports side by side, part by part: figures aligned on the template's rows, values
that differ from the first report marked with their change (compare_lines.py), and text shared between the reports
marked in each report's text (so what was rewritten stands out). Reports are ordered by year,
oldest first: the first is the baseline of every change shown."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from search.figures.compare_lines import CompareCell, Line, figure_lines, line_of, mark_disputed, with_text
from search.figures.records import record_store
from search.figures.compare_text import PartText, part_texts, report_label
from search.figures.compare_finder import Candidate, find_candidates
from search.echo import echo, printable
from search.retrieval.query_length import cut_query
from search.vocabulary import (BALANCE_CHECK, PREAMBLE_NAME, PREAMBLE_PART, SECTION_NAMES, UNKNOWN_YEAR,
                               balance_state, echoed, part_heading, part_numeral, report_title, shown_name)

MIN_REPORTS, MAX_REPORTS = 2, 4
_ID = re.compile(r"^[0-9a-f]{6,64}$")
TEMPLATE_LABELS = {"2019": "2019 版", "2021": "2021 版", "pre2019": "2019 年前"}
TYPED_MAX = 400  # characters of the ids shown back in the form, as typed


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
    """Reports side by side; ``messages`` say what was wrong with the request, ``notes`` what to do next or what the
    finder found (an instruction is no warning: the page greeted a first visit with a warning's colour)."""

    reports: list[dict] = field(default_factory=list)
    parts: list[PartView] = field(default_factory=list)
    only_differences: bool = False
    checks: list[Line] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
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
    def has_text(self) -> bool:
        """Whether a value shown is one only its report's prose states (the legend then says what 文 means)."""
        return any(c.from_text for part in self.parts for line in part.lines for c in line.cells)

    @property
    def text_notes(self) -> list[str]:
        """Each value read from a report's prose, with the sentence it was read from, naming its report and row."""
        columns = self.columns
        return [f"{columns[i]['label']}，{line.label}：“{cell.quote}”"
                for part in self.parts for line in part.lines for i, cell in enumerate(line.cells) if cell.from_text]

    @property
    def disputed_notes(self) -> list[str]:
        """Each disputed value's doubt in words, naming its report and row, for the footnote under the legend (a
        title shown on hover alone is out of reach of a touch screen, and of paper)."""
        columns = self.columns
        return [f"{columns[i]['label']}，{line.label}：{cell.disputed}"
                for part in self.parts for line in part.lines for i, cell in enumerate(line.cells) if cell.disputed]

    @property
    def ok(self) -> bool:
        """Enough reports to compare."""
        return len(self.reports) >= MIN_REPORTS

    @property
    def columns(self) -> list[dict]:
        """One heading per report: id, agency, year and template as the page prints them."""
        return [{"id": r["id"], "agency": shown_name(r.get("agency")),
                 "year": f"{r['year']} 年度" if r.get("year") else UNKNOWN_YEAR,
                 "title": report_title(r.get("agency"), r.get("year")), "label": report_label(r),
                 "template": TEMPLATE_LABELS.get(r.get("template"), r.get("template")) if r.get("template") else ""}
                for r in self.reports]

    @property
    def query_string(self) -> str:
        """The compared reports' ids as a query string (id=…&id=…)."""
        return urlencode([("id", r["id"]) for r in self.reports])


def parse_ids(values: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Report ids from the request (deduplicated, well-formed, all of them: the caller keeps the first
    MAX_REPORTS and names the rest), messages about the malformed ones, and the ids given more than once."""
    ids, messages, repeated = [], [], []
    for raw in values:
        for value in re.split(r"[\s,]+", raw.strip()):
            if not value:
                continue
            if _ID.match(value.lower()):
                if value.lower() not in ids:
                    ids.append(value.lower())
                elif value.lower() not in repeated:
                    repeated.append(value.lower())
            else:
                messages.append(f"忽略了无效的报告编号：{echo(value)}")
    return ids, messages, repeated


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
        comparison.notes.append(f"已选 {len(reports)} 份报告，请再选 {MIN_REPORTS - len(reports)} 到 "
                                   f"{MAX_REPORTS - len(reports)} 份进行比较。" if reports else
                                   f"请选择 {MIN_REPORTS} 到 {MAX_REPORTS} 份报告进行比较。")
        comparison.reports = reports
        return comparison
    reports.sort(key=lambda r: (r.get("year") or 0, r.get("agency") or ""))
    comparison.reports = reports
    balance = {"ok": 1, "mismatch": 0}
    comparison.checks = [
        Line("requests_balance", BALANCE_CHECK,
             [CompareCell(balance.get((r.get("checks") or {}).get("requests_balance")),
                          balance_state((r.get("checks") or {}).get("requests_balance")))
              for r in reports]),
        line_of("failures", "表内核对未通过的项数", [len((r.get("checks") or {}).get("failures", [])) for r in reports]),
    ]
    # A report in which no part was found has only its text: shown as its 导言, or it would compare as
    # six missing parts.
    if any(not r.get("sections") and r.get("preamble") for r in reports):
        comparison.parts.append(PartView(PREAMBLE_PART, PREAMBLE_NAME, [], part_texts(PREAMBLE_PART, reports)))
    records = [store.record(r["id"]) for r in reports]
    for number, name in SECTION_NAMES.items():
        lines = with_text(number, figure_lines(number, reports), reports, records)
        mark_disputed(lines, records)
        count = len(lines)
        if only_differences:
            lines = [line for line in lines if line.differs]
        comparison.parts.append(PartView(number, name, lines, part_texts(number, reports), count))
    return comparison


def compare_reports(searcher, args) -> Comparison:
    """The comparison the request arguments ask for: ``id`` (repeated, or several in one value,
    split at spaces and commas) and ``only=diff``; bad ids become messages. ``q`` finds reports to
    tick (nobody knows a report's id by heart): the portal's own search, one line per report."""
    ids, messages, repeated = parse_ids(args.getlist("id"))
    # Said, not dropped in silence: id=X&id=X read 已选 1 份报告，请再选… as if one had been given (QA 37 #11).
    messages += [f"同一份报告（{_named_report(searcher, i)}）给出了不止一次，只算一份。" for i in repeated]
    if len(ids) > MAX_REPORTS:  # the reader must know which ticked reports were left out, not only how many
        left = "、".join(_named_report(searcher, i) for i in ids[MAX_REPORTS:])
        messages.append(f"最多比较 {MAX_REPORTS} 份报告，只取了前 {MAX_REPORTS} 份，未比较：{left}。")
        ids = ids[:MAX_REPORTS]
    comparison = build_comparison(searcher, ids, args.get("only") == "diff")
    comparison.messages[:0] = messages
    comparison.typed = " ".join(map(printable, args.getlist("id")))[:TYPED_MAX]
    comparison.q, cut = cut_query(" ".join(printable(args.get("q", "")).split()))  # the search's cap, and its words
    comparison.messages += [cut] if cut else []
    if comparison.q:
        finds = find_candidates(searcher, comparison.q, {r["id"] for r in comparison.reports})
        comparison.candidates, comparison.searched_heading = finds.candidates, finds.searched_heading
        # Said only where the finder's list is shown, with fewer than two reports: beside a comparison made of
        # the reports the words found, "nothing else" only alarmed.
        if not comparison.candidates and not comparison.ok:
            comparison.notes.append(f"除已选的报告外，没有找到与“{echoed(comparison.q)}”相关的报告。" if comparison.reports
                                    else f"没有找到与“{echoed(comparison.q)}”相关的报告。")
    return comparison


def _named_report(searcher, report_id: str) -> str:
    """A report as the tables name it (某某局 2021), or its id when the index does not hold it."""
    record = record_store(searcher).record(report_id)
    return record.label if record is not None else report_id


