"""The query language: words, "phrases", OR, -exclusions and field filters, read into a ParsedQuery.

  低保 救助             both words required
  "公开申请"            exact phrase (found inside longer words too)
  低保 OR 特困          either
  -信访                 without
  agency:民政局  year:2020  year:2019-2021  section:3   filters (机构: 年份: 部分: also work)
Anything else is read as plain words; nothing the user types raises an error. The Whoosh query
tree for the text is built by ``search.retrieval.query_tree``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from search.agency_names import central_name
from search.analysis import bigrams, compound_parts, cut, fold, narrow, place_short_forms, simplify
from search.folding import without_invisible
from search.retrieval.address import glued_negations, unglued_receiving, without_address
from search.retrieval.either_ends import EITHER
from search.retrieval.everyday import is_everyday
from search.retrieval.glued import unglued
from search.retrieval.inserted import joined_over
from search.retrieval.issuers import body_in_charge, concept_of
from search.retrieval.lone_items import cut_off_markup
from search.retrieval.negated_verbs import read_negated_verbs
from search.retrieval.place_governments import level_governments
from search.retrieval.query_syntax import FIELD as _FIELD, FIELD_KINDS, OPERATORS, TOKEN, spelled_operators, typed_words
from search.retrieval.quotes import closed_quotes
from search.retrieval.synonyms import expand
from search.retrieval.term_typos import read_typed

MAX_CLAUSES = 16
MAX_SPAN = 3  # words of a cut joined into one known word
MAX_WORDS = 10  # topic words of one unspaced run (a pasted sentence): the longest are kept
# Words of a typed question that carry no topic: 低保标准是多少 -> 低保 标准.
STOP_WORDS = frozenset(
    "是 的 了 吗 呢 吧 啊 呀 么 有 要 多少 有没有 是否 哪些 哪个 哪家 哪里 哪儿 哪些地方 什么 怎么 怎么办 怎样 如何 为什么 啥"
    " 为何 几 几件 几个 几条 几次 几项 几篇 人 个 和 与 及 在 被 给 都 也 还 又 着 过 这 那 这些 那些 请问 我 我们"
    " 提到 提及 涉及 说到 讲到 谈到 写到 写了 含有".split()
)
# Words that narrow a question only loosely (有没有行政复议案件, 政策解读有多少篇): they rank the sections that use
# them higher but are not required, since the tables never say 案件 or 篇, nor a count named by its measure (次数, 人次).
COUNT_NOUNS = frozenset([m + "数" for m in "件条篇次项份个"] + ["人次", "数目", "总数"])
# Every report is a body's: a word that names only "a body" (哪个部门, 收到申请最多的机关) is the answer's kind, not a topic.
BODY_WORDS = frozenset("单位 部门 机关 机构 政府部门 行政机关".split())
SOFT_WORDS = frozenset("件 条 篇 次 项 份 人数 数量 案件 情况 地方 各地 全国各地 工作 开展".split()) | COUNT_NOUNS | BODY_WORDS
# A character, 不 and itself again (多不多, 是不是) asks, as 有没有 does: jieba keeps it whole, no report writes it.
_EITHER_WAY = re.compile(r"^(.)不\1$")
# Words naming the kind of document every report is (2008 政府信息公开年度报告, 市政府年报): beside
# other words they only rank; alone they are what is searched.
DOC_WORDS = frozenset("年报 年度报告 报告 工作报告 政府信息公开工作年度报告 政府信息公开年度报告 政府信息公开年报"
                      " 信息公开年报 政务公开年报 政府信息公开 信息公开".split())


@dataclass
class Clause:
    """One required (or excluded) item: alternatives joined by OR, each a word or a phrase."""

    alternatives: list[str]
    phrase: bool = False
    shown: str = ""  # how the user wrote it, when the alternatives were added for them (东北: 辽宁 OR 吉林 …)


@dataclass
class ParsedQuery:
    """A user query, understood."""

    must: list[Clause] = field(default_factory=list)
    must_not: list[Clause] = field(default_factory=list)
    agency: list[str] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)
    year_hints: list[int] = field(default_factory=list)  # years typed as words: ranked first, not required
    recent_years: list[int] = field(default_factory=list)  # 去年 0, 前年 1: back from the index's newest year
    newest_year: int | None = None  # the index's newest year, when 去年 / 最新 were read against it
    recent_said: list[str] = field(default_factory=list)  # the relative words as typed (去年, 前年)
    open_said: list[str] = field(default_factory=list)  # a year with one end open, as typed (2017年以前, 2019年以来)
    year_order: str | None = None  # "newest" / "oldest": the matches ordered by year (year_order.py)
    order_said: list[str] = field(default_factory=list)  # the words of that order as typed (最新, 第一次)
    rate_said: list[str] = field(default_factory=list)  # the words asking a rate or share (纠错率, 百分之多少: rates.py)
    rate_bases: list[str] = field(default_factory=list)  # what each 率 word is the rate of (纠错 of 纠错率)
    bare_rates: list[str] = field(default_factory=list)  # rate columns a bare rate word names (公开率: rate_disclosed)
    place_hints: list = field(default_factory=list)  # places typed as words (places.PlaceHint): ranked first
    everyday: dict = field(default_factory=dict)  # everyday words the reports rarely use -> their wordings (everyday.py)
    figure: object = None  # the table figure the query asks about (figures_asked.FigureAsked), if any
    prefer_part: int | None = None  # the part whose words count more (5 for a question about problems)
    rank_words: list[str] = field(default_factory=list)  # words taken out of the text that still rank
    frame_words: list[str] = field(default_factory=list)  # the template's words answering a question's frame (frames.py)
    outcome_words: list[str] = field(default_factory=list)  # the words stating the outcome a question asks for (frames.py)
    series: object = None  # the one body followed over its years (series.SeriesAsked), if asked
    issuer_sets: list = field(default_factory=list)  # sets of issuers named (issuer_sets.IssuerSet): ranked first
    sections: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)  # the words and phrases as typed, without syntax (query_syntax.py)
    filter_tokens: list[str] = field(default_factory=list)  # filters as they stand in ``text`` (year:2019)
    # (facet, value, token) a level: or region: filter chooses (level:county: level, county); field_filters.py
    typed_choices: list[tuple[str, str, str]] = field(default_factory=list)
    unread_fields: list[str] = field(default_factory=list)  # type:pdf, level:火星: searched as words, and said so
    text: str = ""  # the query as read: simplified script, half-width

    def highlight_terms(self) -> list[str]:
        """Every string worth marking in a snippet: the words, phrases and their synonyms."""
        terms = []
        for clause in self.must:
            for alt in clause.alternatives:
                terms += [fold(alt)] if clause.phrase else expand(alt)
                if not clause.phrase:
                    for word in topic_words(alt)[0]:
                        terms += expand(word)
                        concept = concept_of(word)
                        terms += _marked_names(concept) if concept else []
        # The reports' wordings searched for an everyday word (开公司: 企业开办): a snippet marks why
        # a report that never writes the word typed was found.
        for wordings in self.everyday.values():
            terms += wordings
        return list(dict.fromkeys(t for t in terms if t.strip()))

    def part_terms(self) -> list[str]:
        """The parts a word also matches by (高龄津贴: 高龄, 津贴), to mark where the word itself is absent.
        An everyday word's wordings match by their parts too (医院: 医疗卫生 as 医疗 … 卫生), and a
        snippet that marks none of them would not say why the report was found."""
        words = [word for clause in self.must if not clause.phrase for alt in clause.alternatives
                 for word in topic_words(alt)[0]]
        words += [wording for wordings in self.everyday.values() for wording in wordings]
        return list(dict.fromkeys(p for word in words for p in compound_parts(word)))


def _marked_names(concept) -> list[str]:
    """The names a snippet marks for an issuer word: a local kind's (人民政府, 民政局) without the central body of its
    function (国务院, 民政部), which the search finds too but which marked in a county's text (国务院办公厅's notice)
    says the report is of a body it is not."""
    central = set() if concept.central else {central_name(function) for function, _ in concept.functions}
    return [name for name in concept.names if name not in central]


def _known(word: str) -> bool:
    """A word the search knows as one thing: an issuer, a term of a synonym group, an everyday word
    of everyday_words.tsv (开公司, which jieba cuts 开 | 公司), a place's short form that the index
    gives as a part of the full name (成安 of 成安县, which jieba cuts 成 | 安)."""
    return concept_of(word) is not None or len(expand(word)) > 1 or is_everyday(word) or word in place_short_forms()


def query_words(text: str) -> list[str]:
    """jieba's cut of a typed string, with the pieces of a known word joined again (人 社局 -> 人社局,
    律师 事务所 -> 律师事务所): jieba does not know most abbreviations and cuts them into pieces. A locative or a
    quantifier jieba glues to the word beside it is cut off first, as the reports' text is cut (glued.py)."""
    words = unglued(cut(text), _known, STOP_WORDS)
    out: list[str] = []
    i = 0
    while i < len(words):
        in_charge = body_in_charge(words, i)
        if in_charge is not None:
            out.append(in_charge[0])
            i += in_charge[1]
            continue
        # 的 or a modal put inside a known phrase (企业的补贴, 网上就能办事): read without it (inserted.py).
        inside = joined_over(words, i, _known, is_everyday)
        if inside is not None:
            out.append(inside[0])
            i += inside[1]
            continue
        for span in range(min(MAX_SPAN, len(words) - i), 1, -1):
            joined = "".join(words[i : i + span])
            if _known(joined) and not _reaches_further(words, i, span):
                out.append(joined)
                i += span
                break
        else:
            out.append(words[i])
            i += 1
    return level_governments(out, text)


