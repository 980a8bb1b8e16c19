"""Compact per-report records (metadata, figures, checks, prose claims) read from the index.

Statistics over thousands of reports need, per report, only what the tables, trends and checks
use (the figures without their per-applicant cells, the checks, the claims of its prose): the
index writer stores that digest beside each segment (``search.figures.digest``), and all of a
generation's records are read from there at once, with the signatures of the reports' prose.
A segment without digests (an index written before them) has its reports' stored JSON read
one by one instead. Records live in the generation's cache (``search.index``), shared by its
threads, so a build's new generation starts afresh and the old one's records go with it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from whoosh import query as Q

from search.agencies.directory import agency_field
from search.copies import copies
from search.report_links import report_link
from search.agencies.kinds import GOVERNMENT_KINDS, kind_of
from search.figures.blank_reasons import BlankReason, blank_causes, blank_reason
from search.figures.columns import COLUMN_BY_KEY, COLUMNS, format_value
from search.figures.digest import EXT as DIGESTS_EXT, read_digests, report_digest
from search.figures.text_figures import area_figures, figures_from_text, with_text
from search.segment_columns import values_of
from search.retrieval.params import LEVELS
from search.vocabulary import SUMMED_FIGURES, parts_text, shown_name


# The two kinds of body an unusual value is compared within (``ReportRecord.peers``): a government answers for its
# whole administration (a county government's 9,487 licences), a department for its own field.
GOVERNMENT, DEPARTMENT = "政府", "部门"


class _ReadLog(dict):
    """A report's figures that note which keys a computation read (a column's value is a sum or a
    rate of several figures, and which depends on what the report gives: 2019 or 2021 rows)."""

    def __init__(self, figures: dict) -> None:
        super().__init__(figures)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key) -> bool:
        self.read.add(key)
        return super().__contains__(key)


def figures_read(key: str, figures: dict) -> set[str]:
    """The figures the column ``key``'s value for these figures is computed from (``key`` itself for
    a figure no column computes)."""
    column = COLUMN_BY_KEY.get(key)
    read = {key}
    if column is not None:
        log = _ReadLog(figures)
        column.value(log)
        read |= log.read
    return read | {part for summed in read & SUMMED_FIGURES.keys() for part in SUMMED_FIGURES[summed]}


@dataclass
class ReportRecord:
    """What statistics need of one report."""

    report_id: str
    agency: str
    year: int | None
    level: str
    province: str
    city: str
    template: str | None
    source: str
    sections: list[int]
    figures: dict
    checks: dict
    claims: list[dict] = field(default_factory=list)
    agency_id: str = ""  # the issuing body (docs/agencies.md): continuity and "same agency" key on it
    lacking: list[int] = field(default_factory=list)  # the parts missing (search.missing_parts: a cut copy's later ones are not)
    statements: dict = field(default_factory=dict)  # prose_statements.py: the fees and items its prose states
    cut_off: bool = False  # the text stops before the report's end (quality flag cut_off, the search's 文本不完整)
    ocr: bool = False  # some pages were scans read by OCR

    def disputed(self, key: str) -> str:
        """Why the report's own table disputes its figure ``key``, '' when it does not: a total its
        parts add up differently to (行政复议 总计 0 beside results of 10 and 1). The figure stays as
        written; pages mark it so that a chart or a sum does not pass it off as settled. A check with
        blank parts fails only when the parts written already exceed the total, so "exceeds" is all
        such a failure says; a total that fails two checks (its row, its column) gives both.

        A column computed from a disputed figure is disputed too (a rate over a disputed total, a
        行政诉讼 total summed from a disputed 复议后起诉 total); its note names that figure."""
        failures = self.checks.get("failures", [])
        if not failures:
            return ""
        inputs = figures_read(key, self.figures)
        notes = []
        for failure in failures:
            if failure.get("key") not in inputs:
                continue
            parts, total = failure.get("expected"), failure.get("found")
            over = isinstance(parts, (int, float)) and isinstance(total, (int, float)) and parts > total
            note = (f"报告表中已填分项之和 {format_value(parts)} 超过所填总计 {format_value(total)}" if over else
                    f"报告表中分项之和为 {format_value(parts)}，与所填总计 {format_value(total)} 不符")
            if failure["key"] != key:
                where = " ".join(failure[k] for k in ("row", "column") if failure.get(k))
                note = f"所据的“{where}”：{note}" if where else f"所据的数字：{note}"
            if note not in notes:
                notes.append(note)
        return "；".join(notes)

    def as_parts_add(self, key: str):
        """The column ``key``'s value were each total its table disputes replaced by what its parts add up to
        (行政复议 总计 0 beside results of 10 and 1: 11); None when the table disputes none of its figures. A chart
        draws a disputed value as the span between the two readings, not as a plain bar (QA 42 F12)."""
        fixes = {f["key"]: f["expected"] for f in self.checks.get("failures", [])
                 if f.get("key") in figures_read(key, self.figures) and isinstance(f.get("expected"), (int, float))}
        if not fixes or key not in COLUMN_BY_KEY:
            return None
        figures = {**self.figures, **fixes}
        for summed, parts in SUMMED_FIGURES.items():  # a total the parser added up from a disputed part
            if set(parts) & fixes.keys() and summed not in fixes:
                known = [figures.get(p) for p in parts]
                figures[summed] = None if None in known else sum(known)
        return COLUMN_BY_KEY[key].value(figures)

    @cached_property
    def disputed_columns(self) -> dict[str, str]:
        """Every statistics column the report's own table disputes, with why (exports list them); a
        column left unknown (a rate over a total of 0) shows no value to doubt."""
        if not self.checks.get("failures"):
            return {}
        notes = {c.key: self.disputed(c.key) for c in COLUMNS if self.values[c.key] is not None}
        return {key: note for key, note in notes.items() if note}

    @cached_property
    def values(self) -> dict:
        """Every statistics column's value for this report, computed once (do not modify)."""
        return {c.key: c.value(self.figures) for c in COLUMNS}

    @cached_property
    def from_text(self) -> dict:
        """The columns no table of the report gives and its prose states, with their values (text_figures.py)."""
        return figures_from_text(self.values, self.claims)

    @cached_property
    def area(self) -> dict:
        """The columns for which the prose states only a whole area's total (text_figures.area_figures), with it:
        shown apart, never the body's value."""
        return area_figures(self.values, self.claims) if self.claims else {}

    @cached_property
    def counted(self) -> dict:
        """Every column's value as the figures pages count it: the table's, else the prose's (``from_text``)."""
        return with_text(self.values, self.from_text) if self.from_text else self.values

    @cached_property
    def parts(self) -> dict:
        """Each rate column's (part, whole) for this report, computed once (rates over many
        reports are pooled from them)."""
        return {c.key: (c.numerator(self.figures), c.denominator(self.figures)) for c in COLUMNS if c.kind == "rate"}

    @cached_property
    def blanks(self) -> dict[str, str]:
        """Why each unknown column is unknown, by key: one cause of blank_reasons.CAUSES."""
        return blank_causes(self)

    def blank_reason(self, columns=None) -> BlankReason:
        """Why the figures of ``columns`` (every column when None) left blank are blank, in a line."""
        return blank_reason(self.blanks, None if columns is None else [c.key for c in columns])

    @property
    def missing_parts(self) -> list[int]:
        """Template parts (1–6) the report does not have, as the search's 缺少第N部分 filters count them."""
        return self.lacking

    @property
    def missing_text(self) -> str:
        """The missing parts in words ('缺第四、五部分'), '' when none is missing."""
        return f"缺第{parts_text(self.missing_parts)}部分" if self.missing_parts else ""

    @property
    def level_label(self) -> str:
        """The level in words (县区级 …)."""
        return LEVELS.get(self.level, self.level)

    @cached_property
    def agency_type(self) -> str:
        """The kind of body (民政局, 人民政府, 民政部 …): the body's kind as /agencies names it (``kinds.kind_of``), read
        from its agency id, or from the name as written in an index without ids."""
        return kind_of(self.agency_id or f"unresolved:{self.agency or ''}#")

    @property
    def peers(self) -> tuple[str, str] | None:
        """The group whose median an unusual value is measured against (QA 42 F11): its level and whether it is a
        government (人民政府, its office, a zone's 管理委员会) or one of its departments, never a county government
        against county bureaus; None for a body of unknown level, compared with none."""
        if self.level not in LEVELS or self.level == "unknown":
            return None
        return self.level, GOVERNMENT if self.agency_type in GOVERNMENT_KINDS else DEPARTMENT

    @property
    def url(self) -> str:
        """The report's page."""
        return report_link(self.report_id)

    @property
    def name(self) -> str:
        """The issuer as lists name it: in simplified script (``vocabulary.shown_name``); ``agency`` is as written."""
        return shown_name(self.agency)

    @property
    def label(self) -> str:
        """Agency and year, as the tables name a report."""
        return f"{self.name} {self.year or '年份不明'}"


