"""Facets as data: counts per value over the whole result, chips of the chosen filters, links.

A facet's counts ignore its own selection, so that picking 2020 still shows how many reports 2019
has; cities ignore only the city choice. Every value carries the query string that toggles it;
templates only loop and print. The filters themselves are built in ``search.filters``.
"""
from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

import numpy as np
from whoosh import query as Q

from search.agencies.directory import agency_field, directory
from search.agencies.kind_filter import KIND_FACET, KIND_LABEL, checked_kinds, kind_facet_counts, kind_sort_key
from search.retrieval.arrays import arrays_for
from search.retrieval.field_filters import typed_toggles, with_typed_filters
from search.retrieval.filters import FACET_FIELD, figure_range, provinces_of_cities, resolve_agency, without_province
from search.retrieval.matching import filter_mask
from search.retrieval.params import LEVELS, SearchParams
from search.retrieval.query import ParsedQuery
from search.retrieval.rangeable import figure_range_label, range_groups
from search.schema import QUALITY_FLAGS
from search.retrieval.selection import Selection
from search.retrieval.report_itself import listed_lead_ins
from search.vocabulary import PREAMBLE_PART, part_heading

FACET_LABELS = {"agency": "机构", "year": "年份", "section": "部分", "level": "层级", "province": "地区",
                "city": "城市", "quality": "数据质量", "figures": "表格数据", KIND_FACET: KIND_LABEL}
# The sidebar's order: when, what level of body, where, what kind (职能), who, which part, how sound the data is.
FACET_ORDER = ("year", "level", "province", "city", KIND_FACET, "agency", "section", "quality", "figures")
# One-click ranges on the table figures, counted like facet values: (key, low, label).
PRESETS = (("requests_new", 1, "有新收申请"), ("reconsideration_total", 1, "有行政复议"),
           ("litigation_total", 1, "有行政诉讼"))
FACET_LIMIT = 30


@dataclass
class FacetValue:
    """A facet value with its count and the query string that toggles it."""

    value: object
    label: str
    count: int
    selected: bool
    toggle: str
    children: list["FacetValue"] = field(default_factory=list)  # cities of a chosen province
    parent: str | None = None  # a city's province
    dom_id: str = ""  # the page element's id: the focus stays on it across a swap (static/nianbao.js)


@dataclass
class Chip:
    """A chosen filter as the page shows it, with the query string that removes it."""

    label: str
    remove: str
    kind: str  # facet name, "year_range" or "figures"


def facet_label(name: str, value) -> str:
    """How one facet value reads on the page."""
    if name == "section":
        return part_heading(value)
    if name == "year":
        return f"{value} 年"
    if name == "level":
        return LEVELS.get(value, value)
    if name == "province" and value == "unknown":
        return "地区未知"
    if name == "quality":
        return QUALITY_FLAGS.get(value, value)
    return str(value)


def year_range_label(low: int | None, high: int | None) -> str:
    """'2019–2021 年', '2020 年及以后', '2019 年及以前'."""
    if low is not None and high is not None:
        return f"{low}–{high} 年" if low != high else f"{low} 年"
    return f"{low} 年及以后" if low is not None else f"{high} 年及以前"


