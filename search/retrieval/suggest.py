"""'Did you mean': a better query word from the index's own vocabulary.

For a word that finds nothing, look for an indexed word that sounds the same (拼音 without
tones: 底保 -> 低保, 复意 -> 复议), differs in one character (行政复仪 -> 行政复议), or is spelt so
in pinyin (minzhengju -> 民政局, typed without a Chinese input method), and prefer the commonest. The only module importing pypinyin.

Pinyin is read in two more forms people type: letters glued to the characters that end a name (gongan局, read
with the characters' own pinyin as gonganju: 公安局, when a name so spelt ends with them), and a spelling that is
no one word's but runs two or three words' spellings together (weishengjiankang: 卫生健康, which the index keeps
as 卫生 and 健康), read as those words typed together, each the commonest word spelt so (PINYIN_PIECES); and a
body's name spelt with a syllable or two left out, as its short forms leave characters out (weishengjianwei:
卫生健康委 without kang), its first and last syllables kept, when one name alone is spelt so (LEFT_OUT).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin

from search.agency_names import names_of
from search.agency_names import vocabulary as agency_vocabulary
from search.retrieval.arrays import arrays_for
from search.retrieval.places import load_divisions
from search.vocabulary import shown_name

FIELD = "body"  # words are suggested from the parts' text
MAX_TERMS = 60_000  # the most frequent words are enough to suggest from
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_PINYIN = re.compile(r"^[a-z]{4,30}$")  # a word typed in pinyin without tones or spaces (minzhengju)
_GLUED = re.compile(r"^([a-z]{2,30})([\u4e00-\u9fff]{1,3})$")  # pinyin glued to a name's ending (gongan局)
PINYIN_PIECES = 3  # the most words a spelling is read as, run together (weisheng|jiankang)
LEFT_OUT = 2  # the most syllables of a body's name a spelling of it may leave out (weishengjian(kang)wei)


def sound(word: str) -> str:
    """Toneless pinyin, syllables joined: 低保 -> 'di bao'."""
    return " ".join(lazy_pinyin(word, style=Style.NORMAL))


@lru_cache(maxsize=1 << 16)
@lru_cache(maxsize=1 << 16)  # /stats and /quality sort every selected report by it: ~0.2 ms a name, 2 s at 10,000
def name_key(name: str) -> tuple:
    """Where a body's name goes in a list by name: by its simplified form's pinyin with tones (鹿东区 lu4, 龙西区 long2,
    龍北縣 long2 as 龙北县), as a Chinese index lists names, not by code point (which put 龍 after 龙西 and 七 among
    nothing it sounds like); the name breaks ties. A name with no Chinese sorts by its letters among them."""
    shown = shown_name(name)
    return tuple(s.lower() for s in lazy_pinyin(shown, style=Style.TONE3, neutral_tone_with_five=True)), shown


def initials(word: str) -> str:
    """The first letters of a word's syllables, as pypinyin reads the word (its phrase readings:
    重庆 is chongqing, 行政 xingzheng): how a word is typed in shorthand (mzj for 民政局, xzfy for
    行政复议; zh, ch, sh give z, c, s, as people type them). '' when a character has no pinyin."""
    letters = "".join(lazy_pinyin(word, style=Style.FIRST_LETTER))
    return letters if letters.isascii() and letters.isalpha() and len(letters) == len(word) else ""


def spellings(word: str, most: int = 16) -> list[str]:
    """Every toneless spelling of a word, syllables run together, its usual one first (朝阳: 'zhaoyang',
    'chaoyang'): a place's name reads its characters as the place says them, which the usual reading
    may miss. At most ``most`` of them."""
    spelt = [sound(word).replace(" ", "")]
    combos = [""]
    for readings in pinyin(word, style=Style.NORMAL, heteronym=True):
        combos = [c + r for c in combos for r in dict.fromkeys(readings)][:most]
    return list(dict.fromkeys(spelt + combos))


class Vocabulary:
    """Indexed words by sound and by length, with their document frequencies."""

    def __init__(self, terms: dict[bytes, int]):
        freq = {}
        for term, df in terms.items():
            word = term.decode("utf-8") if isinstance(term, bytes) else term
            if _CJK_WORD.match(word):
                freq[word] = df
        if len(freq) > MAX_TERMS:
            freq = dict(sorted(freq.items(), key=lambda kv: -kv[1])[:MAX_TERMS])
        self.freq = freq
        self.by_sound: dict[str, list[str]] = defaultdict(list)
        self.by_spelling: dict[str, list[str]] = defaultdict(list)  # the sound as typed: 'dibao'
        self.by_length: dict[int, list[str]] = defaultdict(list)
        # Two-character words by their first and by their last character: what may stand beside a
        # character in a word (媒 -> 媒体, 媒介), for a typo of a word the index keeps in pieces.
        self.after: dict[str, set[str]] = defaultdict(set)
        self.before: dict[str, set[str]] = defaultdict(set)
        for word in freq:
            said = sound(word)
            self.by_sound[said].append(word)
            self.by_spelling[said.replace(" ", "")].append(word)
            self.by_length[len(word)].append(word)
            if len(word) == 2:
                self.after[word[0]].add(word[1])
                self.before[word[1]].add(word[0])
        # The names the search knows for every kind of body (卫健委, 人社局, 市监局: agency_names.py),
        # which report texts seldom write: spelt in pinyin (weijianwei), they are read as the name, and
        # a word of the reports spelt the same stays first (its frequency; a name only known counts 0).
        # Provinces and prefecture-level cities by their short forms (福建, 杭州): a place typed in pinyin
        # (Fujian, hangzhou; a name, often capitalised) is read as the place before any word of the text
        # spelt the same (附件 for fujian), as people type places far more than other words so.
        self.places: dict[str, str] = {}
        for stem, units in sorted(load_divisions().by_stem.items()):
            if _CJK_WORD.match(stem) and any(u.current and u.kind in ("province", "city") for u in units):
                self.places.setdefault(sound(stem).replace(" ", ""), stem)
        self.name_syllables = {name: sound(name).split() for name in _agency_names()}
        for name, syllables in self.name_syllables.items():
            spelling = "".join(syllables)
            if name not in freq and name not in self.by_spelling[spelling]:
                self.by_spelling[spelling].append(name)

    def suggest(self, word: str) -> str | None:
        """The likeliest intended word, or None when nothing is close enough."""
        glued = _GLUED.match(word.lower())
        if glued:  # gongan局: the letters with the characters' own pinyin, read as a name ending with them
            ending = glued.group(2)
            spelt = [w for w in self.by_spelling.get(glued.group(1) + sound(ending).replace(" ", ""), [])
                     if w.endswith(ending)]
            return max(spelt, key=lambda w: self.freq.get(w, 0)) if spelt else None
        if _PINYIN.match(word.lower()):  # typed in pinyin: a place, else the commonest indexed word spelt so
            if word.lower() in self.places:
                return self.places[word.lower()]
            spelt = self.by_spelling.get(word.lower(), [])
            if spelt:
                return max(spelt, key=lambda w: self.freq.get(w, 0))
            return self._spelt_in_pieces(word.lower()) or self._name_shortened(word.lower())
        if not _CJK_WORD.match(word) or word in self.freq:
            return None
        same_sound = [w for w in self.by_sound.get(sound(word), []) if w != word]
        if same_sound:
            return max(same_sound, key=lambda w: self.freq[w])
        if len(word) >= 3:
            near = [w for w in self.by_length[len(word)] if sum(a != b for a, b in zip(w, word)) == 1]
            if near:
                return max(near, key=lambda w: self.freq[w])
        return None

    def _spelt_in_pieces(self, letters: str) -> str | None:
        """Two to PINYIN_PIECES indexed words (of two characters or more) whose spellings, run together, are
        ``letters`` (weishengjiankang: 卫生 健康), the fewest pieces first, each the commonest word spelt so;
        their characters joined, or None."""
        best: list[list[str] | None] = [None] * (len(letters) + 1)
        best[0] = []
        for i in range(len(letters)):
            if best[i] is None or len(best[i]) >= PINYIN_PIECES:
                continue
            for j in range(i + 4, len(letters) + 1):  # a word of two syllables spells four letters at least
                words = [w for w in self.by_spelling.get(letters[i:j], []) if len(w) >= 2 and w in self.freq]
                if words and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                    best[j] = best[i] + [max(words, key=lambda w: self.freq[w])]
        found = best[len(letters)]
        return "".join(found) if found and len(found) >= 2 else None

    def _name_shortened(self, letters: str) -> str | None:
        """The one body's name whose syllables, one to LEFT_OUT of them left out (never the first or the last),
        spell ``letters`` (weishengjianwei: 卫生健康委), or None when no name or several names are spelt so."""
        found: dict[int, set[str]] = {}
        for name, syllables in self.name_syllables.items():
            left = _left_out(letters, syllables)
            if left is not None:
                found.setdefault(left, set()).add(name)
        fewest = found[min(found)] if found else set()
        return next(iter(fewest)) if len(fewest) == 1 else None

    def containing(self, char: str) -> list[str]:
        """The indexed words holding ``char`` (税: 税务, 税收, 纳税人 …), the commonest first."""
        return sorted((w for w in self.freq if char in w), key=lambda w: (-self.freq[w], w))

    def mended(self, word: str, held: Callable[[str], bool]) -> str | None:
        """The commonest of ``mendings`` (by its rarest new pair), or None."""
        found = self.mendings(word, held)
        return max(found)[1] if found else None

    def mendings(self, word: str, held: Callable[[str], bool]) -> list[tuple[int, str]]:
        """``word`` with the one character that breaks it replaced, for a typo that no indexed word
        sounds like and the index keeps in pieces (政务新媒休 -> 政务新媒体: 新媒体 is cut 新 媒体, so no
        word is one character off): the character shared by every pair of characters that no report
        holds (``held``) is replaced by one that makes words with its neighbours, and every pair of
        the result must be held. Each as (the document frequency of its rarest new pair, word);
        empty when nothing fits."""
        if not _CJK_WORD.match(word) or len(word) < 3:
            return []
        broken = [i for i in range(len(word) - 1) if not held(word[i : i + 2])]
        if not broken or len(broken) > 2:
            return []
        spots = {broken[0], broken[0] + 1}
        for i in broken[1:]:
            spots &= {i, i + 1}
        found = []
        for i in sorted(spots):
            left, right = (word[i - 1] if i > 0 else None), (word[i + 1] if i + 1 < len(word) else None)
            sides = [self.after[left]] if left else []
            sides += [self.before[right]] if right else []
            for char in sorted(set.intersection(*sides)) if sides else ():
                fixed = word[:i] + char + word[i + 1 :]
                if char == word[i] or not all(held(fixed[j : j + 2]) for j in range(len(fixed) - 1)):
                    continue
                pairs = [p for p in ((left or "") + char, char + (right or "")) if len(p) == 2]
                found.append((min(self.freq.get(p, 0) for p in pairs), fixed))
        return found


def _left_out(letters: str, syllables: list[str]) -> int | None:
    """How few syllables (1 to LEFT_OUT, never the first or the last) must be left out of ``syllables`` for the rest
    to spell ``letters``, or None."""
    if len(syllables) < 3 or not letters.startswith(syllables[0]) or not letters.endswith(syllables[-1]):
        return None
    middle, inner = letters[len(syllables[0]) : len(letters) - len(syllables[-1])], syllables[1:-1]
    best = None

    def walk(pos: int, i: int, skipped: int) -> None:
        nonlocal best
        if skipped > LEFT_OUT or (best is not None and skipped >= best):
            return
        if i == len(inner):
            if pos == len(middle) and skipped:
                best = skipped
            return
        if middle.startswith(inner[i], pos):
            walk(pos + len(inner[i]), i + 1, skipped)
        walk(pos, i + 1, skipped + 1)

    walk(0, 0, 0)
    return best


def _agency_names() -> list[str]:
    """Every name of every kind of body the search knows (agency_functions.tsv and its rules)."""
    return list(dict.fromkeys(n for function in agency_vocabulary().rows for n in names_of(function)
                              if _CJK_WORD.match(n)))


def vocabulary(searcher) -> Vocabulary:
    """The vocabulary of the searcher's generation, built once (it lives in the generation's cache,
    and is built when the generation is warmed)."""
    # The parts' words only: a lead-in beside parts is searched by no topic question (report_itself.py).
    from search.retrieval.report_itself import without_lead_ins  # local: report_itself reads the matching module

    return searcher.cache.get("vocabulary", lambda: Vocabulary(
        without_lead_ins(searcher, FIELD, arrays_for(searcher).field_terms(searcher, FIELD))))
