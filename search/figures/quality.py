"""Data quality of a selection: tables that do not add up, figures read by inference, breaks between years, prose
against tables, and near-identical reports. The /quality page and /api/quality show this.

Over a whole province's archive each list runs to thousands of items: the page shows the first
``PREVIEW`` of each with the count, and one list at a time whole, ``PAGE_SIZE`` a page
(``?list=continuity&page=2``); the JSON pages its lists the same way.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from itertools import combinations
from urllib.parse import urlencode

import numpy as np

from search.figures.crosscheck import ContinuityResult, Issue, check_continuity, check_prose, prose_checked
from search.agencies.kind_filter import checked_kinds
from search.retrieval.report_selection import select_reports
from search.retrieval.facets import Chip, selection_chips
from search.retrieval.paging import page_note, paged_as
from search.retrieval.params import SearchParams
from search.retrieval.suggest import name_key
from search.figures.records import RecordStore, ReportRecord, record_store
from search.figures.similarity import COPY_SHARE, Text, band_pairs, jaccard, normalise, overlap, prose_of, signature
from search.schema import QUALITY_FLAGS
from search.echo import echo
from search.vocabulary import ROW_LABELS, balance_text

# The lists of the page, in its order, by the name ``list=`` takes.
LISTS = {"tables": "表格自身不相符", "inferred": "按行序推断读出的数字", "missing": "缺少的部分",
         "continuity": "相邻年度衔接", "prose": "正文与表格不符", "similar": "内容雷同"}
PREVIEW = 20  # items of each list on the page of all checks
PAGE_SIZE = 100  # items of one list shown whole, a page at a time
QUALITY_PAGE = PAGE_SIZE  # items of each list in /api/quality (before its own paging)
SIMILARITY_LIMIT = 5000  # reports compared for copied text in one request
MAX_VERIFY = 400  # candidate pairs compared exactly in one request, most similar first


@dataclass
class TableProblem:
    """A report whose own tables do not add up."""

    record: ReportRecord
    balance: str
    failures: list[dict]

    @property
    def balance_label(self) -> str:
        """What the request balance check found, in words."""
        return balance_text(self.balance)


@dataclass
class InferredRows:
    """A report whose part-三 rows were read by the template's row order, their labels having been moved away from
    their numbers by a conversion (indexer/row_order.py): figures to check against the original before quoting."""

    record: ReportRecord
    rows: list[str]  # the rows as the template labels them ('（三）不予公开 5.属于三类内部事务信息')

    @property
    def rows_text(self) -> str:
        return "、".join(self.rows)


@dataclass
class SimilarPair:
    """Two reports sharing much of their text."""

    a: ReportRecord
    b: ReportRecord
    same_agency: bool
    jaccard: float  # of the two shingle sets
    share_a: float  # of a's text found in b
    share_b: float
    passages: list[str]  # shared passages, as a writes them

    @property
    def share(self) -> float:
        """The larger of the two shares: how much of one report is the other's."""
        return max(self.share_a, self.share_b)


@dataclass
class SimilarityResult:
    """Near-identical pairs and what was compared to find them."""

    pairs: list[SimilarPair]
    reports: int  # compared
    candidates: int  # pairs proposed by LSH or by being one agency's
    verified: int  # pairs compared exactly
    messages: list[str] = field(default_factory=list)


@dataclass
class Listing:
    """One list of the page as shown: its items on this page, how many there are, its links."""

    name: str
    title: str
    total: int
    items: list
    page: int
    pages: int
    whole: str  # query string of this list shown whole
    prev: str | None = None
    next: str | None = None

    @property
    def cut(self) -> bool:
        """True when items are left out of this page."""
        return len(self.items) < self.total


@dataclass
class QualityReport:
    """Everything /quality shows for one selection."""

    params: SearchParams
    total: int
    checked: int  # reports whose tables could be checked at all
    incomplete: int  # reports whose request balance could not be checked
    table_problems: list[TableProblem]
    inferred: list[InferredRows]
    missing_parts: list[ReportRecord]  # reports without one or more of the six parts
    continuity: ContinuityResult
    prose_issues: list[Issue]
    prose_checked: int
    similarity: SimilarityResult
    messages: list[str]
    show: str | None = None  # the list shown whole, a page at a time (None: the first items of each)
    lists: dict[str, Listing] = field(default_factory=dict)
    chips: list[Chip] = field(default_factory=list)  # the chosen filters (the query has its own box)

    @property
    def incomplete_query(self) -> str | None:
        """The search listing the reports counted as 申请数据不全 (the same selection, quality=
        balance_incomplete): the page has no list of its own for them. None when the selection
        already chooses quality flags, which a further one would widen (flags combine with OR)."""
        if not self.incomplete or self.params.quality:
            return None
        return replace(self.params, quality=("balance_incomplete",), page=1).query_string()

    def items(self, name: str) -> list:
        """Every item of one list."""
        return {"tables": self.table_problems, "inferred": self.inferred, "missing": self.missing_parts,
                "continuity": self.continuity.issues, "prose": self.prose_issues, "similar": self.similarity.pairs}[name]


