"""/agencies and /api/agencies: bodies browsed by place (province → city → county) and kind.

Which bodies are listed: every body of the index, or, with any parameter of a search (``q``,
``year``, ``level`` …), the bodies of the reports that search selects; then ``name`` (words of
any of its names or its place: 徐州 卫健委), ``place`` (a division code of the tree, ``central``
or ``unresolved``) and ``kind`` (a function: 民政局). Counts are of bodies, and each list ignores
its own choice (the tree counts every place for the chosen kind, the kinds every kind in the
chosen place), so that every link says how many bodies it leads to. All is data with its links;
the templates only print.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from search.agencies.directory import CENTRAL, UNRESOLVED, Agency, directory
from search.agencies.kind_filter import checked_kind
from search.agencies.kinds import OTHER, OTHER_NOTE
from search.agencies.name_box import NO_EXAMPLE, cut_name, is_named, name_example
from search.agencies.tree import checked_place, child, place_label, place_level, within
from search import agency_names as names
from search.analysis import fold
from search.echo import echo, read_value
from search.retrieval.report_selection import ORDER_WORDS
from search.retrieval.facets import make_chips
from search.retrieval.paging import page_note, paged_as
from search.retrieval.params import MAX_PAGE, SearchParams
from search.retrieval.strict import select_strict
from search.vocabulary import UNKNOWN_AGENCY, echoed

PER_PAGE = 50
KINDS_SHOWN = 12  # kinds listed before 更多
LOOSER_LEFT = "只列出报告中含有“{q}”的机构；搜索页面其后列出的用字相近的报告，其机构未列出。"
NO_REPORT_HOLDS = "没有报告含有“{q}”，所以没有机构可列出；用字相近的报告可在搜索页面查看。"
NO_BODY_NAMED = "没有名称或地区与“{name}”相符的机构。"
NAMED_FIRST = "名称与“{q}”相符的 {n} 个机构排在前面，其后是报告中提到它的机构。"
PLACE = re.compile(r"\d{6}|central|unresolved")
MAX_NAME = 50  # characters of a parameter read (search.echo: unprintable ones folded); the name's: name_box.py


@dataclass(frozen=True)
class AgencyParams:
    """What /agencies and /api/agencies can ask for: a search selecting reports, and the browse
    choices. ``paged`` is False for an API call without ``page`` (every body at once)."""

    search: SearchParams = field(default_factory=SearchParams)
    place: str = ""
    kind: str = ""
    name: str = ""
    page: int = 1
    paged: bool = True
    messages: tuple[str, ...] = field(default=(), compare=False)
    name_over: bool = False  # the name box held one word over its cap: nothing is searched, so nothing is listed

    @classmethod
    def from_args(cls, args, api: bool = False) -> "AgencyParams":
        """Read request arguments; bad values become messages, never errors."""
        search = paged_as(SearchParams.from_args(args), f"机构列表每页 {PER_PAGE} 个机构", pages=True)
        search = replace(search, kind=())  # ``kind`` here is the list's own choice, not the search's
        messages = list(search.messages)
        place = read_value(args.get("place"), MAX_NAME)
        if place and not PLACE.fullmatch(place):
            messages.append(f"忽略了无效的地区代码：{echo(place)}")
            place = ""
        name, cut = cut_name(args.get("name"))  # said as the search says a query cut (QA 35 #7, QA 36 #8)
        messages += [cut] if cut else []
        raw_page = read_value(args.get("page"), MAX_NAME)
        page = int(raw_page) if raw_page.isascii() and raw_page.isdigit() else 1
        return cls(search, place, read_value(args.get("kind"), MAX_NAME), name, min(max(page, 1), MAX_PAGE),
                   not api or bool(raw_page), tuple(messages), name_over=bool(cut) and not name)

    @property
    def selects(self) -> bool:
        """Whether a search narrows the reports (else every body is listed)."""
        return bool(self.search.q or self.search.q_over) or self.search.has_filters()  # q_over selects none

    def pairs(self, **changes) -> list[tuple[str, object]]:
        """The parameters as URL pairs, defaults left out, with ``changes`` applied."""
        params = replace(self, **changes) if changes else self
        pairs = [(k, v) for k, v in params.search.pairs(page=1) if k != "page"]
        pairs += [(k, getattr(params, k)) for k in ("name", "place", "kind") if getattr(params, k)]
        if params.page != 1:
            pairs.append(("page", params.page))
        return pairs

    def query_string(self, **changes) -> str:
        """A URL query string for these parameters with ``changes`` applied (page 1 unless given)."""
        changes.setdefault("page", 1)
        return urlencode(self.pairs(**changes))

    def hidden_pairs(self) -> list[tuple[str, object]]:
        """What the name form carries in hidden fields: everything but the name and the page."""
        return [(k, v) for k, v in self.pairs(page=1) if k != "name"]


@dataclass
class Choice:
    """A place of the tree or a kind, with how many bodies it holds and the link that picks it."""

    value: str
    label: str
    count: int
    selected: bool
    query: str


@dataclass
class AgencyRow:
    """A listed body, with how many of its reports the search selected (None: no search)."""

    agency: Agency
    matched: int | None = None


@dataclass
class AgencyList:
    """A page of bodies with the tree, the kinds, the pager and messages."""

    params: AgencyParams
    rows: list[AgencyRow]
    total: int
    pages: int
    trail: list[Choice]  # 全部 › 江苏省 › 徐州市: the chosen place and those above it
    places: list[Choice]  # the places one level below the chosen one
    kinds: list[Choice]
    matched_reports: set[str] | None
    messages: list[str]
    search_labels: list[str] = field(default_factory=list)  # the search's query and filters, in words
    # Unresolved bodies a report of which the index places in the chosen province or city but whose
    # reports do not agree on it, so that the tree holds them elsewhere; the link lists them (None: none).
    unplaced: Choice | None = None
    # Reports naming no issuer (each its own unresolved id, all named 未知机构): not bodies, so not listed or counted
    # among them; their number (count) and the search listing them (query). None: none in the choice.
    unnamed: Choice | None = None
    name_example: str = NO_EXAMPLE  # the name box's example, a body of the index (name_example)

    @property
    def can_filter(self) -> bool:
        """Whether the region and kind lists lead anywhere: some body listed, or a choice made to undo."""
        return bool(self.total or self.params.place or self.params.kind)

    @property
    def page(self) -> int:
        return min(self.params.page, self.pages)

    @property
    def first_number(self) -> int:
        """The list number of the page's first body."""
        return (self.page - 1) * PER_PAGE + 1

    @property
    def kind_reports(self) -> Choice | None:
        """With a kind chosen, the search's query string for the reports of its bodies in the chosen place (the
        place as the search names it: a county's city, 中央 as level central), and the label saying so; /stats and
        the search page both take it (review 32: the kind page led only to JSON and Atom)."""
        if not self.params.kind or self.params.place == UNRESOLVED:
            return None
        search, place, scope = replace(self.params.search, kind=(self.params.kind,), page=1), self.params.place, ""
        if place == CENTRAL:
            search, scope = replace(search, level=("central",)), "中央"
        elif place:
            # the trail names the place and those above it; the search goes down to cities, so a county's is its city's
            above = [c for c in self.trail if c.value.isdigit() and place_level(c.value) != "county"][-1:]
            scope = above[0].label if above else ""
            search = (replace(search, province=(scope,)) if place_level(above[0].value) == "province"
                      else replace(search, province=(), city=(scope,))) if above else search
        return Choice(self.params.kind, f"机构类型“{self.params.kind}”" + (f"（{scope}）" if scope else ""), 0, False,
                      search.query_string())

    @property
    def kinds_shown(self) -> list[Choice]:
        return self.kinds[:KINDS_SHOWN]

    @property
    def kinds_more(self) -> list[Choice]:
        return self.kinds[KINDS_SHOWN:]

    @property
    def kinds_open(self) -> bool:
        """The 更多 list opens when the chosen kind is in it."""
        return any(k.selected for k in self.kinds_more)

    @property
    def pager(self) -> dict:
        """Previous, next and numbered page links (as the search page's)."""
        pages = SearchParams().page_links(self.page, self.pages)
        for link in pages:
            if not link["gap"]:
                link["query"] = self.params.query_string(page=link["number"])
        return {"prev": self.params.query_string(page=self.page - 1) if self.page > 1 else None,
                "next": self.params.query_string(page=self.page + 1) if self.page < self.pages else None,
                "pages": pages}

    @property
    def unsearched_query(self) -> str:
        """The same browse choices over every body (the search dropped)."""
        return urlencode(replace(self.params, search=SearchParams()).pairs(page=1))

    @property
    def fulltext(self) -> Choice:
        """The search page for the words of the name box (or the search's own), where no body matched them, and them quoted."""
        if self.params.name:
            return Choice(self.params.name, echoed(self.params.name), 0, False, SearchParams(q=self.params.name).query_string())
        return Choice(self.params.search.q, self.params.search.q_echoed, 0, False, self.params.search.query_string(page=1))

    @property
    def search_query(self) -> str:
        """The search alone, for its results page and its feed."""
        return self.params.search.query_string(page=1)


