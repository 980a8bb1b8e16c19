"""The index is replaced atomically: killed builds, concurrent builds, servers reading meanwhile."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app import create_app
from indexer.__main__ import main
from indexer.build import BuildBusy, _BuildLock, build_index, clean_generations, code_fingerprint
from search.retrieval.engine import run_search
from search import index as search_index
from search.index import CURRENT, IndexHandle, current_generation
from search.retrieval.params import SearchParams
from tests.hostile_files import HOSTILE

from tests.conftest import ROOT, SAMPLES

QUERIES = [
    {}, {"q": "低保"}, {"q": "信息公开"}, {"q": '"公开申请"'}, {"q": "行政复议 OR 行政诉讼"}, {"q": "民政 -低保"},
    {"q": "年报", "flat": "1"}, {"year": "2020"}, {"q": "申请", "section": "3", "sort": "newest"},
    {"q": "agency:民政局 year:2019-2021"}, {"q": "不存在的词语组合"},
]


class Args(dict):
    def getlist(self, name):
        return [self[name]] if name in self else []


def answers(handle: IndexHandle) -> list:
    """What each query answers: totals, hits with snippets, facets."""
    out = []
    for query in QUERIES:
        result = run_search(handle.searcher(), SearchParams.from_args(Args(query)))
        out.append((result.total, [(h.report_id, h.section, str(h.snippet)) for h in result.hits],
                    {k: [(f.value, f.count) for f in v] for k, v in result.facets.items()}))
    return out


# Runs a build in a child process that stops at a chosen point and says so, to be killed there.
KILLED_BUILD = r"""
import sys, time
from pathlib import Path
import whoosh.writing
import indexer.build as build
import indexer.segments as segments

corpus, root, point, marker, fingerprint = sys.argv[1:6]
build.code_fingerprint = lambda: fingerprint  # the parent's: the same code, not scanned again

def stop_here(*args, **kwargs):
    Path(marker).write_text(point)
    time.sleep(600)

if point == "writing":
    real, seen = segments.to_documents, []
    def to_documents(report, sources):  # in the parse worker, which writes the segment
        seen.append(report.id)
        if len(seen) == 4:  # three reports in the segment, its first bytes on disk, not finished
            stop_here()
        return real(report, sources)
    segments.to_documents = to_documents
elif point == "committing":
    whoosh.writing.SegmentWriter._commit_toc = stop_here  # segments written, no table of contents
elif point == "verifying":
    build._fsync_tree = stop_here  # complete and flushed up to the manifest, not yet switched
elif point == "copying":
    real_copy = build.shutil.copytree
    def copytree(*args, **kwargs):
        real_copy(*args, **kwargs)
        stop_here()
    build.shutil.copytree = copytree
