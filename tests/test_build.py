"""Building the index: summary, bad files skipped, atomic swap, the CLI."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from indexer.__main__ import main
from indexer.build import build_index
from search.index import CURRENT, IndexHandle, current_generation

from .conftest import DATA, SAMPLES


def test_build_mixed_folder_indexes_good_and_lists_bad(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    for name in ("empty.txt", "binary-garbage.txt", "truncated.pdf", "not-a-report.txt"):
        shutil.copy(DATA / "bad" / name, corpus / name)
    summary = build_index([corpus], tmp_path / "index")
    assert summary.reports == 5
    assert summary.sections == 26
    skipped = dict((os.path.basename(p), reason) for p, reason in summary.skipped)
    assert set(skipped) == {"empty.txt", "binary-garbage.txt", "truncated.pdf", "not-a-report.txt"}
    assert len(set(skipped.values())) == 4  # each its own reason


def test_rebuild_swaps_atomically_and_readers_follow(tmp_path):
    root = tmp_path / "index"
    build_index([SAMPLES / "001_8faff2b7f5fbbbed.txt"], root)
    handle = IndexHandle(root)
    first = current_generation(root)
    assert handle.searcher().doc_count() == 1 + 4
    build_index([SAMPLES], root)
    assert current_generation(root) != first
    assert handle.searcher().doc_count() == 5 + 26  # reopened on the swap
    assert (root / CURRENT).is_symlink()


def test_failed_build_leaves_old_index(tmp_path, monkeypatch):
    root = tmp_path / "index"
    build_index([SAMPLES], root)
    before = current_generation(root)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("indexer.build.to_documents", broken)
    with pytest.raises(RuntimeError):
        build_index([SAMPLES], root)
    assert current_generation(root) == before
    assert sorted(p.name for p in root.glob("gen-*")) == [before.name]


def test_duplicate_content_is_stored_once(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SAMPLES / "004_6c81e5c04cdd17c4.txt", corpus / "a.txt")
    shutil.copy(SAMPLES / "004_6c81e5c04cdd17c4.txt", corpus / "b.txt")
    summary = build_index([corpus], tmp_path / "index")
    assert summary.reports == 1 and len(summary.duplicates) == 1


def test_cli_build_summary_and_report(tmp_path, capsys):
    report = tmp_path / "report.json"
    code = main(["build", str(SAMPLES), str(DATA / "bad" / "empty.txt"), "--index", str(tmp_path / "ix"),
                 "--report", str(report), "--quiet"])
    out = capsys.readouterr().out
    assert code == 0
    assert "indexed 5 reports (26 sections)" in out
    assert "empty.txt: empty file" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["reports"] == 5 and data["skipped"][0][1] == "empty file"
    strict = main(["build", str(DATA / "bad" / "empty.txt"), str(SAMPLES), "--index", str(tmp_path / "ix2"), "--strict", "--quiet"])
    assert strict == 1


def test_index_env_variable(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NIANBAO_INDEX", str(tmp_path / "envindex"))
    assert main(["build", str(SAMPLES / "004_6c81e5c04cdd17c4.txt"), "--quiet"]) == 0
    assert current_generation(tmp_path / "envindex") is not None
