"""Near-identical text between reports: shingled character n-grams, MinHash and LSH.

The template forbids 内容雷同 reports, yet agencies copy last year's report, or a neighbour's,
changing little more than the numbers. Comparing every pair in full would be quadratic in the
number of reports and in their length, so:

1. each report's prose (paragraphs, not tables) is normalised: punctuation and spaces dropped,
   every run of digits made one ``0`` (a copy with new figures and a new year is still a copy);
2. its 8-character shingles are hashed (a fixed multiply-xor hash over the code points, computed
   for all windows at once, so results are the same in every process) into a one-permutation
   MinHash signature of 64 bins;
3. locality-sensitive hashing (16 bands of 4 bins) proposes candidate pairs: two reports whose
   shingle sets have Jaccard similarity 0.5 collide with probability 0.64, at 0.7 with 0.98;
4. only candidates (and every pair of one agency's reports) are compared exactly: the share of a
   report's text covered by shingles of the other, and the passages they share.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

SHINGLE = 8  # characters; four or so Chinese words, rare by chance
BINS = 64
BANDS, ROWS = 16, 4
MIN_PASSAGE = 24  # normalised characters: shorter shared runs are common phrasing
MIN_TEXT = 60  # normalised characters below which a report has too little prose to judge
COPY_SHARE = 0.5
# A band shared by more reports than this is skipped: enumerating its pairs would be quadratic, and
# a band so common is the template's own wording. A copy made by one agency of another's report
# shares rarer bands as well; reports that share only common bands are not proposed.
BUCKET_LIMIT = 300  # a report whose text is at least half another's is listed as near-identical
MAX_PASSAGES = 5
MAX_PASSAGE_CHARS = 300


@dataclass
class Text:
    """A text, its normalised form, and where each normalised character came from."""

    original: str
    norm: str
    positions: list[int]
    _hashes: list[int] | None = field(default=None, repr=False)

    @property
    def hashes(self) -> list[int]:
        """The shingle hashes of the normalised text, computed once."""
        if self._hashes is None:
            self._hashes = shingles(self.norm)
        return self._hashes

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalised characters ``start:end``."""
        return self.positions[start], self.positions[end - 1] + 1


_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ！…～ -> !…~, same length
_WORD = re.compile(r"[^\W_]+")
_DIGITS_OR_NOT = re.compile(r"\d+|\D+")


def _is_number(part: str) -> bool:
    """A run that stands for a number, made one ``0`` in the normal form (both forms share this)."""
    return part[0].isdigit()


def normalise(text: str) -> Text:
    """Letters and numbers only, full-width folded, each run of digits one ``0``."""
    norm, positions = [], []
    for word in _WORD.finditer(text.translate(_FULLWIDTH)):
        base = word.start()
        for part in _DIGITS_OR_NOT.finditer(word.group()):
            if _is_number(part.group()):
                norm.append("0")
                positions.append(base + part.start())
            else:
                norm.append(part.group())
                positions.extend(range(base + part.start(), base + part.end()))
    return Text(text, "".join(norm), positions)


def normal_form(text: str) -> str:
    """``normalise(text).norm`` without the positions (all a signature needs)."""
    return "".join("0" if _is_number(part) else part
                   for word in _WORD.findall(text.translate(_FULLWIDTH)) for part in _DIGITS_OR_NOT.findall(word))


def prose_of(report: dict, sections: set[int] | None = None) -> str:
    """The paragraphs of a stored report's parts (all, or those numbered in ``sections``)."""
    out = []
    for section in report.get("sections", []):
        if sections is not None and section.get("number") not in sections:
            continue
        out += [b["text"] for b in section.get("blocks", []) if b.get("type") == "p" and b.get("text")]
    return "\n".join(out)


_PRIME = np.uint64(0x100000001B3)  # FNV's 64-bit prime
_MIX = np.uint64(0xFF51AFD7ED558CCD)  # MurmurHash3's finaliser


def shingles(norm: str) -> list[int]:
    """The shingle hashes of ``norm`` as a list (see ``shingle_array``)."""
    return shingle_array(norm).tolist()


