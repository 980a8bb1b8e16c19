"""Links to a report page that carry a search's state, so that the page marks the words and its 返回搜索 goes back.

A hit's link on the search page carries what the search sets apart from the defaults (its words, filters, order,
view and page: ``SearchParams.pairs``), and the report page reads them back to build 返回搜索“…”的结果 (QA 37 #6: the
link carried ``q`` alone, so the way back from a hit of 依申请公开, 2020, page 2 was every year's page 1). A link
shared outside the page (the API's ``url``, the search CSV's 链接, a feed's entries, the report page's 复制链接)
carries the words alone: enough to open the part with its marks and 上一处 / 下一处 (QA 37 #10), with no page of a
list the reader never saw. Every link to a report page is written here (rev34 #7), its id quoted.
"""
from __future__ import annotations

from urllib.parse import quote, urlencode


def report_link(report_id: str, section: int | None = None, pairs=()) -> str:
    """The report page's path with ``pairs`` as its query and the part's anchor: '/reports/<id>?q=低保#section-2'."""
    qs = urlencode(list(pairs))
    return (f"/reports/{quote(report_id, safe='')}" + (f"?{qs}" if qs else "")
            + (f"#section-{section}" if section is not None else ""))


def search_report_link(report_id: str, section: int | None, params, page: int | None = None) -> str:
    """A hit's link on the search page (and the report page's links to the body's other years): the search's state,
    with the page the list showed (``page``: a page asked past the last shows the last; QA 38 #6)."""
    return report_link(report_id, section, params.pairs(page=page) if page else params.pairs())


def shared_report_link(report_id: str, section: int | None, q: str) -> str:
    """A hit's link as the API and the exports give it: the words only, for highlights where it is opened."""
    return report_link(report_id, section, [("q", q)] if q else [])
