"""A development zone's 管委会 is its area's government, as /stats counts it (search/agencies/kinds.GOVERNMENT_KINDS): a
query for departments (各部门) ranks it with the governments, after the departments (QA 43 #2: 平潭综合实验区 was
ranked 2nd and 4th among the departments). Made-up reports."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, written

TEXT = "本年度收到政府信息公开申请12件，均按时答复。收到申请数量较上年增加。"
REPORTS = {
    "zone.txt": made_up_report("鹤汀经济开发区管理委员会", 2022, {1: TEXT + TEXT}),
    "zone-office.txt": made_up_report("鹤汀经济开发区管委会办公室", 2022, {1: TEXT + TEXT}),
    "dept.txt": made_up_report("鹤汀县农机服务中心", 2022, {1: TEXT}),
    "dept2.txt": made_up_report("鹤汀县司法局", 2022, {1: TEXT}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("zone-committee", written(REPORTS))


def test_a_zone_committee_follows_the_departments(idx):
    plain = [h.agency for h in run_search(idx, SearchParams(q="收到申请数量")).hits]
    assert set(plain[:2]) == {"鹤汀经济开发区管理委员会", "鹤汀经济开发区管委会办公室"}  # the premise: they lead on words
    asked = [h.agency for h in run_search(idx, SearchParams(q="各部门 收到申请数量")).hits]
    assert set(asked[:2]) == {"鹤汀县农机服务中心", "鹤汀县司法局"}, asked