def _record(report: dict) -> ReportRecord:
    return _from_digest(report_digest(report))


_COMPUTED = ("signature", "values", "parts")  # in a digest, not fields of a record
_RATE_KEYS = {c.key for c in COLUMNS if c.kind == "rate"}


def _from_digest(digest: dict) -> ReportRecord:
    record = ReportRecord(**{k: v for k, v in digest.items() if k not in _COMPUTED})
    for name in ("values", "parts"):  # the record's cached properties, computed when indexed
        if name in digest:
            record.__dict__[name] = digest[name]
    # A column added since the index was written (review_corrected, session 21) is not in its digests: computed
    # from the digest's figures, as the writer would have, rather than a KeyError on every statistics page.
    values, parts = record.__dict__.get("values"), record.__dict__.get("parts")
    if values is not None and not values.keys() >= COLUMN_BY_KEY.keys():
        record.__dict__["values"] = {c.key: values[c.key] if c.key in values else c.value(record.figures)
                                     for c in COLUMNS}
    if parts is not None and not parts.keys() >= _RATE_KEYS:
        record.__dict__["parts"] = {c.key: parts.get(c.key, (c.numerator(record.figures), c.denominator(record.figures)))
                                    for c in COLUMNS if c.kind == "rate"}
    return record


class _SharedRecords:
    """What one index generation's stores share: where each report is, the reports of each body
    (by agency id), and records read so far."""

    def __init__(self, searcher):
        reader = searcher.reader()
        ids, agencies = values_of(searcher, "report_id"), values_of(searcher, agency_field(searcher))
        self.docnums: dict[str, int] = {}
        self.by_agency: dict[str, list[str]] = defaultdict(list)
        # A report held in several files is one report of its body's year, in checks between years and medians
        # as in searches (search/copies.py); a copy's own record stays readable (its page, a comparison).
        copied = copies(searcher)
        for docnum in searcher.docs_for_query(Q.Term("kind", "report")):
            report_id = ids[docnum]
            self.docnums[report_id] = docnum
            if not copied.is_copy(report_id):
                self.by_agency[agencies[docnum]].append(report_id)
        self.listed = [i for i in self.docnums if not copied.is_copy(i)]
        self.records: dict[str, ReportRecord] = {}
        self.cache: dict[str, object] = {}  # other per-report results (text signatures)
        folder = getattr(getattr(searcher, "generation", None), "path", None)
        if folder is not None:
            self._read_digests(reader, folder)

    def _read_digests(self, reader, folder) -> None:
        """Every live report's record and signature, from the digests beside each segment."""
        for segment, base in reader.leaf_readers():
            if not hasattr(segment, "_segment"):
                continue
            digests = read_digests(folder / segment._segment.make_filename(DIGESTS_EXT))
            for digest in digests or ():
                docnum = self.docnums.get(digest["report_id"])
                # A report replaced by a later build is read from the segment that holds it now.
                if docnum is not None and base <= docnum < base + segment.doc_count_all():
                    self.cache[("signature", digest["report_id"])] = digest["signature"]
                    self.records[digest["report_id"]] = _from_digest(digest)


