"""The phase-1 gold of agency identities (tests/data/agency_identity*.gold.jsonl, written by reading)
matched through a real build: every gold report indexed together, each one's agency id read back
from the index, then the bodies compared with the gold. Samples and layouts: exact (no split, no
wrong merge, every resolved id the gold's). The shared corpus's real reports: exact too; its
stored pages: no wrong merge (a report whose issuer the parser cannot name stays alone).
The shared parts skip, with the reason, when ../shared/corpus is absent."""
from __future__ import annotations

import json

import pytest

from bench.agency_identity import GOLD, PAGES_GOLD, compare, load, source_of
from indexer.model import UnreadableFile
from indexer.parser import parse_file
from search.index import IndexHandle
from search.agencies.directory import directory
from tests.conftest import CORPUS, LAYOUTS, SAMPLES
from tests.indexer.sentences import sentence_problem

MAIN = load(GOLD)
PAGES = load(PAGES_GOLD)


def _sources(folder):
    """What to index: the repository's gold reports, and the shared corpus's when it is there."""
    files = [source_of(r) for r in MAIN if not r["file"].startswith("real/")]
    files += [source_of(r) for r in MAIN + PAGES if r["file"].startswith(("real/", "pages/")) and source_of(r).is_file()]
    return files


@pytest.fixture(scope="module")
def built(indexes):
    """{gold file: (agency id, the report's warnings)} of the index of every gold report."""
    root = indexes.root("agency-gold", _sources)
    handle = IndexHandle(root)
    try:
        searcher = handle.searcher()
        known = directory(searcher)
        out = {}
        for report_id, paths in searcher.manifest()["paths"].items():
            doc = searcher.document(id=report_id, kind="report")
            for path in paths:
                out[path] = (known.of_report[report_id], json.loads(doc["payload"])["warnings"])
        return {r["file"]: out[str(source_of(r).resolve())] for r in MAIN + PAGES if str(source_of(r).resolve()) in out}
    finally:
        handle.close()


def _check_exact(rows, built) -> None:
    ids = {r["file"]: built[r["file"]][0] for r in rows}
    result = compare(rows, ids)
    assert not result.splits, result.splits
    assert not result.merges, result.merges
    wrong = [w for w in result.wrong_ids if not w.split("got ")[1].startswith("unresolved:")]
    assert not wrong, wrong
    assert result.exact == result.bodies
    for row in rows:  # an unidentified body says why, in a sentence, among the report's warnings
        agency_id, warnings = built[row["file"]]
        if agency_id.startswith("unresolved:"):
            assert any("未与其他机关合并" in w or "发布机关" in w for w in warnings), (row["file"], warnings)


def test_every_gold_report_of_the_repository_is_indexed(built):
    rows = [r for r in MAIN if not r["file"].startswith("real/")]
    assert len(rows) == 38 and all(r["file"] in built for r in rows)
    assert {source_of(r).parent for r in rows} == {SAMPLES, LAYOUTS}


def test_the_repository_gold_is_matched_exactly_through_a_build(built):
    _check_exact([r for r in MAIN if not r["file"].startswith("real/")], built)


def test_the_real_corpus_gold_is_matched_exactly_through_a_build(built, real_corpus):
    rows = [r for r in MAIN if r["file"] in built]
    assert len(rows) == len(MAIN) == 49
    _check_exact(rows, built)


def test_the_stored_pages_never_merge_two_bodies_through_a_build(built):
    if not (CORPUS / "pages").is_dir():
        pytest.skip(f"pages corpus not found at {CORPUS / 'pages'} (it sits beside the clone in CI)")
    rows = [r for r in MAIN + PAGES if r["file"] in built]
    for row in PAGES:  # a page the parser refuses as no annual report is not indexed, so has no id
        if row["file"] not in built:
            with pytest.raises(UnreadableFile):
                parse_file(source_of(row))
    result = compare(rows, {r["file"]: built[r["file"]][0] for r in rows})
    assert not result.merges, result.merges
    for row in rows:
        agency_id, warnings = built[row["file"]]
        if agency_id.startswith("unresolved:") and row["file"].startswith("pages/"):
            reasons = [w for w in warnings if "未与其他机关合并" in w]
            assert all(sentence_problem(w) is None for w in reasons), reasons
