"""Round 59's parser classes (docs/parsing.md, "Round 59"): junk words a betting splice left where the place was, also
before a department's name; a zone named with its street in brackets, and with its 党工委、办事处 after them; the province
the leader's speeches on it or its decisions name; a pre-2019 chapter on disclosure as a whole whose second sub-heading is
part 三. Every text here is made up."""
from __future__ import annotations

from indexer.issuer import agency_name
from tests.indexer.made_up import parsed

# --- A. '…777bet官网提现请稍候统计局': the splice's junk words learnt before 人民政府, dropped before 统计局 too --------

SPLICE = "足球777网投_777bet777用址_777bet官网提现"


def _spliced(place: str) -> list[str]:
    return [
        f"本报告是根据《中华人民共和国政府信息公开条例》和{SPLICE}{place}人民政府办公室《关于做好2016年政府信息公开工作年度报告"
        f"编制工作的通知》要求,由{SPLICE}{place}统计局编制的2016年度政府信息公开工作年度报告。",
        "一、概述",
        "2016年,我局认真贯彻《条例》,全年主动公开政府信息58条。",
    ]


def test_junk_words_a_splice_left_before_the_government_go_before_a_department_too():
    assert parsed(_spliced("请稍候")).agency == "统计局"


def test_a_place_after_the_splice_is_no_junk():
    # (words ending as a place does are the place the splice stood before: learnt nowhere, kept before 统计局)
    assert parsed(_spliced("东山县")).agency == "东山县统计局"


# --- B. '开发区(某某街道)': a zone run as one with its street office ----------------------------------------------

def test_a_zone_named_with_its_street_in_brackets_is_a_name():
    lines = [
        "根据《中华人民共和国政府信息公开条例》的规定,现公布开发区(青石街道)2009年政府信息公开工作年度报告。",
        "一、本年度政府信息公开工作的基本情况",
        "2009年,开发区(青石街道)党工委、办事处认真贯彻《条例》,全年主动公开政府信息18条。",
    ]
    assert parsed(lines).agency == "开发区(青石街道)"


def test_the_party_committee_and_office_after_a_bracketed_place_go():
    assert agency_name("开发区(青石街道)党工委、办事处") == "开发区(青石街道)"
    assert agency_name("青石镇党委、政府") == "青石镇"


def test_a_bracket_naming_no_place_still_makes_no_zone_name():
    assert agency_name("开发区(园区)") is None
    assert agency_name("开发区") is None


# --- C. the province named by the speeches the body follows, or by the decisions it carries out -------------------

def test_the_leaders_speeches_on_a_province_place_a_nameless_city_report():
    lines = [
        "2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年,我市深入贯彻习近平总书记对福建的系列重要讲话和重要指示精神,全年主动公开政府信息120条。",
    ]
    report = parsed(lines)
    assert (report.level, report.region["province"]) == ("city", "福建省")


def test_speeches_on_the_work_name_no_province():
    lines = [
        "2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年,我市深入贯彻习近平总书记关于政务公开工作的重要指示精神,全年主动公开政府信息120条。",
    ]
    assert parsed(lines).region["province"] is None


def test_the_authority_after_the_state_council_places_a_street_office():
    lines = [
        "一、总体情况",
        "2025年,青石街道办事处认真落实党中央、国务院及天津市关于全面推进政务公开的决策部署,全年主动公开政府信息45条。",
        "(一)主动公开。全年主动公开政府信息45条。",
    ]
    assert parsed(lines).region["province"] == "天津市"


# --- D. '二、信息公开情况' over '（一）主动公开情况' '（二）依申请公开情况': part 三 at the second sub-heading ------------

def _old(chapter: str, first: str = "(一)主动公开情况") -> list[str]:
    return [
        "东山县青石镇2013年政府信息公开工作年度报告",
        "一、概述",
        "2013年,我镇认真贯彻《条例》,明确专人负责信息公开工作。",
        chapter,
        first,
        "全年主动公开政府信息58条。",
        "(二)依申请公开情况",
        "全年未收到政府信息公开申请。",
        "三、存在的问题及改进措施",
        "公开内容还不够全面。",
    ]


def test_a_chapter_on_disclosure_as_a_whole_holds_part_three_in_its_second_sub_heading():
    report = parsed(_old("二、信息公开情况"))
    assert [s.number for s in report.sections] == [1, 2, 3, 5]
    assert report.sections[2].title == "(二)依申请公开情况"


def test_a_chapter_naming_active_disclosure_keeps_its_sub_headings():
    assert [s.number for s in parsed(_old("二、主动公开政府信息情况")).sections] == [1, 2, 5]


def test_a_chapter_whose_first_sub_heading_is_no_kind_of_disclosure_keeps_them():
    assert [s.number for s in parsed(_old("二、信息公开情况", "(一)加强组织领导")).sections] == [1, 2, 5]
