"""The query language: words, "phrases", OR, -exclusions and field filters, to a Whoosh query.

  低保 救助             both words required
  "公开申请"            exact phrase (found inside longer words too)
  低保 OR 特困          either
  -信访                 without
  agency:民政局  year:2020  year:2019-2021  section:3   filters (机构: 年份: 部分: also work)
Anything else is read as plain words; nothing the user types raises an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as Q

from search.analysis import bigrams, compound_parts, cut, narrow, simplify
from search.schema import FIELD_BOOSTS, GRAM_BOOST
from search.retrieval.synonyms import expand, searched
from search.vocabulary import part_number

MAX_CLAUSES = 16
MAX_WORDS = 10  # topic words of one unspaced run (a pasted sentence): the longest are kept
# Every word becomes a handful of term queries, run again for each facet: the words a query may
# use in all (over its clauses, OR alternatives and exclusions) and the length of a quoted phrase
# are capped, so that no input (a pasted page, 200 ORs) makes a search slow for everyone.
MAX_QUERY_WORDS = 24
MAX_PHRASE_CHARS = 40
# Words of a typed question that carry no topic: 低保标准是多少 -> 低保 标准.
STOP_WORDS = frozenset(
    "是 的 了 吗 呢 吧 啊 呀 么 有 要 多少 有没有 是否 哪些 哪个 哪家 哪里 哪儿 哪些地方 什么 怎么 怎样 如何 为什么"
    " 为何 几 几件 几个 几条 几次 几项 几篇 人 个 和 与 及 在 被 给 都 也 还 又 着 过 这 那 这些 那些 请问 我 我们".split()
)
# Words that narrow a question only loosely (有没有行政复议案件, 政策解读有多少篇): they rank the
# sections that use them higher but are not required, since the tables never say 案件 or 篇.
SOFT_WORDS = frozenset("件 条 篇 次 项 份 人数 数量 案件 情况 单位 地方 工作 开展".split())
SYNONYM_BOOST = 0.7  # weight of a synonym against the term the user typed
LOOSE_BOOST = 2.0  # a loose word present lifts a section a good deal, absent it excludes nothing
PARTS_FIELDS = ("section_title", "body")  # where a compound is written split (高龄老人生活津贴)
LEAD_FIELDS = ("agency", "place")  # the fields that name a report's issuer
PARTS_BOOST = 0.3  # 高龄 + 津贴 apart, for 高龄津贴: found, but below the word itself
# -word, "phrase" (closed at the end when unbalanced), field:"quoted value", or a bare word.
_TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+?:"[^"]*"?|\S+))')
_FIELD = re.compile(r"^(agency|year|section|机构|年份|年度|部分):(.+)$", re.IGNORECASE)
_FIELD_NAMES = {"agency": "agency", "机构": "agency", "year": "year", "年份": "year", "年度": "year",
                "section": "section", "部分": "section"}
_YEAR_RANGE = re.compile(r"^((?:19|20)\d{2})年?\s*[-–—~至到]\s*((?:19|20)\d{2})年?$")


@dataclass
class Clause:
    """One required (or excluded) item: alternatives joined by OR, each a word or a phrase."""

    alternatives: list[str]
    phrase: bool = False


@dataclass
class ParsedQuery:
    """A user query, understood."""

    must: list[Clause] = field(default_factory=list)
    must_not: list[Clause] = field(default_factory=list)
    agency: list[str] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)
    sections: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    filter_tokens: list[str] = field(default_factory=list)  # filters as they stand in ``text`` (year:2019)
    text: str = ""  # the query as read: simplified script, half-width

    def highlight_terms(self) -> list[str]:
        """Every string worth marking in a snippet: the words, phrases and their synonyms."""
        terms = []
        for clause in self.must:
            for alt in clause.alternatives:
                terms += expand(alt)
                if not clause.phrase:
                    for word in topic_words(alt)[0]:
                        terms += expand(word)
        return list(dict.fromkeys(t for t in terms if t.strip()))

    def part_terms(self) -> list[str]:
        """The parts a word also matches by (高龄津贴: 高龄, 津贴), to mark where the word itself is absent."""
        return list(dict.fromkeys(p for clause in self.must if not clause.phrase for alt in clause.alternatives
                                  for word in topic_words(alt)[0] for p in compound_parts(word)))


def topic_words(text: str) -> tuple[list[str], list[str]]:
    """The words of a typed string that carry its topic, and the loose ones (question words dropped)."""
    words = cut(text)
    content = [w for w in words if w not in STOP_WORDS]
    required = [w for w in content if w not in SOFT_WORDS]
    if not required:
        return _longest(content or words), []
    return _longest(required), _longest([w for w in content if w in SOFT_WORDS])


def _longest(words: list[str]) -> list[str]:
    """At most MAX_WORDS distinct words, the longest (the most specific) first kept, in their order."""
    words = list(dict.fromkeys(words))
    if len(words) <= MAX_WORDS:
        return words
    keep = set(sorted(words, key=lambda w: -len(w))[:MAX_WORDS])
    return [w for w in words if w in keep][:MAX_WORDS]


def content_words(text: str) -> list[str]:
    """The words of a typed string that carry its topic (question and loose words dropped)."""
    return topic_words(text)[0]


def parse_query(text: str) -> ParsedQuery:
    """Read the user's text; unbalanced quotes close at the end, stray operators are words or dropped."""
    parsed = ParsedQuery()
    # Full-width operators from a Chinese IME count as typed: ＯＲ, －低保, year：2020, “短语”.
    text = parsed.text = narrow(simplify(text or ""))
    items: list[tuple[bool, str, bool]] = []  # (negated, text, phrase)
    for match in _TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if quoted is not None:
            if quoted.strip():
                items.append((negated, quoted.strip(), True))
            continue
        field_match = _FIELD.match(bare)
        if field_match and not negated and _apply_filter(parsed, _FIELD_NAMES[field_match.group(1).lower()], field_match.group(2)):
            parsed.filter_tokens.append(match.group())
            continue
        if bare in ("OR", "|", "AND", "&&", "||", "-", "+", "NOT"):
            items.append((False, bare, False))  # operators resolved below
            continue
        items.append((negated, bare.lstrip("+"), False))

    pending_or = pending_not = False
    for negated, value, phrase in items:
        if not phrase and value in ("OR", "|", "||"):
            pending_or = bool(parsed.must)
            continue
        if not phrase and value == "NOT":
            pending_not = True
            continue
        if not phrase and value in ("AND", "&&", "-", "+"):
            continue
        if not phrase and not (cut(value) or bigrams(value)):
            continue  # punctuation only
        negated, pending_not = negated or pending_not, False
        if negated:
            parsed.must_not.append(Clause([value], phrase))
        elif pending_or and not parsed.must[-1].phrase and not phrase:
            parsed.must[-1].alternatives.append(value)
        elif pending_or:
            parsed.must[-1] = Clause(parsed.must[-1].alternatives + [value], phrase=True)
        elif Clause([value], phrase) not in parsed.must:  # 低保 低保 is 低保
            parsed.must.append(Clause([value], phrase))
        pending_or = False
    if any(not c.phrase and len(cut(alt)) > MAX_WORDS * 2 for c in parsed.must for alt in c.alternatives):
        parsed.notes.append(f"查询较长，只按其中最长的 {MAX_WORDS} 个词语查找。")
    if len(parsed.must) > MAX_CLAUSES:
        parsed.notes.append(f"查询词过多，只使用了前 {MAX_CLAUSES} 个。")
        parsed.must = parsed.must[:MAX_CLAUSES]
    parsed.must_not = parsed.must_not[:MAX_CLAUSES]
    _limit_words(parsed)
    return parsed


