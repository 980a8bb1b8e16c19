"""'Did you mean': a better query word from the index's own vocabulary.

For a word that finds nothing, look for an indexed word that sounds the same (拼音 without
tones: 底保 -> 低保, 复意 -> 复议) or differs in one character (行政复仪 -> 行政复议), and prefer the
commonest. The only module importing pypinyin.
"""
from __future__ import annotations

import re
from collections import defaultdict

from pypinyin import Style, lazy_pinyin

from search.retrieval.arrays import arrays_for

FIELD = "body"  # words are suggested from the parts' text
MAX_TERMS = 60_000  # the most frequent words are enough to suggest from
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def sound(word: str) -> str:
    """Toneless pinyin, syllables joined: 低保 -> 'di bao'."""
    return " ".join(lazy_pinyin(word, style=Style.NORMAL))


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
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for word in freq:
            self.by_sound[sound(word)].append(word)
            self.by_length[len(word)].append(word)

    def suggest(self, word: str) -> str | None:
        """The likeliest intended word, or None when nothing is close enough."""
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


def vocabulary(searcher) -> Vocabulary:
    """The vocabulary of the searcher's generation, built once (it lives in the generation's cache,
    and is built when the generation is warmed)."""
    return searcher.cache.get("vocabulary", lambda: Vocabulary(arrays_for(searcher).field_terms(searcher, FIELD)))
