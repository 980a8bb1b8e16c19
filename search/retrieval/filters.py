"""Search parameters as a Whoosh filter: facet values, the region drill-down, year and figure ranges.

Several values of one facet are OR'd, different facets AND'd. Region is one facet in two levels:
a chosen city narrows its own province only (江苏省 with 淮安市 chosen, plus all of 浙江省).
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from whoosh import query as Q

from search.agencies.directory import agency_field, directory
from search.agencies.aliases import moved_agency
from search.agencies.kind_filter import kind_filter
from search.analysis import cut
from search.echo import echo
from search.retrieval.arrays import arrays_for
from search.retrieval.field_filters import with_typed_filters
from search.retrieval.issuers import IssuerQuery, concept_of
from search.retrieval.matching import filter_mask
from search.retrieval.params import YEARS, SearchParams
from search.retrieval.query import ParsedQuery
from search.retrieval.rangeable import MAX_FIGURE, RANGEABLE
from search.retrieval.record_ranges import RecordRange
from search.figures.text_figures import TEXT_COLUMNS

FACET_FIELD = {"agency": "agency_id", "year": "year", "section": "section", "level": "level",
               "province": "province", "city": "city"}


def _agency_query(text: str) -> Q.Query:
    """``agency:民政局`` matches agencies whose name holds those words, and, as the same word typed plainly, the
    reports whose issuer it names (issuers.py): an abbreviation or an informal name (机构:卫健委, agency:派出所)
    reads as it does in the query box, so one word finds the same bodies by either route (QA 32 #4)."""
    words = cut(text)
    if not words:
        return Q.NullQuery
    named = Q.Term("agency", words[0]) if len(words) == 1 else Q.Phrase("agency", words)
    concept = concept_of(text)
    return named if concept is None else Q.Or([named, IssuerQuery(concept)])


def agency_filter(searcher, values) -> Q.Query:
    """``agency=`` values as a filter: an agency id is that body; a name as written is every body
    a report calls so (all their reports, whatever each writes), or that name alone."""
    known = directory(searcher)
    field = agency_field(searcher)
    ids = dict.fromkeys(i for v in values for i in resolve_agency(searcher, v))
    return Q.Or([Q.Term(field, i) for i in ids] + [Q.Term("agency_facet", v) for v in values])


def resolve_agency(searcher, value: str) -> list[str]:
    """The bodies an ``agency=`` value means (Directory.resolve), or, for an old id a rebuild changed, the body it
    is now (a shared link to /?agency=<old id> selected nothing while /agencies/<old id> redirected: QA 33)."""
    found = directory(searcher).resolve(value)
    moved = None if found else moved_agency(searcher, value)
    return found or ([moved] if moved and directory(searcher).get(moved) else [])


def unknown_agency_notes(searcher, values, parsed: ParsedQuery | None = None) -> list[str]:
    """What the page says of ``agency=`` values naming no body: neither an agency id nor a name a report is written
    under (agency=bogus, a mistyped id). Such a filter selects nothing; before, its chip stood without a word of why.
    So does ``机构:`` typed in the query box when it selects no report (机构:派出所 in an index without one)."""
    known = directory(searcher)
    notes = [f"找不到机构“{echo(v, 30)}”：它不是机构编号，也没有报告以此为发布机关名称，因此没有报告符合这一条件。"
             if not resolve_agency(searcher, v) else f"机构编号“{echo(v, 60)}”已改为“{moved_agency(searcher, v)}”，按新编号筛选。"
             for v in values if not known.resolve(v)]
    typed = parsed.agency if parsed is not None else []
    return notes + [f"没有发布机关名称含有“{echo(a, 30)}”或属于这类机构的报告（机构:{echo(a, 30)}），因此没有报告符合这一条件。"
                    for a in typed if not filter_mask(searcher, _agency_query(a)).any()]


def _values_where(searcher, field: str, where: Q.Query) -> set:
    """The values a sortable field takes on the documents ``where`` selects."""
    column = arrays_for(searcher).codes(searcher, field)
    return {column.values[c] for c in np.unique(column.codes[filter_mask(searcher, where)]).tolist()}


def provinces_of_cities(searcher, cities) -> dict[str, set[str]]:
    """The province(s) each chosen city lies in, read from the index."""
    return {city: _values_where(searcher, "province", Q.Term("city", city)) for city in cities}


def region_query(searcher, params: SearchParams, with_cities: bool = True) -> Q.Query | None:
    """Chosen provinces OR'd; a chosen city replaces its province by itself."""
    if not params.province and not (with_cities and params.city):
        return None
    cities = params.city if with_cities else ()
    parents = provinces_of_cities(searcher, cities)
    parts: list[Q.Query] = []
    for province in params.province:
        inside = [c for c in cities if province in parents[c]]
        if inside:
            parts.append(Q.And([Q.Term("province", province), Q.Or([Q.Term("city", c) for c in inside])]))
        else:
            parts.append(Q.Term("province", province))
    # A city whose province is not chosen (an API call with city= alone) stands on its own.
    parts += [Q.Term("city", c) for c in cities if not parents[c] & set(params.province)]
    return Q.Or(parts)


def _given(value: int | None, default: int) -> int:
    return default if value is None else value


# Where the user sets a range: what it reads (figure_range), the figures a report's prose states included.
RANGE_NOTE = ("按报告表中的数字筛选；表中没有" + "".join(f"“{RANGEABLE[k].label}”" for k in TEXT_COLUMNS)
              + "时，按报告文字写明的数字（写明没有的算作 0），结果中标“据报告文字”并引出原文。"
              "表中和文字都没有给出的报告不列入：空白不算作 0。表中所填总计小于已填分项之和的（标 *），"
              "按分项之和筛选。比率的分母为 0 时算不出比率，也不列入。")


def figure_range(searcher, key: str, low: int | None, high: int | None) -> Q.Query:
    """A figure's range as a filter: its table's value (``fig_``), or where no table gives it, the value its prose
    states (``said_``, search/figures/text_figures.py), as the statistics count it. A report that gives the figure
    nowhere has neither and never matches: blank is not 0. A table whose filled items exceed the total it writes
    (总计 0 under items of 5) ranges by the items' sum (``floor_``, search/figures/table_floor.py): the filter for
    reports that had cases keeps a report whose own table lists them, and the one for none leaves it out. A figure the
    index holds no column of is read from the statistics records the same way (record_ranges.py)."""
    if not RANGEABLE[key].field:
        return RecordRange(key, low, high)
    bounds = (_given(low, 0), _given(high, MAX_FIGURE))
    ranges = [Q.NumericRange(f"fig_{key}", *bounds)]
    if f"said_{key}" in searcher.schema.names():  # (an index written before said_ was served until its next build)
        ranges.append(Q.NumericRange(f"said_{key}", *bounds))
    if f"floor_{key}" in searcher.schema.names():  # (likewise floor_, added in session 33)
        # The items prove at least the floor, so the total written under it is no value to range on: a report whose
        # table lists 5 lawsuits under 总计 0 has lawsuits (min 1) and is not among those with none (max 0).
        ranges[0] = Q.AndNot(ranges[0], Q.NumericRange(f"floor_{key}", 0, MAX_FIGURE))
        ranges.append(Q.NumericRange(f"floor_{key}", *bounds))
    return ranges[0] if len(ranges) == 1 else Q.Or(ranges)


def filter_parts(searcher, params: SearchParams, parsed: ParsedQuery) -> dict[str, Q.Query]:
    """Each active filter as a query, by the name whose facet ignores it. A level or region typed in the query box
    (level:county, 地区:浙江) is one of its facet's values (field_filters.py)."""
    params = with_typed_filters(params, parsed)
    parts: dict[str, Q.Query] = {}
    if params.agency:
        parts["agency"] = agency_filter(searcher, params.agency)
    if params.kind:
        parts["kind"] = kind_filter(searcher, params.kind)
    for name in ("year", "section", "level"):
        values = getattr(params, name)
        if values:
            parts[name] = Q.Or([Q.Term(FACET_FIELD[name], v) for v in values])
    region = region_query(searcher, params)
    if region is not None:
        parts["province"] = region
    if params.quality:
        parts["quality"] = Q.Or([Q.Term("quality", flag) for flag in params.quality])
    # Bounds are always given: Whoosh reads an open start on an unsigned field ('year') as
    # "any value", so year_to=2019 alone would match every year.
    if params.year_from is not None or params.year_to is not None:
        parts["year_range"] = Q.NumericRange("year", _given(params.year_from, YEARS[0]), _given(params.year_to, YEARS[1]))
    for key, low, high in params.ranges:
        parts[f"fig_{key}"] = figure_range(searcher, key, low, high)
    if parsed.agency:
        parts["q_agency"] = Q.Or([_agency_query(a) for a in parsed.agency])
    if parsed.years:
        parts["q_year"] = Q.Or([Q.NumericRange("year", lo, hi) for lo, hi in parsed.years])
    if parsed.sections:
        parts["q_section"] = Q.Or([Q.Term("section", s) for s in parsed.sections])
    return parts


def cities_in(searcher, province: str) -> list[str]:
    """Cities of one province found in the index (to drop them with their province)."""
    return sorted(_values_where(searcher, "city", Q.Term("province", province)) - {""})


def without_province(searcher, params: SearchParams, province: str) -> SearchParams:
    """The parameters with one province unchosen, and its cities with it."""
    inside = set(cities_in(searcher, province))
    return replace(params, province=tuple(p for p in params.province if p != province),
                   city=tuple(c for c in params.city if c not in inside), page=1)
