"""A rate, share or percentage asked: 行政复议 纠错率, 公开率是多少, 网上申请占全部申请的百分之多少, 按时答复率.

Few reports write the rate word a citizen types (纠错率, 按时答复率): they state the counts it is made
of, or the share in words (均按期答复, 全部予以公开) or as a percentage (办结率100%). ``take_rates`` reads
the question before the figures are read (figures_asked.py):

* a word ending in 率 is searched as what it is the rate of (按时答复率: 按时答复; 纠错率: 纠错), and
  the words of a share (占比, 比例, 百分之多少, 占全部申请的) leave the text, the whole (全部申请) with
  them: every report has a total, and 多少 there asks no count;
* what the rate is of, when the template's questions table (data/asked_content.tsv) names it as an
  outcome (按时答复: the time limit's 按期答复, 法定期限内 …), is searched in any of those wordings,
  and the outcome words rank, as a question of the time limit's outcome does (frames.py);
* the words that state a rate (率, 比例, 百分之, 占) rank the parts holding them higher.

``take_rate_column`` then reads the rate of the statistics table the question names (search/figures/
columns.py: 复议纠错率, 予以公开率, 不予公开率 …) from the figure the question names: the reports whose
table gives the rate (its base read and above 0) come first, each hit showing it; asked with 最高 (纠错率最高),
the rate's size orders them, highest first, and with 最低, lowest first.
"""
from __future__ import annotations

import re

from search.analysis import cut
from search.retrieval.query import Clause, ParsedQuery

# The rate of the statistics table a figure is the numerator of. A review's rate is its correction rate, asked
# with a word of correction (纠错率: figures_asked reads the corrected column); 行政复议 办结率 is no such rate.
RATE_OF = {
    "outcome_disclosed": "rate_disclosed", "outcome_partly_disclosed": "rate_partly_disclosed",
    "outcome_refused": "rate_refused", "outcome_unavailable": "rate_unavailable",
    "outcome_not_processed": "rate_not_processed",
    "reconsideration_corrected": "rate_reconsideration_corrected", "litigation_corrected": "rate_litigation_corrected",
}
# What a bare rate word is the rate of, where no figure row names it (公开率: the disclosed share).
BARE_RATES = {"公开": "rate_disclosed"}
# A word ending in 率 (纠错率, 按时答复率, 公开率): the rate of what stands before it. Not 效率, 频率,
# 概率, 利率, 汇率, 税率, 费率 …: words of their own, no share of the table's counts.
_NOT_RATES = frozenset("效 频 概 利 汇 税 费 比 速 功 坡 草 率".split())
_RATE_WORD = re.compile(r"([\u4e00-\u9fff]{1,8}?)率(?:是|为|有)?(?:多少|多大|多高|几何|怎样|如何|怎么样)?(?:的)?")
# The words of a share: 占全部申请的百分之多少, 占比多少, 所占比例, 比重有多大, 百分之几, 几成, 多大比例.
# Not 比例 of another sense (review of session 24): 比例原则 (proportionality), 按比例 / 成比例 (in proportion).
_SHARE = re.compile(r"(?:所?占(?:[\u4e00-\u9fff]{0,8}?的)?)?(?:百分之多少|百分之几|百分比|多大比例|(?<![按成])比例(?!原则)|比重|占比"
                    r"|几成|份额)"
                    r"(?:是|为|有)?(?:多少|多大|多高|几何|怎样|如何|怎么样)?(?:的)?"
                    r"|所?占(?:[\u4e00-\u9fff]{0,8}?的)?(?:多少|几)(?=$|\s|[？?])")
# 最高 beside a rate (纠错率最高, 公开率最高的是哪个单位): its size orders the reports.
_MOST = re.compile(r"最高|最大|最多|排名最前|排第一")
_LEAST = re.compile(r"最低|最小|排名最后|垫底")  # (最少 is left: it also says "at least")
# Words of the figure a rate is of, beside its base (复议 纠错 of 复议纠错率), and question words.
_OF_WORDS = frozenset({"复议", "行政复议", "诉讼", "行政诉讼", "纠错", "纠正", "公开", "予以公开", "不予公开",
                       "哪个", "单位", "哪些", "哪家", "机关", "部门", " "})
# Words that state a rate in the reports' text; they rank, never select.
STATED = ("率", "比例", "百分之", "占比", "百分之百")


