"""The compare page's finder: the reports to tick for words typed as a body, a place or a year.

Someone comparing looks for one body's reports over the years, or a few bodies of one place: the
reports of the bodies the words name come first (read as the agencies' name box reads them: names,
abbreviations such as 卫健委, places), each body's years together and oldest first, a year typed
keeping that year only. The search's other finds follow, marked as such: mostly reports that mention
the words in their text (a county's report listing 教育局 among its departments). Before, the finder
listed the search's ranking alone, and a body's own reports could stand below such mentions. Years typed
alone (2020 2024) list first the bodies with a report of every one of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from search.agencies.name_box import bodies_named
from search.analysis import narrow
from search.figures.records import record_store
from search.retrieval.engine import run_search
from search.retrieval.params import SearchParams
from search.retrieval.query import DOC_WORDS
from search.retrieval.strict import select_strict
from search.retrieval.where import place_label
from search.retrieval.years import find_years
from search.vocabulary import shown_name, year_title

CANDIDATES = 20  # reports the finder lists
NO_BODY = "没有名称或地区与这些词相符的机构，以下是搜索找到的报告："
NO_YEAR = "名称或地区相符的机构没有{years}年度的报告，以下是搜索找到的报告："
ALL_CHOSEN = "名称或地区相符的机构的报告都已选上，以下是搜索找到的其他报告："
OTHERS = "搜索找到的其他报告："
EVERY_YEAR_OTHERS = "以上机构每个所填年份都有报告；以下是搜索找到的其他报告："
NO_BODY_OF_EVERY_YEAR = "没有机构每个所填年份都有报告，以下是搜索找到的报告："


@dataclass(frozen=True)
class Candidate:
    """A report the finder lists, to be ticked for the comparison."""

    report_id: str
    agency: str
    year: int | None
    source: str
    where: str = ""  # the body's place when its name does not say it
    searched_only: bool = False  # found by the search, not as a report of a body the words name

    @property
    def year_title(self) -> str:
        """The title after the name and its place, as the search's results write it: '2020 年度报告'."""
        return year_title(self.year)


@dataclass
class Finds:
    """The finder's list, and the line the page puts over the search's other finds: why they follow."""

    candidates: list[Candidate] = field(default_factory=list)
    searched_heading: str = ""


def find_candidates(searcher, q: str, chosen: set[str]) -> Finds:
    """At most CANDIDATES reports for ``q`` (those already chosen left out): the named bodies' reports
    first, each body's together in the search's order of bodies, then the reports the text search
    alone finds."""
    # The search's own reading of years (2022年度, 2019-2021, 二〇二一年, 21年): a year typed is the reports', not a
    # name's; so is the report's own name (年报 of 2021年报), which every report is. Read half-width and simplified, as
    # the search reads its clauses (２０２１年報).
    years, rest = find_years(narrow(q))
    years = set(years)
    words = [w for w in (_without_doc_word(w) for w in rest.split()) if w]
    result = run_search(searcher, SearchParams(q=q, per_page=CANDIDATES))
    if not words:  # years alone: the search reads them as the reports' years already
        found = [_from_hit(h) for h in result.hits if h.report_id not in chosen]
        if len(years) < 2:
            return Finds(found)
        # Several years: one compares a body with itself, so the bodies with a report of every year typed come
        # first, each body's years together; the search alone listed the newest year's reports, and the list
        # could end before any report of the other years (2020 2024: twenty of 2024).
        paired = _bodies_of_every_year(searcher, years, chosen)
        listed = {c.report_id for c in paired}
        others = [replace(c, searched_only=True) for c in found if c.report_id not in listed]
        return Finds((paired + others)[:CANDIDATES], EVERY_YEAR_OTHERS if paired else NO_BODY_OF_EVERY_YEAR)
    bodies = bodies_named(searcher, words)
    first_found = {}
    for at, hit in enumerate(result.hits):
        first_found.setdefault(hit.agency_id, at)
    bodies.sort(key=lambda b: first_found.get(b.id, len(first_found)))  # stable: the directory's order after
    store = record_store(searcher)
    named: list[Candidate] = []
    for body in bodies:
        for report in sorted(body.reports, key=lambda r: (r.year or 0, r.report_id)):
            if len(named) == CANDIDATES:  # words naming many bodies (局, 市): no record read past the list's end
                break
            if report.report_id in chosen or (years and report.year not in years):
                continue
            record = store.record(report.report_id)
            where = place_label(report.agency, "/".join(p for p in body.place_names if p)) if not body.central else ""
            named.append(Candidate(report.report_id, shown_name(report.agency), report.year,
                                   record.source if record else "", where))
    # a named body's report of another year than the one typed was left out, not merely mentioned
    of_bodies = {r.report_id for body in bodies for r in body.reports}
    # Only reports holding the words as typed follow: the search's looser matches (reports sharing the words'
    # characters: 徐州市 finds 广州市, 洪泽区 finds 长宁区) are a guess a results page labels as such, but no report to
    # compare with the body asked for (QA 30, 13).
    holding = set(select_strict(searcher, SearchParams(q=q)).report_ids)
    others = [_from_hit(h, searched_only=True) for h in result.hits
              if h.report_id in holding and h.report_id not in chosen | of_bodies]
    return Finds((named + others)[:CANDIDATES], _heading(bodies, named, years))


# Longest first: 上海市科委政府信息公开年报 leaves 上海市科委, not 上海市科委政府信息公开年.
_DOC_ENDINGS = sorted(DOC_WORDS, key=len, reverse=True)


def _without_doc_word(word: str) -> str:
    """A word without the report's own name it ends in (平潭年报, 上海市科委年度报告): typed unspaced, the name glued
    to the body's made a word no body's name holds, and the body's reports were listed as mere mentions."""
    for ending in _DOC_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _bodies_of_every_year(searcher, years: set[int], chosen: set[str]) -> list[Candidate]:
    """The reports of the typed years of every body with a report of each, the body's years together, oldest
    first; bodies by name (a nameless report's id is its own: it never has two years)."""
    store = record_store(searcher)
    rows: list[tuple[str, list]] = []
    for report_ids in store.by_agency.values():
        records = [r for r in store.records(report_ids) if r.year in years]
        if {r.year for r in records} == years:
            rows.append((records[0].agency or "", sorted(records, key=lambda r: (r.year, r.report_id))))
    out = []
    for _, records in sorted(rows, key=lambda row: row[0]):
        out += [Candidate(r.report_id, shown_name(r.agency), r.year, r.source, _where(r)) for r in records
                if r.report_id not in chosen]
        if len(out) >= CANDIDATES:
            break
    return out


def _where(record) -> str:
    """The body's place when its name does not say it (as the search's hits give it)."""
    return place_label(record.agency, province=record.province, city=record.city, level=record.level)


def _heading(bodies: list, named: list[Candidate], years: set[int]) -> str:
    """Why the search's finds follow: the words name no body, or its reports are of other years, or all chosen."""
    if named:
        return OTHERS
    if not bodies:
        return NO_BODY
    if years and not any(r.year in years for body in bodies for r in body.reports):
        low, high = min(years), max(years)
        said = "、".join(str(y) for y in sorted(years)) if len(years) <= 3 else f"{low}—{high}"
        return NO_YEAR.format(years=f"{said} ")
    return ALL_CHOSEN


def _from_hit(hit, searched_only: bool = False) -> Candidate:
    return Candidate(hit.report_id, shown_name(hit.agency), hit.year, hit.source, hit.where, searched_only)
