"""Problem questions: 公开内容不全面, 依申请公开流程不规范, 新媒体影响力弱.

A citizen asking whether bodies admit a problem writes the shortcoming (不全面, 不规范, 弱, or words
of its form: 太少, 看不懂, 难找); the reports admit it in part 五 (存在的主要问题及改进情况) in their
own words (还不够全面, 有待规范, 仍需加强, and for the citizens' forms the one-way synonyms of
data/synonyms.txt: 看不懂 => 通俗易懂). ``take_problem`` takes the shortcoming words out of the required words (they only
rank) and marks the query, so that each report's part 五 counts more (search/retrieval/grouped.py
and signals.py): the subject of the problem (公开内容, 依申请公开 流程) still has to be there.

Where the admission is worded unlike the question (解读方式太单一: 解读形式较为单一; 群众看不懂: 通俗性有待加强), requiring the subject's words
anywhere in the report decides the list by words that every report holds somewhere (公开, 内容, 方式). ``admissions`` ranks
the reports instead by the part where they admit it: a plain BM25 of the question's words and their character bigrams
(the shortcoming's synonyms included), each part its own document, part 五 counting PART_BOOST times (an admission
whose heading the parser missed still counts); words every part uses (公开, 工作) weigh nothing, the ones that tell this
problem apart (解读, 单一, 通俗) most. The reports whose best part scores at least ADMITTED_SHARE of the best lead the list
in that order, shown at that part. A part's words in its plans (下一步，将提高社会关注度: aims.py) count PLANS of those in its
admissions: planning to raise something is no admission that it is low. And an admission says the subject and its
shortfall in one clause (一是信息公开宣传不够；): a part naming the subject in one sentence and a shortfall of something else in
another (开展宣传活动12场。信息更新不够及时) admits less (``discount_apart``).
"""
from __future__ import annotations

import re

import jieba
import numpy as np

from search.analysis import bigrams, cut, fold, init_jieba
from search.retrieval.aims import admitted_share
from search.retrieval.arrays import arrays_for
from search.retrieval.matching import Matched
from search.retrieval.query import STOP_WORDS, Clause, ParsedQuery, query_words
from search.retrieval.report_lexical import part_scores
from search.retrieval.synonyms import searched
from search.retrieval.top_parts import best_parts

PROBLEM_PART = 5
PART_BOOST = 3.0  # the words in part 五 count this much more than elsewhere (2.0 before round 17: docs/relevance.md)
ADMITTED_SHARE = 0.5  # of the best part 五's score, what a report's part 五 needs to lead the list
SECOND_SHARE = 0.2  # of it, what a listed report's part 五 needs to come before the reports matching elsewhere
PLANS = 0.5  # the query's words in a part's plans (aims.py) count this much of those in its admissions
READ = 30  # best-scored reports whose admitting part is read to tell its admissions from its plans
SUBJECTLESS = 0.5  # what a part naming none of the subject's words keeps: it admits another problem
# Words that say something falls short (as jieba cuts them), and those that do with the next word
# (不 规范, 有待 提高, 较 少).
SHORT = frozenset("不高 不够 不足 不好 不多 不强 不深 不细 不畅 不便 不熟 不熟悉 不到位 不规范 不全面 不完整 不完善 不及时"
                  " 不准确 不统一 不充分 不明确 弱 较弱 偏弱 薄弱 滞后 欠缺 缺乏 短板 差距 问题 困难 较少 偏少 单一 不足之处"
                  # A lone adjective after its subject (更新慢, 人员少, 质量差) and the nouns and adjectives
                  # of faults (错别字, 差错, 混乱, 意识淡薄, 变动频繁).
                  " 慢 少 差 乱 错误 差错 错漏 错别字 混乱 随意 缺失 淡薄 频繁 陈旧".split())
WITH_NEXT = frozenset("不 有待 亟待 较 偏 仍需 还需 太 过于 难".split())
# A degree word says a shortcoming with the word after it (不够深入, 不太及时): that word is part of the
# shortcoming, not a subject word to require (深入 is in every report: 深入推进). Alone at the end
# (力度不够) 不够 is the shortcoming itself.
DEGREE = frozenset("不够 不太 不很 还不够 仍不够".split())
# Shortcomings by their form, beyond the list: 太少, 太慢 (太 + one character), 看不懂, 跟不上 (a verb, 不
# and its result), 难懂, 难找 (难 + one character), 没人看, 没人管.
_SHORT_FORM = re.compile(r"^(?:太.|.不.|难.|没人.?)$")
# 老换, 总变: 老 / 总 (always) glued to a verb by jieba, a word its dictionary does not hold (老人, 总结 it
# does). The reports say it with 频繁 (更换频繁, 变动频繁).
_OFTEN_FORM = re.compile(r"^[老总].$")
OFTEN = "频繁"
# 不 before a verb of two characters or more (不重视, 不回复, 不配合) says a duty is not done: the reports
# admit it as the verb and a shortfall (重视程度不够, 回复不及时, 配合不到位). 不 before one character
# (不给公开的理由) only negates, and before the template's outcomes (不公开, 不处理) it names a figure.
_NEGATED_VERB = re.compile(r"^不..+$")
OUTCOME_VERBS = frozenset("公开 予以 提供 处理 受理".split())
SHORTFALL = ("不够", "不足", "不到位", "不及时")


