"""Each segment's sortable columns and field lengths, saved beside it as arrays when it is written.

Every process that serves an index reads every document's value in the sortable columns (report, year, body,
region, the range figures) and each text field's lengths before its first search. Through Whoosh's column readers
that is a Python call or two per document and column: some 2 million at 10,000 reports, seconds of a server's
start-up (docs/benchmarks.md, sessions 36-37). The build knows these values as it writes them, so it saves them
once, beside the segment (as it saves the postings store and the figures' digests): per column, the segment's
distinct values in the order documents first hold them and one small integer per document pointing into them; per
text field, the length byte Whoosh keeps. A process reads each file with one read, and numpy takes it from there.

A segment written before these files existed has none: its columns are read through Whoosh as before (and said
once, ``saved_columns``), until ``python -m indexer stale`` or the next build writes them
(``indexer/columns_refresh.py``).
"""
from __future__ import annotations

import json
import logging
import os
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from search.index import column_values

EXT = ".nbc"
MAGIC = b"NBCOLS1\n"
_HEAD = struct.Struct("<I")
_CODE_TYPES = (np.uint8, np.uint16, np.uint32)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Column:
    """One column of one segment: its distinct values (first held first) and each document's index into them."""

    values: list
    codes: np.ndarray  # unsigned, one per document

    def per_document(self) -> list:
        """Each document's value, as Whoosh's column reader gives it."""
        values = self.values
        return [values[c] for c in self.codes.tolist()]


@dataclass(frozen=True)
class SegmentColumns:
    """What one segment's file holds: its columns and its length bytes (uint8 per document), by field."""

    docs: int
    columns: dict[str, Column]
    lengths: dict[str, np.ndarray]


def encode_column(values: list) -> Column | None:
    """A column's values per document as distinct values and codes; None when a value is neither text nor a whole
    number (such a column is read through Whoosh)."""
    index: dict = {}
    codes = [index.setdefault(value, len(index)) for value in values]
    if any(type(v) not in (str, int) for v in index):
        return None
    dtype = next(t for t in _CODE_TYPES if len(index) <= np.iinfo(t).max + 1)
    return Column(list(index), np.array(codes, dtype=dtype))


def write_columns(path: Path, docs: int, columns: dict[str, Column], lengths: dict[str, bytes]) -> None:
    """Write a segment's columns and length bytes (each ``docs`` long) to ``path``, replacing it whole."""
    blobs, head = [], {"docs": docs, "columns": {}, "lengths": {}}
    offset = 0
    # Each array starts on 8 bytes (the header padded with spaces too), so that numpy reads it aligned.
    for name, column in sorted(columns.items()):
        head["columns"][name] = {"values": column.values, "type": column.codes.dtype.str, "at": offset}
        blobs.append(_padded(column.codes.tobytes()))
        offset += len(blobs[-1])
    for name, raw in sorted(lengths.items()):
        head["lengths"][name] = offset
        blobs.append(_padded(bytes(raw)))
        offset += len(blobs[-1])
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    text += b" " * (-(len(MAGIC) + _HEAD.size + len(text)) % 8)
    pending = path.with_name(f".{path.name}.tmp")
    with open(pending, "wb") as out:
        out.write(MAGIC + _HEAD.pack(len(text)) + text)
        for blob in blobs:
            out.write(blob)
    os.replace(pending, path)


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 8)


def read_columns(path: Path) -> SegmentColumns | None:
    """A segment's saved columns, or None when it has no file (or one this code cannot read: read through Whoosh)."""
    try:
        data = Path(path).read_bytes()
        if not data.startswith(MAGIC):
            return None
        start = len(MAGIC) + _HEAD.size
        (size,) = _HEAD.unpack_from(data, len(MAGIC))
        head = json.loads(data[start : start + size].decode("utf-8"))
        blob = memoryview(data)[start + size :]
        docs = head["docs"]
        columns = {}
        for name, item in head["columns"].items():
            dtype = np.dtype(item["type"])
            codes = np.frombuffer(blob, dtype=dtype, count=docs, offset=item["at"])
            columns[name] = Column(item["values"], codes)
        lengths = {name: np.frombuffer(blob, dtype=np.uint8, count=docs, offset=at)
                   for name, at in head["lengths"].items()}
    except (OSError, ValueError, KeyError, TypeError, struct.error):
        return None
    return SegmentColumns(docs, columns, lengths)


