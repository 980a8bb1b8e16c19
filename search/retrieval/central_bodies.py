"""A central body named (国家市场监督管理总局, 国家卫健委, 民政部) whose own reports the list does not hold.

Such a name is read as its function at every level (issuers.report_weights: the local bodies of the same function as
its namesakes, LOCAL_NAMESAKE), so a query for a ministry that published no report in the index lists the local
bureaus, which is what there is; but a citizen asking for the ministry should read that it is not among them, as she
does for a place or a year the list lacks (hint_notes.py).
"""
from __future__ import annotations

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.issuers import concept_of, issuer_table, report_weights
from search.retrieval.query import ParsedQuery

NOTE = "没有“{word}”本身发布的报告，下面是各地同类机关的报告。"
# The namesakes listed before other bodies' reports (own_reports.own_first_note): not "that mention it", as the
# looser matches after them may only share some of its characters (review 36 #8).
NAMESAKES_FIRST_NOTE = "没有“{word}”本身发布的报告，下面各地同类机关的报告排在前面，其后是其他机关的报告。"
# A report quoting the name literally is listed, and none of its namesakes' is.
MENTIONS_NOTE = "没有“{word}”本身发布的报告，下面是提到它的报告。"


def absent_central(searcher, parsed: ParsedQuery, hits: np.ndarray) -> list[str]:
    """The words naming a central body (by its function) of which no listed part (``hits``) is a report."""
    return [word for word, _ in _absent(searcher, parsed, hits)]


def central_absent_notes(searcher, parsed: ParsedQuery, hits: np.ndarray, others_follow: bool = False,
                         said: list[str] = ()) -> list[str]:
    """A note for each central body the query names by its function of which no listed part (``hits``, per
    document) is a report: none of the central level and that function. ``others_follow``: the namesakes listed come
    before other bodies' reports that mention the name (own_reports.own_first_note holds of them), and the note says so.
    A body a note of ``said`` already names as no report's (named_bodies.py: 正文也没有写“公安部”；下面是正文提到它所属的
    “公安局”的报告) gets no second note: the selection's note knows what the list was searched for, and this one's
    下面是提到它的报告 contradicted it (review 37 #9)."""
    table = issuer_table(searcher)
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    listed = np.zeros(len(table.level), dtype=bool)
    listed[codes[hits]] = True
    notes = []
    for word, concept in _absent(searcher, parsed, hits):
        if spoken_of(word, said):
            continue
        kind = report_weights(searcher, concept) > 0
        said = (NAMESAKES_FIRST_NOTE if others_follow else NOTE) if (listed & kind).any() else MENTIONS_NOTE
        notes.append(said.format(word=word))
    return notes


def spoken_of(word: str, said: list[str]) -> bool:
    """Whether a note of ``said`` already says that no report is of the body ``word`` names (named_bodies.py's notes:
    没有“公安部”发布的报告…, 没有“公安部”、“税务总局”发布的报告…)."""
    return any(note.startswith("没有“") and f"“{word}”" in note.split("发布的报告")[0] for note in said)


def _absent(searcher, parsed: ParsedQuery, hits: np.ndarray) -> list:
    words = dict.fromkeys(a for c in parsed.must if not c.phrase for a in c.alternatives)
    named = [(w, concept) for w in words if (concept := concept_of(w)) is not None and concept.central
             and concept.functions]
    if not named:
        return []
    table = issuer_table(searcher)
    central = np.array([lv == "central" for lv in table.level], dtype=bool)
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    listed = np.zeros(len(central), dtype=bool)
    listed[codes[hits]] = True
    return [(word, concept) for word, concept in named
            if not (listed & central & (report_weights(searcher, concept) > 0)).any()]
