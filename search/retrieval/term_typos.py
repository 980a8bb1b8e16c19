"""A key term of the template typed with one wrong character, read as the term before the query is read:
行政复意 (复议 typed with the 意 of the same sound), 不于公开, 依申情公开, 行政诉松, 行政夏议 (a look-alike).

The late respelling (respell.py) corrects a word only when no report holds every word of the query, and only
the words: 行政复意 was never corrected, since 复意 is held across 答复|意见 (the grams of 答复意见) beside 行政, and
行政复以, corrected there, lost what the term means to every reading made before (the figure 行政复议 asks, its
synonyms). ``read_term_typos`` runs after ``initials.read_initials`` (``read_typed``, called by query.py), so every
stage after it reads the term as if typed so, and the page says how it was read.

The terms (``key_terms``): the template's own words of four characters or more — the domain words jieba is
taught (userdict.txt), the part names and the tables' row labels (vocabulary.py), the figure words
(figure_words.tsv). A run of the query is read as a term when

* it differs from the term in exactly one character, and that character makes no dictionary word with its
  neighbours in the run (行政复意: 复意 is none; 行政复核, 被动公开, 充分公开 are words of their own and stay), or it
  sounds as the term's character does and the words it makes are none that a report holds (行政复义: 复义);
* no report writes the run (with an index: no report holds its characters in a row), and some report holds
  the term;
* it is typed bare: a quoted phrase and a field filter (机构:, year:) are taken as typed; a word left out with
  ``-`` is read like any other (-行政复意 leaves out 行政复议), since what is left out is meant as the term too.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from search.analysis import USER_DICT, bigrams, is_dictionary_word

MIN_LENGTH = 4  # a term of three characters one character off is too often another word (民政局, 民证局?)
NOTE = "没有报告使用“{typed}”，已按“{term}”查找。"
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
_TERM = re.compile(r"[\u4e00-\u9fff]{4,12}")
_WORD_END, _WORD_START = re.compile(r"[A-Za-z0-9]$"), re.compile(r"[A-Za-z0-9]")


@cache
def key_terms() -> dict[int, tuple[str, ...]]:
    """The template's key terms by length (built once per process)."""
    from search.retrieval.figures_asked import _table as figure_rows
    from search.vocabulary import KEY_FIGURES, P2_ROWS, SECTION_NAMES

    words: list[str] = []
    for line in USER_DICT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.append(line.split()[0])
    words += [*SECTION_NAMES.values(), *KEY_FIGURES.values(), *P2_ROWS]
    words += [word for word, _, needs, _ in figure_rows() if not needs]
    by_length: dict[int, list[str]] = {}
    for word in dict.fromkeys(words):
        if _TERM.fullmatch(word):
            by_length.setdefault(len(word), []).append(word)
    return {n: tuple(terms) for n, terms in by_length.items()}


MASK = "\0"  # a character's place left open: the key of the terms that read so with any character there


@cache
def _masked_terms() -> dict[str, str]:
    """Each key term with one of its characters left open (行政\0议) -> the term, where only one term reads so: a
    window is looked up once per character instead of compared with every term (a long question has sixty windows)."""
    found: dict[str, str | None] = {}
    for terms in key_terms().values():
        for term in terms:
            for d in range(len(term)):
                key = term[:d] + MASK + term[d + 1 :]
                found[key] = term if found.get(key, term) == term else None
    return {key: term for key, term in found.items() if term is not None}


@lru_cache(maxsize=4096)
def _sounds_alike(a: str, b: str) -> bool:
    """Whether two characters share a toneless reading (复 and 覆, 议 and 义): what a pinyin input method offers."""
    from search.retrieval.suggest import spellings

    return bool(set(spellings(a)) & set(spellings(b)))


def _words_at(run: str, at: int) -> list[str]:
    """The dictionary words of ``run`` (two to four characters) holding the character at ``at``."""
    return [run[start:end] for start in range(max(0, at - 3), at + 1)
            for end in range(max(at + 1, start + 2), min(len(run), start + 4) + 1) if is_dictionary_word(run[start:end])]


def term_typed(run: str, i: int, length: int, unheld=lambda word: False, sounded=lambda pair: False,
               open_ends: tuple[bool, bool] = (False, False)) -> str | None:
    """The key term that ``run[i:i + length]`` is one character off, or None (when none is, or several are).

    A character sounding as the term's (复意, 复义) is a slip of the input method where the words it makes with its
    neighbours in the run are none that a report holds (``unheld``): 复义 is a dictionary word, but none of the
    reports'; 政府 of 政府申请公开 is, so 府申请公开 is no typo of 依申请公开. Any other character is a slip of the eye
    or the hand only where it makes no dictionary word with its neighbours (行政夏议), is not a word's sound-alike
    itself (专拦 sounds as 专栏, ``sounded``: no look-alike of 专区), and ends the window only where the run ends:
    a window's edge is where the next word typed begins (申请数比2018: 比 is no slip of 申请数量's 量; ``open_ends``: the
    run goes on in letters or digits before or after)."""
    window = run[i : i + length]
    found = set()
    masked = _masked_terms()
    for d in range(length):
        term = masked.get(window[:d] + MASK + window[d + 1 :])
        if term is None or term == window:
            continue
        words = _words_at(run, i + d)
        if _sounds_alike(window[d], term[d]):
            typo = all(unheld(w) for w in words)
        else:
            inner = (0 < d < length - 1 or (d == 0 and i == 0 and not open_ends[0])
                     or (d == length - 1 and i + length == len(run) and not open_ends[1]))
            pairs = [window[max(0, d - 1) : d + 1], window[d : d + 2]]
            typo = not words and inner and not any(sounded(p) for p in pairs if len(p) == 2)
        if typo:
            found.add(term)
    return found.pop() if len(found) == 1 else None


