"""Round 35's class (docs/parsing.md, "Round 35"): lead-ins and first sentences sampled wide, one sentence per
page, read as pages with no title. The one class the train half missed: a body named as the subject of a
compiling verb other than 编制 (编写, 撰写), or with an adverb of care (精心) before it, ahead of the year-first
title it made. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.model import Document
from indexer.parser import parse_document

BODY = ["一、总体情况", "今年我局认真开展政府信息公开工作，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]
CHROME = "当前位置：首页 > 政务公开 > 年度报告"


def agency_of(lines):
    return parse_document(Document(list(lines) + BODY, "txt"), "x.txt").agency


@pytest.mark.parametrize("lead, name", [
    ("根据《条例》等文件以及省、市相关工作要求，青石市司法局认真编写了2025年政府信息公开工作年度报告。", "青石市司法局"),
    ("根据《条例》要求，北山县财政局精心编写了2021年度政府信息公开工作年度报告。", "北山县财政局"),
    ("依据《条例》规定，东山区民政局撰写了2020年政府信息公开工作年度报告。", "东山区民政局"),
    ("按照上级要求，南湖镇人民政府认真撰写了本报告。", "南湖镇人民政府"),
    ("根据《条例》要求，北山县财政局精心编制了2021年度政府信息公开工作年度报告。", "北山县财政局"),
    ("根据《條例》要求，青石市司法局認真編寫了2025年政府信息公開工作年度報告。", "青石市司法局"),
])
def test_a_body_that_wrote_its_report_is_the_issuer(lead, name):
    assert lead_in_issuer(lead) == name
    assert agency_of([lead]) == name
    assert agency_of([CHROME, lead]) == name


@pytest.mark.parametrize("lead, name", [
    # neighbours read before this round, kept
    ("根据《条例》要求，青石市司法局编制了2025年政府信息公开工作年度报告。", "青石市司法局"),
    ("根据《条例》要求，北山县统计局编写了《北山县统计局2022年政府信息公开工作年度报告》。", "北山县统计局"),
])
def test_neighbours_still_read(lead, name):
    assert lead_in_issuer(lead) == name


@pytest.mark.parametrize("lead", [
    "根据《条例》要求，我局认真编写了2025年政府信息公开工作年度报告。",  # 我局: no one named
    "根据《条例》要求，本机关认真撰写了2019年政府信息公开工作年度报告。",
    "根据上级要求，结合我局政府信息公开工作有关统计数据撰写本报告。",
])
def test_a_nameless_writer_names_no_one(lead):
    assert lead_in_issuer(lead) is None


@pytest.mark.parametrize("lead, name", [
    # a consolidated report of a government 本级 and its departments (the lead's check after round 35's review)
    ("根据《条例》要求，本报告包括北山县本级及所属部门政府信息公开总体情况、主动公开政府信息情况等内容。", "北山县"),
    ("本年度报告包括青石市本级及各部门信息公开总体情况、主动公开政府信息情况。", "青石市"),
])
def test_a_place_and_its_own_level_is_the_place(lead, name):
    assert lead_in_issuer(lead) == name
    assert agency_of([lead]) == name
