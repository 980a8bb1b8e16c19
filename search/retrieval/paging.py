"""Lists that page otherwise than the search: what a list says of a page past its last (page_note), and the
search's parameters as a list of its own pages, or of every row at once, reads them (paged_as)."""
from __future__ import annotations

from dataclasses import replace

from search.retrieval.params import MAX_PAGE, SearchParams


def page_note(asked: int, pages: int) -> str | None:
    """What a list of ``pages`` pages says when the page asked is not the one it serves (the last it can): one
    sentence with the page asked and the pages there are; None when it serves the page asked."""
    served = min(asked, pages, MAX_PAGE)
    if served == asked:
        return None
    if asked > pages:
        limit = f"，最多翻到第 {MAX_PAGE} 页" if pages > MAX_PAGE else ""
        return f"第 {asked} 页超出范围（共 {pages} 页{limit}），显示的是第 {served} 页。"
    return f"最多翻到第 {MAX_PAGE} 页（共 {pages} 页），显示的是第 {served} 页。"


def paged_as(params: SearchParams, lead: str, pages: bool = False) -> SearchParams:
    """The parameters as a list that does not page as the search does reads them. ``lead`` says how it lists
    (统计列出所选的全部报告，不分页; 统计表每页 100 份报告) before the paging parameters given that it leaves unused, in
    place of the search's sentences about them (每页显示 10 条 said above all 180 rows of /api/stats, and page=2
    gave them again). ``pages``: it pages by ``page`` itself, and only ``per_page`` goes unused. The unused
    ones are reset, so that the list's links do not carry them on."""
    unused = {name for name, _ in params.paging_given} if not pages else {"per_page"}
    named = [f"{name}={raw}" for name, raw in params.paging_given
             if name in unused and raw != {"page": "1", "per_page": "10"}[name]]
    dropped = {m for name, m in params.paging_messages if name in unused}
    messages = tuple(m for m in params.messages if m not in dropped)
    if named:
        messages += (f"{lead}：忽略了 {'、'.join(named)}。",)
    changes = {"per_page": 10} if pages else {"per_page": 10, "page": 1, "page_asked": None}
    return replace(params, messages=messages, paging_given=(), paging_messages=(), **changes)
