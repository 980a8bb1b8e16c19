"""Pinyin initials typed for Chinese words: mzj for 民政局, xzfy for 行政复议, ysqgk for 依申请公开.

People type the first letter of each syllable when the input method is switched off, and as the
shorthand of web addresses and casual writing. The reports hold none of it, so such a word found
nothing. ``read_initials`` rewrites, before the query is read (query.py, after english.py), each
bare word of Latin letters that is no English word the search knows as the word of the search's
own vocabulary whose initials it is; every stage after it then reads 民政局 as if typed so (the
issuer, place, year and figure readers), and the page says how the letters were read:
“gaj”按拼音首字母理解为“公安局”。

The vocabulary (``reading_table``, built once per process): the names of every kind of body
(agency_names.py: 民政局, 卫健委, 人社局 …), the template's and the subjects' words (the domain words
of userdict.txt, the parts' and tables' labels of vocabulary.py, synonyms.txt, figure_words.tsv,
everyday_words.tsv: 政务公开, 行政复议, 依申请公开, 不予公开 …) and the full names of the provinces and
prefecture-level cities (北京市, 广东省). Initials are pypinyin's reading of each word
(suggest.initials, the one module importing pypinyin).

Letters are ambiguous, so a reading must be likely:
* at least MIN_LETTERS letters (two letters name hundreds of words: bj, gd, sh);
* with an index, only readings some report holds are taken, a body's name first (what people type
  so most), then, of places and terms alike, the one most reports hold; the word is left alone when no reading is held, when the
  letters themselves are held by more reports than the reading (a word of the reports' own, such as
  a programme's Latin name), or when more than MAX_READINGS readings of the same kind are held
  (a flood of guesses helps nobody); the note names the other held readings;
* a word of the English table (english.py, with its inflections), a quoted phrase, a filter, an
  operator and a word mixing letters with digits or Chinese (PPP项目, 12345) are never read.
Full pinyin (minzhengju, anhui) is read by the did-you-mean vocabulary (suggest.py, respell.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

MIN_LETTERS = 3
MAX_LETTERS = 10
MAX_READINGS = 3  # held readings of the best kind beyond which the letters are too ambiguous to read
KINDS = ("agency", "place", "term")  # the order readings are preferred in: a name, then a subject
NOTE = "“{typed}”按拼音首字母理解为“{word}”{also}。"
ALSO = "，也可能指{others}"
TOO_MANY_NOTE = "“{typed}”可能是拼音首字母，但可指的词语过多（{some}等），未按拼音理解。"
_LETTERS = re.compile(r"[A-Za-z]+")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_OPERATORS = frozenset(("OR", "AND", "NOT"))


@dataclass(frozen=True)
class Reading:
    """One word the letters may stand for."""

    word: str
    kind: str  # one of KINDS


@cache
def reading_table() -> dict[str, tuple[Reading, ...]]:
    """initials -> the words of the search's vocabulary with those initials, best kind first (built
    once per process: about 0.1 s and 1 MB, docs/relevance.md round 25)."""
    from search.agency_names import names_of
    from search.analysis import USER_DICT
    from search.retrieval.query import DOC_WORDS
    from search.vocabulary import COLUMN_WORDS, KEY_FIGURES, P2_ROWS, SECTION_NAMES
    from search.agency_names import vocabulary as agency_vocabulary
    from search.retrieval.everyday import everyday_table
    from search.retrieval.figures_asked import _table as figure_rows
    from search.retrieval.places import load_divisions
    from search.retrieval.suggest import initials
    from search.retrieval.synonyms import _synonym_groups

    words: dict[str, tuple[str, int]] = {}  # word -> (kind, rank): the first kind that names it

    def add(word: str, kind: str, rank: int = 0) -> None:
        if _CJK_WORD.fullmatch(word) and len(word) >= MIN_LETTERS:
            words.setdefault(word, (kind, rank))

    # A body's canonical name and full forms rank before its abbreviations (统计局 before 退军局, an
    # abbreviation of another body's name), where no index tells which one the reports hold.
    for function in agency_vocabulary().rows:
        for rank, name in enumerate(names_of(function)):
            add(name, "agency", rank)
    # The template's words: the domain words jieba is taught (userdict.txt), the part names, the tables'
    # rows and columns, the words naming the report itself.
    for line in USER_DICT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            add(line.split()[0], "term")
    for word in (*SECTION_NAMES.values(), *KEY_FIGURES.values(), *P2_ROWS, *COLUMN_WORDS, *DOC_WORDS):
        add(word, "term")
    for term, group in _synonym_groups().items():
        for word in (term, *group):
            add(word, "term")
    for word, _, _, written in figure_rows():
        for one in (word, *written.split()):
            add(one, "term")
    for said, written in everyday_table().items():
        for word in (*written, said):
            add(word, "term")
    for units in load_divisions().by_name.values():
        for unit in units:
            if unit.current and unit.kind in ("province", "city"):
                add(unit.name, "place")
    table: dict[str, list[Reading]] = {}
    ranks: dict[str, int] = {}
    for word, (kind, rank) in words.items():
        letters = initials(word)
        if MIN_LETTERS <= len(letters) <= MAX_LETTERS:
            table.setdefault(letters, []).append(Reading(word, kind))
            ranks[word] = rank
    return {k: tuple(sorted(v, key=lambda r: (KINDS.index(r.kind), ranks[r.word]))) for k, v in table.items()}


def _english(word: str) -> bool:
    """Whether ``word`` is a word of the English table (or an inflection of one)."""
    from search.retrieval.english import _forms, table

    vocabulary = table().vocabulary
    return any(form in vocabulary for form in _forms(word, vocabulary))


def readable(word: str) -> bool:
    """Whether ``word`` may be initials the table reads (english.py keeps such a word for us)."""
    letters = word.lower()
    return (MIN_LETTERS <= len(letters) <= MAX_LETTERS and _LETTERS.fullmatch(letters) is not None
            and letters in reading_table() and not _english(letters))


def _reports_holding(searcher, word: str) -> int:
    """How many reports the word finds as a query word would (its synonyms and issuer included),
    once per generation."""
    def count() -> int:
        import numpy as np

        from search.retrieval.matching import evaluate
        from search.retrieval.query_tree import word_unit
        from search.retrieval.selection import report_codes

        unit = word_unit(word)
        if unit is None:
            return 0
        return int(np.unique(report_codes(searcher)[evaluate(searcher, unit).mask]).size)

    return searcher.cache.get(f"initials:{word}", count)


def choose(letters: str, searcher=None) -> tuple[Reading | None, list[Reading], bool]:
    """(the reading taken, the other held readings, whether the letters were too ambiguous)."""
    readings = list(reading_table().get(letters, ()))
    if searcher is None:  # no index to ask: the table's order (a body's name, a place, a term)
        return (readings[0], [], False) if readings else (None, [], False)
    held = [(r.kind != "agency", -n, r) for r in readings if (n := _reports_holding(searcher, r.word)) > 0]
    if not held:
        return None, [], False
    held.sort(key=lambda h: (h[0], h[1]))
    best_kind, best_count, best = held[0]
    if sum(1 for h in held if h[0] == best_kind) > MAX_READINGS:
        return None, [r for _, _, r in held], True
    if _reports_holding(searcher, letters) > -best_count:
        return None, [], False  # the letters are the reports' own word more than the reading is
    return best, [r for _, _, r in held[1:]], False


def read_initials(text: str, searcher=None) -> tuple[str, list[str]]:
    """The query with each word typed as pinyin initials replaced by its reading, and the notes
    saying so; the text unchanged (and no note) when no word is read."""
    out: list[str] = []
    notes: list[str] = []
    last = 0
    from search.retrieval.query import TOKEN  # local: query.py reads this module's words lazily

    for match in TOKEN.finditer(text):
        negated, bare = match.group(1), match.group(3)
        if bare is None or bare in _OPERATORS or not readable(bare):
            continue
        best, others, too_many = choose(bare.lower(), searcher)
        if too_many:
            notes.append(TOO_MANY_NOTE.format(typed=bare, some="、".join(r.word for r in others[:MAX_READINGS])))
        if best is None:
            continue
        out.append(text[last : match.start()] + negated + best.word)
        last = match.end()
        also = ALSO.format(others="".join(f"“{r.word}”" for r in others[:2])) if others else ""
        notes.append(NOTE.format(typed=bare, word=best.word, also=also))
    if not out:
        return text, notes
    return "".join(out) + text[last:], notes
