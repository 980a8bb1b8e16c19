"""Round 63's parser classes (docs/parsing.md, "Round 63"): a metadata row's label glued before the title it holds
('内容概述 市某局2014年…报告') is no part of the issuer's name; a department's office listed with another of its units as
the compilers ('由某局办公室、信息中心编制') names the department. Every text here is made up."""
from __future__ import annotations

from indexer.issuer import agency_name, lead_in_issuer
from tests.indexer.made_up import parsed

TITLE = "市蜂业局2014年政府信息公开工作年度报告"
BODY = ["一、概述", "2014年，我局全年主动公开政府信息16条。", "二、主动公开政府信息情况", "全年通过网站主动公开政府信息16条。"]


def test_a_summary_label_before_the_repeated_title_is_no_name():
    # the metadata table repeats the title under its 内容概述 row; the label is chrome, the short title's body stays
    report = parsed([TITLE, "", "索引号 000000-GK-2015-00001 发布日期 2015-03-13", "来源 东山市蜂业局",
                     f"内容概述 {TITLE}", *BODY])
    assert report.agency == "市蜂业局" and report.year == 2014


def test_the_summary_label_goes_with_or_without_a_separator():
    for label in ("内容概述", "内容概述：", "内容摘要 ", "信息标题:", "文件标题｜"):
        assert agency_name(f"{label}东山县蜂业局") == "东山县蜂业局", label


def test_a_name_opening_with_such_words_is_kept():
    # only a whole label goes: a body whose name merely opens with one of its characters keeps it
    assert agency_name("名山县蜂业局") == "名山县蜂业局"
    assert agency_name("内江市蜂业局") == "内江市蜂业局"


def test_an_office_listed_with_another_unit_names_its_department():
    lead = ("本报告根据《中华人民共和国政府信息公开条例》的有关要求，由东山县蜂业局办公室、信息中心编制。"
            "全文包括概述、主动公开政府信息情况等。")
    assert lead_in_issuer(lead) == "东山县蜂业局"
    report = parsed([lead, *BODY[:2]])
    assert report.agency == "东山县蜂业局"


def test_other_lists_of_units_name_the_department_too():
    for units in ("办公室和信息中心", "办公室、法规科", "综合科、信息中心"):
        lead = f"本报告由东山县蜂业局{units}编制，现予公布。"
        assert lead_in_issuer(lead) == "东山县蜂业局", units


def test_an_office_alone_still_names_its_department():
    assert lead_in_issuer("本报告由东山县蜂业局办公室编制。") == "东山县蜂业局"


def test_a_government_office_listed_with_a_centre_is_not_cut():
    # a government's office compiles as a body of its own (A3): listing a centre beside it makes no department of it
    name = lead_in_issuer("本报告由东山县人民政府办公室、县政务服务中心编制。")
    assert name is None or name.startswith("东山县人民政府办公室")


def test_a_byline_row_above_the_short_title_does_not_lengthen_it():
    # the title's short form stays (A1): the 来源 row names who published the page, not the title's issuer
    report = parsed([TITLE, "来源 东山市蜂业局", TITLE, *BODY])
    assert report.agency == "市蜂业局"
    report = parsed([TITLE, "", "索引号 000000-GK-2015-00001 发布日期 2015-03-13", "来源 东山市蜂业局",
                     f"内容概述 {TITLE}", *BODY])
    assert report.agency == "市蜂业局"


def test_a_full_name_line_above_a_short_title_still_names_the_body():
    # a cover line giving the body's full name over its short-form title (round 34) is kept
    report = parsed(["东山市蜂业局", TITLE, *BODY])
    assert report.agency == "东山市蜂业局"
