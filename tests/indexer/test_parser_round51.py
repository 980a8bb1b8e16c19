"""Round 51's classes (docs/parsing.md, "Round 51"): a high-tech zone named after a lake or an old district, not after
the county of that name elsewhere, placed by the city its byline names ('来源：某市某某新技术开发区某局'). Every text
here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.parser import parse_document
from indexer.places import hint_evidence


def parse(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


def body(issuer: str, byline: str) -> list[str]:
    return [f"2021年{issuer}政府信息公开工作年度报告", f"来源: {byline}",
            "根据《条例》要求，现将本局2021年政府信息公开工作年度报告报告如下：", "一、总体情况",
            f"2021年，{issuer}坚持以公开为常态、不公开为例外。", "二、主动公开政府信息情况", "略。"]


@pytest.mark.parametrize("issuer, byline, province, city", [
    # 芙蓉区 is 长沙's; a 芙蓉高新区 whose byline names 福州 is 福州's zone
    ("芙蓉高新区教育局", "福州芙蓉新技术开发区教育局", "福建省", "福州市"),
    ("芙蓉新区财政局", "福州芙蓉新区财政局", "福建省", "福州市"),
])
def test_a_zone_named_like_a_county_elsewhere_is_placed_by_the_city_its_byline_names(issuer, byline, province, city):
    report = parse(body(issuer, byline))
    assert (report.region["province"], report.region["city"]) == (province, city)


def test_a_byline_naming_the_county_itself_keeps_it():
    report = parse(body("芙蓉高新区教育局", "长沙市芙蓉区教育局"))
    assert report.region["province"] == "湖南省"


def test_a_labelled_bodys_opening_short_form_is_evidence_a_sentences_is_not():
    assert [[u.name for u in e] for e in hint_evidence("来源：福州芙蓉新技术开发区教育局")] == [["福州市"]]
    assert [[u.name for u in e] for e in hint_evidence("主办：福州芙蓉新区管委会")] == [["福州市"]]
    # unlabelled, the same words are a sentence's, whose short forms count only before a unit's or zone's word
    assert hint_evidence("我们去福州芙蓉新技术开发区参观") == []


@pytest.mark.parametrize("line", ["来源：湖北晨光日报", "来源：四川星河新闻网", "信息来源：浙江在线频道",
                                  "版权所有：浙江星河科技有限公司", "主办：江苏政务公开论坛"])
def test_a_labelled_newspaper_site_company_or_meeting_is_no_body_to_place(line):
    # (review of session 23) the labels also name where a page was copied from or who owns a mirror: a province's
    # name opening them says nothing of the report's body
    assert hint_evidence(line) == []


def test_a_labelled_short_form_before_a_zone_of_its_own_name_is_no_county():
    # a 东湖 zone is no part of the 东湖区 of a city elsewhere, as the issuer's own name reads it; a city before it
    # still places it (made-up zones)
    assert hint_evidence("来源：东湖新技术开发区管委会") == []
    assert [[u.name for u in e] for e in hint_evidence("来源：福州东湖新技术开发区管委会")] == [["福州市"]]
