"""Round 37's classes (docs/parsing.md, "Round 37 — the fresh batches' misses"): the misses of a fresh batch sampled
for the 2019–2020 template, 2008–2013 reports and issuers hard to read, each fixed as a shape with made-up neighbours.
Every report text here is made up; the township names are the divisions list's, not any page's."""
from __future__ import annotations

import pytest

from indexer.corroboration import corroborated_name, page_key
from indexer.issuer import agency_name
from indexer.model import Document
from indexer.parser import parse_document
from indexer.places import locate

BODY = ["一、总体情况", "今年认真开展政府信息公开工作，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]


def parsed(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


# --- a 苏木's name: '我苏木' refers back to the whole name, as 我镇 does -------------------------------------------

SUMU_LEAD = ("2019年，青格尔苏木党委、政府认真贯彻《条例》，扎实做好政务公开工作。现将我苏木2019年度政府信息公开工作报告如下：")
SUMU_BODY = ["一、2019年工作开展情况", "我苏木成立了领导小组。2019年度我苏木无申请公开政务信息情况。",
             "由于我苏木未发生行政复议案，因此未发生相关费用。"]


def test_a_sumu_written_alone_as_our_sumu_keeps_its_name():
    page = page_key(SUMU_LEAD + "".join(SUMU_BODY))
    assert corroborated_name("青格尔苏木", page, agency_name) == ("青格尔苏木", "")


def test_a_sumu_report_keeps_its_whole_name_and_level():
    report = parsed(["青格尔苏木2019年政府信息公开年度报告", SUMU_LEAD, *SUMU_BODY])
    assert (report.agency, report.year, report.level) == ("青格尔苏木", 2019, "township")


def test_words_glued_before_a_sumu_still_go():
    # the spliced words never recur; the 苏木's whole name is written alone in the lead-in
    page = page_key("鸿运娱乐青格尔苏木2019年报告" + SUMU_LEAD + "".join(SUMU_BODY))
    assert corroborated_name("鸿运娱乐青格尔苏木", page, agency_name) == ("青格尔苏木", "鸿运娱乐")


def test_words_glued_before_a_town_still_go():
    page = page_key("鸿运娱乐青石镇2019年报告。2019年，青石镇严格按照要求。我镇主动公开信息。我镇无申请。")
    assert corroborated_name("鸿运娱乐青石镇", page, agency_name) == ("青石镇", "鸿运娱乐")


# --- a township whose name is a county's name and its 镇 or 乡 -------------------------------------------------------

@pytest.mark.parametrize("name, context, level, province, county", [
    ("唐县镇人民政府", "", "township", "湖北省", "随县"),          # 唐县 is in 河北; the one 唐县镇 is 随县's
    ("唐县镇", "", "township", "湖北省", "随县"),
    ("古县镇人民政府", "依托永丰县政府信息公开平台。", "township", "江西省", "永丰县"),
    ("新县镇人民政府", "", "township", None, None),                 # two provinces hold a 新县镇: none is chosen
    ("芒市镇人民政府", "", "township", "云南省", "芒市"),           # a town named after the county that holds it
])
def test_a_town_named_with_a_county_name_is_a_town(name, context, level, province, county):
    place = locate(name, context=context)
    assert (place.level, place.province, place.county) == (level, province, county)


@pytest.mark.parametrize("name, level, province", [
    ("唐县人民政府", "county", "河北省"),
    ("新县民政局", "county", "河南省"),
    ("唐县青石镇人民政府", "township", "河北省"),                 # a town of 唐县, named after it
    ("新县青石乡人民政府", "township", "河南省"),
])
def test_a_county_and_the_towns_it_names_stay_the_county_s(name, level, province):
    place = locate(name)
    assert (place.level, place.province) == (level, province)


def test_a_report_of_a_town_named_with_a_county_name():
    report = parsed(["唐县镇2019年政府信息公开工作年度报告", *BODY])
    assert (report.agency, report.level, report.region["province"]) == ("唐县镇", "township", "湖北省")


def test_a_hint_naming_such_a_town_names_no_county():
    # '唐县镇网站': the town's site, not 唐县's (河北)
    report = parsed(["唐县镇2012年度政府信息公开年度报告", "本报告可在唐县镇网站查阅或下载。", *BODY])
    assert (report.level, report.region["province"]) == ("township", "湖北省")


def test_a_hint_naming_a_county_s_townships_names_the_county():
    # '古县乡镇' is 古县's 乡镇, though a 古县乡 lies in 蒲县
    place = locate("民政局", hints=["古县乡镇政务公开栏"])
    assert (place.level, place.province, place.county) == ("county", "山西省", "古县")


# --- a part heading with a slip in its words, between two tables ------------------------------------------------------

def _two_tables(heading):
    return ["一、总体情况", "2019年，我局认真做好政府信息公开工作。", "二、主动公开政府信息情况",
            "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
            "| 规章 | 0 | 0 | 0 |", "| 规范性文件 | 0 | 0 | 0 |",
            heading,
            "| 自然人 | 法人或其他组织 | 总计 |",
            "| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"]


@pytest.mark.parametrize("heading", [
    "三、收到的处理政府信息公开申请情况",
    "三、收到及处理政府信息公开申请情况",
    "三、收到和处理政府信息公开申请情况",   # the template's own words (read so before this round too)
])
def test_a_part_heading_between_two_tables_heads_its_part(heading):
    report = parsed(_two_tables(heading))
    assert [s.number for s in report.sections] == [1, 2, 3]


def test_a_numbered_row_label_between_two_table_fragments_heads_no_part():
    report = parsed(_two_tables("三、本年度办理结果"))
    assert [s.number for s in report.sections] == [1, 2]


# --- a chapter heading cut by the page's end, in a report on the 2008 template -------------------------------------------

OLD = ["一、概述", "根据《条例》要求，本单位自2008年起开展政府信息公开工作。",
       "二、主动公开政府信息的情况", "2008年度共新增主动公开政府信息312条。",
       "三、依申请公开政府信息和不予公开政府信息的情况", "本单位2008年没有收到政府信息公开申请。"]
NEW = ["一、总体情况", "2020年，本单位认真做好政府信息公开工作。",
       "二、主动公开政府信息情况", "详见下表。",
       "三、收到和处理政府信息公开申请情况", "本单位2020年没有收到政府信息公开申请。"]


@pytest.mark.parametrize("chapters, last, parts", [
    (OLD, "四、政府信", [1, 2, 3]),                # the 2008 template's 四 is the fees: no part of the current one
    (OLD, "四、政府信息公开", [1, 2, 3]),
    (OLD, "五、因政府信息公开申请行", [1, 2, 3, 4]),  # its words still tell the part (行政复议, part 四)
    (NEW, "四、政府信", [1, 2, 3, 4]),             # the current template's 四, read by its number
    (NEW, "五、存在的主", [1, 2, 3, 5]),
])
def test_a_cut_chapter_heading_is_read_in_its_template_s_numbering(chapters, last, parts):
    report = parsed(["青石镇2008年政府信息公开工作年度报告", *chapters, last])
    assert [s.number for s in report.sections] == parts


# --- a part 一 heading whose title the copy lost ----------------------------------------------------------------------

def test_a_numeral_alone_heads_part_one_before_its_paragraph():
    report = parsed(["2019年青石街道", "政府信息公开工作年度报告",
                     "本年度报告根据《条例》要求编制而成。现将我街道2019年政府信息公开工作的情况报告如下：",
                     "一、",
                     "青石街道成立了信息公开工作领导小组，日常工作由党政办牵头，各科室予以配合。",
                     "1、主动公开政府信息情况",
                     "目前共主动公开政府信息373条，其中本单位网站公开政府信息数52条。"])
    assert [s.number for s in report.sections] == [1]
    assert (report.agency, report.year) == ("青石街道", 2019)


def test_a_numeral_alone_before_a_titled_part_one_is_not_part_one():
    report = parsed(["青石街道2019年政府信息公开工作年度报告", "一、", "二、",
                     "一、总体情况", "2019年，青石街道认真做好政府信息公开工作。", "二、主动公开政府信息情况", "详见下表。"])
    assert [s.number for s in report.sections] == [1, 2]
    assert report.sections[0].title == "一、总体情况"
