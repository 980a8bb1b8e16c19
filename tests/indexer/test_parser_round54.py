"""Round 54's parser classes (docs/parsing.md, "Round 54"): the statistics period before a year further into part 一, a
lead-in's 我镇 naming its one town, a place and its year opening the first sentence, a title without 政府 and
公开, an older report's 基本情况 chapter under another numeral, part 三's table flattened one cell per line and cut after
row 一, and two kinds of non-report (news of a release under the report's quoted name, a template with masked figures).
Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import sentence_subject
from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document
from indexer.sections import classify_heading
from indexer.self_named import self_named_issuer
from indexer.titles import parse_title


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address=address)


# --- A. year: the statistics period before a year named further into part 一 -------------------------------------

LEAD = ("本年度报告根据《条例》的要求编制，全文包括总体情况、主动公开政府信息情况等六个部分。"
        "本年度报告中所列数据统计期限从2020年1月1日到12月31日止。")


def test_the_statistics_period_wins_over_a_previous_report_released_in_the_year():
    lines = [LEAD, "一、总体情况", "2020年，东山县人民政府办公室坚持以公开为常态，不断提升政务公开水平。",
             "（一）主动公开方面", "按时公开县政府办公室2019年度政府信息公开工作年度报告，集中公开提案办理情况。",
             "二、主动公开政府信息情况", "详见下表。"]
    report = parse(lines)
    assert report.year == 2020
    assert "年份 2020 取自统计期限" in " ".join(report.warnings)


def test_a_year_in_the_lead_in_itself_still_comes_first():
    lines = ["现将东山县民政局2020年度政府信息公开工作年度报告公布如下。本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。",
             "一、总体情况", "2020年，东山县民政局认真贯彻《条例》。", "二、主动公开政府信息情况", "详见下表。"]
    assert parse(lines).year == 2020


@pytest.mark.parametrize("period", ["2020年01月01日至2020年12月31日", "2020年元月1日至12月31日", "2020年1月1号至12月31号",
                                    "2020年1月1日～2020年12月31日", "2020年1月1日~12月31日"])
def test_period_shapes_padded_or_with_a_wave_dash(period):
    lines = [f"本报告所列数据的时间范围为{period}。", "一、总体情况", "我局认真贯彻《条例》，2018年以来持续完善制度。",
             "二、主动公开政府信息情况", "详见下表。"]
    assert parse(lines).year == 2020


# --- B. a lead-in's 我镇 naming its one town -----------------------------------------------------------------------

def test_a_lead_in_calling_itself_our_town_names_the_one_town_it_mentions():
    lead = ("依照《条例》和上级文件（某某办发〔2016〕5号）的要求，我们把公开工作列入议事日程，以公开促进东山镇各项工作再上台阶。"
            "现将我镇2016年度政府信息公开年度报告如下：")
    report = parse([lead, "一、总体工作情况", "（一）建立健全制度", "我镇建立健全了政务公开责任制度。"])
    assert report.agency == "东山镇" and report.level == "township"
    assert "取自报告开头的说明" in " ".join(report.warnings)


def test_the_self_named_body_is_one_of_its_kind_and_not_one_the_body_follows():
    assert self_named_issuer("以公开促进东山镇各项工作，现将我镇2016年度政府信息公开年度报告如下。") == "东山镇"
    # two towns named: nothing to choose between
    assert self_named_issuer("东山镇和白沙镇联合开展培训，现将我镇2016年度政府信息公开年度报告如下。") is None
    # a common word that is also some town's name
    assert self_named_issuer("加快推进中心镇建设，现将我镇2016年度政府信息公开年度报告如下。") is None
    # the topic's 政府 after a town is no part of its name
    assert self_named_issuer("东山镇政府信息公开工作稳步推进，现将我镇2016年度报告如下。") == "东山镇"
    # a department with its place, but not the superior whose requirements it follows
    assert self_named_issuer("为推进东山县统计局各项工作，现将我局2020年度政府信息公开工作报告如下。") == "东山县统计局"
    assert self_named_issuer("按照漳州市统计局的要求，现将我局2020年度政府信息公开工作报告如下。") is None
    assert self_named_issuer("东山县委、县政府高度重视，现将我委2020年度政府信息公开工作报告如下。") is None
    # the contact sentence is the contact line's to read
    assert self_named_issuer("结合我局实际编制本报告。如对本报告有任何疑问，请与东山县财政局办公室联系。") is None
    # no self-reference of that kind: nothing
    assert self_named_issuer("以公开促进东山镇各项工作，现将2016年度政府信息公开年度报告如下。") is None


# --- C. a place, its year and the work opening the first sentence ------------------------------------------------

def test_a_place_then_its_year_then_the_work_opens_a_first_sentence():
    assert sentence_subject("东山县2016年政府信息公开工作，认真贯彻落实《条例》") == "东山县"
    assert sentence_subject("福建省东山县2016年政务公开工作认真贯彻") == "福建省东山县"
    assert sentence_subject("全县2016年政府信息公开工作，认真贯彻") is None
    report = parse(["一、概述", "东山县2016年政府信息公开工作，紧扣全县中心任务稳步推进，公开质量逐步提高。",
                    "（一）主动公开", "我县按季度公开各项信息。"])
    assert (report.agency, report.year) == ("东山县", 2016)


def test_a_mirror_s_page_name_naming_the_government_gives_way_to_the_text_s_own_subject():
    address = "https://wiki.example.org/wiki/东山县人民政府2016年度政府信息公开工作的报告"
    report = parse(["一、概述", "东山县2016年政府信息公开工作，紧扣全县中心任务稳步推进，公开质量逐步提高。",
                    "（一）主动公开", "我县按季度公开各项信息。"], address=address)
    assert report.agency == "东山县"


# --- D. a title without 政府 and 公开 -------------------------------------------------------------------------------

def test_a_title_dropping_government_and_disclosure_is_read_with_its_year():
    lines = ["东山县2014年信息年度报告", "发布时间：", "东山县2014年信息年度报告",
             "本报告根据《条例》编制。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。",
             "一、概述", "东山县大力加强组织领导。"]
    report = parse(lines)
    assert (report.title, report.agency, report.year) == ("东山县2014年信息年度报告", "东山县", 2014)
    # without a year right before it, information in general is no report's title
    assert parse_title("东山县信息年度报告") is None
    assert parse_title("东山县2014年信息化工作年度报告") is None


# --- E. an older report's 基本情况 chapter under another numeral ----------------------------------------------------

def test_basic_situation_is_the_overview_under_any_numeral():
    assert classify_heading("二、政府信息公开基本情况") == (1, 2.0)
    assert classify_heading("二、政府信息公开情况") == (2, 2.0)  # what was disclosed, pre-2019
    lines = ["北岭省2011年度政府信息公开工作报告/全文", "二、政府信息公开基本情况", "（一）主动公开情况。",
             "全年各级行政机关通过网站发布各类信息5000余条。", "（二）依申请公开情况。", "全年办理公民来信申请60件。"]
    assert [s.number for s in parse(lines).sections] == [1]


# --- F. part 三's table one cell per line, cut after row 一 --------------------------------------------------------

def test_row_one_of_a_flattened_request_table_cut_after_it_is_read():
    header = ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    lines = ["东山县青石街道2020年政府信息公开年度报告", "一、总体情况", "2020年，青石街道认真贯彻《条例》。",
             "三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
             *header, "一、本年新收政府信息公开申请数量", *["0"] * 7, "二、上年结转政府信息公"]
    report = parse(lines)
    assert report.figures["requests_new"] == 0
    assert report.figures.get("requests_carried_over") is None


def test_a_header_over_one_short_row_is_still_no_table():
    from indexer.tokens import bare_cells
    lines = ["申请人情况", "自然人", "法人或其他组织", "总计", "一、本年新收政府信息公开申请数量", "0", "0"]
    assert all(isinstance(b, str) for b in bare_cells(lines))


# --- G. non-reports -------------------------------------------------------------------------------------------------

def test_news_of_a_release_under_the_report_s_quoted_name_is_refused():
    lines = ["网站首页 新闻 正文", "《北岭省人民政府办公厅2023年政府信息公开工作年度报告》公布",
             "某某网讯 《北岭省人民政府办公厅2023年政府信息公开工作年度报告》日前发布。",
             "《报告》显示，全年共发布各类公开信息2800条，办理公开申请1500件。"]
    with pytest.raises(UnreadableFile, match="news"):
        parse(lines)
    # the report itself, published under its own words, is kept
    kept = parse(["北岭省人民政府办公厅2023年政府信息公开工作年度报告",
                  "现公布《北岭省人民政府办公厅2023年政府信息公开工作年度报告》。", "一、总体情况", "2023年，本厅主动公开信息2800条。"])
    assert kept.year == 2023


def test_a_template_whose_figures_are_asterisks_is_refused():
    lines = ["一、总体情况", "（一）主动公开", "本乡在网站发布工作动态**条，更新办事指南**个。",
             "全年网上受理群众事项**件，公开完成率***%。",
             "（二）依申请公开", "****年度收到公开申请*件。"]
    with pytest.raises(UnreadableFile, match="placeholders"):
        parse(lines)
    # a report with its year keeps a figure it masked
    kept = parse(["东山镇2021年政府信息公开工作年度报告", "一、总体情况", "全年发布**条信息，办理**件，公示率***%。"])
    assert kept.year == 2021
