"""Round 38's classes (docs/parsing.md, "Round 38 — the fresh batches' misses"): the misses of two fresh batches
(vertical systems and central departments; the west and north, townships and long place names), each fixed as a
shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import agency_name, lead_in_issuer
from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document
from indexer.sections import classify_heading

LEAD = ("根据《中华人民共和国政府信息公开条例》要求，编制本年度报告。本报告中所列数据的统计期限自2019年1月1日起至"
        "2019年12月31日止。")
BODY = ["一、总体情况", "2019年，我局认真贯彻《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]


def parsed(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


# --- a news headline announcing the report, above the report's own title -------------------------------------------

FULL = "北山县人力资源和社会保障局"


@pytest.mark.parametrize("headline", [
    "北山县人社局2019年政府信息公开工作年度报告发布",
    "北山县人社局2019年政府信息公开工作年度报告正式发布",
    "北山县人社局2019年政府信息公开工作年度报告公布",
    "北山县人社局发布2019年政府信息公开工作年度报告",  # (the verb before the year: added after a probe, round 38)
])
def test_the_report_title_under_a_release_headline_is_the_title(headline):
    report = parsed([headline, "日前，北山县人社局网站发布了年度报告。全文如下。",
                     f"{FULL}2019年政府信息公开工作年度报告", LEAD, *BODY])
    assert (report.agency, report.year) == (FULL, 2019)


def test_a_release_headline_alone_still_names_the_body():
    report = parsed(["北山县人社局2019年政府信息公开工作年度报告发布", LEAD, *BODY])
    assert (report.agency, report.year) == ("北山县人社局", 2019)


def test_a_plain_title_over_a_release_headline_stays_the_title():
    report = parsed([f"{FULL}2019年政府信息公开工作年度报告", "北山县人社局2019年政府信息公开工作年度报告发布", LEAD, *BODY])
    assert report.agency == FULL


# --- a part heading whose numeral lost its 、 ----------------------------------------------------------------------

@pytest.mark.parametrize("line, part", [
    ("一概述", 1), ("一总体情况", 1), ("二主动公开政府信息情况", 2), ("三依申请公开政府信息情况", 3),
])
def test_a_numeral_glued_to_a_template_title_heads_its_part(line, part):
    assert classify_heading(line)[0] == part


@pytest.mark.parametrize("line", ["一是领导重视", "一般情况", "二是主动公开", "一年来工作情况"])
def test_a_numeral_glued_to_other_words_heads_no_part(line):
    assert classify_heading(line) is None


def test_a_report_with_a_glued_heading_has_part_one():
    report = parsed(["本年度报告由北山县统计局编写而成。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。",
                     "一概述", "2015年，我局认真开展政府信息公开工作，主动公开信息36条。"])
    assert [s.number for s in report.sections] == [1]


# --- the older template's part 五 without its numeral --------------------------------------------------------------

@pytest.mark.parametrize("line", ["主要问题和改进措施", "存在的主要问题和改进措施", "主要问题及改进措施"])
def test_the_problems_and_measures_unnumbered_head_part_five(line):
    assert classify_heading(line)[0] == 5


@pytest.mark.parametrize("line", ["主要问题", "改进措施", "（一）主要问题和改进措施"])
def test_half_of_it_or_a_sub_heading_heads_no_part(line):
    assert classify_heading(line) is None


def test_an_older_report_ending_with_the_unnumbered_heading_has_part_five():
    report = parsed(["北山省邮政管理局2017年政府信息公开年度报告", LEAD.replace("2019", "2017"),
                     "一、概述", "2017年，我局主动公开信息36条。", "二、主动公开政府信息情况", "全年主动发布各类信息876条。",
                     "三、依申请公开信息情况", "2017年，我局未收到政府信息公开申请。", "四、收费及减免情况", "没有收费。",
                     "五、行政复议和行政诉讼情况", "未收到行政复议和行政诉讼。", "主要问题和改进措施",
                     "信息公开的及时性还需提高。"])
    assert [(s.number, s.inferred) for s in report.sections] == [(n, False) for n in range(1, 6)]


# --- an interpretation announced by its first sentence ----------------------------------------------------------

def test_an_interpretation_announced_in_its_opening_is_refused():
    with pytest.raises(UnreadableFile, match="解读"):
        parsed(["《北山县青石镇人民政府2023年政府信息公开工作年度报告》已于近日公开发布，为帮助公众理解，"
                "现就年报内容进行如下解读。", "一、编制背景", "年报是条例规定的一项制度。", "二、编制依据",
                "1.《中华人民共和国政府信息公开条例》。", "三、主要内容", "年报分为总体情况、主动公开政府信息情况等六个部分。"])


@pytest.mark.parametrize("lines", [
    # a report that says it interprets policies, of its own year
    [LEAD, "一、总体情况", "2019年，我局主动公开政府信息36条，现就重点政策进行如下解读：发布解读材料12篇。",
     "二、主动公开政府信息情况", "详见下表。"],
    ["北山县民政局2019年政府信息公开工作年度报告", "现将本局2019年度政府信息公开工作情况报告如下，并对报告内容作如下解读。",
     *BODY],
])
def test_a_report_that_speaks_of_interpreting_is_kept(lines):
    assert parsed(lines).year == 2019


# --- news telling of a report, without a headline -------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["青石网北山4月2日电（记者张三、李四）北山省统计局2日发布2008年政府信息公开年度报告。",
     "报告指出，北山省统计局高度重视信息公开工作，成立了领导小组。",
     "根据报告，北山省统计局共公开信息1600条。"],
    ["来源：青石晚报", "2019-03-31 11:40:03",
     "3月31日，北山省人民政府办公厅对外公布了2018年政府信息公开工作年度报告。报告内容涵盖全省各市人民政府2018年1月1日至"
     "2018年12月31日的政府信息公开工作情况。", "2018年，北山省各级各部门大力推进政务公开。", "（青石晚报记者 王五）"],
])
def test_news_telling_of_a_report_is_refused(lines):
    with pytest.raises(UnreadableFile):
        parsed(lines)


@pytest.mark.parametrize("lines", [
    # a report reposted by a newspaper's site, its own lead-in and parts kept
    ["来源：青石日报", "北山县民政局2019年政府信息公开工作年度报告", LEAD, *BODY],
    # a report whose part 一 tells of reporters
    [LEAD, "一、总体情况", "2019年，我局接待记者采访3次，报告指出的问题已整改，主动公开政府信息36条。",
     "二、主动公开政府信息情况", "详见下表。"],
])
def test_a_report_beside_news_words_is_kept(lines):
    assert parsed(lines).year == 2019


# --- a self-inspection for an inspection --------------------------------------------------------------------------

def test_a_self_inspection_is_refused():
    with pytest.raises(UnreadableFile):
        parsed(["按照《关于开展政务公开工作督查的通知》要求，我局对照督查事项逐项开展自查。"
                "今年以来，我局扎实推进政府信息公开工作。", "一、工作进展情况", "坚持公开为常态。",
                "（一）主动公开政府信息的主要类别情况", "我局更新了公开指南。"])


def test_a_report_that_tells_of_a_self_inspection_is_kept():
    report = parsed([LEAD, "一、总体情况", "2019年，根据督查工作的要求，我局组织开展网站自查，主动公开政府信息36条。",
                     "二、主动公开政府信息情况", "详见下表。"])
    assert report.year == 2019


# --- a jurisdiction's common noun is no name ----------------------------------------------------------------------

@pytest.mark.parametrize("word", ["辖区", "轄區", "片区"])
def test_a_jurisdiction_word_is_no_name(word):
    assert agency_name(word) is None


def test_branches_working_from_their_jurisdiction_name_no_issuer():
    assert lead_in_issuer("各分局结合辖区实际情况，编制了本单位办事指南。") is None


@pytest.mark.parametrize("name", ["北山县青石区", "青石市城区", "北山县青石社区"])
def test_named_places_ending_so_stay_names(name):
    assert agency_name(name) == name


# --- the body whose year's work the report was made from, in other words ------------------------------------------

@pytest.mark.parametrize("lead, name", [
    ("根据《条例》要求，根据北山县青石乡2022年政府信息与政务公开工作基本情况编制本报告。", "北山县青石乡"),
    ("根据北山县青石乡2022年政府信息公开工作基本情况编制本报告。", "北山县青石乡"),
    ("本报告根据北山县民政局2022年度政务公开与政府信息公开工作情况编制。", "北山县民政局"),
])
def test_the_body_whose_work_in_other_words_is_the_issuer(lead, name):
    assert lead_in_issuer(lead) == name


def test_a_plan_named_so_names_no_issuer():
    assert lead_in_issuer("根据北山县2022年政务公开工作要点要求，编制本报告。") is None


def test_a_release_headline_over_a_sentence_quoting_the_title_stays_news():
    # (added after the first check: a sentence quoting the title, '…设立了“2016年X…年度报告”专栏', is no title line; the
    # round-30 refusal of news under such a headline still stands)
    with pytest.raises(UnreadableFile, match="news"):
        parsed(["北山省发布2016年政府信息公开工作年度报告", "2017-03-28 10:18 来源：北山日报",
                "27日，北山省人民政府正式向社会发布2016年政府信息公开工作年度报告。",
                "报告显示，全省主动公开政府信息615万条。",
                "省政府网站设立了“2016年北山省政府信息公开工作年度报告”专栏，方便公众查阅。"])