def _listings(report: QualityReport, size: int) -> dict[str, Listing]:
    """Each list as shown: the page of the list shown whole, the first ``size`` items of the others."""
    params = report.params
    out = {}
    for name, title in LISTS.items():
        items = report.items(name)
        whole = urlencode(params.pairs(page=1) + [("list", name)])
        if name != report.show:
            out[name] = Listing(name, title, len(items), items[:size], 1, 1, whole)
            continue
        pages = max(1, math.ceil(len(items) / PAGE_SIZE))
        page = min(params.page, pages)
        def at(n: int) -> str:
            return urlencode(params.pairs(page=1) + [("list", name)] + ([("page", n)] if n > 1 else []))
        out[name] = Listing(name, title, len(items), items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], page, pages,
                            whole, at(page - 1) if page > 1 else None, at(page + 1) if page < pages else None)
    return out


def _text(store: RecordStore, report_id: str, texts: dict) -> Text:
    if report_id not in texts:
        texts[report_id] = normalise(prose_of(store.payload(report_id) or {}))
    return texts[report_id]


def _signature(store: RecordStore, report_id: str, texts: dict):
    key = ("signature", report_id)
    if key not in store.cache:
        store.cache[key] = signature(_text(store, report_id, texts))
    return store.cache[key]


def compare_pair(store: RecordStore, a: ReportRecord, b: ReportRecord, texts: dict | None = None) -> SimilarPair:
    """The exact overlap of two reports' prose."""
    texts = {} if texts is None else texts
    ta, tb = _text(store, a.report_id, texts), _text(store, b.report_id, texts)
    oa, ob = overlap(ta, [tb]), overlap(tb, [ta])
    return SimilarPair(a, b, a.agency_id == b.agency_id, jaccard(ta, tb), oa.share, ob.share, oa.passages(ta.original))


def find_similar(store: RecordStore, records: list[ReportRecord]) -> SimilarityResult:
    """Pairs of reports (within the selection, or with another year of a selected agency) sharing most of their text."""
    messages = []
    records = sorted(records, key=lambda r: (name_key(r.agency), r.year or 0))
    if len(records) > SIMILARITY_LIMIT:
        messages.append(f"所选报告过多，雷同检查只比较了前 {SIMILARITY_LIMIT} 份；请用筛选条件缩小范围。")
        records = records[:SIMILARITY_LIMIT]
    texts: dict[str, Text] = {}
    pool = {r.report_id: r for r in records}
    # Every pair of one agency's reports, other years from the whole index included: checked first.
    family: list[tuple[str, str]] = []
    for agency_id in sorted({r.agency_id for r in records}):
        members = store.agency_records(agency_id)
        pool.update((r.report_id, r) for r in members)
        family += combinations(sorted(r.report_id for r in members), 2)
    signatures = {rid: sig for rid in (r.report_id for r in records) if (sig := _signature(store, rid, texts))}
    # Then the pairs LSH proposes that are not one agency's: most bands shared first, ties in the
    # order proposed (a province's reports share hundreds of thousands of pairs: kept as arrays).
    lsh = band_pairs(signatures)
    at = {rid: i for i, rid in enumerate(lsh.ids)}
    n = len(lsh.ids)
    known = np.array([at[a] * n + at[b] for a, b in family if a in at and b in at], dtype=np.int64)
    new = np.flatnonzero(~np.isin(lsh.a * n + lsh.b, known))
    proposed = len(family) + len(new)
    ranked = family[:MAX_VERIFY]
    if len(ranked) < MAX_VERIFY:
        best = new[np.lexsort((lsh.first[new], -lsh.bands[new]))][: MAX_VERIFY - len(ranked)]
        ranked += [(lsh.ids[a], lsh.ids[b]) for a, b in zip(lsh.a[best].tolist(), lsh.b[best].tolist())]
    if proposed > MAX_VERIFY:
        messages.append(f"可能雷同的报告对有 {proposed} 对，只核对了最相似的 {MAX_VERIFY} 对；请缩小范围。")
    pairs = []
    for a_id, b_id in ranked[:MAX_VERIFY]:
        a, b = pool[a_id], pool[b_id]
        if a.year and b.year and a.year > b.year:
            a, b = b, a  # the earlier report first: the later one copied it
        pair = compare_pair(store, a, b, texts)
        if pair.share >= COPY_SHARE:
            pairs.append(pair)
    pairs.sort(key=lambda p: (-p.share, name_key(p.a.agency), p.a.year or 0))
    return SimilarityResult(pairs, len(records), proposed, len(ranked), messages)


