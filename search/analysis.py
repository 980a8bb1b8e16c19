"""Tokenisers for Chinese text: jieba words and character bigrams, and the folding both share.

The only module importing jieba and OpenCC. Whoosh pickles the analyzers into the index schema,
so these classes must stay importable at ``search.analysis``.

Why not jieba's bundled ChineseAnalyzer: it stores character offsets as token positions, so
phrase queries never match, and its overlapping search-mode tokens confuse the highlighter.
Here positions count words; the sub-words of a long word (信息公开 inside 政府信息公开) are
indexed at their parent's position so that a query for the sub-word finds the compound.

``fold`` runs on the text before either tokeniser, at index and at query time alike: full-width
letters and digits to half-width (１２３４５ -> 12345), upper to lower case, traditional characters
to simplified (臨時救助 -> 临时救助). It maps one character to one character, so the offsets of
tokens and snippet marks hold on the original text.
"""
# Over 350 lines, kept whole: the only module importing jieba and OpenCC; the Whoosh token streams and the index
# writer's fast path must give the same tokens, so both live beside the folding they share.
from __future__ import annotations

import math
import os
import re
import threading
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import jieba
import numpy as np
import opencc
from whoosh.analysis import Token, Tokenizer

from search.folding import traditional_to_simplified

USER_DICT = Path(__file__).with_name("data") / "userdict.txt"
UNGLUED_NAMES = Path(__file__).with_name("data") / "unglued_names.txt"
TAIWAN_KEPT = Path(__file__).with_name("data") / "taiwan_kept.tsv"
_QUOTES = str.maketrans({"“": '"', "”": '"', "＂": '"', "「": '"', "」": '"'})


def _fold_table() -> dict[int, int | str]:
    """Full-width to half-width, then traditional to simplified (search.folding), one character each."""
    table: dict[int, int | str] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20  # ideographic space
    table.update(traditional_to_simplified())
    return table


_FOLD = _fold_table()
# The same mapping as an array by code point, for long texts: str.translate looks each character
# up in a dict (some 70 ns a character); numpy maps a whole text in one step.
_FOLD_CODES = np.arange(max(_FOLD) + 1, dtype=np.uint32)
_FOLD_CODES[list(_FOLD)] = [v if isinstance(v, int) else ord(v) for v in _FOLD.values()]
_FOLD_LONG = 64  # characters from which the array pays
_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+(?:\.[0-9]+)?", re.UNICODE)
_CJK = re.compile(r"[\u4e00-\u9fff]")

_lock = threading.Lock()
_ready = False


def _new_lock_in_child() -> None:
    """A build forks its parsing workers from a process whose other threads (a search index
    warming up) call ``init_jieba`` all the time: forked while one of them held the lock, the child
    would wait for it for ever (a file then "took longer than 60 s" and was skipped)."""
    global _lock
    _lock = threading.Lock()
    # jieba's own lock, held for the whole first load: a child forked during it would wait as long.
    jieba.dt.lock = threading.RLock()


os.register_at_fork(after_in_child=_new_lock_in_child)


def init_jieba(cache_dir: str | None = None) -> None:
    """Load jieba's dictionary and ours once per process (call at worker start-up)."""
    global _ready
    if _ready:  # loaded: no lock to take on every call
        return
    with _lock:
        if _ready:
            return
        jieba.setLogLevel(60)
        # jieba's cache otherwise lands in the system temp dir with mode 0600.
        jieba.dt.tmp_dir = cache_dir or os.environ.get("NIANBAO_CACHE") or None
        jieba.initialize()
        with open(USER_DICT, "rb") as words:  # jieba leaves a path's file open
            jieba.load_userdict(words)
        # A place glued to a body's function (湖南省政府) cuts as place + function (scripts/make_unglued_names.py).
        for line in UNGLUED_NAMES.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                jieba.del_word(line.strip())
        _ready = True