class _Counter:
    """Facet counts over a selection: each facet sees every filter but its own."""

    def __init__(self, selection: Selection, params: SearchParams):
        self.selection = selection
        self.searcher = selection.searcher
        self.params = params
        self.arrays = arrays_for(self.searcher)
        self.reports = self.arrays.codes(self.searcher, "report_id").codes
        self._report_count = int(self.reports.max(initial=-1)) + 1
        self._docs: dict[str | None, np.ndarray] = {}
        # Without filters every facet counts the same documents: their reports are found once.
        self._hit: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def docs(self, skip: str | None, narrow: Q.Query | None = None) -> np.ndarray:
        """Matching documents with the filter ``skip`` left out, within ``narrow`` if given."""
        key = skip if skip in self.selection.filters else None
        if key not in self._docs:
            self._docs[key] = self.selection.docs(key)
        docs = self._docs[key]
        if narrow is not None:
            docs = docs & filter_mask(self.searcher, narrow)
        return docs

    def count(self, docs: np.ndarray, field: str | None = None, most: int | None = None,
              keep: tuple = ()) -> Counter:
        """Values of a sortable field over ``docs``; each report once per value unless flat. With
        ``most``, only the values counted at least as often as the ``most``-th commonest (ties
        kept), and those in ``keep``: a result holds thousands of bodies, the facet shows a few."""
        if field is None:
            return Counter({None: self.total(docs)})
        column = self.arrays.codes(self.searcher, field)
        per_report = None if self.params.flat else self.arrays.report_values(self.searcher, field)
        if per_report is not None:
            codes = per_report[self._reports_hit(docs)]
        else:
            # Flat, or a field that differs within a report (the part number): a report has one
            # document per part, so counting documents counts (value, report) pairs.
            codes = column.codes[docs]
        counts = np.bincount(codes, minlength=len(column.values))
        kept = np.flatnonzero(counts)
        if most is not None and len(kept) > most:
            floor = np.partition(counts[kept], len(kept) - most)[len(kept) - most]
            chosen = set(keep)
            kept = np.array([v for v in kept.tolist() if counts[v] >= floor or column.values[v] in chosen]
                            if chosen else kept[counts[kept] >= floor], dtype=np.int64)
        return Counter({column.values[v]: int(counts[v]) for v in kept.tolist()})

    def _reports_hit(self, docs: np.ndarray) -> np.ndarray:
        known = self._hit.get(id(docs))
        if known is not None and known[0] is docs:  # the array itself is kept: its id cannot be reused
            return known[1]
        hit = np.zeros(self._report_count, dtype=bool)
        hit[self.reports[docs]] = True
        self._hit[id(docs)] = (docs, hit)
        return hit

    def total(self, docs: np.ndarray) -> int:
        """Sections (flat) or reports among ``docs``."""
        return int(docs.sum()) if self.params.flat else int(self._reports_hit(docs).sum())


def _values(name: str, counts: Counter, params: SearchParams, toggle=None) -> list[FacetValue]:
    """Sorted, cut (kinds never), with chosen values always shown with their count (0 when the query leaves none)."""
    selected = set(getattr(params, name))
    items = [(v, c) for v, c in counts.items() if v not in (None, "")]
    if name == "year":
        items.sort(key=lambda vc: -vc[0])
    elif name == "section":
        items.sort(key=lambda vc: vc[0])
    elif name == "level":
        order = list(LEVELS)
        items.sort(key=lambda vc: order.index(vc[0]) if vc[0] in order else len(order))
    elif name == "quality":
        order = list(QUALITY_FLAGS)
        items.sort(key=lambda vc: order.index(vc[0]) if vc[0] in order else len(order))
    elif name == KIND_FACET:
        items.sort(key=lambda vc: kind_sort_key(*vc))
    else:
        items.sort(key=lambda vc: (vc[0] == "unknown", -vc[1], str(vc[0])))
    # Kinds are few (under a hundred) and 其他 sorts last: every one is offered, the page folds them under 更多 (QA 33).
    shown = items if name == KIND_FACET else items[:FACET_LIMIT]
    present = {v for v, _ in shown}
    shown += [(v, counts.get(v, 0)) for v in getattr(params, name) if v not in present]  # chosen past the cut: its count
    toggle = toggle or params.toggle
    return [FacetValue(v, facet_label(name, v), c, v in selected, toggle(name, v)) for v, c in shown]


