"""Round 67's parser classes (docs/parsing.md, "Round 67"): a budget's publication naming its year is another kind
of document; a city centre's branch named after a district inside the city sits at the district's level. Every text
here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed, refusal

REST = ["一、总体情况", "（一）主动公开。全年主动公开政府信息58条。", "（二）依申请公开。全年未收到政府信息公开申请。"]
BUDGET = ["发布时间：2025-03-05", "第一部分 预算草案报告",
          "各位代表：", "我受县人民政府委托，向大会报告2024年预算执行情况和2025年预算草案，请予审议。",
          "一、2024年预算执行情况"]


@pytest.mark.parametrize("title", ["东山县2025年政府预算公开", "东山县2024年预算执行情况和2025年预算草案的报告",
                                   "东山县陶艺局2024年部门预算公开"], ids=["publication", "draft's report", "department"])
def test_a_budget_publication_naming_its_year_is_refused(title):
    reason = refusal([title, *BUDGET])
    assert reason and "another kind of document" in reason


@pytest.mark.parametrize("heading", ["（一）部门预算公开", "部门预算公开"], ids=["numbered", "bare"])
def test_a_reports_budget_sub_heading_naming_no_year_is_no_title(heading):
    # a page cut before its title and lead-in: the sub-heading of part 一 is no budget's title
    lines = ["一、总体情况", heading, "全年主动公开政府信息58条，其中预算信息12条。", "（二）依申请公开",
             "全年未收到政府信息公开申请。"]
    assert refusal(lines) is None


def test_a_report_telling_its_budget_publication_keeps_its_title():
    lines = ["东山县陶艺局2024年政府信息公开工作年度报告", "一、总体情况", "2024年部门预算公开",
             "全年主动公开政府信息58条，其中预算信息12条。"]
    assert refusal(lines) is None


@pytest.mark.parametrize("name, level, county", [
    ("泰安市陶艺交易服务中心岱岳分中心", "county", "岱岳区"),  # the branch named after a district of the city
    ("泰安市陶艺交易服务中心", "city", None),  # the centre itself
    ("泰安市陶艺交易服务中心东门分中心", "city", None),  # a branch named after no division: the parent's place
], ids=["district branch", "centre", "other branch"])
def test_a_city_centres_branch_named_after_a_district_sits_there(name, level, county):
    report = parsed([f"{name}2025年政府信息公开工作年度报告", *REST])
    assert (report.agency, report.level, report.region["county"]) == (name, level, county)


@pytest.mark.parametrize("lines", [
    # a numbered sub-heading naming its year
    ["一、总体情况", "（一）2023年预算公开", "全年主动公开政府信息58条，其中预算信息12条。", "（二）依申请公开",
     "全年未收到政府信息公开申请。"],
    # a site's menu line under its first line
    ["首页", "2023年部门预算公开", "一、总体情况", "全年主动公开政府信息58条。", "（二）依申请公开", "全年未收到政府信息公开申请。"],
    # a heading on how the report was compiled and published
    ["一、总体情况", "全年主动公开政府信息58条。", "2023年度报告编制和发布情况", "（二）依申请公开", "全年未收到政府信息公开申请。"],
], ids=["numbered with a year", "menu line", "compiling heading"])
def test_a_report_cut_before_its_title_is_not_refused_for_a_line_below_it(lines):
    # (review 35 #8) the budget and the reports' publication are asked of a page's title and first line only
    assert refusal(lines) is None


def test_a_province_centres_branch_named_after_a_city_sits_at_the_city():
    # (review 35 #13) as a province bureau's 分局 named after a city does
    report = parsed(["山东省陶艺交易中心泰安分中心2025年政府信息公开工作年度报告", *REST])
    assert (report.level, report.region["province"], report.region["city"]) == ("city", "山东省", "泰安市")
