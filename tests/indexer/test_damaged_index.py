"""A damaged, dangling or missing index is said in one line, never a traceback or click's bare "Aborted!", and
`make run` stops on it (QA 40 #7, #8, #14); Ctrl-C during a build ends with one line (#9)."""
from __future__ import annotations

import contextlib
import io
import os
import shutil

import pytest

import indexer.__main__ as cli
import indexer.build as build
from indexer.build import SAMPLES, build_index
from search.index import CURRENT, MANIFEST, current_generation

SAMPLE = "004_6c81e5c04cdd17c4.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("one")
    shutil.copy(SAMPLES / SAMPLE, folder / SAMPLE)
    root = tmp_path_factory.mktemp("idx") / "index"
    build_index([folder], root, jobs=1)
    return root


def _damage(generation, how):
    if how == "empty toc":
        next(generation.glob("_MAIN_*.toc")).write_bytes(b"")
    elif how == "truncated segment":
        segment = max(generation.glob("*.seg"), key=lambda p: p.stat().st_size)
        with open(segment, "r+b") as f:
            f.truncate(1000)
    elif how == "empty generation":
        for path in generation.iterdir():
            path.unlink()
    elif how == "garbage manifest":
        (generation / MANIFEST).write_bytes(b"\x00not json{")


def _run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _copy(built, tmp_path):
    root = tmp_path / "index"
    shutil.copytree(built, root, symlinks=True)
    return root, current_generation(root)


@pytest.mark.parametrize("how", ["empty toc", "truncated segment", "empty generation", "garbage manifest", "dangling"])
def test_a_damaged_index_is_one_line_and_a_failing_exit(built, tmp_path, how):
    root, generation = _copy(built, tmp_path)
    if how == "dangling":
        os.remove(root / CURRENT)
        os.symlink("gen-nonexistent", root / CURRENT)
    else:
        _damage(generation, how)
    code, out, err = _run("stale", "--index", str(root))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"error: the index at {root} is damaged (")
    assert "rebuild it: .venv/bin/python -m indexer build" in err and "Traceback" not in err

    if how == "garbage manifest":
        return  # its reports can still be searched (the manifest serves downloads, feeds and the next build)
    from app import create_app  # the server started on it anyway: a 503 whose advice does not loop back to make run

    client = create_app({"TESTING": True, "INDEX": str(root)}).test_client()
    page = client.get("/?q=低保")
    assert page.status_code == 503
    text = page.get_data(as_text=True)
    assert "索引不可用" in text and "make run" not in text and "indexer stale" in text
    assert client.get("/api/search?q=低保").status_code == 503


def test_a_damaged_index_is_rebuilt_from_the_folders_its_manifest_names(built, tmp_path):
    root, generation = _copy(built, tmp_path)
    _damage(generation, "empty toc")
    code, out, _ = _run("build", "--index", str(root), "--quiet", "--jobs", "1")
    assert code == 0 and "indexed 1 report " in out  # its own folder, not the samples
    assert _run("stale", "--index", str(root))[0] == 0


def test_a_damaged_index_that_does_not_say_its_folders_is_never_replaced_by_the_samples(built, tmp_path):
    root, generation = _copy(built, tmp_path)
    _damage(generation, "garbage manifest")
    code, _, err = _run("build", "--index", str(root), "--quiet")
    assert code == 2 and "is damaged" in err and "/path/to/reports" in err
    assert os.readlink(root / CURRENT) == generation.name


def test_the_served_index_is_named_with_its_count(built, tmp_path):
    code, _, err = _run("stale", "--index", str(built))
    assert code == 0 and err.startswith(f"serving 1 report from {built} (built 20")
    assert f" from {SAMPLES}" not in err  # its own folder


def test_a_new_index_says_it_holds_the_demo_reports(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "build_index", lambda paths, root, **kw: seen.append(paths) or 1 / 0)
    _, _, err = _run("build", "--index", str(tmp_path / "nowhere"), "--quiet")
    assert f"no index at {tmp_path / 'nowhere'} yet: building the demo reports of samples/ there" in err
    assert seen == [[SAMPLES]]


def test_ctrl_c_during_a_build_is_one_line_and_changes_nothing(built, tmp_path, monkeypatch):
    root, generation = _copy(built, tmp_path)
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(SAMPLES / "001_8faff2b7f5fbbbed.txt", folder / "a.txt")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(build, "run_pool", interrupted)
    code, _, err = _run("build", str(folder), "--index", str(root), "--quiet")
    assert code == 130 and err.strip() == "interrupted: the index was not changed"
    assert current_generation(root) == generation and [p.name for p in root.glob("gen-*")] == [generation.name]
    assert not list(root.glob(".build-files-*"))
