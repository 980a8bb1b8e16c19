"""The segment writer (indexer/segments.py) writes what Whoosh's own writer writes, and its
postings store (search/postings.py) holds the same postings and the positions.

The same documents (the samples and the layout reports, parsed) go through Whoosh's
``SegmentWriter.add_document`` into one index and through ``SegmentBuilder`` into another; every
term's postings (documents, weights, encoded values), term statistics, stored fields, columns
and field lengths must be equal, and the store must give back each term's documents, weights
and the positions Whoosh's own writer records with a positional schema.
"""
from __future__ import annotations

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

from bench.relevance_corpus import layout_reports
from indexer.documents import to_documents
from indexer.parser import parse_file
from indexer.segments import SegmentBuilder
from search.postings import EXT, StoreReader, term_key
from search.schema import content_id, make_schema
from tests.conftest import SAMPLES
from tests.reference_index import write_reference


@pytest.fixture(scope="module")
def documents():
    docs = []
    for path in sorted(SAMPLES.iterdir()) + sorted(layout_reports())[:12]:
        if not path.is_file():
            continue
        try:
            report = parse_file(path)
        except Exception:  # noqa: BLE001 - a file the build would skip
            continue
        report.id = content_id(path)
        docs += to_documents(report)
    # Values the parser never gives, for the writer's other paths: a boost per field, an empty field.
    docs.append({"id": "x", "kind": "section", "body": "低保 低保 高龄津贴", "_body_boost": 2.0, "title": ""})
    return docs


@pytest.fixture(scope="module")
def positional(tmp_path_factory, documents):
    """Whoosh's own index of the documents with positions in every text field."""
    return write_reference(documents, tmp_path_factory.mktemp("positional"))


@pytest.fixture(scope="module")
def pair(tmp_path_factory, documents):
    """(Whoosh's index, ours) of the same documents, one segment each."""
    theirs = whoosh_index.create_in(str(tmp_path_factory.mktemp("whoosh")), make_schema())
    with theirs.writer() as writer:
        for doc in documents:
            writer.add_document(**doc)
    ours = whoosh_index.create_in(str(tmp_path_factory.mktemp("ours")), make_schema())
    builder = SegmentBuilder(ours.storage, ours.schema)
    for doc in documents:
        builder.add_document(**doc)
    segment = builder.finish()
    ours.writer().commit(mergetype=lambda _writer, segments: segments + [segment])
    return theirs, ours


def _postings(reader, field, term):
    matcher = reader.postings(field, term)
    out = []
    while matcher.is_active():
        out.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return out


def test_same_terms_postings_and_statistics(pair):
    theirs, ours = pair
    with theirs.reader() as a, ours.reader() as b:
        terms = list(a.all_terms())
        assert terms == list(b.all_terms())
        assert len(terms) > 5000
        for field, term in terms:
            ia, ib = a.term_info(field, term), b.term_info(field, term)
            assert (ia.weight(), ia.doc_frequency(), ia.min_length(), ia.max_length(), ia.max_weight(),
                    ia.min_id(), ia.max_id()) == \
                   (ib.weight(), ib.doc_frequency(), ib.min_length(), ib.max_length(), ib.max_weight(),
                    ib.min_id(), ib.max_id()), (field, term)
            assert _postings(a, field, term) == _postings(b, field, term), (field, term)


def test_same_stored_fields_columns_and_lengths(pair):
    theirs, ours = pair
    with theirs.reader() as a, ours.reader() as b:
        assert a.doc_count_all() == b.doc_count_all()
        for docnum in range(a.doc_count_all()):
            assert a.stored_fields(docnum) == b.stored_fields(docnum)
        schema = theirs.schema
        for name in schema.names():
            if schema[name].column_type:
                assert list(a.column_reader(name)) == list(b.column_reader(name)), name
            if schema[name].scorable:
                assert a.field_length(name) == b.field_length(name), name
                sa, sb = a.leaf_readers()[0][0], b.leaf_readers()[0][0]
                ca = sa._perdoc._cached_reader(_lenfield(name), LENGTHS_COLUMN)
                cb = sb._perdoc._cached_reader(_lenfield(name), LENGTHS_COLUMN)
                assert (ca is None) == (cb is None), name
                if ca is not None:
                    assert list(ca) == list(cb), name


def test_store_holds_every_posting_and_position(pair, positional):
    _, ours = pair
    with ours.reader() as reader:
        name = reader.leaf_readers()[0][0]._segment.make_filename(EXT)
    store = StoreReader(f"{ours.storage.folder}/{name}")
    with positional.reader() as reader:
        terms = list(reader.all_terms())
        assert len(store) == len(terms)
        for field, term in terms:
            found = store.find(term_key(field, term))
            assert found >= 0, (field, term)
            expected = _postings(reader, field, term)
            ids, weights = store.postings(found)
            assert ids.tolist() == [e[0] for e in expected]
            assert weights.tolist() == [e[1] for e in expected]
            assert store.doc_frequency(found) == len(expected)
            fmt = positional.schema[field].format
            if fmt.supports("positions"):
                npos, positions = store.positions(found)
                flat = [p for e in expected for p in fmt.decode_positions(e[2])]
                assert npos.tolist() == [len(fmt.decode_positions(e[2])) for e in expected]
                assert positions.tolist() == flat, (field, term)
        assert store.find(term_key("body", "没有这个词".encode())) == -1
