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
from functools import lru_cache
from pathlib import Path

from opencc import OpenCC
from whoosh import query as Q

from search.analysis import bigrams, compound_parts, cut, fold
from search.schema import FIELD_BOOSTS, GRAM_BOOST

MAX_CLAUSES = 16
# Every word becomes a handful of term queries, run again for each facet: the words a query may
# use in all (over its clauses, OR alternatives and exclusions) and the length of one item are
# capped, so that no input (a pasted page, 200 ORs) makes a search slow for everyone.
MAX_WORDS = 24
MAX_ITEM_CHARS = 40
# Words of a typed question that carry no topic: 低保标准是多少 -> 低保 标准.
STOP_WORDS = frozenset("是 的 了 吗 呢 吧 啊 有 要 多少 有没有 是否 哪些 什么 怎么 怎样 如何 几 人 个 和 与 及 请问 我 我们".split())
PARTS_BOOST = 0.3  # 高龄 + 津贴 apart, for 高龄津贴: found, but below the word itself
SYNONYMS = Path(__file__).with_name("data") / "synonyms.txt"
_TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')
_FIELD = re.compile(r"^(agency|year|section|机构|年份|年度|部分):(.+)$", re.IGNORECASE)
_FIELD_NAMES = {"agency": "agency", "机构": "agency", "year": "year", "年份": "year", "年度": "year",
                "section": "section", "部分": "section"}
_YEAR_RANGE = re.compile(r"^((?:19|20)\d{2})\s*[-–~至到]\s*((?:19|20)\d{2})$")
_QUOTES = str.maketrans({"“": '"', "”": '"', "＂": '"', "「": '"', "」": '"'})


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

    def highlight_terms(self) -> list[str]:
        """Every string worth marking in a snippet: the words, phrases and their synonyms."""
        terms = []
        for clause in self.must:
            for alt in clause.alternatives:
                terms += expand(alt)
                if not clause.phrase:
                    for word in content_words(alt):
                        terms += expand(word)
        return list(dict.fromkeys(t for t in terms if t.strip()))


@lru_cache(maxsize=2)
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def simplify(text: str) -> str:
    """Traditional script to simplified, with Taiwan wording (資訊 -> 信息); simplified text as is.

    Taiwan phrase conversion runs only on text that has traditional characters: on simplified
    input it would turn 文件 into 文档.
    """
    text = text.translate(_QUOTES)
    if _converter("t2s").convert(text) == text:
        return text
    return _converter("tw2sp").convert(text)


def content_words(text: str) -> list[str]:
    """The words of a typed string that carry its topic (question words dropped)."""
    words = cut(text)
    content = [w for w in words if w not in STOP_WORDS]
    return content or words


@lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, tuple[str, ...]]:
    """term -> its group, from data/synonyms.txt (one group per line, terms separated by '=')."""
    groups: dict[str, tuple[str, ...]] = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        group = tuple(dict.fromkeys(fold(t.strip()) for t in line.split("=") if t.strip()))
        for term in group:
            groups[term] = tuple(dict.fromkeys(groups.get(term, ()) + group))
    return groups


def expand(term: str) -> list[str]:
    """A term and its synonyms (the term first)."""
    term = fold(term)
    return [term] + [t for t in _synonym_groups().get(term, ()) if t != term]


def parse_query(text: str) -> ParsedQuery:
    """Read the user's text; unbalanced quotes close at the end, stray operators are words or dropped."""
    parsed = ParsedQuery()
    text = simplify(text or "")
    items: list[tuple[bool, str, bool]] = []  # (negated, text, phrase)
    for match in _TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if quoted is not None:
            if quoted.strip():
                items.append((negated, quoted.strip(), True))
            continue
        field_match = _FIELD.match(bare)
        if field_match and not negated and _apply_filter(parsed, _FIELD_NAMES[field_match.group(1).lower()], field_match.group(2)):
            continue
        if bare in ("OR", "|", "AND", "&&", "||", "-", "+"):
            items.append((False, bare, False))  # operators resolved below
            continue
        items.append((negated, bare.lstrip("+"), False))

    pending_or = False
    for negated, value, phrase in items:
        if not phrase and value in ("OR", "|", "||"):
            pending_or = bool(parsed.must)
            continue
        if not phrase and value in ("AND", "&&", "-", "+"):
            continue
        if not phrase and not (cut(value) or bigrams(value)):
            continue  # punctuation only
        if negated:
            parsed.must_not.append(Clause([value], phrase))
        elif pending_or and not parsed.must[-1].phrase and not phrase:
            parsed.must[-1].alternatives.append(value)
        elif pending_or:
            parsed.must[-1] = Clause(parsed.must[-1].alternatives + [value], phrase=True)
        else:
            parsed.must.append(Clause([value], phrase))
        pending_or = False
    if len(parsed.must) > MAX_CLAUSES:
        parsed.notes.append(f"查询词过多，只使用了前 {MAX_CLAUSES} 个。")
        parsed.must = parsed.must[:MAX_CLAUSES]
    parsed.must_not = parsed.must_not[:MAX_CLAUSES]
    _limit_words(parsed)
    return parsed


