"""One report held in several files (search/copies.py): listed once, counted once, its page naming the others.

The copies are made from the samples: a traditional-script mirror of one (as mirror converters write them, Taiwan
wording included) and the opening of another as a crawler stores a page (a breadcrumb, then the first 2,000 bytes).
A made-up report of the same body and year whose text is another is no copy."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import opencc
import pytest

from search import SearchParams, run_search
from search.retrieval.engine import select_reports
from search.agencies.directory import directory
from search.copies import copies
from tests.conftest import SAMPLES, made_up_report

MIRRORED = SAMPLES / "000_a24194704c1fd16a.txt"  # 沙坡头区民政和社会保障局 2020
OPENED = SAMPLES / "003_102efd9b51b31bb4.txt"  # 海盐县民政局 2020
OTHER = made_up_report("海盐县民政局", 2020, {
    1: "本局围绕养老服务体系建设推进信息公开，编制养老机构名录并按季度更新。",
    2: "主动公开养老服务补贴发放情况，公开婚姻登记办理指南。"})


def _write(folder: Path) -> list[Path]:
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder)
    mirror = opencc.OpenCC("s2twp").convert(MIRRORED.read_text(encoding="utf-8"))
    (folder / "mirror.txt").write_text(mirror, encoding="utf-8")
    opening = OPENED.read_bytes()[:2000].decode("utf-8", "ignore")
    (folder / "opening.txt").write_text("当前位置：首页 > 政务公开 > 政府信息公开年报\n" + opening, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    return [folder]


def _id(folder: Path, name: str) -> str:
    return hashlib.sha256((folder / name).read_bytes()).hexdigest()[:16]


@pytest.fixture(scope="module")
def corpus(indexes):
    root = indexes.root("copies", _write)
    folder = next(root.parent.glob("copies-corpus*"))
    return {name: _id(folder, name) for name in ("mirror.txt", "opening.txt", "other.txt")} | {
        "mirrored": _id(SAMPLES, MIRRORED.name), "opened": _id(SAMPLES, OPENED.name)}


@pytest.fixture(scope="module")
def idx(indexes, corpus):
    return indexes.searcher("copies", _write)


@pytest.fixture(scope="module")
def copies_client(indexes, corpus):
    return indexes.app("copies", _write).test_client()


def test_a_mirror_and_an_opening_are_copies_of_the_whole_simplified_report(idx, corpus):
    found = copies(idx)
    assert found.held == {corpus["mirrored"]: [corpus["mirror.txt"]], corpus["opened"]: [corpus["opening.txt"]]}
    assert not found.is_copy(corpus["other.txt"])  # the same body and year, another text: a report of its own


def test_a_search_lists_the_report_once(idx, corpus):
    listed = [h.report_id for h in run_search(idx, SearchParams(q="低保", per_page=50)).hits]
    assert corpus["mirrored"] in listed and corpus["mirror.txt"] not in listed
    everything = run_search(idx, SearchParams(per_page=50))
    ids = {h.report_id for h in everything.hits}
    assert everything.total_reports == 6  # five samples and the other text, of eight files
    assert corpus["other.txt"] in ids and not ids & {corpus["mirror.txt"], corpus["opening.txt"]}
    # A mirror's own words find the report it copies.
    assert corpus["mirrored"] in {h.report_id for h in run_search(idx, SearchParams(q="沙坡頭區 低保")).hits}


def test_facets_sums_and_the_body_count_it_once(idx, corpus):
    result = run_search(idx, SearchParams(q="民政", per_page=50))
    body = directory(idx).agency_of(corpus["mirrored"])
    counts = {f.value: f.count for f in result.facets["agency"]}
    assert counts[body.id] == 1
    assert [r.report_id for r in body.reports] == [corpus["mirrored"]]
    assert directory(idx).agency_of(corpus["mirror.txt"]) is body  # the copy is of the same body
    summed = select_reports(idx, SearchParams(), counted_only=True).report_ids
    assert corpus["mirrored"] in summed and corpus["mirror.txt"] not in summed and corpus["opening.txt"] not in summed
    haiyan = directory(idx).agency_of(corpus["opened"])
    assert sorted(r.report_id for r in haiyan.reports) == sorted([corpus["opened"], corpus["other.txt"]])


def test_each_page_names_the_other_file(copies_client, corpus):
    copy = copies_client.get(f"/api/reports/{corpus['mirror.txt']}").get_json()
    assert copy["copy_of"] == {"report_id": corpus["mirrored"], "source": MIRRORED.name,
                               "url": f"/reports/{corpus['mirrored']}"}
    assert copy["copies"] == []
    kept = copies_client.get(f"/api/reports/{corpus['mirrored']}").get_json()
    assert kept["copy_of"] is None and [c["source"] for c in kept["copies"]] == ["mirror.txt"]
    page = copies_client.get(f"/reports/{corpus['mirror.txt']}").get_data(as_text=True)
    assert "这是一份副本" in page and f'href="/reports/{corpus["mirrored"]}"' in page
    page = copies_client.get(f"/reports/{corpus['mirrored']}").get_data(as_text=True)
    assert "这份报告还见于 1 个其他文件" in page and f'href="/reports/{corpus["mirror.txt"]}"' in page
    alone = copies_client.get(f"/reports/{corpus['other.txt']}").get_data(as_text=True)
    assert "副本" not in alone and "其他文件" not in alone