def _limit_words(parsed: ParsedQuery) -> None:
    """Keep the query within MAX_QUERY_WORDS words and MAX_PHRASE_CHARS characters a phrase, with a note."""
    budget, cut_short = MAX_QUERY_WORDS, False
    for clauses in (parsed.must, parsed.must_not):
        kept_clauses: list[Clause] = []
        for clause in clauses:
            if any(c.alternatives == clause.alternatives and c.phrase == clause.phrase for c in kept_clauses):
                continue  # the same item typed twice
            kept, alternatives = [], list(dict.fromkeys(clause.alternatives))
            for alt in alternatives:
                if clause.phrase and len(alt) > MAX_PHRASE_CHARS:
                    alt, cut_short = alt[:MAX_PHRASE_CHARS], True
                terms = expand(alt)  # each synonym is searched too
                # An unspaced run is searched by its MAX_WORDS longest words at most.
                cost = len(terms) if clause.phrase else sum(min(MAX_WORDS, max(1, len(cut(t)))) for t in terms)
                if cost > budget:
                    cut_short = True
                    break
                budget -= cost
                kept.append(alt)
            if kept:
                kept_clauses.append(Clause(kept, clause.phrase))
            if len(kept) < len(alternatives):
                break
        clauses[:] = kept_clauses
    if cut_short:
        parsed.notes.append(f"查询过长，只使用了前面的部分（最多 {MAX_QUERY_WORDS} 个词语）。")


