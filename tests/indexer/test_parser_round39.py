"""Round 39's classes (docs/parsing.md, "Round 39 — the fresh batches' misses"): the misses of two fresh batches
(the east and south: districts, zones, companies, mirrors; the middle: counties, townships, older templates), each
fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.corroboration import corroborated_name, page_key
from indexer.hostnames import label_units
from indexer.issuer import agency_name, lead_in_issuer
from indexer.model import Document
from indexer.parser import parse_document
from indexer.titles import parse_title


def parsed(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


def corroborated(name, page):
    return corroborated_name(name, page_key(page), agency_name)


# --- a company written alone by its kind ('我公司', '公司共公开…') ---------------------------------------------------

@pytest.mark.parametrize("name, page", [
    ("青禾润泽能源有限公司", "2019年度，青禾润泽能源有限公司在市信息公开办的指导下…结合青禾润泽工作实际…。我公司共公开信息12条。"),
    ("青禾潤澤能源有限公司", "2019年度，青禾潤澤能源有限公司在市信息公開辦的指導下…結合青禾潤澤工作實際…。我公司共公開信息12條。"),
    ("北山燃气集团有限公司", "2020年，北山燃气集团有限公司认真贯彻《条例》…。集团共发布信息30条，有限公司网站…公司"),
    ("北山公交集团", "2020年，北山公交集团认真贯彻《条例》…。集团共发布信息30条。"),
])
def test_a_company_written_alone_by_its_kind_keeps_its_name(name, page):
    assert corroborated(name, page) == (name, "")


def test_spam_before_a_company_is_still_cut():
    page = "鸿运娱乐青禾能源有限公司2019年…报告。2019年，青禾能源有限公司认真贯彻《条例》…我公司"
    assert corroborated("鸿运娱乐青禾能源有限公司", page) == ("青禾能源有限公司", "鸿运娱乐")


def test_a_company_report_with_no_title_names_the_company():
    report = parsed(["一、總體情況 2019年度，青禾潤(rùn)澤(zé)能源有限公司在市信息公開辦的指導下，根據《條例》，結合青禾潤(rùn)澤(zé)"
                     "工作實際，主動向社會公開信息。2019年度共公開信息12條。", "二、主動公開政府信息情況", "我公司無。"])
    assert report.agency == "青禾潤澤能源有限公司"


# --- a city's short name before a zone's or district's name that another province's place shares --------------------

@pytest.mark.parametrize("name, page", [
    ("湖州滨海新区", "2025年湖州滨海新区政府信息公开工作年度报告。2025年，滨海新区主动公开信息100条。"),
    ("台州滨海新区管委会", "台州滨海新区管委会2025年…报告。2025年，滨海新区管委会主动公开信息100条。"),
])
def test_a_city_short_name_before_a_place_is_the_names(name, page):
    assert corroborated(name, page) == (name, "")


@pytest.mark.parametrize("name, page, kept, cut", [
    ("鸿运娱乐滨海新区", "鸿运娱乐滨海新区2025年…报告。2025年，滨海新区主动公开信息100条。", "滨海新区", "鸿运娱乐"),
    ("澳门新葡京滨海新区", "澳门新葡京滨海新区2025年…报告。2025年，滨海新区主动公开信息100条。", "滨海新区", "澳门新葡京"),
])
def test_spam_before_a_place_is_still_cut(name, page, kept, cut):
    assert corroborated(name, page) == (kept, cut)


def test_a_zone_named_with_its_city_short_name_is_placed_by_the_city():
    report = parsed(["2025年湖州滨海新区政府信息公开工作年度报告", "2025年，湖州滨海新区管委会认真贯彻《条例》。",
                     "一、总体情况", "2025年，滨海新区在门户网站主动公开信息100条。", "二、主动公开政府信息情况", "详见下表。"])
    assert (report.agency, (report.region or {}).get("province")) == ("湖州滨海新区", "浙江省")


# --- '由X进行编制' ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead, name", [
    ("本年度报告由北山街道办事处进行编制。如有疑问，请联系东山区人民政府北山街道办事处。", "北山街道办事处"),
    ("本报告由北山县民政局负责进行编写。如有疑问，请联系北山县民政局办公室。", "北山县民政局"),
    ("本报告由北山县民政局进行汇总编制。", "北山县民政局"),
])
def test_a_lead_in_compiling_with_jinxing_names_the_compiler(lead, name):
    assert lead_in_issuer(lead) == name


def test_a_lead_in_with_jinxing_and_no_compiler_names_no_one():
    assert lead_in_issuer("本报告进行编制时参照了《条例》。") is None


# --- a document viewer's page mark before the title ------------------------------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("1、北山保税区2018年政府信息公开工作年度报告", "北山保税区"),
    ("1、北山县民政局(北山县老龄办)2018年政府信息公开工作年度报告", "北山县民政局(北山县老龄办)"),
    ("2.北山县民政局2018年政府信息公开工作年度报告", "北山县民政局"),
])
def test_a_page_mark_before_the_title_is_no_part_of_the_name(title, name):
    assert (parse_title(title).agency, parse_title(title).year) == (name, 2018)


@pytest.mark.parametrize("text", ["12345热线", "1、", "1、我局"])
def test_a_page_mark_leaves_no_name_where_there_was_none(text):
    assert agency_name(text) is None


# --- an older report's chapter 五 cut by the page's end --------------------------------------------------------------

OLDER = ["北山县残联2018年政府信息公开工作年度报告", "一、概述", "2018年，我会认真贯彻《条例》。",
         "二、主动公开政府信息情况", "主动公开信息20条。", "三、依申请公开、不予公开、收费及咨询政府信息情况",
         "未收到申请，未收取费用。", "四、申请行政复议、提起行政诉讼和申诉的情况", "未发生。"]


@pytest.mark.parametrize("cut", ["五、工作中存在", "五、工作中存在的主要问", "五、工作中存在的问题和"])
def test_an_older_reports_problems_chapter_cut_short_heads_part_five(cut):
    assert [s.number for s in parsed([*OLDER, cut]).sections] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("cut", ["五、工作", "五、工作措"])
def test_a_cut_heading_of_generic_words_heads_no_part(cut):
    assert [s.number for s in parsed([*OLDER, cut]).sections] == [1, 2, 3, 4]


# --- a host naming a province, a city and a county by their keys -----------------------------------------------------

def test_a_host_of_three_nested_keys_names_the_county():
    assert [u.name for u in label_units("jssztc")] == ["太仓市"]


@pytest.mark.parametrize("label", ["jssz", "sztc"])
def test_a_host_of_two_nested_keys_reads_as_before(label):
    assert label_units(label)


# --- a street's or town's own office, and a district's street office written without 街道 ---------------------------

from indexer.places import _agency_form  # noqa: E402  (the level the name alone tells)


@pytest.mark.parametrize("name", [
    "苏州市吴中区北山街道党政办",          # a street's own office
    "苏州市吴中区北山街道基层党建办",      # a street's office of another work
    "吴中区北山镇党政综合办公室",
    "合肥市蜀山区北郊办事处",             # a district's street office without 街道 (an older style)
    "蜀山区城关办事处",
])
def test_a_townships_office_or_a_districts_street_office_is_a_township(name):
    assert _agency_form(name).level == "township"


@pytest.mark.parametrize("name, level", [
    ("苏州市吴中区人民政府办公室", "county"),          # a district's own office
    ("苏州市吴中区民政局", "county"),
    ("苏州市吴中区北山街道办事处", "township"),      # as before
    ("苏州市吴中区人民政府驻北京办事处", "county"),  # a liaison office in the capital: the district's
    ("苏州市驻上海办事处", "city"),
])
def test_other_offices_keep_their_level(name, level):
    assert _agency_form(name).level == level


# --- a byline above a title that names no body is no name line of the title -----------------------------------------

LEAD_NAMED = ("根据《中华人民共和国政府信息公开条例》的规定，现公布北山县青石乡人民政府2022年政府信息公开工作年度报告。"
              "本报告数据统计时限为2022年1月1日至12月31日。")
PART_ONE = ["一、总体情况", "2022年，我乡认真贯彻《条例》。"]


@pytest.mark.parametrize("byline", [
    "发布时间：2023-01-31 10:42 信息来源：北山县青石乡",
    "信息来源：北山县青石乡",
    "来源: 北山县青石乡 发布日期: 2023-01-31",
    "发布机构：北山县青石乡",
])
def test_a_byline_above_a_title_naming_no_one_leaves_the_lead_in_to_name_it(byline):
    report = parsed([byline, "政府信息公开工作年度报告", LEAD_NAMED, *PART_ONE])
    assert (report.agency, report.year) == ("北山县青石乡人民政府", 2022)


def test_a_name_alone_above_a_title_naming_no_one_is_still_the_titles():
    report = parsed(["北山县青石乡", "政府信息公开工作年度报告", LEAD_NAMED, *PART_ONE])
    assert report.agency == "北山县青石乡"