def shingle_array(norm: str) -> np.ndarray:
    """A 32-bit hash of every ``SHINGLE``-character window, in order.

    FNV-1a over the window's code points, then MurmurHash3's finaliser, for all windows in one
    array step per character of the window: a CRC-32 per window in Python cost 5% of the build.
    """
    count = len(norm) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    codes = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    h = np.full(count, 0xCBF29CE484222325, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            h ^= codes[k : k + count]
            h *= _PRIME
        h ^= h >> np.uint64(33)
        h *= _MIX
        h ^= h >> np.uint64(33)
    return (h >> np.uint64(32)).astype(np.uint32)


def signature(text: Text | str) -> tuple | None:
    """One-permutation MinHash of a Text or a normal form: the smallest hash falling in each of
    ``BINS`` bins; None when too short."""
    norm = text if isinstance(text, str) else text.norm
    if len(norm) < MIN_TEXT:
        return None
    unique = np.unique(shingle_array(norm))  # ascending
    bins, first = np.unique(unique % BINS, return_index=True)  # each bin's first (smallest) hash
    mins = dict(zip(bins.tolist(), unique[first].tolist()))
    return tuple(mins.get(b) for b in range(BINS))


def estimate(a: tuple, b: tuple) -> float:
    """Jaccard similarity estimated from two signatures (bins empty in both left out)."""
    pairs = [(x, y) for x, y in zip(a, b) if x is not None or y is not None]
    return sum(1 for x, y in pairs if x == y) / len(pairs) if pairs else 0.0


def candidate_pairs(signatures: dict[str, tuple]) -> dict[tuple[str, str], int]:
    """Pairs of ids that share at least one LSH band, with how many bands they share."""
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for report_id, sig in signatures.items():
        for band in range(BANDS):
            key = sig[band * ROWS : (band + 1) * ROWS]
            if None not in key:
                buckets[(band, key)].append(report_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for members in buckets.values():
        if len(members) > BUCKET_LIMIT:
            continue
        for a, b in combinations(sorted(members), 2):
            shared[(a, b)] += 1
    return shared


@dataclass
class BandPairs:
    """``candidate_pairs`` as arrays: for each pair of ids sharing a band, its two ids (by their
    positions in ``ids``, sorted), the bands they share, and where ``candidate_pairs`` would first
    propose it (its order among the pairs)."""

    ids: list[str]  # sorted
    a: np.ndarray
    b: np.ndarray
    bands: np.ndarray
    first: np.ndarray

    def in_order(self) -> dict[tuple[str, str], int]:
        """The pairs as ``candidate_pairs`` gives them: (id, id) -> bands shared, first proposed first."""
        order = np.argsort(self.first, kind="stable")
        ids = self.ids
        return {(ids[a], ids[b]): n for a, b, n in zip(self.a[order].tolist(), self.b[order].tolist(),
                                                       self.bands[order].tolist())}


def band_pairs(signatures: dict[str, tuple]) -> BandPairs:
    """The pairs of ``candidate_pairs`` with numpy: buckets of identical bands found by sorting,
    their pairs enumerated a bucket size at a time (a province's thousands of reports share
    hundreds of thousands of pairs, too many to build one tuple at a time)."""
    ids = list(signatures)
    n = len(ids)
    by_name = sorted(range(n), key=ids.__getitem__)
    rank = np.empty(n, dtype=np.int64)
    rank[by_name] = np.arange(n)
    empty = np.zeros(0, dtype=np.int64)
    if n < 2:
        return BandPairs(sorted(ids), empty, empty, empty, empty)
    matrix = np.array([[-1 if v is None else v for v in sig] for sig in signatures.values()], dtype=np.int64)
    codes, keys = [], []
    span = BUCKET_LIMIT * (BUCKET_LIMIT - 1) // 2 + 1  # positions of a pair within its bucket
    for band in range(BANDS):
        rows = matrix[:, band * ROWS : (band + 1) * ROWS]
        valid = np.flatnonzero((rows >= 0).all(axis=1))
        if len(valid) < 2:
            continue
        _, group, sizes = np.unique(rows[valid], axis=0, return_inverse=True, return_counts=True)
        group = group.reshape(-1)
        members = valid[np.argsort(group, kind="stable")]  # by bucket, reports in their order
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= BUCKET_LIMIT)]).tolist():
            chosen = starts[sizes == size]
            block = members[chosen[:, None] + np.arange(size)]  # one bucket a row
            # A bucket is made when its first report meets the band: reports in order, bands within.
            bucket = block[:, 0] * BANDS + band
            ranks = np.sort(rank[block], axis=1)  # combinations of the sorted ids
            p, q = np.triu_indices(size, 1)
            codes.append((ranks[:, p] * n + ranks[:, q]).reshape(-1))
            keys.append((bucket[:, None] * span + np.arange(len(p))).reshape(-1))
    if not codes:
        return BandPairs(sorted(ids), empty, empty, empty, empty)
    code, key = np.concatenate(codes), np.concatenate(keys)
    order = np.lexsort((key, code))
    code, key = code[order], key[order]
    unique, at, count = np.unique(code, return_index=True, return_counts=True)
    return BandPairs(sorted(ids), unique // n, unique % n, count, key[at])


def covered(a: Text, b_hashes: set[int]) -> list[tuple[int, int]]:
    """Runs (normalised start, end) of ``a`` covered by shingles that ``b`` also has, at least MIN_PASSAGE long."""
    runs: list[list[int]] = []
    for i, h in enumerate(a.hashes):
        if h in b_hashes:
            if runs and i <= runs[-1][1]:
                runs[-1][1] = i + SHINGLE
            else:
                runs.append([i, i + SHINGLE])
    return [(s, e) for s, e in runs if e - s >= MIN_PASSAGE]


@dataclass
class Overlap:
    """How much of ``a``'s text ``b`` also has, and where."""

    share: float  # of a's normalised text, 0..1
    chars: int  # normalised characters of a covered
    spans: list[tuple[int, int]] = field(default_factory=list)  # original spans of a's text

    def passages(self, text: str) -> list[str]:
        """The shared passages, longest first, each cut to MAX_PASSAGE_CHARS."""
        found = sorted((text[s:e] for s, e in self.spans), key=len, reverse=True)[:MAX_PASSAGES]
        return [p if len(p) <= MAX_PASSAGE_CHARS else p[:MAX_PASSAGE_CHARS] + "…" for p in found]


def overlap(a: Text, others: list[Text]) -> Overlap:
    """The part of ``a`` also found in any of ``others``."""
    if not a.norm:
        return Overlap(0.0, 0)
    hashes: set[int] = set()
    for other in others:
        hashes.update(other.hashes)
    runs = covered(a, hashes)
    chars = sum(e - s for s, e in runs)
    return Overlap(round(chars / len(a.norm), 4), chars, [a.span(s, e) for s, e in runs])


def jaccard(a: Text, b: Text) -> float:
    """Exact Jaccard similarity of the two texts' shingle sets."""
    sa, sb = set(a.hashes), set(b.hashes)
    return round(len(sa & sb) / len(sa | sb), 4) if sa or sb else 0.0