SELECTIONS_KEPT = 8  # selections whose checks a generation keeps (paging a list reuses them)


def list_choices(name: str) -> str:
    """What a ``list=`` naming no list may name instead, in brackets; a search's 数据质量 value (cut_off,
    balance_mismatch …) is named as such, since it is what such a name most likely meant."""
    choices = "、".join(f"{key}（{title}）" for key, title in LISTS.items())
    flag = QUALITY_FLAGS.get(name)
    elsewhere = f"；“{name}”是搜索的数据质量筛选“{flag}”，用 quality={name} 选出这些报告" if flag else ""
    return f"（可选的检查项目：{choices}{elsewhere}）"


def build_quality(searcher, params: SearchParams, show: str | None = None, preview: int | None = None) -> QualityReport:
    """Data quality of the reports the search for ``params`` selects; ``show`` names the list
    shown whole (a page of it: ``params.page``), the others show their first ``preview`` items."""
    unknown = []
    params = checked_kinds(searcher, params)  # an unknown kind: said once, and carried by none of the links (QA 36 #10)
    if show and show not in LISTS:  # one message: the unknown list, and the paging it leaves unused (review 32)
        lead = f"没有名为“{echo(show)}”的检查项目，已显示全部检查"
        paged = paged_as(params, lead)
        said = next((m.rstrip("。") for m in paged.messages if m.startswith(lead)), lead)
        params = replace(paged, messages=tuple(m for m in paged.messages if not m.startswith(lead)))
        unknown = [f"{said}{list_choices(show)}。"]
    else:
        params = (paged_as(params, f"每项检查的完整列表每页 {PAGE_SIZE} 项", pages=True) if show in LISTS
                  else paged_as(params, f"每项检查列出前 {preview or PREVIEW} 项，用 list= 选出一项后才分页"))
    selection = select_reports(searcher, params, counted_only=True)
    store = record_store(searcher)
    kept = store.cache.setdefault("quality_selections", {})
    key = tuple(selection.report_ids)
    checked = kept.get(key)
    if checked is None:
        checked = _check(store, selection.report_ids)
        if len(kept) >= SELECTIONS_KEPT:
            kept.pop(next(iter(kept)), None)
        kept[key] = checked
    report = replace(checked, params=params, messages=selection.messages + unknown, show=show if show in LISTS else None,
                     chips=selection_chips(searcher, params, with_query=False))
    report.lists = _listings(report, preview or PREVIEW)
    past_end = page_note(params.asked_page, report.lists[report.show].pages) if report.show else None
    if past_end:
        report.messages = [*report.messages, past_end]
    return report


def _check(store: RecordStore, report_ids: list[str]) -> QualityReport:
    """Every check of these reports (the parameters, messages and lists are the request's)."""
    records = sorted(store.records(report_ids), key=lambda r: (name_key(r.agency), -(r.year or 0)))
    problems = [TableProblem(r, r.checks.get("requests_balance") or "incomplete", list(r.checks.get("failures", [])))
                for r in records
                if r.checks.get("requests_balance") == "mismatch" or r.checks.get("failures")]
    return QualityReport(
        params=SearchParams(),
        total=len(records),
        checked=sum(1 for r in records if r.checks.get("checked")),
        incomplete=sum(1 for r in records if r.checks.get("requests_balance") != "ok" and r.checks.get("requests_balance") != "mismatch"),
        table_problems=problems,
        inferred=[InferredRows(r, [ROW_LABELS.get(k, k) for k in r.checks["inferred_rows"]])
                  for r in records if r.checks.get("inferred_rows")],
        missing_parts=[r for r in records if r.missing_parts],
        continuity=check_continuity(store, records),
        prose_issues=[issue for r in records for issue in check_prose(r)],
        prose_checked=sum(prose_checked(r) for r in records),
        similarity=find_similar(store, records),
        messages=[],
    )
