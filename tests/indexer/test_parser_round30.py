"""Round 30's class, found on pages sampled by the template's era and the issuer's level (docs/parsing.md, "Round 30"):
a provincial government's office named by its level word alone ('自治区人民政府办公厅', '省政府办公厅') whose opening
names its province in full only in a sentence ('某某自治区2018年…报告由…汇总编制', '2017年，某某省各级行政机关…'), with no
cited document, site, postcode or area code to place it. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address=address)


def province(report):
    return (report.region or {}).get("province")


@pytest.mark.parametrize("named, office", [
    ("宁夏回族自治区", "自治区人民政府办公厅"),
    ("广西壮族自治区", "自治区政府办公厅"),
    ("江西省", "省人民政府办公厅"),
    ("黑龙江省", "省政府办公厅"),
    ("江西省", "省人民政府办公室"),
])
def test_the_province_a_subject_names_places_its_office(named, office):
    report = parse([
        f"本报告由{office}在汇总所属市县和各部门报告后编写，统计时段为2018年1月1日至2018年12月31日。",
        "一、概述",
        f"2018年，{named}坚持依法公开，各项工作有序推进。",
    ])
    assert (report.agency, report.level, province(report)) == (office, "province", named)


def test_the_province_whose_governments_act_places_its_office():
    report = parse([
        "本报告由省人民政府办公厅汇总各市、各部门政府信息公开工作情况编制而成。本报告所列数据统计期限自2015年1月1日至2015年12月31日。",
        "一、概述",
        "2015年，江西省各级行政机关认真贯彻落实条例，政务公开工作取得新进展。",
    ])
    assert province(report) == "江西省"


@pytest.mark.parametrize("office, body", [
    ("省人民政府办公厅", "2016年，江西省与湖南省开展政务公开交流。"),  # two provinces: neither
    ("自治区人民政府办公厅", "2016年，江西省各级行政机关认真贯彻落实条例。"),  # a province is no 自治区
    ("省政府办公厅", "2016年，我省各级行政机关认真贯彻落实条例。"),  # 我省 names none
])
def test_what_names_no_one_province_places_nothing(office, body):
    report = parse([f"本报告由{office}编制。统计期限为2016年1月1日至12月31日。", "一、概述", body])
    assert (report.agency, report.level, province(report)) == (office, "province", None)


def test_a_city_office_is_still_left_to_what_names_it():
    # a bare 市's office is never placed by the places its text mentions (two bodies would merge): unchanged
    report = parse([
        "本报告由市人民政府办公室汇总全市情况编制而成。统计期限为2014年1月1日至12月31日。",
        "一、概述",
        "2014年，江西省南昌市各级行政机关认真贯彻落实条例。",
    ])
    assert (report.agency, province(report)) == ("市人民政府办公室", None)


def test_a_department_named_with_its_province_keeps_it():
    report = parse([
        "湖南省财政厅2016年政府信息公开工作年度报告",
        "本报告由湖南省财政厅编制。统计期限为2016年1月1日至12月31日。",
        "一、概述",
        "2016年，我厅与江西省财政厅开展交流。",
    ])
    assert (report.agency, province(report)) == ("湖南省财政厅", "湖南省")


# --- a first-era report calling itself the year's summary -------------------------------------------------------------

@pytest.mark.parametrize("lead, year", [
    ("现将青石县住建局政务公开2010年工作总结和2011年工作安排报告如下：", 2010),  # the summed-up year, not the plan's
    ("现将我局政府信息公开2011年工作总结如下：", 2011),
    ("根据县政府办公室要求，现将本单位政务公开2012年度工作总结报告如下：", 2012),
    ("现将本局政府信息公开工作2013年总结和2014年计划报告如下。", 2013),
])
def test_the_year_a_summary_sums_up(lead, year):
    report = parse([lead, "一、主要工作", "我局认真贯彻条例，次年将继续推进公开工作。", "二、下一年工作安排", "进一步加强公开。"])
    assert report.year == year


@pytest.mark.parametrize("lines, year", [
    (["本报告统计期限为2022年1月1日至2022年12月31日。按照政务公开2023年工作要点，我局将继续推进。",
      "一、总体情况", "2022年，我局主动公开信息20条。"], 2022),  # a plan's year is no summary's
    (["根据《关于报送政务公开2018年工作总结的通知》要求，本报告统计期限为2019年1月1日至2019年12月31日。",
      "一、总体情况", "2019年，我局主动公开信息30条。"], 2019),  # a summary named in a cited notice
])
def test_other_years_near_a_summary_stay(lines, year):
    assert parse(lines).year == year


# --- news of a report's release under a headline naming the body and the report -------------------------------------

NEWS = [
    "青石省发布2016年政府信息公开工作年度报告",
    "2017-04-02 09:30 来源: 青石晚报",
    "15日，青石省人民政府向社会发布2016年政府信息公开工作年度报告，并配发了一图读懂。",
    "报告显示，去年全省共有各类公开信息四十余万条，依申请公开办理量较前一年有所上升。",
]


def test_news_of_a_report_is_refused():
    with pytest.raises(UnreadableFile, match="news of that report"):
        parse(NEWS)


def test_news_told_by_a_reporter_is_refused():
    with pytest.raises(UnreadableFile):
        parse(["青石市公布2019年度政府信息公开年报", "来源：青石新闻网 责任编辑：王某",
               "记者从青石市政务公开办获悉，青石市2019年度政府信息公开年报日前正式上网。据介绍，年报共分六个部分。",
               "年报显示，2019年全年新收政府信息公开申请120件。"])


@pytest.mark.parametrize("lines", [
    # the report itself reposted under the headline: its lead-in and period, its part headings
    ["青石县发布2019年政府信息公开工作年度报告", "来源：青石县人民政府",
     "根据《中华人民共和国政府信息公开条例》，现公布青石县2019年政府信息公开工作年度报告。本报告统计期限自2019年1月1日至2019年12月31日。",
     "一、总体情况", "2019年，青石县认真贯彻落实条例。报告显示的数据均来自各部门。"],
    ["青石市发布2020年政府信息公开工作年度报告",
     "27日，青石市人民政府发布2020年政府信息公开工作年度报告，全文如下：",
     "一、总体情况", "2020年，青石市坚持以公开为常态。", "二、主动公开政府信息情况", "全年主动公开信息300条。"],
    ["青石省发布2016年政府信息公开工作年度报告",
     "本报告根据《条例》编制，统计期限为2016年1月1日至2016年12月31日。报告显示的各项数据以省政府办公厅汇总为准。"],
])
def test_a_report_under_such_a_headline_is_kept(lines):
    assert parse(lines).year is not None


# --- a report's Chinese opening followed by its English translation; sets of bodies named in a lead-in ----------------

ENGLISH = ("Translated version. The city government office wrote this summary of last year's openness work from what "
           "each county and each bureau sent in, with figures on information published on its own initiative, on "
           "requests received and answered, and on appeals and lawsuits brought. ") * 3


def test_a_report_followed_by_its_translation_is_kept():
    report = parse([
        "本报告在汇总2017年度青石市各县区人民政府、市政府各部门政府信息公开工作年度报告后编写。",
        "统计时段：2017年1月1日至2017年12月31日。",
        ENGLISH,
    ])
    assert report.year == 2017
    assert report.agency is None or "各" not in report.agency  # the sets of bodies it sums up are not its issuer


@pytest.mark.parametrize("lines", [
    ["# Nianbao", ENGLISH, "The parser reads `本报告由某某局编制` as a lead-in and `一、总体情况` as part 1."],
    [ENGLISH, ENGLISH, "本报告统计期限为2019年1月1日至12月31日。"],  # English first: a Chinese line later makes no report
])
def test_documentation_is_still_refused(lines):
    with pytest.raises(UnreadableFile, match="documentation"):
        parse(lines)


def test_a_name_holding_each_of_a_kind_is_a_set():
    report = parse(["本报告在汇总青石县各乡镇人民政府、县政府各部门2016年度政府信息公开工作年度报告的基础上编制。"
                    "统计期限自2016年1月1日至2016年12月31日。", "一、概述", "2016年，全县认真贯彻条例。"])
    assert report.agency is None or "各" not in report.agency


# --- a table of contents ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["一、评估说明 3", "(一)评估依据 3", "(二)评估范围 4", "(三)评估内容 7", "(四)评估方式 12", "二、评估结果 15",
     "(一)主要做法 15", "(二)不足之处 21", "三、改进建议 26"],
    ["目录", "一 基本情况……1", "二 主动公开情况……3", "三 依申请公开情况……7", "四 复议诉讼情况……9", "五 存在问题……10",
     "六 其他事项……12"],  # the template's own headings, each with its page
])
def test_a_table_of_contents_is_refused(lines):
    with pytest.raises(UnreadableFile, match="table of contents"):
        parse(lines)


@pytest.mark.parametrize("lines", [
    ["青石县民政局2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我局主动公开信息30条。", "二、主动公开政府信息情况",
     "规章 0", "规范性文件 1", "行政许可 12", "行政处罚 3", "行政强制 0", "行政事业性收费 0", "政府集中采购 5"],
    ["一、总体情况", "2019年，青石镇主动公开信息。其中：", "机构职能 5", "政策文件 12", "工作动态 30", "财政信息 4",
     "人事信息 2", "其他 1", "二、依申请公开情况", "全年收到申请2件。"],
])
def test_counts_ending_a_report_s_lines_are_no_contents(lines):
    assert parse(lines).year is not None


def test_a_township_whose_name_holds_各_is_one_body():
    from indexer.issuer import agency_name
    assert agency_name("仙居县下各镇人民政府") == "仙居县下各镇人民政府"
    assert agency_name("壤塘县上杨各乡人民政府") == "壤塘县上杨各乡人民政府"
    assert agency_name("某某市各区县人民政府") is None
