"""/agencies/<id> and /api/agencies/<id>: one body's reports by year, its key figures over the
years, the continuity checks between consecutive years, and the reforms that renamed or merged it.

Everything here is keyed on the agency id, so the years of one body line up whatever each report
calls it (徐州市卫计委 2018, 徐州市卫生健康委员会 2019); bodies a reform merged into it are
named and linked (``related``), never compared with it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from search import agency_names as names
from search.agencies.directory import Agency, AgencyReport, Relation, directory, related
from search.figures.crosscheck import ContinuityStep, continuity_steps
from search.figures.records import ReportRecord, record_store
from search.figures.trends import TREND_FIGURES, Trend, parse_figures, trend_of
from search.retrieval.params import SearchParams
from search.vocabulary import part_numeral


@dataclass
class YearRow:
    """One report of the body, as the page's table lists it, newest first."""

    report: AgencyReport
    parts: list[tuple[int, str]]  # the template parts the report has: (number, numeral), for links
    compare: tuple[str, str] | None  # (the previous report, this one) for /compare


@dataclass
class RenameNote:
    """Names the body's reports used before reforms renamed its function, with those renames."""

    changes: tuple[names.Change, ...]  # the renames from the function they read as to today's
    written: dict[str, list[int]]  # each name as reports wrote it -> the years they did


@dataclass(frozen=True)
class RelationLine:
    """A reform as the page words it: the other body by the name the reform gave it (2013's 卫生和计划生育委员会, not
    today's 卫生健康委员会, which the link names), and this body's reports dated after a merger that should have ended it
    (the table's date is the national reform's; local bodies often merged a year or two later)."""

    relation: Relation
    then: str  # the other body's function as the reform named it
    after: tuple[int, ...]  # this body's report years after the merger's year

    @property
    def later_note(self) -> str:
        """Why this body still reports after its merger: the table dates the reform plan, not the local merger."""
        if not self.after:
            return ""
        whose = "全国机构改革" if self.relation.change.scope == "national" else "该省机构改革方案"
        return (f"这是{whose}的时间，各地合并往往晚一两年：本机构 {'、'.join(map(str, self.after))} 年仍以原名发布报告。")

    @property
    def other_note(self) -> str:
        """How the other body is named beside the reform's name for it, when the site has no report of it."""
        if self.relation.other is not None:
            return ""
        return f"（今{self.relation.label}，本站暂无其报告）" if self.then != self.relation.label else "（本站暂无其报告）"


@dataclass
class AgencyPage:
    """Everything /agencies/<id> shows, and its JSON twin."""

    agency: Agency
    rows: list[YearRow]
    trend: Trend
    steps: list[ContinuityStep]
    relations: list[Relation]
    renames: list[RenameNote]
    messages: list[str]
    own_offices: list[OtherScope] = field(default_factory=list)  # the same body filed apart by a scope word

    @property
    def relation_lines(self) -> list[RelationLine]:
        lines = []
        for r in self.relations:
            then = r.change.new if r.kind in ("merged_into", "split_to") else r.change.old
            year = int(r.change.effective[:4]) if r.change.effective[:4].isdigit() else None
            after = tuple(sorted({x.report.year for x in self.rows if x.report.year and year and x.report.year > year}))
            lines.append(RelationLine(r, then, after if r.kind == "merged_into" else ()))
        return lines

    @property
    def params(self) -> SearchParams:
        """The search that selects this body's reports (for links to the other pages)."""
        return self.trend.params

    @property
    def checked(self) -> int:
        return sum(s.checked for s in self.steps)

    @property
    def issues(self) -> int:
        return sum(len(s.issues) for s in self.steps)


# Words a name adds to say which of a body's offices its report covers: each is filed apart from the bare name,
# since the figures are not of one scope, but the pages link the two. The note says what the scope word means.
SCOPES = {"本级": "“本级”报告只含机关本身，不含所属单位",
          "关区": "“关区”报告包含海关及其所属各海关"}