def _apply_filter(parsed: ParsedQuery, name: str, value: str) -> bool:
    """Record a field filter; False when the value makes no sense (then it is read as words)."""
    value = value.strip().strip('"').strip()
    if name == "agency" and value:
        parsed.agency.append(value)
        return True
    if name == "year":
        year = value.removesuffix("年")
        if year.isascii() and year.isdigit() and 1990 <= int(year) <= 2100:
            parsed.years.append((int(year), int(year)))
            return True
        match = _YEAR_RANGE.match(value)
        if match:
            low, high = sorted((int(match.group(1)), int(match.group(2))))
            parsed.years.append((low, high))
            return True
    if name == "section":
        number = part_number(value) or (int(value) if value.isascii() and value.isdigit() else 0)
        if 1 <= number <= 6:
            parsed.sections.append(number)
            return True
    parsed.notes.append(f"无法理解筛选条件 {name}:{value[:20]}，已按普通词语搜索。")
    return False


def _word_query(word: str) -> Q.Query | None:
    """One word: in every text field, in the bigrams (inside longer words), or as its parts."""
    grams = bigrams(word)
    parts: list[Q.Query] = [Q.Term(name, word, boost=boost) for name, boost in FIELD_BOOSTS.items()]
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


def _text_query(text: str, phrase: bool) -> Q.Query | None:
    """Match what the user typed as one item: a word, a run of words, or an exact phrase."""
    words = cut(text)
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
    if len(words) <= 1:
        return _word_query(words[0]) if words else None
    # A run of words typed without spaces (低保标准是多少): every topic word required, each with
    # its synonyms; the words standing together as typed rank first.
    topic, loose = topic_words(text)
    required = []
    for word in topic:
        synonyms = [(q if i == 0 else _weighed(q, SYNONYM_BOOST)) for i, q in enumerate(map(_word_query, searched(word)))]
        best = _best_of([q for q in synonyms if q is not None])
        if best is not None:
            required.append(best)
    bonus = [q for q in map(_word_query, loose) if q is not None]
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


def _clause_query(clause: Clause) -> Q.Query | None:
    alternatives = []
    for alt in clause.alternatives:
        for i, term in enumerate(searched(alt)):
            q = _text_query(term, clause.phrase)
            if q is not None:
                alternatives.append(q if i == 0 else _weighed(q, SYNONYM_BOOST))
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


def to_whoosh(parsed: ParsedQuery) -> Q.Query:
    """The Whoosh query for the text part (filters are applied separately)."""
    musts = [q for q in map(_clause_query, parsed.must) if q is not None]
    query: Q.Query = Q.And(musts) if musts else Q.Every()
    # Reward the words standing together as typed over the same words scattered.
    if len(parsed.must) > 1 and all(len(c.alternatives) == 1 for c in parsed.must):
        joined = bigrams("".join(c.alternatives[0] for c in parsed.must))
        if len(joined) > 1:
            query = Q.AndMaybe(query, Q.Phrase("grams", joined, boost=2.0))
    lead = _lead_query(parsed)
    if lead is not None:
        query = Q.AndMaybe(query, lead)
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
    named = [Q.Or([Q.Term(name, s, boost=FIELD_BOOSTS[name]) for s in searched(w) for name in LEAD_FIELDS])
             for w in words]
    return Q.And(named + [Q.Term("section", 1)])


def any_word_query(parsed: ParsedQuery) -> Q.Query | None:
    """The fallback when all words together find nothing: any topic word, the rest still excluded."""
    words = _longest([w for clause in parsed.must if not clause.phrase for alt in clause.alternatives for w in content_words(alt)])
    if len(words) < 2:
        return None
    alternatives = [q for w in words for q in map(_word_query, searched(w)) if q is not None]
    query: Q.Query = Q.Or(alternatives)
    nots = [q for q in map(_clause_query, parsed.must_not) if q is not None]
    return Q.AndNot(query, Q.Or(nots)) if nots else query
