"""The postings store: each segment's posting lists as compact arrays, in one file beside its
Whoosh files.

Whoosh keeps a posting list in blocks of 128 pickled, compressed tuples, and a position list as
one pickle per posting: reading a word found in 60,000 sections costs some 470 unpickles, and
checking a phrase costs one per section and word. The index writer (``indexer/segments.py``)
writes the same postings a second time here, as arrays that numpy reads without a Python loop:

- one file per segment, ``<segment id>.nbp``: Whoosh's own file-name pattern, so Whoosh deletes
  it with its segment (a segment without one, merged by Whoosh, is read through Whoosh instead);
- a term is found by a 64-bit hash of ``field NUL term-bytes`` (sorted, binary-searched) and
  checked against its stored key;
- per term, two blobs: documents (segment-local numbers as deltas, uint32; weights, float32:
  exactly what Whoosh stores) and, for positional fields, positions (count per posting, then
  each posting's positions as deltas, uint32); each blob compressed with zstd when that pays
  (stores written before used zlib: a blob says which by its first bytes, and both are read).
  Decompressing is what a query's first reading of a term costs (a phrase checked on positions
  decompressed about 1 MB of blobs: 3 ms with zlib, 0.7 ms with zstd, and zstd's are 28% smaller).

The file is memory-mapped: opening costs one ``mmap`` whatever its size, every process maps the
same pages, and threads read it without locks. The indexer writes it, search reads it; this one
module owns the format.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import struct
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import zstandard

EXT = ".nbp"
MAGIC = b"NBP1"
_HEAD = struct.Struct("<4sI")
_COMPRESS_MIN = 64  # bytes; shorter blobs are stored raw (a frame would eat the saving)
_ZSTD_FRAME = b"\x28\xb5\x2f\xfd"  # how every zstd frame begins; a zlib stream never does
_ZSTD_LEVEL = 1
_local = threading.local()  # zstd contexts are not to be shared between threads
_DOCS_ZIPPED, _POS_ZIPPED = 1, 2


def term_key(field: str, tbytes: bytes) -> bytes:
    """The store's key of a term: the field's name, NUL, the term's bytes (as Whoosh encodes them)."""
    return field.encode("utf-8") + b"\x00" + tbytes


def key_hash(key: bytes) -> int:
    """A 64-bit hash of a key, the same in every process."""
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")


@dataclass
class FieldPostings:
    """One field's postings, grouped by term (terms in any order) and by document within a term."""

    field: str
    terms: list[bytes]  # term bytes, one per group
    starts: np.ndarray  # int64, len(terms) + 1: postings of term i are starts[i]:starts[i + 1]
    docs: np.ndarray  # uint32 segment-local document numbers, ascending within a term
    weights: np.ndarray  # float32
    npos: np.ndarray | None = None  # uint32 positions per posting (positional fields)
    positions: np.ndarray | None = None  # uint32, each posting's in order, ascending within it


def _pack(raw: bytes) -> tuple[bytes, bool]:
    if len(raw) < _COMPRESS_MIN:
        return raw, False
    packed = _context("compressor", lambda: zstandard.ZstdCompressor(level=_ZSTD_LEVEL)).compress(raw)
    return (packed, True) if len(packed) < len(raw) else (raw, False)


def _unpack(raw: bytes) -> bytes:
    if raw[:4] == _ZSTD_FRAME:
        return _context("decompressor", zstandard.ZstdDecompressor).decompress(raw)
    return zlib.decompress(raw)


def _context(name: str, make):
    found = getattr(_local, name, None)
    if found is None:
        found = make()
        setattr(_local, name, found)
    return found


