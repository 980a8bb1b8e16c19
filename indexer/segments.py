"""Write documents into a new Whoosh segment directly, and the same postings into its store.

Whoosh's own writer (``SegmentWriter``) costs some 18 µs a posting in pure Python: every posting
becomes a tuple in an external sort, is pickled to a temporary run, read back, merged, and fed
to the postings writer one call at a time. Here the postings of a segment are gathered in typed
arrays as documents come (already in document order within each term), grouped by term with one
numpy sort when the segment is written, and handed to Whoosh's own block writer a block at a
time; the per-document part (stored fields, columns, field lengths) is Whoosh's own writer.
The segment is Whoosh's format to the byte's meaning: the same postings, weights, positions,
lengths, stored fields and columns as ``add_document`` would write (tests/indexer/test_segments.py
compares the two), so every Whoosh reader, and Whoosh's own matchers, read it.

The word and bigram fields are tokenised through the analyzers' ``terms`` (the same tokens as
their Whoosh token streams, gathered by term, without a token object each), and a value met again in the same
segment (the title, agency and place repeat in every part of a report) is tokenised once.
Their positions go to the store only (``search.schema.POSITIONS_IN_STORE``); Whoosh's postings
of them hold frequencies, as the schema says.

Beside the segment go its postings store (``search/postings.py``), written from the same
arrays, the figures pages' digest of each of its reports (``search/figures/digest.py``), and
which of its lead-ins holds which word (``search/lead_in_words.py``), noted from the tokens the
lead-ins are indexed with. Segments are independent: parse workers each write their own, and the build lists them
all in the index's table of contents (see ``indexer/build.py``).
"""
# Over 350 lines, kept whole: the segment builder must write exactly what Whoosh's writer writes (postings,
# blocks, lengths, columns) and the store beside it from the same buffers; tests compare it with Whoosh's.
from __future__ import annotations

import json
import pickle
from array import array
from itertools import chain
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import UnknownFieldError
from whoosh.filedb.filestore import FileStorage
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte

from indexer.documents import to_documents
from indexer.durable import fsync_path
from indexer.identity import assign_identity
from indexer.parse_pool import Task, TaskFailed
from search.analysis import init_jieba
from search.figures.digest import EXT as DIGESTS_EXT, report_digest, write_digests
from search.index import column_values
from search.lead_in_words import EXT as LEAD_INS_EXT, FIELD as LEAD_IN_FIELD, gather, write_lead_in_words
from search.postings import EXT as STORE_EXT, FieldPostings, write_store
from search.schema import POSITIONS_IN_STORE, make_schema
from search.segment_columns import EXT as COLUMNS_EXT, write_built_columns

_MEMO_VALUES = 64  # repeated field values tokenised once (per report: title, agency, place)
_TOKENS_PER_POSTING = 4  # rough bytes of buffer per position, against 16 per posting, for the budget
# zlib level of Whoosh's posting blocks: its writer uses 3; 1 writes twice as fast for a few per cent more
# bytes, and every reader decompresses either (the level is recorded in each block).
BLOCK_COMPRESSION = 1
# Bytes of postings a parse worker gathers before it writes them out as a segment: peak memory
# stays flat however large the corpus, at the cost of more segments (each about 700 reports).
# A worker's memory peaks, while it writes, at its start (about 150 MB with jieba's dictionary)
# plus some 2.5 times this (docs/benchmarks.md): two workers and the build within 700 MB.
SEGMENT_BUDGET = 32 * 1024 * 1024
# Segments of fewer documents than this count as small (a full one holds some 7,000); when an
# index has more than MAX_SMALL_SEGMENTS of them, the next build indexes their reports again,
# into its new segments, so that incremental builds do not pile up small segments for ever.
SMALL_SEGMENT = 2000
MAX_SMALL_SEGMENTS = 4


