"""Round 45's classes (docs/parsing.md, "Round 45 — the fresh batches' misses"): the misses of two fresh batches,
each fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import agency_name, lead_in_issuer
from tests.indexer.made_up import parsed, refusal


# --- who leads the work, written after 由, is no body's name ---------------------------------------------------------

DUTIES = [
    "西山区水务局高度重视政务公开工作，形成了由局主要领导牵头、分管领导主抓、局综合股主管、各股室配合的工作格局。",
    "我委形成了由委主要领导牵头、分管领导主抓、办公室综合科具体负责的工作机制。",
    "建立了由局长牵头、分管副局长主抓、办公室综合组负责的公开工作体系。",
    "形成由主要领导牵头、分管领导具体抓、局办公室综合协调的工作格局。",
]


@pytest.mark.parametrize("text", DUTIES)
def test_the_leaders_dividing_the_work_name_no_body(text):
    name = lead_in_issuer(text)
    assert name is None or not any(word in name for word in ("牵头", "主抓", "领导", "、"))


@pytest.mark.parametrize("phrase", ["局主要领导牵头、分管领导主抓、局", "主要领导牵头、办公室", "分管领导主抓、局办公室"])
def test_a_duties_phrase_is_not_a_name(phrase):
    assert agency_name(phrase) is None


def test_a_page_without_a_named_lead_in_takes_its_first_sentences_subject():
    lines = ["2023年政府信息公开工作年度报告",
             "一、总体情况",
             "2023年，在区委、区政府的统一部署下，区水务局紧紧围绕中心工作，扎实推进政府信息公开工作。",
             DUTIES[0].replace("西山区水务局", "区水务局"),
             "二、主动公开政府信息情况",
             "全年主动公开信息15条。"]
    assert parsed(lines).agency == "区水务局"


# neighbours kept: a compiler after 由, its office, a body whose unit has a 综合 word
@pytest.mark.parametrize("text, name", [
    ("本报告由西山县统计局编制，内容包括总体情况等。", "西山县统计局"),
    ("本报告由西山县统计局办公室编制。", "西山县统计局"),
    ("本报告由西山县综合行政执法局编制。", "西山县综合行政执法局"),
])
def test_a_compiler_after_you_still_reads(text, name):
    assert lead_in_issuer(text) == name


@pytest.mark.parametrize("name", ["西山县人民政府办公室", "西山县扶贫开发领导小组办公室", "西山县统计局"])
def test_bodies_names_stay_names(name):
    assert agency_name(name) == name


# --- a page interpreting a report in full ('…年度报告》全文解读'), its title in markdown bold or not -------------------

_EXPLAINER_BODY = ["**摘要:**",
                   "本文对《西山县民政局2022年政府信息公开年度报告》进行了全面解读，帮助读者了解报告内容。",
                   "**一、报告概述**",
                   "《西山县民政局2022年政府信息公开年度报告》是西山县民政局对2022年度政府信息公开工作的总结。",
                   "**二、公开工作的基本情况**",
                   "1. **公开范围**：报告涵盖了民政工作的各个方面，包括社会救助、养老服务等。",
                   "**三、存在的问题及改进措施**",
                   "报告指出了公开工作中存在的不足，并提出了改进方向。"]


@pytest.mark.parametrize("title", [
    "**《西山县民政局2022年政府信息公开年度报告》全文解读**",
    "《西山县民政局2022年政府信息公开年度报告》全文解读",
    "西山县民政局2022年政府信息公开工作年度报告全面解读",
    "**西山县民政局2022年政府信息公开工作年度报告的解读**",
])
def test_a_full_interpretation_of_a_report_is_refused(title):
    assert refusal([title, *_EXPLAINER_BODY]) is not None


_REPORT_BODY = ["一、总体情况",
                "2022年，西山县民政局认真贯彻落实《条例》，全年主动公开信息40条。",
                "二、主动公开政府信息情况",
                "全年制发规范性文件1件。",
                "三、收到和处理政府信息公开申请情况",
                "本年度收到申请2件，均按期答复。"]


@pytest.mark.parametrize("title", [
    "**西山县民政局2022年政府信息公开工作年度报告**",
    "西山县民政局2022年政府信息公开工作年度报告（全文）",
    "西山县民政局2022年政府信息公开工作年度报告全文",
])
def test_a_report_under_its_own_title_is_kept(title):
    assert refusal([title, *_REPORT_BODY]) is None


# --- a lead-in whose subject is the report's name ('X2013年…年度报告是根据《条例》…') is no title line (A3) -----------

_PROVINCE_BODY = ["一、概述",
                  "2013年，全省政府信息公开工作稳步推进，各地各部门认真落实《条例》。",
                  "二、主动公开政府信息情况",
                  "全年主动公开政府信息5万余条。"]


@pytest.mark.parametrize("lead", [
    "甘肃省2013年政府信息公开工作年度报告是根据《条例》要求，由甘肃省人民政府办公厅综合各市、州人民政府和省政府各部门的年度报告编制而成。",
    "甘肃省2013年政府信息公开工作年度报告是根据《条例》要求，由甘肃省人民政府办公厅编制而成。",
    "甘肃省2013年政府信息公开工作年度报告系依据《条例》规定，由甘肃省人民政府办公厅编制。",
])
def test_a_lead_in_opening_with_the_reports_name_gives_its_compiler(lead):
    report = parsed([lead, *_PROVINCE_BODY])
    assert (report.agency, report.year) == ("甘肃省人民政府办公厅", 2013)


def test_a_lead_in_opening_with_the_reports_name_and_no_compiler_names_the_report():
    report = parsed(["西山县民政局2013年政府信息公开工作年度报告是根据《条例》要求编制的。", *_PROVINCE_BODY])
    assert (report.agency, report.year) == ("西山县民政局", 2013)


def test_a_title_line_of_its_own_still_names_the_issuer():
    lead = "本报告是根据《条例》要求，由甘肃省人民政府办公厅编制而成。"
    report = parsed(["甘肃省2013年政府信息公开工作年度报告", lead, *_PROVINCE_BODY])
    assert (report.agency, report.year) == ("甘肃省", 2013)


# --- a progress summary of the year so far ('…工作进展情况', '截至某年11月', '1—11月') is no annual report ------------

_PROGRESS_BODY = ["2014年，西山市认真贯彻落实《条例》，加大公开力度，拓展公开渠道，推动政府信息公开工作有序开展。",
                  "一、政府信息公开工作整体情况",
                  "（一）主动公开情况",
                  "截至2014年11月，全市各级各部门主动公开政府信息2万余条，比去年同期增长12%。",
                  "（二）依申请公开情况",
                  "1—11月，全市共受理政府信息公开申请310件，已全部按期答复。"]


@pytest.mark.parametrize("title", ["西山市2014年政府信息公开工作进展情况", "西山市2014年政务公开工作进展情况“成绩单”"])
def test_a_progress_summary_of_the_year_so_far_is_refused(title):
    assert refusal(["市政府信息公开工作年度报告", title, *_PROGRESS_BODY]) is not None


def test_a_report_over_the_whole_year_is_kept():
    body = [x.replace("截至2014年11月", "2014年").replace("1—11月", "全年") for x in _PROGRESS_BODY]
    assert refusal(["西山市2014年政府信息公开工作进展情况", *body]) is None


def test_an_annual_report_citing_a_months_figure_is_kept():
    assert refusal(["西山市2014年政府信息公开工作年度报告", *_PROGRESS_BODY]) is None