def _trail(known, params: AgencyParams) -> list[Choice]:
    """全部, then each place from the province down to the chosen one."""
    place = params.place
    codes = []
    if place in (CENTRAL, UNRESOLVED):
        codes = [place]
    elif place:
        codes = [place[:2] + "0000"]
        if place_level(place) != "province" and place[:4] + "00" != codes[0]:
            codes.append(place[:4] + "00")
        if place_level(place) == "county":
            codes.append(place)
        codes = [c for c in dict.fromkeys(codes) if place_label(known, c) != c or c == place]
    trail = [Choice("", "全部地区", 0, not place, params.query_string(place=""))]
    return trail + [Choice(c, place_label(known, c), 0, c == place, params.query_string(place=c)) for c in codes]


def list_agencies(searcher, params: AgencyParams) -> AgencyList:
    """The bodies ``params`` asks for, one page of them (or all, unpaged), with the tree and kinds."""
    known = directory(searcher)
    kind, notes = checked_kind(searcher, params.kind)  # an unknown kind ignored, as the search does (QA 33 #6)
    place, place_notes = checked_place(known, params.place)  # an unknown code ignored, as province=火星 is (QA 37 #9)
    params, messages = replace(params, kind=kind, place=place), list(params.messages) + notes + place_notes
    matched_reports = None
    pool = list(known.agencies.values())
    matched: Counter = Counter()
    search_labels = []
    if params.selects:
        search_labels = ([f"“{params.search.q_echoed}”"] if params.search.q else []) + \
            [c.label for c in make_chips(searcher, params.search)]
        # The bodies of the reports holding the words as typed: the search's looser matches (characters alike,
        # some of the words) would list bodies the words do not name (自然资源部: 上海市人民政府; QA 30, 13).
        selection = select_strict(searcher, params.search)
        # A note on the search's order (徐州市的报告排在前面…, and the 地区 filter it points to) is the search page's: this
        # list is by region, and /agencies has no such filter (QA 31 #13).
        messages += [m for m in selection.messages if m not in messages and not any(w in m for w in ORDER_WORDS)]
        if selection.dropped_looser and params.search.q:
            messages.append((LOOSER_LEFT if selection.report_ids else NO_REPORT_HOLDS).format(q=params.search.q_echoed))
        matched_reports = set(selection.report_ids)
        matched = Counter(known.of_report[r] for r in selection.report_ids if r in known.of_report)
        pool = [a for a in pool if a.id in matched]
    words = [fold(w) for w in params.name.split()]
    apart = [a for a in pool if _names_none(a)]
    unnamed = _unnamed(known, params, apart, matched) if apart and not (words or params.kind or params.name_over) else None
    pool = [a for a in pool if not _names_none(a)]
    if words or params.name_over:
        pool = [a for a in pool if words and is_named(a, words)]
    of_kind = [a for a in pool if not params.kind or a.kind_label == params.kind]
    in_place = [a for a in pool if within(a, params.place)]
    children: Counter = Counter()
    labels: dict[str, str] = {}
    for agency in of_kind:
        node = child(agency, params.place) if within(agency, params.place) else None
        if node and node[1]:
            children[node[0]] += 1
            labels.setdefault(node[0], node[1])
    order = {CENTRAL: "0", UNRESOLVED: "2"}
    places = [Choice(code, labels[code], count, False, params.query_string(place=code))
              for code, count in sorted(children.items(), key=lambda c: order.get(c[0], "1" + c[0]))]
    kinds_count = Counter(a.kind_label for a in in_place)
    if params.kind and params.kind not in kinds_count:
        kinds_count[params.kind] = 0
    kinds = [Choice(kind, kind, count, kind == params.kind,
                    params.query_string(kind="" if kind == params.kind else kind))
             for kind, count in sorted(kinds_count.items(), key=lambda kc: (-kc[1], kc[0]))]
    listed = sorted((a for a in of_kind if within(a, params.place)), key=lambda a: a.sort_key)
    # Words searched (q=发改委) list the bodies of every report mentioning them: the bodies the words name (read as the
    # name box reads them, abbreviations through the table: 发改委 a 发展和改革局) come first (QA 31 #7).
    named = [fold(w) for w in params.search.q.split()] if params.search.q else []
    first = [a for a in listed if is_named(a, named)] if named else []
    if first and len(first) < len(listed):
        listed = first + [a for a in listed if a not in first]
        messages.append(NAMED_FIRST.format(q=params.search.q_echoed, n=len(first)))
    per_page = PER_PAGE if params.paged else max(1, len(listed))
    pages = max(1, math.ceil(len(listed) / per_page))
    page = min(params.page, pages)
    past_end = page_note(params.search.page_asked or params.page, pages) if params.paged else None
    if past_end:
        messages.append(past_end)
    rows = [AgencyRow(a, matched[a.id] if params.selects else None)
            for a in listed[(page - 1) * per_page: page * per_page]]
    if words and not pool:
        messages.append(NO_BODY_NAMED.format(name=echoed(params.name)))
    if params.kind == OTHER:
        messages.append(OTHER_NOTE)  # 其他 is no function: say what it holds
    if params.place and not in_place and not listed:
        messages.append("所选地区没有符合条件的机构。")
    return AgencyList(params, rows, len(listed), pages, _trail(known, params), places, kinds, matched_reports,
                      messages, search_labels, _unplaced(searcher, known, params, words), unnamed, name_example(known))


