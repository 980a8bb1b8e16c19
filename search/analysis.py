"""Tokenisers for Chinese text: jieba words and character bigrams. The only module importing jieba.

Whoosh pickles the analyzers into the index schema, so these classes must stay importable at
``search.analysis``.

Why not jieba's bundled ChineseAnalyzer: it stores character offsets as token positions, so
phrase queries never match, and its overlapping search-mode tokens confuse the highlighter.
Here positions count words; the sub-words of a long word (信息公开 inside 政府信息公开) are
indexed at their parent's position so that a query for the sub-word finds the compound.
"""
from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import jieba
from whoosh.analysis import Token, Tokenizer

USER_DICT = Path(__file__).with_name("data") / "userdict.txt"

_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+(?:\.[0-9]+)?", re.UNICODE)
_CJK = re.compile(r"[\u4e00-\u9fff]")

_lock = threading.Lock()
_ready = False


def init_jieba(cache_dir: str | None = None) -> None:
    """Load jieba's dictionary and ours once per process (call at worker start-up)."""
    global _ready
    with _lock:
        if _ready:
            return
        jieba.setLogLevel(60)
        # jieba's cache otherwise lands in the system temp dir with mode 0600.
        jieba.dt.tmp_dir = cache_dir or os.environ.get("NIANBAO_CACHE") or None
        jieba.initialize()
        with open(USER_DICT, "rb") as words:  # jieba leaves a path's file open
            jieba.load_userdict(words)
        _ready = True


def fold(text: str) -> str:
    """Full-width to half-width and lower case; one character in, one out, so offsets hold."""
    return text.translate(_FOLD).lower()


def cut(text: str) -> list[str]:
    """jieba's precise cut of (folded) text: the words a query is made of."""
    init_jieba()
    return [w for w in jieba.cut(fold(text), HMM=True) if _WORD.search(w)]


def _subwords(word: str, freq: dict) -> list[tuple[str, int]]:
    """Dictionary words inside a longer word with their offsets, as jieba's search mode finds them."""
    found = []
    n = len(word)
    for size in range(2, n):
        for start in range(0, n - size + 1):
            piece = word[start : start + size]
            if freq.get(piece):
                found.append((piece, start))
    return found


def compound_parts(word: str) -> list[str]:
    """A dictionary word tiled by shorter dictionary words: 高龄津贴 -> [高龄, 津贴]; else []."""
    init_jieba()
    freq = jieba.dt.FREQ
    n = len(word)
    if n < 4 or not _CJK.match(word):
        return []
    # Fewest pieces first: a shortest path over positions, each step a dictionary word.
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 2, min(n, i + 6) + 1):
            piece = word[i:j]
            if piece != word and freq.get(piece) and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                best[j] = best[i] + [piece]
    return best[n] or []


class JiebaTokenizer(Tokenizer):
    """Word tokens with consecutive positions and true character offsets.

    In index mode each long word also yields its dictionary sub-words at the same position;
    in query mode only the precise cut is used, so a query word is never split twice.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        init_jieba()
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        text = fold(value)
        freq = jieba.dt.FREQ
        pos = start_pos
        offset = 0
        for word in jieba.cut(text, HMM=True):
            start = offset
            offset += len(word)
            if not _WORD.search(word):
                continue
            word = word.strip()
            if not word:
                continue
            pieces = [(word, 0)]
            if mode == "index" and len(word) > 2 and _CJK.match(word):
                pieces += _subwords(word, freq)
            for piece, inner in pieces:
                token.text = piece
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = piece
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + start + inner
                    token.endchar = token.startchar + len(piece)
                yield token
            pos += 1


class BigramTokenizer(Tokenizer):
    """Overlapping character bigrams of Chinese runs, whole tokens for Latin words and numbers.

    Finds a string inside any word (处理 in 待处理) and gives exact-substring phrases.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for match in _CJK_OR_WORD.finditer(fold(value)):
            run, base = match.group(), match.start()
            if _CJK.match(run) and len(run) > 1:
                grams = [(run[i : i + 2], base + i) for i in range(len(run) - 1)]
            else:
                grams = [(run, base)]
            for text, start in grams:
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + start
                    token.endchar = token.startchar + len(text)
                yield token
                pos += 1


def bigrams(text: str) -> list[str]:
    """The bigram tokens of a query string, in order."""
    return [t.text for t in BigramTokenizer()(text)]


def jieba_analyzer() -> JiebaTokenizer:
    """The analyzer of the word fields."""
    return JiebaTokenizer()


def bigram_analyzer() -> BigramTokenizer:
    """The analyzer of the bigram field."""
    return BigramTokenizer()
