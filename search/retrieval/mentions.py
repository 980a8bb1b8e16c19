"""Passing mentions: a topic named only inside a list of fields ranks below a report that treats it.

A report's opening often lists what it published (涉及乡村振兴、河道保洁、防汛抗旱等方面工作): the
topic is there, once, in a short part, which BM25 scores as highly as a paragraph about it (做好安全
生产信息公开，及时发布事故预警和隐患排查信息……). Neither the number of matching parts nor BM25's
parameters tell the two apart (measured in round 4); the list does: an item between 、 marks (or
before 等) is named, not treated.

``damp_listed`` reads the part each of the best-ranked reports is shown at (its stored text, at
most READ reports, never the whole index) and lowers the reports whose every occurrence of every
topic word of the query sits in such a list. Queries about issuers, places, years, figures or
problems are left as they are: their words are headings, table items or admissions, not topics
told apart by how the text treats them; so are questions of quantity (疫情防控信息公开了多少条),
whose answer is often such a list with its count (公开疫情防控、复工复产等信息120条).
"""
from __future__ import annotations

import numpy as np

from search.analysis import fold
from search.retrieval.issuers import concept_of
from search.retrieval.matching import Matched
from search.retrieval.query import ParsedQuery, topic_words
from search.retrieval.synonyms import expand
from search.retrieval.top_parts import best_parts

READ = 20  # best-ranked reports whose shown part is read
LISTED = 0.5  # a report naming the topic only in lists keeps this share of its score
SEPARATORS = "、"  # between the items of a list (涉及防汛抗旱、社会救助、安全生产等)
AFTER = "、等"  # an item followed by these is in a list
QUANTITY = ("多少", "几", "数量", "条数", "件数")  # a question asking how many


def topic_terms(parsed: ParsedQuery) -> list[list[str]]:
    """Per topic word of the query, the strings it is found by (itself and its synonyms); empty
    when the query is about something else than a topic (see the module's doc)."""
    if parsed.figure is not None or parsed.prefer_part or parsed.year_hints or parsed.agency:
        return []
    if any(word in parsed.text for word in QUANTITY):
        return []
    terms = []
    for clause in parsed.must:
        for alt in clause.alternatives:
            words = [alt] if clause.phrase else topic_words(alt)[0]
            for word in words:
                if concept_of(word) is not None:
                    return []  # an issuer or a place: the title decides, not the text
                terms.append([fold(t) for t in expand(word) if len(t) > 1])
    return [t for t in terms if t]


def _listed(text: str, forms: list[str]) -> bool | None:
    """Whether every occurrence of the word (by any of its forms) is an item of a list; None when
    the text holds none of them (found by its characters or parts only)."""
    seen = False
    for form in forms:
        start = text.find(form)
        while start >= 0:
            seen = True
            end = start + len(form)
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if before not in SEPARATORS and after not in AFTER:
                return False
            start = text.find(form, end)
    return True if seen else None


def damp_listed(searcher, parsed: ParsedQuery, matched: Matched, codes: np.ndarray) -> Matched:
    """``matched`` with the reports that only list the query's topic lowered (module's doc)."""
    terms = topic_terms(parsed)
    if not terms or not matched.mask.any():
        return matched
    shown = best_parts(np.flatnonzero(matched.mask), matched.scores, codes, READ)  # each report's best part
    lowered = []
    for doc in shown.tolist():
        text = fold(searcher.stored_fields(doc).get("body", ""))
        verdicts = [_listed(text, forms) for forms in terms]
        if any(v is True for v in verdicts) and not any(v is False for v in verdicts):
            lowered.append(codes[doc])
    if not lowered:
        return matched
    factor = np.where(np.isin(codes, lowered), LISTED, 1.0)
    return Matched(matched.mask, matched.scores * factor)
