"""The reports' own form of a term typed in another: 公务接待费用 (the reports: 公务接待费), 生产安全
(安全生产), 网络申请 (网上申请), 任职免职 (任免).

A citizen who never read a report glues a generic ending to a term, puts its words in another order,
abbreviates it otherwise or says one of its words as people say it. No list of such wordings can be
complete, so the forms are derived: for a word of the query, and for two words typed side by side,
that the reports of the index hold rarely (at most RARE_SHARE of them), the forms below are made, and
those the reports hold (MIN_HELD, and more than twice the typed form) are searched beside the typed
words, weighed as the everyday wordings are (``parsed.everyday``, everyday.EVERYDAY_BOOST):

- a generic ending dropped (信息公开工作 -> 信息公开) or changed (公务接待费用 -> 公务接待费);
- two words reordered into a term of the reports (生产安全 -> 安全生产: ``is_term``), or two rare words
  abbreviated by their first characters into a word of the dictionary (任职免职 -> 任免);
- one word replaced by the template's word for it (``data/template_words.tsv``, written from what the
  words mean: 网络, 在线 -> 网上; 钱 -> 费用), then reordered too (振兴农村 -> 乡村振兴).

Which forms count is the index's answer, not a list's. A word the reports use stays as typed, alone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from whoosh import query as Q

from search.analysis import bigrams, compound_parts, cut, fold
from search.retrieval.arrays import arrays_for
from search.retrieval.everyday import read_said_table, reports_holding as word_held_by
from search.retrieval.filler import is_everyday_word
from search.retrieval.issuers import concept_of
from search.retrieval.matching import filter_mask
from search.retrieval.selection import report_codes

TEMPLATE_WORDS = Path(__file__).resolve().parent.parent / "data" / "template_words.tsv"
# Endings that name no topic of their own (信息公开工作, 执行情况): the reports write the term without them.
GENERIC_ENDINGS = ("情况", "工作", "方面")
# An ending the reports write in another length (公务接待费用: 公务接待费); the fee itself is the topic, never dropped.
CHANGED_ENDINGS = {"费用": "费", "费": "费用"}
RARE_SHARE = 0.005  # a word or pair held by at most this share of the reports (1 in 200) is rare in them
TERM_SHARE = 0.05  # reports that must hold two words side by side for them to be a frequent term
TOGETHER_SHARE = 0.5  # of the reports holding two words, those writing them as one term for it to be one
MIN_HELD = 3  # reports that must hold a form for it to be searched
MAX_FORMS = 3  # forms searched for one typed word or pair, the most held first
NOTE = "报告很少写作“{typed}”，也按报告的写法（{forms}）查找。"


@lru_cache(maxsize=1)
def template_words() -> dict[str, tuple[str, ...]]:
    """everyday word -> the template's words for it, from data/template_words.tsv."""
    return read_said_table(TEMPLATE_WORDS)


def _pieces(word: str) -> list[str]:
    """The words a typed string is made of: jieba's cut, or a dictionary word's own parts."""
    words = cut(word)
    if len(words) == 1:
        return compound_parts(word) or words
    return words


def _ending_forms(term: str) -> list[str]:
    for ending in GENERIC_ENDINGS:
        stem = term[: -len(ending)]
        if term.endswith(ending) and len(stem) >= 2:
            return [stem]
    for ending, other in CHANGED_ENDINGS.items():
        stem = term[: -len(ending)]
        if term.endswith(ending) and len(stem) >= 2:
            return [stem + other]
    return []


def _order_forms(pieces: list[str], abbreviate: bool) -> list[str]:
    """Two words reordered (生产安全: 安全生产) or, when both are rare, abbreviated by their first
    characters (任职免职: 任免) where that is a word of the dictionary: 中央 部委 are no 中部. Words
    of two characters or more only: a one-character word (收, 管) is a verb beside a term, not its part."""
    if len(pieces) != 2 or min(map(len, pieces)) < 2:
        return []
    first, second = pieces
    forms = [second + first]
    if abbreviate and len(first) == 2 and len(second) == 2 and is_everyday_word(first[0] + second[0]):
        forms.append(first[0] + second[0])
    return forms


def candidate_forms(term: str, abbreviate: bool = True) -> list[str]:
    """The forms the reports may write ``term`` in (not checked against an index), nearest first."""
    return list(_candidates(fold(term), abbreviate))


