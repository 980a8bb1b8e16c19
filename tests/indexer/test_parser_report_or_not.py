"""A genuine report is never refused; what clearly is not one is. Made-up examples of both, in the
shapes a crawl of a 政务公开 column brings in (docs/parsing.md, "Not a report?")."""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document


def parse_lines(lines, meta=None):
    return parse_document(Document(list(lines), "txt", meta=meta or {}), "x.txt")


# --- reports, however they look ------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    # Title with pre-2019 parts: 基本工作情况 is no template title.
    ["东山县水利局2019年政府信息公开工作年度报告", "一、基本工作情况", "x。", "二、主动公开政府信息情况", "x。"],
    # Only part 一, statistics in prose.
    ["东山县水利局2019年政府信息公开工作年度报告", "一、概述", "全年主动公开信息25条，收到申请3件，均已答复。"],
    # No title: a lead-in that says what it is.
    ["依据《条例》，结合我委2022年度政府信息公开工作有关统计数据撰写本报告。", "一、总体情况", "2022年，我委认真落实《条例》。"],
    # Traditional script with pinyin glosses.
    ["本報(bào)告根據(jù)《條例》編製。", "一、總體情況", "2015年，本局認真貫徹《條例》。"],
    # Page 2 of a paginated article: part 二 only, no title, no lead-in.
    ["- 政策解读", "|", "二、主动公开政府信息的情况", "各政府机关按照《条例》规定，主动公开政府信息。", "2011年新增主动公开政府信息5301条。"],
    # No part heading at all, but the text calls itself a report.
    ["东山区南关街道办事处2024年政府信息公开工作年度报告", "2024年，我街道认真贯彻落实政府信息公开的决策部署。",
     "（一）主动公开", "本年度主动公开各类政府信息318条。"],
    # Only the lead-in of a page cut before its first heading: '…工作报告如下'.
    ["开展政府信息公开工作以来，我局逐步建立健全各项公开制度。现将我局2014年度政府信息公开工作报告如下："],
    # A cover letter (函) carrying the report.
    ["某某省生态环境厅关于报送2020年政府信息公开工作年度报告的函", "省政府办公厅：", "现报送我厅2020年政府信息公开工作年度报告。",
     "附件：某某省生态环境厅2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我厅不断规范政府信息公开工作。"],
])
def test_genuine_reports_are_kept(lines):
    report = parse_lines(lines)
    assert report.sections or any("全文按一段正文收录" in w for w in report.warnings)


def test_report_with_headings_only_is_kept_with_a_doubt():
    report = parse_lines(["一、政府信息公开基础工作", "（一）加强领导", "我局高度重视政府信息公开工作。"])
    assert [s.number for s in report.sections] == [1]
    assert "这份文件没有年度报告的标题，也没有说明自己是年度报告，只凭部分标题和内容按年度报告收录，请核对。" in report.warnings


# --- what clearly is not one -----------------------------------------------------------------------

def refusal(lines, meta=None) -> str:
    with pytest.raises(UnreadableFile) as err:
        parse_lines(lines, meta)
    return str(err.value)


def test_notice_about_compiling_reports_is_refused():
    reason = refusal(["关于做好2021年政府信息公开工作年度报告编制发布工作的通知", "各县市区人民政府，市直各单位：",
                      "为规范做好2021年政府信息公开工作年度报告的编制和发布工作，现就有关事项通知如下：",
                      "一、准确领会，认真部署", "年报是法定制度安排。", "二、按时报送，及时公布", "市直单位于2022年1月26日前提交年报。"])
    assert reason.startswith("not an annual report: a notice about annual reports")


def test_template_circular_quoting_the_parts_is_refused():
    reason = refusal(["国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
                      "各省、自治区、直辖市人民政府办公厅：", "一、报告内容", "（一）总体情况。", "这一项报告本机关政府信息公开工作总体情况。",
                      "（二）主动公开政府信息情况。", "这一项报告主动公开情况。", "（三）收到和处理政府信息公开申请情况。", "按表格填报。"])
    assert reason.startswith("not an annual report: a notice about annual reports")


