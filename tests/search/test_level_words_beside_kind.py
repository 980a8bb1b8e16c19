"""A level word beside a kind of body (县 教育局, 区 民政局, 县教育局: session 36, issue 16). The level names a set of
issuers; a report of the set holds it by its issuer, whatever its text (a county-level city's bureau never writes 县),
the kind's own reports come first among the set's, and the notes say what the list holds. The bodies are made up: a
division and a function that no report of the shared corpus names."""
from __future__ import annotations

import pytest

from search.retrieval.issuer_sets import describe, whole_level
from search.retrieval.issuers import concept_of
from search.retrieval.query import parse_query
from tests.conftest import api_search, made_up_report, other_bodies, search, written

REQUESTS = "本年度收到政府信息公开申请8件，均按时答复。"
REPORTS = {
    # A county-level city's education bureau: its text never writes 县.
    "city-level-county-edu.txt": made_up_report("酒泉市敦煌市教育局", 2022, {3: REQUESTS}),
    # A county's government naming its bureau, writing 县 throughout.
    "county-gov.txt": made_up_report("酒泉市金塔县人民政府", 2022, {1: "督促县教育局、县民政局做好政务公开，县政府各部门按时报送。"}),
    # The prefecture's bureau, writing of its counties' bureaus: every word, not of the set.
    "city-edu.txt": made_up_report("酒泉市教育局", 2022, {1: "指导县、区教育局做好政务公开。"}),
    "district-civil.txt": made_up_report("酒泉市肃州区民政局", 2022, {3: REQUESTS}),
    "county-civil.txt": made_up_report("酒泉市瓜州县民政局", 2022, {3: REQUESTS}),
    "city-civil.txt": made_up_report("酒泉市民政局", 2022, {1: "督促县、区民政部门做好低保公示。"}),
    **other_bodies(12),
}


@pytest.fixture(scope="module")
def bodies(indexes):
    return indexes.searcher("level-kind", written(REPORTS))


def agencies(result, n=None):
    return [hit.agency for hit in result.hits[:n]]


def test_the_county_character_names_the_whole_level_and_the_district_one_kind_of_it():
    assert whole_level(concept_of("县")).place_end == "" and describe(concept_of("县")) == "县级机关"
    assert whole_level(concept_of("区")).place_end == "区" and describe(concept_of("区")) == "区级机关"
    assert describe(concept_of("区政府")) == "区级政府" and describe(concept_of("县政府")) == "县级政府"


def test_a_county_level_bureau_holds_the_county_word_by_its_issuer(bodies):
    result = search(bodies, q="县 教育局")
    # The set's bureau before the county government naming one; the prefecture's bureau writing 县 holds every word
    # too, but the set orders the whole list: the count of the full matches says so.
    assert agencies(result, 2) == ["酒泉市敦煌市教育局", "酒泉市金塔县人民政府"]
    assert "酒泉市教育局" in agencies(result)
    assert "“县”按发布机关理解：县级机关发布的报告排在前面。" in result.messages
    assert "只有 3 份报告与“县”“教育局”相符；县级机关发布的报告不论是否完全相符都排在前面。" in result.messages


def test_the_level_typed_before_the_bodys_name_reads_as_typed_apart(bodies):
    assert [s.words for s in parse_query("县教育局").issuer_sets] == [("县",)]
    result = search(bodies, q="县教育局")
    assert agencies(result, 2) == ["酒泉市敦煌市教育局", "酒泉市金塔县人民政府"]
    assert "“县”按发布机关理解：县级机关发布的报告排在前面。" in result.messages
    # Inside a body's name the character is the place's (肃州区民政局 names one body): no set.
    assert parse_query("肃州区民政局").issuer_sets == []


def test_the_district_word_orders_districts_and_says_so(bodies):
    result = search(bodies, q="区 民政局")
    assert agencies(result, 1) == ["酒泉市肃州区民政局"]
    assert "“区”按发布机关理解：区级机关发布的报告排在前面。" in result.messages
    # A county's bureau is no district's and writes no 区: since session 37 no near miss of the set either (as a city's
    # bureau is none of 县教育局: QA 43 F1), so that no report outside the set comes before the set's own.
    assert "酒泉市瓜州县民政局" not in agencies(result)


def test_a_count_of_the_full_matches_says_when_the_sets_looser_reports_come_before_them(bodies):
    # The district's bureau holds 区 but writes no 公示; the prefecture's bureau writes 区 and 公示 and is a 民政局.
    result = search(bodies, q="区 民政局 公示")
    listed = agencies(result)
    assert listed.index("酒泉市肃州区民政局") < listed.index("酒泉市民政局")
    assert "只有 1 份报告与“区”“民政局”“公示”相符；区级机关发布的报告不论是否完全相符都排在前面。" in result.messages
    assert not any(m.endswith("其后是包含其中主要词语的报告。") for m in result.messages)


def test_the_api_lists_and_notes_the_same(indexes):
    client = indexes.app("level-kind", written(REPORTS)).test_client()
    data = api_search(client, "q=县+教育局")
    assert [h["agency"] for h in data["hits"][:2]] == ["酒泉市敦煌市教育局", "酒泉市金塔县人民政府"]
    assert "“县”按发布机关理解：县级机关发布的报告排在前面。" in data["messages"]
    page = client.get("/?q=县+教育局").get_data(as_text=True)
    assert "“县”按发布机关理解：县级机关发布的报告排在前面。" in page and "县级机关发布的报告不论是否完全相符都排在前面" in page
