"""What a -word leaves out of the list by report: the parts that hold it, not the reports.

``公开 -低保`` keeps a part from matching when it holds 低保 (query_tree.part_exclusion), so a report whose part 二
holds 低保 is listed by its other parts. That is what the help page says (排除含有该词语的部分), and what the judged
set asks (征地 -拆迁: land expropriation where 拆迁 is not mentioned; most reports that take land also write 拆迁
somewhere), but a reader of the list by report sees reports holding the word he left out (QA 32). The page says so,
with how many of the listed reports hold it elsewhere.
"""
from __future__ import annotations

import numpy as np

from search.retrieval.issuers import concept_of
from search.retrieval.list_notes import ABSENT_NOTE
from search.retrieval.matching import evaluate, filter_mask
from search.retrieval.per_report import reports_present
from search.retrieval.query import ParsedQuery
from search.retrieval.query_syntax import as_typed
from search.retrieval.query_tree import labeled_report_units, part_exclusion
from search.retrieval.selection import SECTIONS, report_codes
from search.retrieval.synonyms import expand

NOTE = "“{words}”排除的是提到{it}的章节：下列报告中有 {n} 份在其他章节提到{it}（按章节显示则只列不含{it}的章节）。"
# A -word naming an issuer (-民政局) also drops that issuer's reports whole (query_tree.issuer_exclusion): said so.
ISSUER_NOTE = "“{words}”发布的报告已全部排除；其他报告只排除提到{it}的章节：下列报告中有 {n} 份在其他章节提到{it}。"
# A word searched as what is excluded (派出所 -公安局: 派出所 is read as its 公安局) listed nothing, and the page said
# only 没有找到 (QA 41 #7): the reading is said.
EMPTIED_NOTE = ("“{word}”也按它所属的“{reading}”查找，而 -{reading} 排除了它发布的报告和提到它的章节；"
                "要看“{word}”的结果，请去掉 -{reading}。")
# An exclusion excludes its synonyms too (-最低生活保障 excludes 低保): beside its synonym nothing is left.
SYNONYM_EMPTIED_NOTE = "“{reading}”与“{word}”是同义词，-{reading} 也排除了提到“{word}”的章节。"
# A word typed both ways (低保 -低保) listed nothing under 没有找到 alone (session 36).
SAME_WORD_NOTE = "“{word}”既要查找又要排除，没有章节能同时符合；请去掉其中一个。"
# A word held only by the parts a -word leaves out (民政 -低保 特困: every part writing 特困 writes 低保) was told
# 没有报告使用“特困”, which reports do use (session 36).
HIDDEN_NOTE = "“{words}”只出现在提到被排除的“{excluded}”的章节中，已按其余词语查找。"
HIDDEN_EMPTY_NOTE = "“{words}”只出现在提到被排除的“{excluded}”的章节中，因此没有结果。"


def absent_notes(searcher, parsed: ParsedQuery, absent: list[tuple[str, object]], sections: np.ndarray) -> list[str]:
    """The notes for items (label, query) no part left by the exclusions holds, searched without them: a word no
    report uses (ABSENT_NOTE), and a word only the parts left out hold (HIDDEN_NOTE)."""
    hidden = [label for label, unit in absent if (evaluate(searcher, unit, sections).mask & sections).any()]
    # The words of a field the language lacks (type:pdf) have their note already, naming the fields there are.
    unused = [label for label, _ in absent if label not in hidden
              and not any(label.lower() in token.lower() for token in parsed.unread_fields)]
    notes = [ABSENT_NOTE.format(words="、".join(as_typed(parsed.text, unused)))] if unused else []
    return notes + ([HIDDEN_NOTE.format(words="、".join(as_typed(parsed.text, hidden)), excluded=_excluded(parsed))]
                    if hidden else [])


def _excluded(parsed: ParsedQuery) -> str:
    return "、".join(dict.fromkeys(alt for clause in parsed.must_not for alt in clause.alternatives))


def excluded_parts_note(searcher, parsed: ParsedQuery, hits: np.ndarray, flat: bool) -> str | None:
    """The note for a list by report some of whose reports hold a -word in a part not listed, else None."""
    excluded = part_exclusion(parsed)
    if flat or excluded is None or not hits.any():
        return None
    codes = report_codes(searcher)
    count = int(codes.max(initial=-1)) + 1
    holding = reports_present(codes, evaluate(searcher, excluded).mask, count)
    n = int(np.count_nonzero(reports_present(codes, hits, count) & holding))
    if not n:
        return None
    said = [alt for clause in parsed.must_not for alt in clause.alternatives]
    names_issuer = any(concept_of(alt) is not None for alt in said)
    return (ISSUER_NOTE if names_issuer else NOTE).format(words="、".join(said), n=n, it="它们" if len(said) > 1 else "它")


def emptied_note(searcher, parsed: ParsedQuery, hits: np.ndarray) -> str | None:
    """The note naming a word searched as a word that is excluded (itself, its body or a synonym), or, for a list
    left empty, the words only excluded parts hold; else None."""
    if not parsed.must_not:
        return None
    excluded = {alt for clause in parsed.must_not for alt in clause.alternatives}
    for clause in parsed.must:
        for word in clause.alternatives:
            if word in excluded:
                return SAME_WORD_NOTE.format(word=word)
            concept = concept_of(word)
            readings = [f for f, _ in concept.functions] if concept is not None and concept.functions else []
            for reading in readings + expand(word):
                if reading != word and reading in excluded:
                    if reading in readings:
                        return EMPTIED_NOTE.format(word=word, reading=reading)
                    return SYNONYM_EMPTIED_NOTE.format(word=word, reading=reading)
    return None if hits.any() else _hidden_note(searcher, parsed)


def _hidden_note(searcher, parsed: ParsedQuery) -> str | None:
    """For an empty list: the required items every part holding them loses to an exclusion (-低保 特困)."""
    out = part_exclusion(parsed)
    if out is None or not parsed.must:
        return None
    sections = filter_mask(searcher, SECTIONS)
    kept = sections & ~evaluate(searcher, out, sections).mask
    hidden = [label for label, unit in labeled_report_units(parsed)
              if not (evaluate(searcher, unit, kept).mask & kept).any()
              and (evaluate(searcher, unit, sections).mask & sections).any()]
    return HIDDEN_EMPTY_NOTE.format(words="、".join(as_typed(parsed.text, hidden)), excluded=_excluded(parsed)) \
        if hidden else None
