"""A comparison between years, asked in words: 2019年的申请比2018年少了吗, 这几年申请是不是越来越多.

The reports compare a figure with the year before in a few fixed wordings (较上年增长 12%, 同比下降,
比上年减少 3 件). A citizen asks it with 比 and a time (比2018年, 比上一年, 比去年), or with a span of years
and a trend (这几年 … 越来越多, 近年来 … 逐年增加). Read so, the question

* keeps the year it asks about as the reports' year and drops the year it compares with, which is only
  the reference: the 2019 report is the one that says how 2019 compares with 2018;
* no longer requires the words of the comparison (比, 少了吗, 是不是越来越多: no report writes them, and
  少 would read as a shortfall), and ranks by the reports' wordings of a comparison (WORDINGS) instead.

The markers are closed classes of the language (comparison, span, trend), not a list of queries.
"""
from __future__ import annotations

import re

from search.analysis import cut
from search.retrieval.query import Clause, ParsedQuery
from search.retrieval.years import year_note

_TIME = r"(?:(?:19|20)\d{2}年?度?|上一?年度?|去年|前一年|头一年|往年|以前|过去|前几年|之前)"
# 比 / 较 / 相比 + a time: the thing compared against (比2018年, 跟去年比, 与上年相比).
_AGAINST = re.compile(rf"(?:比|较|相比|对比|和|与|跟|同){_TIME}(?:相比|比|对比)?")
_COMPARED_YEAR = re.compile(r"(?:比|较|相比|对比|和|与|跟|同)((?:19|20)\d{2})")
_SPAN = re.compile(r"这几年|近几年|这些年|近些年|近年来?|历年|逐年|每年|连年|几年来"
                   r"|(?:最近|近|这|过去|前)[一二两三四五六七八九十\d]{1,2}年|[一二两三四五六七八九十\d]{1,2}年来")
# The language's progressive comparison, 一 + a measure + 比 + 一 + the same measure (一年比一年多, 一次比一次少):
# a span and a trend in one construction, built so for any measure word of time or turn.
_PROGRESSIVE = re.compile(r"一([年天月季期次回届批])比一\1")
# 比 / 较 left with no time after it once the years are read (申请数比 | 多了吗 of 申请数比2018年多了吗): jieba
# would cut 数比 as one word; the marker at a clause's end or before a direction is the comparison's, whatever
# word it sticks to (not the 比 of 对比 / 相比, pieces of their own).
_DANGLING = re.compile(r"(?<![对相])(?:比|较)(?=$|(?:更|还)?(?:多|少|高|低|增|减|涨|跌|升|降|上升|下降))")
_TREND = re.compile(r"越来越|逐年|变多|变少|变化|增加|减少|增长|下降|上升|提高|降低|多了|少了|多吗|少吗|多不多|少不少|[涨跌升降]了"
                    r"|(?:更|还)(?:多|少)|[多少](?:了|吗)?$")
# The pieces of a comparison that no report writes beside its figure (jieba's cut of the question).
_PIECES = frozenset("的 比 较 相比 对比 跟 和 与 同 还是 今年 本年 是不是 是否 有没有 越来越 逐年 变多 变少 变化 多 少 更 还 了 吗 么 呢 多不多 少不少"
                    " 这 这几年 几年 近几年 最近 近三年 近两年 近五年 三年 两年 五年 年来 来 这些年 近些年 近年 近年来 历年 每年 连年 上一年 上年 去年 前一年 往年 以前 过去"
                    " 年少 年多 增加 减少 增长 下降 上升 提高 降低".split())
# A piece jieba keeps whole: 越来越少, 逐年增加, 变少了, 增加了; a direction said in one character of the
# language's closed set of them (涨, 跌, 升, 降: 比上一年涨了吗), which the reports write as 增长 or 下降.
_TREND_PIECE = re.compile(r"^(?:越来越|逐年|变|更|还)?(?:多|少|高|低|涨|跌|升|降|增加|减少|增长|下降|上升|提高|降低)(?:了|吗|么)?$"
                          r"|^(?:越来越|逐年).+")
# How the reports write a comparison with the year before; searched as ranking words, never required.
WORDINGS = ("同比", "较上年", "比上年", "较去年", "增长", "下降", "增加", "减少")
COMPARISON_NOTE = "按年度比较理解：写明与上一年相比变化的报告排在前面。"


def is_comparison(text: str) -> bool:
    """Whether ``text`` asks how something changed between years (see the module's doc)."""
    return (bool(_AGAINST.search(text)) or bool(_SPAN.search(text) and _TREND.search(text))
            or bool(_PROGRESSIVE.search(text)))


def take_comparison(parsed: ParsedQuery) -> None:
    """Read a comparison between years in ``parsed`` (in place): the compared year leaves the year
    hints, the comparison's words leave the text and its wordings rank."""
    text = "".join(parsed.text.split())
    if not is_comparison(text):
        return
    compared = {int(y) for y in _COMPARED_YEAR.findall(text)}
    kept_years = [y for y in parsed.year_hints if y not in compared]
    if kept_years != parsed.year_hints:
        parsed.notes = [n for n in parsed.notes if n != year_note(parsed.year_hints)]
        parsed.year_hints = kept_years
        if kept_years:
            parsed.notes.append(year_note(kept_years))
    must = []
    for clause in parsed.must:
        if clause.phrase:
            must.append(clause)
            continue
        alternatives = [" ".join(w for w in cut(_DANGLING.sub(" ", _PROGRESSIVE.sub(" ", alt))) if w.strip() and w not in _PIECES
                                 and not _TREND_PIECE.match(w)) for alt in clause.alternatives]
        alternatives = [a for a in alternatives if a]
        if alternatives:
            must.append(Clause(alternatives, False, clause.shown))
    parsed.must = must
    parsed.rank_words = list(dict.fromkeys([*parsed.rank_words, *WORDINGS]))
    parsed.notes.append(COMPARISON_NOTE)
