"""Everyday words the reports do not use: 退休金 (the reports write 养老保险), 开公司 (企业开办),
权力清单 (权责清单), 请客吃饭 (公务接待, “三公”经费).

A citizen asks in the words of daily life; the reports are written in the words of government.
``data/everyday_words.tsv`` pairs the two, written from how the reports word each subject (read
in the reports, not taken from queries). A row is used only where it helps: when the everyday
word is rare in the reports of the index (held by at most RARE_SHARE of them), its official
wordings that some report holds are searched beside it, weighed EVERYDAY_BOOST, so a report in
the reports' own words is found, and ranks by how it treats the subject, as one using the citizen's
word does (round 40: the wordings weighed 0.4 of the word typed lowered no judged query when raised to
1.0, and the rewordings of both dev halves rose; docs/relevance.md). Where
the reports do use the everyday word (投诉, 补贴), the row adds nothing: the word is searched as
typed, with its synonyms (synonyms.txt, which expands always and at a synonym's weight).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from search.analysis import compound_parts, cut, fold
from search.retrieval.arrays import arrays_for

EVERYDAY_WORDS = Path(__file__).resolve().parent.parent / "data" / "everyday_words.tsv"
EVERYDAY_BOOST = 1.0  # an official wording against the everyday word typed: the same subject, as much
RARE_SHARE = 0.05  # an everyday word held by at most this share of the reports is rare in them
NOTE = "报告很少用“{word}”这一说法，也按报告的写法（{wordings}等）查找。"


def read_said_table(path: Path) -> dict[str, tuple[str, ...]]:
    """word said -> the words written for it, from a table of lines ``said=said2<TAB>written written2 # note``
    (data/everyday_words.tsv, data/template_words.tsv)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        said, _, written = line.partition("\t")
        wordings = tuple(dict.fromkeys(fold(w) for w in written.split() if w))
        for word in said.split("="):
            word = fold(word.strip())
            if word and wordings:
                table[word] = tuple(dict.fromkeys(table.get(word, ()) + wordings))
    return table


@lru_cache(maxsize=1)
def everyday_table() -> dict[str, tuple[str, ...]]:
    """everyday word -> the reports' wordings, from data/everyday_words.tsv, with the forms its rows' own
    wordings imply (``with_kin_forms``)."""
    return with_kin_forms(read_said_table(EVERYDAY_WORDS))


KIN = 3  # wordings of one row that differ in one two-character part: a set of words said alike


def kin_parts(wordings: tuple[str, ...]) -> list[set[str]]:
    """Sets of two-character parts the row's wordings vary in one place, KIN or more of them (市长 | 书记 | 领导
    of 市长信箱, 书记信箱, 领导信箱): the reports write the subject with any of them alike."""
    groups: dict[tuple[str, str], set[str]] = {}
    for w in wordings:
        if len(w) >= 4:
            groups.setdefault(("tail", w[2:]), set()).add(w[:2])
            groups.setdefault(("head", w[:-2]), set()).add(w[-2:])
    return [parts for parts in groups.values() if len(parts) >= KIN]