def _often(word: str) -> bool:
    if not _OFTEN_FORM.match(word):
        return False
    init_jieba()
    return not jieba.dt.FREQ.get(word)


# A verb or adjective, 不 and itself again (多不多, 好不好, 是不是) asks a question; it says nothing falls short.
_A_NOT_A = re.compile(r"^(.)不\1$")


# 问题 after what the public does with it (关心的问题, 反映的问题, 咨询的问题) is the public's concern or
# question, which a body answers (回应关切), not a shortcoming it admits.
CONCERN_VERBS = ("关心", "关注", "关切", "反映", "提出", "咨询", "询问", "留言", "投诉", "举报", "提")


def _a_concern(words: list[str], i: int) -> bool:
    """Whether words[i] is 问题 said of the public's concern (关心的问题, 群众反映 | 的 | 问题)."""
    before = words[i - 2] if i >= 2 and words[i - 1] == "的" else words[i - 1] if i >= 1 else ""
    return words[i] == "问题" and before.endswith(CONCERN_VERBS)


def _second_half_of_a_question(words: list[str], i: int) -> bool:
    """Whether words[i] is the 不X of an A 不 A question jieba cut apart (办得好 | 不好)."""
    word = words[i]
    return i > 0 and len(word) == 2 and word[0] == "不" and words[i - 1].endswith(word[1])


def shortcoming(word: str) -> bool:
    """Whether a word (as jieba cuts it) says that something falls short."""
    if _A_NOT_A.match(word):
        return False
    # An idiom whose one-way synonyms say a shortfall is one (各搞一套 => 不统一, 对不上 => 不准确: synonyms.txt).
    return word in SHORT or bool(_SHORT_FORM.match(word)) or _often(word) or any(s in SHORT for s in searched(word)[1:])


def negated_verb(word: str) -> bool:
    """Whether ``word`` is 不 and a verb of two characters or more that says a duty not done (不重视)."""
    verb = word[1:]
    return (bool(_NEGATED_VERB.match(word)) and word not in SHORT and len(cut(verb)) == 1 and "不" not in verb
            and not any(verb.startswith(v) for v in OUTCOME_VERBS | {"予"}))


def report_forms(word: str) -> list[str]:
    """How the reports write a shortcoming: its synonyms, 频繁 for one said with 老 / 总 (老换), and
    the shortfall words for a negated verb (不重视: 重视程度不够)."""
    return searched(word) + ([OFTEN] if _often(word) else []) + (list(SHORTFALL) if negated_verb(word) else [])


def admitted(word: str) -> bool:
    """Whether a shortcoming word surely says a problem: 不 before one character (不给公开的理由)
    only negates; before a verb (不重视) it says a duty is not done."""
    return (shortcoming(word) or negated_verb(word)
            or any(word.startswith(w) and len(word) > len(w) for w in WITH_NEXT - {"不"}))


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
            # An idiom jieba cuts apart (各 | 搞 | 一套) is joined again; other known words stay in pieces.
            pieces, rest, i = cut(alt), [], 0
            words = [w for q in query_words(alt) for w in ([q] if q in pieces or shortcoming(q) else cut(q))]
            while i < len(words):
                if words[i] in DEGREE and i + 1 < len(words) and words[i + 1] not in STOP_WORDS:
                    found, i = True, i + 2
                    shortcomings.append(words[i - 2] + words[i - 1])
                elif shortcoming(words[i]) and not _second_half_of_a_question(words, i) and not _a_concern(words, i):
                    found, i = True, i + 1
                    shortcomings.append(words[i - 1])
                elif words[i] == "不" and 0 < i < len(words) - 1 and words[i - 1].endswith(words[i + 1]):
                    i += 2  # (服务)满意 | 不 | 满意 asks, as 多不多 does: the word asked about stays, once
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


def problem_parts(searcher) -> np.ndarray:
    """Per document: whether it is a report's part 五 (problems and improvements)."""
    column = arrays_for(searcher).codes(searcher, "section")
    return np.array([v == PROBLEM_PART for v in column.values], dtype=bool)[column.codes]