def _limit_words(parsed: ParsedQuery) -> None:
    """Keep the query within MAX_WORDS words and MAX_ITEM_CHARS characters an item, with a note."""
    budget, cut_short = MAX_WORDS, False
    for clauses in (parsed.must, parsed.must_not):
        kept_clauses: list[Clause] = []
        for clause in clauses:
            if any(c.alternatives == clause.alternatives and c.phrase == clause.phrase for c in kept_clauses):
                continue  # the same item typed twice
            kept, alternatives = [], list(dict.fromkeys(clause.alternatives))
            for alt in alternatives:
                if len(alt) > MAX_ITEM_CHARS:
                    alt, cut_short = alt[:MAX_ITEM_CHARS], True
                terms = expand(alt)  # each synonym is searched too
                cost = len(terms) if clause.phrase else sum(max(1, len(cut(t))) for t in terms)
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
        parsed.notes.append(f"查询过长，只使用了前面的部分（最多 {MAX_WORDS} 个词语）。")


def _apply_filter(parsed: ParsedQuery, name: str, value: str) -> bool:
    """Record a field filter; False when the value makes no sense (then it is read as words)."""
    value = value.strip()
    if name == "agency" and value:
        parsed.agency.append(value)
        return True
    if name == "year":
        if value.isascii() and value.isdigit() and 1990 <= int(value) <= 2100:
            parsed.years.append((int(value), int(value)))
            return True
        match = _YEAR_RANGE.match(value)
        if match:
            low, high = sorted((int(match.group(1)), int(match.group(2))))
            parsed.years.append((low, high))
            return True
    if name == "section" and value.isascii() and value.isdigit() and 1 <= int(value) <= 6:
        parsed.sections.append(int(value))
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
        parts.append(Q.And([Q.Or([Q.Term(n, p) for n in FIELD_BOOSTS]) for p in pieces], boost=PARTS_BOOST))
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
    required = []
    for word in content_words(text):
        alternatives = [q for q in map(_word_query, expand(word)) if q is not None]
        if alternatives:
            required.append(Q.Or(alternatives) if len(alternatives) > 1 else alternatives[0])
    if not grams:  # words jieba keeps that no bigram covers (symbols, rare scripts)
        return Q.And(required) if required else None
    together = Q.Phrase("grams", grams, boost=2.0) if len(grams) > 1 else Q.Term("grams", grams[0])
    if not required:
        return together
    return Q.AndMaybe(Q.Or([Q.And(required), together]), together)


def _clause_query(clause: Clause) -> Q.Query | None:
    alternatives = []
    for alt in clause.alternatives:
        for term in expand(alt):
            q = _text_query(term, clause.phrase)
            if q is not None:
                alternatives.append(q)
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
    nots = [q for q in map(_clause_query, parsed.must_not) if q is not None]
    if nots:
        query = Q.AndNot(query, Q.Or(nots))
    return query


def any_word_query(parsed: ParsedQuery) -> Q.Query | None:
    """The fallback when all words together find nothing: any topic word, the rest still excluded."""
    words = [w for clause in parsed.must if not clause.phrase for alt in clause.alternatives for w in content_words(alt)]
    if len(set(words)) < 2:
        return None
    alternatives = [q for w in dict.fromkeys(words) for q in map(_word_query, expand(w)) if q is not None]
    query: Q.Query = Q.Or(alternatives)
    nots = [q for q in map(_clause_query, parsed.must_not) if q is not None]
    return Q.AndNot(query, Q.Or(nots)) if nots else query
