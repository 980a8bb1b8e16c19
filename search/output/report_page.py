"""The report page's data: the stored report, the search it was opened from, its body's other years and the prepared
view (``report_view.prepare_report``), for /reports/<id>."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from search.agencies.directory import Agency, directory
from search.output.page_terms import bar_terms, page_terms
from search.output.report_view import prepare_report
from search.report_links import shared_report_link
from search.retrieval.engine import get_report
from search.agencies.kind_filter import checked_kinds
from search.retrieval.list_sizes import known_size, remember_size
from search.retrieval.report_selection import listed_reports
from search.retrieval.params import SearchParams
from search.retrieval.query import parse_query
from search.vocabulary import UNKNOWN_AGENCY, UNKNOWN_YEAR


@dataclass
class ReportPage:
    """Everything /reports/<id> shows: the stored report, the search it was opened from, the
    terms it highlights, its body's reports of every year, and the prepared view."""

    report: dict
    params: SearchParams
    terms: list[str]
    years: list[dict]  # {"report_id", "year", "agency" (when written otherwise), "current"}, newest first
    view: dict
    agency: Agency | None = None  # the issuing body (its page, its names)
    # An issuer the build could not tell (no name, or no place): its "body" holds this report alone, so the page
    # says so where it would link the body's page (机构页面 led to a page of this one report).
    unresolved_note: str = ""
    # The page as 复制链接 gives it, the part's anchor added: the words alone, as the API's ``url`` (rev34 #6).
    shared_link: str = ""


def report_page(searcher, report_id: str, args) -> ReportPage | None:
    """The report page for ``report_id`` opened with request arguments ``args``; None when no
    report has that id."""
    report = get_report(searcher, report_id)
    if report is None:
        return None
    params = page_shown(searcher, SearchParams.from_args(args))
    parsed = parse_query(params.q, searcher) if params.q else None
    terms = page_terms(parsed) if parsed else []
    agency = directory(searcher).agency_of(report["id"])
    written = report.get("agency") or UNKNOWN_AGENCY
    years = [{"report_id": r.report_id, "year": r.year or UNKNOWN_YEAR, "current": r.report_id == report["id"],
              "agency": r.agency if r.agency != written else ""}
             for r in sorted(agency.reports if agency else [], key=lambda r: (-(r.year or 0), r.report_id))]
    unresolved = agency is not None and not agency.resolved
    note = (("报告没有写明发布机关" if not report.get("agency") else "未能确定这个发布机关的所在地或名称")
            + "，未与其他报告归为同一机构") if unresolved else ""
    view = prepare_report(report, terms)
    # The bar names the terms marked, those the report holds; with no mark, the words typed (page_terms.py).
    view["bar_terms"] = bar_terms(terms, report, parsed.typed if parsed else [], bool(view["matches"]))
    return ReportPage(report, params, terms, years, view, agency, note, shared_report_link(report["id"], None, params.q))


def page_shown(searcher, params: SearchParams) -> SearchParams:
    """``params`` with the page its list can show: a page past the last, as a hand-edited link may ask (page=1000), is
    the last, where the search serves it, so that 返回搜索 leads to a page of hits and not to the notice that the page
    is out of range (QA 39 #9). Page 1 is always there; for a later page, the list's size as the search page served
    it (list_sizes.py), and the list is selected again only when no page of it was served (review 35 #9)."""
    if params.page <= 1:
        return params
    checked = checked_kinds(searcher, params)
    total = known_size(searcher, checked)
    if total is None:
        _, selection, _, _, _, listed = listed_reports(searcher, params)
        total = int(np.count_nonzero(selection.hits)) if params.flat else int(np.count_nonzero(listed))
        remember_size(searcher, checked, total)
    pages = max(1, math.ceil(total / params.per_page))
    return params if params.page <= pages else replace(params, page=pages, page_asked=None)