def admission_tokens(parsed: ParsedQuery) -> dict[str, list[str]]:
    """What a part 五 is scored by (field -> tokens): the subject's words and the shortcoming as
    typed, each with its synonyms (看不懂 => 通俗易懂: the reports' wording of the same problem).

    Words are jieba's, question words and lone characters left out (不, 熟 of 业务不熟 say little
    alone); the character bigrams are those inside each word (群众关注度: 关注, 注度, not 度不, which
    spans two words). A shortcoming also counts whole: 不全面 gives 不全, as reports write 覆盖不全,
    where 全面 alone is in every report (全面推进)."""
    typed = [alt for clause in parsed.must for alt in clause.alternatives] + parsed.rank_words
    forms = [form for text in typed for word in [text] + cut(text) for form in searched(word)]
    words = [w for w in dict.fromkeys(w for form in forms for w in cut(form))
             if len(w.strip()) > 1 and w not in STOP_WORDS]
    short = [form for w in parsed.rank_words if admitted(w) for form in report_forms(w)]
    grams = [g for w in words + short for g in bigrams(w)]
    return {"body": words, "grams": list(dict.fromkeys(grams))}


def admissions(searcher, parsed: ParsedQuery, matched: Matched, codes: np.ndarray, count: int,
               scope: np.ndarray) -> Matched:
    """``matched`` with the reports whose part 五 (within ``scope``) admits the problem asked about
    first, best admission first, each shown at that part (see the module's doc)."""
    if parsed.prefer_part != PROBLEM_PART or not any(map(admitted, parsed.rank_words)):
        return matched
    tokens = admission_tokens(parsed)
    scores = part_scores(searcher, tokens, scope)
    scores = discount_other_subjects(searcher, parsed, scores, scope)
    # A part whose heading the parser could not read is still searched, at half the weight of
    # a part 五 (the problems section) holding the same words.
    scores = np.where(problem_parts(searcher), scores * PART_BOOST, scores)
    scores = discount_plans(searcher, tokens, scores, codes, scope)
    scores = discount_apart(searcher, parsed, scores, codes, scope)
    best = np.zeros(count)
    np.maximum.at(best, codes[scope], scores[scope])
    top = best.max(initial=0.0)
    if top <= 0:
        return matched
    leading = best >= top * ADMITTED_SHARE
    shown = scope & leading[codes] & (scores >= best[codes]) & (scores > 0)
    lift = matched.scores[matched.mask].max(initial=0.0) + 1.0
    # Below the leaders, the listed reports whose part 五 admits something of it (a weaker admission)
    # come before those matching elsewhere only: a problem is admitted in part 五, not in part 一.
    in_five = np.zeros(count)
    np.maximum.at(in_five, codes[scope & problem_parts(searcher)], scores[scope & problem_parts(searcher)])
    second = ~leading & (in_five >= top * SECOND_SHARE) & (in_five > 0)
    ranked = np.where(shown, 2 * lift + best[codes],
                      np.where(leading[codes], 0.0,
                               np.where(second[codes], lift + matched.scores, matched.scores)))
    mask = (matched.mask & ~leading[codes]) | shown
    return Matched(mask, np.where(mask, ranked, 0.0))


def subject_tokens(parsed: ParsedQuery) -> dict[str, list[str]]:
    """The subject's share of ``admission_tokens``: the words left required once the shortcoming
    was taken out (互动回应 of 互动回应不及时), with their synonyms and inner bigrams."""
    forms = [form for clause in parsed.must for alt in clause.alternatives
             for word in [alt] + cut(alt) for form in searched(word)]
    words = [w for w in dict.fromkeys(w for form in forms for w in cut(form))
             if len(w.strip()) > 1 and w not in STOP_WORDS]
    return {"body": words, "grams": list(dict.fromkeys(g for w in words for g in bigrams(w)))}


def discount_other_subjects(searcher, parsed: ParsedQuery, scores: np.ndarray, scope: np.ndarray) -> np.ndarray:
    """``scores`` with the parts that name none of the subject's words (not one word or bigram)
    kept at SUBJECTLESS: a short part 五 admitting that its notice boards are updated late
    (公开栏更新不及时) scores on 不及时 alone as high as one admitting that replies to the public come
    late (互动回应不及时), though it admits another problem. Any subject word telling it apart (TELLING_IDF: 宣传,
    not 信息公开 of every part) suffices, or any when none does: reports admit in their own words (负责公开的人老换)."""
    tokens = subject_tokens(parsed)
    if not tokens["body"]:
        return scores
    telling = {t for t, weight in _token_weights(searcher, tokens, scope).items() if weight >= TELLING_IDF}
    arrays = arrays_for(searcher)
    named = np.zeros(len(scores), dtype=bool)
    for field, words in tokens.items():
        for token in (w for w in words if not telling or fold(w) in telling):
            named[arrays.postings(searcher, field, token).ids] = True
    return np.where(named, scores, scores * SUBJECTLESS)


