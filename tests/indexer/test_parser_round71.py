"""Round 71's parser classes (docs/parsing.md, "Round 71"), found by re-reading reports under the presentation
transforms of bench/presentation_classes.py. Every text here is made up."""
from __future__ import annotations

from indexer.issuer import agency_name
from tests.indexer.made_up import parsed

PART_ONE = ["一、总体情况", "2021年，青岚县蚕桑站认真贯彻《条例》，全年主动公开政府信息58条，依申请公开渠道保持畅通。"]


def test_a_place_written_twice_before_the_name_is_the_name_once():
    # a template slip: the place filled in twice ('某某市某某区某某市某某区某某局')
    title = parsed(["青岚县青岚县蚕桑站2021年政府信息公开工作年度报告", *PART_ONE])
    lead_in = parsed(["本报告是根据《中华人民共和国政府信息公开条例》要求，由青岚县青岚县蚕桑站编制的2021年度政府信息公开年度报告。",
                      *PART_ONE])
    assert title.agency == lead_in.agency == "青岚县蚕桑站"


def test_a_self_reference_after_a_place_is_no_name():
    # '青岚县我站' (a place before the body's word for itself) names no one (A5: 我局 alone is null)
    report = parsed(["一、总体情况", "2021年，青岚县我站认真贯彻《条例》，全年主动公开政府信息58条，依申请公开渠道保持畅通。",
                     "二、主动公开政府信息情况", "全年通过县政府网站主动公开政府信息58条。",
                     "如对本报告有任何疑问，请与青岚县蚕桑站办公室联系（地址：青岚县某某路1号，邮编：000000）。"])
    assert "我" not in (report.agency or "")


def test_a_date_over_a_title_without_year_is_no_year_reported_on():
    # a welcome line's date ('…2024年05月09日') run into the title that has no year: the statistics period says the year
    report = parsed(["您好，欢迎访问青岚县蚕桑站网站！ 2024年05月09日", "青岚县蚕桑站政府信息公开工作年度报告",
                     "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。", *PART_ONE])
    assert report.year == 2021
    # (a period written out after the year is the year's: '现将某某2021年1月1日至12月31日…情况报告如下')
    spanned = parsed(["现将青岚县蚕桑站2021年1月1日至12月31日政府信息公开工作情况报告如下。", *PART_ONE[:1],
                      "全年主动公开政府信息58条，依申请公开渠道保持畅通。"])
    assert spanned.year == 2021


def test_a_place_the_gazetteer_knows_without_its_unit_word_written_twice_is_written_once():
    report = parsed(["重庆重庆高新区蚕桑站2021年政府信息公开工作年度报告", *PART_ONE])
    assert report.agency == "重庆高新区蚕桑站"


def test_a_lead_in_summing_up_the_whole_town_names_no_body():
    # '汇总全镇…情况编制本年度报告' (no title): the verb and 全镇 are no name; the first sentence names the body
    report = parsed(["根据《中华人民共和国政府信息公开条例》规定，汇总全镇政府信息公开工作情况编制本年度报告。",
                     "一、总体情况", "2021年，青岚镇人民政府认真贯彻《条例》，全年主动公开政府信息58条，依申请公开渠道保持畅通。"])
    assert report.agency == "青岚镇人民政府"


def test_an_office_named_by_its_staff_alone_is_no_name():
    # '…具体负责办公厅机关政府信息公开工作' read as a lead-in's name: whose general office, the words do not say
    assert agency_name("办公厅机关") is None and agency_name("办公室机关") is None
    assert agency_name("青岚县人民政府办公厅机关") == "青岚县人民政府办公厅机关"


def test_last_years_report_published_on_time_is_no_year_reported_on():
    # no title, no lead-in, no period: part 一 tells of publishing last year's report by its title ('按时发布《…》')
    report = parsed(["一、总体情况", "2021年，青岚县蚕桑站认真贯彻《条例》，进一步加强政府信息公开平台建设。",
                     "（一）做好主动公开工作。按时发布《青岚县蚕桑站2020年度政府信息公开年度报告》，全年主动公开政府信息58条。",
                     "（二）做好依申请公开工作。全年共收到政府信息公开申请3件，均已按期答复。"])
    assert report.year == 2021
