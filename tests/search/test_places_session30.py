"""Session 30 (2026-12-07): a report whose region the parser leaves unread because its township's name is borne in two
provinces (and its text names neither) is found by a place typed in a query as either province, and ranks with the
place's reports. The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from indexer.possible_places import possible_provinces
from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

REQUESTS = {3: "本年度收到依申请公开申请3件，均在法定期限内答复。"}
REPORTS = {
    **other_bodies(12),
    # 万田乡: one in 江西, one in 浙江 (indexer/data/townships.tsv); the text names neither.
    "two-provinces.txt": made_up_report("万田乡人民政府", 2022, REQUESTS),
    # 城关镇: in many provinces, so it places nothing.
    "many-provinces.txt": made_up_report("城关镇人民政府", 2022, REQUESTS),
    # Reports known to be in 江西, so that the place's own reports come first.
    "jiangxi-1.txt": made_up_report("江西省民政厅", 2022, {3: "本年度收到依申请公开申请5件。"}),
    "jiangxi-2.txt": made_up_report("江西省水利厅", 2022, {2: "主动公开规范性文件4件。"}),
    "hunan.txt": made_up_report("湖南省民政厅", 2022, REQUESTS),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("places_session30", written(REPORTS))


@pytest.mark.parametrize("agency, region, provinces", [
    ("万田乡人民政府", {"province": None}, {"江西省", "浙江省"}),
    ("万田乡", None, {"江西省", "浙江省"}),
    ("朝阳区民政局", {"province": None}, {"北京市", "吉林省"}),  # a county's name borne in two provinces
    ("万田乡人民政府", {"province": "江西省"}, set()),  # read: nothing to add
    ("城关镇人民政府", {"province": None}, set()),  # borne in many provinces: a common name
    ("鼓楼区财政局", {"province": None}, set()),  # four 鼓楼区 in three provinces
    ("某某工业园区管委会", {"province": None}, set()),
    (None, {"province": None}, set()),
])
def test_the_provinces_an_unread_region_may_be(agency, region, provinces):
    assert set(possible_provinces(agency, region)) == provinces


def _agencies(searcher, q):
    return [h.agency for h in run_search(searcher, SearchParams(q=q, per_page=20)).hits]


@pytest.mark.parametrize("q", ["江西 依申请公开", "浙江 依申请公开"])
def test_a_township_of_two_provinces_ranks_with_either_place(idx, q):
    agencies = _agencies(idx, q)
    # With the place's reports holding every word: before the reports of other places, and before a report of the
    # place lacking a word (江西省水利厅); before, it lacked the place and came after all of them.
    later = [a for a in ("湖南省民政厅", "城关镇人民政府", "江西省水利厅") if a in agencies]
    assert later and all(agencies.index("万田乡人民政府") < agencies.index(a) for a in later)


def test_another_province_does_not_take_it(idx):
    agencies = _agencies(idx, "湖南 依申请公开")
    assert agencies[0] == "湖南省民政厅"
    assert "万田乡人民政府" not in agencies or agencies.index("万田乡人民政府") > agencies.index("湖南省民政厅")


def test_the_region_stays_unread_in_the_filters(idx):
    hits = run_search(idx, SearchParams(q="依申请公开", province=("江西省",), per_page=20)).hits
    assert "万田乡人民政府" not in [h.agency for h in hits]
