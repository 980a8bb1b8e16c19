"""A ParsedQuery as a Whoosh query tree for the text (filters are applied separately).

Each word is searched in every text field with its boost, in the character bigrams (so it is found
inside longer words) and as the parts of a compound; synonyms count SYNONYM_BOOST of the word
typed; words typed together rank above the same words apart; a query that names only an issuer
lands on the report's overview (part 1).
"""
from __future__ import annotations

from functools import lru_cache

from whoosh import query as Q

from search.analysis import bigrams, compound_parts, cut, fold
from search.retrieval.issuers import LOCAL_NAMESAKE, IssuerQuery, concept_of
from search.retrieval.query import (DOC_WORDS, MAX_WORDS, SOFT_WORDS, STOP_WORDS, Clause, ParsedQuery, content_words,
                                    longest_words, query_words, topic_words)
from search.retrieval.everyday import EVERYDAY_BOOST
from search.retrieval.kind_words import item_label
from search.retrieval.shadowed import is_shadowed
from search.retrieval.synonyms import searched, synonym_weight
from search.schema import FIELD_BOOSTS, GRAM_BOOST
from search.vocabulary import in_several_headings

SYNONYM_BOOST = 0.7  # weight of a synonym against the term the user typed
PAIR_BOOST = 1.0  # two words of the query side by side in a part, as typed
FRAME_BOOST = 1.0  # the template's answer to a question's frame (frames.py): half a loose word
OUTCOME_BOOST = 2.0  # the words stating an outcome asked for (考核结果: 优秀, 位列): above the mechanism's words
LOOSE_BOOST = 2.0  # a loose word present lifts a section a good deal, absent it excludes nothing
PARTS_FIELDS = ("section_title", "body")  # where a compound is written split (高龄老人生活津贴)
LEAD_FIELDS = ("agency", "place")  # the fields that name a report's issuer
PARTS_BOOST = 0.3  # 高龄 + 津贴 apart, for 高龄津贴: found, but below the word itself
Weak = tuple[tuple[str, tuple[str, ...]], ...]  # everyday word -> the reports' wordings (everyday.py)


def weak_words(parsed: ParsedQuery) -> Weak:
    """The query's everyday words the reports rarely use, with their wordings, as a cache key."""
    return tuple(sorted(parsed.everyday.items()))


def _word_query(word: str) -> Q.Query | None:
    """One word: in every text field, in the bigrams (inside longer words), or as its parts."""
    # A word a common compound hides across its parts (民政 in 人民政府) is found by the word fields only.
    grams = [] if is_shadowed(word) else bigrams(word)
    parts: list[Q.Query] = [Q.Term(name, word, boost=_field_boost(name, boost, word))
                            for name, boost in FIELD_BOOSTS.items()]
    if len(grams) == 1:
        parts.append(Q.Term("grams", grams[0], boost=GRAM_BOOST))
    elif grams:
        parts.append(Q.Phrase("grams", grams, boost=GRAM_BOOST))
    pieces = compound_parts(word)
    if pieces:
        # All parts in one field: the title of every section says 政府信息公开, which must not
        # combine with a 申请 in the body to match 政府信息公开申请.
        parts.append(_weighed(Q.Or([Q.And([Q.Term(n, p) for p in pieces]) for n in PARTS_FIELDS]), PARTS_BOOST))
    return Q.Or(parts)


def _field_boost(field: str, boost: float, word: str) -> float:
    """A field's boost for ``word``: a word of several of the template's part headings counts in a heading as in the
    text. Nearly every report heads its parts in the template's words (二、主动公开政府信息情况, 三、收到和处理政府信息
    公开申请情况), so 信息, 政府 or 情况 in a heading say the part is one of the template's, not what it is about (招标的
    信息 found parts 二 by their heading's 信息); a word of one heading only (行政复议, 问题, 收到) still names its part."""
    if field == "section_title" and in_several_headings(word):
        return FIELD_BOOSTS["body"]
    return boost


def _issuer_alternatives(word: str) -> list[Q.Query]:
    """For a word that names an issuer (市监局, 卫计委, 派出所, 乡镇): the reports whose issuer it is, and the names that
    issuer's reports are written with (weighed as synonyms)."""
    concept = concept_of(word)
    if concept is None:
        return []
    # A central body's written names are its local namesakes' (文化和旅游部: 文化和旅游局): as text they
    # count as little as those bodies do (issuers.LOCAL_NAMESAKE), or the county bureau comes first.
    weight = SYNONYM_BOOST * (LOCAL_NAMESAKE if concept.central else 1.0)
    written = [_weighed(q, weight) for q in map(_word_query, concept.names) if q is not None]
    # The best of them counts: a section naming the body three ways is not three times about it.
    return [Q.DisjunctionMax([IssuerQuery(concept)] + written)] if written else [IssuerQuery(concept)]


