"""Checks across reports and between a report's prose and its tables.

Continuity between a body's consecutive years. Reports are matched by their agency id
(docs/agencies.md), so a check runs across spellings (兴庆区民政局 / 银川市兴庆区民政局) and
renames (徐州市卫计委 2018 / 徐州市卫生健康委员会 2019), never between bodies a reform merged
(the 工商局's carry-over is not the 市场监管局's):

- 上年结转 (this year) = 结转下年度继续办理 (last year), on the 总计 column;
- 现行有效 (last year) + 本年制发 − 本年废止 (this year) = 现行有效 (this year), for 规章 and
  行政规范性文件 (2021 template);
- 上一年项目数量 + 本年增/减 (last year) = 上一年项目数量 (this year), for 行政许可, 其他对外管理服务事项,
  行政处罚, 行政强制 and 行政事业性收费 (2019 template).

A comparison is made only when every figure it needs was read. Prose against tables uses the
claims of ``search.claims``: "未收到政府信息公开申请" while the table counts new requests, a count
in words that the table does not give, "未发生行政复议" while the table counts cases.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search.figures.records import RecordStore, ReportRecord
from search.vocabulary import shown_name

ITEM_ROWS = {"licensing": "行政许可", "other_services": "其他对外管理服务事项", "punishment": "行政处罚",
             "coercion": "行政强制", "fees": "行政事业性收费"}
DOC_ROWS = {"regulations": "规章", "normative_docs": "行政规范性文件"}


@dataclass
class Issue:
    """One failed check across reports or between prose and tables."""

    kind: str  # continuity or prose
    rule: str  # stable key, e.g. carried_over, in_force_normative_docs, no_requests
    report_id: str
    agency: str
    year: int | None
    label: str  # what was compared, in words
    expected: object  # what the other report (or the prose) gives
    found: object  # what this report's table gives
    other_id: str | None = None  # last year's report (continuity)
    text: str = ""  # the sentence of the prose (prose)
    agency_id: str = ""  # the body (continuity: of both reports)

    @property
    def name(self) -> str:
        """The issuer as the page's lists name it (simplified script); the JSON keeps ``agency`` as written."""
        return shown_name(self.agency)

    def as_dict(self) -> dict:
        """The JSON shape of an issue."""
        return dict(self.__dict__)


def continuity_pairs(prev: ReportRecord, cur: ReportRecord):
    """(rule, label, expected, found) for every comparison both reports allow."""
    p, c = prev.figures, cur.figures
    if p.get("requests_carried_forward") is not None and c.get("requests_carried_over") is not None:
        yield ("carried_over", f"上年结转申请（{prev.year} 年报告的结转下年度继续办理）",
               p["requests_carried_forward"], c["requests_carried_over"])
    for prefix, name in DOC_ROWS.items():
        needed = [p.get(f"{prefix}_in_force"), c.get(f"{prefix}_made"), c.get(f"{prefix}_repealed"), c.get(f"{prefix}_in_force")]
        if None not in needed:
            yield (f"in_force_{prefix}", f"{name}现行有效件数（{prev.year} 年现行有效 + 本年制发 − 本年废止）",
                   needed[0] + needed[1] - needed[2], needed[3])
    for prefix, name in ITEM_ROWS.items():
        needed = [p.get(f"{prefix}_items_prev"), p.get(f"{prefix}_items_change"), c.get(f"{prefix}_items_prev")]
        if None not in needed:
            yield (f"items_{prefix}", f"{name}上一年项目数量（{prev.year} 年上一年项目数量 + 本年增/减）",
                   needed[0] + needed[1], needed[2])


@dataclass
class ContinuityStep:
    """One body's report against its report of the year before, or the gap between two years."""

    prev: ReportRecord
    cur: ReportRecord
    checked: int = 0  # comparisons both reports allowed
    issues: list[Issue] = field(default_factory=list)

    @property
    def missing_years(self) -> list[int]:
        """Years between the two reports that have no report (a gap: nothing can be compared)."""
        return list(range(self.prev.year + 1, self.cur.year))

    @property
    def status(self) -> str:
        """``gap``, ``unchecked`` (a figure either needs is missing), ``issues`` or ``ok``."""
        if self.missing_years:
            return "gap"
        if not self.checked:
            return "unchecked"
        return "issues" if self.issues else "ok"


def compare_years(prev: ReportRecord, cur: ReportRecord) -> ContinuityStep:
    """Every comparison of a report with its body's report of the year before."""
    step = ContinuityStep(prev, cur)
    for rule, label, expected, found in continuity_pairs(prev, cur):
        step.checked += 1
        if expected != found:
            step.issues.append(Issue("continuity", rule, cur.report_id, cur.agency, cur.year, label, expected, found,
                                     other_id=prev.report_id, agency_id=cur.agency_id))
    return step


