"""Round 25's classes, from pages sampled at random by kind of issuer (docs/parsing.md, "Round 25"): a zone's account
named after the account's word, and a park for Taiwanese farmers (台创园) named after its county. Every report text here
is made up; the places are the divisions list's."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.parser import parse_document

PART_ONE = ["一、概述", "今年，本机关认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


def with_account(sentence):
    return ["2022年政府信息公开工作年度报告", "一、总体情况", sentence, "二、主动公开政府信息情况", "详见下表。"]


# --- an account named after the account's word is the same account as one named before it -------------------------

@pytest.mark.parametrize("sentence, province", [
    ("2022年，开发区认真贯彻落实《条例》。借助微信公众号平台“银川开发区”，全年发布信息392条。", "宁夏回族自治区"),
    ("2022年，开发区认真贯彻落实《条例》。借助微信公众号“银川开发区”，全年发布信息392条。", "宁夏回族自治区"),
    ("2022年，我委认真贯彻落实《条例》，通过政务微博“株洲高新区”发布信息80条。", "湖南省"),
    ("2022年，我委认真贯彻落实《条例》，通过“株洲高新区”政务微博发布信息80条。", "湖南省"),  # the older order, kept
])
def test_an_account_named_after_its_word_places_a_report_naming_no_issuer(sentence, province):
    report = parse(with_account(sentence))
    assert report.region["province"] == province
    assert report.level is None  # a zone: its level stays open


def test_an_account_without_a_place_places_nothing():
    report = parse(with_account("2022年，我委认真贯彻落实《条例》，转发微信公众号“健康中国”信息80条。"))
    assert report.region["province"] is None


# --- a park for Taiwanese farmers named after its county -------------------------------------------------------------

def test_a_taiwan_farmers_park_is_placed_by_its_name_in_the_text():
    report = parse(["台创园2017年信息公开报告", "2017年，漳浦台创园全面贯彻落实《条例》，主动公开政府信息36条。", *PART_ONE])
    assert report.agency == "台创园"
    assert (report.region["province"], report.region["county"]) == ("福建省", "漳浦县")
    assert report.level is None  # a park sits outside the tiers, as any zone
    assert any("漳浦台创园" in w for w in report.warnings)  # the guess is said


def test_a_taiwan_farmers_park_named_with_its_place_in_the_title():
    report = parse(["漳浦台创园2017年信息公开报告", "2017年，本园全面贯彻落实《条例》。", *PART_ONE])
    assert report.region["province"] == "福建省"
    assert report.level is None


def test_a_zones_committee_named_without_its_place_takes_the_place_the_text_writes_before_it():
    report = parse(["开发区管委会2017年政府信息公开工作年度报告", "2017年，株洲开发区管委会全面贯彻落实《条例》。", *PART_ONE])
    assert report.region["province"] == "湖南省"
    assert report.level is None


@pytest.mark.parametrize("sentence, placed", [
    ("2017年，漳浦民政局全面贯彻落实《条例》。", False),  # a short form before a bureau still places nothing
    ("2017年，漳浦县民政局全面贯彻落实《条例》。", True),
])
def test_a_bureau_named_without_its_place_is_read_as_before(sentence, placed):
    report = parse(["民政局2017年政府信息公开工作年度报告", sentence, *PART_ONE])
    assert (report.region["province"] == "福建省") is placed
