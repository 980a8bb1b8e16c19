"""Search parameters, parsed once from a query string into a whitelisted, clamped value."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from search.echo import NOT_UTF8, echo, invisible_only, printable
from search.retrieval.query_length import MAX_QUERY, cut_query
from search.retrieval.region_names import read_region
from search.retrieval.rangeable import RANGEABLE, read_ranges
from search.schema import QUALITY_FLAGS
from search.vocabulary import echoed

MAX_VALUES = 20  # values per facet
MAX_PAGE = 1000
YEARS = (1990, 2100)
PER_PAGE_CHOICES = (10, 20, 50)
FLAT_VALUES = ("1", "true", "on")  # flat=: one hit per part instead of per report
FLAT_OFF = ("", "0", "false", "off")  # flat= that asks for the list by report; anything else is named as ignored
SORTS = {"relevance": "相关度", "newest": "最新", "oldest": "最早", "agency": "机构", "figure": "按所问数字"}
# 按所问数字 (sort=figure, high to low) is offered only where a figure is asked: the query's, or a range's (min_…).
FIGURE_SORT = "figure"
LEVELS = {"central": "国务院部门", "province": "省级", "city": "地市级", "county": "县区级", "township": "乡镇街道", "unknown": "未知"}
# Facet parameters in the order the URL and the hidden form fields list them.
# ``kind`` (机构类型: the issuer's function, search/agencies/kind_filter.py) is whitelisted against the index's bodies.
FACETS = ("agency", "year", "section", "level", "province", "city", "quality", "kind")


def _choices(names: dict[str, str]) -> str:
    """A whitelist as a message lists it: the Chinese name a page shows, then the value a URL or API call takes
    ('国务院部门 central、省级 province'), since a message is read by people, behind the API too."""
    return "、".join(f"{label} {value}" for value, label in names.items())


def _clean_text(value: str) -> str:
    # A zero-width character inside a word (低\u200b保) is no space between two: it goes (search.echo.printable).
    return printable(value)


def _ascii_int(raw: str) -> int | None:
    # isdigit() is true for '²' and '١': only ASCII digits are numbers here.
    return int(raw) if raw.isascii() and raw.isdigit() else None


@dataclass(frozen=True)
class SearchParams:
    """Everything a search page or API call can ask for."""

    q: str = ""
    agency: tuple[str, ...] = ()
    year: tuple[int, ...] = ()
    section: tuple[int, ...] = ()
    level: tuple[str, ...] = ()
    province: tuple[str, ...] = ()
    city: tuple[str, ...] = ()
    quality: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    # Table figures: (key, low, high), either bound None, keys in rangeable.RANGEABLE's order.
    ranges: tuple[tuple[str, int | float | None, int | float | None], ...] = ()
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"
    flat: bool = False
    q_over: str = ""  # a query whose first item alone is over the cap (its first 201 characters): none listed (QA 37 #7)
    messages: tuple[str, ...] = field(default=(), compare=False)
    page_asked: int | None = field(default=None, compare=False)  # a page past MAX_PAGE, as asked (paging.page_note)
    # ``page`` and ``per_page`` as given, and the messages about them: a list that pages its own way says what it
    # does with them instead (paging.paged_as).
    paging_given: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    paging_messages: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @classmethod
    def from_args(cls, args) -> "SearchParams":
        """Read a mapping with ``get``/``getlist`` (a werkzeug MultiDict); bad values become messages."""
        messages = []
        typed = _clean_text(args.get("q", "") or "")
        q, cut = cut_query(typed)  # (query_length.py: the one cap)
        messages += ([cut] if cut else []) + ([NOT_UTF8] if "\ufffd" in typed else []) + invisible_only(args.get("q"), typed)

        def texts(name):
            values = [_clean_text(v)[:100] for v in args.getlist(name)]
            return tuple(dict.fromkeys(v for v in values if v))[:MAX_VALUES]

        # Each message names what was ignored as the page names it and says what would be read (a bare
        # 最小值 left the reader to guess which of eight figures it was).
        def ints(name, low, high, label, allowed):
            out = []
            for raw in args.getlist(name):
                raw = _clean_text(raw)
                if not raw:
                    continue
                value = _ascii_int(raw)
                if value is not None and low <= value <= high:
                    out.append(value)
                else:
                    messages.append(f"忽略了无效的{label}：{echo(raw)}（{allowed}）")
            return tuple(dict.fromkeys(out))[:MAX_VALUES]

        def bound(name, low, high, label, allowed):
            raw = _clean_text(args.get(name, "") or "")
            if not raw:
                return None
            value = _ascii_int(raw)
            if value is None or not low <= value <= high:
                messages.append(f"忽略了无效的{label}：{echo(raw)}（{allowed}）")
                return None
            return value

        def ordered(low, high, label):
            if low is not None and high is not None and low > high:
                messages.append(f"{label}，已对调。")
                return high, low
            return low, high

        # A script paging through results must learn that a page or page size it asked for was not
        # the one served, as it learns of every other value ignored.
        # (a JSON body's 0 is a value given, not an absent one; a page the message calls ignored is not served:
        # int() reads '２' as 2, so the message asks the same of the value as the page does)
        # A page past MAX_PAGE is not ignored: the last page is served, and the search says so in one sentence
        # with the pages there are (paging.page_note), not in two that contradict each other (忽略了：99999 beside
        # 第 1000 页超出范围).
        raw_page = _raw(args.get("page"))
        page = _int(raw_page, 1)
        page_asked = page if page > MAX_PAGE else None
        paging = []
        if raw_page and (_int(raw_page, None) is None or page < 1):
            paging.append(("page", f"页码只能是 1 到 {MAX_PAGE} 的整数，忽略了：{echo(raw_page)}，显示的是第 1 页。"))
        page = min(max(page, 1), MAX_PAGE)
        raw_per_page = _raw(args.get("per_page"))
        per_page = _int(raw_per_page, None)  # abc and 1e309 are bad values as 7 is (QA 34 #11), not absent ones
        if per_page not in PER_PAGE_CHOICES:
            if raw_per_page:
                paging.append(("per_page", f"每页条数只能是 {'、'.join(map(str, PER_PAGE_CHOICES))}，"
                                           f"忽略了：{echo(raw_per_page)}，每页显示 10 条。"))
            per_page = 10
        messages += [m for _, m in paging]
        sort = _clean_text(str(args.get("sort") or "relevance"))
        if sort not in SORTS:
            # No "sorted by relevance" here: the figures pages take these parameters and sort by their own.
            messages.append(f"忽略了未知的排序方式：{echo(sort)}（可用：{_choices(SORTS)}）")
            sort = "relevance"
        def known(name, allowed, label):
            values = texts(name)
            messages.extend(f"忽略了未知的{label}：{echo(v)}（可用：{_choices(allowed)}）" for v in values if v not in allowed)
            return tuple(v for v in values if v in allowed)

        level = known("level", LEVELS, "层级")
        quality = known("quality", QUALITY_FLAGS, "数据质量条件")
        years = f"须为 {YEARS[0]} 到 {YEARS[1]} 的整数"
        year_from, year_to = ordered(bound("year_from", *YEARS, "起始年份", years), bound("year_to", *YEARS, "截止年份", years),
                                     "起始年份大于截止年份")
        ranges = read_ranges(args, _clean_text, messages)  # every figure rangeable.RANGEABLE lists
        def regions(name, kind):
            out = []
            for value in texts(name):
                read, message = read_region(value, kind)
                if message:
                    messages.append(message)
                if read is not None:
                    out.append(read)
            return tuple(dict.fromkeys(out))

        flat = args.get("flat") or ""
        if isinstance(flat, str) and flat not in FLAT_VALUES + FLAT_OFF:
            messages.append(f"忽略了无效的 flat：{echo(flat)}（可用：1、true、on 按部分列出；0、false、off 按报告列出）")
        return cls(
            q=q,
            agency=texts("agency"),
            year=ints("year", *YEARS, "年份", years),
            section=ints("section", 0, 6, "部分", "须为 1 到 6，0 为导言"),
            level=level,
            province=regions("province", "province"),
            city=regions("city", "city"),
            quality=tuple(quality),
            kind=texts("kind"),
            year_from=year_from,
            year_to=year_to,
            ranges=ranges,
            page=page,
            per_page=per_page,
            sort=sort,
            flat=flat in FLAT_VALUES,
            q_over=typed[: MAX_QUERY + 1] if cut and not q else "",  # over the cap still, and no longer
            messages=tuple(messages),
            page_asked=page_asked,
            paging_given=tuple((n, echo(raw)) for n, raw in (("page", raw_page), ("per_page", raw_per_page)) if raw),
            paging_messages=tuple(paging),
        )

    @property
    def asked_page(self) -> int:
        """The page asked for, past MAX_PAGE too (``page`` is the one a list may serve)."""
        return self.page_asked or self.page

    def filters(self) -> dict[str, tuple]:
        """The facet selections by facet name."""
        return {name: getattr(self, name) for name in FACETS}

    def range_of(self, key: str) -> tuple[int | float | None, int | float | None]:
        """(low, high) of one table figure's range, (None, None) when not filtered."""
        for name, low, high in self.ranges:
            if name == key:
                return low, high
        return None, None

    def with_range(self, key: str, low: int | None, high: int | None) -> "SearchParams":
        """These parameters with one figure's range replaced (both None removes it), on page 1."""
        ranges = {name: (lo, hi) for name, lo, hi in self.ranges}
        ranges.pop(key, None)
        if low is not None or high is not None:
            ranges[key] = (low, high)
        ordered = tuple((k, *ranges[k]) for k in RANGEABLE if k in ranges)
        return replace(self, ranges=ordered, page=1)

    def range_pairs(self) -> list[tuple[str, int]]:
        """The range bounds as URL pairs (``year_from``, ``min_requests_new`` …)."""
        pairs: list[tuple[str, int]] = []
        if self.year_from is not None:
            pairs.append(("year_from", self.year_from))
        if self.year_to is not None:
            pairs.append(("year_to", self.year_to))
        for key, low, high in self.ranges:
            if low is not None:
                pairs.append((f"min_{key}", low))
            if high is not None:
                pairs.append((f"max_{key}", high))
        return pairs

    def state_pairs(self) -> list[tuple[str, object]]:
        """What the search form carries in hidden fields: everything but ``q``, ranges and page."""
        pairs: list[tuple[str, object]] = []
        for name, values in self.filters().items():
            pairs += [(name, v) for v in values]
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if self.flat:
            pairs.append(("flat", "1"))
        if self.per_page != 10:
            pairs.append(("per_page", self.per_page))
        return pairs

    def pairs(self, **changes) -> list[tuple[str, object]]:
        """The parameters as (name, value) pairs, defaults left out, with ``changes`` applied."""
        params = replace(self, **changes) if changes else self
        pairs: list[tuple[str, object]] = [("q", params.q or params.q_over)] if params.q or params.q_over else []
        pairs += params.state_pairs() + params.range_pairs()
        if params.page != 1:
            pairs.append(("page", params.page))
        return pairs

    def query_string(self, **changes) -> str:
        """A URL query string for these parameters with ``changes`` applied."""
        return urlencode(self.pairs(**changes))

    def selection_query(self) -> str:
        """The query string of what this search selects, for the pages that take every report it finds (statistics,
        exports, feeds): without a page or a page size, which they would name as unused."""
        return self.query_string(page=1, per_page=10)

    def toggle(self, facet: str, value) -> str:
        """Query string with one facet value added or removed (and back to page 1)."""
        values = getattr(self, facet)
        new = tuple(v for v in values if v != value) if value in values else values + (value,)
        return self.query_string(**{facet: new, "page": 1})

    def cleared(self) -> "SearchParams":
        """The same query, view and sort without any filter."""
        return replace(self, **{name: () for name in FACETS}, year_from=None, year_to=None, ranges=(), page=1)

    def has_filters(self) -> bool:
        """Any facet value or range chosen."""
        return any(self.filters().values()) or bool(self.range_pairs())

    @property
    def is_empty(self) -> bool:
        """No query text and no filter: the browse-everything state."""
        return not self.q and not self.q_over and not self.has_filters()

    @property
    def q_echoed(self) -> str:
        """The query as messages, titles and chips quote it (``vocabulary.echoed``: a long one cut with …; bytes that are
        no UTF-8 are � already: ``raw_utf8.undecodable_as_replaced``)."""
        return echoed(self.q)

    @property
    def is_start(self) -> bool:
        """The page as first opened: no parameter at all. Only there are example searches offered; a listing asked
        for without words (sort=agency, page=25) is what the user wants to read, not a place for examples."""
        return not self.pairs()

    def page_links(self, current: int, pages: int, around: int = 2) -> list[dict]:
        """Numbered page links around ``current``, first and last always, None for a gap."""
        wanted = {1, pages, *range(current - around, current + around + 1)}
        links: list[dict] = []
        previous = 0
        for number in sorted(n for n in wanted if 1 <= n <= pages):
            if number - previous > 1:
                links.append({"gap": True})
            links.append({"gap": False, "number": number, "current": number == current,
                          "query": self.query_string(page=number)})
            previous = number
        return links

    def pager(self, current: int, pages: int) -> dict:
        """The pager of a result of ``pages`` pages: previous and next (None at either end) and
        the numbered links."""
        return {"prev": self.query_string(page=current - 1) if current > 1 else None,
                "next": self.query_string(page=current + 1) if current < pages else None,
                "pages": self.page_links(current, pages)}

    @property
    def applied_sort(self) -> str:
        """The order the list is in: with no words to score, relevance lists the newest first (the same order as
        ``newest``, ties included), and the sort control must say so, not 相关度 (review 25)."""
        return "newest" if self.sort == "relevance" and not self.q else self.sort

    def view_links(self, figure: bool = False) -> dict[str, list[dict]]:
        """Sort orders and the grouped / flat view as links (label, query, current: the order applied); 按所问数字 only
        when ``figure`` (the query or a range asks a figure: a list of anything else has no figure to sort by)."""
        sorts = [{"label": label, "query": self.query_string(sort=key, page=1), "current": self.applied_sort == key}
                 for key, label in SORTS.items() if key != FIGURE_SORT or figure]
        views = [{"label": "按报告", "query": self.query_string(flat=False, page=1), "current": not self.flat},
                 {"label": "按章节", "query": self.query_string(flat=True, page=1), "current": self.flat}]
        return {"sort": sorts, "view": views}


def _raw(value) -> str:
    """A single value as text: None (absent) is '', any other value (a JSON number too) its text."""
    return "" if value is None else _clean_text(str(value))


def _int(raw, default: int | None) -> int | None:
    try:
        return int(str(raw).strip())
    except (TypeError, ValueError):
        return default
