"""A word the reports rarely use ranks; it does not decide which reports are the grouped view's full matches.

The grouped view lists first the reports holding every item of the query (grouped.py). A citizen types
words of speech beside the topic (按时 答复, 网民留言, 途径, 同比, 在线): when a few reports happen to hold
such a word, those few become the only full matches, and every report that answers the need in the
reports' own words falls below them, among the near misses. Such a word still tells something, so it
is not dropped: it ranks, as a common item does (grouped.COMMON_ITEM), and the reports holding the other
items are listed with the full matches and scored by what they hold (the rare word adds its weight to
those that hold it). The page says so.

An item is read so only when all of this holds, from the index's own counts:

* at most RARE_ITEM of the reports in view hold it (and at least one: a word in none is the absent-word
  fallback's). On the dev corpus (230 reports) the template's words are held by a third of the reports
  or more (申请 0.90, 答复 0.30, 公示 0.17); a share of 1/8 or less is a word of some reports' own prose,
  not of the template every report follows;
* with it, fewer than grouped.PARTIAL_BELOW reports hold every item (it is what makes the list short),
  and the other deciding items still find at least PARTIAL_BELOW reports without it;
* it is no name the tables know: no issuer (issuers.concept_of), no place read or division name, no
  figure's or template row's word (figures_asked.figure_word, the figure the query asks), no word of
  the template's vocabulary (search/vocabulary.py's rows and columns);
* it is not quoted and not marked with + (the user's way of saying "this word must be there"), it is
  not an OR group a rule made, and it is not the only item left deciding (a word typed alone, or
  beside common words only, is what is asked).

When several items qualify, only the rarest ranks: the others still decide.
"""
from __future__ import annotations

import numpy as np

from search.analysis import place_names
from search.retrieval.figures_asked import figure_word
from search.retrieval.filler import spoken_more_than_written
from search.retrieval.issuers import concept_of
from search.retrieval.matching import evaluate
from search.retrieval.places import place_words
from search.retrieval.query import TOKEN, ParsedQuery
from search.retrieval.synonyms import searched
from search.vocabulary import COLUMN_WORDS, ROW_LABELS, SECTION_NAMES

RARE_ITEM = 1 / 8  # of the reports in view: an item held by this share or fewer may rank instead of deciding
FULL_BELOW = 10  # as grouped.PARTIAL_BELOW (imported there from here): full matches below which the list is short
TERM_RATIO = 10  # a word the reports use this many times more often than everyday Chinese is their term
RARE_NOTE = "只有 {n} 份报告用到“{word}”：它只参与排序，同时包含其余词语的报告也一并列出。"


def _marked(parsed: ParsedQuery) -> list[str]:
    """The runs typed with a leading + (+网民留言): each of their words must be there."""
    runs = [m.group(3) for m in TOKEN.finditer(parsed.text or "") if m.group(1) != "-" and m.group(3)]
    return [run.lstrip("+") for run in runs if run.startswith("+") and run.lstrip("+")]


def _template_words() -> set[str]:
    return set(ROW_LABELS.values()) | set(COLUMN_WORDS) | set(SECTION_NAMES.values())


def _body_or_place(label: str, parsed: ParsedQuery) -> bool:
    return concept_of(label) is not None or label in place_words(parsed) or label in place_names()


def _named(label: str, parsed: ParsedQuery) -> bool:
    """Whether the item is a name the tables know, or a word a figure rule read."""
    figure = parsed.figure
    return (_body_or_place(label, parsed) or figure_word(label) or (figure is not None and label == figure.word)
            or any(label in words for words in _template_words()))


def _speech(searcher, label: str, sections: np.ndarray) -> bool:
    """Whether every way the item is searched is a word of speech, not a term of the reports: the reports,
    which are about disclosure, use their terms (低保 270 times, 公开栏 700 times as often as everyday
    Chinese does) far more than everyday Chinese does; a word of speech (按时, 同比, 途径) about as often. A
    word everyday Chinese hardly has (a term of art, a name, a typo: under filler.MIN_EVERYDAY) is no speech."""
    return all(spoken_more_than_written(searcher, form, sections, TERM_RATIO) for form in searched(label))


def rare_item(searcher, parsed: ParsedQuery, labeled: list[tuple[str, object]], scope: np.ndarray,
              codes: np.ndarray, count: int, common: set[int]) -> tuple[int, int] | None:
    """The index of the item that ranks instead of deciding (see the module's doc) and how many reports hold
    it, or None. Called only when the full matches are few, so that other queries pay nothing."""
    phrases = {alt for c in parsed.must if c.phrase for alt in c.alternatives}
    marked = _marked(parsed)
    candidates = [i for i, (label, _) in enumerate(labeled)
                  if i not in common and len(label) > 1 and " " not in label and label not in phrases
                  and not any(label in run for run in marked) and label not in parsed.everyday
                  and not _named(label, parsed) and _speech(searcher, label, scope)]
    deciding = [i for i in range(len(labeled)) if i not in common]
    if not candidates or len(deciding) < 2:
        return None
    present = np.zeros((len(labeled), count), dtype=bool)
    for i, (_, unit) in enumerate(labeled):
        if i in deciding:
            present[i, codes[evaluate(searcher, unit, scope).mask & scope]] = True
    in_view = np.zeros(count, dtype=bool)
    in_view[codes[scope]] = True
    shown = int(np.count_nonzero(in_view))
    best = None
    for i in candidates:
        held = int(np.count_nonzero(present[i]))
        if not held or held > RARE_ITEM * shown:
            continue
        # What still decides must hold a topic, not only a name (乡政府 公开栏 lists no township's every report).
        if all(_body_or_place(labeled[j][0], parsed) for j in deciding if j != i):
            continue
        others = np.logical_and.reduce([present[j] for j in deciding if j != i])
        if np.count_nonzero(others & present[i]) >= FULL_BELOW or np.count_nonzero(others) < FULL_BELOW:
            continue
        if best is None or held < best[1]:
            best = (i, held)
    return best
