"""What a build keeps per file lives on disk, not in its process: the files are walked lazily in
a stable order, tracked in a scratch table beside the index, and handed to the workers one at a
time (docs/benchmarks.md, "The build's memory")."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from indexer import build as build_module
from indexer.build import build_index
from indexer.file_table import PREFIX, FileTable
from indexer.file_walk import count_files, iter_files
from indexer.parse_pool import Task, run_pool
from indexer.sidecar import read_sidecar
from search.index import MANIFEST, READERS_LOCK, current_generation
from tests.conftest import SAMPLES, made_up_report


def _tree(root: Path) -> None:
    for name in ("a.txt", "a/z.txt", "a/c/d.txt", "a/c.txt", "b/x.html", "b/x.html.url", "B/y.txt",
                 ".hidden/h.txt", "a/.secret.txt", "lone.url", "10.txt", "9.txt"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("http://www.example.gov.cn/a.html\n" if name.endswith(".url") else name, encoding="utf-8")


def test_files_are_walked_in_the_order_of_sorted_paths_without_hidden_files_or_sidecars(tmp_path):
    _tree(tmp_path / "c")
    os.symlink(tmp_path / "c" / "a", tmp_path / "c" / "link-to-a")  # a folder reached by a link is not entered
    os.symlink(tmp_path / "c" / "9.txt", tmp_path / "c" / "link.txt")  # a file reached by one is a file
    expected = sorted(p for p in (tmp_path / "c").rglob("*")
                      if p.is_file() and not any(part.startswith(".") for part in p.relative_to(tmp_path / "c").parts)
                      and p.name not in ("x.html.url",))
    walked = list(iter_files([tmp_path / "c"]))
    assert walked == [str(p) for p in expected]
    assert all(isinstance(p, str) for p in walked)
    assert str(tmp_path / "c" / "lone.url") in walked  # a .url file beside no report is a file like any
    assert count_files([tmp_path / "c"]) == len(walked)
    assert list(iter_files([f"{tmp_path}/c/", tmp_path / "c" / "a.txt"]))[0] == str(tmp_path / "c" / "10.txt")
    assert list(iter_files([tmp_path / "c" / "a.txt"]))[-1] == str(tmp_path / "c" / "a.txt")


def test_the_table_tells_copies_firsts_and_what_was_parsed(tmp_path):
    with FileTable(tmp_path) as table:
        for path, report_id in (("/r/a.txt", "1"), ("/r/b.txt", "2"), ("/r/c.txt", "1"), ("/r/a.txt", "1"),
                                ("/s/d.txt", "3"), ("/s/e.txt", "1")):
            table.add(path, report_id)
        table.settle()
        assert list(table.duplicates()) == [("/r/c.txt", "/r/a.txt"), ("/s/e.txt", "/r/a.txt")]
        assert table.copies() == {"1": ["a.txt", "c.txt", "e.txt"]}
        table.read_addresses(read_sidecar)  # none of these files is on disk, nor any sidecar
        assert table.addresses() == {}
        table.choose(lambda path, report_id, address: report_id != "2")
        assert list(table.to_parse()) == ["/r/a.txt", "/s/d.txt"] and table.count_to_parse() == 2
        assert list(table.not_parsed()) == ["/r/b.txt", "/r/c.txt", "/s/e.txt"]
        table.choose_reports(["2"])
        assert list(table.to_parse()) == ["/r/a.txt", "/r/b.txt", "/s/d.txt"]
        assert table.report_id("/r/c.txt") == "1" and table.report_id("/nowhere") is None
        table.record("/s/d.txt", "名称无法识别", [])
        table.record("/r/a.txt", None, ["年度取自统计期限"])
        assert table.parsed_reports() == {"1": "/r/a.txt", "3": "/s/d.txt"}
        assert table.notes() == ([("/s/d.txt", "名称无法识别")], {"/r/a.txt": ["年度取自统计期限"]})
        assert table.located(["1"]) == {"1": ["/r/a.txt", "/r/c.txt", "/s/e.txt"]}
        assert table.report_ids() == {"1", "2", "3"}
        scratch = table.path
        assert scratch.exists()
    assert not scratch.exists()


def test_the_table_records_the_address_beside_a_first_file(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    (tmp_path / "b.txt.url").write_text("http://www.example.gov.cn/2020/nb.html\n", encoding="utf-8")
    with FileTable(tmp_path) as table:
        table.add(str(tmp_path / "a.txt"), "1")
        table.add(str(tmp_path / "b.txt"), "2")
        table.settle()
        table.read_addresses(read_sidecar)
        assert table.addresses() == {"2": "http://www.example.gov.cn/2020/nb.html"}


def test_a_table_pages_through_more_rows_than_it_reads_at_once(tmp_path):
    with FileTable(tmp_path) as table:
        for n in range(1300):
            table.add(f"/r/{n:05d}.txt", f"{n % 1000:04d}")
        table.settle()
        table.choose()
        parsed = 0
        for path in table.to_parse():  # writes between the pages' reads
            table.record(path, None, [])
            parsed += 1
        assert parsed == 1000
        assert len(list(table.duplicates())) == 300
        assert len(table.parsed_reports()) == 1000


def test_the_pool_draws_jobs_as_workers_take_them(tmp_path):
    paths = []
    for n in range(6):
        path = tmp_path / f"r{n}.txt"
        path.write_text(made_up_report(f"测试县民政局{n}", 2020, {1: "总体情况。"}), encoding="utf-8")
        paths.append(str(path))
    drawn: list[str] = []

    def jobs():
        for path in paths:
            drawn.append(path)
            yield path

    seen = []
    for path, report, reason in run_pool(jobs(), Task, [], workers=2, timeout=60,
                                         describe=lambda path: None, count=len(paths)):
        assert isinstance(path, str)  # named as it was given: no Path per file in the build's process
        seen.append(path)
        if len(seen) == 1:
            # Two workers: each took one job and one more may wait ready; the rest are undrawn.
            assert len(drawn) <= 3
        assert report is not None, reason
    assert sorted(seen) == paths


def test_a_build_leaves_no_scratch_table_and_clears_a_killed_builds(tmp_path):
    root = tmp_path / "index"
    root.mkdir()
    (root / f"{PREFIX}123-abcdef.sqlite").write_bytes(b"left by a killed build")
    summary = build_index([SAMPLES], root)
    assert summary.reports == 5
    assert not list(root.glob(f"{PREFIX}*"))


def test_a_full_build_keeps_when_reports_were_first_indexed(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    root = tmp_path / "index"
    build_index([corpus], root)
    first = json.loads((current_generation(root) / MANIFEST).read_text(encoding="utf-8"))["indexed"]
    monkeypatch.setattr(build_module.time, "strftime", lambda fmt, *a: "2099-01-01T00:00:00Z"
                        if fmt.endswith("Z") else "20990101-000000")
    build_index([corpus], root, full=True)
    again = json.loads((current_generation(root) / MANIFEST).read_text(encoding="utf-8"))["indexed"]
    assert again == first


def test_the_fingerprint_is_read_from_the_manifest_opening_or_its_whole(tmp_path):
    generation = tmp_path / "gen"
    generation.mkdir()
    (generation / MANIFEST).write_text(json.dumps({"fingerprint": "abc123", "reports": {}}), encoding="utf-8")
    assert build_module.manifest_fingerprint(generation) == "abc123"
    (generation / MANIFEST).write_text(json.dumps({"reports": {}, "fingerprint": "def456"}), encoding="utf-8")
    assert build_module.manifest_fingerprint(generation) == "def456"
    (generation / MANIFEST).unlink()
    assert build_module.manifest_fingerprint(generation) is None


def test_the_fingerprint_covers_every_search_module_a_build_loads(tmp_path):
    """A change in a module the indexer reads through (search.folding's characters, search.missing_parts' rule) must
    force a full build: every ``search`` module a process loads to build an index is in the fingerprint, and the
    fingerprint is the same whatever else the calling process has loaded (the engine, here)."""
    import subprocess
    import sys

    script = ("import sys; from indexer.build import build_index; "
              f"build_index([{str(SAMPLES)!r}], {str(tmp_path / 'index')!r}); "
              "print('\\n'.join(sorted(m.__file__ for n, m in list(sys.modules.items()) "
              "if (n == 'search' or n.startswith('search.')) and getattr(m, '__file__', None))))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2]).stdout.split()
    covered = {str(p) for p in build_module.fingerprint_files()}
    assert loaded and set(loaded) <= covered
    import search.retrieval.engine  # noqa: F401  a searching process has the engine loaded
    assert {str(p) for p in build_module.fingerprint_files()} == covered
    assert not any("/search/retrieval/" in p for p in covered)  # a ranking change forces no rebuild


def test_a_source_edited_in_the_same_process_is_read_again(tmp_path):
    """The imports of each source are parsed once per version (a test run builds many indexes); an edited source is
    parsed again, so a process never fingerprints with an import graph the code no longer has."""
    source = tmp_path / "module.py"
    source.write_text("import search.folding\n", encoding="utf-8")
    assert build_module._search_imports(source, True) == {"search.folding"}
    source.write_text("import search.missing_parts\n", encoding="utf-8")
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 1))  # a new time, however coarse
    assert build_module._search_imports(source, True) == {"search.missing_parts"}


def test_a_source_replaced_with_the_same_size_and_time_is_read_again(tmp_path):
    """A file copied over another with its time kept (cp -p, tar, rsync -t), or written twice in one clock tick, has
    the old one's size and time: the imports are known by the text, so the new text's are read."""
    source = tmp_path / "module.py"
    source.write_text("import search.folding_a\n", encoding="utf-8")
    stamp = source.stat()
    assert build_module._search_imports(source, True) == {"search.folding_a"}
    copy = tmp_path / "copy.py"
    copy.write_text("import search.folding_b\n", encoding="utf-8")
    os.utime(copy, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    os.replace(copy, source)
    assert (source.stat().st_size, source.stat().st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    assert build_module._search_imports(source, True) == {"search.folding_b"}


def test_make_run_is_warned_of_an_index_built_by_other_parsing_code(tmp_path, monkeypatch, capsys):
    """``make run`` serves the index it finds (``python -m indexer stale`` first): after an update of the parsing code
    it says so, and how to rebuild; an index the same code built says only what it serves, none yet nothing. Never
    an error (a damaged index is: tests/indexer/test_damaged_index.py)."""
    from indexer.__main__ import main

    root = tmp_path / "index"
    assert main(["stale", "--index", str(root)]) == 0 and capsys.readouterr().err == ""  # no index yet
    (tmp_path / "r.txt").write_text(made_up_report("北山县民政局", 2021, {1: "本年度主动公开信息12条。"}), encoding="utf-8")
    build_index([tmp_path / "r.txt"], root)
    capsys.readouterr()  # the build's own output; then stale says only which index is served (QA 40 #14)
    assert main(["stale", "--index", str(root)]) == 0
    said = capsys.readouterr().err
    assert said.startswith(f"serving 1 report from {root} (built ") and said.count("\n") == 1
    monkeypatch.setattr("indexer.__main__.code_fingerprint", lambda: "0000000000000000")
    assert main(["stale", "--index", str(root)]) == 0
    said = capsys.readouterr().err
    assert "built by other parsing code" in said and "make rebuild" in said and str(root) in said


def test_an_old_index_gets_this_codes_figures_digests_once_before_it_is_served(tmp_path, monkeypatch, capsys):
    """An index built by older code holds figures digests of another version: ``indexer stale`` writes this
    version's from the stored reports, once, so that no serving process computes them on its first statistics
    page (45 s at 10,000 reports); the index's reports and their other files are left as they were."""
    import pickle

    from indexer.__main__ import main
    from search.figures.digest import EXT, VERSION, read_digests, report_digest
    from search.figures.records import record_store
    from search.index import IndexHandle

    root = tmp_path / "index"
    for name, agency in (("a.txt", "北山县民政局"), ("b.txt", "南河市教育局")):
        (tmp_path / name).write_text(made_up_report(agency, 2021, {1: f"{agency}本年度主动公开信息12条。"}),
                                     encoding="utf-8")
    build_index([tmp_path / "a.txt", tmp_path / "b.txt"], root)
    generation = current_generation(root)
    files = sorted(generation.glob(f"*{EXT}"))
    assert files and all(read_digests(f) for f in files)
    current = {f: read_digests(f) for f in files}
    others = {p.name: p.stat().st_mtime_ns for p in generation.iterdir() if p.suffix != EXT}
    for f in files:  # as the older code wrote them
        f.write_bytes(pickle.dumps({"version": VERSION - 1, "digests": [{"report_id": "x"}]}))
    monkeypatch.setattr("indexer.__main__.code_fingerprint", lambda: "0000000000000000")

    assert main(["stale", "--index", str(root)]) == 0
    said = capsys.readouterr().err
    assert "built by other parsing code" in said and "wrote the figures' digests of 2 reports" in said
    assert {f: read_digests(f) for f in files} == current  # what the build itself wrote, to the field
    assert {p.name: p.stat().st_mtime_ns for p in generation.iterdir() if p.suffix != EXT} == others
    assert main(["stale", "--index", str(root)]) == 0
    assert "wrote" not in (said := capsys.readouterr().err) and "they are this code's" in said  # once

    handle = IndexHandle(root)
    try:
        searcher = handle.searcher()
        store = record_store(searcher)
        assert len(store._shared.records) == 2  # read from the digests as the generation opened
        report_id = next(iter(store.docnums))
        assert report_digest(store.payload(report_id))["agency"] == store.record(report_id).agency
    finally:
        handle.close()


