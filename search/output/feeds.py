"""Atom feeds (RFC 4287) of newly indexed reports, for feed readers: a search's (``/feed`` with the
search's own parameters) and a body's (``/agencies/<id>/feed``).

Entries are the reports in the order they first entered the index (the build manifest's
``indexed`` times), newest first, at most ``FEED_SIZE``; each links to its report page and to
the parts the search matched (every part for a body's feed). A feed's ``updated`` is its newest
entry's time, so it changes when a build adds a report it lists, and only then. The data is
built here; ``templates/feed.xml`` prints it with XML escaping, after characters XML cannot
carry are dropped here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from search.agencies.directory import Agency, directory
from search.agencies.kind_filter import checked_kinds
from search.figures.records import record_store
from search.retrieval.arrays import arrays_for
from search.retrieval.facets import make_chips
from search.retrieval.filters import unknown_agency_notes
from search.retrieval.followed import followed
from search.retrieval.grouped import read_against_index
from search.retrieval.params import SearchParams
from search.retrieval.query import parse_query
from search.retrieval.query_tree import to_whoosh
from search.retrieval.selection import select
from search.retrieval.too_short import only_short_items
from search.report_links import report_link, shared_report_link
from search.vocabulary import (UNKNOWN_YEAR, echoed, echoed_quotes, part_heading, report_title, shown_name,
                               written_title)

FEED_SIZE = 50
FOLLOWS_NOTHING = "这个订阅不跟踪任何报告"  # the title of a feed whose query has nothing to search (QA 37 #7)
NO_FULL_MATCH = "目前还没有这样的报告。"  # after what it follows (followed.py), when no report is so yet
# A word the search page dropped because no report uses it (list_notes.ABSENT_NOTE): the feed still requires it.
FEED_ABSENT = "没有报告使用“{words}”：搜索页已按其余词语列出报告，本订阅仍要求含有它。"
NOTED = " — 有提示，见订阅说明"  # the title's mark of the notes its subtitle holds (rev34 #11)
EPOCH = "1970-01-01T00:00:00Z"  # the updated time of a feed whose index has no times at all
# Characters XML 1.0 cannot carry (a report's text may hold control characters).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value) -> str:
    """A string XML can carry: the characters it forbids dropped."""
    return _NOT_XML.sub("", str(value if value is not None else ""))


@dataclass
class FeedEntry:
    """One report of a feed."""

    id: str
    title: str
    updated: str
    author: str
    link: str
    summary: str
    parts: list[tuple[str, str]] = field(default_factory=list)  # (part heading, link to it)
    parts_label: str = "各部分："


@dataclass
class Feed:
    """A feed, ready to print."""

    id: str
    title: str
    subtitle: str
    updated: str
    self_url: str
    alternate_url: str
    entries: list[FeedEntry]

    @property
    def last_modified(self) -> datetime:
        """``updated`` as a time (for Last-Modified and conditional requests)."""
        return datetime.fromisoformat(self.updated.replace("Z", "+00:00"))


def _newest_first(searcher, report_ids) -> list[str]:
    """Report ids by the time they entered the index, newest first (then the newer year)."""
    reports = directory(searcher).reports

    def key(report_id: str):
        report = reports.get(report_id)
        return (report.indexed if report else "", (report.year or 0) if report else 0, report_id)

    return sorted(report_ids, key=key, reverse=True)


def _entry(searcher, report_id: str, base_url: str, parts: list[int], q: str = "") -> FeedEntry | None:
    """A report as a feed entry: its page, the parts given (every part when none), its names."""
    known = directory(searcher)
    agency: Agency | None = known.agency_of(report_id)
    record = record_store(searcher).record(report_id)
    if agency is None or record is None:
        return None
    report = known.reports[report_id]
    page = base_url + report_link(report_id)
    link = base_url + shared_report_link(report_id, None, q)  # as the API's url and the copy button give it
    title = report_title(report.agency, report.year, full=True)  # the report page's heading
    written = xml_text(written_title(searcher.stored_fields(record_store(searcher).docnums[report_id]).get("title")))
    year = f"{report.year} 年" if report.year else UNKNOWN_YEAR
    summary = f"{shown_name(report.agency)}（{agency.place or '所在地未能识别'}）{year}的报告。"
    if written and written != title:
        summary += f"原标题：{written}"
    shown = parts or record.sections
    return FeedEntry(id=page, title=xml_text(title), updated=report.indexed or EPOCH, author=xml_text(report.agency),
                     link=link, summary=xml_text(summary),
                     parts=[(xml_text(part_heading(n)), base_url + shared_report_link(report_id, n, q)) for n in shown],
                     parts_label=xml_text(f"含“{echoed(q)}”的部分：") if q else "各部分：")


def _updated(searcher, entries: list[FeedEntry]) -> str:
    if entries:
        return max(e.updated for e in entries)
    return searcher.manifest().get("built") or EPOCH


class FeedArgs:
    """A request's arguments as a feed reads them: without its order, view and paging, which are no part of a feed.
    Read, they were named in its title (忽略了未知的排序方式：bogus…) as values of an order it never uses (rev34 #11)."""

    NOT_A_FEEDS = frozenset(("sort", "flat", "page", "per_page"))

    def __init__(self, args):
        self.args = args

    def __iter__(self):
        return (name for name in self.args if name not in self.NOT_A_FEEDS)

    def get(self, name: str, default=None):
        """The argument, or ``default`` for one no feed has."""
        return default if name in self.NOT_A_FEEDS else self.args.get(name, default)

    def getlist(self, name: str) -> list:
        """Every value of the argument; none for one no feed has."""
        return [] if name in self.NOT_A_FEEDS else self.args.getlist(name)


def search_feed(searcher, args, base_url: str = "") -> Feed:
    """The newest reports a search selects (its text and filters, with no looser fallback, read from the request's
    ``args``), each with the parts it matched."""
    params = checked_kinds(searcher, SearchParams.from_args(FeedArgs(args)))  # as the search page reads kind= (卫健委)
    parsed = parse_query(params.q, searcher)
    read_against_index(searcher, parsed)
    # A query over the cap at its first item, or of numbers and signs alone (100): nothing to search, as the search
    # page says, where the feed followed every report (QA 37 #7, QA 39 #1); decided first, so that no selection runs.
    nothing = only_short_items(searcher, params, parsed)
    follows_nothing = nothing is not None
    hits = nothing.hits if follows_nothing else select(searcher, params, parsed, to_whoosh(parsed)).hits
    arrays = arrays_for(searcher)
    reports, sections = arrays.codes(searcher, "report_id"), arrays.codes(searcher, "section")
    parts: dict[str, list[int]] = {}
    for docnum in np.flatnonzero(hits).tolist():
        parts.setdefault(reports.values[reports.codes[docnum]], []).append(sections.values[sections.codes[docnum]])
    entries = []
    for report_id in _newest_first(searcher, parts)[:FEED_SIZE]:
        entry = _entry(searcher, report_id, base_url, sorted(parts[report_id]), params.q)
        if entry:
            entries.append(entry)
    what = [f"“{params.q_echoed}”"] if params.q else []
    what += [c.label for c in make_chips(searcher, params)]
    notes = feed_notes(searcher, params, parsed)
    follows = "订阅" + followed(params, parsed) + "。"  # said beside the search page's link to it too
    if params.q and not hits.any() and not follows_nothing:
        absent = _words_in_no_report(searcher, params)  # the page says 已按其余词语查找 of them: the feed must say too
        notes += [FEED_ABSENT.format(words=words) for words in absent]
        if absent or not notes:  # the search lists looser matches: not a feed
            follows += NO_FULL_MATCH
    qs = params.query_string()
    # A feed reader lists feeds by title: the notes go in the subtitle, the title only says there are some.
    return Feed(id=f"{base_url}/feed" + (f"?{qs}" if qs else ""),
                title=xml_text("年报检索：" + (FOLLOWS_NOTHING if follows_nothing else "，".join(what) or "全部报告")
                               + (NOTED if notes else "")),
                subtitle=xml_text("新收录的政府信息公开工作年度报告，按收录时间从新到旧排列。" + follows
                                  + "".join(n if n.endswith("。") else n + "。" for n in notes)),
                updated=_updated(searcher, entries), self_url=f"{base_url}/feed" + (f"?{qs}" if qs else ""),
                alternate_url=f"{base_url}/" + (f"?{qs}" if qs else ""), entries=entries)


def _words_in_no_report(searcher, params: SearchParams) -> list[str]:
    """The words the search page leaves out because no report uses them (低保 火星: 火星), as its notes name them;
    asked only of a feed with no full match, so the page's selection runs only then (QA 43 #4)."""
    from search.retrieval.grouped import select_results
    from search.retrieval.list_notes import ABSENT_NOTE

    parsed = parse_query(params.q, searcher)
    select_results(searcher, params, parsed)
    head, tail = ABSENT_NOTE.split("{words}")
    return [n[len(head):-len(tail)] for n in parsed.notes if n.startswith(head) and n.endswith(tail)]


def feed_notes(searcher, params: SearchParams, parsed) -> list[str]:
    """What the search page would say of the feed's parameters, in the search's words (a value ignored, 找不到机构“…”,
    the query cut), for the subtitle: a feed has no other place a reader sees, and a feed of year=abc silently became
    全部报告 (QA 37 #8). Paging and order are no part of a feed (``FeedArgs``) and are not named."""
    notes = (*params.messages, *unknown_agency_notes(searcher, params.agency, parsed), *parsed.notes)
    return list(dict.fromkeys(echoed_quotes(m) for m in notes))  # how the query was read too, as the page says it


def agency_feed(searcher, agency_id: str, base_url: str = "") -> Feed | None:
    """A body's reports, newest indexed first; None when no report of the index is of it."""
    agency = directory(searcher).get(agency_id)
    if agency is None:
        return None
    ids = _newest_first(searcher, [r.report_id for r in agency.reports])[:FEED_SIZE]
    entries = [e for e in (_entry(searcher, i, base_url, []) for i in ids) if e]
    return Feed(id=base_url + agency.feed_url, title=xml_text(f"{agency.name}的政府信息公开工作年度报告 - 年报检索"),
                subtitle=xml_text(f"{agency.place or '所在地未能识别'} · {agency.kind} · 新收录的报告按收录时间从新到旧排列。"),
                updated=_updated(searcher, entries), self_url=base_url + agency.feed_url,
                alternate_url=base_url + agency.url, entries=entries)
