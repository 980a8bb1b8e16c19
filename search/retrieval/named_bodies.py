"""A body the query names by its function (公安局, 税务局, 卫健委), read by who issued the reports where the reports'
text would read it by a mention: a county government's 县公安局、工商局、药监局等 names the bureau in passing and is
none of its reports. Used by the grouped selection (grouped.py) when no report, or few, hold every word:

* a near miss of a query naming bodies is a report holding them all in its text (as before) or a report of one
  of the bodies named (``bodies_fit``): 税务局 财政局 typed apart compare two bodies, and no report is of both;
* a body no report in the index is of (``of_no_report``) is no item to require: its mentions would decide the
  list over what is asked of it (公安局被起诉: the reports that were sued), and the page names it.
"""
from __future__ import annotations

import numpy as np
from whoosh import query as Q

from search.analysis import bigrams
from search.retrieval.arrays import arrays_for
from search.retrieval.issuers import concept_of, reports_of, unread_issuers
from search.retrieval.matching import evaluate
from search.retrieval.places import place_words
from search.retrieval.query import ParsedQuery

NO_BODY_NOTE = "没有{words}发布的报告，已按其余词语查找。"
MENTIONED_NOTE = "没有{words}发布的报告，下面是正文提到它的报告。"
STEM_NOTE = "没有{words}发布的报告，下面是正文提到“{word}”的报告。"
UNMENTIONED_NOTE = "没有{words}发布的报告，也没有报告的正文提到它。"
# The same for an informal name (派出所 开公司), which alone is read as the body it belongs to (公安局) and was told as
# dropped, as if read two ways (QA 41 #8): said with that reading.
BELONGS_DROPPED_NOTE = "没有“{word}”发布的报告，也没有报告在提到它所属的“{body}”的同时含有其余词语，已按其余词语查找。"
# An informal name (派出所) searches its body's names too (公安局): the reports below may hold only those.
BELONGS_NOTE = "没有“{word}”发布的报告，正文也没有写“{word}”；下面是正文提到它所属的“{body}”的报告。"


def quoted(words: list[str]) -> str:
    """The words as the page's notes name them: “公安局”、“税务局”."""
    return "、".join(f"“{w}”" for w in words)


def of_no_report(searcher, label: str, places: set[str] | frozenset[str]) -> bool:
    """Whether ``label`` names a body by its function (not a level or kind: 乡镇, 开发区; not a place) that no
    report's issuer is, nor, as far as its title says, a report whose issuer the parser did not read. Read from the
    issuer table (masks cached per generation) and, only for such a body, the title's postings: no evaluation."""
    concept = concept_of(label)
    if concept is None or not concept.functions or label in places:
        return False
    if reports_of(searcher, [[label]]).any():
        return False
    arrays = arrays_for(searcher)
    titled = arrays.postings(searcher, "title", label).ids
    return not unread_issuers(searcher)[arrays.codes(searcher, "report_id").codes[titled]].any()


def bodies_fit(searcher, bodies: list[str]) -> np.ndarray:
    """Per report code: whether its issuer is one of the bodies named by function (a report has one issuer) and of
    every level or kind named (县 教育局). A report whose issuer was not read is not counted: its text decides."""
    functional = [b for b in bodies if concept_of(b).functions]
    kinds = [[b] for b in bodies if not concept_of(b).functions]
    return reports_of(searcher, ([functional] if functional else []) + kinds)


def near_miss_fit(searcher, parsed: ParsedQuery, labels: list[str], held: np.ndarray) -> np.ndarray:
    """Per report code: whether a report may follow as a near miss, by what the query names (``held``: the items'
    presence per report, rows in ``labels``' order). A report of another issuer holding the rest of the words is
    no near miss (交通运输局 …怎么处理申请), nor one outside the place named (北京 街道): it must hold every body and
    place named, or be of one of the bodies named and hold the places. A query of names alone restricts nothing, but
    for a set of issuers typed beside a kind of body (县 of 县 教育局), which orders the list: a near miss holds it, by
    its issuer or its text (set_items.held_by_set), or a city's bureau of the kind would come before the set's
    reports (QA 43 F1). A set beside places and units alone (北京 街道) keeps its near misses: required, it lost judged
    reports (dev 北京 街道 0.96 -> 0.78, fresh2-A 江西 街道办 1.00 -> 0.69)."""
    places = place_words(parsed)
    is_place = np.array([label in places for label in labels], dtype=bool)
    is_body = np.array([concept_of(label) is not None for label in labels], dtype=bool) & ~is_place
    from search.retrieval.issuer_sets import kinds_beside

    beside = bool(parsed.issuer_sets) and bool(kinds_beside(parsed))  # 县 教育局, not 北京 街道 (a place's units)
    is_set = np.array([beside and any(not s.sector and not s.inside and label in (s.words[0], " OR ".join(s.words))
                                      for s in parsed.issuer_sets) for label in labels], dtype=bool)
    named = is_place | is_body
    fit = held[is_set].all(axis=0)
    if not named.any() or named.all():
        return fit
    fit_named = held[named].all(axis=0)
    if is_body.any():
        fit_named |= held[is_place].all(axis=0) & bodies_fit(searcher, [l for l, body in zip(labels, is_body) if body])
    return fit & fit_named


