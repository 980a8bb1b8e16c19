"""One character typed alone (characters.py): read as the indexed words holding it, places left out.
The reports are made up for these tests; none of them and none of the queries is in the judged
relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, ranked_agencies as agencies, written

REPORTS = {
    "grain.txt": made_up_report("甲县粮食和物资储备局", 2021, {1: "做好粮食收购、粮食安全和储备粮轮换信息公开，公开粮食收购价格12条。"}),
    "subsidy.txt": made_up_report("乙县民政局", 2021, {1: "公开低保、特困供养和粮食补贴发放信息。"}),
    "forest.txt": made_up_report("丙县林业局", 2021, {1: "公开林业项目、森林防火和林长制信息。"}),
    "jilin.txt": made_up_report("吉林省民政厅", 2021, {1: "吉林省民政厅公开社会救助信息。"}),
    "other.txt": made_up_report("丁县财政局", 2021, {1: "公开预算决算信息。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("characters", written(REPORTS))


def test_a_character_no_report_holds_as_a_word_finds_the_words_holding_it(idx):
    assert agencies(idx, "粮") == ["甲县粮食和物资储备局", "乙县民政局"]
    result = run_search(idx, SearchParams(q="粮"))
    assert any("粮食" in note and "“粮”" in note for note in result.messages)


def test_a_word_naming_a_place_is_not_read_for_its_character(idx):
    got = agencies(idx, "林")
    assert got[0] == "丙县林业局" and "吉林省民政厅" not in got


def test_a_character_typed_apart_beside_a_name_is_read_too(idx):
    # 粮 民政局: the character is an item of its own, read as its words; the body's name still decides.
    assert agencies(idx, "粮 民政局")[0] == "乙县民政局"
