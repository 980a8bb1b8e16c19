"""Round 47's classes (docs/parsing.md, "Round 47 — the fresh batches' misses"): an English translation of a report is a
report (never refused as documentation), read for its issuer and year as the English writes them; a university's
disclosure report under the 高等学校信息公开办法 is another kind. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed, refusal

# --- an English translation of a report calls itself the annual report on government information disclosure ---------

_OVERVIEW = ["I. Overview",
             "In 2019, the bureau carried out the State Council's work on openness, published 1,200 items of "
             "government information on its own initiative and answered every request on time. The website was "
             "improved and a new column on policies was opened for the public."]
_PREPARED = ("This report has been prepared in accordance with the Regulations of the People's Republic of China on the "
             "Disclosure of Government Information. The statistical period is from January 1, 2019 to December 31, 2019. "
             "If you have any questions about this report, please contact the general office.")


@pytest.mark.parametrize("title, agency", [
    ("National Forestry Administration's 2019 Government Information Disclosure Annual Report",
     "National Forestry Administration"),
    ("Ministry of Water Affairs 2019 Annual Report on Government Information Disclosure", "Ministry of Water Affairs"),
    ("State Grain Bureau Annual Report on Government Information Disclosure (2019)", "State Grain Bureau"),
    ("2019 Government Information Disclosure Annual Report of the Ministry of Water Affairs", "Ministry of Water Affairs"),
])
def test_an_english_title_names_the_issuer_and_year(title, agency):
    report = parsed(["Position: Home > Openness > Annual Report", title, "Release time: March 20, 2020",
                     _PREPARED, *_OVERVIEW])
    assert (report.agency, report.year, report.level) == (agency, 2019, "central")
    assert any("英文" in w for w in report.warnings)


def test_an_english_lead_in_releasing_the_report_names_its_issuer():
    lead = ("According to the requirements of the Regulations on the Openness of Government Information, the 2019 "
            "annual report of the Ministry of Water Affairs on government information disclosure is hereby released "
            "to the public. The data statistics period is from January 1, 2019 to December 31, 2019.")
    report = parsed(["Government information disclosure", lead, *_OVERVIEW])
    assert (report.agency, report.year, report.level) == ("Ministry of Water Affairs", 2019, "central")


def test_an_english_report_with_chinese_fragments_is_kept():
    report = parsed(["Position: Home > Annual Report",
                     "China Grain Administration's 2018 Government Information Disclosure Annual Report",
                     "发布时间:2019年03月20日 Source: Release time: March 20, 2019",
                     "11日起至20181231日止。 " + _PREPARED, *_OVERVIEW])
    assert (report.agency, report.year) == ("China Grain Administration", 2018)


def test_an_english_report_of_a_provincial_body_is_not_called_central():
    report = parsed(["Hubei Provincial Department of Water Resources 2019 Government Information Disclosure Annual Report",
                     _PREPARED, *_OVERVIEW])
    assert report.year == 2019 and report.level != "central"


# neighbours: English text that only speaks of reports stays refused

_README = ("This folder holds notes on the annual report on government information disclosure and how the parser "
           "reads it: the title, the lead-in and the parts such as overview and requests. ") * 3


@pytest.mark.parametrize("lines", [
    ["# Notes", _README, "The parser reads the lead-in as a body's name and the first heading as part 1."],
    ["How to write a Government Information Disclosure Annual Report", _README],
    ["Summary - This page sums up the bureau's disclosure work in 2020 and the annual report it published. " * 3],
])
def test_english_text_about_reports_is_still_refused(lines):
    assert refusal(lines) and "Latin script" in refusal(lines)


def test_a_chinese_title_over_an_english_summary_is_still_refused():
    assert refusal(["青石县民政局2020年政府信息公开工作年度报告", "Source · 2024-03-15 09:20",
                    "Summary - This page sums up the bureau's disclosure work in 2020 [1]. Some 300 items were "
                    "published and every request was answered on time [2]."])


# --- a university's disclosure report under the 高等学校信息公开办法 is another kind ------------------------------------

_SCHOOL_BODY = ["一、概述",
                "本学年，学校认真贯彻落实《高等学校信息公开办法》，主动公开学校信息。",
                "二、主动公开情况",
                "学校通过信息公开网主动公开信息320条。"]


@pytest.mark.parametrize("head", [
    ["青山大学2020-2021学年信息公开工作年度报告",
     "根据《高等学校信息公开办法》（教育部令第29号）和教育部办公厅有关通知要求，现公布我校2020-2021学年信息公开工作年度报告。"],
    ["根据《高等学校信息公开办法》和《教育部关于公布〈高等学校信息公开事项清单〉的通知》要求，学校办公室编制了本报告。"
     "本报告统计期限为2019年9月1日至2020年8月31日。"],
    ["青山学院2019-2020学年信息公開工作年度報告", "根據《高等學校信息公開辦法》和《政府信息公開條例》，編制本報告。"],
    ["青山大学2021年高等学校信息公开工作年度报告", "本报告依据教育部有关要求编制，统计期限为2021年9月1日至2022年8月31日。"],
])
def test_a_university_disclosure_report_is_refused(head):
    reason = refusal(head + _SCHOOL_BODY)
    assert reason and "高等学校" in reason


@pytest.mark.parametrize("head", [
    # a university's report calling itself a 政府信息公开 report stays a report
    ["青山大学2020年政府信息公开工作年度报告", "根据《政府信息公开条例》和《高等学校信息公开办法》要求，编制本报告。"],
    # a department's report telling of the universities it oversees
    ["青山市教育局2020年政府信息公开工作年度报告",
     "本报告根据《条例》编制。全年督促指导辖区高校落实《高等学校信息公开办法》，发布学校信息公开年度报告。"],
    # a county's report with no word on schools
    ["东湖县2020年政府信息公开工作年度报告", "本报告根据《条例》编制，统计期限为2020年1月1日至12月31日。"],
])
def test_a_government_report_citing_the_university_rule_is_kept(head):
    assert refusal(head + _SCHOOL_BODY) is None


@pytest.mark.parametrize("lines", [
    # (lead, session 21) a department's report cut before its title, a sentence on the universities' reports first
    ["一、总体情况", "2020年，我厅认真贯彻《条例》，督促各高校按时编制发布高校信息公开年度报告，全年主动公开信息320条。",
     "二、主动公开政府信息情况", "本年制发规范性文件3件。", "三、收到和处理政府信息公开申请情况", "全年收到申请12件。"],
    # a department citing the universities' rule beside its own work, in its own voice
    ["根据《高等学校信息公开办法》和有关要求，结合我厅实际，现发布本年度政府信息公开工作情况。", "一、总体情况",
     "2020年，我厅主动公开信息320条。"],
])
def test_a_government_body_speaking_of_the_university_rule_is_kept(lines):
    assert refusal(lines) is None


@pytest.mark.parametrize("head", [
    # (session 21 review) an education department citing the universities' rule beside the 条例, its title without 政府
    ["青山省教育厅2021年度信息公开工作报告",
     "根据《中华人民共和国政府信息公开条例》和《高等学校信息公开办法》规定，现将我厅2021年信息公开工作情况报告如下。"],
])
def test_a_government_body_citing_the_university_rule_first_is_kept(head):
    assert refusal(head + _SCHOOL_BODY) is None


def test_a_university_named_in_traditional_script_citing_its_rule_is_refused():
    # (session 21 review) the issuer as written, 青山科學院大學, is a school's name in either script
    reason = refusal(["青山科學院大學2018-2019學年信息公開工作年度報告",
                      "根據《高等學校信息公開事項清單》要求，學校編制了本報告。", *_SCHOOL_BODY])
    assert reason and "高等学校" in reason


def test_a_notice_on_university_reports_keeps_the_notice_reason():
    reason = refusal(["青山省教育厅办公室关于做好2019-2020学年度高校信息公开工作年度报告",
                      "编制和报送工作的通知",
                      "各高等学校：根据《高等学校信息公开办法》要求，现就做好年度报告工作通知如下。",
                      "一、报告内容", "报告应包括概述、主动公开情况等。"])
    assert reason and "高等学校信息公开办法, not a government report" not in reason


# --- news telling that a body released its report on a day, the report spoken of in the third person ----------------

_NEWS_REST = ["2019年，水务部通过部网站、《中国水务报》等主动公开政府信息1200条。",
              "报告称，下一步水务部将继续推进重点领域信息公开。"]


@pytest.mark.parametrize("lines", [
    ["水务部28日公布2019年度政府信息公开工作，加大水务信息公开力度，推进重点领域信息公开。", *_NEWS_REST],
    ["2020年1月30日，国家粮食局网站发布2019年政府信息公开工作报告，对信息公开工作进行回顾总结。",
     "2019年是国家粮食局履职第一年，全年政府网站发布法规性文件21件。"],
    ["您当前的位置：某某网>>法制频道", "水务部去年30件行政复议全属信息公开",
     "在过去一年，水务部接到30起行政复议申请。水务部在今天公开的《水务部政府信息公开工作2019年度报告》（以下简称报告）中称，"
     "其中针对部机关的18件。", "报告透露，2019年水务部共收到政府信息公开申请305件，全部按规定予以答复。"],
])
def test_news_of_a_report_released_on_a_day_is_refused(lines):
    reason = refusal(lines)
    assert reason and "news" in reason


@pytest.mark.parametrize("lines", [
    # a report telling, in its own voice, that it released last year's report
    ["2019年，我局于3月28日在网站发布2018年度政府信息公开工作年度报告，全年主动公开政府信息1200条。",
     "报告称的各项工作均已完成。"],
    # a report's own lead-in releasing it, then its parts
    ["现公布水务部2019年政府信息公开工作年度报告。本报告中所列数据的统计期限为2019年1月1日至12月31日。",
     "一、总体情况", "2019年，水务部主动公开政府信息1200条。"],
    # a report whose part 一 tells that the body released its guide on a day
    ["一、总体情况", "3月28日，水务部发布2019年政府信息公开指南，全年主动公开政府信息1200条。",
     "二、主动公开政府信息情况", "全年主动公开政府信息1200条。"],
])
def test_a_report_telling_of_a_release_is_kept(lines):
    assert refusal(lines) is None


# --- an English translation's part headings, numbered in Roman numerals ----------------------------------------------

def test_an_english_translation_s_part_headings_are_its_parts():
    report = parsed(["Ministry of Water Affairs 2019 Government Information Disclosure Annual Report", _PREPARED,
                     *_OVERVIEW, "II. Proactive disclosure of government information",
                     "In 2019 the ministry published 1,200 items of government information on its own initiative.",
                     "III. Disclosure of government information upon application",
                     "The ministry received 30 applications in 2019 and answered every one of them on time."])
    assert [s.number for s in report.sections] == [1, 2, 3]


def test_roman_numerals_before_other_english_words_are_no_parts():
    report = parsed(["Ministry of Water Affairs 2019 Government Information Disclosure Annual Report", _PREPARED,
                     "I. Strengthening the leadership of the work",
                     "In 2019 the ministry set up a leading group and answered every request on time."])
    assert [s.number for s in report.sections] == []


def test_a_school_year_title_over_no_cited_rule_is_kept():
    # (the issuer tests read such titles for the university and its second year)
    assert refusal(["青山大学2019-2020学年信息公开工作年度报告", "本报告统计期限为2019年9月1日至2020年8月31日。", "一、概述",
                    "学校全力推进一流大学建设，主动公开信息20条。", "二、主动公开情况", "略。"]) is None


def test_a_repost_of_the_report_under_a_line_telling_of_its_release_is_kept():
    # (lead, session 21) the release told, then the report itself: 全文如下
    assert refusal(["青山县人民政府于2020年1月30日发布2019年政府信息公开工作年度报告，全文如下：",
                    "2019年，青山县主动公开政府信息1200条。"]) is None


def test_an_english_issuer_s_warning_names_it_as_written():
    # (lead, session 21) the identity's warning showed the folded key (ministryofwaterresources)
    from indexer.identity import identify
    report = parsed(["Ministry of Water Resources's 2016 Government Information Disclosure Annual Report",
                     "I. Overview", "In 2016, the ministry disclosed 1,200 items of government information."])
    assert report.agency == "Ministry of Water Resources"
    reason = identify(report.agency, report.year, report.region, report.level, "r1").reason
    assert "“Ministry of Water Resources”是英文名称" in reason and "ministryofwaterresources" not in reason
    # a Chinese name that names no function keeps its own warning
    assert "不像机关名称" in identify("青山县某某某", 2020, {}, "county", "r2").reason
