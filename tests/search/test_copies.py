"""One report held in several files (search/copies.py): listed once, counted once, its page naming the others.

The copies are made from the samples: a traditional-script mirror of one (as mirror converters write them, Taiwan
wording included) and the openings of two as a crawler stores a page (a breadcrumb, then the first 2,000 bytes), so
that one report is held in three files. What is no copy and must stay listed: a made-up report of the same body and
year whose text is another; next year's report copied from a sample with its figures written anew and the title's
year left as it was; the opening of another report of one body and year that holds little but the body's title and
lead-in, or the template's words that other bodies write too; two files of a report whose year nothing tells."""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import opencc
import pytest

from indexer.build import build_index
from indexer.model import Document
from indexer.parser import parse_document, report_to_dict
from search import SearchParams, run_search
from search.retrieval.report_selection import select_reports
from search.agencies.directory import directory
from search.copies import _Text, _find, _groups, copies
from search.figures.records import record_store
from search.index import IndexHandle
from tests.conftest import SAMPLES, made_up_report

MIRRORED = SAMPLES / "000_a24194704c1fd16a.txt"  # 沙坡头区民政和社会保障局 2020
OPENED = SAMPLES / "003_102efd9b51b31bb4.txt"  # 海盐县民政局 2020
RENEWED = SAMPLES / "004_6c81e5c04cdd17c4.txt"  # 吴忠市民政局 2021
OTHER = made_up_report("海盐县民政局", 2020, {
    1: "本局围绕养老服务体系建设推进信息公开，编制养老机构名录并按季度更新。",
    2: "主动公开养老服务补贴发放情况，公开婚姻登记办理指南。"})

# One body's two reports of 2021 (made up): the lead-in of its preamble is the body's own and the same in both.
JUSTICE = "沙坡头区司法局"
LEAD_IN = ("本报告根据《中华人民共和国政府信息公开条例》要求，由沙坡头区司法局编制。本报告所列数据的统计期限自2021年1月1日起至"
           "2021年12月31日止。如对本报告有疑问，请与沙坡头区司法局办公室联系（地址：沙坡头区文萃路司法大楼三楼；电话：0955-7000000）。")
JUSTICE_WHOLE = (f"{JUSTICE}2021年政府信息公开工作年度报告\n\n{LEAD_IN}\n\n"
                 "一、总体情况\n本局围绕法治政府建设推进信息公开，公开人民调解工作规范和法律援助办事指南，更新基层法律服务所名录。\n\n"
                 "二、主动公开政府信息情况\n主动公开社区矫正工作制度、普法责任清单和公共法律服务事项清单，及时发布普法宣传活动信息。\n")
JUSTICE_OTHER = (f"{JUSTICE}2021年政府信息公开工作年度报告\n\n{LEAD_IN}\n\n"
                 "一、总体情况\n本局推进行政复议体制改革信息公开，集中公开复议受理条件、办理流程和决定书，全年公开复议决定书二十余份。\n\n"
                 "二、主动公开政府信息情况\n主动公开行政执法监督结果，公开律师事务所年度考核情况和公证机构执业信息。\n")
JUSTICE_OTHER_OPENING = JUSTICE_OTHER[: JUSTICE_OTHER.index("一、总体情况") + 30]
# The template's words at the head of part 一 (made up as a template would word them), written by three more bodies,
# and a body whose two reports of 2022 share nothing but them.
TEMPLATE = ("根据中华人民共和国政府信息公开条例和国务院办公厅政府信息公开与政务公开办公室关于政府信息公开工作年度报告有关事项的"
            "通知要求，现将本年度政府信息公开工作情况报告如下，本报告所列数据统计期限自每年一月一日起至十二月三十一日止。")
TEMPLATE_WRITERS = {
    "沙坡头区审计局": "本局公开年度审计工作计划和审计结果公告，全年发布审计整改情况通报四期，接受社会监督。",
    "沙坡头区林业局": "本局公开森林防火责任区划分和护林员名单，按季度公布造林绿化任务完成进度。",
    "沙坡头区档案局": "本局公开档案开放目录和查档利用指南，全年接待查档群众一千余人次。",
}
STATISTICS_WHOLE = made_up_report("沙坡头区统计局", 2022, {
    1: TEMPLATE + "本局按月发布主要经济指标数据，公开统计调查项目目录和统计执法检查结果，回应企业关切。",
    2: "主动公开第五次经济普查公报和统计年鉴电子版，公开统计信用评价结果。"})
STATISTICS_OTHER_OPENING = made_up_report("沙坡头区统计局", 2022, {1: TEMPLATE + "本局普查中心。"})


# A report whose year nothing tells, and its mirror: a report of no year is no body's report of a year, and both stay.
UNDATED = ("沙坡头区档案局政府信息公开工作年度报告\n\n一、总体情况\n本局公开档案开放目录和查档利用指南，接待查档群众，办理档案证明，"
           "推进档案信息化建设，及时更新馆藏目录并公开查询方式。\n\n二、主动公开政府信息情况\n主动公开馆藏开放档案目录、档案利用"
           "服务指南和收费依据，公开档案行政执法检查结果。\n")


