"""Builds that lose nothing: hostile files, crashes, hangs, duplicates, incremental changes."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal

import pytest

from indexer.__main__ import main
from indexer.build import NothingToIndex, build_index
from indexer.parser import parse_file
from search.index import IndexHandle
from search.schema import content_id
from tests.hostile_files import EXPECTED, EXPECTED_BIG, HOSTILE

from tests.conftest import SAMPLES

GOOD = sorted(name for name, reason in EXPECTED.items() if reason is None)
BAD = {**{n: r for n, r in EXPECTED.items() if r is not None}, **EXPECTED_BIG}


def _reports(root):
    handle = IndexHandle(root)
    try:
        return {d["report_id"]: json.loads(d["payload"]) for d in handle.searcher().documents(kind="report")}
    finally:
        handle.close()


def test_every_hostile_file_gets_its_own_specific_reason(hostile_build):
    assert hostile_build["code"] == 0
    skipped = {os.path.basename(s["file"]): s["reason"] for s in hostile_build["report"]["skipped"]}
    assert set(skipped) == set(BAD), "every bad file skipped, no good one"
    for name, expected in BAD.items():
        reason = skipped[name]
        assert reason.startswith(expected), (name, reason)
        assert "\n" not in reason and len(reason) < 300, (name, reason)
        assert f"{name}: {reason}" in hostile_build["stdout"]  # the same line in the summary


def test_every_good_file_is_indexed(hostile_build):
    reports = _reports(hostile_build["root"])
    sources = {s for r in reports.values() for s in r["sources"]}
    assert sources == set(GOOD) | {p.name for p in SAMPLES.iterdir()}
    assert hostile_build["report"]["reports"] == len(reports) == len(GOOD) + 5
    wrong_names = {r["source"]: r for r in reports.values() if r["source"] in ("docx-named.pdf", "text-named.docx")}
    assert wrong_names["docx-named.pdf"]["kind"] == "docx" and wrong_names["text-named.docx"]["kind"] == "txt"
    assert "文件扩展名为“.pdf”，实际内容却是 Word 文档（DOCX），已按实际格式读取。" \
        in hostile_build["report"]["warnings"][str(HOSTILE / "docx-named.pdf")]


def test_scripts_in_html_are_neither_stored_nor_indexed(hostile_build, hostile_app):
    reports = _reports(hostile_build["root"])
    page = next(r for r in reports.values() if r["source"] == "html-with-scripts.html")
    stored = json.dumps(page, ensure_ascii=False)
    for trace in ("<script", "SCRIPTMARKER7", "NOSCRIPTMARKER", "alert(", "javascript:", "onerror", "evil.example"):
        assert trace not in stored, trace
    assert "中宁县" in page["agency"] and len(page["sections"]) >= 4  # the report itself is all there
    client = hostile_app.test_client()
    for word in ("SCRIPTMARKER7", "injectedMarker", "evil"):
        assert client.get(f"/api/search?q={word}").get_json()["total"] == 0


def test_the_50mb_text_is_refused_without_reading_it_whole(hostile_build):
    big = hostile_build["big"] / "big-50mb.txt"
    assert big.stat().st_size >= 50 * 2**20  # really made at test time, never committed
    assert not any(p.stat().st_size > 2**20 for p in HOSTILE.iterdir())


def test_report_json_is_documented_shape(hostile_build):
    data = hostile_build["report"]
    assert data["status"] == "ok"
    assert set(data) >= {"reports", "sections", "files", "parsed", "skipped", "duplicates", "warnings", "generation"}
    assert all(set(s) == {"file", "reason"} for s in data["skipped"])


def _hang_crash_or_hog(path):
    import time as _time

    from indexer import parse_pool
    from indexer.parser import parse_file

    if path.name.startswith("hang"):
        _time.sleep(60)
    if path.name.startswith("stuck"):
        # Where the in-worker alarm cannot reach (as inside C code): only the build's kill helps.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        _time.sleep(60)
    if path.name.startswith("segfault"):
        import faulthandler

        faulthandler.disable()  # pytest's dump of the "crash" is noise here
        os.kill(os.getpid(), signal.SIGSEGV)
    if path.name.startswith("hog"):
        bytearray(parse_pool.MEMORY_LIMIT)  # more than the worker may ever map
    if path.name.startswith("bug"):
        raise KeyError("table cell")
    return parse_file(path)


def test_hangs_crashes_and_memory_hogs_cost_only_their_file(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    for name in ("hang.txt", "stuck.txt", "segfault.txt", "hog.txt", "bug.txt"):
        (corpus / name).write_text(name, encoding="utf-8")
    monkeypatch.setattr("indexer.parse_pool.parse_file", _hang_crash_or_hog)
    monkeypatch.setattr("indexer.parse_pool.GRACE", 0.5)
    # (a limit the genuine samples meet in wall time on a loaded machine: the build's kill comes GRACE after it for
    # every file, theirs too)
    summary = build_index([corpus], tmp_path / "index", jobs=2, timeout=3)
    reasons = {os.path.basename(p): r for p, r in summary.skipped}
    assert reasons == {
        "hang.txt": "took longer than 3 s to parse: skipped",
        "stuck.txt": "took longer than 3 s to parse: skipped",
        "segfault.txt": "the parser crashed on this file (killed by SIGSEGV): skipped",
        "hog.txt": "needs more than 3 GB of memory to parse: skipped",
        "bug.txt": "parser error: KeyError: 'table cell'",
    }
    assert summary.reports == 5  # every good file, whichever worker it shared


def test_a_single_crashing_file_does_not_take_the_build_with_it(tmp_path, monkeypatch):
    """Even a one-file build parses outside the build's process."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "segfault.txt").write_text("x", encoding="utf-8")
    shutil.copy(SAMPLES / "001_8faff2b7f5fbbbed.txt", corpus / "good.txt")
    monkeypatch.setattr("indexer.parse_pool.parse_file", _hang_crash_or_hog)
    summary = build_index([corpus], tmp_path / "index", jobs=1)
    assert summary.reports == 1 and len(summary.skipped) == 1