build.build_index([Path(corpus)], Path(root), full=point != "copying", jobs=1)
"""


def _wait_for(marker: Path, process: subprocess.Popen, limit: float = 600) -> None:
    """Until the child reaches its stopping point (it cannot get past it); bounded, never a hang."""
    deadline = time.monotonic() + limit
    while not marker.exists():
        if process.poll() is not None:
            raise AssertionError(f"the build ended before its stopping point: {process.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"the build did not reach its stopping point in {limit} s")
        time.sleep(0.05)


# What each killed build is given to index (the index it replaces holds the five samples): the
# fewest reports that reach its stopping point. "writing" stops at its fourth report, the first
# at which the segment being written holds bytes on disk (measured: at the second and third its
# file is still empty); the others stop after every report is parsed, or before any is.
KILLED_CORPUS = {
    "writing": ["002_eebf944336d263cb.txt", "003_102efd9b51b31bb4.txt", "004_6c81e5c04cdd17c4.txt"],
    "committing": ["004_6c81e5c04cdd17c4.txt"], "verifying": ["004_6c81e5c04cdd17c4.txt"],
    "copying": ["004_6c81e5c04cdd17c4.txt"],
}


@pytest.mark.parametrize("point", ["writing", "committing", "verifying", "copying"])
def test_build_killed_half_way_leaves_old_index_serving(tmp_path, point, index_root):
    root = tmp_path / "index"
    shutil.copytree(index_root, root, symlinks=True)  # the five samples, built once per run
    generation = current_generation(root)
    server = IndexHandle(root)  # a running server, opened before the build
    before = answers(server)
    assert before[1][0] > 0 and before[0][0] == 5

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in KILLED_CORPUS[point]:
        shutil.copy(SAMPLES / name, corpus / name)
    shutil.copy(HOSTILE / "text-named.docx", corpus / "text-named.docx")  # a new file, of a misleading name
    reports = len(KILLED_CORPUS[point]) + 1
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(corpus), str(root), point, str(marker),
                              code_fingerprint()], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(marker, child)
        half = [p for p in root.glob("gen-*") if p != generation]
        assert len(half) == 1 and any(half[0].iterdir())  # killed in the middle of writing
        if point == "writing":  # a segment's first bytes written, beside the table of contents
            assert any(p.is_file() and p.stat().st_size and p.suffix != ".toc" for p in half[0].rglob("*"))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stderr.close()

    assert current_generation(root) == generation
    assert answers(server) == before
    fresh = IndexHandle(root)  # a server started after the kill
    assert answers(fresh) == before
    # The next build goes through, and removes what the killed one left.
    summary = build_index([corpus], root, replace=True)  # the samples' index becomes this corpus
    assert summary.reports == reports
    assert {p.name for p in root.glob("gen-*")} == {current_generation(root).name, generation.name}
    assert answers(fresh)[0][0] == reports  # picked up without a restart
    server.close()
    fresh.close()
    del server, fresh
    (corpus / "text-named.docx").unlink()  # a build that parses nothing, only drops a report
    build_index([corpus], root, replace=True)
    assert [p.name for p in root.glob("gen-*")] == [current_generation(root).name]


def test_second_build_is_refused_clearly_and_changes_nothing(tmp_path, capsys):
    root = tmp_path / "index"
    build_index([SAMPLES], root)
    generation = current_generation(root)
    report = tmp_path / "r.json"
    with _BuildLock(root):
        code = main(["build", str(HOSTILE), "--index", str(root), "--quiet", "--report", str(report)])
        assert code == 3
        err = capsys.readouterr().err
        assert f"another build (process {os.getpid()}) is running on {root}" in err
        assert '"status": "busy"' in report.read_text(encoding="utf-8")
        with pytest.raises(BuildBusy, match="after waiting 0.2 s; the index was not changed"):
            build_index([HOSTILE], root, wait=0.2)
    assert current_generation(root) == generation
    assert list(root.glob("gen-*")) == [generation]


def test_second_build_can_wait_for_the_first(tmp_path):
    root = tmp_path / "index"
    lock = _BuildLock(root.parent / "index")
    root.mkdir()
    lock.__enter__()
    waited = []

    def first_build_ends():
        waited.append(True)
        lock.__exit__(None, None, None)

    summary = build_index([SAMPLES], root, wait=600, on_wait=first_build_ends)
    assert waited == [True] and summary.reports == 5


CONCURRENT_CORPUS = ["004_6c81e5c04cdd17c4.txt"]


# The command line's build, given the parent's code fingerprint rather than scanning the same sources again.
CLI_BUILD = r"""
import sys
import indexer.build
from indexer.__main__ import main
indexer.build.code_fingerprint = lambda: sys.argv[1]
sys.exit(main(sys.argv[2:]))
"""


def test_two_real_builds_at_once_never_corrupt(tmp_path, index_root):
    root = tmp_path / "index"
    shutil.copytree(index_root, root, symlinks=True)  # the five samples, built once per run
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in CONCURRENT_CORPUS:
        shutil.copy(SAMPLES / name, corpus / name)
    shutil.copy(HOSTILE / "text-named.docx", corpus / "extra.txt")
    command = [sys.executable, "-c", CLI_BUILD, code_fingerprint(),
               "build", str(corpus), "--index", str(root), "--quiet", "--full"]
    builds = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for _ in range(2)]
    outcomes = []
    for build in builds:
        _, err = build.communicate(timeout=600)
        outcomes.append((build.returncode, err))
    outcomes.sort()
    # Either both ran one after the other, or the second was refused with the reason.
    assert outcomes[0][0] == 0
    assert outcomes[1][0] == 0 or (outcomes[1][0] == 3 and "another build" in outcomes[1][1])
    handle = IndexHandle(root)
    assert handle.searcher().doc_count() > 0
    assert len({d["report_id"] for d in handle.searcher().documents(kind="report")}) == len(CONCURRENT_CORPUS) + 1
    handle.close()


def test_generation_being_read_is_not_deleted_until_released(tmp_path):
    root = tmp_path / "index"
    build_index([SAMPLES / "001_8faff2b7f5fbbbed.txt"], root)
    first = current_generation(root)
    reader = IndexHandle(root)
    searcher = reader.searcher()  # a request in flight on the first generation
    build_index([SAMPLES], root)
    build_index([SAMPLES], root, full=True)
    assert first.is_dir(), "deleted under a reader"
    assert searcher.doc_count() == 6 and searcher.document(kind="report")["report_id"]  # 1 + 4 parts + 导言
    assert reader.searcher().doc_count() == 36  # 5 reports + 27 parts + 4 lead-ins: the reader moved on at its next request
    del searcher
    reader.close()  # the old searcher is gone: nothing reads the first generation now
    import gc

    gc.collect()
    assert first.name in clean_generations(root)
    assert not first.exists()


def test_a_reader_racing_a_build_retries(tmp_path, monkeypatch):
    root = tmp_path / "index"
    build_index([SAMPLES], root)
    old = current_generation(root)
    build_index([SAMPLES / "004_6c81e5c04cdd17c4.txt"], root, replace=True)
    assert not old.exists()
    # The reader read the link just before a build swapped it and deleted the generation it named.
    link = root / CURRENT
    os.replace(link, root / "kept")
    os.symlink(old.name, link)
    real_lock = search_index.lock_for_reading
    calls = []

    def lock_after_the_swap(generation):
        calls.append(generation.name)
        if len(calls) == 1:
            os.replace(root / "kept", link)  # the build's swap, between readlink and open
        return real_lock(generation)

    monkeypatch.setattr(search_index, "lock_for_reading", lock_after_the_swap)
    assert IndexHandle(root).searcher().doc_count() == 1 + 6 + 1  # the report, its parts, its lead-in
    assert calls[0] == old.name and calls[1] != old.name


def test_servers_follow_rebuilds_without_a_failed_request(tmp_path):
    root = tmp_path / "index"
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    build_index([corpus], root)
    app = create_app({"TESTING": True, "INDEX": str(root)})
    stop = threading.Event()
    failures, served, totals = [], [0], set()

    def client_loop():
        client = app.test_client()
        while not stop.is_set():
            for url in ("/api/search?q=低保", "/?q=信息公开&page=2", "/api/search?q=民政&year=2020"):
                try:
                    response = client.get(url)
                    if response.status_code != 200:
                        failures.append((url, response.status_code))
                    elif url.startswith("/api/search?q=低保"):
                        totals.add(response.get_json()["total"])
                except Exception as exc:  # noqa: BLE001 - any failure counts
                    failures.append((url, repr(exc)))
                served[0] += 1

    threads = [threading.Thread(target=client_loop) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        shutil.copy(HOSTILE / "text-named.docx", corpus / "extra.txt")
        build_index([corpus], root, full=True, jobs=1)
        build_index([SAMPLES], root, full=True, jobs=1, replace=True)  # the corpus of the build before is dropped
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert failures == []
    assert served[0] > 0
    api = app.test_client().get("/api/search").get_json()
    assert api["total"] == 5  # the last build is what is served now


def test_each_thread_searches_with_its_own_searcher(index_root):
    """Whoosh searchers share file positions: one used by two threads at once reads garbage."""
    handle = IndexHandle(index_root)
    mine = handle.searcher()
    assert handle.searcher() is mine
    others, failures = [], []
    reference = answers(handle)

    def worker():
        others.append(handle.searcher())
        for _ in range(3):
            try:
                if answers(handle) != reference:
                    failures.append("different answers")
            except Exception as exc:  # noqa: BLE001 - a garbled read raises anything
                failures.append(repr(exc))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len({id(s) for s in others + [mine]}) == 5
    assert len({id(s.generation) for s in others + [mine]}) == 1  # one generation: its cache built once
    handle.close()
    assert mine.is_closed and handle.searcher() is not mine


def test_a_threaded_server_makes_nothing_again_for_a_repeated_query(index_root):
    """Flask's own server (make run) answers each request on a new thread: the second request
    for a query finds everything the first made (searchers, arrays, posting lists, masks)."""
    from urllib.request import urlopen

    from werkzeug.serving import make_server

    app = create_app({"INDEX": str(index_root)})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handle = app.extensions["nianbao_index"]
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        for path in ("/?q=%E4%BD%8E%E4%BF%9D", "/api/search?q=%22%E5%85%AC%E5%BC%80%E7%94%B3%E8%AF%B7%22&year=2020",
                     "/stats"):
            assert urlopen(base + path).status == 200
            made = handle.misses()
            assert made["searchers"] >= 1
            assert made["scores"] >= 1  # terms' scores are computed once, kept with the generation
            for _ in range(2):
                assert urlopen(base + path).status == 200
                assert handle.misses() == made, path
    finally:
        server.shutdown()
        thread.join()
        handle.close()


def test_a_query_naming_a_figure_reads_no_column_the_warming_did_not(index_root):
    """行政复议 ranks reports by their reconsideration figure: that column is read when the
    generation is warmed (before gunicorn forks), not by the first such query of each worker."""
    app = create_app({"INDEX": str(index_root)})
    handle = app.extensions["nianbao_index"]
    try:
        client = app.test_client()
        before = handle.misses()["columns"]
        assert before > 0
        for q in ("行政复议", "被起诉 案件", "依申请公开 最多"):
            assert client.get("/", query_string={"q": q}).status_code == 200
        assert handle.misses()["columns"] == before
    finally:
        handle.close()


def test_the_query_readers_tables_are_loaded_when_the_generation_is_warmed(index_root):
    """The places, periods and division tables a worded query reads load before the first search
    (in gunicorn's master, before the workers fork), not during it."""
    from search.retrieval import places, years
    places.load_divisions.cache_clear()
    years._periods.cache_clear()
    app = create_app({"INDEX": str(index_root)})
    try:
        assert places.load_divisions.cache_info().currsize == 1
        assert years._periods.cache_info().currsize == 1
    finally:
        app.extensions["nianbao_index"].close()
