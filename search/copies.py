"""One report held in several files: the copies of a body's report of one year, and the one listed.

A body publishes one annual report a year, but a crawl brings the same report in files that are not
byte-identical: its own site's page and the PDF attached to it, a traditional-script mirror, a mirror
with betting words spliced in, an opening cut at 2,000 bytes beside the whole text. The build indexes
each of them (a genuine report is never dropped; byte-identical files are one report already). Listed
side by side they read as two reports, and every sum over a search, a body's years and its trends
counted the report twice. Here, once per index generation, the copies are found and one of each is kept:
searches list it, sums count it, its page names the others; a copy's page stays open and says what it
is a copy of.

Two reports are copies when the build gave them the same body (a resolved agency id: an unidentified one
is a body of its own) and the same year, the prose of the shorter one's parts is nearly all inside the
other's text (its shingles, traditional characters folded and numbers made one: ``COPY_SHARE``), and
nothing the two both state differs: no figure of their tables, hardly a number of their prose. A body's
title and lead-in are the same in every report it writes, so a text with too little prose in its parts to
tell (``MIN_EVIDENCE``: an opening cut before them) is no copy, nor is one whose parts hold little but the
words many bodies write (the template's, and phrases every body uses: ``COMMON_BODIES``); and a report
copied from the year before, its figures written anew, is another report even when its title kept last
year's year. The same id and year with different texts (two bodies a reform's table joins under one id, a
year misread) are two reports and stay so: hiding a genuine report is worse than listing one twice.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from whoosh import query as Q

from search.analysis import simplify
from search.figures.similarity import normal_form, prose_of, shingle_array
from search.folding import traditional_to_simplified
from search.repetition import warned_repeating
from search.retrieval.arrays import arrays_for

COPY_SHARE = 0.7  # of the shorter text's part shingles found in the longer one
MIN_EVIDENCE = 24  # part shingles outside the common words (a passage of some 30 characters): fewer tell nothing
NUMBERS_MISSED = 0.05  # of the shorter prose's numbers the longer may lack (a scan's misread digit, a cut one)
# Files of one body's year: more are no report in many files but an id many bodies share (compared
# pairwise, they would cost the square of their number at every generation's start).
MAX_GROUP = 50
# Words found in the reports of this many bodies (of COMMON_SAMPLE, spread over the index) are the template's or
# phrases every body uses ('本报告中所列数据的统计期限自…'): any two reports may share them, so they tell no copy.
COMMON_BODIES, COMMON_SAMPLE = 3, 100
UNRESOLVED = "unresolved:"  # an agency id the build could not place: no other report shares it
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Copies:
    """Which reports are copies of which, for one index generation."""

    kept_for: dict[str, str] = field(default_factory=dict)  # a copy's id -> the id listed in its place
    held: dict[str, list[str]] = field(default_factory=dict)  # a listed report's id -> its copies' ids

    def is_copy(self, report_id: str) -> bool:
        """Whether the lists show another file of this report in its place."""
        return report_id in self.kept_for


def copies(searcher) -> Copies:
    """The copies of this searcher's generation, found once and shared by its threads."""
    return searcher.cache.get("copies", lambda: _find(searcher))


def _find(searcher) -> Copies:
    if "agency_id" not in searcher.schema.names():
        return Copies()  # an index built before agency ids: nothing tells one body's reports apart
    # The columns as the searches hold them (read once per generation, whichever asks first).
    arrays = arrays_for(searcher)
    ids, agencies, years = (arrays.codes(searcher, f) for f in ("report_id", "agency_id", "year"))
    docs = np.fromiter(searcher.docs_for_query(Q.Term("kind", "report")), dtype=np.int64)
    keys = agencies.codes[docs] * (len(years.values) + 1) + years.codes[docs]
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    kept_for: dict[str, str] = {}
    held: dict[str, list[str]] = {}
    groups = _same(docs, inverse, counts)
    common = _common_words(searcher, docs, agencies.codes[docs]) if groups else set()
    for group in groups:
        first = int(group[0])
        agency, year = agencies.values[agencies.codes[first]], years.values[years.codes[first]]
        if not agency or agency.startswith(UNRESOLVED) or year is None or len(group) > MAX_GROUP:
            continue  # an unidentified body is one of its own; a report without a year is of no year (MAX_GROUP above)
        texts = {ids.values[ids.codes[d]]: _Text(_payload(searcher, d), common) for d in group}
        for kept, others in _groups(texts):
            held[kept] = others
            kept_for.update((other, kept) for other in others)
    return Copies(kept_for, held)


def _payload(searcher, doc) -> dict:
    return json.loads(searcher.stored_fields(int(doc))["payload"])