def test_same_report_under_two_names_is_stored_once_and_lists_both(tmp_path, hostile_app):
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "004_6c81e5c04cdd17c4.txt", corpus / "wuzhong-2021.txt")
    shutil.copy(SAMPLES / "004_6c81e5c04cdd17c4.txt", corpus / "sub" / "copy.txt")
    shutil.copy(SAMPLES / "001_8faff2b7f5fbbbed.txt", corpus / "other.txt")
    root = tmp_path / "index"
    summary = build_index([corpus], root)
    assert summary.reports == 2 and summary.duplicates == [(str(corpus / "wuzhong-2021.txt"), str(corpus / "sub" / "copy.txt"))]
    reports = _reports(root)
    report_id = content_id(SAMPLES / "004_6c81e5c04cdd17c4.txt")
    assert sorted(reports[report_id]["sources"]) == ["copy.txt", "wuzhong-2021.txt"]
    handle = IndexHandle(root)
    sections = [d for d in handle.searcher().documents(kind="section")
                if d["report_id"] == report_id and d["section"] >= 1]  # its parts, not its lead-in (导言)
    assert len(sections) == len(reports[report_id]["sections"])  # stored once, not twice
    assert sorted(handle.manifest()["paths"][report_id]) == [str(corpus / "sub" / "copy.txt"),
                                                           str(corpus / "wuzhong-2021.txt")]
    handle.close()

    from app import create_app

    client = create_app({"TESTING": True, "INDEX": str(root)}).test_client()
    page = client.get(f"/reports/{report_id}")
    assert page.status_code == 200
    assert "copy.txt、wuzhong-2021.txt" in page.get_data(as_text=True)

    # One copy removed: the report stays, listed under the name left.
    (corpus / "sub" / "copy.txt").unlink()
    again = build_index([corpus], root)
    assert (again.reports, again.parsed, again.removed) == (2, 1, 0)
    assert _reports(root)[report_id]["sources"] == ["wuzhong-2021.txt"]