class RecordStore:
    """Records and payloads of one index generation, looked up by report id or agency.

    Records are read once per generation and shared by every thread; payloads are read with
    the calling thread's own searcher (Whoosh searchers are not thread-safe).
    """

    def __init__(self, shared: _SharedRecords, searcher):
        self._shared = shared
        self._searcher = searcher
        self.docnums = shared.docnums
        self.by_agency = shared.by_agency
        self.cache = shared.cache

    def payload(self, report_id: str) -> dict | None:
        """The whole stored report (the JSON of ``python -m indexer parse``), read anew."""
        docnum = self.docnums.get(report_id)
        if docnum is None:
            return None
        return json.loads(self._searcher.stored_fields(docnum)["payload"])

    def record(self, report_id: str) -> ReportRecord | None:
        """The record of one report, read once."""
        record = self._shared.records.get(report_id)
        if record is None:
            payload = self.payload(report_id)
            if payload is None:
                return None
            record = self._shared.records[report_id] = _record(payload)
        return record

    def records(self, report_ids) -> list[ReportRecord]:
        """Records of these reports, those not in the index left out."""
        return [r for r in map(self.record, report_ids) if r is not None]

    def agency_records(self, agency_id: str) -> list[ReportRecord]:
        """Every report of one body (its agency id), oldest first."""
        records = self.records(self.by_agency.get(agency_id, []))
        return sorted(records, key=lambda r: (r.year or 0, r.report_id))

    def all_ids(self) -> list[str]:
        """Ids of every report the lists show (a copy's file is its kept report's, search/copies.py)."""
        return list(self._shared.listed)


def record_store(searcher) -> RecordStore:
    """The store of this searcher's generation (shared by its threads), made on first use."""
    return RecordStore(searcher.cache.get("records", lambda: _SharedRecords(searcher)), searcher)
