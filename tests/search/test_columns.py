"""Column values over an index of several segments, some without a given column."""
from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, Schema

from search.index import column_values


def test_a_segment_without_the_column_keeps_every_later_document_in_place(tmp_path):
    schema = Schema(id=ID(stored=True, sortable=True), figure=NUMERIC(int, bits=64, sortable=True, shift_step=0))
    ix = whoosh_index.create_in(str(tmp_path), schema)
    # Three segments: the middle one has no figure at all, so Whoosh writes no column file for it.
    for docs in ([("a", 5), ("b", None)], [("c", None), ("d", None)], [("e", 7)]):
        with ix.writer(merge=False) as writer:
            for doc_id, figure in docs:
                writer.add_document(id=doc_id, **({} if figure is None else {"figure": figure}))
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert len(list(reader.leaf_readers())) == 3
        # What Whoosh's own multi-segment column gives: shorter than the index.
        assert len(list(reader.column_reader("figure"))) < reader.doc_count_all()
        ids = column_values(reader, "id")
        figures = column_values(reader, "figure")
    assert ids == ["a", "b", "c", "d", "e"]
    missing = figures[1]
    assert figures == [5, missing, missing, missing, 7]
    assert missing not in (5, 7)
