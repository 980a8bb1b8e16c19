"""An index generation read into arrays: posting lists, field lengths and sortable columns.

Whoosh walks posting lists one document at a time in Python, so a word found in every section
of 60,000 costs seconds each time it is asked for. Here a posting list is decoded once, block
by block, into numpy arrays of document numbers and term frequencies, and kept (within a memory
budget) for as long as the generation is searched; columns become integer codes that numpy can
count. One ``IndexArrays`` is shared by every thread searching a generation (it lives in the
generation's cache, see ``search.index``).

Posting lists and positions come from each segment's postings store (``search/postings.py``,
memory-mapped, written with the segment); a segment without one (merged by Whoosh itself) is
read from Whoosh's own on-disk structures (whoosh 2.7 ``W3`` codec), or else through Whoosh's
public, slower matcher API.
"""
# Over 350 lines, kept whole: one per-generation cache of arrays (postings from the store or Whoosh, lengths,
# columns, report codes) under one lock; every matcher reads it.
from __future__ import annotations

import math
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from search.lead_in_words import EXT as LEAD_INS_EXT, LeadInWords, read_lead_in_words
from search.postings import EXT as STORE_EXT, StoreReader, term_key
from search.segment_columns import NO_VALUE, merged_codes, saved_columns, segment_columns

POSTINGS_BUDGET = 64 * 1024 * 1024  # bytes of cached posting arrays per generation
MASK_CACHE = 256  # filter and phrase results kept per generation
_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True)
class Postings:
    """One term's postings over the whole index: sorted document numbers and frequencies, and
    how many documents hold it (deleted ones included, as Whoosh's idf counts them)."""

    ids: np.ndarray  # int64
    weights: np.ndarray  # float64
    df: int = 0

    @property
    def nbytes(self) -> int:
        return self.ids.nbytes + self.weights.nbytes


