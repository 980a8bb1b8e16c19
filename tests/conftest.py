"""Shared fixtures and helpers: the one index factory (each index built once per test run), the one
gold loader, an app and a client over the sample index, and the rule for missing system tools."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable, NoReturn

import pytest
from hypothesis import settings

from app import create_app
from bench.relevance_corpus import layout_reports
from bench.parsing_accuracy import load as load_gold  # noqa: F401 - the one gold loader, bench's and the tests'
from indexer.build import build_index
from search.index import IndexHandle
from tests.stats_corpus import write_corpus

# Property tests draw the same examples every run (tests are deterministic); a run that should search further says so
# with HYPOTHESIS_PROFILE=explore.
settings.register_profile("nianbao", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "nianbao"))

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "samples"
LAYOUTS = ROOT / "tests" / "layouts"
# The shared corpus sits beside the clone; NIANBAO_CORPUS points elsewhere (a worktree one level deeper).
CORPUS = Path(os.environ.get("NIANBAO_CORPUS") or ROOT.parent / "shared" / "corpus")
REAL = CORPUS / "real"
SEED_GOLD_FILE = DATA / "seeds.gold.jsonl"
LAYOUT_GOLD_FILE = LAYOUTS / "gold.jsonl"
REAL_GOLD_FILE = CORPUS / "real.gold.jsonl"

# The corpora several test modules read, by name: what to index, given a folder to write into.
CORPORA: dict[str, Callable[[Path], list[Path]]] = {
    "samples": lambda folder: [SAMPLES],
    # The samples and the judged reports of tests/layouts.
    "judged": lambda folder: [SAMPLES, *layout_reports()],
    # The samples plus 吴忠市民政局 2021-2023 and a copy under another name (tests/stats_corpus.py).
    "derived": lambda folder: [SAMPLES, write_corpus(folder)],
}


def written(reports: dict[str, str]) -> Callable[[Path], list[Path]]:
    """A corpus of reports written for a test (file name -> text), for ``Indexes``."""
    def write(folder: Path) -> list[Path]:
        for name, text in reports.items():
            (folder / name).write_text(text, encoding="utf-8")
        return [folder]
    return write


PART_HEADINGS = {1: "一、总体情况", 2: "二、主动公开政府信息情况", 3: "三、收到和处理政府信息公开申请情况",
                 4: "四、政府信息公开行政复议、行政诉讼情况", 5: "五、存在的主要问题及改进情况", 6: "六、其他需要报告的事项"}


def made_up_report(agency: str, year: int, parts: dict[int, str]) -> str:
    """The text of a report written for a test: ``agency`` on ``year``, its parts holding the text given."""
    body = "\n\n".join(f"{PART_HEADINGS[n]}\n{text}" for n, text in sorted(parts.items()))
    return f"{agency}{year}年政府信息公开工作年度报告\n\n{body}\n"


_OTHER_NAMES = "东南西北春夏秋冬金木水火土风云雷电霜雪雨甲乙丙丁戊己庚辛壬癸"


def other_bodies(count: int) -> dict[str, str]:
    """``count`` made-up township reports on another subject (the requests they received), so that the words a ranking
    test asks about stay rare in its index: a word most reports hold only ranks, and an everyday row is read only for a
    rare word."""
    return {f"other-{i}.txt": made_up_report(f"{name}镇人民政府", 2022, {3: f"本年度收到政府信息公开申请{i}件。"})
            for i, name in enumerate(_OTHER_NAMES[:count])}


def missing_tool(reason: str) -> NoReturn:
    """A system tool a test needs is missing: skip with the reason; in CI (CI=true), where it is
    installed by .ci/run, fail instead, so that CI never goes green without the test."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required in CI)", pytrace=False)
    pytest.skip(reason)


def require_tool(name: str, install: str) -> str:
    """The path of the command ``name``, or ``missing_tool``."""
    return shutil.which(name) or missing_tool(f"{name} is not installed ({install})")


