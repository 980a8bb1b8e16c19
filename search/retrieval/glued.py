"""Runs of a query jieba glues otherwise than the reports write them, cut as the reports' text is indexed.

- *A locative glued by jieba's guess.* Characters its dictionary does not join, jieba's HMM joins by their context:
  在抖音上发东西 is cut 抖音 | 上发 | 东西, 在抖音上发布 抖 | 音上 | 发布. The reports write the place and the act in
  their own contexts (在抖音、微博上发布 … 上 | 发布), so 上发 or 音上 is in hardly any report: a required item nobody
  wrote. A locative (上 下 里 中 内 外) at the edge of such a guessed word is cut off when what it leaves is a word: at
  its start, after a word of the query (抖音 | 上 | 发: the locative is the noun's); at its end, when the rest is a
  dictionary word or one character making a known or dictionary word with the one before it (抖 | 音上 -> 抖音 | 上).
  A dictionary word (网上, 线下, 手上) and a word the search knows (手机上, a synonym) are not touched.
- *A quantifier glued to its noun.* 各个部门, 各个单位 are words of jieba's dictionary, 每个 | 部门 two: the reports write
  各部门, 各单位, 各乡镇 (the set of issuers issuer_sets reads). 各个 and 每个 before a word are read as 各 before it,
  as if typed so: 各个部门各搞一套 is read as 各部门各搞一套, and 各个 is no longer a required word.
"""
from __future__ import annotations

from typing import Callable

from search.analysis import is_dictionary_word as _is_word

LOCATIVES = frozenset("上下里中内外")
QUANTIFIERS = ("每一个", "各个", "每个")  # 'each': the reports' 各 (各部门, 各乡镇)


def unglued(words: list[str], known: Callable[[str], bool], stop: frozenset[str]) -> list[str]:
    """``words`` (jieba's cut of a query) with glued locatives and quantifiers cut as the reports are."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else None
        quantified = _quantified(word, after, stop)
        if quantified is not None:
            out += quantified[0]
            i += quantified[1]
            continue
        out += _unglued_locative(word, out[-1] if out else None, known, stop)
        i += 1
    return out


def _quantified(word: str, after: str | None, stop: frozenset[str]) -> tuple[list[str], int] | None:
    """(各 and the noun, words spanned) for 各个部门 or 各个 | 乡镇; else None. The two are left for query_words to
    join where the search knows the whole (各部门, 各乡镇: a set of issuers); 各地级市 is not cut again (各地 | 级市)."""
    for quantifier in QUANTIFIERS:
        if word == quantifier:
            if after is None or after in stop or len(after) < 2 or not "\u4e00" <= after[0] <= "\u9fff":
                return None
            return ["各", after], 2
        if word.startswith(quantifier) and _is_word(word[len(quantifier):]) and len(word) > len(quantifier) + 1:
            return ["各", word[len(quantifier):]], 1
    return None


def _unglued_locative(word: str, before: str | None, known: Callable[[str], bool], stop: frozenset[str]) -> list[str]:
    """``word`` with a locative jieba's HMM glued to it cut off, or ``[word]``. Only a guessed word: one of the
    dictionary or one the search knows is how the reports' text is cut too."""
    if len(word) < 2 or _is_word(word) or known(word):
        return [word]
    head, tail = word[0], word[-1]
    if head in LOCATIVES and before is not None and len(before) > 1 and before not in stop and _is_word(word[1:]):
        return [head, word[1:]]
    if tail in LOCATIVES:
        rest = word[:-1]
        if len(rest) > 1 and _is_word(rest):
            return [rest, tail]
        if len(rest) == 1 and before is not None and (known(before + rest) or _is_word(before + rest)):
            return [rest, tail]
    return [word]
