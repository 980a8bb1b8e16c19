"""How long a query may be: one cap, read by the search, the pages that take a search (statistics, trends, checks,
agencies, feeds) and the comparison's finder, and one sentence saying a query was cut.

A search uses 24 words at most (query_limits.py), which 100 characters hold; the longest questions of the relevance
sets are under 80 characters. Every link that keeps the query copies it (each facet, pager, sort and feed link, the
API's facets): at 500 characters a query of 申请 repeated made /api/search 0.67 MB and its feed 0.59 MB, against
0.16 MB each at 100 (QA 34 #13)."""
from __future__ import annotations

MAX_QUERY = 100  # characters; longer input is cut, with QUERY_CUT
QUERY_CUT = f"查询过长，只使用了前 {MAX_QUERY} 个字符。"


def cut_query(q: str) -> tuple[str, str]:
    """``q`` within MAX_QUERY characters, and QUERY_CUT when it was cut ('' otherwise)."""
    return (q[:MAX_QUERY], QUERY_CUT) if len(q) > MAX_QUERY else (q, "")


def cut_note(messages) -> str:
    """QUERY_CUT when ``messages`` (a search's) say the query was cut, else '': for a page that shows no messages
    (a feed says it in its subtitle)."""
    return QUERY_CUT if QUERY_CUT in messages else ""