def with_kin_forms(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The table with each everyday phrase that holds one of a row's kin parts said with the others too: a row
    whose wordings are 市长信箱, 书记信箱, 领导信箱 was written for 给领导写信, and 给市长写信 is the same act. Only
    a phrase longer than the part is varied (the part alone is a word of another sense: 领导), and a form
    another row holds keeps that row."""
    derived: dict[str, tuple[str, ...]] = {}
    for said, wordings in table.items():
        for parts in kin_parts(wordings):
            for part in parts:
                if part in said and len(said) > len(part):
                    for other in parts - {part}:
                        form = said.replace(part, other)
                        if form not in table:
                            derived[form] = tuple(dict.fromkeys(derived.get(form, ()) + wordings))
    return {**table, **derived}


def is_everyday(word: str) -> bool:
    """Whether ``word`` is an everyday word of the table (query.query_words keeps it whole)."""
    return fold(word) in everyday_table()


def reports_holding(searcher, word: str) -> int:
    """How many reports hold ``word`` as a word (or, for two characters, anywhere in a row)."""
    arrays = arrays_for(searcher)
    codes = arrays.codes(searcher, "report_id").codes
    ids = arrays.postings(searcher, "body", word).ids
    if len(word) == 2:
        ids = np.concatenate([ids, arrays.postings(searcher, "grams", word).ids])
    if not ids.size:
        return 0
    # Marks rather than np.unique: a common word's postings run to every section of 10,000 reports, and
    # sorting them cost more than the rest of a query's reading (bench/query.py, docs/benchmarks.md).
    held = np.zeros(int(codes.max()) + 1, dtype=bool)
    held[codes[ids]] = True
    return int(np.count_nonzero(held))


def take_everyday(searcher, parsed) -> None:
    """Set ``parsed.everyday`` for the index searched, and tell the user (in place)."""
    from search.retrieval.query import STOP_WORDS, query_words  # the query module reads this one's table
    from search.retrieval.term_forms import take_forms  # which reads this one's rarity

    from search.retrieval.template_concepts import is_concept_item  # (which reads the query module, as this one)

    # A concept's item is the reports' words for the phrase typed, said by its own note (template_concepts.py).
    clauses = [c for c in parsed.must if not c.phrase and not is_concept_item(c)]
    typed = [w for c in clauses for alt in c.alternatives for w in [alt, *query_words(alt)]]
    parsed.everyday = _not_asked_beside(read_everyday(searcher, typed), typed)
    for word, wordings in parsed.everyday.items():
        if any(word != other and other in word for other in parsed.everyday):
            continue  # 住房公积金, read by the 公积金 inside it: one note, on the table's word
        note = NOTE.format(word=word, wordings="、".join(wordings[:3]))
        if note not in parsed.notes:
            parsed.notes.append(note)
    texts = [alt for c in clauses for alt in c.alternatives]
    for word, shorts in coordinated_shorts(searcher, texts, parsed.notes).items():
        parsed.everyday[word] = tuple(dict.fromkeys(parsed.everyday.get(word, ()) + shorts))
    for word, stem in measured_stems(searcher, typed).items():
        parsed.everyday[word] = tuple(dict.fromkeys(parsed.everyday.get(word, ()) + (stem,)))
    # The reports' own forms of the other rare words (公务接待费用: 公务接待费): term_forms.py.
    take_forms(searcher, parsed, [query_words(alt) for c in clauses for alt in c.alternatives], STOP_WORDS)


def _not_asked_beside(found: dict[str, tuple[str, ...]], typed: list[str]) -> dict[str, tuple[str, ...]]:
    """Drop the wordings the query asks for as words of their own (住房公积金: 住房 beside 公积金). Standing in for
    the rare word, such a wording would make every report holding it hold "all the words", and the reports
    naming the word would rank among them by the commoner one."""
    asked = set(typed)
    kept = {word: tuple(w for w in wordings if w == word or w not in asked) for word, wordings in found.items()}
    return {word: wordings for word, wordings in kept.items() if wordings}


def everyday_parts(word: str) -> list[str]:
    """The everyday words a word is made of: itself when the table has it, else the table's words
    among the dictionary words that tile it (违章罚款, which jieba keeps whole: 违章)."""
    table = everyday_table()
    if word in table:
        return [word]
    return [part for part in compound_parts(word) if part in table]


def read_everyday(searcher, words: list[str]) -> dict[str, tuple[str, ...]]:
    """The everyday words among ``words`` that are rare in the reports, each with the wordings
    of it some report holds; a word jieba keeps whole that is made of one (违章罚款: 违章) takes
    that one's wordings when both are rare."""
    table = everyday_table()
    found: dict[str, tuple[str, ...]] = {}
    made_of = {w: parts for w in dict.fromkeys(words) if (parts := everyday_parts(w))}
    if not made_of:
        return found
    arrays = arrays_for(searcher)
    rare = int(arrays.codes(searcher, "report_id").codes.max(initial=-1) + 1) * RARE_SHARE
    for word, parts in made_of.items():
        if reports_holding(searcher, word) > rare:
            continue
        wordings = [w for part in parts if part == word or reports_holding(searcher, part) <= rare for w in table[part]]
        held = tuple(w for w in dict.fromkeys(wordings) if reports_holding(searcher, w) or _held_as_parts(searcher, w))
        if held:
            found[word] = held
    return found


def _held_as_parts(searcher, wording: str) -> bool:
    """A wording the index keeps as several words (三公 of “三公”经费): held when its bigrams are."""
    arrays = arrays_for(searcher)
    grams = [wording[i : i + 2] for i in range(len(wording) - 1)]
    return bool(grams) and all(arrays.postings(searcher, "grams", g).ids.size for g in grams)


# The words that join two members of a coordination (权力和责任, 教育与卫生).
AND_WORDS = frozenset("和 与 及 以及 、".split())
SHORT_NOTE = "“{said}”也按报告的简称“{short}”查找。"


def coordinated_shorts(searcher, texts: list[str], notes: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Each member of a coordination of two two-character words -> the short form the language builds of it,
    their first characters (权力和责任 -> 权责, as 发展和改革 -> 发改), where the reports write that form as a word
    (权责清单, cut 权责 | 清单). The reports name a subject by the short form (权责清单, 权责事项) that a citizen says
    in full; searched beside each member, at an everyday wording's weight, a report writing only the short form
    holds both members. A form no report writes as a word is no short form of theirs (申请和答复: 申答)."""
    found: dict[str, tuple[str, ...]] = {}
    arrays = arrays_for(searcher)
    for text in texts:
        words = cut(text)
        for i in range(len(words) - 2):
            first, link, second = words[i : i + 3]
            if link not in AND_WORDS or len(first) != 2 or len(second) != 2 or not _han(first + second):
                continue
            short = first[0] + second[0]
            if short in (first, second) or not arrays.postings(searcher, "body", short).ids.size:
                continue
            for word in (first, second):
                found[word] = tuple(dict.fromkeys(found.get(word, ()) + (short,)))
            note = SHORT_NOTE.format(said=first + link + second, short=short)
            if notes is not None and note not in notes:
                notes.append(note)
    return found


def _han(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


MEASURE = "量"  # the language's suffix for how much of a thing (申请量, 投诉量: 申请的数量)


def measured_stems(searcher, words: list[str]) -> dict[str, str]:
    """A word jieba keeps whole of a term and 量 (申请量) -> the term (申请), where the reports hold the term in
    more reports than the compound: they write the term beside its count (收到申请 120 件) and seldom the
    compound, so the compound alone would find only the few that do. The term is searched beside it, at an
    everyday wording's weight; the compound still ranks first where written, and a figure it names is still
    read from it (figures_asked). A stem that is no dictionary word of its own (空气质 of 空气质量) is none."""
    from search.retrieval.figures_asked import figure_word  # which reads the query module, which reads this one

    found: dict[str, str] = {}
    for word in dict.fromkeys(words):
        if len(word) < 3 or not word.endswith(MEASURE):
            continue
        stem = word[: -len(MEASURE)]
        if cut(stem) != [stem]:
            continue
        held = reports_holding(searcher, stem)
        # A stem most reports hold (信息, 工作, 数据 of 信息量, 工作量, 数据量) put beside the compound made it match
        # nearly every report, unsaid: only a figure's term (申请) or a term of some reports is the measure's subject.
        if held > reports_holding(searcher, word) and (figure_word(stem) or held <= COMMON_SHARE * _reports_in(searcher)):
            found[word] = stem
    return found


COMMON_SHARE = 0.5  # of the index's reports: a stem held by more is a word of every report, no subject of a count


def _reports_in(searcher) -> int:
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    return int(codes.max()) + 1 if codes.size else 0