def _candidates(term: str, abbreviate: bool) -> dict[str, bool]:
    """form -> whether it reorders words (and must then be a term of the reports: ``is_term``)."""
    pieces = _pieces(term)
    forms = dict.fromkeys(_ending_forms(term), False)
    forms.update(dict.fromkeys(_order_forms(pieces, abbreviate), True))
    table = template_words()
    forms.update(dict.fromkeys(table.get(term, ()), False))
    for i, piece in enumerate(pieces):
        for word in table.get(piece, ()):
            replaced = pieces[:i] + [word] + pieces[i + 1 :]
            forms.setdefault("".join(replaced), False)
            forms.update({f: True for f in _order_forms(replaced, False) if f not in forms})
    return {f: reorders for f, reorders in forms.items() if f != term and len(f) >= 2}


def reports_holding(searcher, text: str) -> int:
    """How many reports hold ``text``: as a word, or its characters in a row (a phrase of bigrams)."""
    words = cut(text)
    grams = bigrams(text)
    if len(words) <= 1 or not grams:  # one word, or symbols no bigram covers (._²): as a word
        return word_held_by(searcher, text)
    mask = filter_mask(searcher, Q.Phrase("grams", grams) if len(grams) > 1 else Q.Term("grams", grams[0]))
    return int(np.unique(report_codes(searcher)[mask]).size) if mask.any() else 0


def _reports_of(searcher, word: str) -> np.ndarray:
    arrays = arrays_for(searcher)
    ids = arrays.postings(searcher, "body", word).ids
    if len(word) == 2:
        ids = np.concatenate([ids, arrays.postings(searcher, "grams", word).ids])
    return np.unique(report_codes(searcher)[ids])


def is_term(searcher, form: str, holding: int) -> bool:
    """Whether the reports write ``form`` as a term: a word of the dictionary, or two words that a
    frequent share of the reports (TERM_SHARE) hold side by side in this order, and most of those
    holding both words hold them so (安全生产: 0.85 of them), not two words that happen to meet
    (信息单位: none of 82)."""
    words = cut(form)
    if len(words) != 2:
        return len(words) == 1
    if holding < (int(report_codes(searcher).max(initial=-1)) + 1) * TERM_SHARE:
        return False
    both = np.intersect1d(_reports_of(searcher, words[0]), _reports_of(searcher, words[1])).size
    return bool(both) and holding >= both * TOGETHER_SHARE


def held_forms(searcher, term: str, rare: float, abbreviate: bool = True, reorder: bool = True) -> tuple[str, ...]:
    """The forms of ``term`` the reports hold more often than ``term`` itself, when it is rare in them."""
    typed = reports_holding(searcher, term)
    if typed > rare:
        return ()
    held = [(n, f) for f, reorders in _candidates(fold(term), abbreviate).items() if (reorder or not reorders) and (n := reports_holding(searcher, f)) >= max(MIN_HELD, 2 * typed + 1) and (not reorders or is_term(searcher, f, n))]
    return tuple(f for _, f in sorted(held, key=lambda x: -x[0])[:MAX_FORMS])


def take_forms(searcher, parsed, runs: list[list[str]], stop: frozenset[str] = frozenset()) -> None:
    """Add the reports' forms of the query's rare words and pairs to ``parsed.everyday`` (in place):
    a pair's forms count for each of its two words. ``runs`` are the words of each run typed; a
    ``stop`` word is no part of a pair, and two words it stands between are not reordered."""
    codes = report_codes(searcher)
    rare = int(codes.max(initial=-1) + 1) * RARE_SHARE
    for run in runs:
        # A word read as an issuer (中央部委, 乡镇) is searched as the bodies it names: its first characters
        # are no form of it (中部 is a region).
        words = [(w, i) for i, w in enumerate(run) if w not in stop and concept_of(w) is None]
        units = [(w, [w], True, True) for w, _ in words if len(w) >= 2]
        for (a, i), (b, j) in zip(words, words[1:]):
            if len(a) + len(b) >= 3:
                # Abbreviated only when both words are rare (任职 免职: 任免); 中央 部委 are no 中部.
                both_rare = reports_holding(searcher, a) <= rare and reports_holding(searcher, b) <= rare
                units.append((a + b, [a, b], j == i + 1, both_rare))
        for typed, owners, reorder, abbreviate in units:
            forms = held_forms(searcher, typed, rare, abbreviate, reorder)
            if not forms:
                continue
            for owner in owners:
                parsed.everyday[owner] = tuple(dict.fromkeys(parsed.everyday.get(owner, ()) + forms))
            note = NOTE.format(typed=typed, forms="、".join(forms))
            if note not in parsed.notes:
                parsed.notes.append(note)
