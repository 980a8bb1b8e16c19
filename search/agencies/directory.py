"""Every body the index holds, read once per index generation from its columns.

The build gives each report an agency id (``indexer/identity.py``, docs/agencies.md) and the
names of the body's place; here they become one ``Agency`` per id with its reports (and the name
each writes), its latest name, every spelling seen, its place and its kind (the function). The
directory also answers what a name written on a report stands for, and which bodies a reform
merged into this one or this one into (``related``).

    320300:卫生健康委员会    徐州市卫生健康委员会 2019, 徐州市卫计委 2018 (renamed in 2018)
    central:民政部           民政部 2010, 中华人民共和国民政部 2022
    unresolved:七里坪镇#…    one report whose place nothing tells: a body of its own
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote

from whoosh import query as Q

from search import agency_names as names
from search.agencies.kinds import kind_of
from search.agencies.reported import ReportedPlace, reported_place
from search.copies import copies
from search.segment_columns import values_of
from search.retrieval.where import place_label
from search.vocabulary import shown_name

AGENCY_FIELD = "agency_id"  # the facet column; agency_facet (the name as written) in an older index
CENTRAL, UNRESOLVED = "central", "unresolved"
CENTRAL_LABEL, UNRESOLVED_LABEL = "中央", "所在地未能识别"
_NO_YEAR = 10_000  # a missing year reads as the column's largest value


@dataclass(frozen=True)
class AgencyReport:
    """One report of a body: its id, year and the body's name as that report writes it."""

    report_id: str
    year: int | None
    agency: str
    indexed: str = ""  # when the report first entered the index (ISO 8601, UTC)


def agency_path(agency_id: str) -> str:
    """The agency page's address (an id holds ':', '/' and, unresolved, '#')."""
    return "/agencies/" + quote(agency_id, safe=":/")


@dataclass
class Agency:
    """One body: its id and its reports, oldest first, with what follows from them."""

    id: str
    reports: list[AgencyReport]
    place_names: tuple[str, str, str] = ("", "", "")  # province, city, county ('' where none)
    reported: ReportedPlace | None = None  # an unresolved body's place as its reports give it

    @cached_property
    def name(self) -> str:
        """The name its latest report writes (the latest year, then the latest indexed), in simplified script: the portal
        speaks it, and a body copied by a traditional-script mirror (交通運輸部) is the same body as the one its own site
        names (``names`` keeps how each wrote it); a bare place (上海市) as its body's name (``names.body_name``)."""
        latest = max(self.reports, key=lambda r: (r.year or 0, r.indexed, r.report_id))
        places = {*self.place_names, self.unit} if self.resolved and not self.central else set()
        return names.body_name(shown_name(latest.agency), places, self.id.split(":", 1)[1])

    @cached_property
    def names(self) -> list[str]:
        """Every spelling its reports use, the oldest year's first."""
        return list(dict.fromkeys(r.agency for r in self.reports))

    @property
    def other_names(self) -> list[str]:
        """The spellings worth showing beside ``name``: all of them when any differs from it."""
        return self.names if self.names != [self.name] else []

    @property
    def code(self) -> str:
        """The division code, ``central`` or ``unresolved``."""
        return self.id.split(":", 1)[0].split("/", 1)[0]

    @property
    def unit(self) -> str | None:
        """The township, street or zone below the code (宣和镇), None when the body is the place's own."""
        head = self.id.split(":", 1)[0]
        return head.split("/", 1)[1] if "/" in head and self.resolved else None

    @property
    def resolved(self) -> bool:
        """False when the build could not tell which body the reports are of."""
        return self.code != UNRESOLVED

    @property
    def central(self) -> bool:
        return self.code == CENTRAL

    @cached_property
    def kind(self) -> str:
        """The body's function (民政局, 人民政府, 卫生健康委员会): what /agencies groups by kind."""
        if not self.resolved:
            text = self.id.split(":", 1)[1].rsplit("#", 1)[0]
            return names.name_kind(text) or "其他"
        function = self.id.split(":", 1)[1].removesuffix("本级")
        if self.central:
            return names.central_function(function) or function
        return function

    @property
    def kind_label(self) -> str:
        """The kind in words, as every page names it (``kinds.kind_of``): a ministry's is its own (民政部), not 民政局."""
        return kind_of(self.id)

    @property
    def place(self) -> str | None:
        """The place in words (江苏省 徐州市 铜山区 宣和镇, 中央); None when unresolved."""
        if self.central:
            return CENTRAL_LABEL
        if not self.resolved:
            return None
        return " ".join(p for p in (*self.place_names, self.unit or "") if p)

    @property
    def place_text(self) -> str:
        """The place as lists print it: ``place``, else where its reports lie with what stays
        unknown (吉林省 白山市（所在区县未能确定）), else 所在地未能识别."""
        if self.place:
            return self.place
        return f"{self.reported.label}（{self.reported.note}）" if self.reported else UNRESOLVED_LABEL

    @property
    def tree_code(self) -> str:
        """Where /agencies' region tree holds the body: its code, else the code of the place its
        reports give, else ``unresolved`` (所在地未能识别: nothing places it)."""
        if self.resolved:
            return self.code
        return self.reported.code if self.reported else UNRESOLVED

    @property
    def tree_names(self) -> tuple[str, str, str]:
        """The names of ``tree_code``'s place: province, city, county ('' where none)."""
        if self.resolved:
            return self.place_names
        return self.reported.names if self.reported else ("", "", "")

    @property
    def years(self) -> list[int]:
        """The years it has reports of, in order."""
        return sorted({r.year for r in self.reports if r.year is not None})

    @property
    def span(self) -> str:
        """Its years in words: '2017–2019 年', '2021 年', '年份不明'."""
        years = self.years
        if not years:
            return "年份不明"
        return f"{years[0]}–{years[-1]} 年" if years[0] != years[-1] else f"{years[0]} 年"

    @property
    def url(self) -> str:
        return agency_path(self.id)

    @property
    def feed_url(self) -> str:
        return agency_path(self.id) + "/feed"

    @property
    def sort_key(self) -> tuple:
        """Central bodies first, then by place code, unit and name; the unidentified last."""
        group = 0 if self.central else 1 if self.resolved else 2
        return (group, self.code, self.unit or "", self.kind != "人民政府", self.name, self.id)


