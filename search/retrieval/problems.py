"""Problem questions: 公开内容不全面, 依申请公开流程不规范, 新媒体影响力弱.

A citizen asking whether bodies admit a problem writes the shortcoming (不全面, 不规范, 弱, or words
of its form: 太少, 看不懂, 难找); the reports admit it in part 五 (存在的主要问题及改进情况) in their
own words (还不够全面, 有待规范, 仍需加强, and for the citizens' forms the one-way synonyms of
data/synonyms.txt: 看不懂 => 通俗易懂). ``shortcomings.take_problem`` takes the shortcoming words out of the required words (they only
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
another (开展宣传活动12场。信息更新不够及时) admits less (``discount_apart``). A part saying nothing falls short
at all outside part 五 (an opening's 成立了领导小组 for 领导不重视) admits nothing: it keeps SUBJECTLESS. A part admitting
only problems of other kinds than the question's (problem_kinds.py: 解读 滞后 for 平台建设滞后) keeps OTHER_KIND.
"""
from __future__ import annotations


import numpy as np

from search.analysis import bigrams, cut, fold
from search.retrieval.aims import admitted_share
from search.retrieval.arrays import arrays_for
from search.retrieval.matching import Matched
from search.retrieval.per_report import best_per_report
from search.retrieval.problem_note import note_admissions_without_words
from search.retrieval.problem_kinds import CLAUSE, OTHER_KIND, admitted_kinds, kinds_of, named_kinds
from search.retrieval.query import STOP_WORDS, ParsedQuery
from search.retrieval.report_lexical import part_scores
from search.retrieval.complaints import ADMITTED
from search.retrieval.shortcomings import (DEGREE, LACKING_FORMS, MEASURES, MILD, PROBLEM_PART, SHORTFALL, admitted,
                                           report_forms)
from search.retrieval.synonyms import searched
from search.retrieval.top_parts import best_parts

PART_BOOST = 3.0  # the words in part 五 count this much more than elsewhere (2.0 before round 17: docs/relevance.md)
ADMITTED_SHARE = 0.5  # of the best part 五's score, what a report's part 五 needs to lead the list
SECOND_SHARE = 0.2  # of it, what a listed report's part 五 needs to come before the reports matching elsewhere
SECOND_BY = 0.5  # among those, what their part 五's admission counts against their words anywhere
PLANS = 0.5  # the query's words in a part's plans (aims.py) count this much of those in its admissions
READ = 30  # best-scored reports whose admitting part is read to tell its admissions from its plans
SUBJECTLESS = 0.5  # what a part naming none of the subject's words keeps: it admits another problem
# Parts whose text is read for the shortcoming's own word (as signals.READ_AT_MOST): reading every part holding
# 逾期 cost 140 ms a query at 10,000 reports; below the best 200 a part's order hardly shows.
READ_AT_MOST = 200
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
    # A degree, mild degree or measure (不太, 比较, 力度) says how much, in words the reports' admissions need not use
    # (关注度不高 for 不太关注): a part holding one is no admission of the problem, and as a rare word its idf would
    # weigh most. The shortfall words among them (不够) the reports do write: they stay (HOW_MUCH, below).
    words = [w for w in dict.fromkeys(w for form in forms for w in cut(form))
             if len(w.strip()) > 1 and w not in STOP_WORDS and w not in HOW_MUCH]
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
    texts = _FoldedBodies(searcher)  # the discounts below read the same best parts: each part's text read once
    scores = part_scores(searcher, tokens, scope)
    scores = discount_other_subjects(searcher, parsed, scores, scope, texts)
    # A part whose heading the parser could not read is still searched, at half the weight of
    # a part 五 (the problems section) holding the same words.
    scores = np.where(problem_parts(searcher), scores * PART_BOOST, scores)
    # A part outside part 五 saying nothing falls short (an opening's 成立了领导小组 for 领导不重视) admits nothing, as
    # one naming another subject; a part 五 admits by its place, in words no list holds (答复较慢).
    scores = np.where(says_shortfall(searcher, parsed) | problem_parts(searcher), scores, scores * SUBJECTLESS)
    scores = discount_plans(searcher, tokens, scores, codes, scope, texts)
    scores = discount_apart(searcher, parsed, scores, codes, scope, texts)
    scores = discount_other_kinds(searcher, parsed, scores, codes, scope, texts)
    best = best_per_report(codes, scope, scores, count)
    top = best.max(initial=0.0)
    if top <= 0:
        return matched
    leading = best >= top * ADMITTED_SHARE
    note_admissions_without_words(parsed, leading, matched.mask, codes, count)
    shown = scope & leading[codes] & (scores >= best[codes]) & (scores > 0)
    lift = matched.scores[matched.mask].max(initial=0.0) + 1.0
    # Below the leaders, the listed reports whose part 五 admits something of it (a weaker admission)
    # come before those matching elsewhere only: a problem is admitted in part 五, not in part 一. Among
    # them, how much their part 五 admits counts SECOND_BY, their words anywhere the rest.
    in_five = best_per_report(codes, scope & problem_parts(searcher), scores, count)
    second = ~leading & (in_five >= top * SECOND_SHARE) & (in_five > 0)
    ranked = np.where(shown, 2 * lift + best[codes],
                      np.where(leading[codes], 0.0,
                               np.where(second[codes], lift + SECOND_BY * (lift - 1.0) * in_five[codes] / top
                                        + (1.0 - SECOND_BY) * matched.scores, matched.scores)))
    mask = (matched.mask & ~leading[codes]) | shown
    return Matched(mask, np.where(mask, ranked, 0.0))