def test_an_old_index_whose_digests_cannot_be_written_is_still_served(tmp_path, monkeypatch, capsys):
    """``make run`` and ``make serve`` serve only once ``indexer stale`` exits 0: a generation a build deleted while
    the refresh waited for its lock (Whoosh then finds no index there, no OSError) is a warning, not a traceback."""
    import indexer.stale_segments as walk  # (the segments' walk the digests' refresh goes through)
    from indexer.__main__ import main

    root = tmp_path / "index"
    (tmp_path / "a.txt").write_text(made_up_report("北山县民政局", 2021, {1: "本年度主动公开信息12条。"}),
                                    encoding="utf-8")
    build_index([tmp_path / "a.txt"], root)
    monkeypatch.setattr("indexer.__main__.code_fingerprint", lambda: "0000000000000000")
    locked = walk.lock_for_reading

    def lock_after_a_build_deleted_it(generation):
        fd = locked(generation)
        for path in generation.iterdir():  # the build that held the lock removed the generation meanwhile
            if path.name != READERS_LOCK:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        return fd

    monkeypatch.setattr(walk, "lock_for_reading", lock_after_a_build_deleted_it)
    assert main(["stale", "--index", str(root)]) == 0
    said = capsys.readouterr().err
    assert "could not write them" in said and "EmptyIndexError" in said