def _renewed(text: str) -> str:
    """Next year's report made from this one as bodies do: its figures written anew, the title's year left."""
    text = re.sub(r"(?<=\t)(\d+)(?=\t|\n|$)", lambda m: str(int(m.group(1)) + 2), text)
    return re.sub(r"(\d+)(?= ?(?:条|件))", lambda m: str(int(m.group(1)) + 7), text)


def _write(folder: Path) -> list[Path]:
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder)
    mirror = opencc.OpenCC("s2twp").convert(MIRRORED.read_text(encoding="utf-8"))
    (folder / "mirror.txt").write_text(mirror, encoding="utf-8")
    opening = OPENED.read_bytes()[:2000].decode("utf-8", "ignore")
    (folder / "opening.txt").write_text("当前位置：首页 > 政务公开 > 政府信息公开年报\n" + opening, encoding="utf-8")
    # The mirrored report's third file: its opening.
    opening = MIRRORED.read_bytes()[:2000].decode("utf-8", "ignore")
    (folder / "mirrored-opening.txt").write_text("您的位置：首页 > 信息公开 > 年报\n" + opening, encoding="utf-8")
    reports = {"other.txt": OTHER, "renewed.txt": _renewed(RENEWED.read_text(encoding="utf-8")),
               "justice.txt": JUSTICE_WHOLE, "justice-other-opening.txt": JUSTICE_OTHER_OPENING,
               "statistics.txt": STATISTICS_WHOLE, "statistics-other-opening.txt": STATISTICS_OTHER_OPENING,
               "undated.txt": UNDATED, "undated-mirror.txt": opencc.OpenCC("s2twp").convert(UNDATED)}
    reports |= {f"template-{n}.txt": made_up_report(body, 2022, {1: TEMPLATE + own})
                for n, (body, own) in enumerate(TEMPLATE_WRITERS.items())}
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder]


FILES = ("mirror.txt", "opening.txt", "mirrored-opening.txt", "other.txt", "renewed.txt", "justice.txt",
         "justice-other-opening.txt", "statistics.txt", "statistics-other-opening.txt", "undated.txt", "undated-mirror.txt")


def _id(folder: Path, name: str) -> str:
    return hashlib.sha256((folder / name).read_bytes()).hexdigest()[:16]


@pytest.fixture(scope="module")
def corpus(indexes):
    root = indexes.root("copies", _write)
    folder = next(root.parent.glob("copies-corpus*"))
    return {name: _id(folder, name) for name in FILES} | {
        "mirrored": _id(SAMPLES, MIRRORED.name), "opened": _id(SAMPLES, OPENED.name), "renewed": _id(SAMPLES, RENEWED.name)}


@pytest.fixture(scope="module")
def idx(indexes, corpus):
    return indexes.searcher("copies", _write)


@pytest.fixture(scope="module")
def copies_client(indexes, corpus):
    return indexes.app("copies", _write).test_client()


def test_a_mirror_and_openings_are_copies_of_the_whole_simplified_report(idx, corpus):
    found = copies(idx)
    assert found.held == {corpus["mirrored"]: sorted([corpus["mirror.txt"], corpus["mirrored-opening.txt"]]),
                          corpus["opened"]: [corpus["opening.txt"]]}
    assert not found.is_copy(corpus["other.txt"])  # the same body and year, another text: a report of its own


def test_a_report_of_one_body_and_year_that_is_another_stays_listed(idx, corpus):
    # Each shares the body and year of a whole report and most of its words with it, and is another report: next
    # year's with its figures anew; an opening holding the body's lead-in alone; one holding the template's words.
    for name in ("renewed.txt", "justice-other-opening.txt", "statistics-other-opening.txt", "undated-mirror.txt"):
        assert not copies(idx).is_copy(corpus[name]), name
    assert directory(idx).agency_of(corpus["renewed.txt"]) is directory(idx).agency_of(corpus["renewed"])
    undated = directory(idx).agency_of(corpus["undated.txt"])
    assert undated.resolved and undated is directory(idx).agency_of(corpus["undated-mirror.txt"])
    listed = {h.report_id for h in run_search(idx, SearchParams(per_page=50)).hits}
    assert {corpus[n] for n in ("renewed.txt", "renewed", "justice.txt", "justice-other-opening.txt", "statistics.txt",
                                "statistics-other-opening.txt", "undated.txt", "undated-mirror.txt")} <= listed