def admissions_within(searcher, parsed: ParsedQuery, matched: Matched, codes: np.ndarray, count: int,
                      scope: np.ndarray) -> Matched:
    """``admissions``, kept below what the query names outright: the group ``signals.explicit_group`` makes (the
    reports of the place, year or body typed) first, ordered by their own admissions, since the best admission of
    another place would leave a weaker one of this place out of the leaders; then the rest, by theirs."""
    everywhere = admissions(searcher, parsed, matched, codes, count, scope)
    if everywhere is matched:
        return everywhere
    from search.retrieval.signals import explicit_first, explicit_group

    # The group is read only here, once admissions apply: every other grouped query paid for it (review of session 24).
    group = explicit_group(searcher, parsed, matched.mask)
    if group is None:
        return everywhere
    inside = admissions(searcher, parsed, matched, codes, count, scope & group)
    combined = Matched(np.where(group, inside.mask, everywhere.mask), np.where(group, inside.scores, everywhere.scores))
    return explicit_first(searcher, parsed, combined)


def says_shortfall(searcher, parsed: ParsedQuery) -> np.ndarray:
    """Per document: whether it says that something falls short, in any of SHORTFALL_WORDS (read once a
    generation) or in the shortcoming's own forms; a form is held where all its character bigrams are."""
    words = searcher.cache.get("problems:shortfall", lambda: _holding(searcher, SHORTFALL_WORDS))
    return words | _holding(searcher, [f for w in parsed.rank_words if admitted(w) for f in report_forms(w)])


def _holding(searcher, forms) -> np.ndarray:
    arrays = arrays_for(searcher)
    held = np.zeros(arrays.doc_count, dtype=bool)
    for form in dict.fromkeys(map(fold, forms)):
        grams = bigrams(form)
        ids = arrays.postings(searcher, "grams" if grams else "body", grams[0] if grams else form).ids
        for gram in grams[1:]:
            ids = ids[np.isin(ids, arrays.postings(searcher, "grams", gram).ids)]
        held[ids] = True
    return held


def subject_tokens(parsed: ParsedQuery) -> dict[str, list[str]]:
    """The subject's share of ``admission_tokens``: the words left required once the shortcoming
    was taken out (互动回应 of 互动回应不及时), with their synonyms and inner bigrams."""
    forms = [form for clause in parsed.must for alt in clause.alternatives
             for word in [alt] + cut(alt) for form in searched(word)]
    words = [w for w in dict.fromkeys(w for form in forms for w in cut(form))
             if len(w.strip()) > 1 and w not in STOP_WORDS]
    return {"body": words, "grams": list(dict.fromkeys(g for w in words for g in bigrams(w)))}


def discount_other_subjects(searcher, parsed: ParsedQuery, scores: np.ndarray, scope: np.ndarray,
                            texts: "_FoldedBodies") -> np.ndarray:
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
    own = tuple(map(fold, own_forms(parsed)))
    if own:
        # A part naming the shortcoming in its own word names the problem, whatever subject it names (语言不够通俗
        # for 群众看不懂公开的内容): when a clause says it falls short, not when it praises (写得通俗，群众爱看).
        short = shortfall_forms(parsed)
        candidates = np.flatnonzero(_holding(searcher, own) & ~named & scope)
        if len(candidates) > READ_AT_MOST:  # the text is read part by part: the best-scored parts only
            candidates = candidates[np.argsort(-scores[candidates], kind="stable")[:READ_AT_MOST]]
        for doc in candidates.tolist():
            named[doc] = any(any(f in c for f in own) and any(x in c for x in short if x not in own)
                             for c in CLAUSE.split(texts(doc)))
    return np.where(named, scores, scores * SUBJECTLESS)