def test_incremental_build_adds_replaces_and_deletes(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    root = tmp_path / "index"
    build_index([corpus], root)
    before = set(_reports(root))
    changed = corpus / "003_102efd9b51b31bb4.txt"
    old_id = content_id(changed)
    changed.write_text(changed.read_text(encoding="utf-8").replace("海盐县民政局", "海宁市民政局"), encoding="utf-8")
    (corpus / "000_a24194704c1fd16a.txt").unlink()
    shutil.copy(HOSTILE / "text-named.docx", corpus / "new.txt")
    update = build_index([corpus], root)
    after = _reports(root)
    assert (update.parsed, update.added, update.removed, update.changed) == (2, 1, 1, 1)
    assert old_id not in after and content_id(changed) in after
    assert content_id(SAMPLES / "000_a24194704c1fd16a.txt") not in after
    assert after[content_id(changed)]["agency"] == "海宁市民政局"
    assert len(after) == 5 and len(set(after) & before) == 3
    # The index holds no section of a replaced or deleted report.
    handle = IndexHandle(root)
    assert {d["report_id"] for d in handle.searcher().documents(kind="section")} == set(after)
    handle.close()


def test_a_build_that_finds_nothing_leaves_the_index_alone(tmp_path, capsys):
    root = tmp_path / "index"
    build_index([SAMPLES], root)
    generation = os.readlink(root / "current")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NothingToIndex, match="no files found"):
        build_index([empty], root)
    (empty / "junk.txt").write_bytes(b"")
    with pytest.raises(NothingToIndex, match="none of the 1 files"):
        build_index([empty], root)
    assert main(["build", str(tmp_path / "typo"), "--index", str(root), "--quiet"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert os.readlink(root / "current") == generation and len(_reports(root)) == 5


def test_one_report_id_rule_for_parser_build_and_server():
    path = SAMPLES / "002_eebf944336d263cb.txt"
    expected = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    assert content_id(path) == content_id(path.read_bytes()) == expected  # read in chunks or whole
    assert parse_file(path).id == expected


def test_a_renamed_report_that_fails_to_parse_again_is_not_lost(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    root = tmp_path / "index"
    build_index([corpus], root)
    (corpus / "002_eebf944336d263cb.txt").rename(corpus / "hang-renamed.txt")
    monkeypatch.setattr("indexer.parse_pool.parse_file", _hang_crash_or_hog)
    summary = build_index([corpus], root, timeout=3)
    assert summary.skipped == [(str(corpus / "hang-renamed.txt"),
                                "took longer than 3 s to parse: skipped (the copy indexed before is kept)")]
    assert summary.reports == 5 and len(_reports(root)) == 5
    monkeypatch.undo()
    again = build_index([corpus], root)  # tried again, and now listed under its new name
    assert again.parsed == 1 and not again.skipped
    assert "hang-renamed.txt" in {s for r in _reports(root).values() for s in r["sources"]}


def test_a_failing_build_says_so_and_changes_nothing(tmp_path, monkeypatch, capsys):
    root = tmp_path / "index"
    build_index([SAMPLES], root)
    generation = os.readlink(root / "current")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("indexer.build._fsync_tree", disk_full)
    report = tmp_path / "r.json"
    assert main(["build", str(SAMPLES), "--index", str(root), "--full", "--quiet", "--report", str(report)]) == 4
    assert "No space left on device; the index in use was not changed" in capsys.readouterr().err
    assert json.loads(report.read_text(encoding="utf-8"))["status"] == "failed"
    assert os.readlink(root / "current") == generation and [p.name for p in root.glob("gen-*")] == [generation]


def test_a_build_forked_while_another_thread_holds_the_tokenizer_lock_parses_every_file(tmp_path):
    """A build forks its parsing workers; in a process that serves searches, other threads (an
    index warming up) take the tokenizer's lock all the time. A worker forked while it was held
    waited for it for ever: its file was skipped as too slow to parse, and the build then waited
    for that worker without end. (The build runs in a thread here, so that a hang fails the test.)"""
    import threading

    from search import analysis

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLES / sorted(p.name for p in SAMPLES.iterdir() if p.suffix == ".txt")[0], corpus)
    release, held, done = threading.Event(), threading.Event(), {}

    def hold() -> None:
        with analysis._lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    held.wait(5)
    builder = threading.Thread(target=lambda: done.update(summary=build_index([corpus], tmp_path / "index", jobs=1,
                                                                              timeout=3)), daemon=True)
    builder.start()
    builder.join(60)
    release.set()
    assert not builder.is_alive(), "the build hung on a worker forked with the lock held"
    assert done["summary"].skipped == [] and done["summary"].reports == 1


def test_a_child_forked_while_the_tokenizer_locks_are_held_can_take_them():
    """What a worker needs of the tokenizer when the build forks it in the middle of another
    thread's use (or jieba's first load): its own locks, free."""
    import multiprocessing
    import threading

    import jieba

    from search import analysis

    def child(out) -> None:
        out.send((analysis._lock.acquire(timeout=5), jieba.dt.lock.acquire(timeout=5)))

    release, held = threading.Event(), threading.Event()

    def hold() -> None:
        with analysis._lock, jieba.dt.lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    held.wait(5)
    ours, theirs = multiprocessing.get_context("fork").Pipe()
    process = multiprocessing.get_context("fork").Process(target=child, args=(theirs,))
    try:
        process.start()
        got = ours.recv() if ours.poll(20) else None
    finally:
        release.set()
        process.join(5)
        process.kill()
    assert got == (True, True)
