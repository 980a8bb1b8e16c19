"""The JSON shapes of /api/search (docs/api.md), /api/trends, /api/compare and /api/quality
(docs/stats.md), /api/agencies (docs/agencies.md): one function per shape, used by the API and
the exports alike."""
from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup

from search.agencies.browse import PER_PAGE, AgencyList, Choice
from search.agencies.directory import Agency
from search.agencies.kinds import kind_of
from search.agencies.page import AgencyPage, newest_first

from search.figures.compare import Comparison
from search.figures.quality import QualityReport, SimilarPair
from search.figures.records import ReportRecord
from search.figures.trends import Trend
from search.report_links import report_link, shared_report_link
from search.retrieval.engine import Hit, SearchResult
from search.retrieval.facets import FacetValue
from search.vocabulary import shown_name


def hit_json(hit: Hit, base_url: str = "", plain: bool = False, q: str = "") -> dict:
    """A hit as the API shows it; ``plain`` (exports) drops the snippet's <mark>s. Its links carry the words ``q``: a
    link pasted from the CSV or the JSON opens the part with its marks, as the page's own link does (QA 37 #10)."""
    return {
        "report_id": hit.report_id,
        # As the page shows it (simplified; 未知机构 when none), as /api/stats gives it; the report's own spelling beside.
        "agency": shown_name(hit.agency),
        "name_as_written": hit.agency or "",
        "agency_id": hit.agency_id,
        # The kind as /agencies, /stats and kind= name it: rows of several kinds told apart (QA 33).
        "agency_type": kind_of(hit.agency_id or f"unresolved:{hit.agency or ''}#"),
        "where": hit.where,
        "place": hit.place or None,  # the body's place whatever its name says (null when unknown or central)
        "level": hit.level or None,
        "province": hit.province or None,
        "figure": hit.figure,
        "figure_value": hit.figure_value,  # the number alone (null when none), for a program to sort and add
        # The report's sentence the figure was read from when no table gives it (and the snippet does not show it).
        "figure_quote": hit.figure_quote or None,
        "figure_quote_url": (base_url + shared_report_link(hit.report_id, hit.figure_quote_section, q)
                             if hit.figure_quote else None),
        "year": hit.year,
        "section": hit.section,
        "section_title": hit.section_title,
        "snippet": Markup(hit.snippet).striptags() if plain else str(hit.snippet),
        "url": base_url + shared_report_link(hit.report_id, hit.section, q),
        "source": hit.source,
        "more_sections": hit.more_sections,
        "cut_off": hit.cut_off,  # the report's text stops before its end (quality=cut_off): the hit shows 文本不完整
    }


def facet_json(value: FacetValue) -> dict:
    """One facet value as the API shows it, with the URL that toggles it."""
    out = {"value": value.value, "label": value.label, "count": value.count, "selected": value.selected,
           "toggle": f"/api/search?{value.toggle}"}
    if value.parent:
        out["province"] = value.parent
    return out


def result_json(result: SearchResult) -> dict:
    """The documented JSON shape of /api/search."""
    return {
        "query": result.params.q,
        "total": result.total,
        "total_reports": result.total_reports,
        "total_sections": result.total_sections,
        "page": result.page,
        "pages": result.pages,
        "per_page": result.params.per_page,
        "grouped": not result.params.flat,
        "hits": [hit_json(h, q=result.params.q) for h in result.hits],
        "facets": {name: [facet_json(f) for f in values] for name, values in result.facets.items()},
        "filters": [{"kind": c.kind, "label": c.label, "remove": f"/api/search?{c.remove}"} for c in result.chips],
        "messages": result.messages,
        # The one body a series query follows (海盐县民政局 历年) and its agency page; null otherwise.
        "body": {"name": result.body_link[0], "url": result.body_link[1]} if result.body_link else None,
    }


def record_json(record: ReportRecord, base_url: str = "") -> dict:
    """A report as the statistics APIs name it."""
    return {"report_id": record.report_id, "agency": record.agency, "agency_id": record.agency_id, "year": record.year,
            "level": record.level,
            "url": base_url + record.url}


