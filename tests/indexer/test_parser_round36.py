"""Round 36's classes (docs/parsing.md, "Round 36 — the fresh batches' misses"): the misses of two fresh batches
sampled for the page as a whole, each fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document

BODY = ["一、总体情况", "今年我局认真开展政府信息公开工作，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]


def parsed(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


# --- the lead-in: the body whose period the report covers ------------------------------------------------------

@pytest.mark.parametrize("lead, name, year", [
    ("本年度报告根据《条例》要求编制。全文包括概述、主动公开情况等。内容涵盖青石市统计局2011年1月1日至12月31日期间的"
     "政府信息公开工作情况。", "青石市统计局", 2011),
    ("本报告根据《条例》编制，内容涵盖青石市东岭区民政局2015年度的政府信息公开工作情况。", "青石市东岭区民政局", 2015),
    ("本報告根據《條例》編制。內容涵蓋北山縣水利局2016年1月1日至12月31日期間的政府信息公開工作情況。", "北山縣水利局", 2016),
])
def test_the_body_whose_period_the_report_covers_is_the_issuer(lead, name, year):
    assert lead_in_issuer(lead) == name
    # part 一's first sentence gives a short form ('市统计局'): the lead-in's full name comes first
    report = parsed([lead, "一、概况", f"{year}年，市统计局认真贯彻《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "略。"])
    assert (report.agency, report.year) == (name, year)


def test_a_period_covered_for_no_one_named_names_no_one():
    assert lead_in_issuer("本报告依据《条例》编制。内容涵盖本机关2019年1月1日至12月31日期间的政府信息公开工作情况。") is None


# --- the lead-in: the topic, then the year after the name -------------------------------------------------------

@pytest.mark.parametrize("lead, name, year", [
    ("现将青石市东岭区审计局政府信息公开工作2024年度工作情况报告如下：", "青石市东岭区审计局", 2024),
    ("现将北山县交通运输局政务公开工作2021年工作情况报告如下：", "北山县交通运输局", 2021),
    ("現將青石市財政局政府信息公開工作2020年度工作情況報告如下：", "青石市財政局", 2020),
])
def test_the_year_after_the_topic_names_the_body_before_it(lead, name, year):
    assert lead_in_issuer(lead) == name
    report = parsed([lead, *BODY])
    assert (report.agency, report.year) == (name, year)


def test_the_year_after_the_topic_with_no_one_named():
    assert lead_in_issuer("现将我局政府信息公开工作2024年度工作情况报告如下：") is None


# --- a lead-in set under heading 一: part 一's own first sentence is the next paragraph's ---------------------------

LEAD_UNDER_ONE = ("本报告依据《中华人民共和国政府信息公开条例》要求编制。数据统计期限为2022年1月1日至2022年12月31日。"
                  "报告全文包括：总体情况、主动公开政府信息情况等。")
PART_TWO = ["二、主动公开政府信息情况", "详见下表。"]


@pytest.mark.parametrize("lines, name, level", [
    (["一、总体情况", LEAD_UNDER_ONE, "(一)主动公开情况。2022年北山县教育局扎实推进信息公开，共发布各类信息48条。",
      *PART_TWO], "北山县教育局", "county"),
    (["一、总体情况", LEAD_UNDER_ONE, "（一）主动公开情况", "2022年，北山县教育局扎实推进信息公开。", *PART_TWO],
     "北山县教育局", "county"),
    (["一、总体情况", "根据《条例》要求，编制本报告。", "2021年，青石市民政局认真贯彻《条例》，主动公开政府信息36条。", *PART_TWO],
     "青石市民政局", None),  # a made-up 市 tells no level
    (["一、總體情況", "本報告依據《條例》要求編制。數據統計期限為2022年1月1日至2022年12月31日。",
      "（一）主動公開情況。2022年北山縣教育局紮實推進信息公開。", *PART_TWO], "北山縣教育局", "county"),
])
def test_a_lead_in_under_heading_one_is_read_past(lines, name, level):
    # the level follows the body the text names, not a government only cited ('《省政府办公厅关于…的通知》')
    report = parsed(lines)
    assert (report.agency, report.level) == (name, level)


@pytest.mark.parametrize("lines, name", [
    (["一、总体情况", "本报告由北山县水利局根据《条例》编制。", "（一）主动公开情况。2022年，县水利局扎实推进信息公开。",
      *PART_TWO], "北山县水利局"),  # the lead-in under 一 names the body itself
    (["一、总体情况", LEAD_UNDER_ONE, "（一）主动公开情况。2022年，我局扎实推进信息公开，主动公开信息36条。",
      *PART_TWO], None),  # only 我局 after it
])
def test_neighbours_of_a_lead_in_under_heading_one(lines, name):
    assert parsed(lines).agency == name


# --- a page interpreting a report (解读) is no report --------------------------------------------------------------

INTERPRETATION_BODY = [
    "一、编制背景", "为做好年度报告的发布，青石市东岭区市场监督管理局梳理了一年来的公开工作，形成这份年度报告。",
    "二、编制依据", "依据《条例》和年度报告格式的规定。",
    "三、主要内容", "本年度报告分总体情况、主动公开、依申请公开等六个部分。",
    "四、统计期限", "本报告所列数据的统计期限为2023年1月1日至12月31日。"]
A_REPORT = ["本报告依据《条例》编制，统计期限自2022年1月1日起至2022年12月31日止。", "一、总体情况",
            "2022年，北山县民政局认真贯彻《条例》，主动公开政府信息36条，做好政策解读12篇。", "二、主动公开政府信息情况", "详见下表。"]


@pytest.mark.parametrize("lines", [
    ["无障碍阅读 关怀版 返回首页", "文字解读：关于青石市东岭区市场监督管理局2023年政府信息公开工作年度报告的解读", "2024-01-31", "字号：",
     *INTERPRETATION_BODY],
    ["《北山县民政局2022年政府信息公开工作年度报告》解读", *INTERPRETATION_BODY],
    ["北山县人民政府2022年政府信息公开工作年度报告的政策解读", *INTERPRETATION_BODY],
    ["图解：北山县2021年政府信息公开工作年度报告", "一、总体情况", "2021年，北山县主动公开政府信息3600条。", "二、依申请公开",
     "全年收到申请36件。"],
    ["一图读懂青石市2020年政府信息公开工作年度报告", "一、总体情况", "2020年，青石市主动公开政府信息3600条。"],
])
def test_an_interpretation_of_a_report_is_refused(lines):
    with pytest.raises(UnreadableFile, match="解读"):
        parsed(lines)


@pytest.mark.parametrize("lines", [
    ["北山县民政局2022年政府信息公开工作年度报告", *A_REPORT, "相关解读：《北山县民政局2022年政府信息公开工作年度报告》解读"],
    ["首页 > 政策解读 > 年度报告", "北山县民政局2022年政府信息公开工作年度报告", *A_REPORT],
    ["北山县民政局2022年政府信息公开工作年度报告及解读", *A_REPORT],  # the report with its interpretation
    ["北山县民政局2022年政府信息公开工作年度报告", "【图解】北山县民政局2022年政府信息公开工作年度报告", *A_REPORT],
])
def test_a_report_beside_the_word_is_kept(lines):
    assert parsed(lines).agency == "北山县民政局"


@pytest.mark.parametrize("lines", [
    # The report's own title in another common form than …信息公开工作年度报告, a 解读 link under it (review of round 36)
    ["北山县民政局2022年政务公开工作年度报告", "相关解读：《北山县民政局2022年政务公开工作年度报告》解读", *A_REPORT],
    ["北山县民政局2022年政府信息公开工作年度报告（全文）", "相关解读：《北山县民政局2022年政府信息公开工作年度报告》解读",
     *A_REPORT],
    ["北山县民政局关于2022年政府信息公开工作的年度报告", "【图解】北山县民政局2022年政府信息公开工作年度报告", *A_REPORT],
    ["北山县民政局政府信息公开工作2022年度报告", "【图解】北山县民政局政府信息公开工作2022年度报告", *A_REPORT],
])
def test_a_report_titled_in_another_form_beside_a_解读_link_is_kept(lines):
    assert parsed(lines).agency == "北山县民政局"


# --- the places under a body, named as a whole, end its name (after round 36's review) ---------------------------

@pytest.mark.parametrize("lead, name", [
    ("本报告反映了青石市本级和各县区2020年政府信息公开工作情况。", "青石市"),
    ("本报告反映了青石市本级及各县区2020年政府信息公开工作情况。", "青石市"),
    ("本报告反映了青石市和各县区2020年政府信息公开工作情况。", "青石市"),
    ("本报告反映了北山县及所辖乡镇2021年政府信息公开工作情况。", "北山县"),
    ("本报告反映了东岭省各市州2019年政府信息公开工作情况。", "东岭省"),
    # a place's own level alone, and one street named, stay as written
    ("本报告反映了青石市本级2020年政府信息公开工作情况。", "青石市本级"),
    ("本报告反映了青石市东岭街道2020年政府信息公开工作情况。", "青石市东岭街道"),
])
def test_the_places_under_a_body_named_as_a_whole_end_its_name(lead, name):
    assert lead_in_issuer(lead) == name
