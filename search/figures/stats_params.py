"""The statistics table's parameters: the search that selects the reports, the column it is sorted
on and in which direction, and the column view; parsed once from the request, with their links."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from search.figures.columns import COLUMN_BY_KEY, VIEWS, view_columns
from search.echo import echo
from search.retrieval.figure_answers import range_figure, table_sorted_notes
from search.retrieval.paging import paged_as
from search.retrieval.params import FIGURE_SORT, SearchParams
from search.retrieval.query import parse_query
from search.retrieval.signals import figure_is_asked

META_SORTS = {"agency": "机构", "year": "年份", "level": "层级", "check": "数据检查"}
# Rows of the statistics page: what a screen shows at first sight (QA 30 #14: 100 rows weighed ~200 KB of the page's
# 267 KB and most of its 0.8–1.5 s in a browser); the pager, the JSON and the exports give every row.
PAGE_SIZE = 20
GROUPS_SHOWN = 5  # rows of each table of group medians before 显示全部 (groups=all): the largest groups first
PAGE_LEAD = f"统计表每页 {PAGE_SIZE} 份报告"
JSON_LEAD = "统计列出所选的全部报告，不分页"


@dataclass(frozen=True)
class StatsParams:
    """The search selecting the reports, plus how the table is sorted and which columns it shows."""

    search: SearchParams = field(default_factory=SearchParams)
    by: str = "requests_new"
    desc: bool = True
    view: str = "key"
    groups: bool = False  # every group of the medians' tables (groups=all), not the GROUPS_SHOWN largest
    by_given: bool = field(default=True, compare=False)  # ``by`` was asked for (else a search's sort=figure may set it)
    view_given: bool = field(default=True, compare=False)  # ``view`` was asked for (else the figure's column may set it)

    @classmethod
    def from_args(cls, args, whole: str = "") -> "StatsParams":
        """Parse request arguments; unknown sort keys and views fall back to the defaults with a message. The page
        shows PAGE_SIZE rows a page; ``whole`` says how a list of every row (the JSON, an export) lists them, and
        the paging parameters given are named as unused."""
        search = SearchParams.from_args(args)
        search = paged_as(search, whole) if whole else paged_as(search, PAGE_LEAD, pages=True)
        messages = []
        by = args.get("by") or cls.by
        if by not in COLUMN_BY_KEY and by not in META_SORTS:
            messages.append(f"忽略了未知的排序列：{echo(by, 30)}，已按本年新收申请排序。")
            by = cls.by
        view = args.get("view") or cls.view
        if view not in VIEWS:
            messages.append(f"忽略了未知的列组：{echo(view)}（可用：{'、'.join(f'{label} {key}' for key, label in VIEWS.items())}）")
            view = cls.view
        desc = (args.get("dir") or "desc") != "asc"
        if messages:
            search = replace(search, messages=search.messages + tuple(messages))
        return cls(search, by, desc, view, args.get("groups") == "all", by_given=bool(args.get("by")),
                   view_given=bool(args.get("view")))

    @classmethod
    def for_json(cls, args) -> "StatsParams":
        """The parameters of /api/stats, which lists every row at once."""
        return cls.from_args(args, whole=JSON_LEAD)

    def sorted_as_searched(self, searcher) -> "StatsParams":
        """The table sorted as the search it came from: a search sorted 按所问数字 (sort=figure) by a figure its query
        (or first range) asks sorts the table by that figure's column, high to low, unless ``by`` says otherwise (QA 34
        #7: 行政诉讼's table was sorted by 本年新收申请, the default), and shows the view holding that column unless
        ``view`` says otherwise (QA 36 #4: 主要数据 sorted by 复议纠正, a column it does not show, looked unordered)."""
        if self.by_given or self.search.sort != FIGURE_SORT:
            return self
        parsed = parse_query(self.search.q, searcher) if self.search.q else None
        asked = parsed.figure if parsed and parsed.figure and figure_is_asked(searcher, parsed.figure) else None
        figure = asked or range_figure(self.search)
        if figure is None or figure.key not in COLUMN_BY_KEY:
            return replace(self, by_given=True)
        column = COLUMN_BY_KEY[figure.key]
        shown = self.view_given or column in view_columns(self.view)
        view = self.view if shown or column.group not in VIEWS else column.group
        return replace(self, by=figure.key, by_given=True, view=view, view_given=True)

    def sorted_notes(self, messages) -> list[str]:
        """The selection's ``messages`` as the table sorted by ``by`` says them: a figure asked that sorts it says so."""
        return table_sorted_notes(list(messages), self.by)

    def pairs(self, **changes) -> list[tuple[str, object]]:
        """Query pairs: the search's (without its page), then the table's, then the page."""
        page = changes.pop("page", self.search.page)
        params = replace(self, **changes) if changes else self
        pairs = params.search.pairs(page=1)
        if params.by != StatsParams.by or params.search.sort == FIGURE_SORT:  # (there, no by= sorts by the figure)
            pairs.append(("by", params.by))
        if not params.desc:
            pairs.append(("dir", "asc"))
        if params.view != StatsParams.view:
            pairs.append(("view", params.view))
        if params.groups:
            pairs.append(("groups", "all"))
        if page != 1:
            pairs.append(("page", page))
        return pairs

    def query_string(self, **changes) -> str:
        """URL query string with ``changes`` applied (page, by, desc, view)."""
        return urlencode(self.pairs(**changes))

    def clear_filters(self) -> str:
        """Query string keeping the query text and the table's settings, without any filter."""
        return self.query_string(search=SearchParams(q=self.search.q, q_over=self.search.q_over), page=1)

    def table_query(self) -> str:
        """Only the table's own parameters (sort, view), to append to a facet's toggle link."""
        own = {"by", "dir", "view"}
        return urlencode([(k, v) for k, v in self.pairs(page=1) if k in own])

    def state_pairs(self) -> list[tuple[str, object]]:
        """What the statistics form carries in hidden fields: the facet choices, the year and figure
        ranges (a new query typed on a page narrowed to 2019–2024 stays narrowed) and the table's settings."""
        pairs: list[tuple[str, object]] = [(name, v) for name, values in self.search.filters().items() for v in values]
        pairs += self.search.range_pairs()
        return pairs + [(k, v) for k, v in self.pairs(page=1) if k in ("by", "dir", "view")]

    def view_links(self) -> list[dict]:
        """The column views as links (label, query, current)."""
        return [{"label": label, "query": self.query_string(view=key, page=1), "current": self.view == key}
                for key, label in VIEWS.items()]
