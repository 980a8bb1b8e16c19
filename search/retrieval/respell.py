"""Words typed wrong, read as the words meant: a word no report holds (复义, 最底, 新媒休), a piece
too short to respell alone (生厂 of 安全生厂), and a typo that makes another word (疫情防空: 防空).

``correct`` is asked by the grouped view (grouped.py) only when no report holds every word of the
query: a list holding them all proves there is nothing to correct. It rewrites the query's words in
place and says so on the page (CORRECTED_NOTE); quoted phrases and issuers' names are taken as typed.
"""
from __future__ import annotations

import re

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.filler import is_everyday_word
from search.retrieval.issuers import concept_of
from search.retrieval.matching import evaluate
from search.retrieval.places import find_places, place_note
from search.retrieval.query import ParsedQuery
from search.retrieval.query_tree import word_unit
from search.retrieval.selection import report_codes
from search.retrieval.suggest import vocabulary

CORRECTED_NOTE = "没有报告使用“{typed}”，已按“{found}”查找。"
# A place typed in pinyin whose reports the index does not hold: say what it was read as, or an
# empty list would not tell the user that 'fujian' was understood.
PLACE_NOT_HELD_NOTE = "没有报告使用“{typed}”；按“{found}”理解，也没有该地区的报告。"


def correct(searcher, parsed: ParsedQuery, labeled: list[tuple[str, object]], sections: np.ndarray,
             phrases: set[str]) -> bool:
    """Replace in ``parsed`` (in place) each word no report holds by the indexed word it was likely
    typed for (same sound, or one character off: 复义 -> 复议, 最底 -> 最低, 微薄 -> 微博; suggest.py),
    when that word is found, and tell the user. The run is then read again as corrected, so that
    最低生活保障 is one item with its synonyms (低保). Quoted phrases are taken as typed."""
    vocab = vocabulary(searcher)
    fixes = {}
    places_not_held = {}
    # A division's name read as a place is typed as meant, even where no report is of it: 公安县 is a
    # county, not a typo of 公安局 (the place note already says the index holds none of its reports).
    phrases = phrases | {h.word for h in parsed.place_hints}
    for label, unit in labeled:
        if label in phrases or concept_of(label) is not None:
            continue  # typed as meant: a phrase, or a name of an issuer (警察局) matched by its reports
        better = vocab.suggest(label) or _respelled_inside(searcher, vocab, label) or _mended(searcher, vocab, label)
        if better and not (evaluate(searcher, unit, sections).mask & sections).any():
            fixed = word_unit(better)
            if fixed is not None and (evaluate(searcher, fixed, sections).mask & sections).any():
                fixes[label] = better
            elif label.isascii() and find_places(better):  # a place in pinyin that no report is of
                places_not_held[label] = better
    fixes.update(_runs_respelled(searcher, vocab, parsed, labeled, sections, phrases, fixes))
    _prefer_whole_runs(fixes, _whole_runs(searcher, vocab, parsed, labeled, sections, phrases))
    # (a word no report holds: two held words typed together are meant so; a real-word typo is two held words)
    fixes = {typed: better for typed, better in fixes.items()
             if _may_respell(typed, better) and not _held_compound(searcher, typed)}
    if not fixes:
        fixes.update((typed, better) for typed, better in _real_word_typos(searcher, vocab, parsed, labeled, sections,
                                                                            phrases).items() if _may_respell(typed, better))
    if not fixes:
        parsed.notes += [PLACE_NOT_HELD_NOTE.format(typed=typed, found=place) for typed, place in places_not_held.items()]
        return False
    for clause in parsed.must:
        if not clause.phrase:
            for typed, better in fixes.items():
                clause.alternatives = [alt.replace(typed, better) for alt in clause.alternatives]
    parsed.notes += [CORRECTED_NOTE.format(typed=typed, found=better) for typed, better in fixes.items()]
    # A word read as meant may be a place (anhui -> 安徽): its reports come first, as if typed so.
    known = {h.word for h in parsed.place_hints}
    for hint in (h for better in fixes.values() if better not in phrases for h in find_places(better)):
        if hint.word not in known:
            known.add(hint.word)
            parsed.place_hints.append(hint)
            parsed.notes.append(place_note(hint))
    return True


# One character off can turn a word into its opposite: 没人来 (nobody came) into 专人来 (staff came), 无偿 into 有偿.
_NEGATION = frozenset("没无未不非否免")