def _within_deltas(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Differences from the previous value, restarting (as the value itself) at each start.

    In uint32: values rise within a group, and where a difference wraps, at a group's start,
    the value itself replaces it.
    """
    out = values.astype(np.uint32)  # a copy
    if len(out) > 1:
        out[1:] -= values[:-1].astype(np.uint32)
    first = starts[:-1][starts[:-1] < len(values)]
    out[first] = values[first]
    return out


def write_store(path: Path, doc_count: int, fields) -> None:
    """Write the store of one segment from its fields' postings (an iterable, read once)."""
    entries = []  # (hash, key, docs blob, pos blob, flags, df)
    for fp in fields:
        id_deltas = _within_deltas(fp.docs, fp.starts)
        if fp.npos is not None:
            pos_starts = np.zeros(len(fp.npos) + 1, dtype=np.int64)
            np.cumsum(fp.npos, out=pos_starts[1:])
            pos_deltas = _within_deltas(fp.positions, pos_starts)
        for i, term in enumerate(fp.terms):
            lo, hi = int(fp.starts[i]), int(fp.starts[i + 1])
            docs_blob, docs_zipped = _pack(id_deltas[lo:hi].tobytes() + fp.weights[lo:hi].astype(np.float32).tobytes())
            flags = _DOCS_ZIPPED if docs_zipped else 0
            pos_blob = b""
            if fp.npos is not None:
                p_lo, p_hi = int(pos_starts[lo]), int(pos_starts[hi])
                pos_blob, pos_zipped = _pack(fp.npos[lo:hi].astype(np.uint32).tobytes() + pos_deltas[p_lo:p_hi].tobytes())
                flags |= _POS_ZIPPED if pos_zipped else 0
            key = term_key(fp.field, term)
            entries.append((key_hash(key), key, docs_blob, pos_blob, flags, hi - lo))
    entries.sort(key=lambda e: (e[0], e[1]))
    arrays = {
        "hashes": np.array([e[0] for e in entries], dtype=np.uint64),
        "key_ends": np.cumsum([len(e[1]) for e in entries], dtype=np.uint64),
        "df": np.array([e[5] for e in entries], dtype=np.uint32),
        "flags": np.array([e[4] for e in entries], dtype=np.uint8),
        "doc_ends": np.cumsum([len(e[2]) for e in entries], dtype=np.uint64),
        "pos_ends": np.cumsum([len(e[3]) for e in entries], dtype=np.uint64),
        "keys": np.frombuffer(b"".join(e[1] for e in entries), dtype=np.uint8),
        "docs": np.frombuffer(b"".join(e[2] for e in entries), dtype=np.uint8),
        "pos": np.frombuffer(b"".join(e[3] for e in entries), dtype=np.uint8),
    }
    layout, offset = {}, 0
    for name, array in arrays.items():
        layout[name] = [array.dtype.str, offset, len(array)]
        offset += -(-array.nbytes // 8) * 8
    header = json.dumps({"version": 1, "docs": doc_count, "arrays": layout}).encode("utf-8")
    header += b" " * (-(len(header) + _HEAD.size) % 8)
    tmp = Path(str(path) + ".tmp")
    with open(tmp, "wb") as out:
        out.write(_HEAD.pack(MAGIC, len(header)) + header)
        for array in arrays.values():
            data = array.tobytes()
            out.write(data + b"\0" * (-len(data) % 8))
    tmp.replace(path)


class StoreReader:
    """One segment's store, memory-mapped; safe to share between threads."""

    def __init__(self, path: Path):
        with open(path, "rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        magic, length = _HEAD.unpack_from(self._map, 0)
        if magic != MAGIC:
            raise ValueError(f"{path} is not a postings store")
        header = json.loads(bytes(self._map[_HEAD.size : _HEAD.size + length]))
        base = _HEAD.size + length
        self.doc_count = header["docs"]
        arrays = {name: np.frombuffer(self._map, dtype=np.dtype(dtype), count=count, offset=base + offset)
                  for name, (dtype, offset, count) in header["arrays"].items()}
        self._hashes, self._key_ends, self._keys = arrays["hashes"], arrays["key_ends"], arrays["keys"]
        self._df, self._flags = arrays["df"], arrays["flags"]
        self._doc_ends, self._pos_ends = arrays["doc_ends"], arrays["pos_ends"]
        self._docs, self._pos = arrays["docs"], arrays["pos"]

    @staticmethod
    def open(path: Path) -> StoreReader | None:
        """The store at ``path``, or None when the segment has none."""
        try:
            return StoreReader(path)
        except (OSError, ValueError):
            return None

    def __len__(self) -> int:
        return len(self._hashes)

    def find(self, key: bytes) -> int:
        """The term number of ``key``, or -1 when the segment does not hold the term."""
        h = np.uint64(key_hash(key))
        i = int(np.searchsorted(self._hashes, h))
        while i < len(self._hashes) and self._hashes[i] == h:
            if self._key(i) == key:
                return i
            i += 1
        return -1

    def _key(self, i: int) -> bytes:
        lo = int(self._key_ends[i - 1]) if i else 0
        return self._keys[lo : int(self._key_ends[i])].tobytes()

    def commonest(self, count: int) -> list[tuple[bytes, int]]:
        """The keys and document counts of the ``count`` terms with the most postings."""
        if len(self._df) > count:
            top = np.argpartition(self._df, len(self._df) - count)[len(self._df) - count :]
        else:
            top = np.arange(len(self._df))
        return [(self._key(int(i)), int(self._df[i])) for i in top]

    def field_terms(self, field: str) -> list[tuple[bytes, int]]:
        """Every term of one field with its document count (keys found by their prefix at once)."""
        prefix = np.frombuffer(field.encode("utf-8") + b"\x00", dtype=np.uint8)
        ends = self._key_ends.astype(np.int64)
        starts = np.concatenate(([0], ends[:-1]))
        long_enough = ends - starts > len(prefix)
        at = np.minimum(starts[:, None] + np.arange(len(prefix)), max(len(self._keys) - 1, 0))
        hit = np.flatnonzero(long_enough & (self._keys[at] == prefix).all(axis=1)) if len(self._keys) else []
        keys = self._keys
        return [(keys[int(starts[i]) + len(prefix) : int(ends[i])].tobytes(), int(self._df[i])) for i in hit]

    def doc_frequency(self, i: int) -> int:
        """Postings of term ``i`` (deleted documents included, as Whoosh counts them)."""
        return int(self._df[i])

    def postings(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """(segment-local document numbers, weights) of term ``i``."""
        raw = self._blob(self._docs, self._doc_ends, i, self._flags[i] & _DOCS_ZIPPED)
        df = int(self._df[i])
        ids = np.cumsum(np.frombuffer(raw, dtype=np.uint32, count=df), dtype=np.int64)
        weights = np.frombuffer(raw, dtype=np.float32, count=df, offset=4 * df).astype(np.float64)
        return ids, weights

    def positions(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """(positions per posting, every posting's positions in order) of term ``i``."""
        raw = self._blob(self._pos, self._pos_ends, i, self._flags[i] & _POS_ZIPPED)
        df = int(self._df[i])
        npos = np.frombuffer(raw, dtype=np.uint32, count=df).astype(np.int64)
        deltas = np.frombuffer(raw, dtype=np.uint32, offset=4 * df).astype(np.int64)
        running = np.cumsum(deltas)
        # Deltas restart at each posting: subtract what the postings before it added up to.
        starts = np.zeros(df, dtype=np.int64)
        np.cumsum(npos[:-1], out=starts[1:])
        before = np.where(starts > 0, running[np.maximum(starts - 1, 0)], 0)
        return npos, running - np.repeat(before, npos)

    @staticmethod
    def _blob(data: np.ndarray, ends: np.ndarray, i: int, zipped) -> bytes:
        lo = int(ends[i - 1]) if i else 0
        raw = data[lo : int(ends[i])].tobytes()
        return _unpack(raw) if zipped else raw

    def close(self) -> None:
        """Unmap the file (arrays read from it must not be used afterwards)."""
        self._map.close()
