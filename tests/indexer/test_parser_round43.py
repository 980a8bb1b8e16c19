"""Round 43's classes (docs/parsing.md, "Round 43 — the fresh batches' misses"): the misses of two fresh batches
(vertically managed and unusual bodies; long excerpts, pre-2019 chapters), each fixed as a shape with made-up
neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.places import locate
from tests.indexer.made_up import refusal


# --- an area's disclosure leading group's office compiling the area's report: that office, as written (A3) --------

GROUP_OFFICES = [
    ("本报告是根据《条例》要求，由青山区政务公开工作领导小组办公室编制。报告全文包括总体情况等六大部分。",
     "青山区政务公开工作领导小组办公室"),
    ("本报告根据《条例》和年度报告格式要求，由北河旗政务公开领导小组办公室编制。报告内容主要包括总体情况等。",
     "北河旗政务公开领导小组办公室"),
    ("本报告由西山县政府信息公开工作领导小组办公室编制，全文包括概述等部分。", "西山县政府信息公开工作领导小组办公室"),
]


@pytest.mark.parametrize("text,name", GROUP_OFFICES)
def test_an_areas_leading_group_office_compiling_is_named_as_written(text, name):
    assert lead_in_issuer(text) == name


GROUP_NEIGHBOURS = [
    # a department's group office compiles the department's report: the department (as before)
    ("本报告由东州市民政局政务公开工作领导小组办公室编制，全文包括总体情况等六大部分。", "东州市民政局"),
    # a government's own office, as before
    ("本报告由西山县人民政府办公室编制，全文包括概述等部分。", "西山县人民政府办公室"),
]


@pytest.mark.parametrize("text,name", GROUP_NEIGHBOURS)
def test_a_departments_group_office_still_gives_the_department(text, name):
    assert lead_in_issuer(text) == name


# --- a banking regulator's branch named after its city by the short form: the city's level -----------------------

@pytest.mark.parametrize("name", ["镇江银监分局", "鎮江銀監分局", "常州银保监分局", "徐州金融监管分局"])
def test_a_regulators_branch_named_after_a_city_is_that_citys(name):
    place = locate(name)
    assert place.level == "city" and place.province == "江苏省"


@pytest.mark.parametrize("name", ["宿迁公安局分局办公室", "银监分局"])
def test_no_short_form_reading_without_the_branch_word_or_place(name):
    place = locate(name)
    assert place.province is None


# --- 我市 on the site of a county-level city: that city's report, a county's ---------------------------------------

def test_our_city_on_a_county_level_citys_site_is_a_county():
    place = locate(None, ["www.emeishan.gov.cn"], self_word="市")
    assert place.level == "county" and place.province == "四川省"


def test_our_city_on_a_prefectures_site_stays_a_city():
    place = locate(None, ["www.leshan.gov.cn"], self_word="市")
    assert place.level == "city" and place.province == "四川省"


# --- non-reports: a self-inspection run into one line, a statistics form, a letter on how to fill reports --------

NON_REPORTS = [
    # a self-inspection report whose title runs into its salutation and first sentence on one line
    ["某某局 2025 年政务公开工作自查报告 市政府办: 为全面推动政务公开工作,根据市政府办《关于印发 2025 年政务公开"
     "绩效评估工作方案的通知》的要求,现将我局自检自查情况报告如下: 一、政府信息主动公开工作情况 (一)2025 年,我局"
     "共公开、发布各类信息共 806 条。 二、政策解读情况 我局建立了政策解读制度。 三、服务公开情况 推行一件事一次办。"],
    # a blank statistics form: cover fields and empty indicator rows
    ["附件3", "东州市政府信息公开情况统计报表", "年", "月", "01 单位名称:", "填 报 人:", "报出日期: 年 月 日",
     "指 标 名 称 | 计量单位 | 代码 | 本期实际 | 本年累计", "主动公开信息数 | 条 | 01 | |", "申请总数 | 条 | 10 | |",
     "行政复议数 | 件 | 30 | |", "2020年起,各单位按季度填报本表,全年政府信息公开工作情况另行报告。"],
    # a document site's page titled as a statistics table over an unrelated article
    ["2018年度政府信息公开情况统计表", "- 格式:doc", "- 文档页数:7",
     "政务服务督查情况统计表模板一、背景介绍统计表模板是一种用于收集和整理政务服务情况的工具,可以帮助政府了解政务公开的整体情况。",
     "二、统计表模板的设定各级政府应定期进行统计表的填报与汇总工作,2018年起按季度进行政务公开工作统计。"],
    # a letter answering how to count lawsuits in the reports
    ["索引号 | 000000/2017-00150 | 公开方式 | 主动公开 |", "发布机构 | 东州市财政局 | 组配分类 | 政府信息公开制度 |",
     "某某办公室关于政府信息公开年度报告有关项目填报问题的解释", "发布日期:2020-09-10",
     "东州市人民政府办公厅:", "你厅来函收悉。经研究,现答复如下:",
     "应当在政府信息公开年度报告发布的行政诉讼案件数量,是因政府信息公开申请提起行政诉讼的情况。据此,对于共同被告的案件,"
     "只计算原行为主体的案件数量。", "某某办公室", "2016年9月1日"],
]


@pytest.mark.parametrize("lines", NON_REPORTS)
def test_a_self_inspection_a_form_or_a_letter_on_reports_is_refused(lines):
    assert refusal(lines) is not None


KEPT = [
    # a report whose part 1 tells of a self-inspection it carried out
    ["东山县民政局2020年政府信息公开工作年度报告", "一、总体情况",
     "2020年，我局开展政务公开自查，现将有关情况报告如下：全年主动公开政府信息45条。", "二、主动公开政府信息情况"],
    # a report page whose title names its statistics table, with the table's figures read
    ["东山县2018年政府信息公开情况统计表", "主动公开政府信息数 | 条 | 120", "其中：主动公开规范性文件数 | 条 | 3",
     "受理政府信息公开申请总数 | 件 | 5", "其中：1.当面申请数 | 件 | 2", "2.网上申请数 | 件 | 3",
     "对申请的答复总数 | 件 | 5", "其中：1.同意公开答复数 | 件 | 4"],
    # a notice issuing a report (kept as before)
    ["关于印发东山县2019年政府信息公开工作年度报告的通知", "一、总体情况",
     "2019年，东山县主动公开政府信息120条。", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"],
]


@pytest.mark.parametrize("lines", KEPT)
def test_reports_near_those_kinds_are_kept(lines):
    assert refusal(lines) is None


# (review of session 20) The form rule read a report's own table heading as a form's title: a page 2 whose layout hid
# the table, opening on its numbered heading or its attachment line, or a table page telling the year's figures.
TABLE_PAGES = [
    ["三、政府信息公开情况统计表", "主动公开政府信息 120 条 受理申请 5 件 同意公开 4 件",
     "四、存在的主要问题及改进措施", "一是公开内容不够全面。"],
    ["附件：2020年度政府信息公开情况统计表", "主动公开政府信息数 120 条", "依申请公开 5 件",
     "2020年，我局认真贯彻落实《条例》，全年主动公开政府信息120条。", "全年共收到政府信息公开申请5件，均已按时答复。"],
    ["2020年度政府信息公开情况统计表", "2020年，本局主动公开政府信息120条，收到政府信息公开申请5件。",
     "未发生行政复议和行政诉讼。"],
]


@pytest.mark.parametrize("lines", TABLE_PAGES)
def test_a_reports_table_heading_is_no_forms_title(lines):
    assert refusal(lines) is None
