"""The one walk that writes a side file beside each segment lacking a current one (review 37 #5: the columns' and the
digests' refreshes each wrote it), on a real index in a temp dir; the bodies are made up."""
from __future__ import annotations

import os

import pytest

from indexer.build import build_index
from indexer.stale_segments import for_each_stale_segment
from search.index import current_generation
from tests.conftest import made_up_report


@pytest.fixture()
def generation(tmp_path):
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text(made_up_report("北山县菌草推广站", 2021, {1: "本年度公开菌草补贴名单。"}),
                                  encoding="utf-8")
    build_index([corpus], root, jobs=1)
    return current_generation(root)


def test_only_stale_segments_are_written_and_a_read_only_index_with_one_is_refused(generation, monkeypatch):
    seen = []
    assert for_each_stale_segment(generation, ".probe", lambda path, segment: False,
                                  lambda path, segment: seen.append(path) or 3) == 3 * len(seen) > 0
    assert all(path.parent == generation and path.name.endswith(".probe") for path in seen)
    assert for_each_stale_segment(generation, ".probe", lambda path, segment: True, lambda path, segment: 1 / 0) == 0
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # (root ignores permission bits)
    assert for_each_stale_segment(generation, ".probe", lambda path, segment: True, lambda path, segment: 1 / 0) == 0
    with pytest.raises(PermissionError):
        for_each_stale_segment(generation, ".probe", lambda path, segment: False, lambda path, segment: 1)


def test_the_columns_and_the_digests_refresh_through_the_one_walk():
    import inspect

    import indexer.columns_refresh as columns
    import indexer.digest_refresh as digests

    for module in (columns, digests):
        source = inspect.getsource(module)
        assert "for_each_stale_segment" in source and "leaf_readers" not in source