def _written(searcher, text: str) -> bool:
    """Whether some report holds ``text``'s characters in a row (a word or a run of words)."""
    from whoosh import query as Q

    from search.retrieval.matching import evaluate

    grams = bigrams(text)
    query = Q.Phrase("grams", grams) if len(grams) > 1 else Q.Term("grams", text)
    return bool(evaluate(searcher, query).mask.any())


def _held(searcher, term: str) -> bool:
    # In the generation's bounded cache of masks, not its unbounded cache of values: the words probed are any word near
    # a sound-alike character of what users type, so their number grows with the traffic (review 32).
    from search.retrieval.arrays import arrays_for

    masks = arrays_for(searcher).masks
    held = masks.get(("term_typos", term))
    if held is None:
        held = _written(searcher, term)
        masks.put(("term_typos", term), held)
    return held


def _read_run(run: str, searcher, open_ends: tuple[bool, bool] = (False, False)) -> tuple[str, list[tuple[str, str]]]:
    """``run`` (characters only) with each typo of a key term replaced, longest terms first, and the pairs read."""
    read: list[tuple[str, str]] = []
    unheld, sounded = (lambda word: False), (lambda pair: False)
    if searcher is not None:
        from search.retrieval.suggest import sound, vocabulary

        said = vocabulary(searcher).by_sound
        unheld = lambda word: not _held(searcher, word)  # noqa: E731
        sounded = lambda pair: any(w != pair for w in said.get(sound(pair), ()))  # noqa: E731
    for length in sorted(key_terms(), reverse=True):
        done = 0  # a window starts after the last term read
        for i in _starts(run, length):
            if i < done:
                continue
            window = run[i : i + length]
            term = term_typed(run, i, length, unheld, sounded, open_ends)
            if term and (searcher is None or (not _written(searcher, window) and _held(searcher, term))):
                run = run[:i] + term + run[i + length :]  # the same length: the other starts stay where they were
                read.append((window, term))
                done = i + length
    return run, read


@cache
def _pairs_of_terms() -> dict[str, frozenset[tuple[int, int]]]:
    """Each pair of neighbouring characters of a key term -> (its offset in the term, the term's length)."""
    found: dict[str, set[tuple[int, int]]] = {}
    for length, terms in key_terms().items():
        for term in terms:
            for o in range(length - 1):
                found.setdefault(term[o : o + 2], set()).add((o, length))
    return {pair: frozenset(places) for pair, places in found.items()}


def _starts(run: str, length: int) -> list[int]:
    """Where in ``run`` a window of ``length`` may be a key term one character off: a term of four characters or more
    keeps a pair of its neighbouring characters whole at its place, whichever one is wrong."""
    pairs = _pairs_of_terms()
    return sorted({p - o for p in range(len(run) - 1) for o, n in pairs.get(run[p : p + 2], ())
                   if n == length and 0 <= p - o <= len(run) - length})


def read_term_typos(text: str, searcher=None) -> tuple[str, list[str]]:
    """The query with each key term typed with one broken character read as the term, and the notes saying so;
    the text unchanged (and no note) when none is."""
    from search.retrieval.query import _FIELD, TOKEN  # local: query.py calls this module

    out: list[str] = []
    notes: list[str] = []
    last = 0
    for match in TOKEN.finditer(text):
        bare = match.group(3)
        if bare is None or _FIELD.match(bare) or not _CJK_RUN.search(bare):
            continue
        pieces, changed = [], False
        parts = re.split(r"([\u4e00-\u9fff]+)", bare)
        for n, part in enumerate(parts):
            if len(part) >= MIN_LENGTH and _CJK_RUN.fullmatch(part):
                open_ends = (bool(_WORD_END.search(parts[n - 1])) if n else False,
                             bool(_WORD_START.match(parts[n + 1])) if n + 1 < len(parts) else False)
                fixed, read = _read_run(part, searcher, open_ends)
                if read:
                    changed = True
                    notes += [n for n in (NOTE.format(typed=typed, term=term) for typed, term in read) if n not in notes]
                    part = fixed
            pieces.append(part)
        if changed:
            start = match.start(3)
            out.append(text[last:start] + "".join(pieces))
            last = match.end(3)
    if not out:
        return text, notes
    return "".join(out) + text[last:], notes


def read_typed(text: str, searcher=None) -> tuple[str, list[str]]:
    """The query with the words typed otherwise than meant read as meant, before anything else reads it: pinyin
    initials (initials.py: mzj, xzfy; English words are read before), then key terms typed with one wrong character
    (行政复意); the notes saying so."""
    from search.retrieval.initials import read_initials  # local: initials.py reads query.py's words lazily

    text, notes = read_initials(text, searcher)
    text, typos = read_term_typos(text, searcher)
    return text, notes + typos
