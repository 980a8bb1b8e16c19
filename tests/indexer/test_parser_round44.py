"""Round 44's classes (docs/parsing.md, "Round 44 — the fresh batches' misses"): the misses of two fresh batches
(copies on other hosts; a random draw by generic queries), each fixed as a shape with made-up neighbours. Every text
here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from tests.indexer.made_up import parsed, refusal


_PART_ONE = ["一、总体情况",
             "2024年，我局按照区里的部署，把政务公开列入全年重点工作，公开工作有序开展。",
             "（一）主动公开。全年在门户网站发布各类信息31条，其中工作动态9条。",
             "（二）依申请公开。本年度共收到申请1件，已按期答复。"]
_LEAD = "根据《条例》的规定，结合我局2024年度实际工作情况，现将2024年度政府信息公开工作年度报告如下："


# --- a cut page's last line is a part heading, not a signature -----------------------------------------------------

@pytest.mark.parametrize("last", ["二、行政机关主动公开政府", "二、主动公开政府信息情况", "（三）政府信息管理"])
def test_a_heading_cut_at_the_pages_end_signs_nothing(last):
    report = parsed([_LEAD, *_PART_ONE, last])
    assert report.agency is None or "、" not in report.agency and "）" not in report.agency


def test_a_signature_on_the_last_line_still_names_the_issuer():
    report = parsed([_LEAD, *_PART_ONE, "西山县审计局", "2025年1月20日"])
    assert report.agency == "西山县审计局"


# --- a lead-in listing the template's parts inline, in a long line, names no headings ------------------------------

_LISTING = ("本报告依照《中华人民共和国政府信息公开条例》(以下简称《条例》)编制并向社会公开。全文共有六个部分:一、总体情况,"
            "二、主动公开政府信息情况,三、收到和处理政府信息公开申请情况,四、政府信息公开行政复议、行政诉讼情况,"
            "五、存在的主要问题及改进措施,六、其他需要报告的事项。报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。"
            "对本报告有疑问的,可与东坑乡人民政府综合办联系(地址:东坑乡新街1号,电话:0000-1234567)")
_TOWN_PART_ONE = ["一、总体情况",
                  "2025年，东坑乡按照县里的安排做好政务公开，群众关心的事项都按时公开。",
                  "（一）政府信息公开情况",
                  "全年我乡在县政府网站发布信息6条，没有收到公开申请。"]


@pytest.mark.parametrize("listing", [_LISTING, _LISTING.replace(",", "，"), _LISTING.replace(",二", "、二").replace(",三", "、三")])
def test_a_lead_in_listing_the_parts_inline_is_no_heading(listing):
    assert [s.number for s in parsed([listing, *_TOWN_PART_ONE]).sections] == [1]


def test_a_one_line_page_with_its_headings_run_in_still_splits():
    # the parts' headings run into their paragraphs on one crawled line: headings, not a list
    line = ("2025年东坑乡政府信息公开工作年度报告 一、总体情况 2025年，东坑乡深入贯彻落实《条例》，及时公开各类政府信息，"
            "全年主动公开信息12条，做好政策解读工作。二、主动公开政府信息情况 全年制发规范性文件0件，政策解读2件，各项工作有序推进。"
            "三、收到和处理政府信息公开申请情况 本年度未收到政府信息公开申请，无结转申请，无行政复议。"
            "四、政府信息公开行政复议、行政诉讼情况 本年度无行政复议、行政诉讼案件。")
    assert [s.number for s in parsed([line]).sections] == [1, 2, 3, 4]


# --- an area's disclosure office compiling its area's report, the office opening its clause (A3) -------------------

COMPILING_OFFICES = [
    ("根据《条例》和《东州市政府信息公开规定》要求,东州市人民政府信息公开办公室汇总全市政府信息公开情况编制而成本报告。本报告由六部分组成。",
     "东州市人民政府信息公开办公室"),
    ("根据《条例》要求，北山县人民政府信息公开办公室综合全县各部门年度报告编制了本报告。全文包括概述等部分。",
     "北山县人民政府信息公开办公室"),
]


@pytest.mark.parametrize("text,name", COMPILING_OFFICES)
def test_an_areas_disclosure_office_opening_its_clause_is_named_as_written(text, name):
    assert lead_in_issuer(text) == name


COMPILING_NEIGHBOURS = [
    # after 由, as before
    ("本报告由东州市人民政府信息公开办公室汇总全市政府信息公开情况编制而成。", "东州市人民政府信息公开办公室"),
    # an office that is no disclosure office, or no name at all: not this rule's
    ("根据《条例》要求，我局办公室汇总全局政府信息公开情况编制而成本报告。", None),
]


@pytest.mark.parametrize("text,name", COMPILING_NEIGHBOURS)
def test_other_compilers_are_read_as_before(text, name):
    assert lead_in_issuer(text) == name


# --- a newspaper's dateline (某某报讯) over a report told of in the third person -----------------------------------

_NEWS = ["北河财经报讯 某某部近日在其网站上增设了预算公开栏目，集中发布部门预算和决算。",
         "日前，某某部发布《政府信息公开工作2011年度报告》(以下简称《年度报告》)。《年度报告》显示，2011年，该部公开工作"
         "又有新进展，各项制度更加健全。记者了解到，该部网站一年访问量超过3亿次。",
         "《年度报告》显示，2011年该部目录新增信息640条，其中规划信息12条。"]


@pytest.mark.parametrize("lines", [_NEWS, [line.replace("北河财经报讯", "北河日報訊") for line in _NEWS]])
def test_a_newspapers_item_telling_of_a_report_is_refused(lines):
    assert refusal(lines)


def test_a_report_reposted_under_a_newspapers_dateline_is_kept():
    lines = ["北河财经报讯 某某部2011年政府信息公开工作年度报告全文如下。",
             "本报告根据《条例》要求编制，全文包括概述、主动公开政府信息情况等部分。本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。",
             "一、概述", "2011年，某某部健全公开制度，公开工作有新进展。",
             "二、主动公开政府信息情况", "2011年该部目录新增信息640条，其中规划信息12条。"]
    assert refusal(lines) is None


# --- a pipe-closed cell with the row's padding pipes on its line ('8 | ||||'): a cell, the padding dropped ---------

def _pipe_table(last_cell: str) -> list[str]:
    head = ["东山区人民政府办公室2022年政府信息公开工作年度报告",
            "本报告根据《条例》要求编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
            "一、总体情况", "2022年，区政府办公室把政务公开列入年度任务，全年公开信息80条。",
            "三、收到和处理政府信息公开申请情况",
            "全年收到公开申请5件，都由个人提出。",
            "|", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |", "申请人情况 | |||||||||||||||", "|",
            "自然人 |", "法人或其他组织 |", "总计 | ||||||||||||||", "|",
            "商业 企业 |", "科研 机构 |", "社会公益组织 |", "法律服务机构 |", "其他 | ||||||||||||", "|",
            "一、本年新收政府信息公开申请数量 |", "5 |", "0 |", "0 |", "0 |", "0 |", "0 |", last_cell, "|",
            "二、上年结转政府信息公开申请数量 |", "0 |", "0 |", "0 |", "0 |", "0 |", "0 |", "0 | |||||||||", "|"]
    return head


@pytest.mark.parametrize("last", ["5 | |||||||||", "5 | ||", "5 ||||"])
def test_a_cell_closed_with_the_rows_padding_is_read(last):
    assert parsed(_pipe_table(last)).figures.get("requests_new") == 5


def test_a_cell_closed_alone_is_read_as_before():
    assert parsed(_pipe_table("5 |")).figures.get("requests_new") == 5


# --- a pre-2019 chapter 二 named by the disclosure work it pushed on ('二、…，推进政务公开各项工作的情况'): part 2 ----------

def _chapters(second: str, third: str = "三、依申请公开政府信息情况") -> list[int]:
    lines = ["北河乡2018年政府信息公开工作年度报告",
             "现公布北河乡2018年政府信息公开工作年度报告。报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。",
             "一、概述", "2018年，我乡把政务公开放在重要位置，专人负责，按时公开。",
             second, "（一）网站公开", "全年在县政府网站公开信息37条，其中财政信息4条。",
             third, "2018年，我乡未收到政府信息公开申请。"]
    return [s.number for s in parsed(lines).sections]


@pytest.mark.parametrize("second", ["二、围绕中心工作,推进政务公开各项工作的情况", "二、立足本职，稳步推进政府信息公开工作",
                                    "二、政务公开情况", "二、扎实做好政务公开工作"])
def test_chapter_two_on_the_disclosure_work_is_part_two(second):
    assert _chapters(second) == [1, 2, 3]


@pytest.mark.parametrize("second,expected", [
    ("二、主动公开政府信息情况", [1, 2, 3]),           # the template's own title, as before
    ("二、加强组织领导，健全工作机制", [1, 3]),         # a chapter on something else names no part, as before
])
def test_other_second_chapters_as_before(second, expected):
    assert _chapters(second) == expected


def test_the_disclosure_work_under_another_numeral_is_no_part_two():
    # '四、推进政务公开各项工作的情况' after 依申请公开: not part 2 out of order
    assert 2 not in _chapters("二、主动公开政府信息情况", "三、推进政务公开各项工作的情况")[2:]
