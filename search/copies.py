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
is a body of its own) and the same year, and the text of one is nearly all inside the other's (the
shingles of their prose, traditional characters folded and numbers made one: ``COPY_SHARE``). The same
id and year with different texts (two bodies a reform's table joins under one id, a year misread) are
two reports and stay so.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
from whoosh import query as Q

from search.analysis import simplify
from search.figures.similarity import normal_form, prose_of, shingle_array
from search.folding import traditional_to_simplified
from search.retrieval.arrays import arrays_for

COPY_SHARE = 0.7  # of the shorter text's shingles found in the longer one
UNRESOLVED = "unresolved:"  # an agency id the build could not place: no other report shares it


@dataclass(frozen=True)
class Copies:
    """Which reports are copies of which, for one index generation."""

    kept_for: dict[str, str] = field(default_factory=dict)  # a copy's id -> the id listed in its place
    held: dict[str, list[str]] = field(default_factory=dict)  # a listed report's id -> its copies' ids

    def is_copy(self, report_id: str) -> bool:
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
    for group in _same(docs, inverse, counts):
        first = int(group[0])
        agency, year = agencies.values[agencies.codes[first]], years.values[years.codes[first]]
        if not agency or agency.startswith(UNRESOLVED) or year is None:
            continue  # an unidentified body is one of its own; a report without a year is of no year
        texts = {ids.values[ids.codes[d]]: _Text(json.loads(searcher.stored_fields(int(d))["payload"])) for d in group}
        for kept, others in _groups(texts):
            held[kept] = others
            kept_for.update((other, kept) for other in others)
    return Copies(kept_for, held)


def _same(docs: np.ndarray, inverse: np.ndarray, counts: np.ndarray) -> list[np.ndarray]:
    """The report documents of each body and year held by more than one report."""
    shared = counts[inverse] > 1
    groups: dict[int, list[int]] = {}
    for doc, key in zip(docs[shared].tolist(), inverse[shared].tolist()):
        groups.setdefault(key, []).append(doc)
    return [np.array(g) for g in groups.values()]


class _Text:
    """What deciding copies needs of one stored report: its prose's shingles and how whole it is."""

    def __init__(self, report: dict) -> None:
        prose = "\n".join([report.get("preamble") or "", prose_of(report)])
        # A mirror's conversion changes words too (資訊 for 信息): the text is read as simplified words.
        self.norm = normal_form(simplify(prose))
        self.shingles = set(shingle_array(self.norm).tolist())
        folded = prose.translate(traditional_to_simplified())
        self.traditional = sum(a != b for a, b in zip(prose, folded)) > len(prose) // 20
        self.key = (report.get("cut_off") is None, len(report.get("sections") or []), len(self.norm),
                    not self.traditional, -len(report.get("warnings") or []), report.get("id", ""))

    def inside(self, other: _Text) -> bool:
        """Whether nearly all of the shorter of the two texts is in the other."""
        small, large = sorted((self.shingles, other.shingles), key=len)
        return bool(small) and len(small & large) >= COPY_SHARE * len(small)


def _groups(texts: dict[str, _Text]) -> list[tuple[str, list[str]]]:
    """(the report kept, its copies) for each set of reports whose texts hold one another."""
    ids = sorted(texts)
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            if root(a) != root(b) and texts[a].inside(texts[b]):
                parent[root(b)] = root(a)
    members: dict[str, list[str]] = {}
    for i in ids:
        members.setdefault(root(i), []).append(i)
    out = []
    for group in members.values():
        if len(group) > 1:
            # The whole text before an opening, the one with more parts, the longer, simplified script
            # before a mirror's traditional, fewer doubts (a mirror's spliced words), then the id: stable.
            kept = max(group, key=lambda i: texts[i].key)
            out.append((kept, sorted(i for i in group if i != kept)))
    return out


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
