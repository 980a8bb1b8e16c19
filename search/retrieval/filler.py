"""Words of everyday speech that the reports hardly use: 看到, 一件, 有人, 告诉.

A citizen's question carries words that no stop list can foresee (政府开会的内容能看到吗). Such a
word is frequent in Chinese at large but nearly absent from the reports, so requiring it
empties the list, and BM25 would even weigh it as the query's rarest, most telling word. It is
told apart by comparing two frequencies of the same word: in everyday Chinese (jieba's
dictionary, counted over a general corpus) and in the reports (the index's word field). A topic
word is at least as frequent in the reports as in everyday Chinese (低保, 苏木, 补贴, 群众);
filler falls far below (看到: about a fiftieth). A word is filler only when every way the query
searches it (its synonyms too) is, and when it names no issuer or place (北京 is rare in the text
of reports that carry it in their heading; 长安, a district's name, is frequent in everyday Chinese and
may be in no report indexed).

A one-character verb glued to an aspect particle (收过, 看过, 打过, 用了) is filler too when no report
writes it as a word: jieba keeps such pairs whole, the reports never use them, and as an item they
would select whatever report happens to hold the two characters side by side (接收过程). The verb
alone is one character, which ranks nothing here either (query.topic_words).
"""
from __future__ import annotations

import jieba
import numpy as np

from search.analysis import init_jieba, place_names
from search.retrieval.arrays import arrays_for
from search.retrieval.issuers import concept_of
from search.retrieval.synonyms import searched

EVERYDAY_RATIO = 0.1  # report frequency under this share of the everyday frequency: filler
NAME_FIELDS = ("place", "agency", "title")
MIN_EVERYDAY = 1e-5  # words rarer than this in everyday Chinese are never filler (typos, names)
ASPECT = frozenset("过了着")  # particles after a verb: 收过 (has charged), 看了, 等着


def _report_frequency(searcher, word: str, sections: np.ndarray) -> float:
    arrays = arrays_for(searcher)
    postings = arrays.postings(searcher, "body", word)
    total = float(arrays.lengths(searcher, "body")[sections].sum()) or 1.0
    return float(postings.weights[sections[postings.ids]].sum()) / total


def _everyday_frequency(word: str) -> float:
    init_jieba()
    return jieba.dt.FREQ.get(word, 0) / jieba.dt.total


def is_everyday_word(word: str) -> bool:
    """Whether jieba's general dictionary counts ``word`` at all: a word of Chinese, not a typo."""
    return _everyday_frequency(word) > 0


def is_filler(searcher, word: str, sections: np.ndarray) -> bool:
    """Whether ``word`` is everyday speech the reports do not use (see the module's doc)."""
    if " " in word or len(word) < 2 or concept_of(word) is not None:
        return False
    arrays = arrays_for(searcher)
    if any(arrays.postings(searcher, field, word).ids.size for field in NAME_FIELDS):
        return False  # a place or a body the reports are issued by (北京, 江苏): not speech
    if word in place_names():
        return False  # a division no report here is from (长安 of 长安区): asked for, and told it is absent
    if len(word) == 2 and word[1] in ASPECT and not arrays.postings(searcher, "body", word).ids.size:
        return True  # 收过钱: a verb with its particle, a word of speech (通过, 超过, 为了 are report words)
    return all(spoken_more_than_written(searcher, form, sections, EVERYDAY_RATIO) for form in searched(word))


def spoken_more_than_written(searcher, form: str, sections: np.ndarray, ratio: float) -> bool:
    """Whether the reports use ``form`` less than ``ratio`` times as often as everyday Chinese does, and
    everyday Chinese has it (MIN_EVERYDAY: a typo, a name or a term of art is no speech). Filler reads it
    at EVERYDAY_RATIO; rare_items.py, at a looser ratio, for a word of speech that still ranks."""
    everyday = _everyday_frequency(form)
    return everyday >= MIN_EVERYDAY and _report_frequency(searcher, form, sections) < everyday * ratio