_EMPTY = Postings(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


@dataclass(frozen=True)
class _Segment:
    """Where a segment's documents start in the index, how many it has, and its store (or None)."""

    base: int
    count: int
    store: StoreReader | None


@dataclass(frozen=True)
class Codes:
    """A sortable column as integer codes per document, and the value each code stands for."""

    codes: np.ndarray  # int64, one per document
    values: list


class _Lru:
    """A small thread-safe LRU, bounded by entry count or by a byte budget."""

    def __init__(self, max_items: int | None = None, max_bytes: int | None = None, on_miss=None):
        self.max_items, self.max_bytes = max_items, max_bytes
        self._data: OrderedDict = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._on_miss = on_miss

    def get(self, key):
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            elif self._on_miss is not None:
                self._on_miss()
            return value

    def put(self, key, value, size: int = 0) -> None:
        with self._lock:
            if key in self._data:
                old = self._data.pop(key)
                self._bytes -= old[1] if self.max_bytes else 0
            self._data[key] = (value, size) if self.max_bytes else value
            self._bytes += size
            while self._data and ((self.max_items and len(self._data) > self.max_items)
                                  or (self.max_bytes and self._bytes > self.max_bytes)):
                _, old = self._data.popitem(last=False)
                self._bytes -= old[1] if self.max_bytes else 0

    def get_sized(self, key):
        item = self.get(key)
        return None if item is None else item[0]


def _lengths_of(reader, field: str, docnums: np.ndarray) -> int:
    """The sum of ``field``'s lengths over ``docnums``, as ``reader.doc_field_length`` reads each
    (rounded to a byte; 0 where none), for lead-ins whose segment has no notes of their exact lengths:
    from each segment's lengths column, not through the reader one document at a time."""
    total = 0
    for segment, base in reader.leaf_readers():
        count = segment.doc_count_all()
        here = docnums[(docnums >= base) & (docnums < base + count)] - base
        if not len(here):
            continue
        perdoc = getattr(segment, "_perdoc", None)
        if perdoc is None or not hasattr(perdoc, "_cached_reader"):
            total += sum(segment.doc_field_length(int(d), field, 0) or 0 for d in here)
            continue
        column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if column is not None:
            total += sum(byte_to_length(b) for b in map(column.__getitem__, here.tolist()) if b)
    return total


class IndexArrays:
    """Arrays of one index generation, built lazily and shared by its searchers."""

    def __init__(self, searcher):
        reader = searcher.reader()
        self.schema = searcher.schema
        self.doc_count = reader.doc_count_all()
        self.live = np.ones(self.doc_count, dtype=bool)
        if reader.has_deletions():
            self.live[:] = False
            self.live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
        folder = getattr(getattr(searcher, "generation", None), "path", None)
        self.segments = [_Segment(base, segment.doc_count_all(),
                                  StoreReader.open(folder / segment._segment.make_filename(STORE_EXT))
                                  if folder is not None and hasattr(segment, "_segment") else None)
                         for segment, base in reader.leaf_readers()]
        self.misses = Counter()  # posting lists and masks read, for IndexHandle.misses
        self._postings = _Lru(max_bytes=POSTINGS_BUDGET)
        self.masks = _Lru(max_items=MASK_CACHE, on_miss=self._count_mask)  # filter and phrase results
        self.list_sizes = _Lru(max_items=MASK_CACHE)  # the reports or parts a search lists (list_sizes.py)
        self._lengths: dict[str, np.ndarray] = {}
        self._average_lengths = {name: reader.field_length(name) / (self.doc_count or 1)
                                 for name in self.schema.scorable_names()}
        self._codes: dict[str, Codes] = {}
        self._per_report: dict[str, np.ndarray | None] = {}
        self._lock = threading.Lock()
        # Per segment, its lead-ins' words and lengths as its writer noted them (search/lead_in_words.py);
        # read only for a segment that has lead-ins, None when it has no notes.
        self.lead_in_words: list[LeadInWords | None] = [None] * len(self.segments)
        self._folder = folder
        self._leave_out_lead_ins(searcher)

    def _leave_out_lead_ins(self, searcher) -> None:
        """Score as if the lead-ins beside parts were not indexed: they are searched only by a question
        about the report itself (report_itself.py), and counted in the statistics (documents, their
        lengths, a term's documents) they moved every topic question's scores (docs/relevance.md,
        round 26)."""
        self.lead_ins = np.zeros(self.doc_count, dtype=bool)
        self._scored_count = self.doc_count
        if "section" not in self.schema.names() or "report_id" not in self.schema.names():
            return
        section = self.codes(searcher, "section")
        if 0 not in section.values:
            return
        reports = self.codes(searcher, "report_id").codes
        parts = np.array([v is not None for v in section.values])[section.codes] & self.live
        per_report = np.bincount(reports[parts], minlength=int(reports.max(initial=-1)) + 1)
        self.lead_ins = parts & (section.codes == section.values.index(0)) & (per_report[reports] > 1)
        lead = np.flatnonzero(self.lead_ins)
        if not len(lead):
            return
        self._scored_count = self.doc_count - len(lead)
        reader = searcher.reader()
        names = self.schema.scorable_names()
        totals = {name: reader.field_length(name) for name in names}
        for n, (segment, base) in enumerate(reader.leaf_readers()):
            here = self.lead_ins[base : base + segment.doc_count_all()]
            if not here.any():
                continue
            notes = None
            if self._folder is not None and hasattr(segment, "_segment"):
                notes = read_lead_in_words(self._folder / segment._segment.make_filename(LEAD_INS_EXT))
            self.lead_in_words[n] = notes
            if notes is not None:  # their exact lengths, as the totals count them
                counted = here[notes.docs]
                for name in names:
                    if name in notes.lengths:
                        totals[name] -= int(notes.lengths[name][counted].sum())
            else:  # Whoosh's rounded lengths: the parts then score a little off main's
                docs = base + np.flatnonzero(here)
                for name in names:
                    totals[name] -= _lengths_of(reader, name, docs)
        for name in names:
            self._average_lengths[name] = totals[name] / (self._scored_count or 1)

    def _count_mask(self) -> None:
        self.misses["masks"] += 1

    @property
    def has_stores(self) -> bool:
        """True when every segment has its postings store."""
        return all(s.store is not None for s in self.segments)

    def field_terms(self, searcher, field: str) -> dict[bytes, int]:
        """Every term of a field with its document count over the index (deleted documents
        included, as Whoosh counts them): from the stores at once, through Whoosh for a segment
        without one."""
        totals: dict[bytes, int] = {}
        leaves = None
        for n, segment in enumerate(self.segments):
            if segment.store is not None:
                pairs = segment.store.field_terms(field)
            else:
                leaves = leaves or [leaf for leaf, _ in searcher.reader().leaf_readers()]
                pairs = [(term, info.doc_frequency()) for term, info in leaves[n].iter_field(field)]
            for term, df in pairs:
                totals[term] = totals.get(term, 0) + df
        return totals

    def to_bytes(self, field: str, text) -> bytes | None:
        """A term as its field encodes it (None when the field cannot hold it)."""
        if isinstance(text, bytes):
            return text
        try:
            return self.schema[field].to_bytes(text)
        except ValueError:
            return None

    def idf(self, postings: Postings) -> float:
        """Whoosh's idf of a term with these postings (``WeightingModel.idf``)."""
        df = postings.df - int(np.count_nonzero(self.lead_ins[postings.ids])) if len(postings.ids) else postings.df
        return math.log(self._scored_count / (df + 1)) + 1

    def average_length(self, field: str) -> float:
        """The field's average length over all documents, as Whoosh's searcher computes it."""
        return self._average_lengths.get(field, 0.0)

    # -- postings ---------------------------------------------------------------------------

    def postings(self, searcher, field: str, text) -> Postings:
        """The postings of ``text`` in ``field`` (empty when the term is absent)."""
        key = (field, text)
        found = self._postings.get_sized(key)
        if found is not None:
            return found
        self.misses["postings"] += 1
        found = self._read_postings(searcher, field, text)
        self._postings.put(key, found, found.nbytes)
        return found

    def scored(self, searcher, field: str, text, score) -> tuple[np.ndarray, np.ndarray]:
        """(ids, ``score(field, postings)``) of a term: a term's scores depend only on the
        generation (its idf, the field lengths), so they are computed once, kept with its postings."""
        key = ("scores", field, text)
        found = self._postings.get_sized(key)
        if found is None:
            self.misses["scores"] += 1
            postings = self.postings(searcher, field, text)
            scores = score(field, postings) if len(postings.ids) else postings.weights
            scores.flags.writeable = False  # shared by every search of the generation
            found = (postings.ids, scores)
            # Counted whole: the ids stay held here when the postings entry is evicted.
            self._postings.put(key, found, found[0].nbytes + found[1].nbytes)
        return found

    def _read_postings(self, searcher, field: str, text) -> Postings:
        btext = self.to_bytes(field, text)
        if btext is None:
            return _EMPTY
        key = term_key(field, btext)
        ids, weights, df = [], [], 0
        whoosh_segments = None
        for i, segment in enumerate(self.segments):
            if segment.store is not None:
                term = segment.store.find(key)
                if term < 0:
                    continue
                seg_ids, seg_weights = segment.store.postings(term)
                df += segment.store.doc_frequency(term)
            else:
                if whoosh_segments is None:
                    whoosh_segments = [s for s, _ in searcher.reader().leaf_readers()]
                read = _read_whoosh(whoosh_segments[i], field, btext, self.schema[field].format)
                if read is None:
                    continue
                seg_ids, seg_weights = read
                df += len(seg_ids)  # a segment without a store is one Whoosh merged: it has no deletions
            ids.append(seg_ids + segment.base)
            weights.append(seg_weights)
        if not ids:
            return _EMPTY
        all_ids, all_weights = np.concatenate(ids), np.concatenate(weights)
        keep = self.live[all_ids]
        if not keep.all():
            all_ids, all_weights = all_ids[keep], all_weights[keep]
        return Postings(all_ids, all_weights, df)

    def positions(self, searcher, field: str, text, segment: int) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(segment-local documents, positions per document, the positions) of a term in one
        segment that has a store; None when the segment has no store, empty when no term."""
        store = self.segments[segment].store
        if store is None:
            return None
        btext = self.to_bytes(field, text)
        term = store.find(term_key(field, btext)) if btext is not None else -1
        if term < 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        self.misses["positions"] += 1
        ids, _ = store.postings(term)
        npos, positions = store.positions(term)
        return ids, npos, positions

    def mask(self, searcher, field: str, text) -> np.ndarray:
        """Documents holding the term, as a boolean mask."""
        out = np.zeros(self.doc_count, dtype=bool)
        out[self.postings(searcher, field, text).ids] = True
        return out

    # -- lengths and columns -----------------------------------------------------------------

    def lengths(self, searcher, field: str) -> np.ndarray:
        """Each document's length in ``field`` as Whoosh scores it (quantised to a byte)."""
        with self._lock:
            found = self._lengths.get(field)
        if found is not None:
            return found
        out = np.ones(self.doc_count, dtype=np.float64)
        saved = saved_columns(searcher)
        for n, (segment, base) in enumerate(searcher.reader().leaf_readers()):
            count = segment.doc_count_all()
            raw = saved.lengths(n, field)
            if raw is not None:  # the length bytes the build saved (False: the segment has none of the field: 1)
                out[base : base + count] = 1.0 if raw is False else _BYTE_TO_LENGTH[raw]
                continue
            column = None
            perdoc = getattr(segment, "_perdoc", None)
            if perdoc is not None and hasattr(perdoc, "_cached_reader"):
                column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
            if column is not None:
                raw = np.fromiter(iter(column), dtype=np.int64, count=count)
                out[base : base + count] = _BYTE_TO_LENGTH[raw]
            else:
                out[base : base + count] = [segment.doc_field_length(d, field, 1) or 1 for d in range(count)]
        with self._lock:
            self._lengths[field] = out
        return out

    def codes(self, searcher, field: str) -> Codes:
        """A sortable column as integer codes (values sorted), one per document."""
        with self._lock:
            found = self._codes.get(field)
        if found is not None:
            return found
        self.misses["columns"] += 1
        # A numeric column stores its default where a document has no value, and reads it back
        # decoded (a year as 4294967295, a 64-bit figure as 2**63 - 1): that is no value, not a number.
        fieldobj = searcher.schema[field]
        default = getattr(fieldobj.column_type, "_default", None)
        numeric = isinstance(default, int) and hasattr(fieldobj, "from_column_value")
        missing = fieldobj.from_column_value(default) if numeric else NO_VALUE
        found = Codes(*merged_codes(segment_columns(searcher, field), missing, _sort_key))
        with self._lock:
            self._codes[field] = found
        return found

    def report_values(self, searcher, field: str) -> np.ndarray | None:
        """Each report's code in ``field`` when the field is the same on all its documents
        (agency, year, region …), else None (the part number differs from section to section)."""
        with self._lock:
            if field in self._per_report:
                return self._per_report[field]
        reports = self.codes(searcher, "report_id").codes
        codes = self.codes(searcher, field).codes
        values = np.full(int(reports.max(initial=-1)) + 1, -1, dtype=np.int64)
        values[reports] = codes
        found = values if np.array_equal(values[reports], codes) else None
        with self._lock:
            self._per_report[field] = found
        return found


def _sort_key(value):
    # Columns hold str, int or bytes; '' and None sort first, numbers before text.
    if value is None:
        return (0, "")
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))


