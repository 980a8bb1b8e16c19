"""Questions about the report itself, and the lead-ins they alone search.

Every report's lead-in (the sentences before part 一) is indexed as its part 0, 导言 (round 26): it is
where a report states facts about itself that no part repeats — the period its figures cover, where to
download it, whom to ask. But a lead-in also lists the year's topics (围绕…、…、…开展工作), and searched
by every question it answered topic questions before the part that treats them (dev-A fell). So a
lead-in beside parts is searched only by a question that asks about the report itself, recognised by
the words of ``data/report_itself.tsv`` (data, like round 22's kinds of content in ``frames.py``), or
when its part is asked for by name (部分:导言, section=0). A report in which no part was found keeps its
whole text as its 导言, searched by every question: it has nothing else.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from search.copies import copy_docs
from search.lead_in_words import FIELD as LEAD_IN_FIELD, lead_in_counts
from search.retrieval.arrays import arrays_for
from search.vocabulary import PREAMBLE_PART

LISTED_KEY = "listed lead-ins"  # its counts' key in the generation's cache
WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "report_itself.tsv"


@lru_cache(maxsize=1)
def report_words() -> dict[tuple[str, bool], tuple[str, ...]]:
    """The words of ``data/report_itself.tsv`` by (aspect asked, whether they ask it only beside the report's name)."""
    aspects: dict[tuple[str, bool], tuple[str, ...]] = {}
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("aspect\t"):
            continue
        aspect, words, needs = (line.split("\t") + ["", ""])[:3]
        key = (aspect, needs.strip() == "report")
        aspects[key] = aspects.get(key, ()) + tuple(words.split())
    return aspects


_REPORT_NAMED = re.compile(r"报告|年报")


def asks_for_report(text: str) -> bool:
    """Whether ``text`` asks about the report itself (its copy, period, contact or format)."""
    named = _REPORT_NAMED.search(text) is not None
    return any(w in text for (_, needs_name), words in report_words().items() if named or not needs_name for w in words)


def lead_ins(searcher, sections: np.ndarray) -> np.ndarray:
    """The 导言 documents of reports that have parts besides it (their lead-ins), as a mask."""
    return arrays_for(searcher).lead_ins & sections


def searched_sections(searcher, sections: np.ndarray, parsed, params=None) -> np.ndarray:
    """The section documents a question searches: all of them when it asks about the report itself
    or names the 导言, else all but the lead-ins of reports that have parts; never a copy's (a report
    held in another file too is listed once, as search/copies.py keeps it)."""
    copied = copy_docs(searcher)
    if copied is not None:
        sections = sections & ~copied
    if searches_lead_ins(parsed, params):
        return sections
    return sections & ~lead_ins(searcher, sections)


def searches_lead_ins(parsed, params=None) -> bool:
    """Whether a question searches the lead-ins of reports that have parts: it names the 导言 (部分:导言,
    section=0) or asks about the report itself."""
    named = PREAMBLE_PART in (parsed.sections or []) or PREAMBLE_PART in (getattr(params, "section", None) or ())
    return named or asks_for_report(parsed.text)


def listed_lead_ins(searcher, params, parsed) -> int | None:
    """What choosing 导言 (section=0) would list, when this search leaves the lead-ins of reports with parts out;
    None when it searches them (or the index holds none). Its own selection counts only the 导言 of reports without
    parts (22 for 公开), where choosing 导言 searches every lead-in (489; QA 31 #1): the facet's value is counted by
    the search it links to, the query and every other filter with section=0."""
    if searches_lead_ins(parsed, params) or not arrays_for(searcher).lead_ins.any():
        return None
    # Local: grouped.py and selection.py import this module.
    from search.retrieval.grouped import select_results
    from search.retrieval.query import parse_query
    from search.retrieval.selection import count_reports

    # Kept per generation under what the count depends on (not the page, its size, the sort or the part chosen):
    # paging, sorting or choosing a part of one query runs one selection, not two (+17-81 ms at 10k reports).
    asked = replace(params, section=(PREAMBLE_PART,), page=1, per_page=10, sort="relevance")
    cache = arrays_for(searcher).masks
    key = (LISTED_KEY, asked)
    listed = cache.get(key)
    if listed is None:
        hits = select_results(searcher, asked, parse_query(asked.q, searcher))[0].hits
        listed = int(hits.sum()) if params.flat else count_reports(searcher, hits)
        cache.put(key, listed)
    return listed


def without_lead_ins(searcher, field: str, terms: dict[bytes, int]) -> dict[bytes, int]:
    """``terms`` (a field's document counts over the index) less the lead-ins' share: the words a
    topic question is read against (a typo's mending, a character read as the words holding it) are
    the parts' words, since a lead-in answers no topic question; counted with it, a lead-in's list of
    the year's topics reordered which words a character stands for (税).

    The lead-ins' words are those the index writer noted beside each segment as it tokenised them
    (``search/lead_in_words.py``, read with the generation's arrays); only a segment written without
    that note (by Whoosh's own writer) has its lead-ins tokenised again, from their stored text."""
    from whoosh import query as Q  # local: the matching module imports nothing of this one's

    from search.retrieval.matching import filter_mask

    lead = lead_ins(searcher, filter_mask(searcher, Q.Term("kind", "section")))
    if not lead.any():
        return terms
    counted = dict(terms)
    notes = arrays_for(searcher).lead_in_words
    for n, (segment, base) in enumerate(searcher.reader().leaf_readers()):
        here = lead[base : base + segment.doc_count_all()]
        if not here.any():
            continue
        noted = notes[n] if field == LEAD_IN_FIELD else None
        if noted is not None:
            # The noted lead-ins the search leaves out (a lead-in a later build deleted is not).
            share = lead_in_counts(noted, here[noted.docs])
        else:
            share = _tokenised_again(searcher, field, base + np.flatnonzero(here))
        for key, n in share.items():
            left = counted.get(key, 0) - n
            if left > 0:
                counted[key] = left
            else:
                counted.pop(key, None)
    return counted


def _tokenised_again(searcher, field: str, docnums: np.ndarray) -> dict[bytes, int]:
    """Per word, how many of these documents hold it in ``field``, from their stored text."""
    analyzer = searcher.schema[field].analyzer
    share: dict[bytes, int] = {}
    for docnum in docnums:
        text = searcher.stored_fields(int(docnum)).get(field) or ""
        for word in {t.text for t in analyzer(text, mode="index")}:
            key = word.encode("utf-8")
            share[key] = share.get(key, 0) + 1
    return share