def _token_weights(searcher, tokens: dict[str, list[str]], scope: np.ndarray) -> dict[str, float]:
    """Each token's idf over the parts in ``scope`` (as part_scores weighs it), folded."""
    arrays = arrays_for(searcher)
    n = int(np.count_nonzero(scope)) or 1
    weights: dict[str, float] = {}
    for field, words in tokens.items():
        for token in words:
            ids = arrays.postings(searcher, field, token).ids
            df = int(np.count_nonzero(scope[ids]))
            if df:
                idf = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
                weights[fold(token)] = max(weights.get(fold(token), 0.0), idf)
    return weights


def discount_plans(searcher, tokens: dict[str, list[str]], scores: np.ndarray, codes: np.ndarray,
                   scope: np.ndarray) -> np.ndarray:
    """``scores`` (per part) with the best part of each of the READ best reports scored again on
    its admissions (aims.admitted_share), the words in its plans counting PLANS: a part 五 whose
    plans name the subject (提高社会关注度) is no admission that it falls short."""
    docs = np.flatnonzero(scope & (scores > 0))
    if not len(docs):
        return scores
    shown = best_parts(docs, scores, codes, READ)
    weights = _token_weights(searcher, tokens, scope)
    factors = np.ones(len(scores))
    for doc in shown.tolist():
        share = admitted_share(fold(searcher.stored_fields(doc).get("body", "")), weights)
        factors[doc] = share + PLANS * (1.0 - share)
    return scores * factors


# A clause of a part 五: what lies between these marks (一是……；二是……。).
_CLAUSE = re.compile(r"[。；;！!？?\n]|[一二三四五六七八九十]是")
# What says, in the reports' words, that something falls short (besides the query's own forms).
SHORTFALL_WORDS = ("不够", "不足", "不到位", "不及时", "不高", "不强", "不大", "不全", "不规范", "不完善", "不便",
                   "有待", "仍需", "还需", "尚需", "亟待", "欠缺", "缺乏", "薄弱", "滞后", "较少", "偏少", "单一",
                   "差距", "短板", "不平衡", "频繁", "较弱", "偏弱")
TELLING_IDF = 1.0  # a subject none of whose strings weighs this much (held by most parts) is none
APART = 0.8  # a part 五 that never says the subject and its shortfall in one clause keeps this share


def _clause_share(text: str, weights: dict[str, float], short: tuple[str, ...]) -> float:
    """Of the subject's strings ``text`` holds (``weights``: string -> idf), the largest share of their
    weight that one clause holding a shortfall holds (1.0 when the text holds none of them)."""
    whole = sum(w for s, w in weights.items() if s in text)
    if whole <= 0:
        return 1.0
    best = max((sum(w for s, w in weights.items() if s in clause) for clause in _CLAUSE.split(text)
                if any(f in clause for f in short)), default=0.0)
    return best / whole


def discount_apart(searcher, parsed: ParsedQuery, scores: np.ndarray, codes: np.ndarray,
                   scope: np.ndarray) -> np.ndarray:
    """``scores`` with the best part of each of the READ best reports lowered by how little of the
    subject one clause says with a shortfall: 宣传 in the plans (加大宣传培训) and 不够 of another subject
    (内容不够全面) is no admission that publicity falls short; 宣传力度不大 is. The subject's words and
    the bigrams inside them count by their idf (人员 of 工作人员 in 人员配备不足); a part keeps at
    least APART."""
    tokens = subject_tokens(parsed)
    if not tokens["body"]:
        return scores
    docs = np.flatnonzero(scope & (scores > 0))
    if not len(docs):
        return scores
    weights = _token_weights(searcher, tokens, scope)
    if max(weights.values(), default=0.0) < TELLING_IDF:
        return scores  # 政府信息公开工作存在哪些问题: no subject to say a shortfall of
    short = SHORTFALL_WORDS + tuple(f for w in parsed.rank_words if admitted(w) for f in report_forms(w))
    factors = np.ones(len(scores))
    for doc in best_parts(docs, scores, codes, READ).tolist():
        share = _clause_share(fold(searcher.stored_fields(doc).get("body", "")), weights, short)
        factors[doc] = APART + (1.0 - APART) * share
    return scores * factors