def jieba_dictionary_words() -> list[str]:
    """The words of jieba's own dictionary file, as shipped with the pinned version."""
    path = Path(jieba.__file__).with_name("dict.txt")
    return [line.split(" ", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fold(text: str) -> str:
    """Half-width, lower-case, simplified; one character in, one out, so offsets hold."""
    # lower() keeps the length for every character of these texts except a few Latin ligatures
    # and 'İ', which no report uses; the translation itself is one to one.
    if len(text) >= _FOLD_LONG:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if codes.max() < len(_FOLD_CODES):
            return _FOLD_CODES[codes].tobytes().decode("utf-32-le", "surrogatepass").lower()
    return text.translate(_FOLD).lower()


def narrow(text: str) -> str:
    """Half-width and simplified, case kept (for reading operators such as OR in a query)."""
    return text.translate(_FOLD)


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def simplify(text: str) -> str:
    """Traditional script to simplified, with Taiwan wording (資訊 -> 信息); simplified text as is.

    For query text, where words may change length. Taiwan phrase conversion runs only on text
    that has traditional characters: on simplified input it would turn 文件 into 文档.
    """
    text = text.translate(_QUOTES)
    if _converter("t2s").convert(text) == text:
        return text
    # A Taiwan phrase that is a word of the reports (規範性文件, 檔案局) is read as its plain simplified form.
    pieces = _TAIWAN_KEPT.split(text) if _TAIWAN_KEPT else [text]
    return "".join(_converter("t2s" if i % 2 else "tw2sp").convert(p) for i, p in enumerate(pieces))


def _taiwan_kept() -> re.Pattern | None:
    """The Taiwan wordings the reports write as mainland words (data/taiwan_kept.tsv), longest first."""
    rows = (line.split("\t")[0].strip() for line in TAIWAN_KEPT.read_text(encoding="utf-8").splitlines())
    words = sorted({w for w in rows if w and not w.startswith("#")}, key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + ")") if words else None


_TAIWAN_KEPT = _taiwan_kept()


def cut(text: str) -> list[str]:
    """jieba's precise cut of (folded) text: the words a query is made of."""
    return list(_cut(fold(text)))


@lru_cache(maxsize=4096)
def _cut(folded: str) -> tuple[str, ...]:
    # A query's words are read by several stages (years, figures, issuers, the query tree).
    init_jieba()
    return tuple(w for w in jieba.cut(folded, HMM=True) if _WORD.search(w))


def _split(word: str, freq: dict, log_total: float) -> list[tuple[str, int]]:
    """The likeliest cut of a word into shorter pieces (jieba's route, the whole word excluded)."""
    n = len(word)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, min(n, i + 8) + 1):
            if j - i == n:
                continue
            count = freq.get(word[i:j])
            if count or j - i == 1:
                options.append((math.log(count or 1) - log_total + best[j][0], j))
        best[i] = max(options)
    pieces, i = [], 0
    while i < n:
        j = best[i][1]
        pieces.append((word[i:j], i))
        i = j
    return pieces


def _subwords(word: str, freq: dict, log_total: float) -> list[tuple[str, int]]:
    """Dictionary words a long word is made of, with their offsets, down to two characters.

    政府信息公开 -> 政府, 信息公开, 信息, 公开. Only the pieces of the word's own cut count, not
    every dictionary word inside it (jieba's search mode): 民政 sits inside 人民政府 but is not
    one of its parts, and indexing it made ``agency:民政`` match every 人民政府.
    """
    found = []
    for piece, start in _split(word, freq, log_total):
        if len(piece) >= 2 and freq.get(piece):
            found.append((piece, start))
        if len(piece) >= 3:
            found += [(sub, start + inner) for sub, inner in _subwords(piece, freq, log_total)]
    return found


_REACH = 6  # characters either side of a match that the cut deciding it is read from
_CROSS = 3  # longest piece of a dictionary word that may reach across a match's edge


def cuts_through(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` (a match of two or more Chinese characters) begins inside one of
    the text's words rather than where a word or one of its parts begins: 民政 in 人民政府 (whose parts
    are 人民 and 政府) or in 居民政策 (居民 | 政策), where 民政 in 民政局 or 申请 in 依申请公开 stand. A
    match may end inside a word: a short form is the start of its name (街道办 of 街道办事处).

    A dictionary word crossing the match's first edge is looked up first (a handful of dictionary
    lookups); only then is the neighbourhood cut as jieba cuts text.
    """
    if end - start < 2 or not _CJK.match(folded[start]) or not _CJK.match(folded[end - 1]):
        return False
    init_jieba()
    freq = jieba.dt.FREQ
    crossing = any(freq.get(folded[a : start + k]) for a in range(max(0, start - _CROSS), start)
                   for k in range(1, _CROSS + 1))
    if not crossing:
        return False
    lo, hi = max(0, start - _REACH), min(len(folded), end + _REACH)
    return not _begins_a_word(folded[lo:hi], start - lo)


@lru_cache(maxsize=8192)
def _begins_a_word(window: str, start: int) -> bool:
    """Whether a word of the window's cut, or one of its parts, begins at ``start``."""
    for word, lo, hi in jieba.tokenize(window, HMM=True):
        if lo == start:
            return True
        if lo < start < hi and hi - lo >= 3 and any(lo + inner == start for _, inner in _index_subwords(word)):
            return True
    return False


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


def _fill(token: Token, text: str, pos: int, startchar: int, keeporiginal: bool, positions: bool,
          chars: bool) -> Token:
    """Whoosh's one reused token, set to ``text`` at word ``pos`` and character ``startchar``."""
    token.text = text
    token.boost = 1.0
    token.stopped = False
    if keeporiginal:
        token.original = text
    if positions:
        token.pos = pos
    if chars:
        token.startchar = startchar
        token.endchar = startchar + len(text)
    return token


_SUBWORDS: dict[str, list[tuple[str, int]]] = {}
_SUBWORDS_MAX = 100_000  # memoised words; a corpus repeats its words, so most cuts are looked up


def _index_subwords(word: str) -> list[tuple[str, int]]:
    """``_subwords`` of a word, memoised (jieba's dictionary does not change once loaded).

    A place's name is no mention of the words inside it (海关 in 山海关区, 城市 in 丰城市, 大连 in
    五大连池, 龙江 in 黑龙江省): of its parts only those it begins with (山海关 of 山海关区, 黑龙江 of
    黑龙江省) and its peoples and autonomy (回族, 自治县 of 化隆回族自治县) are its own. Its short form
    is one of those parts even where jieba's dictionary does not know it (吴忠 of 吴忠市, 古冶 of 古冶区:
    jieba cuts them 吴|忠|市), so that a search for the short form finds a report that writes only
    the full name, in its title or issuer (``place_stems``).
    """
    found = _SUBWORDS.get(word)
    if found is None:
        if len(_SUBWORDS) >= _SUBWORDS_MAX:
            _SUBWORDS.clear()
        found = _subwords(word, jieba.dt.FREQ, math.log(jieba.dt.total))
        if word in place_names():
            found = [(sub, start) for sub, start in found if start == 0 or _A_PLACE_S_OWN.search(sub)]
            stem = place_stems().get(word)
            if stem and all(sub != stem for sub, _ in found):
                found.insert(0, (stem, 0))
        _SUBWORDS[word] = found
    return found


_A_PLACE_S_OWN = re.compile(r"族$|^自治")
EVERYDAY_COUNT = 500  # a place's short form jieba counts more often is a word of everyday Chinese first (places.py too)


def is_common_word(word: str) -> bool:
    """Whether jieba's general dictionary counts ``word`` more than EVERYDAY_COUNT times: a common word of
    Chinese (大厅, 格局, 朝阳), which a name's piece that reads the same is first taken to be. (filler.is_everyday_word
    asks less: counted at all, a word and not a typo.)"""
    init_jieba()
    return jieba.dt.FREQ.get(word, 0) > EVERYDAY_COUNT


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is a word of jieba's dictionary (ours included), not one its HMM guessed from the context
    (上发 of 抖音上发东西); a prefix entry, counted 0, is none."""
    init_jieba()
    return jieba.dt.FREQ.get(word, 0) > 0


@lru_cache(maxsize=1)
def place_stems() -> dict[str, str]:
    """Each division's full name -> its short form, indexed as the name's part at offset 0.

    Left out: a short form that is a word of everyday Chinese (jieba's general dictionary counts it
    more than EVERYDAY_COUNT times: 新城, 天山, 东城, 西城, 麻城, 应城, 宜城), where the word typed mostly
    means the word, not the place; as a part of the name it would turn every search for the word into
    one for that place's reports. A short form jieba already gives as the name's first part (和平 of
    和平区) stays one, as before.
    """
    from search.divisions import read_units

    init_jieba()
    freq = jieba.dt.FREQ
    stems: dict[str, str] = {}
    for unit, _ in read_units():
        stem = unit.stem
        if (len(stem) >= 2 and stem != unit.name and unit.name.startswith(stem)
                and freq.get(stem, 0) <= EVERYDAY_COUNT):
            stems.setdefault(unit.name, stem)
    return stems


@lru_cache(maxsize=1)
def place_short_forms() -> frozenset[str]:
    """The short forms ``place_stems`` indexes: a query joins jieba's pieces of one back into a word."""
    return frozenset(place_stems().values())


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every division's name and short form (山海关区, 山海关), old and current."""
    from search.divisions import read_units

    return frozenset(name for unit, _ in read_units() for name in (unit.name, unit.stem) if name)


def word_pieces(value: str, mode: str = "index", start_pos: int = 0):
    """(word, position, offset) of each word token of ``value``: the tokens of the word fields.

    Positions count words; in index mode the sub-words of a long word follow it at its position.
    """
    init_jieba()
    pos = start_pos
    offset = 0
    recent: list[tuple[str, int, int]] = []  # the last words, for a place's name jieba cut into pieces
    given: set[tuple[str, int]] = set()  # what such names gave, each once at its position
    names = _cut_place_names()
    for word in jieba.cut(fold(value), HMM=True):
        start = offset
        offset += len(word)
        if not _WORD.search(word):
            recent.clear()
            continue
        word = word.strip()
        if not word:
            recent.clear()
            continue
        yield word, pos, start
        if mode == "index" and len(word) > 2 and _CJK.match(word):
            for piece, inner in _index_subwords(word):
                yield piece, pos, start + inner
        if mode == "index":
            recent = recent[-2:] + [(word, pos, start)]
            for k in ((3, 2) if len(word) <= NAME_END else ()):
                name = "".join(w for w, _, _ in recent[-k:]) if len(recent) >= k else ""
                if name in names:
                    _, at, begins = recent[-k]
                    for piece, inner in _name_pieces(name, tuple(w for w, _, _ in recent[-k:])):
                        if (piece, at) not in given:
                            given.add((piece, at))
                            yield piece, at, begins + inner
                    break
        pos += 1


def gram_pieces(value: str, start_pos: int = 0):
    """(gram, position, offset) of each bigram token of ``value``: the tokens of the grams field."""
    pos = start_pos
    for match in _CJK_OR_WORD.finditer(fold(value)):
        run, base = match.group(), match.start()
        if _CJK.match(run) and len(run) > 1:
            for i in range(len(run) - 1):
                yield run[i : i + 2], pos, base + i
                pos += 1
        else:
            yield run, pos, base
            pos += 1


def word_terms(value: str) -> dict[str, list[int]]:
    """Each word token of ``value`` (index mode) and its positions: ``word_pieces`` gathered by
    term in one loop, for the index writer (tests check the two agree)."""
    init_jieba()
    out: defaultdict[str, list[int]] = defaultdict(list)
    kinds = _KINDS
    names = _cut_place_names()
    pos = 0
    last = before = ""  # the two words before, for a place's name jieba cut into pieces
    for word in jieba.cut(fold(value), HMM=True):
        kind = kinds.get(word)
        if kind is None:
            kind = _kind(word)
        if kind is _SKIP:
            last = before = ""
            continue
        for piece in kind:
            out[piece].append(pos)
        word = kind[0]
        if len(word) <= NAME_END and last:
            for name, words, at in ((before + last + word, (before, last, word), pos - 2), (last + word, (last, word), pos - 1)):
                if words[0] and name in names:
                    for piece, _ in _name_pieces(name, words):
                        if not out[piece] or out[piece][-1] != at:  # (its short form, given by a shorter join)
                            out[piece].append(at)
                    break
        before, last = last, word
        pos += 1
    return dict(out)


NAME_END = 4  # longest last piece of a division's name cut into pieces (海区, 区, 右翼前旗): a cheap test per word


@lru_cache(maxsize=1)
def _cut_place_names() -> frozenset[str]:
    """Division names of three characters or more: jieba cuts some of them into pieces that cross their
    short form (静 | 海区, 增 | 城区, 浑 | 南区), and the text then holds neither the name nor its short form
    as a word. Two or three whole words that spell one are given the name and its parts as well, at the
    first word's position; a name inside other words (增城区 in 新增城区: 新增 | 城区) is never read, since
    only whole words are joined."""
    return frozenset(name for name in place_names() if len(name) >= 3 and _CJK.match(name))


def _name_pieces(name: str, words: tuple[str, ...]) -> list[tuple[str, int]]:
    """The name and its parts (``_index_subwords``), but the words it was cut into and their own parts, which the
    text holds already at their own positions (given again at the first word's, a term's positions would run
    backwards: 自治 of 北川 | 羌族 | 自治县, or come twice: 乌兰 of 乌兰察布 | 市)."""
    held = set(words) | {piece for word in words if len(word) > 2 and _CJK.match(word)
                         for piece, _ in _index_subwords(word)}
    return [(name, 0)] + [(piece, inner) for piece, inner in _index_subwords(name) if piece not in held]


_SKIP = ()
_KINDS: dict[str, tuple[str, ...]] = {}  # what word_terms makes of each cut word, memoised


def _kind(word: str) -> tuple[str, ...]:
    """A cut word's index tokens at its position: none (punctuation, space), or the word and
    its sub-words."""
    if len(_KINDS) >= _SUBWORDS_MAX:
        _KINDS.clear()
    if not _WORD.search(word) or not word.strip():
        found = _SKIP
    else:
        stripped = word.strip()
        found = (stripped,)
        if len(stripped) > 2 and _CJK.match(stripped):
            found += tuple(piece for piece, _ in _index_subwords(stripped))
    _KINDS[word] = found
    return found


def gram_terms(value: str) -> dict[str, list[int]]:
    """Each bigram token of ``value`` and its positions: ``gram_pieces`` gathered by term."""
    out: defaultdict[str, list[int]] = defaultdict(list)
    pos = 0
    for run in _CJK_OR_WORD.findall(fold(value)):
        if len(run) > 1 and _CJK.match(run):
            for i in range(len(run) - 1):
                out[run[i : i + 2]].append(pos)
                pos += 1
        else:
            out[run].append(pos)
            pos += 1
    return dict(out)


def term_positions(pieces) -> dict[str, list[int]]:
    """Each token text and its positions, in the order first seen (what a posting records)."""
    out: defaultdict[str, list[int]] = defaultdict(list)
    for text, pos, _ in pieces:
        out[text].append(pos)
    return dict(out)


class JiebaTokenizer(Tokenizer):
    """Word tokens with consecutive positions and true character offsets.

    In index mode each long word also yields its dictionary sub-words at the same position;
    in query mode only the precise cut is used, so a query word is never split twice.
    """

    pieces = staticmethod(word_pieces)
    terms = staticmethod(word_terms)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start in word_pieces(value, mode, start_pos):
            yield _fill(token, text, pos, start_char + start, keeporiginal, positions, chars)


class BigramTokenizer(Tokenizer):
    """Overlapping character bigrams of Chinese runs, whole tokens for Latin words and numbers.

    Finds a string inside any word (处理 in 待处理) and gives exact-substring phrases.
    """

    terms = staticmethod(gram_terms)

    @staticmethod
    def pieces(value, mode="index", start_pos=0):
        return gram_pieces(value, start_pos)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start in gram_pieces(value, start_pos):
            yield _fill(token, text, pos, start_char + start, keeporiginal, positions, chars)


def bigrams(text: str) -> list[str]:
    """The bigram tokens of a query string, in order."""
    return [t.text for t in BigramTokenizer()(text)]


def jieba_analyzer() -> JiebaTokenizer:
    """The analyzer of the word fields."""
    return JiebaTokenizer()


def bigram_analyzer() -> BigramTokenizer:
    """The analyzer of the bigram field."""
    return BigramTokenizer()
