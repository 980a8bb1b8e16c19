"""Shared fixtures: one index built from the bundled samples per test run, an app and a client."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import create_app
from indexer.build import build_index
from search.index import IndexHandle

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "samples"
# The shared corpus sits beside the clone; NIANBAO_CORPUS points elsewhere (a worktree one level deeper).
CORPUS = Path(os.environ.get("NIANBAO_CORPUS") or ROOT.parent / "shared" / "corpus")
REAL = CORPUS / "real"


def search(searcher, **args):
    """run_search as the page calls it, from keyword arguments (a list value repeats the parameter)."""
    from werkzeug.datastructures import MultiDict

    from search.engine import run_search
    from search.params import SearchParams

    pairs = []
    for key, value in args.items():
        pairs += [(key, v) for v in value] if isinstance(value, (list, tuple)) else [(key, value)]
    return run_search(searcher, SearchParams.from_args(MultiDict(pairs)))


def agencies(result) -> set[str]:
    """The agencies of a result's hits."""
    return {h.agency for h in result.hits}


def load_gold(name: str = "seeds.gold.jsonl") -> list[dict]:
    """Gold records of the sample corpus."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session", autouse=True)
def ocr_cache(tmp_path_factory) -> Path:
    """One OCR cache for the whole run (builds in subprocesses too): each scan is read once."""
    from indexer.readers.ocr import CACHE_ENV

    folder = tmp_path_factory.mktemp("ocr-cache")
    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(scope="session")
def index_root(tmp_path_factory) -> Path:
    """A real index of the five sample reports, built once (read-only for tests)."""
    root = tmp_path_factory.mktemp("index")
    build_index([SAMPLES], root)
    return root


@pytest.fixture(scope="session")
def searcher(index_root):
    handle = IndexHandle(index_root)
    yield handle.searcher()
    handle.close()


@pytest.fixture(scope="session")
def app(index_root):
    return create_app({"TESTING": True, "INDEX": str(index_root)})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def real_corpus() -> Path:
    """../shared/corpus/real, or a skip saying why."""
    if not REAL.is_dir():
        pytest.skip(f"real corpus not found at {REAL} (it sits beside the clone in CI)")
    return REAL


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory) -> dict:
    """The samples plus every hostile file (tests/hostile and the big ones made here), built once
    through the CLI: {"root", "big", "stdout", "report" (the --report JSON), "code"}."""
    import contextlib
    import io

    from indexer.__main__ import main
    from tests.hostile_files import HOSTILE, make_big

    base = tmp_path_factory.mktemp("hostile")
    big = base / "big"
    make_big(big)
    root, report = base / "index", base / "report.json"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["build", str(SAMPLES), str(HOSTILE), str(big), "--index", str(root),
                     "--report", str(report), "--quiet", "--timeout", "120"])
    return {"root": root, "big": big, "code": code, "stdout": out.getvalue(),
            "report": json.loads(report.read_text(encoding="utf-8"))}


@pytest.fixture(scope="session")
def hostile_app(hostile_build):
    """An app serving the hostile build (a real report whose title holds markup, among others)."""
    return create_app({"TESTING": True, "INDEX": str(hostile_build["root"])})
