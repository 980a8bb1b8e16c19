"""Each segment's columns and field lengths, saved by the build beside it (search/segment_columns.py): equal to what
Whoosh's column readers give, read instead of them, and an index without them served the same, the slow way."""
from __future__ import annotations

import logging
import pytest
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

from indexer.build import build_index
from indexer.columns_refresh import write_missing_columns
from search.index import IndexHandle, current_generation
from search.retrieval.arrays import arrays_for
from search.retrieval.engine import run_search
from search.retrieval.params import SearchParams
from search.segment_columns import EXT, read_columns
from tests.conftest import made_up_report

# 北山县 and 南河市 are made up; the second build adds a segment, and one report states no figure of part 四.
FIRST = {"a.txt": made_up_report("北山县民政局", 2021, {1: "北山县民政局本年度主动公开信息12条。",
                                                        4: "本年度收到行政复议申请3件，行政诉讼1件。"}),
         "b.txt": made_up_report("南河市教育局", 2022, {1: "南河市教育局本年度主动公开信息7条。"})}
SECOND = {"c.txt": made_up_report("北山县教育局", 2023, {3: "本年度收到政府信息公开申请5件。"})}


@pytest.fixture()
def two_segments(tmp_path):
    """An index of two segments (a second build adds one), built here: the tests delete and rewrite its files."""
    root = tmp_path / "index"
    for batch, reports in (("one", FIRST), ("two", SECOND)):
        folder = tmp_path / batch
        folder.mkdir()
        for name, text in reports.items():
            (folder / name).write_text(text, encoding="utf-8")
    build_index([tmp_path / "one"], root, jobs=1)
    build_index([tmp_path / "one", tmp_path / "two"], root, jobs=1)
    return root


def _saved(generation):
    return sorted(generation.glob(f"*{EXT}"))


def _whoosh_lengths(segment, field):
    perdoc = segment._perdoc
    return list(perdoc.column_reader(_lenfield(field), LENGTHS_COLUMN)) if perdoc.has_column(_lenfield(field)) else None


def test_the_build_saves_what_whooshs_column_readers_give(two_segments, indexes):
    for root in (two_segments, indexes.root("derived")):
        generation = current_generation(root)
        handle = IndexHandle(root)
        try:
            reader = handle.searcher().reader()
            leaves = list(reader.leaf_readers())
            assert len(_saved(generation)) == len(leaves)
            for segment, _ in leaves:
                saved = read_columns(generation / segment._segment.make_filename(EXT))
                assert saved.docs == segment.doc_count_all()
                sortable = [name for name in reader.schema.names() if reader.schema[name].column_type]
                assert sorted(saved.columns) == sorted(sortable)
                for name in sortable:
                    assert saved.columns[name].per_document() == list(segment.column_reader(name)), name
                for name in reader.schema.scorable_names():
                    expected = _whoosh_lengths(segment, name)
                    got = saved.lengths.get(name)
                    assert (None if got is None else got.tolist()) == expected, name
        finally:
            handle.close()


def test_a_segment_without_its_file_gets_the_same_file_written_again(two_segments):
    generation = current_generation(two_segments)
    built = {path.name: path.read_bytes() for path in _saved(generation)}
    assert len(built) == 2
    assert write_missing_columns(generation) == 0  # every segment has its file: nothing read
    for path in _saved(generation):
        path.unlink()
    assert write_missing_columns(generation) == 2
    assert {path.name: path.read_bytes() for path in _saved(generation)} == built


def _what_searches_read(root):
    handle = IndexHandle(root)
    try:
        searcher = handle.searcher()
        arrays = arrays_for(searcher)
        codes = {name: (arrays.codes(searcher, name).codes.tolist(), arrays.codes(searcher, name).values)
                 for name in ("report_id", "year", "agency_facet", "section", "province", "fig_reconsideration_total")}
        lengths = {name: arrays.lengths(searcher, name).tolist() for name in ("title", "body", "grams")}
        hits = [hit.report_id for hit in run_search(searcher, SearchParams(q="民政局")).hits]
        return codes, lengths, hits, dict(handle.misses())
    finally:
        handle.close()


def test_an_index_without_saved_columns_serves_the_same_and_says_so_once(two_segments, caplog):
    with_files = _what_searches_read(two_segments)
    assert with_files[2]  # the search finds the bureau
    assert not [r for r in caplog.records if "saved columns" in r.getMessage()]
    for path in _saved(current_generation(two_segments)):
        path.unlink()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.segment_columns"):
        without = _what_searches_read(two_segments)
    assert without[:3] == with_files[:3]
    said = [r.getMessage() for r in caplog.records if "saved columns" in r.getMessage()]
    assert len(said) == 1 and "2 of 2 segments" in said[0] and "indexer stale" in said[0]


def test_indexer_stale_saves_the_columns_of_an_older_index_once(two_segments, capsys):
    from indexer.__main__ import main

    generation = current_generation(two_segments)
    built = {path.name: path.read_bytes() for path in _saved(generation)}
    for path in _saved(generation):
        path.unlink()
    capsys.readouterr()
    assert main(["stale", "--index", str(two_segments)]) == 0
    assert "saved the columns of 2 segments" in capsys.readouterr().err
    assert {path.name: path.read_bytes() for path in _saved(generation)} == built
    assert main(["stale", "--index", str(two_segments)]) == 0
    assert "saved the columns" not in capsys.readouterr().err


def test_a_build_over_segments_without_columns_saves_theirs(two_segments, tmp_path):
    for path in _saved(current_generation(two_segments)):
        path.unlink()
    (tmp_path / "two" / "d.txt").write_text(made_up_report("南河市民政局", 2023, {1: "本年度主动公开信息4条。"}),
                                            encoding="utf-8")
    build_index([tmp_path / "one", tmp_path / "two"], two_segments, jobs=1)
    generation = current_generation(two_segments)
    handle = IndexHandle(two_segments)
    try:
        segments = len(list(handle.searcher().reader().leaf_readers()))
    finally:
        handle.close()
    assert len(_saved(generation)) == segments == 3


def test_a_damaged_file_is_read_through_whoosh(two_segments):
    with_files = _what_searches_read(two_segments)
    for path in _saved(current_generation(two_segments)):
        path.write_bytes(path.read_bytes()[:40])
    assert _what_searches_read(two_segments)[:3] == with_files[:3]
    assert read_columns(_saved(current_generation(two_segments))[0]) is None