def _common_words(searcher, docs: np.ndarray, bodies: np.ndarray) -> set[int]:
    """The shingles of the words that the reports of COMMON_BODIES bodies or more hold, one report a body read."""
    _, first = np.unique(bodies, return_index=True)
    sample = first[np.unique(np.linspace(0, len(first) - 1, min(len(first), COMMON_SAMPLE)).astype(np.int64))]
    seen = Counter(s for doc in docs[sample].tolist() for s in _Text(_payload(searcher, doc)).shingles)
    return {s for s, n in seen.items() if n >= COMMON_BODIES}


def _same(docs: np.ndarray, inverse: np.ndarray, counts: np.ndarray) -> list[np.ndarray]:
    """The report documents of each body and year held by more than one report."""
    shared = counts[inverse] > 1
    groups: dict[int, list[int]] = {}
    for doc, key in zip(docs[shared].tolist(), inverse[shared].tolist()):
        groups.setdefault(key, []).append(doc)
    return [np.array(g) for g in groups.values()]


class _Text:
    """What deciding copies needs of one stored report: its prose's shingles, what it states, how whole it is."""

    def __init__(self, report: dict, common: set[int] = frozenset()) -> None:
        preamble, parts = report.get("preamble") or "", prose_of(report)
        folded = (preamble + parts).translate(traditional_to_simplified())
        changed = 0 if folded == preamble + parts else sum(a != b for a, b in zip(preamble + parts, folded))
        self.traditional = changed > len(folded) // 20
        # A mirror's conversion changes words too (資訊 for 信息): its text is read as simplified words. OpenCC's phrase
        # conversion costs some 30 ms a report, and a text with no traditional character needs none.
        words = simplify if changed else str

        def shingles(text: str) -> set[int]:
            return set(shingle_array(normal_form(words(text))).tolist())
        # The parts' prose less the words many bodies write is what tells one report from another (the evidence);
        # the preamble, a body's title and lead-in, only adds to what a shorter text is looked for in.
        own = shingles(parts)
        self.shingles = shingles(preamble) | own
        self.evidence = own - common
        # The numbers the parts state, looked for among all the other text's (a lead-in's dates may open a part in one).
        self.numbers = Counter(int(n) for n in _NUMBER.findall(parts))
        self.all_numbers = self.numbers + Counter(int(n) for n in _NUMBER.findall(preamble))
        self.figures = {k: v for k, v in (report.get("figures") or {}).items() if v is not None}
        # A text that repeats itself holds every other file of its report: it is listed last (QA 40 #4; the parser's word).
        self.repeats = warned_repeating(report.get("warnings"))
        self.key = (report.get("cut_off") is None, not self.repeats, not self.traditional, len(report.get("sections") or []),
                    len(self.shingles), -len(report.get("warnings") or []), report.get("id", ""))

    def holds(self, other: _Text) -> bool:
        """Whether one of the two texts is another file of the other's report: nearly all the prose of the shorter's
        parts inside the other, and no figure nor (but a digit or two) number of it stated otherwise."""
        small, large = sorted((self, other), key=lambda t: len(t.shingles))
        if len(small.evidence) < MIN_EVIDENCE or len(small.evidence & large.shingles) < COPY_SHARE * len(small.evidence):
            return False
        if any(large.figures.get(key, value) != value for key, value in small.figures.items()):
            return False  # last year's report copied, its tables filled anew: another report
        missed = sum((small.numbers - large.all_numbers).values())
        return missed <= max(1, NUMBERS_MISSED * sum(small.numbers.values()))


def _groups(texts: dict[str, _Text]) -> list[tuple[str, list[str]]]:
    """(the report kept, its copies) for each set of reports whose texts hold one another.

    The best file is kept first: the whole text before an opening, one that does not repeat itself, simplified script before a mirror's
    traditional, then more parts, the longer text, fewer doubts (a mirror's spliced words), then the id (stable).
    Each other file is a copy of the first kept one it holds or is held by, or is kept itself: a short text
    inside two reports that hold not each other (an opening of the template's words) never makes them one.
    """
    kept: dict[str, list[str]] = {}
    for i in sorted(texts, key=lambda i: texts[i].key, reverse=True):
        home = next((k for k in kept if texts[k].holds(texts[i])), None)
        if home is None:
            kept[i] = []
        else:
            kept[home].append(i)
    return [(k, sorted(others)) for k, others in kept.items() if others]


def copy_docs(searcher) -> np.ndarray | None:
    """Per document: whether it is of a copy (what searches leave out), or None when no report has one."""
    found = copies(searcher)
    if not found.kept_for:
        return None

    def make() -> np.ndarray:
        reports = arrays_for(searcher).codes(searcher, "report_id")
        is_copy = np.fromiter((i in found.kept_for for i in reports.values), dtype=bool, count=len(reports.values))
        return is_copy[reports.codes]
    return searcher.cache.get("copy_docs", make)
