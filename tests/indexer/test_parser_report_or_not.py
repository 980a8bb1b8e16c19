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
    # the same text without its address is still a body's account of its year of disclosure work: kept, with a doubt
    # (round 23: never lose a report; it was refused before)
    for address in (None, "https://wiki.example.tw/wiki/" + quote("東山縣概況")):
        report = parse_document(Document(lines, "txt"), "x.txt", address)
        assert report.year == 2013 and any("只凭正文所述一年的政府信息公开工作" in w for w in report.warnings)
    # a text of that shape on another subject keeps nothing, whatever its address names
    other = ["工作開展情況", "2013年，東山縣深入推進旅遊發展，接待遊客百萬人次。", "加強組織領導。"]
    with pytest.raises(UnreadableFile):
        parse_lines(other)
    with pytest.raises(UnreadableFile):
        parse_document(Document(other, "txt"), "x.txt", "https://wiki.example.tw/wiki/" + quote("東山縣概況"))


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


# --- round 23: openings a crawl cut, and what else talks about disclosure work --------------------------------

@pytest.mark.parametrize("lines", [
    # a body's year told in its own voice, no title, no heading (the page lost both)
    ["2021年，我局认真贯彻落实《条例》，不断健全政府信息公开工作机制。", "（一）加强组织领导", "局主要负责人亲自抓政务公开工作。"],
    # no voice: the body named, one figure of the year's disclosure
    ["（一）主动公开。北山市档案馆围绕中心工作做好信息发布。至2020年底，在门户网站公开各类政府信息85条。"],
    # one paragraph of part 1 cut from both ends, no year: disclosure named twice
    ["障工作有序推进，由办公室负责政府信息公开的审核和发布。", "（二）积极做好依申请公开，依法依规答复。"],
    # traditional script
    ["2022年，我鎮通過公開欄和網站主動公開政務信息64條，持續做好政府信息公開工作。"],
])
def test_an_opening_that_is_one_bodys_year_of_disclosure_work_is_kept_with_a_doubt(lines):
    report = parse_lines(lines)
    assert report.sections == [] and any("全文按一段正文收录" in w for w in report.warnings)


def test_a_breadcrumb_naming_the_reports_column_is_no_title():
    # a statistical communiqué under a column called 政府信息公开年报: the column's name does not make it a report
    lines = ["首页 > 政务公开 > 政府信息公开年报", "字号：大 中 小 | 打印 | 关闭",
             "2022年，全县各项事业平稳发展。", "一、综 合", "全年全县地区生产总值达到98.6亿元，同比增长4.1%。"]
    with pytest.raises(UnreadableFile):
        parse_lines(lines)


@pytest.mark.parametrize("lines", [
    # a notice whose title wraps after 年度报告 (its first line read as a title)
    ["北山市人民政府办公室关于做好2025年政府信息公开工作年度报告", "编制和发布工作的通知", "各县区人民政府，市政府各部门：",
     "为做好2025年年度报告编写，现就有关事项通知如下：", "一、把握报告内容。总体情况从主动公开、依申请公开等方面写明。"],
    # a notice on another yearly statement, under the column's breadcrumb
    ["当前位置：首页 > 政务公开 > 通知公告", "北山市人民政府办公室关于做好政府网站年度报表发布工作的通知", "各县区人民政府：",
     "现将报表发布有关事项通知如下：", "一、对象和内容", "各级政府网站要编制发布年度报表，主要包括信息发布、政务公开等情况。"],
    # a compilation of work summaries on a model-essay site
    ["2023年街道政务公开工作总结汇编（9篇）", "目录", "1.2023年度西山街道政务公开工作总结 2", "2023年度西山街道政务公开工作总结",
     "2023年，我街道扎实推进政务公开，现将全年工作情况总结如下：", "一、压实工作责任", "街道明确专人负责信息发布。"],
    # news of a meeting: a title, then a day without its year
    ["北山区召开2024年度政务公开年报编写培训会", "发布时间：2025-02-04", "为做好年报编写，2月3日上午，区政府办召开培训会，"
     "逐项讲解总体情况、主动公开政府信息情况等六个部分的写法。"],
    ["为抓好政务公开各项任务，6月12日，我委召开政务公开工作调度会，各处室负责同志参加。",
     "会议强调，要严格落实政府信息发布审核。"],
    # a guide for applicants: what the applicant does, no year
    ["如何提交申请", "申请人可通过当面递交、邮寄或网上平台提交政府信息公开申请，并如实填写《政府信息公开申请表》。",
     "二、答复方式", "对已主动公开的信息，告知申请人查找的途径。"],
    ["一、网上申请", "第一步：登录平台", "进入政府信息公开平台的申请栏目。", "第二步：填写表单",
     "写明所需政府信息的名称或文号。", "第三步：提交并保存查询码"],
    # rules: what shall be done, no year
    ["依申请公开办理", "收到的申请能当场答复的，应当当场答复；其余的，应当在规定期限内书面答复。",
     "（一）可以公开的，应当按申请人要求的形式提供；", "（二）不能公开的，应当说明理由。"],
    # a notice issuing a regulation in articles
    ["北山省人民政府办公厅关于印发《北山省政府信息公开工作年度报告制度》的通知", "第一条 为总结政府信息公开工作，制定本制度。",
     "第二条 年度报告由各机关于每年一月底前报送。", "第三条 年度报告应当写明全年的公开数量。"],
])
def test_other_kinds_of_text_about_disclosure_are_refused(lines):
    with pytest.raises(UnreadableFile):
        parse_lines(lines)


