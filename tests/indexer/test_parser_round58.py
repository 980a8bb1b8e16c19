"""Round 58's parser classes (docs/parsing.md, "Round 58"): a file-name line naming a government's office without 人民
over the report's own title; two areas joined by a dash in a zone's name; a request's review heading is part 四 alone; a
work summary with its year left blank, an abstract under its label, a site's navigation refused. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.sections import classify_heading
from tests.indexer.made_up import OLD_OPENING, parsed, refusal

# --- A. '某县政府办公室…报告.docx' over '某县人民政府办公室 2022 年…报告': the title's fuller name -------------------

FILE_NAME_OVER_TITLE = [
    "东山县政府办公室2022年政府信息公开工作年度报告.docx",
    "东山县人民政府办公室 2022 年政府信息公开工作年度报告 (2023 年 1 月) 本报告依据《中华人民共和国政府信息公开条例》"
    "要求编制而成。报告中所列数据的统计期限自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止。如对本报告有疑问,请与"
    "东山县人民政府办公室联系。 一、总体情况 2022 年,我办进一步深入贯彻《条例》,全年主动公开政府信息 120 条。",
]


def test_a_file_name_line_without_renmin_gives_way_to_the_title_below():
    assert parsed(FILE_NAME_OVER_TITLE).agency == "东山县人民政府办公室"


def test_a_file_name_line_of_another_body_is_still_not_merged():
    # (a different body's name, not the same one without 人民: the first title stands, as before)
    lines = ["东山县财政局2022年政府信息公开工作年度报告.docx", *FILE_NAME_OVER_TITLE[1:]]
    assert parsed(lines).agency == "东山县财政局"


# --- B. '某山—某湖风景名胜区管委会': two areas joined by a dash name one body ------------------------------------

JOINED = [
    "青石山—白云湖风景名胜区管委会2009年度信息公开工作年度报告",
    "青石山—白云湖风景名胜区管委会2009年度信息公开工作年度报告根据《中华人民共和国政府信息公开条例》规定进行编制。",
    "一、概述",
    "2009年，我委认真贯彻《条例》，全年主动公开政府信息85条。",
]


def test_a_dash_joining_two_areas_before_a_scenic_area_is_kept_in_the_name():
    assert parsed(JOINED).agency == "青石山—白云湖风景名胜区管委会"


@pytest.mark.parametrize("site", ["首页", "东山县政府", "东山在线", "东山之窗", "东山门户"])
def test_a_site_name_before_a_dash_is_still_cut_off(site):
    # (a portal's or a site's name is no place: '东山县政府—' joins no area to the zone)
    lines = [f"{site}—白云湖风景名胜区管委会2009年度信息公开工作年度报告", *JOINED[2:]]
    assert parsed(lines).agency == "白云湖风景名胜区管委会"


# --- C. '五、因依申请公开引起行政复议及行政诉讼情况' is part 四 alone (the review, not the request) -----------------

def test_a_review_a_request_led_to_is_part_four():
    report = parsed([
        *OLD_OPENING,
        "三、依申请公开和不予公开情况",
        "2018年，我局无依申请公开情况。",
        "四、政府信息公开收费及减免情况",
        "无收费。",
        "五、因依申请公开引起行政复议及行政诉讼情况",
        "无行政复议及行政诉讼。",
        "六、政府信息公开存在的问题与改进思路",
        "公开形式不够丰富。",
    ])
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("heading", ["五、因政府信息公开申请引起的行政复议、行政诉讼情况", "五、因信息公开申请产生的行政复议和诉讼"])
def test_a_review_a_request_led_to_is_part_four_whichever_words_lead_to_it(heading):
    assert classify_heading(heading)[0] == 4


# --- D. not reports: a model work summary, an abstract, a site's navigation ---------------------------------------

def test_a_work_summary_with_its_year_left_blank_is_refused():
    reason = refusal([
        "某某室2022年度政务信息公开工作总结.doc 下载本文档",
        "20_年,某某室按照条例要求推进政务信息公开,全年完成了各项公开任务。一、完善制度,落实责任。公开工作列入年度考核,"
        "每月检查栏目更新。",
    ])
    assert reason and "model work summary" in reason


def test_a_work_summary_telling_its_year_is_kept():
    assert refusal([
        "东山县统计局2022年度政务信息公开工作总结",
        "2022年,我局按照条例要求推进政务信息公开,全年主动公开政府信息58条,完成了各项公开任务。",
        "一、完善制度,落实责任",
        "我局明确政务信息公开工作为一把手工作。",
    ]) is None


def test_an_abstract_under_its_label_alone_is_refused():
    reason = refusal([
        "摘要",
        "本文以十个城市2015-2017年度的政府信息公开年度报告为样本,比较主动公开条数与答复期限的变化。",
        "全文",
    ])
    assert reason and "article" in reason


def test_a_sites_navigation_is_refused():
    reason = refusal(["首页政务公开机构职能政策文件县民政局信息公开目录社会救助养老服务"])
    assert reason and "navigation" in reason


def test_a_short_account_of_the_year_is_still_kept():
    assert refusal(["2020年，我局政府信息公开工作稳步推进，全年主动公开政府信息36条。"]) is None


MENU = ["首页", "政务公开", "机构职能", "政策文件", "信息公开目录", "社会救助", "养老服务", "互动交流", "办事服务", "网站地图",
        "联系我们", "领导信息", "规划计划", "财政信息", "人事信息", "应急管理", "公共服务", "政策解读", "通知公告", "工作动态"]


def test_a_report_below_twenty_menu_lines_is_kept():
    # (the menu fills the first twenty lines the kinds read; the report's title and its year come after them)
    report = parsed([*MENU, "东山县民政局2020年政府信息公开工作年度报告",
                     "2020年，我局认真贯彻《条例》，全年主动公开政府信息36条。"])
    assert (report.agency, report.year) == ("东山县民政局", 2020)


def test_a_short_report_writing_its_year_in_numerals_is_kept():
    report = parsed(["东山县民政局二〇二〇年政府信息公开工作年度报告", "一、总体情况", "二〇二〇年我局主动公开政府信息三十六条"])
    assert (report.agency, report.year) == ("东山县民政局", 2020)