def columns_of_segment(segment) -> tuple[dict[str, Column], dict[str, bytes]]:
    """A segment's columns and length bytes read through Whoosh (for a segment written before these files): what
    ``write_columns`` takes."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    schema = segment.schema
    columns = {}
    for name in schema.names():
        if schema[name].column_type:
            column = encode_column(list(segment.column_reader(name)))
            if column is not None:
                columns[name] = column
    lengths = {}
    perdoc = getattr(segment, "_perdoc", None)
    for name in schema.scorable_names():
        if perdoc is not None and perdoc.has_column(_lenfield(name)):
            lengths[name] = bytes(perdoc.column_reader(_lenfield(name), LENGTHS_COLUMN))
    return columns, lengths


class SavedColumns:
    """Every segment's saved columns of one generation, in the reader's segment order (None for a segment without)."""

    def __init__(self, searcher):
        folder = getattr(getattr(searcher, "generation", None), "path", None)
        self.segments = []
        for segment, base in searcher.reader().leaf_readers():
            saved = None
            if folder is not None and hasattr(segment, "_segment"):
                saved = read_columns(folder / segment._segment.make_filename(EXT))
                if saved is not None and saved.docs != segment.doc_count_all():
                    saved = None
            self.segments.append((base, segment.doc_count_all(), saved))
        self.missing = sum(saved is None for _, _, saved in self.segments)
        if self.missing and folder is not None:
            # Said once per generation and process: the columns are read the slow way, not wrongly.
            log.warning("%d of %d segments of %s have no saved columns: read through Whoosh, slower; "
                        "`python -m indexer stale` writes them", self.missing, len(self.segments), folder)

    def column(self, field: str) -> list[Column] | None:
        """The field's column in each segment, or None when a segment has no saved one."""
        out = []
        for _, _, saved in self.segments:
            column = saved.columns.get(field) if saved is not None else None
            if column is None:
                return None
            out.append(column)
        return out

    def lengths(self, segment: int, field: str) -> np.ndarray | bool | None:
        """A segment's length bytes of the field; False when it holds no length of the field (Whoosh has no column
        for it); None when the segment has no saved columns."""
        saved = self.segments[segment][2]
        if saved is None:
            return None
        return saved.lengths.get(field, False)


def saved_columns(searcher) -> SavedColumns:
    """The saved columns of the generation ``searcher`` reads, read once and shared by its threads."""
    cache = getattr(searcher, "cache", None)
    return cache.get("saved_columns", lambda: SavedColumns(searcher)) if cache is not None else SavedColumns(searcher)


def segment_columns(searcher, field: str) -> list[Column]:
    """A sortable column as each segment's saved one, else the index's read through Whoosh as one part."""
    columns = saved_columns(searcher).column(field)
    if columns is None:
        values = column_values(searcher.reader(), field)
        columns = [encode_column(values) or Column(values, np.arange(len(values)))]
    return columns


NO_VALUE = object()  # ``merged_codes``' missing value of a text column: every value is one


def merged_codes(parts: list[Column], missing, sort_key) -> tuple[np.ndarray, list]:
    """(codes over the index, their values) from its columns' parts in document order: values sorted by ``sort_key``,
    each code standing for the first value (in document order) of its key; ``missing`` (a numeric column's default)
    is no value, None."""
    firsts: dict = {}
    part_keys = []
    for part in parts:
        keys = [(0, "") if v == missing else sort_key(v) for v in part.values]
        for value, key in zip(part.values, keys):
            firsts.setdefault(key, None if value == missing else value)
        part_keys.append(keys)
    unique = sorted(firsts)
    index = {k: i for i, k in enumerate(unique)}
    codes = [np.array([index[k] for k in keys], dtype=np.int64)[part.codes] for keys, part in zip(part_keys, parts)]
    return np.concatenate(codes) if codes else np.zeros(0, dtype=np.int64), [firsts[k] for k in unique]


def write_built_columns(path: Path, schema, held: dict[str, dict[int, object]], lengths: dict, docs: int) -> None:
    """Save the columns of a segment the build wrote (indexer/segments.py): its sortable columns from the raw values it
    held (``held``: by field, by document number) as Whoosh's readers give them back (a document without a value holds
    the column's default), and each field's length bytes (``lengths``: by field, to the last document holding one)."""
    columns = {}
    for name in schema.names():
        field = schema[name]
        if not field.column_type:
            continue
        values, default = held.get(name, {}), field.column_type.default_value()
        raws = [values.get(docnum, default) for docnum in range(docs)]
        decoded = {raw: field.from_column_value(raw) for raw in set(raws)}  # each distinct value once
        column = encode_column([decoded[raw] for raw in raws])
        if column is not None:
            columns[name] = column
    padded = {name: bytes(raw) + b"\0" * (docs - len(raw)) for name, raw in lengths.items()}
    write_columns(path, docs, columns, padded)


def values_of(searcher, field: str) -> list:
    """Every document's value in a sortable column, in document order, as ``search.index.column_values`` reads it:
    from the saved columns when every segment has them."""
    saved = saved_columns(searcher).column(field)
    if saved is None:
        return column_values(searcher.reader(), field)
    out: list = []
    for column in saved:
        out.extend(column.per_document())
    return out