def test_a_search_lists_the_report_once(idx, corpus):
    listed = [h.report_id for h in run_search(idx, SearchParams(q="低保", per_page=50)).hits]
    assert corpus["mirrored"] in listed and corpus["mirror.txt"] not in listed
    everything = run_search(idx, SearchParams(per_page=50))
    ids = {h.report_id for h in everything.hits}
    # Nineteen files: the five samples and fourteen made from them or made up, of which three are copies.
    assert everything.total_reports == 19 - 3
    assert corpus["other.txt"] in ids and not ids & {corpus[n] for n in ("mirror.txt", "opening.txt", "mirrored-opening.txt")}
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
    assert corpus["mirrored"] in summed and not {corpus[n] for n in ("mirror.txt", "opening.txt", "mirrored-opening.txt")} & set(summed)
    haiyan = directory(idx).agency_of(corpus["opened"])
    assert sorted(r.report_id for r in haiyan.reports) == sorted([corpus["opened"], corpus["other.txt"]])
    # The figures pages' checks between years and medians read the body's years as the lists do.
    store = record_store(idx)
    copied = {corpus[n] for n in ("mirror.txt", "opening.txt", "mirrored-opening.txt")}
    assert store.by_agency[body.id] == [corpus["mirrored"]] and not copied & set(store.all_ids())
    assert store.record(corpus["mirror.txt"]) is not None  # a copy's own page and comparisons still read it


def test_a_body_s_year_of_too_many_files_is_left_as_it_is(idx, monkeypatch):
    # Files past MAX_GROUP for one body's year are no report in many files (an id many bodies share): not compared.
    # Both reports held in other files here are in three files each (海盐县民政局's other report the third).
    monkeypatch.setattr("search.copies.MAX_GROUP", 3)
    assert _find(idx).held == copies(idx).held != {}
    monkeypatch.setattr("search.copies.MAX_GROUP", 2)
    assert _find(idx).held == {}


def test_each_page_names_the_other_file(copies_client, corpus):
    response = copies_client.get(f"/api/reports/{corpus['mirror.txt']}")
    assert response.status_code == 200
    copy = response.get_json()
    assert copy["copy_of"] == {"report_id": corpus["mirrored"], "source": MIRRORED.name,
                               "url": f"/reports/{corpus['mirrored']}"}
    assert copy["copies"] == []
    kept = copies_client.get(f"/api/reports/{corpus['mirrored']}").get_json()
    assert kept["copy_of"] is None and sorted(c["source"] for c in kept["copies"]) == ["mirror.txt", "mirrored-opening.txt"]
    pages = {name: copies_client.get(f"/reports/{corpus[name]}") for name in ("mirror.txt", "mirrored", "other.txt")}
    assert [p.status_code for p in pages.values()] == [200, 200, 200]
    page = pages["mirror.txt"].get_data(as_text=True)
    assert "这是一份副本" in page and f'href="/reports/{corpus["mirrored"]}"' in page
    page = pages["mirrored"].get_data(as_text=True)
    assert "这份报告还见于 2 个其他文件" in page and f'href="/reports/{corpus["mirror.txt"]}"' in page
    alone = pages["other.txt"].get_data(as_text=True)
    assert "副本" not in alone and "其他文件" not in alone
    # The data-quality page's near-identical reports are reports (a body's report and next year's made from it), not
    # one report's files.
    quality = copies_client.get("/quality?list=similar")
    assert quality.status_code == 200
    listed = quality.get_data(as_text=True)
    assert corpus["renewed"] in listed and corpus["renewed.txt"] in listed
    assert not any(corpus[n] in listed for n in ("mirror.txt", "opening.txt", "mirrored-opening.txt"))


def _text(text: str, name: str) -> _Text:
    report = report_to_dict(parse_document(Document(text.split("\n"), "txt"), name))
    report["id"] = name
    return _Text(report)


def test_the_simplified_file_is_kept_before_a_longer_traditional_one():
    # A mirror converted character by character keeps every heading, and its site's links make it the longer text.
    whole = RENEWED.read_text(encoding="utf-8")
    mirror = opencc.OpenCC("s2t").convert(whole) + "\n相關閱讀：" + "；".join(
        f"關於做好第{n}季度網站內容保障工作的通知" for n in range(1, 9)) + "。\n"
    texts = {"whole": _text(whole, "whole"), "mirror": _text(mirror, "mirror")}
    # As many parts (the key's fourth place), and more text.
    assert texts["mirror"].key[3] == texts["whole"].key[3] and len(texts["mirror"].shingles) > len(texts["whole"].shingles)
    assert _groups(texts) == [("whole", ["mirror"])]


def test_a_copy_is_listed_again_when_its_kept_file_is_removed(tmp_path):
    folder, root = tmp_path / "c", tmp_path / "index"
    folder.mkdir()
    shutil.copy(MIRRORED, folder)
    (folder / "mirror.txt").write_text(opencc.OpenCC("s2twp").convert(MIRRORED.read_text(encoding="utf-8")),
                                       encoding="utf-8")
    mirror = _id(folder, "mirror.txt")
    build_index([folder], root, jobs=1)
    handle = IndexHandle(root)
    assert copies(handle.searcher()).is_copy(mirror)
    handle.close()
    (folder / MIRRORED.name).unlink()
    assert build_index([folder], root, jobs=1).removed == 1  # incremental: the kept file's report goes
    handle = IndexHandle(root)
    searcher = handle.searcher()
    assert not copies(searcher).is_copy(mirror)
    assert [h.report_id for h in run_search(searcher, SearchParams(q="低保")).hits] == [mirror]
    assert [r.report_id for r in directory(searcher).agency_of(mirror).reports] == [mirror]
    handle.close()
