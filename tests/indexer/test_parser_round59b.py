"""Round 59b (docs/parsing.md): a page that opens at part 一 of the 2021 template, its title cut off, is a report even
when its account says the body drew up a plan (制定本方案); a plan, or rules on compiling reports, that say so
stay refused.
Every text here is made up."""
from __future__ import annotations

from tests.indexer.made_up import refusal

PART_ONE = [
    "一、总体情况",
    "2023年，青石县水务局认真贯彻落实《中华人民共和国政府信息公开条例》，结合本局实际，制定本方案，推进政务公开。",
    "（一）主动公开方面。全年通过政府网站主动公开政府信息126条。",
    "（二）依申请公开方面。严格执行申请办理规范，按时答复。",
    "（三）政府信息管理方面。落实公文公开属性审查机制。",
    "（四）政府信息公开平台建设方面。持续优化政府网站栏目。",
]


def test_part_one_of_the_2021_template_outweighs_a_plan_named_in_its_account():
    assert refusal(PART_ONE) is None


def test_rules_on_compiling_reports_stay_refused_though_they_speak_of_reports():
    lines = ["第一条 为规范本镇政府信息公开工作年度报告的编制，根据《中华人民共和国政府信息公开条例》，制定本制度。",
             "第二条 本年度报告由党政办公室汇总编制，各站所负责编制本站所的政府信息公开年度报告。",
             "第三条 年度报告于每年1月31日前向社会公布。"]
    assert "本制度" in (refusal(lines) or "")


def test_a_plan_that_calls_itself_one_is_still_refused():
    lines = ["为推进全县政务公开工作，结合本县实际，制定本方案。",
             "一、总体要求",
             "坚持以公开为常态、不公开为例外。",
             "二、重点任务",
             "（一）推进决策公开。"]
    assert "本方案" in (refusal(lines) or "")
