"""The compare page's finder: the reports to tick for words typed as a body, a place or a year.

Someone comparing looks for one body's reports over the years, or a few bodies of one place: the
reports of the bodies the words name come first (read as the agencies' name box reads them: names,
abbreviations such as 卫健委, places), each body's years together and oldest first, a year typed
keeping that year only. The search's other finds follow, marked as such: mostly reports that mention
the words in their text (a county's report listing 教育局 among its departments). Before, the finder
listed the search's ranking alone, and a body's own reports could stand below such mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.agencies.browse import bodies_named
from search.figures.records import record_store
from search.retrieval.engine import run_search
from search.retrieval.params import SearchParams
from search.retrieval.where import place_label

CANDIDATES = 20  # reports the finder lists
# A year typed with the words ('2022', '2022年', '民政局2022年度'): a year of the reports, not a name.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年度|年)?(?!\d)")


@dataclass(frozen=True)
class Candidate:
    """A report the finder lists, to be ticked for the comparison."""

    report_id: str
    agency: str
    year: int | None
    source: str
    where: str = ""  # the body's place when its name does not say it
    searched_only: bool = False  # found by the search, not as a report of a body the words name


def find_candidates(searcher, q: str, chosen: set[str]) -> list[Candidate]:
    """At most CANDIDATES reports for ``q`` (those already chosen left out): the named bodies' reports
    first, each body's together in the search's order of bodies, then the reports the text search
    alone finds."""
    years = {int(y) for y in _YEAR.findall(q)}
    words = _YEAR.sub(" ", q).split()
    result = run_search(searcher, SearchParams(q=q, per_page=CANDIDATES))
    if not words:  # years alone: the search reads them as the reports' years already
        return [_from_hit(h) for h in result.hits if h.report_id not in chosen]
    bodies = bodies_named(searcher, words)
    first_found = {}
    for at, hit in enumerate(result.hits):
        first_found.setdefault(hit.agency_id, at)
    bodies.sort(key=lambda b: first_found.get(b.id, len(first_found)))  # stable: the directory's order after
    store = record_store(searcher)
    named: list[Candidate] = []
    for body in bodies:
        for report in sorted(body.reports, key=lambda r: (r.year or 0, r.report_id)):
            if report.report_id in chosen or (years and report.year not in years):
                continue
            record = store.record(report.report_id)
            where = place_label(report.agency, "/".join(p for p in body.place_names if p)) if not body.central else ""
            named.append(Candidate(report.report_id, report.agency or "未知机构", report.year,
                                   record.source if record else "", where))
    # a named body's report of another year than the one typed was left out, not merely mentioned
    of_bodies = {r.report_id for body in bodies for r in body.reports}
    others = [_from_hit(h, searched_only=True) for h in result.hits if h.report_id not in chosen | of_bodies]
    return (named + others)[:CANDIDATES]


def _from_hit(hit, searched_only: bool = False) -> Candidate:
    return Candidate(hit.report_id, hit.agency or "未知机构", hit.year, hit.source, hit.where, searched_only)