@dataclass
class Directory:
    """Every body of one index generation, by id, and which body each report is of."""

    agencies: dict[str, Agency]
    of_report: dict[str, str]
    by_name: dict[str, list[str]] = field(default_factory=dict)  # a name as written -> the ids it is used by

    def get(self, agency_id: str) -> Agency | None:
        return self.agencies.get(agency_id)

    def agency_of(self, report_id: str) -> Agency | None:
        """The body a report is of."""
        return self.agencies.get(self.of_report.get(report_id, ""))

    @cached_property
    def reports(self) -> dict[str, AgencyReport]:
        """Every report (its year, name as written, index time) by report id."""
        return {r.report_id: r for agency in self.agencies.values() for r in agency.reports}

    def resolve(self, value: str) -> list[str]:
        """The bodies an ``agency=`` value means: the id itself, or every body a report calls so."""
        if value in self.agencies:
            return [value]
        return list(self.by_name.get(value, []))

    def label(self, agency_id: str) -> str:
        """How a body is named on a page: its latest name (an unknown id as it is)."""
        agency = self.agencies.get(agency_id)
        return agency.name if agency else agency_id

    @cached_property
    def sort_labels(self) -> dict[str, str]:
        """Every body's label among all of the generation's (what facets sort on: worked out once,
        not for the thousands of bodies of each result)."""
        return self.labels(self.agencies)

    def labels(self, agency_ids) -> dict[str, str]:
        """Latest names of these bodies, told apart where two share one: by place, then by years
        (two unidentified 七里坪镇 reports are two bodies until something tells otherwise)."""
        out = {i: self.label(i) for i in agency_ids}
        for agency_id, label in out.items():
            # A name without its place (民政局 of 辽源市) tells nothing in a list of bodies.
            agency = self.agencies.get(agency_id)
            places = [p for p in agency.place_names if p] if agency and agency.resolved and not agency.central \
                and not agency.unit else []
            if places and place_label(label, "/".join(places)):
                out[agency_id] = f"{label}（{places[-1]}）"
        for describe in (lambda a: a.place or (a.reported.label if a.reported else "所在地不明"), lambda a: a.span):
            shared = defaultdict(list)
            for agency_id, label in out.items():
                shared[label].append(agency_id)
            for label, ids in shared.items():
                known = [i for i in ids if i in self.agencies]
                if len(ids) > 1 and len(known) == len(ids):
                    for agency_id in ids:
                        out[agency_id] = f"{label.removesuffix('）')}{'，' if label.endswith('）') else '（'}" \
                                         f"{describe(self.agencies[agency_id])}）"
        return out


def agency_field(searcher) -> str:
    """The column agencies are counted and filtered by: the id, or the name in an index built
    before ids (served until its next build)."""
    return AGENCY_FIELD if AGENCY_FIELD in searcher.schema.names() else "agency_facet"