def trend_json(trend: Trend, base_url: str = "") -> dict:
    """Figures by year: one series per figure, each point with the reports it rests on."""
    return {
        "query": trend.params.query_string(page=1),
        "agency": trend.agency,
        "agency_id": trend.agency_id,
        "years": trend.years,
        "reports": {str(y): [record_json(r, base_url) for r in trend.reports_by_year[y]] for y in trend.years},
        "series": [{
            "key": s.column.key, "label": s.column.label, "unit": s.column.unit, "note": s.column.note,
            "points": [{"year": p.year, "value": p.value, "reports": p.reports, "of": p.of, "disputed": p.disputed,
                        "from_text": p.from_text} for p in s.points],
            # what the page says under the chart (years left out, report counts or bodies differing by year, prose)
            "chart_note": s.chart.note or None,
        } for s in trend.series],
        "messages": trend.messages,
    }


def comparison_json(comparison: Comparison, base_url: str = "") -> dict:
    """Reports side by side: per part, the aligned figures and each report's share of shared text."""
    def line(l):
        return {"key": l.key, "label": l.label, "differs": l.differs,
                "values": [c.value for c in l.cells], "changes": [c.change or None for c in l.cells],
                "disputed": [c.disputed or None for c in l.cells],
                "from_text": [c.quote or None for c in l.cells]}

    return {
        "reports": [{"report_id": r["id"], "agency": r.get("agency"), "year": r.get("year"),
                     "url": base_url + report_link(r["id"])} for r in comparison.reports],
        "checks": [line(l) for l in comparison.checks],
        "parts": [{
            "number": p.number, "name": p.name, "differences": p.differences,
            "lines": [line(l) for l in p.lines],
            "texts": [{"present": t.present, "cut_before": t.cut_before, "title": t.title, "chars": t.chars,
                       "shared_share": t.share}
                      for t in p.texts],
        } for p in comparison.parts],
        "messages": comparison.messages + comparison.notes,
        "q": comparison.q,
        "candidates": [{"report_id": c.report_id, "agency": c.agency, "where": c.where, "year": c.year, "source": c.source,
                        "searched_only": c.searched_only, "url": base_url + report_link(c.report_id)}
                       for c in comparison.candidates],
    }


def _pair_json(pair: SimilarPair, base_url: str) -> dict:
    return {"a": record_json(pair.a, base_url), "b": record_json(pair.b, base_url), "same_agency": pair.same_agency,
            "share": pair.share, "share_a": pair.share_a, "share_b": pair.share_b, "jaccard": pair.jaccard,
            "passages": pair.passages}


def quality_json(report: QualityReport, base_url: str = "") -> dict:
    """Every failed check of the selection, by kind; each list paged as ``report.lists`` says
    (``lists`` gives each one's total, page and the query of its next page)."""
    sim, lists = report.similarity, report.lists
    return {
        "query": report.params.query_string(page=1),
        "total": report.total,
        "incomplete": report.incomplete,
        "tables": [dict(record_json(p.record, base_url), requests_balance=p.balance, failures=p.failures)
                   for p in lists["tables"].items],
        "inferred": [dict(record_json(i.record, base_url), rows=i.record.checks["inferred_rows"], labels=i.rows)
                     for i in lists["inferred"].items],
        "missing_parts": [dict(record_json(r, base_url), missing_parts=r.missing_parts) for r in lists["missing"].items],
        "continuity": {"checked": report.continuity.checked, "pairs": report.continuity.pairs,
                       "issues": [i.as_dict() for i in lists["continuity"].items]},
        "prose": {"checked": report.prose_checked, "issues": [i.as_dict() for i in lists["prose"].items]},
        "similar": {"reports": sim.reports, "candidates": sim.candidates, "verified": sim.verified,
                    "pairs": [_pair_json(p, base_url) for p in lists["similar"].items], "messages": sim.messages},
        "lists": {name: {"total": l.total, "shown": len(l.items), "page": l.page, "pages": l.pages,
                         "next": f"{base_url}/api/quality?{l.next}" if l.next else
                         (f"{base_url}/api/quality?{l.whole}" if l.cut else None)}
                  for name, l in lists.items()},
        "messages": report.messages,
    }


def _reported_json(agency: Agency) -> dict | None:
    """Where an unresolved body's reports lie, by which /agencies lists it; None when resolved or unplaced."""
    where = agency.reported
    if where is None:
        return None
    province, city, county = where.names
    return {"province": province, "city": city or county or None, "code": where.code, "note": where.note}