@pytest.mark.parametrize("lines", [
    ["北山市2023年政府工作报告", "各位代表：受市人民政府委托，向大会报告政府工作。", "一、2023年工作回顾", "全市地区生产总值增长5%。"],
    ["2022年北山市档案馆部门决算", "目录", "第一部分：概况", "一、主要职责", "（一）负责全市档案的收集和政务公开资料的保管。"],
    # a lead-in naming another kind of annual report, disclosure nowhere
    ["日前，北山市司法局印发《法治政府建设年度报告编写提纲》，明确各单位报告的结构。",
     "各单位于每年二月报送上一年度法治政府建设情况。"],
])
def test_other_yearly_documents_are_refused(lines):
    with pytest.raises(UnreadableFile):
        parse_lines(lines)


@pytest.mark.parametrize("lines", [
    # a report's own title may say 关于, and a dated work summary under a body's name may be its report
    ["东山县人民政府关于2019年度政府信息公开工作年度报告", "2019年，我县认真贯彻落实《条例》，主动公开政府信息1200条。"],
    ["2010年度东山县水务局", "政府信息公开工作总结", "2010年，我局按照《条例》的规定，扎实推进政府信息公开工作。"],
    # the part-2 table's row labels are no regulation's articles
    ["一、总体情况", "2020年，我局主动公开政府信息36条。", "二、主动公开政府信息情况", "第二十条第(一)项", "规章 | 0 | 0 | 0",
     "第二十条第(五)项", "行政许可 | 12", "第二十条第(六)项", "行政处罚 | 3"],
])
def test_reports_that_look_like_other_kinds_are_kept(lines):
    report = parse_lines(lines)
    assert report.sections or any("全文按一段正文收录" in w for w in report.warnings)


def test_a_report_listing_its_guide_among_what_it_disclosed_is_no_guide():
    # round 23: a line naming 公开指南 among the kinds disclosed, or a sub-heading on the guide, is no guide's title
    for line in ("（二）公开的信息类别：工作动态、人事信息、公开指南", "（三）公开指南和公开目录的更新情况"):
        report = parse_lines(["（一）加强组织领导", "我局调整了政府信息公开领导小组。", line, "2020年，我局主动公开政府信息52条。"])
        assert report.year == 2020


def test_template_headings_naming_the_subject_by_active_disclosure_are_kept():
    # round 23: '一、总体情况' over '（一）主动公开。' under the page's chrome: 信息公开 nowhere, 主动公开 says the subject
    report = parse_lines(["发布时间：2024-02-06 09:15 来源：东山县林业局", "一、总体情况", "（一）主动公开。"])
    assert [s.number for s in report.sections] == [1]