@dataclass(frozen=True)
class OtherScope:
    """The same body's reports filed under a name with or without a scope word, and why they are apart."""

    agency: Agency
    note: str


def own_offices(agency: Agency, known) -> list[OtherScope]:
    """The body's reports filed under the other side of a scope word: 海关总署(本级机关) reports on the ministry's own
    offices and 海关总署 (before the 2019 template) wrote no 本级; 宁波海关关区 covers the customs and the customs offices
    under it. They stay two bodies, since the figures are not of one scope, but a reader following the body over the
    years is shown the other (QA 32)."""
    head, name = agency.id.split(":", 1)
    found: list[OtherScope] = []
    for scope, why in SCOPES.items():
        other = name.removesuffix(scope) if name.endswith(scope) else name + scope
        body = known.get(f"{head}:{other}") if other else None
        if body is not None and body.id != agency.id:
            found.append(OtherScope(body, f"{why}，两者的数字口径不同，故分列。"))
    return found


def _renames(agency: Agency) -> list[RenameNote]:
    """The names whose function a rename turned into the body's (卫计委 -> 卫健委), with the rows."""
    if not agency.resolved:
        return []
    code = None if agency.central else agency.code
    notes: dict[tuple, RenameNote] = {}
    for report in agency.reports:
        cleaned = names.clean(report.agency).text
        function = (names.central_function(cleaned) if agency.central else names.split_name(cleaned)[1])
        chain, seen = [], {function}
        while function and function != agency.kind:
            rename = next((c for c in names.function_changes(function, code) if c.kind == "rename"), None)
            if rename is None or rename.new in seen:
                break
            chain.append(rename)
            function = rename.new
            seen.add(function)
        if chain and function == agency.kind:
            note = notes.setdefault(tuple(chain), RenameNote(tuple(chain), {}))
            years = note.written.setdefault(report.agency, [])
            if report.year is not None:
                years.append(report.year)
    return list(notes.values())


def newest_first(reports: list) -> list:
    """A body's reports in the order its page lists them: newest year first (no year last), then by id. The JSON
    lists them so too (QA 34 #8: /api/agencies/<id> listed them oldest first)."""
    return sorted(reports, key=lambda r: (-(r.year or 0), r.report_id))


def agency_page(searcher, agency_id: str, figures: list[str] | None = None,
                every_figure: bool = False) -> AgencyPage | None:
    """The page of the body with this id, its charts showing ``figures`` (the trends page's
    defaults when none; every figure for the JSON); None when no report of the index is of it."""
    known = directory(searcher)
    agency = known.get(agency_id)
    if agency is None:
        return None
    wanted, messages = (list(TREND_FIGURES), []) if every_figure else parse_figures(figures or [])
    store = record_store(searcher)
    records: list[ReportRecord] = store.records(r.report_id for r in agency.reports)
    by_id = {r.report_id: r for r in records}
    trend = trend_of(searcher, records, SearchParams(agency=(agency.id,)), wanted, messages)
    listed = newest_first(agency.reports)
    rows = []
    for i, report in enumerate(listed):
        before = listed[i + 1] if i + 1 < len(listed) else None
        record = by_id.get(report.report_id)
        rows.append(YearRow(report, [(n, part_numeral(n)) for n in (record.sections if record else [])],
                            (before.report_id, report.report_id) if before else None))
    steps = continuity_steps(records)
    messages = list(trend.messages)
    if not agency.resolved:
        messages.insert(0, "这份报告的发布机关无法确定所在地（或名称），所以没有与任何其他报告归为同一机构；"
                           "原因见报告页的“解析提示”。"
                        + (f"机构列表按报告所属地区把它列在{agency.reported.label}下。" if agency.reported else ""))
    return AgencyPage(agency, rows, trend, steps, related(agency, known), _renames(agency), messages,
                      own_offices(agency, known))