def _read_whoosh(segment, field: str, btext: bytes, fmt) -> tuple[np.ndarray, np.ndarray] | None:
    """(ids, weights) of a term in a segment without a store, from Whoosh's files; None if absent."""
    try:
        raw = segment._terms.matcher(field, btext, fmt)
    except (TermNotFound, KeyError):
        return None
    except AttributeError:  # not a W3 segment: the public API
        raw = None
    if raw is not None and hasattr(raw, "_read_data"):
        return _read_blocks(raw)
    try:
        matcher = segment.postings(field, btext)
    except TermNotFound:
        return None
    ids = np.fromiter(matcher.all_ids(), dtype=np.int64)
    matcher = segment.postings(field, btext)
    return ids, np.array([_step(matcher) for _ in range(len(ids))], dtype=np.float64)


def _read_blocks(matcher) -> tuple[np.ndarray, np.ndarray]:
    """Every (id, weight) of a W3 leaf matcher, block by block (ids are stored as deltas
    unless the block says otherwise; weights as None for all 1.0, one float, or one per id)."""
    ids, weights = [], []
    while matcher.is_active():
        matcher._read_data()
        raw_ids, raw_weights = matcher._data[0], matcher._data[1]
        block_ids = np.asarray(raw_ids, dtype=np.int64)
        if not matcher._byteids:
            block_ids = np.cumsum(block_ids)
        if raw_weights is None:
            block_weights = np.ones(len(block_ids))
        elif isinstance(raw_weights, float):
            block_weights = np.full(len(block_ids), raw_weights)
        else:
            block_weights = np.asarray(raw_weights, dtype=np.float64)
        ids.append(block_ids)
        weights.append(block_weights)
        matcher._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(ids), np.concatenate(weights)


def _step(matcher) -> float:
    weight = matcher.weight()
    matcher.next()
    return weight


def arrays_for(searcher) -> IndexArrays:
    """The arrays of the generation ``searcher`` reads, shared by every searcher of it."""
    return searcher.cache.get("arrays", lambda: IndexArrays(searcher))


def docs_of(searcher, query: Q.Query) -> np.ndarray:
    """Whoosh's own matching of a (filter) query, as a mask: for queries this module does not
    evaluate itself, such as numeric ranges."""
    arrays = arrays_for(searcher)
    out = np.zeros(arrays.doc_count, dtype=bool)
    found = np.fromiter(searcher.docs_for_query(query), dtype=np.int64)
    out[found] = True
    return out