def no_body_notes(searcher, nobody: list[tuple[str, object]], scope: np.ndarray,
                  read_as: dict[str, str] | None = None) -> list[str]:
    """The notes for the bodies no report is of (label, its item's query), kept as words: mentioned only where a
    report in ``scope`` writes the name, else what follows is the lexical backstop's reports nearest in characters
    (规划局: 没有报告包含所查词语), none of which names the body. An informal name's item also searches the body it
    belongs to (派出所: 公安局): where only that is written, the note names it, never a mention of the word itself, and
    ``read_as`` records it, so that the list's count names it too (list_notes.py)."""
    written, belongs, unwritten = [], [], []
    for label, unit in nobody:
        if not (evaluate(searcher, unit, scope).mask & scope).any():
            unwritten.append(label)
        elif _literally_written(searcher, label, scope) or not (body := _belongs_to(label)):
            written.append(label)
        else:
            belongs.append(BELONGS_NOTE.format(word=label, body=body))
            if read_as is not None:
                read_as[label] = body
    return ([MENTIONED_NOTE.format(words=quoted(written))] if written else []) + belongs + \
        ([UNMENTIONED_NOTE.format(words=quoted(unwritten))] if unwritten else [])


def dropped_body_notes(labels: list[str]) -> list[str]:
    """The notes for bodies no report is of, left out because no report holds them beside the other words: an
    informal name's note names the body it was read as (派出所: 公安局), as the note of it alone does."""
    plain = [label for label in labels if not _belongs_to(label)]
    return ([NO_BODY_NOTE.format(words=quoted(plain))] if plain else []) + \
        [BELONGS_DROPPED_NOTE.format(word=label, body=_belongs_to(label)) for label in labels if _belongs_to(label)]


def _literally_written(searcher, label: str, scope: np.ndarray) -> bool:
    grams = bigrams(label)
    if not grams:
        return False
    query = Q.Phrase("grams", grams) if len(grams) > 1 else Q.Term("grams", grams[0])
    return bool((evaluate(searcher, query, scope).mask & scope).any())


def _belongs_to(label: str) -> str | None:
    """The body an informal name stands for (派出所: 公安局), when it is not the name itself."""
    concept = concept_of(label)
    body = concept.functions[0][0] if concept is not None and concept.functions else None
    return body if body and body != label else None


# A function's stem (公安, 教育) typed alone is a word of the text, not a body: a report of a county government naming
# its 公安局 holds it. Where the index holds no report of the body the stem names, a page adding the reports up must
# not pass their figures off as that body's (review 32: /stats?q=公安&province=福建省 summed two governments' reports).
_STEM_ENDS = ("局", "委", "厅")


def stem_notes(searcher, parsed) -> list[str]:
    """For each word of the query that is a body's stem (公安 of 公安局) no report in the index is issued by:
    没有“公安局”发布的报告，下面是正文提到“公安”的报告。 Said by the search and by every page adding its reports up."""
    places, notes = place_words(parsed), []
    for clause in parsed.must:
        if len(clause.alternatives) != 1 or concept_of(clause.alternatives[0]) is not None:
            continue
        word = clause.alternatives[0]
        body = next((word + end for end in _STEM_ENDS if (c := concept_of(word + end)) is not None and c.functions), None)
        if body is not None and of_no_report(searcher, body, places):
            notes.append(STEM_NOTE.format(words=quoted([body]), word=word))
    return notes


def figure_of_departments(parsed) -> bool:
    """Whether the query asks a figure of departments it names by function (民政局收到多少信息公开申请, 民政部 行政复议):
    then the body decides which reports are listed and the figure's other words only rank. A department's report
    whose text does not state the figure (a page's opening cut before part 三) is still its report, and the figure's
    order puts those stating it first; read as required, 收到 and 申请 left such reports out of the list altogether.
    Not a level or a sector (镇政府, 省级, 医院): those name hundreds of reports, and the words asked pick among them."""
    figure = parsed.figure
    return figure is not None and bool(figure.issuers) and all(
        (concept := concept_of(word)) is not None and concept.functions and not concept.level and not concept.sector
        for word in figure.issuers)
