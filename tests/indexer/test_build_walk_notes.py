"""The build's summary names every folder it did not enter and every link it did not follow, says why each file of a
build that indexes nothing was refused, calls a 0-byte file empty and refuses a copy of a refused file with it (QA 40
#5, #6, #10)."""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from pathlib import Path

import indexer.__main__ as cli
from indexer.build import SAMPLES

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = "004_6c81e5c04cdd17c4.txt"


def _build(tmp_path, *paths):
    out, err = io.StringIO(), io.StringIO()
    report = tmp_path / "report.json"
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["build", *map(str, paths), "--index", str(tmp_path / "index"), "--quiet", "--jobs", "1",
                         "--report", str(report)])
    return code, out.getvalue(), err.getvalue(), json.loads(report.read_text(encoding="utf-8"))


def test_folders_not_entered_and_links_not_followed_are_named(tmp_path):
    feed, outside = tmp_path / "feed", tmp_path / "outside"
    feed.mkdir()
    outside.mkdir()
    shutil.copy(SAMPLES / SAMPLE, feed / SAMPLE)
    shutil.copy(SAMPLES / "001_8faff2b7f5fbbbed.txt", outside / "linked.txt")
    (feed / "linked-folder").symlink_to(outside)
    (feed / "loop").symlink_to("..")
    (feed / "dangling.txt").symlink_to("/nonexistent/report.txt")
    code, out, _, data = _build(tmp_path, feed)
    assert code == 0 and data["reports"] == 1
    reasons = {entry["path"]: entry["reason"] for entry in data["not_entered"]}
    assert reasons[str(feed / "linked-folder")].startswith("symlinked folder: not entered")
    assert reasons[str(feed / "loop")].startswith("symlinked folder: not entered")
    assert reasons[str(feed / "dangling.txt")] == "broken link: points to /nonexistent/report.txt, which cannot be opened"
    assert "not read (3 entries):" in out and f"  {feed / 'linked-folder'}: symlinked folder" in out


def test_an_unreadable_folder_is_named_whoever_runs_the_build(tmp_path, monkeypatch):
    feed = tmp_path / "feed"
    (feed / "closed").mkdir(parents=True)
    shutil.copy(SAMPLES / SAMPLE, feed / SAMPLE)
    real_scandir = os.scandir

    def scandir(path):  # what a build without CAP_DAC_OVERRIDE meets in a folder of mode 000
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    _, _, _, data = _build(tmp_path, feed)
    assert data["not_entered"] == [{"path": str(feed / "closed"), "reason": "cannot open folder: Permission denied"}]


def test_a_build_that_indexes_nothing_still_says_why_each_file_was_refused(tmp_path):
    bad = tmp_path / "allbad"
    bad.mkdir()
    for name in ("empty.txt", "binary-garbage.txt", "truncated.pdf", "not-a-report.txt"):
        shutil.copy(DATA / "bad" / name, bad / name)
    (bad / "zero.pdf").write_bytes(b"")
    code, out, err, data = _build(tmp_path, bad)
    assert code == 2 and data["status"] == "nothing_to_index" and "none of the 5 files" in err
    reasons = {entry["file"]: entry["reason"] for entry in data["skipped"]}
    assert set(reasons) == {str(bad / n) for n in ("empty.txt", "binary-garbage.txt", "truncated.pdf",
                                                   "not-a-report.txt", "zero.pdf")}
    assert reasons[str(bad / "zero.pdf")] == "empty file"  # a 0-byte PDF is empty, not a copy of empty.txt
    assert out.startswith("skipped 5 files:\n") and f"  {bad / 'truncated.pdf'}: truncated or corrupt PDF" in out


def test_a_copy_of_a_refused_file_is_refused_with_it(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    shutil.copy(SAMPLES / SAMPLE, feed / SAMPLE)
    shutil.copy(DATA / "bad" / "binary-garbage.txt", feed / "a.txt")
    shutil.copy(DATA / "bad" / "binary-garbage.txt", feed / "b.txt")
    _, out, _, data = _build(tmp_path, feed)
    assert data["duplicates"] == []
    reasons = {entry["file"]: entry["reason"] for entry in data["skipped"]}
    assert reasons[str(feed / "b.txt")] == f"same content as {feed / 'a.txt'}: {reasons[str(feed / 'a.txt')]}"
    assert "same bytes as another file" not in out