def _reaches_further(words: list[str], i: int, span: int) -> bool:
    """Whether a known word joined from a question word (哪些 | 区, known as the set of districts) would cut a longer
    known word starting after it (区 | 县政府 of 哪些区县政府: 区县政府): then the question word stands alone."""
    if words[i] not in STOP_WORDS:
        return False
    return any(_known("".join(words[i + 1 : i + 1 + longer]))
               for longer in range(span, min(MAX_SPAN, len(words) - i - 1) + 1))


def topic_words(text: str) -> tuple[list[str], list[str]]:
    """The words of a typed string that carry its topic, and the loose ones (question words dropped)."""
    words = query_words(text)
    content = [w for w in words if w not in STOP_WORDS and not _EITHER_WAY.match(w)]
    # One character cut off a run (业务不熟: 不, 熟), or a number off markup (alert(1): lone_items.py) ranks, is not required.
    single = {w for w in content if len(w) == 1 and not w.isascii()} if any(len(w) > 1 for w in content) else set()
    single |= cut_off_markup(text, content)
    required = [w for w in content if w not in SOFT_WORDS and w not in single and w not in DOC_WORDS]
    if not required:
        required = [w for w in content if w not in SOFT_WORDS and w not in single]
        if not required:
            return longest_words(content or words), []
    return longest_words(required), longest_words([w for w in content if w not in required])