def _read(searcher) -> Directory:
    ids = values_of(searcher, "report_id")
    written = values_of(searcher, "agency_facet")
    years = values_of(searcher, "year")
    agency_ids = values_of(searcher, agency_field(searcher))
    places = values_of(searcher, "agency_place") if "agency_place" in searcher.schema.names() else None
    provinces, cities = values_of(searcher, "province"), values_of(searcher, "city")
    indexed = (searcher.manifest() if hasattr(searcher, "manifest") else {}).get("indexed", {})
    reports: dict[str, list[AgencyReport]] = defaultdict(list)
    place_of: dict[str, tuple[str, str, str]] = {}
    regions: dict[str, set[tuple[str, str]]] = defaultdict(set)  # an unresolved body's reports' regions
    of_report: dict[str, str] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    copied = copies(searcher)
    for docnum in searcher.docs_for_query(Q.Term("kind", "report")):
        report_id, agency_id, name, year = ids[docnum], agency_ids[docnum], written[docnum], years[docnum]
        of_report[report_id] = agency_id
        if agency_id not in by_name[name]:  # a copy's spelling (a mirror's 民政廳) names the body too
            by_name[name].append(agency_id)
        if copied.is_copy(report_id):
            continue  # a copy is of its body but no year of it: the report kept in its place is
        reports[agency_id].append(AgencyReport(report_id, year if year < _NO_YEAR else None, name,
                                               indexed.get(report_id, "")))
        if places is not None and places[docnum]:
            place_of[agency_id] = tuple((places[docnum].split("/") + ["", "", ""])[:3])
        if agency_id.startswith(UNRESOLVED + ":"):
            regions[agency_id].add((provinces[docnum], cities[docnum]))
    agencies = {}
    for agency_id, items in reports.items():
        items.sort(key=lambda r: (r.year or 0, r.report_id))
        agencies[agency_id] = Agency(agency_id, items, place_of.get(agency_id, ("", "", "")),
                                     reported_place(regions[agency_id]) if agency_id in regions else None)
    return Directory(agencies, of_report, dict(by_name))


def directory(searcher) -> Directory:
    """The directory of this searcher's generation, read once and shared by its threads."""
    return searcher.cache.get("agencies", lambda: _read(searcher))


# --- reforms: the bodies merged into this one, or this one into ------------------------------

@dataclass(frozen=True)
class Relation:
    """A body a reform joined to this one: ``merged_from`` (it was merged into this body),
    ``merged_into`` (this body was merged into it), ``split_to`` / ``split_from`` (duties moved)."""

    kind: str
    other_id: str
    other: Agency | None  # None when the index has no report of it
    change: names.Change

    @property
    def label(self) -> str:
        """The other body's name: its latest, or its function when the index has none of it."""
        if self.other:
            return self.other.name
        return self.other_id.split(":", 1)[1]


def function_line(function: str, code: str | None, kinds: tuple[str, ...] = ("rename",)) -> list[str]:
    """A function, then what the table's changes of these kinds made of it here (卫计委 -> 卫健委; merges too: 卫生局 ->)."""
    line = [function]
    for _ in range(6):
        change = next((c for c in names.function_changes(line[-1], code) if c.kind in kinds), None)
        if change is None or change.new in line:
            break
        line.append(change.new)
    return line


def _current(function: str, code: str | None) -> str:
    return function_line(function, code)[-1]  # after the renames covering this code (卫计委 -> 卫健委)


def related(agency: Agency, known: Directory) -> list[Relation]:
    """The bodies the renames table merges into this one or this one into, and duties split off
    to or from it; only those present in the index for ``merged_from`` and the splits."""
    if not agency.resolved:
        return []
    head, written = agency.id.split(":", 1)
    code = None if agency.central else agency.code
    function = agency.kind

    def other_id(other_function: str) -> str:
        return f"{head}:{names.central_name(other_function) if agency.central else other_function}"

    out = []
    for change in names.function_changes(function, code):
        if change.kind in ("merge", "split"):
            target = other_id(_current(change.new, code))
            kind = "merged_into" if change.kind == "merge" else "split_to"
            if kind == "merged_into" or target in known.agencies:
                out.append(Relation(kind, target, known.get(target), change))
    for change in names.changes():
        if change.what != "function" or change.kind not in ("merge", "split") or not change.applies_to(code):
            continue
        if _current(change.new, code) == function and change.old != function:
            source = other_id(change.old)
            if source in known.agencies:
                kind = "merged_from" if change.kind == "merge" else "split_from"
                out.append(Relation(kind, source, known.get(source), change))
    return out