@dataclass
class ContinuityResult:
    """Continuity failures of a selection, and how many comparisons could be made at all."""

    issues: list[Issue]
    checked: int
    pairs: int  # (last year, this year) report pairs found


def check_continuity(store: RecordStore, records: list[ReportRecord]) -> ContinuityResult:
    """Compare each selected report with its agency's report of the year before (from the whole index)."""
    per_report = _continuity_per_report(store)
    issues, checked, pairs = [], 0, 0
    selected: dict[str, list[ReportRecord]] = {}
    for record in records:
        if record.year is not None:
            selected.setdefault(record.agency_id, []).append(record)
    for agency_id in sorted(selected):
        for cur in selected[agency_id]:
            found, compared, matched = per_report.get(cur.report_id, ((), 0, 0))
            issues += found
            checked += compared
            pairs += matched
    return ContinuityResult(issues, checked, pairs)


def _continuity_per_report(store: RecordStore) -> dict[str, tuple[list[Issue], int, int]]:
    """Each report's continuity issues, comparisons made and year-before reports found: they
    depend on the report and its agency's other years only, so they are worked out once per
    index generation, for every report."""
    found = store.cache.get("continuity")
    if found is not None:
        return found
    out: dict[str, tuple[list[Issue], int, int]] = {}
    for agency_id in store.by_agency:
        by_year: dict[int, list[ReportRecord]] = {}
        family = store.agency_records(agency_id)
        for other in family:
            if other.year is not None:
                by_year.setdefault(other.year, []).append(other)
        for cur in family:
            if cur.year is None:
                continue
            issues, checked, pairs = [], 0, 0
            for prev in by_year.get(cur.year - 1, []):
                step = compare_years(prev, cur)
                pairs += 1
                checked += step.checked
                issues += step.issues
            out[cur.report_id] = (issues, checked, pairs)
    return store.cache.setdefault("continuity", out)


def check_prose(record: ReportRecord) -> list[Issue]:
    """Where the report's prose says one thing and its table another (worked out once a record)."""
    found = record.__dict__.get("_prose")
    if found is None:
        found = record.__dict__["_prose"] = _check_prose(record)
    return list(found)


def _check_prose(record: ReportRecord) -> list[Issue]:
    f, issues = record.figures, []

    def add(rule, label, expected, found, text):
        issues.append(Issue("prose", rule, record.report_id, record.agency, record.year, label, expected, found,
                            text=text, agency_id=record.agency_id))

    new, carried = f.get("requests_new"), f.get("requests_carried_over")
    for claim in record.claims:
        if claim.get("area"):  # a whole area's total says nothing of the body's own table (QA 42 F3)
            continue
        kind, text, value = claim["claim"], claim["text"], claim["value"]
        if kind == "no_requests" and new:
            add("no_requests", "文字称未收到申请，表格“本年新收”不为零", 0, new, text)
        elif kind == "requests_count" and new is not None and value != new and value != new + (carried or 0):
            add("requests_count", "文字所述收到申请数与表格“本年新收”不符", value, new, text)
        elif kind == "no_reconsideration" and f.get("reconsideration_total"):
            add("no_reconsideration", "文字称未发生行政复议，表格行政复议总计不为零", 0, f["reconsideration_total"], text)
        elif kind == "no_litigation" and f.get("litigation_total"):
            add("no_litigation", "文字称未发生行政诉讼，表格行政诉讼总计不为零", 0, f["litigation_total"], text)
    return issues


def prose_checked(record: ReportRecord) -> int:
    """How many claims of the prose could be compared with the table."""
    f = record.figures
    needs = {"no_requests": "requests_new", "requests_count": "requests_new",
             "no_reconsideration": "reconsideration_total", "no_litigation": "litigation_total"}
    # A count of another figure (claims.stated_counts) ranks a report whose table is cut; it is not
    # checked against the table (yet), so it is not counted here.
    return sum(1 for c in record.claims
               if c["claim"] in needs and not c.get("area") and f.get(needs[c["claim"]]) is not None)


def continuity_steps(records: list[ReportRecord]) -> list[ContinuityStep]:
    """One body's dated reports year after year: every report against each of the year before;
    across a gap, the last report before it against the first after (status ``gap``)."""
    by_year: dict[int, list[ReportRecord]] = {}
    for record in sorted(records, key=lambda r: (r.year or 0, r.report_id)):
        if record.year is not None:
            by_year.setdefault(record.year, []).append(record)
    years = sorted(by_year)
    steps = []
    for before, year in zip(years, years[1:]):
        if year - before > 1:
            steps.append(ContinuityStep(by_year[before][-1], by_year[year][0]))
            continue
        steps += [compare_years(prev, cur) for prev in by_year[before] for cur in by_year[year]]
    return steps
