"""Classes round 23's randomly sampled pages showed (docs/parsing.md, "Round 23"): a cover line dated by month, a town a
zone administers, a municipality's own government whose text directs its district and county governments. Every
report text here is made up; the places are the divisions list's, the names around them invented."""
from __future__ import annotations

import pytest

from indexer.metadata import _cover_issuer
from indexer.model import Document
from indexer.own_government import own_government
from indexer.parser import parse_document
from indexer.places import locate

PART_ONE = ["一、概述", "今年，本机关认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]
LEAD_BY_OFFICE = ("本报告由北山市人民政府办公室汇总各区县和市直部门的年度报告后编制，依据《条例》的规定发布。"
                  "所列数据的统计期限为2014年1月1日至2014年12月31日。")


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


# --- a cover line, then its date by month, then the lead-in ---------------------------------------

@pytest.mark.parametrize("date", ["2015年3月", "2015年3月18日", "（2015年3月）", "2015年12月"])
def test_a_cover_line_over_a_month_date_names_the_issuer(date):
    report = parse(["北山市人民政府", date, LEAD_BY_OFFICE, *PART_ONE])
    assert report.agency == "北山市人民政府"
    assert report.year == 2014  # the cover's date is the publication's, not the year reported on


def test_a_cover_line_in_traditional_script_over_a_month_date():
    lead = LEAD_BY_OFFICE.replace("报告", "報告").replace("办公室", "辦公室").replace("汇总", "匯總")
    assert parse(["北山市人民政府", "2015年3月", lead, *PART_ONE]).agency == "北山市人民政府"


def test_a_month_date_alone_is_no_cover_and_the_lead_in_still_names_the_body():
    lead = "根据《条例》要求，现公布北山市统计局2014年政府信息公开工作年度报告。"
    assert parse(["2015年3月", lead, *PART_ONE]).agency == "北山市统计局"


def test_a_name_line_followed_by_a_sentence_is_no_cover():
    # a line naming a body, then a short sentence (not a lead-in, not a date): nothing changes
    assert _cover_issuer(["北山市人民政府", "欢迎访问", "首页"]) is None


# --- a town or street a zone administers ------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "重庆市万盛经济技术开发区青溪镇人民政府",     # the zone's full kind, longer than TOWNSHIP reaches
    "重庆市万盛经开区青溪镇人民政府",               # its short kind (read before round 23 too)
    "天津经济技术开发区青溪街道办事处",
    "福州高新技术产业开发区青溪街道办事处",
    "长沙经济技术开发区青溪街道党工委",
])
def test_a_town_a_zone_administers_is_a_township(name):
    assert locate(name).level == "township"
    assert parse([f"{name}2023年政府信息公开工作年度报告", *PART_ONE]).level == "township"


@pytest.mark.parametrize("name", [
    "天津经济技术开发区管理委员会",   # the zone's own committee sits outside the tiers
    "天津经济技术开发区财政局",       # so do its bureaus
    "福州高新技术产业开发区青溪园",   # no township unit word after the zone
])
def test_a_zones_own_bodies_keep_no_level(name):
    assert locate(name).level is None


# --- a municipality's own government, directing its district and county governments -------------------

DIRECTS = ("2023年，本机关指导全市26个区县（自治县）政府（以下简称区县政府）完成基层公开事项目录的编制，"
           "政务公开工作稳步推进。")


@pytest.mark.parametrize("name", ["重庆市人民政府", "重庆市政府", "重庆市人民政府办公厅", "重慶市人民政府",
                                  "重庆市人民政府机关", "北京市人民政府"])
def test_a_municipalitys_own_government_is_province_level_whatever_it_directs(name):
    report = parse([f"{name}2023年政府信息公开工作年度报告", "一、总体情况", DIRECTS, "二、主动公开政府信息情况", "详见下表。"])
    assert report.level == "province"


@pytest.mark.parametrize("text", [
    "督促指导各区县政府编制目录。",
    "指导26个区县政府编制目录。",
    "按照市县政府的部署推进公开。",
    "根据旗县政府要求做好公开。",
])
def test_two_level_words_joined_name_several_governments_not_the_bodys_own(text):
    assert own_government(text) is None


@pytest.mark.parametrize("text, level", [
    ("在县委、县政府的领导下，本局推进公开。", "county"),
    ("在青溪新区区委、区政府的领导下，本委推进公开。", "county"),  # the same word twice: a name, then its level
    ("按照区政府办公室的要求，本局推进公开。", "county"),
])
def test_a_government_named_by_its_level_alone_still_tells_the_level(text, level):
    assert own_government(text)[1] == level


def test_a_body_named_after_its_municipality_alone_under_district_leaders_stays_a_districts():
    # the rule the municipal government is now kept out of: '重庆某某古镇管理委员会' working under 区委、区政府
    report = parse(["重庆青溪古镇管理委员会2023年政府信息公开工作年度报告", "一、总体情况",
                    "2023年，在区委、区政府的坚强领导下，本委认真贯彻落实《条例》。", "二、主动公开政府信息情况", "详见下表。"])
    assert report.level == "county"


# --- a copy starting at part 一, its year only in a month-dated act ------------------------------------

def year_of(paragraphs):
    return parse(["一、概述", *paragraphs, "二、主动公开政府信息情况", "详见下表。"]).year


@pytest.mark.parametrize("dated", [
    "2015年6月，我市政府办公室制发了《北山市政务公开工作方案》，明确全年任务。",
    "2015年5月我局印发了公开工作要点，统筹部署全年工作。",
    "2015年5月12日，本机关召开专题会议，部署政府信息公开工作。",
    "2015年4月，市政府办公室制定了工作要点。",
])
def test_a_month_dated_act_gives_the_year_when_nothing_else_does(dated):
    assert year_of(["在省委、省政府的正确领导下，我市统筹部署，有序推进政府信息公开工作。", dated]) == 2015


def test_a_year_the_text_states_plainly_outweighs_a_month_dated_act():
    assert year_of(["2016年，我局认真贯彻落实《条例》。", "2017年1月，我局召开会议，部署新一年工作。"]) == 2016


def test_no_dated_act_and_no_year_leave_the_year_open():
    assert year_of(["在省委、省政府的正确领导下，我市有序推进政府信息公开工作。",
                    "我市印发了《北山市推进政府信息公开工作要点》。"]) is None


# --- a report naming no issuer that speaks of its whole area's agencies --------------------------------

@pytest.mark.parametrize("text, level", [
    ("全市各级行政机关深入贯彻《条例》。全市各级行政机关通过政府网站主动公开信息。", "city"),
    ("全县各级行政机关深入贯彻《条例》。全县各级行政机关通过政府网站主动公开信息。", "county"),
])
def test_the_whole_areas_agencies_are_the_reports_own_scope(text, level):
    from indexer.own_government import own_scope
    assert own_scope(text)[1] == level


def test_a_standing_among_the_provinces_cities_is_no_scope():
    from indexer.own_government import own_scope
    assert own_scope("在全省各市考核中位列第三。全省各市均开展了评议。") is None


def test_no_issuer_whole_city_agencies_on_a_county_level_citys_site_is_a_county():
    lines = ["本报告依据《条例》规定编制，统计期限为2020年1月1日至2020年12月31日。", "一、总体情况",
             "2020年，全市各级行政机关认真落实《条例》，主动公开信息1200条。",
             "全市各级行政机关在满洲里市人民政府网站发布办事指南。", "二、主动公开政府信息情况", "详见下表。"]
    report = parse(lines)
    assert report.agency is None and report.level == "county"
