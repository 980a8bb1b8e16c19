"""Session 33 (QA 36 #2, #3, #9): short places glued to 政府 typed as alternatives (青海政府 OR 陕西政府), with or
without brackets and beside another word, rank the named places' governments first and the note names every place
typed; 政府 kept as a word of the text weighs as the common word it is. The reports are made up."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

TOPIC = {3: "本年度收到依申请公开申请3件，冰川巡护信息均按时答复。"}
# Another province's government, its text saying 政府 again and again: of the provincial level, but of neither place.
ELSEWHERE = {1: "云南省政府坚持政府主导，政府各部门协同，政府门户网站发布政府信息，政府常务会议研究政府工作。", **TOPIC}
REPORTS = {
    **other_bodies(10),
    "qinghai.txt": made_up_report("青海省人民政府", 2021, TOPIC),
    "shaanxi-county.txt": made_up_report("汉中市南郑区人民政府", 2021, TOPIC),
    "yunnan.txt": made_up_report("云南省人民政府", 2021, ELSEWHERE),
    "neimenggu.txt": made_up_report("内蒙古自治区人民政府", 2021, TOPIC),
    "shaanxi-bureau.txt": made_up_report("汉中市冰川巡护中心", 2021, TOPIC),
    # The bureau asked for beside a place's government (QA 36 #9), elsewhere, and a body of another function whose
    # text repeats 政府.
    "civil.txt": made_up_report("三亚市民政局", 2021, {3: "本年度收到依申请公开申请2件。"}),
    "postal.txt": made_up_report("三亚市邮政管理局", 2021, {1: ELSEWHERE[1], 3: "本年度收到依申请公开申请1件。"}),
}
PLACES = {"青海省人民政府", "汉中市南郑区人民政府", "汉中市冰川巡护中心"}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("place_governments_either", written(REPORTS))


def _search(searcher, q):
    return run_search(searcher, SearchParams(q=q, per_page=20))


@pytest.mark.parametrize("q", ["青海政府 OR 陕西政府", "青海政府 OR 陕西政府 冰川巡护", "冰川巡护 陕西政府 OR 青海政府",
                               "(青海政府 OR 陕西政府)", "(青海政府 OR 陕西政府) 冰川巡护"])
def test_either_places_governments_come_first_beside_another_word_too(idx, q):
    agencies = [h.agency for h in _search(idx, q).hits]
    assert set(agencies[:2]) == {"青海省人民政府", "汉中市南郑区人民政府"}, agencies
    assert agencies.index("云南省人民政府") > 1 if "云南省人民政府" in agencies else True


@pytest.mark.parametrize("q", ["青海政府 OR 陕西政府 冰川巡护", "(青海政府 OR 陕西政府)", "(青海政府 OR 陕西政府) 冰川巡护"])
def test_the_note_names_every_place_typed(idx, q):
    note = next(m for m in _search(idx, q).messages if "按发布机关理解" in m)
    for typed in ("“青海政府”", "“陕西政府”", "青海省", "陕西省"):
        assert typed in note, note