class _FieldBuffer:
    """One field's postings so far: parallel typed arrays, term numbers in first-seen order."""

    def __init__(self, positional: bool):
        self.positional = positional
        self.terms: dict = {}  # term (str for positional fields, else bytes) -> number
        self.term_of = array("I")
        self.docs = array("I")
        self.weights = array("f")
        self.npos = array("I")
        self.positions = array("I")
        self.values: list[bytes] = []  # encoded values of non-positional postings

    def number(self, term) -> int:
        found = self.terms.get(term)
        if found is None:
            found = self.terms[term] = len(self.terms)
        return found


class SegmentBuilder:
    """Documents added one by one into one new segment, written whole by ``finish()``."""

    def __init__(self, storage, schema, indexname: str = "MAIN"):
        self.storage = storage
        self.schema = schema
        self.codec = W3Codec(compression=BLOCK_COMPRESSION)
        self.segment = self.codec.new_segment(storage, indexname)
        self.perdoc = self.codec.per_document_writer(storage, self.segment)
        self.docnum = 0
        self._buffers: dict[str, _FieldBuffer] = {}
        self._lengths: dict[str, array] = {}  # length byte per document, per scorable field
        self._columns: dict[str, dict[int, object]] = {}  # each sortable column's values, by document number
        self._memo: dict[tuple[str, str], tuple] = {}
        self.digests: list[dict] = []  # the figures pages' digest of each report added
        self.lead_ins: list[tuple[int, list, dict]] = []  # (document number, words, lengths) of each lead-in
        self.postings = 0
        self.positions = 0

    @property
    def buffered_bytes(self) -> int:
        """A rough size of what is held for the segment (to flush it before memory grows)."""
        return self.postings * 16 + self.positions * _TOKENS_PER_POSTING + self.docnum * 64

    # -- adding ------------------------------------------------------------------------------

    def _positional_terms(self, name: str, field, value: str):
        """A word or bigram field's value as (terms, positions per term, every term's positions
        in turn, length in tokens), tokenised once per segment."""
        key = (name, value)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MEMO_VALUES:
                self._memo.clear()
            by_term = field.analyzer.terms(value)
            counts = [len(p) for p in by_term.values()]
            found = self._memo[key] = (list(by_term), counts, list(chain.from_iterable(by_term.values())),
                                       sum(counts))
        return found

    def add_document(self, **fields) -> None:
        """Add one document, as ``SegmentWriter.add_document`` does (same boosts, same fields)."""
        schema = self.schema
        docnum = self.docnum
        docboost = float(fields.get("_boost", 1.0))
        names = sorted(name for name in fields if not name.startswith("_"))
        for name in names:
            if name not in schema:
                raise UnknownFieldError(f"No field named {name!r} in {schema}")
        perdoc = self.perdoc
        perdoc.start_doc(docnum)
        lead_in = bool(fields.get("_lead_in"))
        lead_in_lengths: dict[str, int] = {}
        for name in names:
            value = fields.get(name)
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                fieldboost = float(fields.get(f"_{name}_boost", docboost))
                length = self._index(name, field, value, fieldboost)
                if length:
                    lengths = self._lengths.get(name)
                    if lengths is None:
                        lengths = self._lengths[name] = array("B")
                    lengths.extend(b"\0" * (docnum + 1 - len(lengths)))
                    lengths[docnum] = length_to_byte(length)
                    if lead_in:
                        lead_in_lengths[name] = length
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and spelling fields are not written here")
            stored = fields.get(f"_stored_{name}", value)
            perdoc.add_field(name, field, stored if field.stored else None, length)
            column = field.column_type
            if column and stored is not None:
                perdoc.add_column_value(name, column, raw := field.to_column_value(stored))
                self._columns.setdefault(name, {})[docnum] = raw  # saved beside too (search/segment_columns.py)
        perdoc.finish_doc()
        if lead_in and isinstance(fields.get(LEAD_IN_FIELD), str):
            # Its words as just tokenised to index it (the memo holds them) and its exact lengths:
            # noted here, the search never tokenises a lead-in again (search/lead_in_words.py).
            terms = self._positional_terms(LEAD_IN_FIELD, schema[LEAD_IN_FIELD], fields[LEAD_IN_FIELD])[0]
            self.lead_ins.append((docnum, terms, lead_in_lengths))
        self.docnum += 1

    def _index(self, name: str, field, value, fieldboost: float) -> int:
        """Buffer the postings of one field of the current document; its length (if scorable)."""
        buffer = self._buffers.get(name)
        fmt = field.format
        fast = name in POSITIONS_IN_STORE and isinstance(value, str)
        if buffer is None:
            buffer = self._buffers[name] = _FieldBuffer(fast)
        docnum = self.docnum
        scorable = field.scorable
        length = 0
        if fast:
            terms, counts, positions, tokens = self._positional_terms(name, field, value)
            boost = fmt.field_boost * fieldboost
            numbers, number = buffer.terms, buffer.number
            buffer.term_of.extend([numbers.get(term) if term in numbers else number(term) for term in terms])
            buffer.docs.extend([docnum] * len(terms))
            buffer.weights.extend([n * boost for n in counts])
            buffer.npos.extend(counts)
            buffer.positions.extend(positions)
            self.postings += len(terms)
            self.positions += tokens
            return tokens if scorable else 0
        for tbytes, freq, weight, vbytes in field.index(value):
            buffer.term_of.append(buffer.number(tbytes))
            buffer.docs.append(docnum)
            buffer.weights.append(weight * fieldboost)
            buffer.values.append(vbytes)
            if scorable:
                length += freq
            self.postings += 1
        return length

    # -- writing -----------------------------------------------------------------------------

    def finish(self):
        """Write the segment's files and its store; the Whoosh segment object to list in the TOC.

        One field at a time, its buffers let go as it is written: memory peaks at the buffers
        plus one field's grouped copy, not two copies of everything.
        """
        self.perdoc.close()
        self.segment.set_doc_count(self.docnum)
        folder = Path(self.storage.folder)
        fieldwriter = self.codec.field_writer(self.storage, self.segment)

        def written_fields():
            for name in sorted(self._buffers):
                grouped = self._grouped(name, self._buffers.pop(name))
                if grouped is not None:
                    self._write_field(fieldwriter, name, grouped)
                    yield grouped

        # The store is written under a name outside the segment's, so that it stays a file of its
        # own when the segment's files become one compound file (as Whoosh's writer makes by
        # default: readers map it instead of opening a file per column).
        store = folder / self.segment.make_filename(STORE_EXT)
        pending = folder / f".{store.name}.tmp"
        write_store(pending, self.docnum, written_fields())
        fieldwriter.close()
        self.segment.create_compound_file(self.storage)
        self.segment.compound = True
        pending.replace(store)
        digests = folder / self.segment.make_filename(DIGESTS_EXT)
        write_digests(digests, self.digests)
        lead_ins = folder / self.segment.make_filename(LEAD_INS_EXT)
        write_lead_in_words(lead_ins, gather(self.lead_ins))
        columns = folder / self.segment.make_filename(COLUMNS_EXT)
        write_built_columns(columns, self.schema, self._columns, self._lengths, self.docnum)
        # Flushed here, while the other workers go on parsing, not all at once when the build
        # commits (the generation's final flush of some 2 GB at 50,000 reports held the swap up).
        for path in (folder / self.segment.make_filename(self.segment.COMPOUND_EXT), store, digests, lead_ins, columns):
            fsync_path(path)
        return self.segment

    def _grouped(self, name: str, buffer: _FieldBuffer) -> FieldPostings | None:
        """The field's postings grouped by term, terms in byte order (Whoosh's term order).

        32-bit indexes throughout: the transient arrays of the largest field (the bigrams) are
        what the memory budget has to leave room for.
        """
        if not buffer.terms:
            return None
        texts = list(buffer.terms)
        encoded = [t.encode("utf-8") for t in texts] if buffer.positional else texts
        order = sorted(range(len(texts)), key=encoded.__getitem__)
        rank = np.empty(len(texts), dtype=np.int32)
        rank[order] = np.arange(len(texts), dtype=np.int32)
        ranks = rank[np.frombuffer(buffer.term_of, dtype=np.uint32)]
        buffer.term_of = None
        perm = np.argsort(ranks, kind="stable").astype(np.int32)  # documents stay in order within a term
        starts = np.searchsorted(ranks[perm], np.arange(len(texts) + 1)).astype(np.int64)
        del ranks
        grouped = FieldPostings(
            field=name, terms=[encoded[i] for i in order], starts=starts,
            docs=np.frombuffer(buffer.docs, dtype=np.uint32)[perm],
            weights=np.frombuffer(buffer.weights, dtype=np.float32)[perm])
        buffer.docs = buffer.weights = None
        if buffer.positional:
            npos = np.frombuffer(buffer.npos, dtype=np.uint32)
            first = np.zeros(len(npos), dtype=np.int64)
            np.cumsum(npos[:-1], out=first[1:])
            moved = npos[perm]
            # Where each moved posting's positions were, minus where they go: one shift per posting.
            shift = (first[perm] - (np.cumsum(moved, dtype=np.int64) - moved)).astype(np.int32)
            where = np.arange(int(moved.sum()), dtype=np.int32)
            where += np.repeat(shift, moved)
            del shift, first
            grouped.npos = moved
            grouped.positions = np.frombuffer(buffer.positions, dtype=np.uint32)[where]
        else:
            grouped.values = [buffer.values[i] for i in perm.tolist()]
        return grouped

    def _write_field(self, fieldwriter, name: str, grouped: FieldPostings) -> None:
        """The field's postings through Whoosh's postings writer, one block (not one posting) a call."""
        field = self.schema[name]
        fieldwriter.start_field(name, field)
        limit = self.codec._blocklimit
        lengths = self._lengths.get(name)
        if lengths is not None:
            lengths.extend(b"\0" * (self.docnum - len(lengths)))
            length_of = np.array([byte_to_length(b) if b else 0 for b in range(256)], dtype=np.int64)[
                np.frombuffer(lengths, dtype=np.uint8)]
        starts = grouped.starts.tolist()
        positional = field.format.supports("positions")
        if grouped.npos is not None and positional:
            pos_ends = np.cumsum(grouped.npos, dtype=np.int64)
        for i, term in enumerate(grouped.terms):
            lo, hi = starts[i], starts[i + 1]
            docs = grouped.docs[lo:hi]
            ids = docs.tolist()
            weights = grouped.weights[lo:hi].tolist()
            term_lengths = length_of[docs].tolist() if lengths is not None else [0] * (hi - lo)
            if grouped.npos is not None and positional:
                p_lo = int(pos_ends[lo - 1]) if lo else 0
                values = _encode_positions(grouped.npos[lo:hi].tolist(), grouped.positions[p_lo : int(pos_ends[hi - 1])].tolist())
            elif grouped.npos is not None:  # Whoosh's Frequency format: the count alone
                values = [_FREQUENCY[n] if n < len(_FREQUENCY) else pack_uint(n) for n in grouped.npos[lo:hi].tolist()]
            else:
                values = grouped.values[lo:hi]
            fieldwriter.start_term(term)
            writer = fieldwriter._postwriter
            for b in range(0, hi - lo, limit):
                _fill_block(writer, ids[b : b + limit], weights[b : b + limit], values[b : b + limit],
                            term_lengths[b : b + limit])
                if b + limit < hi - lo:
                    writer._write_block()
            fieldwriter.finish_term()
        fieldwriter.finish_field()