def same_negation(typed: str, better: str) -> bool:
    """Whether a respelling keeps a negation opening the typed word (不于公开 -> 不予公开 does; 没人来 -> 专人来 does not,
    nor 专人来 -> 没人来): a typo is read as the word meant, never as its denial or its opposite. Inside a word the
    same character is often a slip for its sound-alike (新没体 -> 新媒体), and a negation opens the words it denies."""
    if not typed or not better:
        return True
    return typed[0] == better[0] or (typed[0] not in _NEGATION and better[0] not in _NEGATION)


# A question's own characters (几月, 几件, 近几年, 哪家, 啥时候): the word asks, it is no typo of a word that sounds alike
# (几月 is not 集约, 几件 not 纪检)
_ASKING = re.compile(r"[几哪啥怎]")


def asks(word: str) -> bool:
    """Whether the word is made with a question's character, and so is never respelled."""
    return bool(_ASKING.search(word))


def _may_respell(typed: str, better: str) -> bool:
    """Whether reading ``typed`` as ``better`` keeps what was asked: no negation swapped, no question word read away."""
    return same_negation(typed, better) and not asks(typed)


# One character that closes a name of its kind: a law (食品安全法), a body (某某局), a station or an office. A held word
# before it is what the asker typed (安全法 is the 安全 law, not 安全性).
_NAME_CLOSERS = frozenset("法局委办厅站所院处科")


def _held_compound(searcher, word: str) -> bool:
    """Whether the word is two words of two characters or more that the reports hold, typed together (房产登记: 房产 |
    登记), or a held word closed by a name's character (安全法): what the asker meant, though no report writes it whole
    (not 自产登记, not 安全性)."""
    if len(word) >= 3 and word[-1] in _NAME_CLOSERS and _pairs_held(searcher, word[:-1]):
        return True
    return any(_pairs_held(searcher, word[:i]) and _pairs_held(searcher, word[i:]) for i in range(2, len(word) - 1))


def _pair_held(searcher, pair: str) -> bool:
    """Whether some report holds the two characters together."""
    return bool(arrays_for(searcher).postings(searcher, "grams", pair).ids.size)


def _pairs_held(searcher, word: str) -> bool:
    """Whether every pair of neighbouring characters of the word is held by some report."""
    return all(_pair_held(searcher, word[j : j + 2]) for j in range(len(word) - 1))


def _runs_respelled(searcher, vocab, parsed: ParsedQuery, labeled: list[tuple[str, object]], sections: np.ndarray,
                    phrases: set[str], fixes: dict[str, str]) -> dict[str, str]:
    """A typo often makes jieba cut its word apart (安全生厂: 安全 | 生厂), leaving a piece too short
    to be respelled alone. A piece no report holds is respelled with the word typed next to it
    (安全生厂 -> 安全生产), never with an issuer's name: of the respellings (same sound, one
    character off, one broken character mended), the one that most reports hold."""
    names = [label for label, _ in labeled]
    typed = [alt for clause in parsed.must if not clause.phrase for alt in clause.alternatives]
    found: dict[str, str] = {}
    for i, (label, unit) in enumerate(labeled):
        if label in fixes or label in phrases or concept_of(label) is not None or any(label in run for run in fixes):
            continue
        if (evaluate(searcher, unit, sections).mask & sections).any():
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(names) or concept_of(names[j]) is not None or names[j] in phrases:
                continue
            run = names[j] + label if j < i else label + names[j]
            if not any(run in alt for alt in typed):
                continue  # the two were typed apart
            better = _commonest_respelling(searcher, vocab, run, sections)
            if better:
                found[run] = better
                break
    return found


def _changed(typed: str, better: str) -> int:
    """How many characters a respelling changes (a change of length counts as the longer word's length)."""
    if len(typed) != len(better):
        return max(len(typed), len(better))
    return sum(a != b for a, b in zip(typed, better))


def _prefer_whole_runs(fixes: dict[str, str], whole: dict[str, str]) -> None:
    """Take in ``fixes`` (in place) each run's whole respelling where it changes fewer characters of the run than its
    pieces' respellings do, or where no piece was respelled: jieba cuts a typo's run anywhere (依声请公开: 依声 | 请 |
    公开), and a piece respelled alone may sound like another word (依声 -> 医生: two characters changed) where the
    run is one character off the phrase meant (依申请公开), which the did-you-mean finds too. On a tie the piece's
    respelling stands (政务公开专拦: 专拦 -> 专栏 sounds as typed; 政务公开专区 does not)."""
    for run, better in whole.items():
        pieces = {typed: fixed for typed, fixed in fixes.items() if typed in run and typed != run}
        pieced = run
        for typed, fixed in pieces.items():
            pieced = pieced.replace(typed, fixed)
        if pieces and _changed(run, pieced) <= _changed(run, better):
            continue
        for typed in pieces:
            del fixes[typed]
        fixes[run] = better