def _topic_query(word: str, weak: Weak = ()) -> Q.Query | None:
    """One topic word: itself, its synonyms (weighed) and, when it names an issuer, that issuer."""
    alternatives = [(q if i == 0 else _weighed(q, synonym_weight(word, w, SYNONYM_BOOST)))
                    for i, (w, q) in enumerate((w, _word_query(w)) for w in searched(word))]
    return _best_of([q for q in alternatives if q is not None] + _issuer_alternatives(word) + _everyday(word, weak))


def _everyday(word: str, weak: Weak) -> list[Q.Query]:
    """The reports' wordings of an everyday word they rarely use (everyday.py), weighed low."""
    wordings = dict(weak).get(word, ())
    return [_weighed(q, EVERYDAY_BOOST) for q in map(_word_query, wordings) if q is not None]


def _text_query(text: str, phrase: bool, weak: Weak = ()) -> Q.Query | None:
    """Match what the user typed as one item: a word, a run of words, or an exact phrase."""
    words = cut(text) if phrase else query_words(text)
    grams = bigrams(text)
    if phrase:
        if len(grams) < 2:
            return _word_query(words[0]) if words else None
        # An exact phrase must occur as written (inside longer words too): the bigram phrase
        # decides what matches, the word fields only rank.
        exact = Q.Phrase("grams", grams, boost=GRAM_BOOST)
        if not words:
            return exact
        if len(words) > 1:
            ranked = Q.Or([Q.Phrase(name, words, boost=boost) for name, boost in FIELD_BOOSTS.items()])
        else:
            ranked = _word_query(words[0])
        return Q.AndMaybe(exact, ranked)
    if len(words) == 1 and words[0] != text:
        # A run read as one known word with the words a citizen put inside it left out (网上就能办事: 网上办事,
        # query.query_words): the word with its synonyms, as if typed so.
        return _topic_query(words[0], weak)
    if len(words) <= 1:
        return _best_of([q for q in [_word_query(words[0])] if q is not None] + _issuer_alternatives(words[0])
                        + _everyday(words[0], weak)) if words else None
    # A run of words typed without spaces (低保标准是多少): every topic word required, each with
    # its synonyms; the words standing together as typed rank first.
    topic, loose = topic_words(text)
    required = []
    for word in topic:
        best = _topic_query(word, weak)
        if best is not None:
            required.append(best)
    bonus = [q for q in map(_word_query, loose) if q is not None] + [q for w in loose for q in _issuer_alternatives(w)]
    core: Q.Query | None = Q.And(required) if required else None
    if core is not None and bonus:
        core = Q.AndMaybe(core, _weighed(Q.Or(bonus), LOOSE_BOOST))
    if not grams:  # words jieba keeps that no bigram covers (symbols, rare scripts)
        return core
    together = Q.Phrase("grams", grams, boost=2.0) if len(grams) > 1 else Q.Term("grams", grams[0])
    if core is None:
        return together
    # Together counts once: the words as typed add it to the words' own score (a section that
    # only repeats them side by side, like a signature under part 6, must not get it twice).
    return Q.Or([core, together])


def _clause_query(clause: Clause, weak: Weak = ()) -> Q.Query | None:
    return _items_query(tuple(clause.alternatives), clause.phrase, () if clause.phrase else weak)


@lru_cache(maxsize=512)
def _items_query(alternatives_typed: tuple[str, ...], phrase: bool, weak: Weak = ()) -> Q.Query | None:
    """The query of one item (kept: the grouped view asks for an item's query several times, and building a query
    with synonyms copies it for each weight). Query trees are never changed."""
    clause = Clause(list(alternatives_typed), phrase)
    alternatives = []
    for alt in clause.alternatives:
        # A quoted phrase is searched as typed (docs/query-language.md): "政务微博" must not list
        # reports that only say 官方微博.
        for i, term in enumerate([fold(alt)] if clause.phrase else searched(alt)):
            q = _text_query(term, clause.phrase, weak if i == 0 else ())
            if q is not None:
                alternatives.append(q if i == 0 else _weighed(q, synonym_weight(alt, term, SYNONYM_BOOST)))
    return _best_of(alternatives)


def _weighed(query: Q.Query, boost: float) -> Q.Query:
    """The query with every leaf's boost multiplied by ``boost``.

    Whoosh drops the boost of a compound query when it normalises it, so the weight has to
    be carried down to the terms and phrases.
    """
    if boost == 1.0:
        return query
    if query.is_leaf():
        return query.with_boost(query.boost * boost)
    return query.apply(lambda child: _weighed(child, boost))