def search(searcher, **args):
    """run_search as the page calls it, from keyword arguments (a list value repeats the parameter)."""
    from werkzeug.datastructures import MultiDict

    from search import SearchParams, run_search

    pairs = []
    for key, value in args.items():
        pairs += [(key, v) for v in value] if isinstance(value, (list, tuple)) else [(key, value)]
    return run_search(searcher, SearchParams.from_args(MultiDict(pairs)))


def section_hits(searcher, q: str, **params) -> list[tuple[str, int]]:
    """(agency, part) of the matching parts, in page order (flat, the first 50)."""
    from search import SearchParams, run_search

    result = run_search(searcher, SearchParams(q=q, flat=True, per_page=50, **params))
    return [(h.agency, h.section) for h in result.hits]


def api_search(client, query: str) -> dict:
    """The JSON of /api/search?``query``, after checking it answered."""
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 200
    return response.get_json()


def ranked_agencies(searcher, q: str, **params) -> list[str]:
    """The agencies of the grouped result list for ``q``, in page order."""
    from search import SearchParams, run_search

    return [h.agency for h in run_search(searcher, SearchParams(q=q, **params)).hits]


def agencies(result) -> set[str]:
    """The agencies of a result's hits."""
    return {h.agency for h in result.hits}


class Indexes:
    """Every index the tests read, each built once per test run, the first time it is asked for.

    A corpus is named in ``CORPORA``, or written by the one test module that reads it (``write``
    puts its reports in a folder and returns what to index). Tests only read these indexes; a
    test about building builds its own.
    """

    def __init__(self, tmp_path_factory):
        self._tmp = tmp_path_factory
        self._roots: dict[str, Path] = {}
        self._handles: list[IndexHandle] = []

    def root(self, name: str, write: Callable[[Path], list[Path]] | None = None) -> Path:
        """The index folder of corpus ``name``."""
        if name not in self._roots:
            sources = (write or CORPORA[name])(self._tmp.mktemp(f"{name}-corpus"))
            root = self._tmp.mktemp(f"{name}-index")
            # One parsing process: reports are added in the same order every run.
            build_index(sources, root, jobs=1)
            self._roots[name] = root
        return self._roots[name]

    def searcher(self, name: str, write: Callable[[Path], list[Path]] | None = None):
        """A searcher on the index of corpus ``name``."""
        handle = IndexHandle(self.root(name, write))
        self._handles.append(handle)
        return handle.searcher()

    def app(self, name: str, write: Callable[[Path], list[Path]] | None = None):
        """The app serving the index of corpus ``name``."""
        return create_app({"TESTING": True, "INDEX": str(self.root(name, write))})

    def close(self) -> None:
        for handle in self._handles:
            handle.close()


@pytest.fixture(scope="session", autouse=True)
def ocr_cache(tmp_path_factory, request) -> Path:
    """One OCR cache for the whole run (builds in subprocesses too): each scan is read once; when the run holds
    the OCR tests, their scans are read ahead on the core pytest leaves idle (tests/ocr_prefetch.py)."""
    from indexer.readers.ocr import CACHE_ENV, unavailable
    from tests import ocr_prefetch

    folder = tmp_path_factory.mktemp("ocr-cache")
    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(folder)
    if any(item.nodeid.startswith("tests/indexer/test_ocr.py") for item in request.session.items) and not unavailable():
        ocr_prefetch.start(folder, tmp_path_factory.mktemp("ocr-read-ahead"))
    yield folder
    ocr_prefetch.stop()
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(scope="session")
def indexes(tmp_path_factory):
    """The index factory."""
    factory = Indexes(tmp_path_factory)
    yield factory
    factory.close()


@pytest.fixture(scope="session")
def index_root(indexes) -> Path:
    """A real index of the five sample reports (read-only for tests)."""
    return indexes.root("samples")


@pytest.fixture(scope="session")
def searcher(indexes):
    return indexes.searcher("samples")


@pytest.fixture(scope="session")
def app(indexes):
    return indexes.app("samples")


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
    through the CLI: {"root", "big", "stdout", "report" (the --report JSON), "code"}. The build is
    what these tests examine, so it is made here rather than by the index factory."""
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
