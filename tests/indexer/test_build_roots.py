"""No build drops an operator's reports by surprise (QA 40 #1: ``make rebuild`` and ``build NEWFOLDER`` replaced a
22-report index by the 5 samples, silently). The index records the folders it is built from; a build with no path
rebuilds them; a build given some paths keeps the reports of the others unless ``--replace``; what a build removes is
named."""
from __future__ import annotations

import contextlib
import io
import json
import shutil

import indexer.__main__ as cli
from indexer.build import SAMPLES
from search.index import IndexHandle

A_FILES = ["000_a24194704c1fd16a.txt", "001_8faff2b7f5fbbbed.txt", "002_eebf944336d263cb.txt"]
B_FILES = ["003_102efd9b51b31bb4.txt", "004_6c81e5c04cdd17c4.txt"]


def _folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, names in ((a, A_FILES), (b, B_FILES)):
        folder.mkdir()
        for name in names:
            shutil.copy(SAMPLES / name, folder / name)
    return a, b


def _build(tmp_path, *args):
    out, err = io.StringIO(), io.StringIO()
    report = tmp_path / "report.json"
    report.unlink(missing_ok=True)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["build", *map(str, args), "--index", str(tmp_path / "index"), "--quiet", "--jobs", "1",
                         "--report", str(report)])
    return code, out.getvalue(), err.getvalue(), json.loads(report.read_text(encoding="utf-8"))


def _sources(tmp_path) -> set[str]:
    handle = IndexHandle(tmp_path / "index")
    try:
        return {d["source"] for d in handle.searcher().documents(kind="report")}
    finally:
        handle.close()


def test_a_build_given_a_new_folder_adds_it_and_keeps_the_others(tmp_path):
    a, b = _folders(tmp_path)
    assert _build(tmp_path, a)[0] == 0
    code, out, _, data = _build(tmp_path, b)
    assert code == 0
    assert _sources(tmp_path) == set(A_FILES + B_FILES)
    assert data["reports"] == 5 and data["kept_elsewhere"] == 3 and data["roots"] == [str(a), str(b)]
    assert data["added"] == 2 and data["removed"] == 0
    assert "kept 3 reports of the index's other folders as they were" in out
    assert f"  built from: {a}, {b}" in out


def test_a_build_with_no_path_rebuilds_the_folders_the_index_holds_and_names_what_went(tmp_path):
    a, b = _folders(tmp_path)
    _build(tmp_path, a)
    _build(tmp_path, b)
    (a / A_FILES[0]).unlink()
    code, out, _, data = _build(tmp_path)  # what `make rebuild` runs
    assert code == 0
    assert _sources(tmp_path) == set(A_FILES[1:] + B_FILES)  # never the samples in their place
    assert data["removed"] == 1 and data["removed_files"] == [str(a / A_FILES[0])]
    assert f"  removed (no longer in the folders read): {a / A_FILES[0]}" in out


def test_replace_makes_the_index_exactly_the_paths_given(tmp_path):
    a, b = _folders(tmp_path)
    _build(tmp_path, a)
    _build(tmp_path, b)
    code, out, _, data = _build(tmp_path, b, "--replace")
    assert code == 0 and _sources(tmp_path) == set(B_FILES)
    assert data["roots"] == [str(b)] and data["removed"] == 3
    assert sorted(data["removed_files"]) == sorted(str(a / n) for n in A_FILES)
    code, _, _, data = _build(tmp_path)  # and rebuilds that from then on
    assert code == 0 and data["roots"] == [str(b)] and _sources(tmp_path) == set(B_FILES)


def test_a_sub_folder_given_leaves_the_rest_of_its_root(tmp_path):
    a, _ = _folders(tmp_path)
    (a / "sub").mkdir()
    shutil.move(a / A_FILES[0], a / "sub" / A_FILES[0])
    _build(tmp_path, a)
    (a / "sub" / A_FILES[0]).unlink()
    code, _, _, data = _build(tmp_path, a / "sub")
    assert code == 2 and data["status"] == "nothing_to_index"  # an emptied folder given alone changes nothing
    assert len(_sources(tmp_path)) == 3
    code, _, _, data = _build(tmp_path)
    assert code == 0 and data["roots"] == [str(a)] and _sources(tmp_path) == set(A_FILES[1:])


def test_a_full_build_reads_the_other_folders_again_and_stops_when_one_is_gone(tmp_path):
    a, b = _folders(tmp_path)
    _build(tmp_path, a)
    _build(tmp_path, b)
    code, _, _, data = _build(tmp_path, b, "--full")
    assert code == 0 and data["reports"] == 5 and data["files"] == 5  # a's files parsed again with b's
    a.rename(tmp_path / "unmounted")
    generation = (tmp_path / "index" / "current").readlink()
    code, _, err, data = _build(tmp_path, b, "--full")
    assert code == 2 and data["status"] == "missing_roots"
    assert str(a) in err and "--replace" in err
    assert (tmp_path / "index" / "current").readlink() == generation and len(_sources(tmp_path)) == 5
    # An incremental build given b alone does not need a: its reports are kept.
    code, _, _, data = _build(tmp_path, b)
    assert code == 0 and data["reports"] == 5


def test_a_rebuild_whose_folder_is_gone_says_so_and_changes_nothing(tmp_path):
    a, b = _folders(tmp_path)
    _build(tmp_path, a)
    _build(tmp_path, b)
    shutil.rmtree(a)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(["build", "--index", str(tmp_path / "index"), "--quiet"])
    assert code == 2
    assert f"was built from {a}, which is not there now" in err.getvalue() and "--replace" in err.getvalue()
    assert len(_sources(tmp_path)) == 5


def test_a_new_index_with_no_path_holds_the_samples(tmp_path):
    code, _, _, data = _build(tmp_path)
    assert code == 0 and data["reports"] == 5 and data["roots"] == [str(SAMPLES)]


def test_a_first_build_of_ones_own_folder_replaces_the_demo_samples(tmp_path):
    a, _ = _folders(tmp_path)
    _build(tmp_path)  # `make run` on a fresh clone
    (a / A_FILES[0]).write_text((a / A_FILES[0]).read_text(encoding="utf-8") + "\n本机关补充说明。\n", encoding="utf-8")
    code, out, _, data = _build(tmp_path, a)
    assert code == 0 and data["roots"] == [str(a)] and data["kept_elsewhere"] == 0
    assert len(_sources(tmp_path)) == 3 and data["removed"] == 5 - 2  # two samples are a's files, byte for byte
    assert "the demo reports of samples/ were removed" in out
