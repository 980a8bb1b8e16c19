"""Problem questions: 公开内容不全面, 依申请公开流程不规范, 新媒体影响力弱.

A citizen asking whether bodies admit a problem writes the shortcoming (不全面, 不规范, 弱, or words
of its form: 太少, 看不懂, 难找); the reports admit it in part 五 (存在的主要问题及改进情况) in their
own words (还不够全面, 有待规范, 仍需加强, and for the citizens' forms the one-way synonyms of
data/synonyms.txt: 看不懂 => 通俗易懂). ``take_problem`` takes the shortcoming words out of the required words (they only
rank) and marks the query, so that each report's part 五 counts more (search/retrieval/grouped.py
and signals.py): the subject of the problem (公开内容, 依申请公开 流程) still has to be there.
"""
from __future__ import annotations

import re

import numpy as np

from search.analysis import cut
from search.retrieval.arrays import arrays_for
from search.retrieval.matching import Matched
from search.retrieval.query import Clause, ParsedQuery

PROBLEM_PART = 5
PART_BOOST = 2.0  # the words in part 五 count this much more than elsewhere
# Words that say something falls short (as jieba cuts them), and those that do with the next word
# (不 规范, 有待 提高, 较 少).
SHORT = frozenset("不高 不够 不足 不好 不多 不强 不深 不细 不畅 不便 不熟 不熟悉 不到位 不规范 不全面 不完整 不完善 不及时"
                  " 不准确 不统一 不充分 不明确 弱 较弱 偏弱 薄弱 滞后 欠缺 缺乏 短板 差距 问题 困难 较少 偏少 单一 不足之处".split())
WITH_NEXT = frozenset("不 有待 亟待 较 偏 仍需 还需 太 过于 难".split())
# Shortcomings by their form, beyond the list: 太少, 太慢 (太 + one character), 看不懂, 跟不上 (a verb, 不
# and its result), 难懂, 难找 (难 + one character), 没人看, 没人管.
_SHORT_FORM = re.compile(r"^(?:太.|.不.|难.|没人.?)$")


def shortcoming(word: str) -> bool:
    """Whether a word (as jieba cuts it) says that something falls short."""
    return word in SHORT or bool(_SHORT_FORM.match(word))


FILLER = frozenset("存在 主要 哪些 什么 的 有".split())  # 存在的主要问题, 存在哪些问题


def take_problem(parsed: ParsedQuery) -> None:
    """Mark a query that asks about a shortcoming and drop the shortcoming words (in place); when
    nothing else is left (存在的主要问题), the words stay: they are the topic."""
    found = False
    kept: list[Clause] = []
    shortcomings: list[str] = []
    for clause in parsed.must:
        if clause.phrase:
            kept.append(clause)
            continue
        alternatives = []
        for alt in clause.alternatives:
            words, rest, i = cut(alt), [], 0
            while i < len(words):
                if shortcoming(words[i]):
                    found, i = True, i + 1
                    shortcomings.append(words[i - 1])
                elif words[i] in WITH_NEXT and i + 1 < len(words):
                    found, i = True, i + 2
                    shortcomings.append(words[i - 2] + words[i - 1])
                else:
                    rest.append(words[i])
                    i += 1
            rest = [w for w in rest if w not in FILLER] if found else rest
            if rest:
                alternatives.append("".join(rest))
        if alternatives:
            kept.append(Clause(alternatives, False))
    if found:
        if kept:
            # The shortcoming as typed still ranks: a report saying 关注度不高 word for word first.
            parsed.rank_words = list(dict.fromkeys(shortcomings)) + [a for c in parsed.must if not c.phrase
                                                                    for a in c.alternatives]
            parsed.must = kept
        parsed.prefer_part = PROBLEM_PART


def part_weights(searcher, parsed: ParsedQuery) -> np.ndarray | None:
    """Per document, how much its words count: PART_BOOST in the preferred part, else 1 (None
    when the query prefers no part)."""
    if not parsed.prefer_part:
        return None
    column = arrays_for(searcher).codes(searcher, "section")
    preferred = np.array([v == parsed.prefer_part for v in column.values], dtype=bool)
    return np.where(preferred[column.codes], PART_BOOST, 1.0)


def weigh_parts(searcher, parsed: ParsedQuery, matched: Matched) -> Matched:
    """``matched`` with the preferred part's scores raised."""
    weights = part_weights(searcher, parsed)
    return matched if weights is None else Matched(matched.mask, matched.scores * weights)
