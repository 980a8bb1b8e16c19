"""Two plain baselines the relevance set measures Nianbao against: BM25 over whole reports.

* ``bigram`` -- every run of letters and digits cut into overlapping character bigrams (a
  one-character run stays a unigram); the usual n-gram recipe for Chinese.
* ``jieba``  -- jieba's search mode (``cut_for_search``: words plus their in-dictionary parts),
  what any off-the-shelf engine with a jieba analyser gives.

Both are deliberately plain: no synonyms, no folding beyond lower case, no field boosts, no
query syntax (``year:2020`` and ``-拆迁`` are just more tokens), every query token optional
(BM25's usual OR). A document is one whole report: the text its reader extracts, paragraphs and
table rows, whether or not Nianbao's parser accepts the file. Okapi BM25 with k1 = 1.2, b = 0.75
and the non-negative idf ln(1 + (N - df + 0.5) / (df + 0.5)), as Lucene computes it.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

import jieba

jieba.setLogLevel(60)

from indexer.documents import readable_text
from indexer.model import UnreadableFile
from indexer.readers import read_document

K1, B = 1.2, 0.75


def report_text(path: Path) -> str:
    """The whole text of a report file as its reader extracts it ('' when it cannot be read)."""
    try:
        return readable_text(read_document(path).blocks)
    except UnreadableFile:
        return ""


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def _runs(text: str) -> list[str]:
    """Maximal runs of letters and digits, lower-cased."""
    runs, current = [], []
    for ch in text.lower():
        if _is_word_char(ch):
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def bigram_tokens(text: str) -> list[str]:
    """Overlapping character bigrams of every run; a run of one character is its own token."""
    tokens = []
    for run in _runs(text):
        tokens += [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
    return tokens


# A tokenizer of its own with jieba's stock dictionary: Nianbao loads its user dictionary into
# jieba's global one, and the baseline must not profit from Nianbao's vocabulary.
_PLAIN_JIEBA = jieba.Tokenizer()


def jieba_tokens(text: str) -> list[str]:
    """jieba search-mode words (stock dictionary) that hold a letter or digit, lower-cased."""
    return [w.lower() for w in _PLAIN_JIEBA.cut_for_search(text) if any(_is_word_char(ch) for ch in w)]


class BM25:
    """Okapi BM25 over a fixed list of documents; ``rank`` returns document indexes, best first."""

    def __init__(self, documents: Iterable[list[str]]):
        self.postings: dict[str, dict[int, int]] = {}
        self.lengths: list[int] = []
        for number, tokens in enumerate(documents):
            self.lengths.append(len(tokens))
            for token, tf in Counter(tokens).items():
                self.postings.setdefault(token, {})[number] = tf
        self.n = len(self.lengths)
        self.avgdl = (sum(self.lengths) / self.n) if self.n else 0.0

    def idf(self, token: str) -> float:
        df = len(self.postings.get(token, ()))
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: list[str]) -> dict[int, float]:
        """Document index -> score, for the documents holding at least one query token."""
        scores: dict[int, float] = {}
        for token in query:  # a token typed twice counts twice, as in the textbook formula
            postings = self.postings.get(token)
            if not postings:
                continue
            idf = self.idf(token)
            for doc, tf in postings.items():
                norm = K1 * (1 - B + B * self.lengths[doc] / self.avgdl)
                scores[doc] = scores.get(doc, 0.0) + idf * tf * (K1 + 1) / (tf + norm)
        return scores

    def rank(self, query: list[str], limit: int) -> list[int]:
        """The ``limit`` best documents; equal scores keep document order, so runs repeat exactly."""
        scores = self.scores(query)
        return sorted(scores, key=lambda doc: (-scores[doc], doc))[:limit]


def bm25_ranker(keys: list[str], texts: list[str], tokenize: Callable[[str], list[str]]) -> Callable[[str, int], list[str]]:
    """A ranker over whole reports: query string -> report keys, best first."""
    index = BM25(tokenize(text) for text in texts)

    def rank(query: str, limit: int) -> list[str]:
        return [keys[doc] for doc in index.rank(tokenize(query), limit)]

    return rank