_FREQUENCY = [pack_uint(n) for n in range(256)]  # Frequency.encode of the common counts
_SINGLE: dict[int, bytes] = {}  # the encoded value of a posting with one position, by position
_SINGLE_MAX = 1 << 16


def _encode_positions(npos: list[int], positions: list[int]) -> list[bytes]:
    """Whoosh's ``Positions.encode`` of each posting: count, then the pickled position deltas."""
    out = []
    cursor = 0
    one = pack_uint(1)
    for n in npos:
        if n == 1:
            p = positions[cursor]
            found = _SINGLE.get(p)
            if found is None:
                found = one + pickle.dumps([p], 2)
                if p < _SINGLE_MAX:
                    _SINGLE[p] = found
            out.append(found)
        else:
            chunk = positions[cursor : cursor + n]
            out.append(pack_uint(n) + pickle.dumps([chunk[0]] + [b - a for a, b in zip(chunk, chunk[1:])], 2))
        cursor += n
    return out


def _fill_block(writer, ids: list[int], weights: list[float], values: list[bytes], lengths: list[int]) -> None:
    """Load one block of postings into Whoosh's W3 postings writer, as ``add_posting`` would."""
    writer._ids = array("I", ids)
    writer._weights = array("f", weights)
    writer._values = [v for v in values if v]
    writer._maxweight = max(0, max(weights))
    present = [n for n in lengths if n]
    writer._minlength = min(present) if present else None
    writer._maxlength = max(present) if present else 0


