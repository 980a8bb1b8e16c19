"""Round 23's places and issuer rules probed with made-up variants (docs/parsing.md, "Round 24"): a banner over a month
date read as a cover, a city named after a 州 read as two level words joined, a standing among the province's bodies
read as the report's own scope. Every report text here is made up; the places are the divisions list's."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.own_government import own_government, own_scope
from indexer.parser import parse_document

PART_ONE = ["一、概述", "今年，本机关认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]
LEAD = "本报告由石家庄市长安区人民政府办公室汇总编制，所列数据的统计期限为2020年1月1日至2020年12月31日。"


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


# --- a banner over a month date is no cover when the report's own words name a body of another place ----------------

@pytest.mark.parametrize("banner", ["河北省人民政府", "石家庄市人民政府", "黑龙江省人民政府", "上海市人民政府"])
@pytest.mark.parametrize("date", ["2021年3月", "2021年3月18日"])
def test_a_banner_of_another_place_over_a_date_yields_to_the_lead_in(banner, date):
    report = parse([banner, date, LEAD, *PART_ONE])
    assert report.level == "county"
    assert report.region["province"] == "河北省"


def test_a_banner_of_another_place_yields_to_the_first_sentence():
    lines = ["山西省人民政府", "2021年3月", "2020年政府信息公开工作年度报告", "一、总体情况",
             "2020年，太原市小店区人民政府认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]
    report = parse(lines)
    assert report.agency == "太原市小店区人民政府"
    assert (report.level, report.region["province"]) == ("county", "山西省")


@pytest.mark.parametrize("cover", ["石家庄市长安区人民政府", "长安区人民政府", "石家庄市长安区统计局"])
def test_a_cover_of_the_lead_ins_own_place_still_comes_first(cover):
    lead = LEAD.replace("石家庄市", "河北省石家庄市")
    report = parse([cover, "2021年3月", lead, *PART_ONE])
    assert report.agency == cover
    assert (report.level, report.region["province"]) == ("county", "河北省")


def test_round_23s_cover_over_its_offices_lead_in_is_unchanged():
    lead = "本报告由杭州市人民政府办公厅汇总编制，所列数据的统计期限为2014年1月1日至2014年12月31日。"
    assert parse(["杭州市人民政府", "2015年3月", lead, *PART_ONE]).agency == "杭州市人民政府"


# --- a place's name ending in a level word is no second level word ----------------------------------------------------

@pytest.mark.parametrize("text, level", [
    ("2020年，在杭州市委、市政府的正确领导下，我局认真贯彻落实《条例》。", "city"),
    ("2020年，在锡林郭勒盟委、盟政府的正确领导下，我局认真贯彻落实《条例》。", "city"),
    ("2020年，在通州区委、区政府的正确领导下，我局认真贯彻落实《条例》。", "county"),
    ("2020年，在沙市区委、区政府的正确领导下，我局认真贯彻落实《条例》。", "county"),
])
def test_a_place_named_with_a_level_character_keeps_its_level(text, level):
    assert own_government(text)[1] == level


@pytest.mark.parametrize("city, province", [("杭州市", "浙江省"), ("福州市", "福建省"), ("郑州市", "河南省")])
def test_a_city_bureau_under_its_zhou_citys_leaders_is_a_citys(city, province):
    text = f"2020年，在{city}委、市政府的正确领导下，我局认真贯彻落实《条例》，主动公开政府信息36条。"
    report = parse(["民政局2020年政府信息公开工作年度报告", text, *PART_ONE[2:]])
    assert (report.level, report.region["province"]) == ("city", province)


@pytest.mark.parametrize("directs", ["区县政府", "区（县）政府", "区、县政府", "县/区政府"])
def test_a_municipal_bureau_directing_district_and_county_governments_stays_provincial(directs):
    text = f"2020年，北京市民政局指导{directs}做好政府信息公开工作，督促{directs}按时发布年度报告。"
    report = parse(["北京市民政局2020年政府信息公开工作年度报告", text, *PART_ONE[2:]])
    assert (report.level, report.region["province"]) == ("province", "北京市")


@pytest.mark.parametrize("text, level", [
    ("按照省、市政府的统一部署，我局认真贯彻落实《条例》。", "city"),  # the two governments above: the lower is its own
    ("在县委、县政府的正确领导下，按照市县两级政府的部署，我局认真落实《条例》。", "county"),
])
def test_governments_above_a_body_joined_by_a_mark_still_count(text, level):
    assert own_government(text)[1] == level


# --- a standing among the province's bodies is no scope --------------------------------------------------------------

def test_a_standing_among_all_levels_of_the_province_is_no_scope():
    text = ("2020年，依托石家庄市人民政府门户网站主动公开政府信息2300条，在全省各级政府网站绩效评估中位列第三。"
            "全年在全省各级政府信息公开考核中获评优秀等次，全省各级媒体多次报道。")
    assert own_scope(text) is None
    report = parse(["2020年政府信息公开工作年度报告", text, *PART_ONE[2:]])
    assert report.level != "province"
    assert report.region["province"] == "河北省"


@pytest.mark.parametrize("text, level", [
    ("全县各级行政机关认真落实《条例》。全县各级行政机关共受理申请12件。", "county"),
    ("全市各级机关认真落实《条例》。全市各级机关共受理申请12件。", "city"),
])
def test_the_whole_areas_agencies_still_are_the_reports_scope(text, level):
    assert own_scope(text)[1] == level


# --- a wiki mirror's page name read as the text writes the body ------------------------------------------------------

def test_a_mirrors_page_name_after_the_governments_organs_is_read_as_the_text_names_it():
    lines = ["2020年政府信息公开工作年度报告", "一、总体情况",
             "2019年，天津市人民政府按照《条例》要求，主动公开政府信息2300条。", "二、主动公开政府信息情况", "详见下表。"]
    address = "https://wiki.example.org/wiki/天津市人民政府机关2019年政府信息公开工作年度报告"
    report = parse(lines, address)
    assert report.agency == "天津市人民政府"


def test_a_mirrors_page_name_naming_organs_the_text_also_names_keeps_them():
    lines = ["2020年政府信息公开工作年度报告", "一、总体情况",
             "2019年，天津市人民政府机关事务管理局按照《条例》要求，主动公开政府信息23条。", "二、主动公开政府信息情况", "详见下表。"]
    address = "https://wiki.example.org/wiki/天津市人民政府机关事务管理局2019年政府信息公开工作年度报告"
    assert parse(lines, address).agency == "天津市人民政府机关事务管理局"


# --- a report naming no issuer whose subject is a place's governments at all levels ----------------------------------

LEAD_2009 = "2009年年报根据《中华人民共和国政府信息公开条例》编制，由概述、主动公开政府信息情况等四部分组成。"


@pytest.mark.parametrize("sentence, level, province", [
    ("山西省各级政府认真贯彻《条例》，政府信息公开工作稳步推进。", "province", "山西省"),
    ("河北省各級政府高度重視政府信息公開工作。", "province", "河北省"),
    ("杭州市各级行政机关认真贯彻落实《条例》，主动公开政府信息2300条。", "city", "浙江省"),
])
def test_a_places_governments_at_all_levels_as_the_subject_place_a_no_issuer_report(sentence, level, province):
    report = parse([LEAD_2009, "一、概述", sentence, *PART_ONE[2:]])
    assert report.agency is None
    assert (report.level, report.region["province"]) == (level, province)


@pytest.mark.parametrize("sentence", [
    "在山西省各级政府的支持下，我们稳步推进政府信息公开工作。",  # thanked, not the subject
    "山西各级政府认真贯彻《条例》。",  # a short form names no division surely
])
def test_a_places_governments_not_as_the_subject_leave_the_level_open(sentence):
    assert parse([LEAD_2009, "一、概述", sentence, *PART_ONE[2:]]).level is None


def test_a_named_bodys_report_citing_its_provinces_governments_keeps_its_level():
    lines = ["杭州市民政局2012年政府信息公开工作年度报告", "一、概述", "浙江省各级政府认真贯彻《条例》，我局按照要求落实。",
             *PART_ONE[2:]]
    report = parse(lines)
    assert (report.level, report.region["province"]) == ("city", "浙江省")


# --- a part 一 heading on a spam copy: two marks after the numeral, a glyph at the end ---------------------------------

@pytest.mark.parametrize("line, part", [
    ("一,、政務信息公開工作情況?", 1),
    ("一、政务信息公开工作情况", 1),  # pre-2019: the year's work under 一 is the overview
    ("二,、主动公开政府信息情况?", 2),
    ("三,、依申请公开政府信息情况？", 3),
])
def test_a_spam_copys_numbered_heading_is_read(line, part):
    from indexer.sections import classify_heading
    assert classify_heading(line)[0] == part


def test_disclosure_work_under_another_numeral_names_no_overview():
    from indexer.sections import classify_heading
    assert classify_heading("三、政务信息公开工作情况") is None
    assert classify_heading("一、政务信息网上公开情况") is None  # what was put on line: part 二's subject only
    assert classify_heading("二、政府信息公开情况")[0] == 2


def test_a_spam_copy_keeps_its_part_one():
    lines = ["北山縣人民政府辦公室2018年政府信息公開工作年度報告",
             "一,、政務信息公開工作情況?", "2018年，我縣認真貫徹落實《條例》，主動公開政府信息230條。?",
             "二,、主動公開政府信息情況?", "全年主動公開政府信息230條。?"]
    assert [s.number for s in parse(lines).sections] == [1, 2]