def test_regulation_listing_the_parts_is_refused():
    reason = refusal(["第一条 为促进政府信息公开，依据《条例》制定本制度。", "第四条 年度报告主要包括以下内容",
                      "一、行政机关主动公开政府信息的情况", "二、行政机关依申请公开政府信息和不予公开政府信息的情况",
                      "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "五、政府信息公开工作存在的主要问题及改进情况"])
    assert reason == "not an annual report: no report title, reporting year or statistics table: it calls itself “本制度”"


def test_guide_is_refused_by_its_title():
    reason = refusal(["为了更好地提供政府信息公开服务，编制本指南。", "一、主动公开", "（一）公开的主要内容。", "二、依申请公开", "（一）受理机构。"],
                     {"h1": "东山区人民政府政府信息公开指南"})
    assert reason.startswith("not an annual report: its title is “东山区人民政府政府信息公开指南”")


def test_link_list_is_refused():
    titles = [f"东山县{body}{year}年政府信息公开工作年度报告" for body in ("民政局", "财政局", "水利局") for year in (2019, 2020)]
    assert refusal(["政府信息公开年报", *titles]).startswith("not an annual report: a list of 6 report titles")


def test_data_file_quoting_titles_and_headings_is_refused():
    lines = [json.dumps({"file": f"{i}.txt", "agency": "东山县民政局", "notes": "title 东山县民政局2019年政府信息公开工作年度报告; "
                         "本报告 headings 一、总体情况 二、主动公开政府信息情况"}, ensure_ascii=False) for i in range(5)]
    assert refusal(lines).startswith("not an annual report: no report title, reporting year or statistics table: a data file")


@pytest.mark.parametrize("title", ["政府信息公开工作年度报告范文", "乡镇政府信息公开年度报告模板", "信息公开工作年度报告（范本）",
                                   "政府信息公开工作年度报告写作样本"])
def test_a_model_text_with_its_years_left_blank_is_refused(title):
    # A forum's or a document site's model essay: the parts, a body named by its level words only, no year.
    reason = refusal([title, "本年度报告是根据《条例》要求，由市区编制。如对本年度报告有任何疑问，请联系区政府办公室。",
                      "一、概述", "根据《规定》要求，年", "5月1日起，本区开始开展政府信息公开工作。截至年底，运行正常。",
                      "二、主动公开政府信息情况", "本区到年底累计主动公开政府信息", "5928", "条。"])
    assert reason == f"not an annual report: its title is “{title}”: a model text with no reporting year, not an agency's report"


@pytest.mark.parametrize("title", ["东山县2023年政务公开工作要点", "东山县政务公开工作实施方案", "东山县水利局2023年政府信息公开工作计划"])
def test_a_plan_of_work_is_refused_by_its_title(title):
    reason = refusal([title, "为深入贯彻落实《条例》，现就2023年政务公开工作安排如下。", "一、围绕重点领域深化公开", "（一）加强财政信息公开。",
                      "二、加强政策解读", "（一）做好解读。"])
    assert reason == f"not an annual report: its title is “{title}”: a plan of work, not a report"


@pytest.mark.parametrize("lines", [
    # An account of how the plan was carried out, or a report that names the plan, is kept.
    ["东山县2022年政务公开工作要点落实情况", "一、总体情况", "2022年，我县认真落实工作要点。", "二、主动公开政府信息情况"],
    ["东山县2023年政务公开工作要点", "东山县水利局2022年政府信息公开工作年度报告", "一、总体情况", "2022年，我局认真落实《条例》。"],
])
def test_accounts_naming_a_plan_are_kept(lines):
    assert parse_lines(lines).sections


@pytest.mark.parametrize("lines", [
    # A document site's copy of a real report titled as a 范文 keeps it: its year and issuer are there.
    ["2019年东山县民政局政府信息公开工作年度报告范文", "本报告由东山县民政局编制。", "一、总体情况", "2019年，我局认真落实《条例》。"],
    # A report that says it followed the template ('按照年度报告模板编制') is a report.
    ["根据《条例》，按照年度报告模板编制本报告。", "一、总体情况", "2021年，我局认真落实《条例》。", "二、主动公开政府信息情况"],
])
def test_reports_that_mention_a_model_are_kept(lines):
    assert parse_lines(lines).sections


def test_text_without_parts_or_self_reference_is_refused():
    assert refusal(["会议通知", "定于下周一召开全体职工大会，请准时参加。"]) == \
        "not an annual report: none of the template's parts (一、总体情况 …) found"


@pytest.mark.parametrize("title", ["东山县民政局2020年政府信息公开工作情况", "2020年度东山县民政局政府信息公开",
                                   "东山县民政局关于2020年政府信息公开工作情况的说明"])
def test_an_account_of_a_years_disclosure_without_parts_is_kept_with_a_doubt(title):
    # no 报告 in its title, no part heading: a year's disclosure work accounted for all the same
    report = parse_lines([title, "2020年，我局认真贯彻落实《条例》，全年主动公开政府信息120条，未收到政府信息公开申请。"])
    assert report.year == 2020 and report.sections == []
    assert any(w.startswith("这份文件没有年度报告的标题") and "全文按一段正文收录" in w for w in report.warnings)
    # a news item on the same work is no account of it
    assert refusal(["东山县民政局召开2020年政府信息公开工作会议", "会议要求各股室认真落实《条例》，做好公开工作。"]).endswith(
        "none of the template's parts (一、总体情况 …) found")


def test_report_below_a_link_to_a_notice_is_kept():
    # A page's first lines may list a related notice; the report under it says what it is.
    report = parse_lines(["关于做好2020年度政府信息公开工作年度报告编制工作的通知",
                          "本报告根据《条例》要求编制。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
                          "一、总体情况", "2020年，我局认真落实《条例》。"])
    assert [s.number for s in report.sections] == [1] and report.year == 2020


# --- documentation about reports ------------------------------------------------------------------

def test_a_readme_in_english_that_mentions_reports_is_refused():
    reason = refusal(["# Annual report reader",
                      "Reads Chinese government information-disclosure annual reports (政府信息公开工作年度报告).",
                      "Every report has six parts (一、总体情况 … 六、其他需要报告的事项) and fixed tables.",
                      "## Usage", "Run the parser on a file and read the JSON it prints: agency, year and parts.",
                      "六、其他需要报告的事项 is the last part; the parser maps older chapters to the nearest part."])
    assert reason == ("not an annual report: no report title, reporting year or statistics table: documentation "
                      "(mostly Latin script or markdown code), not a report")


def test_markdown_notes_quoting_report_wording_as_code_are_refused():
    # Mostly Chinese, but the report's wording stands quoted as code: it is written about, not used.
    reason = refusal(["## 年报的开头", "年报的开头常说 `本报告由某某局编制`，有时写 `现将2020年度工作情况报告如下`。",
                      "部分标题是 `一、总体情况`、`二、主动公开政府信息情况`。", "一、总体情况", "这一部分讲总体情况。"])
    assert "documentation" in reason


@pytest.mark.parametrize("lines", [
    # A page that is only the report's title and links to its files.
    ["东山县水利局2019年政府信息公开工作年度报告", "附件：http://www.example.gov.cn/upload/2020/nianbao-2019.pdf",
     "下载：dongshan-shuili-2019.docx"],
    # A bilingual page: the Chinese title names issuer and year, English prose follows.
    ["东山县外事办公室2021年政府信息公开工作年度报告", "一、总体情况",
     "In 2021 the foreign affairs office published its information as the regulations require, "
     "answered every request within the time limit and trained its staff twice during the year."],
])
def test_reports_with_latin_script_are_kept(lines):
    report = parse_lines(lines)
    assert report.agency in ("东山县水利局", "东山县外事办公室")


def test_a_mirror_page_named_by_the_reports_title_is_a_report():
    # a wiki mirror keeps the title only in its page name; the text has unnumbered chapters of its own
    address = "https://wiki.example.tw/wiki/" + quote("2013年東山縣政府信息公開工作年度報告") + "/123"
    lines = ["工作開展情況", "2013年，東山縣深入推進政府信息公開，主動公開各類信息。", "加強組織領導。", "東山縣保留了政府信息公開領導小組。"]
    report = parse_document(Document(lines, "txt"), "x.txt", address)
    assert (report.agency, report.year) == ("東山縣", 2013)
    assert "没有找到报告任何一部分的标题，全文按一段正文收录。" in report.warnings
    # the same text without its address names no report: refused
    with pytest.raises(UnreadableFile):
        parse_lines(lines)
    # an address naming something else keeps nothing
    with pytest.raises(UnreadableFile):
        parse_document(Document(lines, "txt"), "x.txt", "https://wiki.example.tw/wiki/" + quote("東山縣概況"))


def test_a_page_starting_inside_part_one_is_kept_with_a_doubt():
    # page 2 of a paginated report: the 2021 template's part-1 sub-headings, no title, no part heading
    report = parse_lines(["（三）政府信息管理", "我局严格落实保密审查制度，规范信息发布流程。", "（四）政府信息公开平台建设",
                          "依托门户网站政府信息公开专栏发布信息。", "（五）监督保障", "将政府信息公开工作纳入年度考核。"])
    assert report.sections == [] and any("小标题" in w for w in report.warnings)


def test_one_such_sub_heading_alone_keeps_nothing():
    assert "none of the template's parts" in refusal(["会议通知", "（一）主动公开学习", "各单位参加。"])


def test_a_page_of_report_prose_telling_the_years_figures_is_kept_with_a_doubt():
    # a later page of a report: no title, no heading, but what was disclosed and how many requests came
    report = parse_lines(["2020年，我局认真贯彻落实《条例》，主动公开政府信息36条，未收到政府信息公开申请。",
                          "下一步，我局将进一步加强政府信息公开工作。"])
    assert report.year == 2020 and any("主动公开、依申请公开等情况" in w for w in report.warnings)
    # one such figure alone is not enough: a news item may give one
    assert "none of the template's parts" in refusal(["某某局召开会议", "会议通报全年主动公开政府信息36条。"])


def test_a_page_starting_inside_part_two_of_the_older_template_is_kept_with_a_doubt():
    # a later page of a pre-2019 report: the older template's part-2 sub-headings and the year's count, no heading
    report = parse_lines(["（一）公开的主要内容", "2012年，北山市林业局主动公开政府信息215条，其中规划计划类12条。",
                          "（二）公开形式", "1.门户网站。及时在网站公开文件和工作动态。"])
    assert report.sections == [] and report.agency == "北山市林业局" and report.year == 2012
    assert any("旧格式报告的小标题" in w for w in report.warnings)


@pytest.mark.parametrize("lines", [
    # a guide's own headings, no figure of a year's disclosure
    ["（一）公开的主要内容", "本机关主动公开机构职能、政策文件等信息。", "（二）公开形式", "通过门户网站公开。"],
    # one such sub-heading with a figure: a news item may look so
    ["某某局召开会议", "（一）公开情况", "会议通报全年主动公开政府信息36条。"],
])
def test_older_sub_headings_without_a_years_figure_or_alone_keep_nothing(lines):
    assert "none of the template's parts" in refusal(lines)


def test_an_older_reports_count_under_its_own_sub_heading_is_read_so():
    report = parse_lines(["（二）公开形式", "1.门户网站。", "（三）主动公开政府信息的数量", "2010年共主动公开政府信息120条。"])
    assert report.year == 2010 and any("旧格式报告的小标题" in w for w in report.warnings)


def test_a_page_starting_inside_part_five_is_kept_with_a_doubt():
    # the last page of a paginated report: the problems and what will be done, on the year's disclosure work
    report = parse_lines(["（一）存在的主要问题", "政府信息公开工作还存在公开内容不够丰富等问题。", "（二）改进措施",
                          "下一步，我局将加强政府信息公开工作。"])
    assert report.sections == [] and any("“存在的主要问题”“改进措施”" in w for w in report.warnings)
    # the same sub-headings in minutes on another subject keep nothing
    assert "none of the template's parts" in refusal(["会议纪要", "（一）存在的问题", "道路建设进度慢。", "（二）下一步工作计划", "加快建设。"])


def test_a_page_of_the_statistics_tables_alone_is_kept_with_a_doubt():
    # a later page of a paginated report: the part-3 table's rows, no title, no part heading
    report = parse_lines(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况", "\t自然人\t法人或其他组织\t总计",
                          "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3", "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0"])
    assert report.sections == [] and report.figures["requests_new"] == 3
    assert any("统计表按年度报告的一部分收录" in w for w in report.warnings)


@pytest.mark.parametrize("body", ["xx县供销社", "XX县林业局", "××市档案馆"])
def test_a_model_text_naming_a_placeholder_body_with_its_years_blank_is_refused(body):
    # No 范文 title: the body is a placeholder and every year is left blank ('20政府信息公开度报告', '201月1日至…').
    reason = refusal([f"依照《条例》，现编制{body}20政府信息公开度报告，数据统计时段为201月1日至2012月31日。",
                      "一、概述", "我单位重视政务公开。20，全单位公开工作运行平稳。",
                      "二、主动公开政府信息情况", "20，通过公开目录发布信息15条。"])
    assert reason.startswith(f"not an annual report: its body is named “{body[:3]}”")


@pytest.mark.parametrize("lines", [
    # A placeholder body with a year (a document site's copy with its name masked) is kept.
    ["本年度报告由xx县中医院编制。本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。", "一、概述",
     "2023年，我院高度重视政府信息公开工作。"],
    # A Latin word before the place is no placeholder.
    ["本报告由Box市档案馆编制。", "一、总体情况", "2022年，我馆认真落实《条例》，主动公开政府信息12条。"],
])
def test_reports_with_a_masked_or_latin_name_are_kept(lines):
    assert parse_lines(lines).sections


def test_a_page_of_part_one_telling_the_years_figures_only_is_kept_with_a_doubt():
    # The title is an image: the text starts at part 一, and names its subject only by the year's figures.
    report = parse_lines(["一、总体情况", "2021年，北山县档案馆认真贯彻落实《条例》，主动公开信息36条。", "（一）主动公开",
                          "全年主动公开信息36条。"])
    assert (report.agency, report.year) == ("北山县档案馆", 2021)
    assert any("只凭部分标题和内容" in w for w in report.warnings)