def longest_words(words: list[str]) -> list[str]:
    """At most MAX_WORDS distinct words, the longest (the most specific) first kept, in their order."""
    words = list(dict.fromkeys(words))
    if len(words) <= MAX_WORDS:
        return words
    keep = set(sorted(words, key=lambda w: -len(w))[:MAX_WORDS])
    return [w for w in words if w in keep][:MAX_WORDS]


def content_words(text: str) -> list[str]:
    """The words of a typed string that carry its topic (question and loose words dropped)."""
    return topic_words(text)[0]


def parse_query(text: str, searcher=None) -> ParsedQuery:
    """Read the user's text; unbalanced quotes close at the end, stray operators are words or dropped.
    With the ``searcher``, letters typed as pinyin initials are read as a word its reports hold
    (initials.py); without it, as the likeliest word of the vocabulary."""
    parsed = ParsedQuery()
    # Full-width operators from a Chinese IME count as typed: ＯＲ, －低保, year：2020, “短语”.
    text, parsed.notes = spelled_operators(*closed_quotes(narrow(simplify(without_invisible(text or "")))))  # quotes.py: “低保 申请
    parsed.text, parsed.typed = text, typed_words(text)
    # A query typed in English is read as the reports' Chinese first (english.py); every reading
    # below then applies to it as if typed so. A query holding any Chinese is not touched.
    from search.retrieval.english import read_english

    english = read_english(text)
    if english is not None:
        text = parsed.text = english[0]
        parsed.notes += english[1]
    # Pinyin initials (mzj, xzfy) and key terms typed with a wrong character (行政复意) read as the words meant.
    text, notes = read_typed(text, searcher)
    if notes:
        parsed.text = text
        parsed.notes += notes
    text = unglued_receiving(text)
    # address.py: 我想知道…谢谢, 没有回复; negated_verbs.py: 不回复, 不理 (the everyday table's 没答复)
    read, parsed.notes = read_negated_verbs(without_address(glued_negations(text)), parsed.notes)
    if read != text:
        text = parsed.text = read
    from search.retrieval.field_filters import apply_filter, unknown_field_note, unread_words  # (params.py reaches places.py)

    items: list[tuple[bool, str, bool]] = []  # (negated, text, phrase)
    for match in TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if quoted is not None:
            if quoted.strip():
                items.append((negated, quoted.strip(), True))
            continue
        field_match = _FIELD.match(bare)
        if field_match and not negated and apply_filter(parsed, FIELD_KINDS[field_match.group(1).lower()],
                                                        field_match.group(2), match.group()):
            parsed.filter_tokens.append(match.group())
            continue
        if not negated and (field_match or unknown_field_note(parsed, bare)):  # level:火星, type:pdf: as their words
            items += [(False, word, False) for word in unread_words(bare)]
            continue
        if bare in OPERATORS:
            items.append((False, bare, False))  # operators resolved below
            continue
        items.append((negated, bare.lstrip("+-") if negated else bare.lstrip("+"), False))  # --低保 is -低保

    pending_or = pending_not = False
    for negated, value, phrase in items:
        if not phrase and value in EITHER:
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
    from search.retrieval.query_limits import limit_words  # (built on this module's types)

    limit_words(parsed)
    # What the words mean besides text: years, table figures (modules built on this one's types).
    from search.retrieval.comparisons import take_comparison
    from search.retrieval.delays import take_delays
    from search.retrieval.duties import take_duties
    from search.retrieval.either import take_either
    from search.retrieval.exclusions import take_exclusions
    from search.retrieval.figures_asked import take_figures
    from search.retrieval.frames import take_frames, take_reasons, take_remedy
    from search.retrieval.issuer_sets import drop_compared_sets, take_issuer_sets
    from search.retrieval.places import take_places
    from search.retrieval.shortcomings import take_problem
    from search.retrieval.titles import take_titles
    from search.retrieval.rates import take_rate_column, take_rates
    from search.retrieval.series import take_series
    from search.retrieval.template_concepts import take_concepts
    from search.retrieval.year_order import take_year_order
    from search.retrieval.years import take_years

    take_titles(parsed)
    take_exclusions(parsed)  # first: a place left out (不要江苏的) is no place asked for
    take_duties(parsed)
    take_reasons(parsed)  # before the figures and problems: 为什么不给公开 asks for the 不予公开 rows
    take_remedy(parsed)  # before the problems: 不满意怎么办 asks for the remedies, no shortcoming
    take_concepts(parsed)  # a template concept named in a phrase (打电话问: 咨询) is one item of the reports' words
    take_year_order(parsed)  # before the years: 最新 beside a topic is an order, not the index's newest year
    take_years(parsed)
    take_comparison(parsed)
    take_places(parsed)
    take_series(parsed)  # after the places: a body is a place and a function (海盐县民政局)
    take_either(parsed)
    take_rates(parsed)  # before the figures: 多少 of 百分之多少 asks no count, 纠错率 is the rate of 纠错
    take_figures(parsed)
    take_rate_column(parsed)
    take_issuer_sets(parsed)  # after the places, the issuers side by side and the figure it reads beside
    take_delays(parsed)
    take_problem(parsed)
    drop_compared_sets(parsed)  # after the problem: a shortfall comparing a set's members makes it the subject
    take_frames(parsed)
    return parsed
