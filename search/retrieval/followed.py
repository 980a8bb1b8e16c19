"""What a search's Atom feed follows, said in the feed's subtitle and beside the search page's link to it (session
36): the feed follows the reports with a part holding every word of the query, never the looser matches the page
lists after them (missing a word, or near in characters), and a query with nothing to search follows nothing. The
link only said 订阅这个搜索的新报告, under a list of near misses none of which the feed would ever carry."""
from __future__ import annotations

from search.retrieval.params import SearchParams
from search.retrieval.query import ParsedQuery
from search.retrieval.too_short import searches_nothing

FOLLOWS_NOTHING = "不跟踪任何报告"  # why is said beside it: the query's note (只是单独的数字…, the cap)
FOLLOWS_FULL = "只跟踪有一个部分含有查询全部词语的报告，不跟踪搜索结果中其后列出的较宽松的匹配"
FOLLOWS_SELECTED = "跟踪所选的全部报告"
FOLLOWS_ALL = "跟踪全部报告"


def followed(params: SearchParams, parsed: ParsedQuery) -> str:
    """What the feed of ``params`` follows, in one clause (no full stop)."""
    if searches_nothing(params, parsed):
        return FOLLOWS_NOTHING
    if parsed.must:
        return FOLLOWS_FULL
    return FOLLOWS_SELECTED if params.selection_query() else FOLLOWS_ALL
