"""A word inside a place's name is no mention of it: 海关 (customs) inside 山海关区, 城市 inside 丰城市,
龙江 inside 黑龙江省. The reports are made up for these tests; none of the queries is in the judged
relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, written

REPORTS = {
    "street.txt": made_up_report("秦皇岛市山海关区南关街道办事处", 2023, {1: "街道办事处做好辖区政务公开。"}),
    "customs.txt": made_up_report("中华人民共和国石家庄海关", 2023, {1: "本关做好进出口政策公开。"}),
    "city.txt": made_up_report("丰城市人民政府", 2023, {1: "公开乡村振兴项目信息。"}),
    "urban.txt": made_up_report("新余市城市管理局", 2023, {1: "公开城市道路养护信息。"}),
    "forest.txt": made_up_report("黑龙江省林业和草原局", 2023, {1: "公开森林防火信息。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("place-parts", written(REPORTS))


def listed(searcher, q: str) -> list[str]:
    return [h.agency for h in run_search(searcher, SearchParams(q=q)).hits]


def test_a_body_s_word_inside_a_place_s_name_finds_no_report_of_that_place(idx):
    assert listed(idx, "海关") == ["中华人民共和国石家庄海关"]
    assert listed(idx, "城市") == ["新余市城市管理局"]
    assert "黑龙江省林业和草原局" not in listed(idx, "龙江")


def test_the_place_is_still_found_by_its_own_name(idx):
    assert listed(idx, "山海关") == ["秦皇岛市山海关区南关街道办事处"]
    assert listed(idx, "山海关区") == ["秦皇岛市山海关区南关街道办事处"]
    assert listed(idx, "黑龙江 森林防火") == ["黑龙江省林业和草原局"]
    assert listed(idx, "丰城市 乡村振兴")[0] == "丰城市人民政府"
