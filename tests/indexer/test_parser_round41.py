"""Round 41's classes (docs/parsing.md, "Round 41 — the fresh batches' misses"): the misses of two fresh batches
(every year and province, no title line, traditional script, spam; central bodies and provinces' first-template
reports), each fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.model import Document, Table, UnreadableFile
from indexer.parser import parse_document
from indexer.titles import read_title

LEAD = ("本年度报告根据《中华人民共和国政府信息公开条例》的要求，由市政府办公厅综合各区人民政府和市政府各部门的"
        "政府信息公开年度报告编制而成。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况等。本年度报告中所列"
        "数据的统计期限从2010年1月1日到12月31日止。如对本年度报告有任何疑问，请与北山市人民政府办公厅联系。")
BODY = ["一、概述", "2010年，本市各级政府部门认真贯彻《条例》，主动公开政府信息12000条。",
        "二、主动公开政府信息情况", "全年主动公开政府信息12000条。"]


def parsed(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


# --- a site's menu, written as a list, above a lead-in: no cover line ------------------------------------------------

@pytest.mark.parametrize("menu", [
    ["- 政策解读", "- 经济发展", "- 社会发展", "- 项目中心"],
    ["• 首页", "• 新闻动态", "• 服务中心"],
    ["* 首页", "* 通知公告", "* 办事大厅"],
])
def test_a_menu_written_as_a_list_is_no_cover_line(menu):
    report = parsed([*menu, LEAD, *BODY])
    assert report.agency == "市政府办公厅"


def test_a_cover_line_alone_above_a_lead_in_still_names_the_issuer():
    report = parsed(["北山市统计局", "2011年3月", "本报告根据《条例》要求编制。全文包括概述、主动公开政府信息情况等。"
                     "本报告中所列数据的统计期限从2010年1月1日到12月31日止。", *BODY])
    assert report.agency == "北山市统计局"


def test_a_cover_line_below_a_menu_still_names_the_issuer():
    report = parsed(["- 首页", "- 新闻动态", "- 服务中心", "北山市统计局", "2011年3月",
                     "本报告根据《条例》要求编制。全文包括概述、主动公开政府信息情况等。"
                     "本报告中所列数据的统计期限从2010年1月1日到12月31日止。", *BODY])
    assert report.agency == "北山市统计局"


# --- a page control's label above a title that names its body: no half of the name -------------------------------------

@pytest.mark.parametrize("above, title, agency", [
    ("主题颜色", "林监总局2014年政府信息公开工作年度报告", "林监总局"),
    ("字体大小", "山检总局2013年政府信息公开工作年度报告", "山检总局"),
    ("打印本页", "北山市民政局2013年政府信息公开工作年度报告", "北山市民政局"),
])
def test_a_control_label_above_a_whole_title_is_not_joined(above, title, agency):
    assert read_title([above, title]).agency == agency


@pytest.mark.parametrize("lines, agency", [
    # a name wrapped mid-word, its first piece opening with its place: joined as before
    (["北山市青石区统计管", "理局2017年政府信息公开工作年度报告"], "北山市青石区统计管理局"),
    (["北山市市场监督", "管理局2018年政府信息公开工作年度报告"], "北山市市场监督管理局"),
])
def test_a_name_wrapped_mid_word_is_still_joined(lines, agency):
    assert read_title(lines).agency == agency


def test_a_central_body_under_a_control_label_is_central():
    # the page writes the body alone as 总局 (its alias), never its short name again: corroboration cut the label and
    # the short name's first half with it, and the level came from the contact's district
    lead = ("本报告根据《中华人民共和国政府信息公开条例》的规定，由国家林业安全监督管理总局人事司（宣教办）编制。本报告总结了"
            "2014年度国家林业安全监督管理总局及国家林场监察局（以下统称总局）面向社会公众发布信息的情况。全文包括信息公开"
            "工作总体情况、主动公开信息情况等四部分。")
    report = parsed(["主题颜色", "林监总局2014年政府信息公开工作年度报告", lead,
                     "本报告所列统计数据的期限自2014年1月1日起，至2014年12月31日止。如对本报告有任何疑问，请与人事司联系"
                     "（地址：北京市东城区某某街21号）。", "一、信息公开工作总体情况。",
                     "2014年总局认真贯彻《条例》，主动公开政府信息1200条。", "二、主动公开信息情况。", "总局全年主动公开信息1200条。"])
    assert (report.agency, report.level) == ("林监总局", "central")


# --- a 公告 carrying the report, in a metadata table's row with empty cells after it --------------------------------

def _metadata_page(rows):
    return Document([Table(rows), "教办厅〔2017〕2号",
                     "本年度报告是根据《条例》要求，由中华人民共和国某某部编制。全文内容包括概述、政府信息主动公开情况等。",
                     *BODY], "html")


@pytest.mark.parametrize("rows", [
    [["信息名称:", "某某部办公厅关于2016年某某部政府信息公开工作年度报告的公告", "", "", "", ""],
     ["生成日期:", "2017-03-30", "发文机构:", "某某部办公厅", "", ""]],
    [["标题:", "某某部办公厅关于2016年某某部政府信息公开工作年度报告的公告", ""]],
])
def test_a_carried_title_in_a_table_row_with_empty_cells_names_the_report_s_body(rows):
    report = parse_document(_metadata_page(rows), "x.html")
    assert (report.agency, report.year, report.level) == ("某某部", 2016, "central")


def test_a_carried_title_in_a_table_row_without_empty_cells_is_read_as_before():
    rows = [["信息名称:", "某某部办公厅关于2016年某某部政府信息公开工作年度报告的公告"]]
    report = parse_document(_metadata_page(rows), "x.html")
    assert (report.agency, report.year, report.level) == ("某某部", 2016, "central")


# --- a lead-in naming the body in full and, later, by its level word alone ---------------------------------------------

@pytest.mark.parametrize("lead, agency", [
    ("根据《条例》的要求，现公布青石镇人民政府办公室2009年政府信息公开工作年度报告。本报告由概述等六部分组成，"
     "内容涵盖镇政府办公室2009年1月1日至12月31日期间的政府信息公开工作情况。", "青石镇人民政府办公室"),
    ("根据《条例》的要求，现公布北山县民政局2012年政府信息公开工作年度报告。本报告由概述等五部分组成，"
     "内容涵盖县民政局2012年1月1日至12月31日期间的政府信息公开工作情况。", "北山县民政局"),
    ("根據《條例》的要求，現公布青石鎮人民政府辦公室2009年政府信息公開工作年度報告。本報告由概述等六部分組成，"
     "內容涵蓋鎮政府辦公室2009年1月1日至12月31日期間的政府信息公開工作情況。", "青石鎮人民政府辦公室"),
])
def test_a_short_form_in_a_lead_in_gives_way_to_its_full_name_there(lead, agency):
    assert lead_in_issuer(lead) == agency


@pytest.mark.parametrize("lead, agency", [
    # the short form the only name: kept as written
    ("本报告内容涵盖镇政府办公室2009年1月1日至12月31日期间的政府信息公开工作情况。", "镇政府办公室"),
    # another body's full name later (a cited report): the short form's reading stands
    ("本报告内容涵盖县民政局2012年1月1日至12月31日期间的政府信息公开工作情况，参照了现公布北山县教育局2012年政府信息公开"
     "工作年度报告。", "县民政局"),
])
def test_a_short_form_with_no_full_name_of_its_own_stays(lead, agency):
    assert lead_in_issuer(lead) == agency


# --- an explainer headline on a report: a page about it, not the report ------------------------------------------------

EXPLAINED = ["一、工作概况", "2017年，北山省民政厅高度重视政府信息公开工作，主动公开政府信息1200条。",
             "（一）加强领导。厅党组多次召开会议研究政务公开工作。"]


@pytest.mark.parametrize("headline", [
    "2017 年度北山省民政厅政府信息公开工作报告:内容、数据与联系方式全解析",
    "北山省民政厅2017年政府信息公开工作年度报告：一文读懂",
    "北山省民政厅2017年政府信息公开工作年度报告全解析",
    "北山省民政厅2017年政府信息公开工作年度报告——要点详解",
])
def test_an_explainer_headline_on_a_report_is_refused(headline):
    with pytest.raises(UnreadableFile):
        parsed([headline, "2024-09-24", *EXPLAINED])


@pytest.mark.parametrize("headline", [
    "北山省民政厅2017年政府信息公开工作年度报告",
    "北山省民政厅2017年政府信息公开工作年度报告（全文）",
    "北山省民政厅2017年政府信息公开工作年度报告：附统计表",
])
def test_a_report_under_its_own_title_is_kept(headline):
    report = parsed([headline, "2018-03-24", *EXPLAINED])
    assert report.year == 2017


# --- a central administration written alone by its kind ('以下统称总局', '总局认真…') -------------------------------------

def test_spam_before_a_central_administration_is_still_cut():
    from indexer.corroboration import corroborated_name, page_key
    from indexer.issuer import agency_name
    page = "鸿运娱乐林监总局2014年…报告。2014年林监总局认真贯彻《条例》。总局全年公开信息1200条。"
    assert corroborated_name("鸿运娱乐林监总局", page_key(page), agency_name) == ("林监总局", "鸿运娱乐")
