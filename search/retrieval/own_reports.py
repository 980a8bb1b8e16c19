"""A body named beside other words: its own reports before the reports that only mention it.

`医保局 行政复议` asks about the healthcare-security bureaus' reconsideration cases. A county government's report
that lists its departments (县医保局、民政局等) holds both words too, and it scored above a bureau's own report whose
part 四 is a table. Which body issued a report is read from its title and issuer (the issuer table), not from its
text: a report of the kind of body typed comes first, the rest keep their order after it. One rule for every
query naming bodies among other words (a figure, a topic, a year); the bodies typed alone have their own step
(signals._issuers_only), and a place typed orders its own reports of the body first (signals.explicit_first).

* A sector (医院, 学校) is left out: the word names hundreds of units and is mostly the subject of the text (看病收费
  公示 医院: the health commissions' reports on hospitals' prices), not whose report is asked.
* A report whose issuer the parser could not read is kept with the body's own: it may be one of them.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.issuers import concept_of, reports_of, unread_issuers
from search.retrieval.per_report import best_per_report, reports_present
from search.retrieval.query import ParsedQuery

NOTE = "{bodies}发布的报告排在前面，其后是其他机关的报告。"


def is_own_first_note(message: str) -> bool:
    return message.endswith(NOTE.format(bodies=""))


def named_kinds(parsed: ParsedQuery) -> list[list[str]]:
    """The kinds of body the query names as words of their own (民政局, 县政府), sectors left out."""
    return [c.alternatives for c in parsed.must
            if not c.phrase and len(c.alternatives) == 1 and (concept := concept_of(c.alternatives[0])) is not None
            and not concept.sector]


def own_reports(searcher, parsed: ParsedQuery, kinds: list[list[str]] | None = None) -> np.ndarray | None:
    """Per document: whether its report is of every kind of body the query names (``kinds``: of these; None: none)."""
    named = named_kinds(parsed) if kinds is None else kinds
    if not named:
        return None
    return reports_of(searcher, named)[arrays_for(searcher).codes(searcher, "report_id").codes]


def own_first(searcher, parsed: ParsedQuery, mask: np.ndarray) -> np.ndarray | None:
    """Per document: the reports ``explicit_first`` puts first (the body's own and the unread issuers'), or None
    when the query names no body or no listed report is the body's."""
    own = own_reports(searcher, parsed)
    if own is None or not (own & mask).any():
        return None
    return own | unread_issuers(searcher)[arrays_for(searcher).codes(searcher, "report_id").codes]


def own_first_note(searcher, parsed: ParsedQuery, hits: np.ndarray, scores: np.ndarray,
                   kinds: list[list[str]] | None = None) -> str | None:
    """The page's note when the list mixes the body's own reports with others' and every own report comes first
    (a typed year, an issuer set or a series ordering over it would make the note untrue: then none). ``kinds``: of
    these of the kinds named only (a central body no listed report is of is said apart: hint_notes.py)."""
    kinds = named_kinds(parsed) if kinds is None else kinds
    own = own_reports(searcher, parsed, kinds) if kinds else None
    if own is None or not hits.any() or parsed.issuer_sets:  # a set of issuers (县政府) says its own order
        return None
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    count = int(codes.max(initial=-1)) + 1
    best = best_per_report(codes, hits, scores, count)  # each report ranks by its best part
    listed = reports_present(codes, hits, count)
    mine = listed & reports_present(codes, own, count)
    rest = listed & ~mine & ~unread_issuers(searcher)
    if not mine.any() or not rest.any() or best[mine].min() <= best[rest].max():
        return None
    return NOTE.format(bodies="、".join(f"“{names[0]}”" for names in kinds))