def agency_json(agency: Agency, base_url: str = "", matched: set[str] | None = None) -> dict:
    """A body: its id, latest name, every spelling, place, kind and reports (each with the name it
    writes; ``matched`` when a search selected reports)."""
    def report(r) -> dict:
        out = {"report_id": r.report_id, "year": r.year, "agency": r.agency, "url": base_url + report_link(r.report_id),
               "indexed": r.indexed or None}
        if matched is not None:
            out["matched"] = r.report_id in matched
        return out

    return {"id": agency.id, "name": agency.name, "names": agency.names, "place": agency.place,
            "place_code": agency.code if agency.resolved else None, "unit": agency.unit, "kind": agency.kind_label,
            "resolved": agency.resolved, "reported_place": _reported_json(agency),
            "url": base_url + agency.url, "feed": base_url + agency.feed_url,
            "reports": [report(r) for r in newest_first(agency.reports)]}  # as the body's page lists them


def _choice_json(choice: Choice, base_url: str) -> dict:
    return {"value": choice.value, "label": choice.label, "count": choice.count, "selected": choice.selected,
            "url": f"{base_url}/api/agencies?{choice.query}"}


def agencies_json(listing: AgencyList, base_url: str = "") -> dict:
    """/api/agencies: the bodies asked for (a page of them, or all without ``page``), the places one
    level below the chosen one and the kinds, each with its count and link."""
    return {
        "total": listing.total,
        "page": listing.page if listing.params.paged else None,
        "pages": listing.pages if listing.params.paged else None,
        "per_page": PER_PAGE if listing.params.paged else None,
        "agencies": [agency_json(row.agency, base_url, listing.matched_reports) for row in listing.rows],
        "place": [_choice_json(c, base_url) for c in listing.trail[1:]],
        "places": [_choice_json(c, base_url) for c in listing.places],
        "kinds": [_choice_json(c, base_url) for c in listing.kinds],
        "unplaced": _choice_json(listing.unplaced, base_url) if listing.unplaced else None,
        "unnamed": ({"reports": listing.unnamed.count, "url": f"{base_url}/api/search?{listing.unnamed.query}"}
                    if listing.unnamed else None),
        # The kind chosen: its bodies' reports, statistics and trends, as the page links them (review 32).
        "kind_reports": ({"label": listing.kind_reports.label,
                          **{name: f"{base_url}/api/{name}?{listing.kind_reports.query}" for name in ("search", "stats", "trends")}}
                         if listing.kind_reports and listing.total else None),
        "messages": listing.messages,
    }


def agency_page_json(page: AgencyPage, base_url: str = "") -> dict:
    """/api/agencies/<id>: the body, its figures by year, continuity between consecutive years,
    the reforms that renamed it or merged it or into it."""
    trend = trend_json(page.trend, base_url)

    def step(s) -> dict:
        return {"from": s.prev.report_id, "to": s.cur.report_id, "from_year": s.prev.year, "to_year": s.cur.year,
                "status": s.status, "checked": s.checked, "missing_years": s.missing_years,
                "issues": [i.as_dict() for i in s.issues],
                "compare": f"{base_url}/api/compare?id={s.prev.report_id}&id={s.cur.report_id}"}

    def relation(line) -> dict:
        r = line.relation
        return {"kind": r.kind, "id": r.other_id, "name": r.label, "in_index": r.other is not None,
                "url": base_url + "/api/agencies/" + quote(r.other_id, safe=":/") if r.other else None,
                "effective": r.change.effective, "source": r.change.source, "named_then": line.then,
                "own_reports_after": list(line.after)}

    return {
        **agency_json(page.agency, base_url),
        "figures": {"years": trend["years"], "series": trend["series"]},
        "continuity": [step(s) for s in page.steps],
        "related": [relation(line) for line in page.relation_lines],
        "own_offices": [{"id": o.agency.id, "name": o.agency.name, "span": o.agency.span, "note": o.note,
                         "url": base_url + "/api/agencies/" + quote(o.agency.id, safe=":/")} for o in page.own_offices],
        "renames": [{"names": [{"agency": name, "years": years} for name, years in n.written.items()],
                     "changes": [{"old": c.old, "new": c.new, "effective": c.effective, "source": c.source}
                                 for c in n.changes]} for n in page.renames],
        "messages": page.messages,
    }
