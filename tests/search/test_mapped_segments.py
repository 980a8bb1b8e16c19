"""Segments are read through their memory map: opening a searcher copies no segment file."""
import tracemalloc

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

import search.index  # noqa: F401  (installs the mapped reading, as the app does)
from search.mapped_segments import MappedFile, _ViewReader


def _segment_bytes(folder) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.seg"))


def test_opening_a_searcher_allocates_far_less_than_its_segments(tmp_path):
    schema = Schema(id=ID(stored=True), body=TEXT(stored=True))
    ix = whoosh_index.create_in(str(tmp_path), schema)
    words = [f"w{i}" for i in range(4000)]
    for part in range(2):  # two compound segments
        with ix.writer(merge=False) as writer:
            for d in range(600):
                writer.add_document(id=f"{part}-{d}", body=" ".join(words[(d * 7 + k) % 4000] for k in range(120)))
    assert _segment_bytes(tmp_path) > 1_000_000
    tracemalloc.start()
    searcher = ix.searcher()
    allocated, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    try:
        readers = [leaf for leaf, _ in searcher.reader().leaf_readers()]
        assert len(readers) == 2
        assert all(isinstance(r._terms._dbfile, MappedFile) for r in readers)  # the terms index, mapped
        # Whoosh's BufferFile copied the postings and terms index of every segment (most of its bytes).
        assert allocated < _segment_bytes(tmp_path) / 4
        hits = searcher.search(QueryParser("body", schema).parse("w7 w8"), limit=None)
        assert len(hits) > 0 and all("w7" in hit["body"] and "w8" in hit["body"] for hit in hits)
    finally:
        searcher.close()


def test_the_view_reader_reads_seeks_and_reads_lines_like_a_file():
    data = b"first line\nsecond\n" + bytes(range(256)) * 4
    reader = _ViewReader(memoryview(data))
    assert reader.readline() == b"first line\n"
    assert reader.read(3) == b"sec"
    assert reader.tell() == 14
    assert reader.readline() == b"ond\n"
    reader.seek(-4, 2)
    assert reader.read() == bytes([252, 253, 254, 255])
    assert reader.read(10) == b""
    reader.seek(5)
    buffer = bytearray(4)
    assert reader.readinto(buffer) == 4 and bytes(buffer) == b" lin"
    reader.seek(0)
    assert reader.read(-1) == data
