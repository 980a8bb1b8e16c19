"""Round 36's classes (docs/parsing.md, "Round 36 — the fresh batches' misses"): the misses of two fresh batches
sampled for the page as a whole, each fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.model import Document
from indexer.parser import parse_document

BODY = ["一、总体情况", "今年我局认真开展政府信息公开工作，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]


def parsed(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


# --- the lead-in: the body whose period the report covers ------------------------------------------------------

@pytest.mark.parametrize("lead, name, year", [
    ("本年度报告根据《条例》要求编制。全文包括概述、主动公开情况等。内容涵盖青石市统计局2011年1月1日至12月31日期间的"
     "政府信息公开工作情况。", "青石市统计局", 2011),
    ("本报告根据《条例》编制，内容涵盖青石市东岭区民政局2015年度的政府信息公开工作情况。", "青石市东岭区民政局", 2015),
    ("本報告根據《條例》編制。內容涵蓋北山縣水利局2016年1月1日至12月31日期間的政府信息公開工作情況。", "北山縣水利局", 2016),
])
def test_the_body_whose_period_the_report_covers_is_the_issuer(lead, name, year):
    assert lead_in_issuer(lead) == name
    # part 一's first sentence gives a short form ('市统计局'): the lead-in's full name comes first
    report = parsed([lead, "一、概况", f"{year}年，市统计局认真贯彻《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "略。"])
    assert (report.agency, report.year) == (name, year)


def test_a_period_covered_for_no_one_named_names_no_one():
    assert lead_in_issuer("本报告依据《条例》编制。内容涵盖本机关2019年1月1日至12月31日期间的政府信息公开工作情况。") is None


# --- the lead-in: the topic, then the year after the name -------------------------------------------------------

@pytest.mark.parametrize("lead, name, year", [
    ("现将青石市东岭区审计局政府信息公开工作2024年度工作情况报告如下：", "青石市东岭区审计局", 2024),
    ("现将北山县交通运输局政务公开工作2021年工作情况报告如下：", "北山县交通运输局", 2021),
    ("現將青石市財政局政府信息公開工作2020年度工作情況報告如下：", "青石市財政局", 2020),
])
def test_the_year_after_the_topic_names_the_body_before_it(lead, name, year):
    assert lead_in_issuer(lead) == name
    report = parsed([lead, *BODY])
    assert (report.agency, report.year) == (name, year)


def test_the_year_after_the_topic_with_no_one_named():
    assert lead_in_issuer("现将我局政府信息公开工作2024年度工作情况报告如下：") is None