def test_a_read_only_old_index_is_refused_before_its_reports_are_read(tmp_path, monkeypatch, capsys):
    """On an index it cannot write, ``indexer stale`` says so at once rather than digesting every stored report
    (half a minute at 10,000) only to fail at the first file it writes."""
    import indexer.digest_refresh as refresh
    from indexer.__main__ import main

    root = tmp_path / "index"
    (tmp_path / "a.txt").write_text(made_up_report("北山县民政局", 2021, {1: "本年度主动公开信息12条。"}),
                                    encoding="utf-8")
    build_index([tmp_path / "a.txt"], root)
    monkeypatch.setattr("indexer.__main__.code_fingerprint", lambda: "0000000000000000")
    digested = []
    monkeypatch.setattr(refresh, "read_digests", lambda path: None)  # every segment's digests are of another version
    monkeypatch.setattr(refresh, "report_digest", lambda payload: digested.append(payload) or {})
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # root ignores permission bits
    assert main(["stale", "--index", str(root)]) == 0
    said = capsys.readouterr().err
    assert "could not write them" in said and "not writable" in said
    assert digested == []


def test_a_read_only_old_index_whose_digests_are_current_is_told_so(tmp_path, monkeypatch, capsys):
    """Parsing code changed, the digests' version did not: a read-only index has nothing to write, so ``indexer stale``
    says its digests are this code's, never that it could not write them (the servers will not compute them)."""
    from indexer.__main__ import main

    root = tmp_path / "index"
    (tmp_path / "a.txt").write_text(made_up_report("北山县民政局", 2021, {1: "本年度主动公开信息12条。"}),
                                    encoding="utf-8")
    build_index([tmp_path / "a.txt"], root)
    monkeypatch.setattr("indexer.__main__.code_fingerprint", lambda: "0000000000000000")
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # root ignores permission bits
    assert main(["stale", "--index", str(root)]) == 0
    said = capsys.readouterr().err
    assert "they are this code's" in said and "could not write" not in said


def test_two_refreshes_of_one_segment_at_once_leave_one_whole_file(tmp_path, monkeypatch):
    """Two servers started together may refresh the same old segment: each writes under a temporary name of its
    own, so neither renames the other's half-written file into place nor finds its own file gone."""
    import pickle

    from search.figures import digest

    path = tmp_path / "seg.dig"
    dump = pickle.dump
    inner = []

    def dump_while_another_writes(obj, out, **kw):
        if not inner:  # the other process writes its whole file between this one's open and its write
            inner.append(True)
            digest.write_digests(path, [{"report_id": "other"}])
        dump(obj, out, **kw)

    monkeypatch.setattr(digest.pickle, "dump", dump_while_another_writes)
    digest.write_digests(path, [{"report_id": "mine"}])
    assert digest.read_digests(path) == [{"report_id": "mine"}]
    assert [p.name for p in tmp_path.iterdir()] == ["seg.dig"]  # no temporary file left behind


def test_the_fingerprinted_files_exist():
    assert [p for p in build_module.fingerprint_files() if not p.is_file()] == []