def _best_of(alternatives: list[Q.Query]) -> Q.Query | None:
    """Any alternative matches; the scores of those that match add up."""
    # Whoosh's DisjunctionMax would be the natural choice, but its matcher (2.7) takes the max of
    # both sides even when they sit on different documents, so scores leak between sections.
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else Q.Or(alternatives)


def _extras(parsed: ParsedQuery) -> list[Q.Query]:
    """What ranks a part holding every word higher: the words standing together as typed, the
    issuer's overview for a query that only names it, the words that only rank."""
    extras: list[Q.Query] = []
    # Reward the words standing together as typed over the same words scattered.
    if len(parsed.must) > 1 and all(len(c.alternatives) == 1 for c in parsed.must):
        joined = bigrams("".join(c.alternatives[0] for c in parsed.must))
        if len(joined) > 1:
            extras.append(Q.Phrase("grams", joined, boost=2.0))
    lead = _lead_query(parsed)
    if lead is not None:
        extras.append(lead)
    # Each with its synonyms: a shortcoming as a citizen says it (看不懂) ranks the reports' wording too.
    ranking = [q for q in (_items_query((w,), False) for w in parsed.rank_words) if q is not None]
    if ranking:
        extras.append(_weighed(Q.Or(ranking), LOOSE_BOOST))
    # The template's answer to a question's frame (怎么申请: 受理, 公开指南 …) ranks below a typed word.
    framing = [q for q in (_items_query((w,), False) for w in parsed.frame_words) if q is not None]
    if framing:
        extras.append(_weighed(Q.Or(framing), FRAME_BOOST))
    # A question about an outcome (考核结果怎么样) is answered by a report stating one, not by one naming
    # the mechanism: the outcome's words weigh more than the frame's.
    outcomes = [q for q in (_items_query((w,), False) for w in parsed.outcome_words) if q is not None]
    if outcomes:
        extras.append(_weighed(Q.Or(outcomes), OUTCOME_BOOST))
    return extras


def outcome_query(parsed: ParsedQuery) -> Q.Query | None:
    """The parts stating an outcome the question asks for (frames.py): an outcome word (优秀, 位列, 按期答复)
    beside a word of what it is the outcome of (考核, 评议; 法定期限, 答复), so that 优秀 in 优秀案例 is none."""
    outcomes = [q for q in (_items_query((w,), False) for w in parsed.outcome_words) if q is not None]
    if not outcomes:
        return None
    subject = [q for q in (_items_query((w,), False) for w in parsed.frame_words) if q is not None]
    return Q.And([Q.Or(outcomes), Q.Or(subject)]) if subject else Q.Or(outcomes)


def to_whoosh(parsed: ParsedQuery) -> Q.Query:
    """The Whoosh query for the text part (filters are applied separately)."""
    weak = weak_words(parsed)
    musts = [q for q in (_clause_query(c, weak) for c in parsed.must) if q is not None]
    query: Q.Query = Q.And(musts) if musts else Q.Every()
    for extra in _extras(parsed):
        query = Q.AndMaybe(query, extra)
    nots = [q for q in map(_clause_query, parsed.must_not) if q is not None]
    if nots:
        query = Q.AndNot(query, Q.Or(nots))
    return query


def _lead_query(parsed: ParsedQuery) -> Q.Query | None:
    """Part 1 of the reports whose issuer the whole query names (水利部, 天津 和平区), to rank first.

    A query that only names an agency or place matches every part of its reports alike in those
    fields; the body then decides, and a short part that repeats the name (the signature under
    part 6, "2017年，水利部将…") would lead. The overview is where such a search should land.
    """
    if not parsed.must or any(c.phrase or len(c.alternatives) > 1 for c in parsed.must):
        return None
    words = [w for c in parsed.must for w in topic_words(c.alternatives[0])[0]]
    if not words or len(words) > MAX_WORDS:
        return None
    named = [Q.Or([Q.Term(name, s, boost=FIELD_BOOSTS[name]) for s in searched(w) for name in LEAD_FIELDS]
                  + _issuer_alternatives(w)[:1]) for w in words]
    return Q.And(named + [Q.Term("section", 1)])


def any_word_query(parsed: ParsedQuery) -> Q.Query | None:
    """The fallback when all words together find nothing: any topic word, the rest still excluded."""
    words = longest_words([w for clause in parsed.must if not clause.phrase for alt in clause.alternatives for w in content_words(alt)])
    if len(words) < 2:
        return None
    alternatives = [q for w in words for q in map(_word_query, searched(w)) if q is not None]
    query: Q.Query = Q.Or(alternatives)
    nots = [q for q in map(_clause_query, parsed.must_not) if q is not None]
    return Q.AndNot(query, Q.Or(nots)) if nots else query