def _agency_values(counter: _Counter, params: SearchParams) -> list[FacetValue]:
    """Bodies by agency id, named by their latest name. A chosen value may be an id or a name as
    written (an older link): a body is chosen when a chosen value means it, and its toggle
    drops every value that means it."""
    known = directory(counter.searcher)
    chosen = {v: resolve_agency(counter.searcher, v) or [v] for v in params.agency}
    chosen_ids = list(dict.fromkeys(i for ids in chosen.values() for i in ids))
    # One more than shown: the empty value, if counted among the commonest, is dropped below.
    counts = counter.count(counter.docs("agency"), agency_field(counter.searcher), most=FACET_LIMIT + 1,
                           keep=tuple(chosen_ids))
    everyone = known.sort_labels
    # The first few of thousands of bodies: no need to sort them all.
    items = heapq.nsmallest(FACET_LIMIT, ((v, c) for v, c in counts.items() if v),
                            key=lambda vc: (-vc[1], everyone.get(vc[0], vc[0]), vc[0]))
    present = {v for v, _ in items}
    # A chosen body past the first few is shown too, with what it counts (0 only when it has none).
    items += [(i, counts.get(i, 0)) for i in chosen_ids if i not in present]
    labels = known.labels(v for v, _ in items)
    out = []
    for value, count in items:
        if value in chosen_ids:
            toggle = params.query_string(agency=tuple(v for v, ids in chosen.items() if value not in ids), page=1)
        else:
            toggle = params.query_string(agency=params.agency + (value,), page=1)
        out.append(FacetValue(value, labels[value], count, value in chosen_ids, toggle))
    return out


def agency_labels(searcher, values) -> dict[str, str]:
    """How chosen ``agency=`` values read on the page: an id as its body's latest name, a name
    as written as itself."""
    known = directory(searcher)
    ids = [v for v in values if known.get(v)]
    labels = known.labels(ids)
    return {v: labels.get(v, v) for v in values}


def compute_facets(selection: Selection, params: SearchParams, parsed: ParsedQuery) -> dict[str, list[FacetValue]]:
    """Every facet with counts over the whole result, each ignoring its own selection."""
    searcher = selection.searcher
    counter = _Counter(selection, params)
    chosen = with_typed_filters(params, parsed)  # level:county typed in the query box is chosen (field_filters.py)
    facets: dict[str, list[FacetValue]] = {}
    for name in ("year", "level", "section"):
        facets[name] = _values(name, counter.count(counter.docs(name), FACET_FIELD[name]), chosen, params.toggle)
    # The 导言 counted as clicking it lists: the search's own selection leaves most lead-ins out (QA 31 #1).
    lead_ins = listed_lead_ins(searcher, params, parsed)
    if lead_ins is not None:
        kept = [v for v in facets["section"] if v.value != PREAMBLE_PART]
        kept += [FacetValue(PREAMBLE_PART, facet_label("section", PREAMBLE_PART), lead_ins, False,
                            params.toggle("section", PREAMBLE_PART))] if lead_ins else []
        facets["section"] = sorted(kept, key=lambda v: v.value)
    facets["agency"] = _agency_values(counter, params)
    by_agency = counter.count(counter.docs(KIND_FACET), agency_field(searcher))  # (every body: kinds are few, bodies many)
    facets[KIND_FACET] = _values(KIND_FACET, kind_facet_counts(by_agency), params)

    # Region: provinces ignore the whole region choice; cities only the cities. A city chosen alone opens its province.
    def toggle_province(_, province):
        if province in params.province:
            return without_province(searcher, params, province).query_string()
        return params.toggle("province", province)

    provinces = _values("province", counter.count(counter.docs("province"), "province"), chosen, toggle_province)
    facets["city"] = []
    opened = set(chosen.province) | {p for ps in provinces_of_cities(searcher, chosen.city).values() for p in ps}
    if opened:
        cities = _city_counts(counter, counter.docs("province", narrow=Q.Or([Q.Term("province", p) for p in sorted(opened)])))
        for f in provinces:
            if f.value in opened:
                f.children = [c for c in _values("city", cities.get(f.value, Counter()), chosen, params.toggle)
                              if c.count or c.selected]
                for child in f.children:
                    child.parent = f.value
                facets["city"] += f.children
    facets["province"] = provinces

    # Quality flags: one posting list per flag, intersected with the result.
    quality = Counter()
    for flag in QUALITY_FLAGS:
        flagged = counter.docs("quality", narrow=Q.Term("quality", flag))
        if flagged.any():
            quality[flag] = counter.total(flagged)
    facets["quality"] = _values("quality", quality, params)

    # Figure presets: each counted without its own figure's range.
    figures = []
    for key, low, label in PRESETS:
        docs = counter.docs(f"fig_{key}", narrow=figure_range(searcher, key, low, None))
        chosen = params.range_of(key) == (low, None)
        toggle = params.with_range(key, None, None) if chosen else params.with_range(key, low, None)
        count = counter.total(docs)
        if count or chosen:
            figures.append(FacetValue(f"min_{key}={low}", label, count, chosen, toggle.query_string()))
    facets["figures"] = figures
    typed = typed_toggles(params, parsed)  # clicking a value the query box chose takes it out of the query
    for name, values in facets.items():
        for value in values:
            value.toggle = typed.get((name, value.value), value.toggle)
            value.dom_id = f"f-{name}-{str(value.value).replace(' ', '_')}"
    return {name: facets[name] for name in FACET_ORDER}


