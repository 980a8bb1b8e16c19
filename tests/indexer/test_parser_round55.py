"""Round 55's parser classes (docs/parsing.md, "Round 55"): a lead-in's list of the report's chapters read as no part
headings, a provincial standard on compiling the reports refused, and a page's metadata field naming its issuing body
placing a report that names none. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document
from indexer.sections import list_items


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address=address)


def numbers(report):
    return [s.number for s in report.sections]


# --- A. a lead-in's list of the chapters is no part heading ------------------------------------------------------

TITLE = "东山县统计局2017年政府信息公开工作年度报告"
OPENING = "根据《条例》的规定，现向社会公布东山县统计局2017年政府信息公开工作年度报告。"
PART_ONE = ["一、政府信息公开工作的基本情况", "2017年，我局较好地完成了信息公开工作任务。", "（一）工作机构和人员设置情况。",
            "我局的政府信息公开工作由办公室承担。"]


def digit_list(closing="。"):
    return ["本报告包含以下7个部分内容:", "1.政府信息公开工作的基本情况;", "2.推进政务公开各项工作的情况;",
            "3.主动公开政府信息的情况;", "4.依申请公开政府信息和不予公开政府信息的情况;", "5.政府信息公开的收费及减免情况;",
            "6.因政府信息公开申请行政复议、提起行政诉讼的情况;", f"7. 政府信息公开工作存在的主要问题及改进情况{closing}"]


def test_a_digit_numbered_list_of_the_chapters_in_the_lead_in_is_no_parts():
    report = parse([TITLE, OPENING, *digit_list(), "本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。", *PART_ONE])
    assert numbers(report) == [1]
    assert report.sections[0].title == "一、政府信息公开工作的基本情况"


@pytest.mark.parametrize("labels", [("（一）", "（二）", "（三）", "（四）", "（五）", "（六）"),
                                    ("一、", "二、", "三、", "四、", "五、", "六、")])
def test_a_list_of_the_template_parts_closed_by_semicolons_is_no_parts(labels):
    names = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
             "存在的主要问题及改进情况", "其他需要报告的事项"]
    listed = [f"{label}{name}{'。' if k == 5 else '；'}" for k, (label, name) in enumerate(zip(labels, names))]
    lines = ["东山县民政局2020年政府信息公开工作年度报告", "本报告由以下六部分组成：", *listed,
             "一、总体情况", "2020年，东山县民政局认真贯彻《条例》。", "（一）主动公开", "全年主动公开政府信息36条。"]
    assert numbers(parse(lines)) == [1]


def test_a_full_report_under_such_a_list_keeps_its_own_headings():
    lines = [TITLE, OPENING, *digit_list(), "一、概述", "2017年，我局认真贯彻《条例》。", "二、主动公开政府信息情况",
             "全年主动公开信息36条。", "三、依申请公开政府信息情况", "全年未收到申请。", "四、政府信息公开的收费及减免情况", "未收费。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "无。", "六、政府信息公开工作存在的主要问题及改进情况", "仍有不足。"]
    report = parse(lines)
    assert numbers(report) == [1, 2, 3, 4, 5]
    assert all(s.title[0] in "一二三五六" for s in report.sections)


def test_lists_and_headings_told_apart():
    blocks = ["本报告包含以下内容：", "1.总体情况；", "2.主动公开政府信息情况；", "3.其他需要报告的事项。", "一、总体情况",
              # one semicolon is a sentence, not a list; numbers that do not follow on make no list either
              "1.主动公开情况；", "2.依申请公开情况。", "（一）加强领导；", "（三）完善制度；", "（四）强化监督。"]
    assert list_items(blocks) == {1, 2, 3}


def test_one_shi_lists_stay_prose():
    lines = [TITLE, OPENING, "本报告重点说明以下内容：一是总体情况；二是主动公开政府信息情况；三是存在的主要问题及改进情况。",
             *PART_ONE]
    assert numbers(parse(lines)) == [1]


# --- B. a standard on compiling the reports is refused --------------------------------------------------------------

def test_a_provincial_standard_on_compiling_the_reports_is_refused():
    text = ("ICS 01.120 A 00 DB99 东 山 省 地 方 标 准 DB99/T 1234—2019 政府信息公开工作年度报告编制发布规范 2019 - 12 - 30 发布 "
            "东山省市场监督管理局 2020 - 02 - 01 实施 目 次 前 言......II 1 范围......1 2 编制要求......1 前 言 "
            "本标准按照 GB/T 1.1—2009 给出的规则起草。本标准由东山省人民政府办公厅提出。 1 范围 本标准规定了政府信息公开工作"
            "年度报告的编制要求、提交公布、监督考核的要求。 2 编制要求 2.1 年度报告统计时间段为上一年度 1 月 1 日至 12 月 31 日。")
    with pytest.raises(UnreadableFile, match="a standard"):
        parse([text])


def test_a_report_citing_a_standard_is_kept():
    lines = ["东山县民政局2020年政府信息公开工作年度报告",
             "本报告按照《政府信息公开工作年度报告编制发布规范》（DB99/T 1234—2019）的要求编制，本标准规定的各项内容均已列入。",
             "一、总体情况", "2020年，东山县民政局认真贯彻《条例》。", "二、主动公开政府信息情况", "详见下表。"]
    report = parse(lines)
    assert report.agency == "东山县民政局" and numbers(report) == [1, 2]


# --- C. a metadata field naming the issuing body places a report that names none ---------------------------------

FIELD_PAGE = ["- 索 引 号:00000000-2/2021-00001 主题分类:", "- 发文机关:东山县青石镇 成文日期:2021-01-19 08:58",
              "2020年政府信息公开工作年度报告", "一、总体情况",
              "2020年,认真执行《条例》以及市政府关于政府信息公开要求,多渠道进行政府信息公开。",
              "(一)落实责任机制。镇政府信息公开工作领导小组统一组织实施全镇信息公开工作。"]


@pytest.mark.parametrize("address", [None, "https://example.com/gknb/202101/0a1b2c.shtml"])
def test_the_issuing_field_places_a_report_naming_no_body(address):
    report = parse(FIELD_PAGE, address=address)
    assert report.agency is None  # by the pages' convention: the field is the page's, not the report's words
    assert report.level == "township" and report.region["province"] == "福建省"
    assert "网页信息栏中的发布机关“东山县青石镇”" in " ".join(report.warnings)


def test_a_report_naming_its_body_is_not_placed_by_the_field():
    lines = ["- 发文机关:东山县人民政府 成文日期:2021-01-19", "东山县青石镇2020年政府信息公开工作年度报告", *FIELD_PAGE[3:]]
    report = parse(lines)
    assert report.agency == "东山县青石镇" and report.level == "township"


# --- batch 136's classes ------------------------------------------------------------------------------------------

def test_a_legal_basis_going_on_past_a_comma_names_no_subject():
    # the rules the basis names, a province's among them, are no issuer; the county speaks as 我县
    lead = ("根据《中华人民共和国政府信息公开条例》,《福建省政府信息公开工作年度报告制度》和《漳州市政府信息公开工作年度报告制度》"
            "的规定,结合我县实际,对2016年度政府信息公开工作进行了梳理、统计和总结。现将报告如下:")
    report = parse([lead, "一、推进重点领域信息公开情况", "1、推进我县权责清单编制工作情况。我县全面启动清单编制工作。"])
    assert report.agency is None and report.level == "county"


def test_a_statistics_period_the_year_after_the_lead_in_s_year_wins():
    lead = ("根据《条例》的规定,结合我县实际,对2015年度政府信息公开工作进行了梳理、统计和总结。"
            "报告统计期限为2016年1月1日起至2016年12月31日止。现将政府信息公开工作年度报告汇报如下:")
    report = parse([lead, "一、总体情况", "我县认真贯彻《条例》。"])
    assert report.year == 2016
    assert "年份 2016 取自统计期限" in " ".join(report.warnings)


def test_a_lead_in_year_the_period_agrees_with_or_precedes_stays():
    lead = ("特向社会公布2016年度东山县民政局政府信息公开工作年度报告。本报告统计期限为2015年1月1日起至2015年12月31日止。")
    assert parse([lead, "一、总体情况", "我局认真贯彻《条例》。"]).year == 2016


def test_a_title_whose_opening_year_lost_its_nian_names_its_body():
    report = parse(["2009东山县政府信息公开工作年度报告 东山县人民政府 2010年2月20日 引 言 本年度报告根据《条例》要求编制。"])
    assert report.agency == "东山县" and report.year == 2009


def test_a_contact_line_naming_a_street_office_keeps_its_whole_name():
    from indexer.issuer import contact_issuer
    assert contact_issuer("如对本报告有任何疑问,请与东山县青石街道办事处联系(地址:青石路1号)。") == "东山县青石街道办事处"
    assert contact_issuer("请与东山县商务局外资处联系。") == "东山县商务局"


def test_news_of_an_evaluation_s_results_is_refused():
    lines = ["年某省政务公开第三方评估结果揭晓", "◆某市政务公开名列16市首位◆仍存在部分重点领域信息公开深度不足等问题",
             "5月29日,某省办公厅发布某省政务公开第三方评估结果。在16家市中,某市名列第1位。",
             "本次评估对39家省直部门的政务公开工作进行了评估,评估指标包括重点领域信息公开、依申请公开、政策解读与回应关切等。"]
    with pytest.raises(UnreadableFile, match="news about reports"):
        parse(lines)


def test_a_part_numeral_whose_mark_was_mistyped_shi_heads_its_part():
    lines = ["东山县青石乡人民政府", "2021年政府信息公开工作年度报告", "一、总体情况", "2021年,青石乡认真贯彻《条例》。",
             "二、主动公开政府信息情况", "详见下表。", "三是收到和处理政府信息公开申请情况", "详见下表。"]
    assert numbers(parse(lines)) == [1, 2, 3]