def _whole_runs(searcher, vocab, parsed: ParsedQuery, labeled: list[tuple[str, object]], sections: np.ndarray,
                phrases: set[str]) -> dict[str, str]:
    """Each run typed without spaces that jieba cut into several items (three characters or more, no report holding
    it) and that is one indexed word's sound or one character off it, or has one two-character piece respelled
    (suggest.py, ``_respelled_inside``), read as that word when some report holds it."""
    labels = {label for label, _ in labeled}
    found: dict[str, str] = {}
    for run in dict.fromkeys(alt for clause in parsed.must if not clause.phrase for alt in clause.alternatives):
        # A run that is one item is respelled as an item, its other readings (everyday words) held or not.
        if len(run) < 3 or run in labels or run in phrases or concept_of(run) is not None or asks(run):
            continue
        better = vocab.suggest(run) or _respelled_inside(searcher, vocab, run)
        if not better or better == run or not _may_respell(run, better):
            continue
        if _held_instead(searcher, run, better, sections):
            found[run] = better
    return found


def _real_word_typos(searcher, vocab, parsed: ParsedQuery, labeled: list[tuple[str, object]],
                     sections: np.ndarray, phrases: set[str]) -> dict[str, str]:
    """A typo that makes another real word (疫情防空: 防空, air defence, for 防控) is held by some
    report, so no rule for absent words sees it; but no report holds it beside the word typed with
    it. Two words typed together that no report holds together (called only when no report holds
    every word), whose run is an indexed word's sound or one character off it (suggest.py:
    疫情防控, 保密审查), are read as that word, when some report holds it. Issuers' names and quoted
    phrases are taken as typed."""
    names = [label for label, _ in labeled]
    typed = [alt for clause in parsed.must if not clause.phrase for alt in clause.alternatives]
    found: dict[str, str] = {}
    for first, second in zip(names, names[1:]):
        if {first, second} & phrases or concept_of(first) is not None or concept_of(second) is not None:
            continue
        run = first + second
        if not any(run in alt for alt in typed) or any(run in fixed for fixed in found):
            continue  # typed apart
        better = vocab.suggest(run)
        if not better or better == run:
            continue
        if _held_instead(searcher, run, better, sections):
            found[run] = better
    return found


def _held_instead(searcher, run: str, better: str, sections: np.ndarray) -> bool:
    """Whether no report of ``sections`` holds ``run`` as a word and some report holds ``better``."""
    unit, fixed = word_unit(run), word_unit(better)
    if unit is None or fixed is None or (evaluate(searcher, unit, sections).mask & sections).any():
        return False
    return bool((evaluate(searcher, fixed, sections).mask & sections).any())


def _commonest_respelling(searcher, vocab, run: str, sections: np.ndarray) -> str | None:
    """Of the respellings of ``run``, the one held by the most reports (None when none is held)."""
    options = [vocab.suggest(run), _respelled_inside(searcher, vocab, run)]
    held = lambda pair: _pair_held(searcher, pair)  # noqa: E731
    options += [word for _, word in vocab.mendings(run, held)] if not is_everyday_word(run) else []
    codes = report_codes(searcher)
    best, most = None, 0
    for word in dict.fromkeys(w for w in options if w and w != run):
        unit = word_unit(word)
        if unit is None:
            continue
        reports = np.unique(codes[evaluate(searcher, unit, sections).mask & sections]).size
        if reports > most:
            best, most = word, reports
    return best


def _respelled_inside(searcher, vocab, word: str) -> str | None:
    """``word`` with one two-character piece no report holds replaced by the indexed word it sounds
    like (依申情 -> 依申请: 申情 -> 申请), for a word too long to be suggested whole."""
    if len(word) <= 2:
        return None
    for i in range(len(word) - 1):
        piece = word[i : i + 2]
        if _pair_held(searcher, piece):
            continue  # 依申 is in 依申请: not the typo
        better = vocab.suggest(piece)
        if better and len(better) == 2:
            whole = word[:i] + better + word[i + 2 :]
            # Every pair of the corrected word must be in some report (警察局 is not 警差距).
            if _pairs_held(searcher, whole):
                return whole
    return None


def _mended(searcher, vocab, word: str) -> str | None:
    """``word`` with its one broken character replaced (suggest.Vocabulary.mended), unless it is
    a word of everyday Chinese (买东西 is speech, not a typo of 山东西)."""
    if is_everyday_word(word):
        return None
    return vocab.mended(word, lambda pair: _pair_held(searcher, pair))
