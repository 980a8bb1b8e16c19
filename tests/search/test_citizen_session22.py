"""Wrong results found by using the search as a citizen does (session 22, 2026-12-06), each a class fixed in its
mechanism. The reports are made up for these tests; none of them and none of the queries is in the judged
relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.agency_names import abbreviated_function, function_of
from search.retrieval.issuers import concept_of
from tests.conftest import made_up_report, written

REPORTS = {
    "hr.txt": made_up_report("甲阳县人力资源和社会保障局", 2022, {1: "全年主动公开就业创业政策信息120条。"}),
    # A personnel bureau of before 2009 is the one-character-off word a respelling would read 人保局 as.
    "old.txt": made_up_report("乙阳县人事局", 2008, {1: "公开公务员招录信息30条。"}),
    "gov.txt": made_up_report("丙阳县人民政府", 2022, {1: "县人力资源和社会保障局发布招聘信息。"}),
    "trade.txt": made_up_report("丁阳县工商行政管理局", 2015, {1: "公开企业登记信息。"}),
    "market.txt": made_up_report("戊阳县市场监督管理局", 2022, {1: "公开企业登记信息。"}),
    "health.txt": made_up_report("己阳县卫生局", 2015, {1: "公开医疗机构信息。"}),
    "health2.txt": made_up_report("庚阳县卫生健康局", 2022, {1: "公开医疗机构信息。"}),
    "industry.txt": made_up_report("辛阳县工业和信息化局", 2022, {1: "公开工业企业技术改造项目信息。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("citizen_session22", written(REPORTS))


@pytest.mark.parametrize("typed", ["人保局", "人力社保局", "人资社保局"])
def test_a_local_short_form_of_a_name_reads_as_the_body_it_is_cut_from(typed):
    # Neither the rule's abbreviation (人社局) nor the data held these: 人保局 was read as a typo of 人事局.
    concept = concept_of(typed)
    assert concept is not None and concept.functions[0][0] == "人力资源和社会保障局", concept


@pytest.mark.parametrize("word", ["人源局", "力保局", "格局", "新格局", "办事大厅", "协调办", "文广局"])
def test_a_word_not_cut_that_way_or_cut_from_two_bodies_names_none(word):
    # Characters out of the words' order, a stem of one character, or a short form two functions share.
    assert abbreviated_function(word) is None


@pytest.mark.parametrize("word", ["政务大厅", "政务服务大厅", "县政务大厅"])
def test_a_hall_whose_name_ends_in_a_suffix_character_names_no_body(word):
    # 大厅 is a word of everyday Chinese: 政务大 | 厅 was read as a short form of 政务服务和大数据管理局.
    assert abbreviated_function(word) is None and concept_of(word) is None


def test_a_report_reads_its_own_issuer_without_the_search_side_short_forms():
    # The parser's reading of a written name stays the rule and the data's alone.
    assert function_of("人保局") is None


def test_a_short_form_finds_the_bureau_and_its_predecessor_and_corrects_nothing(idx):
    # Read as a typo, 人保局 searched 人事局 alone and said so; the bureau it names was not asked for.
    result = run_search(idx, SearchParams(q="人保局"))
    assert {h.agency for h in result.hits[:2]} == {"甲阳县人力资源和社会保障局", "乙阳县人事局"}
    assert not any("人事局" in m for m in result.messages), result.messages


def test_the_body_a_reform_made_of_an_economy_and_it_commission_is_found_by_its_old_short_name(idx):
    # 经信委 became 工业和信息化厅/局 in the 2018 provincial reforms (agency_renames.tsv): 经信局 found nothing.
    result = run_search(idx, SearchParams(q="经信局"))
    assert [h.agency for h in result.hits][:1] == ["辛阳县工业和信息化局"]
