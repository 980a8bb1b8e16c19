"""Round 66's parser classes (docs/parsing.md, "Round 66"): the 共 of 公共 inside a body's name is no predicate; a
note on how a year's reports were published is about reports. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed, refusal

REST = ["一、总体情况", "（一）主动公开。全年主动公开政府信息58条。", "（二）依申请公开。全年未收到政府信息公开申请。"]


@pytest.mark.parametrize("lead, body", [
    ("2023年，东山县公共陶艺服务中心在县委县政府的坚强领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，"
     "深入推进信息公开。现就2023年政府信息公开情况报告如下：", "东山县公共陶艺服务中心"),
    # the same in traditional script, as a mirror copies it: the name as written
    ("2023年，東山縣公共陶藝服務中心在縣委縣政府的堅強領導下，認真貫徹落實《中華人民共和國政府信息公開條例》，"
     "深入推進信息公開。現就2023年政府信息公開情況報告如下：", "東山縣公共陶藝服務中心"),
], ids=["simplified", "traditional"])
def test_the_gong_of_gonggong_inside_a_name_is_no_predicate(lead, body):
    assert parsed([lead, *REST]).agency == body


def test_gong_as_the_predicate_still_ends_the_name():
    lines = ["2023年，东山县陶艺服务中心共公开政府信息58条，未收到政府信息公开申请。", *REST]
    assert parsed(lines).agency == "东山县陶艺服务中心"


NOTE = ["东山县2023年政府信息公开工作年度报告公布情况", "发布时间：2024-02-05",
        "根据《中华人民共和国政府信息公开工作年度报告格式》要求，我县组织各政府信息公开责任单位编制并发布2023年度"
        "政府信息公开工作年度报告。现将公布情况报告如下：",
        "一、我县应公布年度报告单位12个，按时公布率100%。",
        "二、各单位均于2024年1月31日前完成年度报告的公布工作。"]


@pytest.mark.parametrize("title", [NOTE[0], "东山县2023年度政府信息公开工作年报编制发布情况"],
                         ids=["published", "compiled and published"])
def test_a_note_on_how_the_years_reports_were_published_is_refused(title):
    reason = refusal([title, *NOTE[1:]])
    assert reason and "another kind of document" in reason


def test_a_reports_own_subheading_on_publishing_its_report_keeps_it():
    lines = ["东山县陶艺服务中心2023年政府信息公开工作年度报告", "一、总体情况", "（一）年度报告发布情况",
             "2023年，东山县陶艺服务中心按时发布上年度报告，全年主动公开政府信息58条。"]
    assert refusal(lines) is None