def own_forms(parsed: ParsedQuery) -> list[str]:
    """The shortcoming's own wordings in the reports (通俗, 可读性 of 看不懂; 逾期 of 超时; 文字错误 of 错字): its
    report forms less the words that say any shortfall at all (SHORTFALL_WORDS, 有待, 缺乏 …). A report admitting
    语言不够通俗 admits what a citizen asks as 群众看不懂公开的内容, though it names neither 群众 nor 内容: the citizen
    names the problem by whom it affects, the report by its own word for it (round 35b)."""
    generic = set(SHORTFALL_WORDS) | set(ADMITTED) | set(LACKING_FORMS) | set(SHORTFALL)
    return [f for f in dict.fromkeys(f for w in parsed.rank_words if admitted(w) for f in report_forms(w))
            if len(f) >= 2 and f not in generic and f not in parsed.rank_words]


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
                   scope: np.ndarray, texts: "_FoldedBodies") -> np.ndarray:
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
        share = admitted_share(texts(doc), weights)
        factors[doc] = share + PLANS * (1.0 - share)
    return scores * factors


# What says, in the reports' words, that something falls short (besides the query's own forms).
SHORTFALL_WORDS = ("不够", "不足", "不到位", "不及时", "不高", "不强", "不大", "不全", "不规范", "不完善", "不便",
                   "有待", "仍需", "还需", "尚需", "亟待", "欠缺", "缺乏", "薄弱", "滞后", "较少", "偏少", "单一",
                   "差距", "短板", "不平衡", "频繁", "较弱", "偏弱")
# The words of how much a citizen's shortcoming says (不太, 不怎么, 比较, 力度: take_problem's DEGREE, MILD, MEASURES)
# less those the reports' admissions write themselves (不够).
HOW_MUCH = (DEGREE | MILD | MEASURES) - set(SHORTFALL_WORDS) - set(SHORTFALL)
TELLING_IDF = 1.0  # a subject none of whose strings weighs this much (held by most parts) is none
APART = 0.8  # a part 五 that never says the subject and its shortfall in one clause keeps this share


def _clause_share(text: str, weights: dict[str, float], short: tuple[str, ...]) -> float:
    """Of the subject's strings ``text`` holds (``weights``: string -> idf), the largest share of their
    weight that one clause holding a shortfall holds (1.0 when the text holds none of them)."""
    whole = sum(w for s, w in weights.items() if s in text)
    if whole <= 0:
        return 1.0
    best = max((sum(w for s, w in weights.items() if s in clause) for clause in CLAUSE.split(text)
                if any(f in clause for f in short)), default=0.0)
    return best / whole


def discount_apart(searcher, parsed: ParsedQuery, scores: np.ndarray, codes: np.ndarray,
                   scope: np.ndarray, texts: "_FoldedBodies") -> np.ndarray:
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
    short = shortfall_forms(parsed)
    factors = np.ones(len(scores))
    for doc in best_parts(docs, scores, codes, READ).tolist():
        share = _clause_share(texts(doc), weights, short)
        factors[doc] = APART + (1.0 - APART) * share
    return scores * factors


def discount_other_kinds(searcher, parsed: ParsedQuery, scores: np.ndarray, codes: np.ndarray,
                         scope: np.ndarray, texts: "_FoldedBodies") -> np.ndarray:
    """``scores`` with the best part of each of the READ best reports kept at OTHER_KIND when every problem it
    admits is of a kind (problem_kinds.KINDS) the question does not name: 公开内容不够规范 for 公开内容不全面."""
    named = subject_tokens(parsed)["body"] + own_forms(parsed) + [w for w in parsed.rank_words if admitted(w)
                                                                  and w not in SHORTFALL_WORDS]
    asked = set().union(*map(kinds_of, map(fold, named)))
    if not asked:
        return scores
    docs = np.flatnonzero(scope & (scores > 0))
    if not len(docs):
        return scores
    short = shortfall_forms(parsed)
    factors = np.ones(len(scores))
    for doc in best_parts(docs, scores, codes, READ).tolist():
        text = texts(doc)
        kinds = admitted_kinds(text, short)
        if kinds and not kinds & asked and not named_kinds(text) & asked:
            factors[doc] = OTHER_KIND
    return scores * factors


def shortfall_forms(parsed: ParsedQuery) -> tuple[str, ...]:
    """What says a shortfall in a part: SHORTFALL_WORDS and the report forms of the question's own shortcoming,
    folded as the parts' texts are."""
    return SHORTFALL_WORDS + tuple(fold(f) for w in parsed.rank_words if admitted(w) for f in report_forms(w))


class _FoldedBodies:
    """The folded text of a part, read from the store once per question."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._texts: dict[int, str] = {}

    def __call__(self, doc: int) -> str:
        text = self._texts.get(doc)
        if text is None:
            text = self._texts[doc] = fold(self._searcher.stored_fields(doc).get("body", ""))
        return text
