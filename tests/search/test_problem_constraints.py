"""A problem question beside a place, a year or a body: 浙江 公开内容不全面 lists Zhejiang's admissions
first, 2021年 … that year's. The admissions' order (problems.py) once came after the place's and the
year's (signals.py) and overrode them: a stronger admission elsewhere led, and the page's note said the
place came first. The reports are made up for these tests; none of the queries is in a judged set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import ranked_agencies as agencies, made_up_report as report, written

REPORTS = {
    # Admits the problem at length in Ningxia (the strongest admission of all) ...
    "far.txt": report("中宁县水务局", 2022, {1: "本局主动公开水资源管理信息。",
                                         5: "一是公开内容还不够全面，公开内容不够全面的领域较多，公开内容覆盖不全。"}),
    # ... once, among others, in Zhejiang ...
    "near.txt": report("杭州市西湖区水利局", 2022, {1: "本局主动公开水利工程信息。",
                                              5: "一是信息更新不够及时，二是公开内容还不够全面。"}),
    # ... and praises its own in Zhejiang, where its words are all held but nothing is admitted.
    "praise.txt": report("宁波市鄞州区水利局", 2022, {1: "本局公开内容全面，公开内容涵盖水利工程全部领域，内容全面准确。",
                                                 5: "下一步将继续做好政府信息公开工作。"}),
    # The same admission as the Zhejiang one, a year earlier.
    "earlier.txt": report("海原县水务局", 2021, {1: "本局主动公开水资源管理信息。",
                                             5: "一是信息更新不够及时，二是公开内容还不够全面。"}),
    # A government admitting that its departments disclose by different standards; a department admitting that
    # its own updates are late, naming 部门 as the government's report does.
    "uneven.txt": report("同心县人民政府", 2022, {1: "县政府统筹各部门政务公开工作。",
                                             5: "一是各部门公开标准不统一，工作进展不平衡。"}),
    "late.txt": report("同心县财政局", 2022, {1: "本局主动公开预决算信息，配合各部门做好公开。",
                                          5: "一是本部门信息更新不够及时，公开标准有待规范。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("problem-constraints", written(REPORTS))


def test_the_place_typed_comes_before_a_stronger_admission_elsewhere(idx):
    result = run_search(idx, SearchParams(q="浙江 公开内容不全面"))
    ranked = [h.agency for h in result.hits]
    assert ranked[:2] == ["杭州市西湖区水利局", "宁波市鄞州区水利局"], ranked
    assert result.hits[0].section == 5
    assert any("浙江省的报告排在前面" in m for m in result.messages), result.messages


def test_within_the_place_the_admission_leads_the_praise(idx):
    # Without the place the strongest admission leads; with it, the place's admission leads its praise.
    assert agencies(idx, "公开内容不全面")[0] == "中宁县水务局"
    assert agencies(idx, "浙江 公开内容不全面").index("杭州市西湖区水利局") < agencies(idx, "浙江 公开内容不全面").index(
        "宁波市鄞州区水利局")


def test_the_year_typed_comes_before_a_stronger_admission_of_another_year(idx):
    result = run_search(idx, SearchParams(q="2021年 公开内容不全面"))
    assert result.hits[0].agency == "海原县水务局" and result.hits[0].year == 2021
    assert not any("较宽松" in m for m in result.messages), result.messages
    # Outside the year, the admissions keep their own order.
    rest = [h.agency for h in result.hits[1:]]
    assert rest.index("中宁县水务局") < rest.index("宁波市鄞州区水利局"), rest


def test_a_set_whose_members_differ_is_the_problems_subject_not_the_issuers_asked(idx):
    # 各部门各搞一套: the departments differ among themselves, which the government over them admits.
    result = run_search(idx, SearchParams(q="各部门各搞一套"))
    assert result.hits[0].agency == "同心县人民政府" and result.hits[0].section == 5, [h.agency for h in result.hits]
    assert not any("按发布机关理解" in m for m in result.messages), result.messages
    # A shortfall of each member on its own (不及时) still asks for the departments' reports.
    late = run_search(idx, SearchParams(q="各部门公开不及时"))
    assert any("按发布机关理解" in m for m in late.messages), late.messages