class SegmentTask(Task):
    """A parse worker's task: each parsed report's documents into the worker's own segment,
    written out when its buffer reaches ``budget`` bytes, and when the build runs out of files.

    Only a small summary of each report goes back to the build (its id, warnings and why its
    body has no agency id, if so): the documents never cross a process boundary.
    """

    def __init__(self, folder: Path, budget: int | None = None):
        init_jieba()
        self.folder = Path(folder)
        self.budget = SEGMENT_BUDGET if budget is None else budget
        self.schema = make_schema()
        self.builder: SegmentBuilder | None = None

    def handle(self, result, extra, tell):
        """Index a parsed report (``extra`` is its id and source names); write the segment when full."""
        path, report, reason = result
        if report is None:
            return result, None
        report.id, sources = extra
        identity = assign_identity(report)
        docs = to_documents(report, sources)
        if self.builder is None:
            self.builder = SegmentBuilder(FileStorage(str(self.folder)), self.schema)
        for doc in docs:
            self.builder.add_document(**doc)
        self.builder.digests.append(report_digest(json.loads(docs[0]["payload"])))
        summary = {"id": report.id, "warnings": list(report.warnings),
                   "unidentified": None if identity.resolved else identity.reason}
        if self.builder.buffered_bytes < self.budget:
            return (path, summary, None), None
        tell(("busy",))
        return (path, summary, None), self.finish()

    def finish(self):
        """Write the segment held (None when there is none)."""
        builder, self.builder = self.builder, None
        if builder is None or not builder.docnum:
            return None
        try:
            return builder.finish()
        except Exception as exc:  # the reports it holds are lost: the build must not go on
            raise TaskFailed(f"writing a segment of the index failed: {type(exc).__name__}: {exc}") from exc


def small_segment_reports(generation: Path, gone: set[str] = frozenset()) -> set[str]:
    """The reports of an index's small segments, when it has too many of them (else none). A segment whose reports
    are all ``gone`` (removed by this build) is dropped with them and does not count: removing the one report of a
    segment of its own once made the next build parse 29 of 35 files again (QA 40 #4)."""
    index = whoosh_index.open_dir(str(generation))
    with index.searcher() as searcher:
        reader = searcher.reader()
        ids = column_values(reader, "report_id")
        reports = set(searcher.docs_for_query(Q.Term("kind", "report")))
        small = []
        for segment, base in reader.leaf_readers():
            if segment.doc_count() >= SMALL_SEGMENT:
                continue
            held = {ids[base + d] for d in range(segment.doc_count_all()) if base + d in reports}
            if held - gone:
                small.append(held - gone)
        if len(small) <= MAX_SMALL_SEGMENTS:
            return set()
        return set().union(*small)