def only_ranks(text: str) -> bool:
    """Whether an item typed apart holds only words that rank inside a run typed without spaces (topic_words):
    the report's own name (年报, 信息公开年报, 的年度报告), which every report is, or a count word (数量, 案件)."""
    words = [w for w in query_words(text) if w.strip()]
    loose = DOC_WORDS | SOFT_WORDS
    return bool(words) and all(w in loose or w in STOP_WORDS for w in words) and any(w in loose for w in words)


def report_units(parsed: ParsedQuery) -> list[Q.Query]:
    """What a report must hold somewhere, each in any of its parts (the grouped view): every quoted phrase, OR group
    and typed word, and every topic word of a run typed without spaces (便民热线: 便民 and 热线), each with its synonyms
    and the issuer it names. A run that has a synonym of its own (政务新媒体 = 政务微博 …) stays one item."""
    return [query for _, query in labeled_report_units(parsed)]


def labeled_report_units(parsed: ParsedQuery) -> list[tuple[str, Q.Query]]:
    """``report_units`` with the words each item was made from, as a user would read them."""
    units: list[tuple[str, Q.Query]] = []
    weak = weak_words(parsed)  # an item's label: item_label (派出所的年报: 派出所)
    for clause in parsed.must:
        alt = clause.alternatives[0]
        topic = [] if clause.phrase or len(clause.alternatives) > 1 or len(searched(alt)) > 1 else topic_words(alt)[0]
        topic = _glued(parsed, alt) + topic if topic else topic  # 县教育局: 县 an item, as typed apart
        pieces = [Clause([word]) for word in topic] if len(topic) > 1 else [clause]
        for piece in pieces:
            query = _clause_query(piece, weak)
            if query is not None:
                units.append((piece.shown or (item_label(clause) if piece is clause else piece.alternatives[0]), query))
    return units


def _glued(parsed: ParsedQuery, typed: str) -> list[str]:
    from search.retrieval.issuer_sets import glued_items  # (issuer_sets reads the query this module searches)

    return glued_items(parsed, typed) if parsed.issuer_sets else []


def word_unit(word: str) -> Q.Query | None:
    """The item ``labeled_report_units`` makes of one typed word (with its synonyms and issuer)."""
    return _clause_query(Clause([word]))


def report_bonus(parsed: ParsedQuery) -> Q.Query | None:
    """What ``to_whoosh`` adds to the items of ``report_units`` in a part holding them all: the
    extras, and for a run split into its words, the run as typed and its loose words. A part's
    score is then its items' scores plus this, as ``to_whoosh`` would score it."""
    found = _extras(parsed)
    for clause in parsed.must:
        alt = clause.alternatives[0]
        if clause.phrase or len(clause.alternatives) > 1 or len(searched(alt)) > 1:
            continue
        topic, loose = topic_words(alt)
        if len(topic) + len(_glued(parsed, alt)) <= 1:
            continue  # one item: its own query holds the run and the loose words
        grams = bigrams(alt)
        if len(grams) > 1:
            found.append(Q.Phrase("grams", grams, boost=2.0))
        if parsed.figure is None:  # a figure question ranks by the figure, its words are the table's
            found += _adjacent_pairs(alt)
        bonus = [q for q in map(_word_query, loose) if q is not None] + [q for w in loose for q in _issuer_alternatives(w)]
        if bonus:
            found.append(_weighed(Q.Or(bonus), LOOSE_BOOST))
    return Q.Or(found) if found else None


def _adjacent_pairs(text: str) -> list[Q.Query]:
    """Two topic words typed one after the other (question words between them left out) found
    side by side in a part: 网上怎么申请 ranks a part saying 网上申请 above one holding 网上 and 申请
    apart. Each pair ranks; none is required."""
    words = [w for w in cut(text) if w.strip() and w not in STOP_WORDS]
    pairs = [a + b for a, b in zip(words, words[1:]) if len(a + b) > 2]
    return [Q.Phrase("grams", bigrams(pair), boost=PAIR_BOOST) for pair in dict.fromkeys(pairs)][:MAX_WORDS]


def part_exclusion(parsed: ParsedQuery) -> Q.Query | None:
    """The parts -word keeps from matching: those holding it (or a synonym)."""
    nots = [q for q in map(_clause_query, parsed.must_not) if q is not None]
    return Q.Or(nots) if nots else None
