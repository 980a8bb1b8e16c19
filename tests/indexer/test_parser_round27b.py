"""Classes round 27b's pages, sampled by how a report names itself and where it is published, showed
(docs/parsing.md, "Round 27b"). Every text here is made up; the names are invented."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_year
from tests.indexer.made_up import parsed as parse, refusal


# --- the year: last year's report, published during the year, is no title of this one --------------

PUBLISHED = ["公开发布《青岚市统计局2021年政府信息公开工作年度报告》，并在政务新媒体同步推送。",
             "发布了《青岚市统计局2021年政府信息公开工作年度报告》，全年公开信息36条。",
             "按时公开了《青岚市统计局2021年政府信息公开工作年度报告》。",
             "印发了《青岚市统计局2021年政府信息公开工作年度报告》。"]


@pytest.mark.parametrize("told", PUBLISHED)
def test_a_report_published_during_the_year_gives_no_year(told):
    text = "根据《条例》有关规定，编制本报告。2022年，青岚市统计局坚持依法公开。二是做好主动公开。" + told
    assert lead_in_year(text) is None


@pytest.mark.parametrize("told", PUBLISHED[:2])
def test_the_page_reads_the_year_it_reports_on(told):
    report = parse(["根据《中华人民共和国政府信息公开条例》有关规定，编制本报告。", "一、总体情况",
                    "2022年，青岚市统计局坚持以人民为中心，深入推进政府信息公开工作。",
                    "一是完善工作机制。二是做好主动公开。" + told, "二、主动公开政府信息情况", "详见下表。"])
    assert report.year == 2022


@pytest.mark.parametrize("lead, year", [
    ("根据《条例》规定，现公布《北山县民政局2020年政府信息公开工作年度报告》。", 2020),
    ("根据《条例》规定，现向社会公开发布《北山县民政局2020年政府信息公开工作年度报告》。", 2020),
    ("根据《条例》规定，特公开发布《北山县民政局2020年政府信息公开工作年度报告》。", 2020),
    ("按照要求，编制《青石镇2019年政府信息公开工作年度报告》。", 2019),
    ("按时公布2010年区政府信息公开工作年度报告。", None),  # (the older past-release rule, unchanged)
])
def test_a_lead_in_publishing_its_own_report_still_gives_the_year(lead, year):
    assert lead_in_year(lead) == year


# --- the report decision: writing about reports is not a report ---------------------------------------------

ARTICLE = [
    ["基层政务公开的若干问题", "2021-05-10 09:12 张某 李某", "某某学刊 2021年5期", "关键词:信息公开年报",
     "摘 要:年报是观察政务公开的窗口。本研究抽取2009-2019年的300份年报，比较了主动公开与依申请公开的变化。"],
    ["论文全文阅读", "自2009年以来，某区围绕透明政府建设，拓展政府信息公开渠道，公开内容逐年丰富。"],
    ["政府信息公开年度报告制度的实施与完善", "[摘 要]政府信息公开工作年度报告是监督机制的一部分。",
     "[关键词]政府信息公开;年度报告;知情权", "一、问题的提出", "2008年实施的《条例》将年度报告规定为保障监督机制。"],
    ["内容提要：本文通过对2012年度各省政府信息公开年度报告的统计，分析主动公开和依申请公开情况。",
     "关键词：信息公开；年度报告", "一、总体情况", "2012年，各省主动公开政府信息数量增长。"],
]


@pytest.mark.parametrize("lines", ARTICLE)
def test_an_article_about_reports_is_refused(lines):
    assert refusal(lines) is not None


@pytest.mark.parametrize("title", ["2018年度政务公开优秀年报出炉", "2019年度政府信息公開年度報告出爐",
                                   "2020年政府信息公开年报专题上线", "全省政府信息公开年度报告集中亮相"])
def test_a_headline_about_reports_is_refused(title):
    assert refusal([title, "2019-05-20 10:00 来源：某某网", "本月，2018年度年报专栏开通，各地政府信息公开年报"
                    "集中亮相，读者为喜爱的年报投票。"]) is not None


@pytest.mark.parametrize("title", ["2017年度信息公开第三方评估报告", "2019年度政务公开第三方评估报告"])
def test_an_evaluation_report_is_refused(title):
    assert refusal([title, "受委托，项目组对各省2014年政府信息公开工作进行了评估，主动公开政府信息情况较好。",
                    "一、评估方法和对象", "（一）评估原则"]) is not None


KEPT = [
    # a report whose page has a search box and keeps its own title
    ["请输入关键词", "搜索", "青石镇2020年政府信息公开工作年度报告", "根据《条例》规定，现公布本报告。", "一、总体情况",
     "2020年，青石镇主动公开政府信息36条。", "二、主动公开政府信息情况"],
    # a report that names an evaluation among its year's work ('在上年度政务公开评估中位列前列')
    ["北山省人民政府办公厅2023年政府信息公开工作年度报告", "一、总体情况",
     "2023年，北山省人民政府办公厅深入推进政务公开，在上年度政务公开评估中位列前列。", "（一）主动公开"],
    # a report published on a news site under its own title
    ["青岚县2019年政府信息公开工作年度报告", "2020-03-20 来源：某某新闻网", "根据《条例》规定，现公布青岚县2019年"
     "政府信息公开工作年度报告。", "一、总体情况", "2019年，青岚县主动公开政府信息1200条。"],
    # a year's summary opening with a keywords-like label is still a report by its own title line
    ["东山县民政局2018年政府信息公开工作年度报告", "关键字：年报", "一、概述", "2018年，我局主动公开信息45条。"],
]


@pytest.mark.parametrize("lines", KEPT)
def test_reports_near_these_forms_are_kept(lines):
    assert refusal(lines) is None


ABOUT_REPORTS = [
    ["年报发布已进入第十个年头。各级行政机关按期公布年度报告，读者可在专栏中查阅。",
     "2018年政府信息公开年度报告展示专栏 来源：某某网",
     "与往年相比，今年的年报更重数据，截至2019年3月31日，某某网汇集了80家单位的年度报告。"],
    ["年度报告是各机关向公众交代公开工作的载体。观察者统计，2019年多数单位已按时发布年度报告。",
     "年报的写法越来越统一，不少年报配上了图表，政务公开的透明度继续提高。"],
]


@pytest.mark.parametrize("lines", ABOUT_REPORTS)
def test_writing_about_the_reports_themselves_is_refused(lines):
    assert refusal(lines) is not None


@pytest.mark.parametrize("lines", [
    # a page starting inside a report: the body speaks of its year, naming its reports
    ["2020年，青石镇认真贯彻《条例》，按时发布2019年度政府信息公开工作年度报告，年报全文在门户网站公开。",
     "全年主动公开政府信息36条，在年度报告中公开了依申请公开情况。"],
    ["我局按要求编制年度报告并及时公开，年报数据经过审核，年度报告全文可在网站下载。", "全年主动公开政府信息45条。"],
])
def test_a_body_telling_its_year_and_naming_its_reports_is_kept(lines):
    assert refusal(lines) is None


def test_a_report_whose_title_wrapped_is_kept_under_its_part_heading():
    assert refusal(["青石新区某某街道办事处2021年度政府", "信息公开工作年度报告",
                    "依照《条例》和《关于做好年度报告工作的通知》要求，编写《青石新区某某街道办事处2021年度政府信息公开工作"
                    "年度报告》。统计期限为2021年1月1日至2021年12月31日。", "一、总体情况",
                    "（一）主动公开。全年某某街道主动公开各类信息95条。"]) is None


def test_a_lead_in_naming_its_own_report_keeps_a_page_without_headings():
    assert refusal(["发布时间：2022-02-10 来源：某某分局", "按照《条例》和《…年度报告格式》的要求，结合本单位工作实际，编制了青石县"
                    "生态环境分局2021年度政府信息公开工作年度报告。", "（一）主动公开。年报按时完成。"]) is None
