"""Parse workers are replaced by fresh ones after a few pieces of finished work (segments), so
that a long build's memory does not creep up; nothing a worker parsed is lost on the way."""
import os

from indexer import parse_pool
from indexer.parse_pool import Task, run_pool
from tests.conftest import made_up_report


class _EveryFileWritten(Task):
    """Each file is a piece of finished work, named by the process that did it."""

    def handle(self, result, extra, tell):
        return result, os.getpid()


def _reports(folder, count: int) -> list:
    paths = []
    for n in range(count):
        path = folder / f"report-{n}.txt"
        path.write_text(made_up_report(f"测试县民政局{n}", 2020, {1: "总体情况。"}), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_worker_is_replaced_after_its_pieces_and_every_file_is_answered(tmp_path, monkeypatch):
    monkeypatch.setattr(parse_pool, "RECYCLE_AFTER", 3)
    paths = _reports(tmp_path, 7)
    work: list[int] = []
    results = list(run_pool([(p, None) for p in paths], _EveryFileWritten, work, workers=1, timeout=60))
    assert sorted(r[0] for r in results) == paths
    assert all(r[1] is not None for r in results)
    # One worker in turn: three pieces each, then a fresh process.
    assert len(work) == 7
    assert [len(set(work[i : i + 3])) for i in (0, 3, 6)] == [1, 1, 1]
    assert len(set(work)) == 3


def test_the_last_worker_is_not_replaced_when_nothing_is_left(tmp_path, monkeypatch):
    monkeypatch.setattr(parse_pool, "RECYCLE_AFTER", 3)
    paths = _reports(tmp_path, 3)
    work: list[int] = []
    assert len(list(run_pool([(p, None) for p in paths], _EveryFileWritten, work, workers=1, timeout=60))) == 3
    assert len(set(work)) == 1


def test_a_build_whose_workers_are_replaced_after_every_segment_indexes_every_report(tmp_path, monkeypatch):
    from indexer import segments
    from indexer.build import build_index
    from search.index import IndexHandle

    monkeypatch.setattr(parse_pool, "RECYCLE_AFTER", 1)
    monkeypatch.setattr(segments, "SEGMENT_BUDGET", 1)  # every report is a segment of its own
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(5):
        (folder / f"r{n}.txt").write_text(
            made_up_report(f"测试县第{n}民政局", 2019 + n % 3, {1: f"总体情况，编号{n}。", 3: "依申请公开。"}), encoding="utf-8")
    summary = build_index([folder], tmp_path / "index", jobs=1, full=True)
    assert summary.reports == 5 and not summary.skipped
    handle = IndexHandle(tmp_path / "index")
    try:
        reader = handle.searcher().reader()
        assert len(list(reader.leaf_readers())) == 5  # five segments, written by five workers in turn
    finally:
        handle.close()