def take_rates(parsed: ParsedQuery) -> None:
    """Read a rate or share asked (in place): 率 words as what they are the rate of, the words of a
    share out of the text, the rate's wordings and the words stating a rate ranked."""
    from search.retrieval.frames import asked_kinds

    said: list[str] = []
    bases: list[str] = []
    shared: list[str] = []
    kept: list[Clause] = []
    for clause in parsed.must:
        if clause.phrase:
            kept.append(clause)
            continue
        alternatives: list[str] = []
        for alt in clause.alternatives:
            text = alt
            share = _SHARE.search(text)
            if share:
                said.append(share.group(0))
                head = text[: share.start()]
                head = head[:-1] if head.endswith("的") else head
                start = _word_start(head, max(0, len(head) - 8), len(head)) if head else 0
                base = head[start:]
                if len(base) >= 2 and "\u4e00" <= base[0] <= "\u9fff":
                    # 按时答复的比例 is 按时答复率 said otherwise: the share of the words before it, read as a 率
                    # word's base (its outcome's wordings searched), and the 的 that joined them out of the text
                    bases.append(base)
                    text = f"{head} {text[share.end():]}"
                else:
                    before = [w for w in cut(head) if w.strip() and w != "的"]
                    shared += before[-1:]  # 公开的比例: the share of what stands before it
                text = _SHARE.sub(" ", text)

            def rate(match: re.Match) -> str:
                start = _word_start(match.string, match.start(1), match.end(1))
                base = match.string[start:match.end(1)]
                if not base or base[-1] in _NOT_RATES or len(base) < 2:
                    return match.group(0)
                said.append(match.group(0))
                bases.append(base)
                # (what stood before the base's first word keeps its word: 依申请公开 of 依申请公开按期答复率)
                return f"{match.string[match.start(1):start]} {base} "

            text = _RATE_WORD.sub(rate, text)
            text = " ".join(text.split())
            if text:
                alternatives.append(text)
        if alternatives:
            kept.append(Clause(alternatives, False, clause.shown))
    if not said:
        return
    parsed.must = kept
    parsed.rate_said = said
    outcomes = {kind.kind: kind for kind in asked_kinds().values() if kind.outcome}
    for base in dict.fromkeys(bases):  # (a base asked twice is read once)
        heads = _heads(base)
        for kind in outcomes.values():
            if any(head in kind.outcome for head in heads):  # 按时答复: the time limit's outcome, in any of its wordings
                # (the base beside the words before it, 依申请公开 按期答复: each wording in its place)
                parsed.must = [c if c.phrase or not any(base in a.split() for a in c.alternatives) else
                               Clause(list(dict.fromkeys([*c.alternatives, *(" ".join(o if w == base else w for w in a.split())
                                                                             for o in kind.outcome
                                                                             for a in c.alternatives)])), False, c.shown)
                               for c in parsed.must]
                parsed.outcome_words = list(dict.fromkeys([*parsed.outcome_words, *kind.outcome]))
                parsed.frame_words = list(dict.fromkeys([*parsed.frame_words, *kind.answer]))
    parsed.rank_words = list(dict.fromkeys([*parsed.rank_words, *STATED]))
    parsed.bare_rates = [BARE_RATES[w] for w in [*(cut(b)[-1] for b in bases), *shared] if w in BARE_RATES]
    parsed.rate_bases = bases + shared


_CONTEXT = 16  # characters before a 率 word's base read for its first word's boundary (review of session 23)


def _word_start(text: str, start: int, end: int) -> int:
    """Where the base of a 率 word begins (``text[start:end]`` as the pattern took it): on the first boundary of
    jieba's words at or after ``start``, read over the whole run of characters the base ends, and after the last
    的 (申请的答复率: 答复). The pattern takes at most eight characters, wherever they begin: 依申请公开按期答复率
    gave 申请公开按期答复 and left 依 a word of its own, 信息公开申请的答复率 gave 息公开申请的答复."""
    run = start
    # (the run read back no further than _CONTEXT characters: a word's boundary depends on its neighbours, not on the
    # whole query, and a query of many 率 words read each from its start cost a second at 500 characters)
    while run > max(0, start - _CONTEXT) and "\u4e00" <= text[run - 1] <= "\u9fff":
        run -= 1
    at, edges = run, []
    for word in cut(text[run:end]):
        if at >= start and word != "的":
            edges.append(at)
        at += len(word)
        if word == "的" and at > start:
            edges = []  # the rate is of what follows the last 的
    return edges[0] if edges else end


def _heads(base: str) -> list[str]:
    """The base and its endings of whole words (申请按时答复: 申请按时答复, 按时答复, 答复): a rate is of the last words
    of its base (按时答复 of 申请按时答复率), the words before them say whose."""
    words = cut(base)
    return ["".join(words[i:]) for i in range(len(words))]


def take_rate_column(parsed: ParsedQuery) -> None:
    """When a rate was asked of a figure the statistics table has a rate for (复议 纠错率: 复议纠错率), the
    figure asked is that rate (in place): the reports whose table gives it first, each showing it."""
    from search.retrieval.figures_asked import FigureAsked

    if not getattr(parsed, "rate_said", None):
        return
    figure = parsed.figure
    key = RATE_OF.get(figure.key) if figure is not None else None
    if key is None and parsed.bare_rates:
        key = parsed.bare_rates[0]
    if key is None:
        return
    word = figure.word if figure is not None else parsed.rate_said[0]
    others = figure.others if figure is not None else ()
    issuers = figure.issuers if figure is not None else ()
    # 纠错率最高: the rate's size orders the reports, as 最多 orders by a count; else its presence ranks.
    least = _LEAST.search(parsed.text) is not None
    most = not least and ((figure is not None and figure.mode == "most") or _MOST.search(parsed.text) is not None)
    parsed.figure = FigureAsked(key, word, "most" if most else "least" if least else "rate", 0, others, issuers)
    most = most or least
    # The table gives the rate: what it is the rate of (纠错 of 纠错率) need not be written beside it.
    rest = [c for c in parsed.must if c.phrase or not all(a in parsed.rate_bases for a in c.alternatives)]
    if most:  # nor, when its size is asked, the words it is of: every report whose table gives it is compared
        rest = [c if c.phrase else Clause([" ".join(_LEAST.sub(" ", _MOST.sub(" ", a)).split()) for a in c.alternatives],
                                         False, c.shown)
                for c in rest]
        rest = [c for c in rest if c.phrase or not set(cut(" ".join(c.alternatives))) <= {*parsed.rate_bases, *_OF_WORDS}]
    if rest or most:
        parsed.must = rest