def _city_counts(counter: _Counter, docs: np.ndarray) -> dict[str, Counter]:
    """City counts per province over ``docs`` (each report once, unless flat)."""
    provinces = counter.arrays.codes(counter.searcher, "province")
    cities = counter.arrays.codes(counter.searcher, "city")
    keys = np.stack([provinces.codes[docs], cities.codes[docs],
                     np.flatnonzero(docs) if counter.params.flat else counter.reports[docs]])
    out: dict[str, Counter] = {}
    for province, city, _ in np.unique(keys, axis=1).T.tolist():
        out.setdefault(provinces.values[province], Counter())[cities.values[city]] += 1
    return out


def range_fields(params: SearchParams) -> list[dict]:
    """The figure range inputs of the search form, by group, with their current bounds (rangeable.range_groups)."""
    return range_groups(params.ranges)


def make_chips(searcher, params: SearchParams, parsed: ParsedQuery | None = None) -> list[Chip]:
    """The chosen filters, each with the query string that removes it. A value also typed in the query box (clicked
    县区级, then level:county typed) is removed both ways, as its facet's link does (review 37 #3: the chip kept the
    typed level:county, so the filter stayed)."""
    chips: list[Chip] = []
    agencies = agency_labels(searcher, params.agency)
    if parsed is None and params.q and (params.level or params.province or params.city):
        from search.retrieval.query import parse_query  # (only a typed level or region can be chosen both ways)
        parsed = parse_query(params.q, searcher)
    typed = typed_toggles(params, parsed) if parsed is not None else {}
    for name, values in params.filters().items():
        for value in values:
            if name == "province":
                without = without_province(searcher, params, value)
            else:
                without = replace(params, **{name: tuple(v for v in values if v != value)}, page=1)
            label = agencies[value] if name == "agency" else facet_label(name, value)
            label = f"{KIND_LABEL}：{label}" if name == KIND_FACET else label  # (a kind reads as a body's name)
            chips.append(Chip(label, typed.get((name, value), without.query_string()), name))
    if params.year_from is not None or params.year_to is not None:
        without = replace(params, year_from=None, year_to=None, page=1)
        chips.append(Chip(year_range_label(params.year_from, params.year_to), without.query_string(), "year_range"))
    for key, low, high in params.ranges:
        without = params.with_range(key, None, None)
        chips.append(Chip(figure_range_label(key, low, high), without.query_string(), "figures"))
    return chips


def selection_chips(searcher, params: SearchParams, keep: list[tuple[str, object]] | None = None,
                    with_query: bool = True) -> list[Chip]:
    """What a page over a selection (trends, quality) was asked for: its query (with_query, for a
    page with no search box of its own) and each chosen filter, each with the query string that
    removes it and keeps the page's own parameters (``keep``: the figures a trend shows)."""
    tail = urlencode(keep or [])

    def joined(qs: str) -> str:
        return "&".join(part for part in (qs, tail) if part)

    chips = [Chip(f"关键词：{params.q_echoed}", replace(params, q="", page=1).query_string(), "q")] if with_query and params.q else []
    # A kind the page ignored (its message says so) is no chosen filter: read as the search reads it (QA 35 #5).
    chips += make_chips(searcher, checked_kinds(searcher, params))
    return [replace(c, remove=joined(c.remove)) for c in chips]