def _names_none(agency: Agency) -> bool:
    """Whether the body is a report naming no issuer (its id unresolved:（无名称）#<report>): a report, not a body."""
    return agency.id.startswith(f"{UNRESOLVED}:{names.UNNAMED}")


def _unnamed(known, params: AgencyParams, bodies: list[Agency], matched: Counter) -> Choice | None:
    """The reports naming no issuer in the chosen place (the search's, with one): how many, and the search page
    listing them (the search's own choices, its 机构 filter 未知机构, the chosen province or city)."""
    bodies = [a for a in bodies if within(a, params.place)]
    if not bodies:
        return None
    count = sum(matched[a.id] if params.selects else len(a.reports) for a in bodies)
    search = replace(params.search, agency=(UNKNOWN_AGENCY,), page=1)
    if params.place not in ("", CENTRAL, UNRESOLVED):
        label = place_label(known, params.place)
        search = (replace(search, province=(label,)) if place_level(params.place) == "province"
                  else replace(search, province=(), city=(label,)))
    # 所在地未能识别 holds those its reports place nowhere; the search cannot tell those apart: its link lists them all.
    link = "查看发布机关未能识别的全部报告" if params.place == UNRESOLVED else "查看这些报告"
    return Choice(UNRESOLVED, link, count, False, search.query_string())


def _unplaced(searcher, known, params: AgencyParams, words: list[str]) -> Choice | None:
    """The chosen province's or city's bodies the tree cannot hold (the issuer not placed, and its reports
    not agreeing on one place, one of them lying here): their count and the link listing them."""
    place = params.place
    if not place or place in (CENTRAL, UNRESOLVED) or place_level(place) == "county":
        return None
    label = place_label(known, place)
    if label == place:
        return None
    if place_level(place) == "province":
        search = replace(params.search, province=(label,), page=1)
    else:  # a city alone is a filter of its own; a chosen province beside it would add all of it
        search = replace(params.search, province=(), city=(label,), page=1)
    ids = {known.of_report[r] for r in select_strict(searcher, search).report_ids if r in known.of_report}
    # The tree already holds those its reports place here (Agency.reported); left: reports that disagree.
    bodies = [known.agencies[i] for i in ids if i in known.agencies and not known.agencies[i].resolved
              and not within(known.agencies[i], place)]
    bodies = [a for a in bodies if (not params.kind or a.kind_label == params.kind) and (not words or is_named(a, words))]
    if not bodies:
        return None
    listing = replace(params, search=search, place=UNRESOLVED)
    return Choice(UNRESOLVED, label, len(bodies), False, listing.query_string())
