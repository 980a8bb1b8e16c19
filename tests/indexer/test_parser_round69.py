"""Round 69's parser classes (docs/parsing.md, "Round 69"), found by re-reading reports under presentation transforms
(bench/presentation_robustness.py): a traditional copy's announcing verb, a site's menu run into the lead-in, a
site's banner over a lead-in that publishes the report by its title, a search box's words over the title.
Every text here is made up."""
from __future__ import annotations

from tests.indexer.made_up import parsed

PART_ONE = ["一、总体情况", "2021年，青岚县蚕桑站认真贯彻《条例》，全年主动公开政府信息58条，依申请公开渠道保持畅通。"]


def test_a_traditional_lead_in_names_the_body_without_its_announcing_verb():
    # (the title as a site writes it, 某某發布2021年…報告, published by a lead-in in a mirror's traditional script)
    report = parsed(["根據《中華人民共和國政府信息公開條例》規定，現向社會公佈青嵐縣蠶桑站發布2021年政府信息公開工作年度報告。",
                     "一、總體情況", "2021年，青嵐縣蠶桑站認真貫徹《條例》，全年主動公開政府信息58條。"])
    assert report.agency == "青嵐縣蠶桑站"


def test_a_site_menu_run_into_the_lead_in_is_no_part_of_the_name():
    report = parsed(["首页 政务公开 互动交流 招商引资 魅力蚕乡",
                     "现将青岚县蚕桑站2021年政府信息公开工作情况报告如下。", *PART_ONE])
    assert report.agency == "青岚县蚕桑站"


def test_a_lead_in_publishing_the_report_by_its_title_outranks_the_sites_banner():
    report = parsed(["青岚县人民政府", "根据《中华人民共和国政府信息公开条例》规定，现公布青岚县蚕桑站2021年度政府信息公开工作年报。",
                     *PART_ONE])
    assert report.agency == "青岚县蚕桑站"


def test_a_banner_over_the_compiling_office_stays_the_issuer():
    # the office compiles its government's report: the cover line still names the issuer (round 24)
    report = parsed(["青岚县人民政府", "本报告由青岚县人民政府办公室编制，全文包括总体情况、主动公开政府信息情况等部分。"
                     "报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。", *PART_ONE])
    assert report.agency == "青岚县人民政府"


def test_a_search_box_over_the_title_names_no_place():
    # '请输入搜索内容' + '县蚕桑站…' read as one text would name '容县蚕桑站', a county elsewhere
    report = parsed(["请输入搜索内容", "县蚕桑站2021年政府信息公开工作年度报告", "一、总体情况",
                     "2021年，县蚕桑站认真贯彻《条例》，全年主动公开政府信息58条。"])
    assert report.agency == "县蚕桑站"
    assert report.region.get("county") != "容县"
