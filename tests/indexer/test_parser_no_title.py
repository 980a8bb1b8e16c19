"""Pages with no title line: the issuer is the one the lead-in (or, with none, the first sentence) names, as it
names it (the shared pages README's rule). Every example is made up (docs/parsing.md, round 22)."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer, sentence_subject
from indexer.model import Document
from indexer.parser import parse_document

BODY = ["一、总体情况", "今年我局认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]


def agency_of(lines):
    return parse_document(Document(list(lines) + BODY, "txt"), "x.txt").agency


# --- the period covered, written out after the year --------------------------------------------

@pytest.mark.parametrize("lead, name", [
    ("现将北山县民政局2020年1月1日至2020年12月31日政府信息公开工作情况报告如下。", "北山县民政局"),
    ("现将北山县民政局2020年度（2020年1月1日—12月31日）政府信息公开工作情况报告如下。", "北山县民政局"),
    ("现将北山县青石镇人民政府2020年1月1日至12月31日政府信息公开工作情况报告如下。", "北山县青石镇人民政府"),
    ("現將北山縣民政局2020年1月1日至12月31日政府信息公開工作情況報告如下。", "北山縣民政局"),
    ("本报告为北山县民政局2020年1月1日至12月31日政府信息公开工作年度报告。", "北山县民政局"),
    ("现将北山县民政局2020年度(1月1日-12月31日)政府信息公开工作情况报告如下。", "北山县民政局"),
])
def test_a_period_after_the_year_leaves_the_lead_in_naming_its_body(lead, name):
    assert lead_in_issuer(lead) == name
    assert agency_of([lead]) == name


def test_a_byline_naming_another_body_gives_way_to_the_lead_in_with_a_period():
    lines = ["2021-01-20 10:30 来源：北山县人民政府",
             "现将北山县民政局2020年1月1日至12月31日政府信息公开工作情况报告如下。"]
    assert agency_of(lines) == "北山县民政局"


def test_a_period_alone_opening_a_sentence_changes_nothing():
    # '2020年1月1日至12月31日，我局…' names no one, with the span or without it
    assert lead_in_issuer("2020年1月1日至12月31日，我局主动公开政府信息36条。") is None


# --- a year in Chinese numerals opening the first sentence --------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("二〇二〇年，北山县民政局坚持以人民为中心，认真贯彻落实《条例》。", "北山县民政局"),
    ("二〇二〇年，北山縣民政局堅持以人民為中心，認真貫徹落實《條例》。", "北山縣民政局"),
    ("二〇二一年以来，北山县青石镇人民政府认真贯彻落实《条例》。", "北山县青石镇人民政府"),
])
def test_a_year_in_chinese_numerals_opens_the_sentence_as_digits_do(sentence, name):
    assert sentence_subject(sentence) == name
    assert agency_of([sentence]) == name


# --- the body's party group or leadership as the subject ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "2020年，北山县民政局党组高度重视政府信息公开工作，主动公开信息36条。",
    "2020年，北山县民政局领导班子高度重视政务公开工作。",
    "2020年，北山县民政局党委坚持以人民为中心，深入推进政务公开。",
])
def test_a_party_group_or_leadership_acts_for_its_body(sentence):
    # (a place the divisions list lacks, as a made-up one: the name is read from the predicate, not the gazetteer)
    assert sentence_subject(sentence) == "北山县民政局"
    assert agency_of([sentence]) == "北山县民政局"


def test_a_place_party_committee_and_government_still_read_as_the_place():
    assert sentence_subject("2020年，北山县青石镇党委、政府高度重视政府信息公开工作。") == "北山县青石镇"


# --- what already held (kept so): lead-ins that name another body first ------------------------

@pytest.mark.parametrize("lead, name", [
    ("根据北山市人民政府办公室《关于做好2020年政府信息公开工作年度报告编制发布工作的通知》要求，"
     "现将北山县民政局2020年度政府信息公开工作情况报告如下。", "北山县民政局"),
    ("根据北山县政务公开领导小组办公室的统一部署，北山县水利局现将2020年政府信息公开工作情况报告如下。", "北山县水利局"),
    ("按照上级北山市民政局的要求，我局认真贯彻《条例》，现将2020年工作情况报告如下。", None),
    ("按照北山市政务公开办要求，我镇2020年政府信息公开工作情况报告如下。", None),
    ("本报告由北山县民政局办公室编制。", "北山县民政局"),
])
def test_a_lead_in_naming_another_body_first(lead, name):
    assert agency_of([lead]) == name


# --- a breadcrumb run into the first paragraph on one line --------------------------------------

@pytest.mark.parametrize("line, name", [
    ("首页>政务公开>年度报告 2020年，北山县水利局认真贯彻落实《条例》，主动公开信息36条。", "北山县水利局"),
    ("当前位置：首页 > 信息公开 > 年报 本报告由北山县青石镇人民政府编制。", "北山县青石镇人民政府"),
    ("首页>政务公开>年度报告 根据《条例》要求，现将北山县民政局2020年度政府信息公开工作情况报告如下。", "北山县民政局"),
])
def test_a_breadcrumb_run_into_the_first_paragraph_leaves_the_paragraph(line, name):
    assert agency_of([line]) == name


@pytest.mark.parametrize("line", ["首页>政务公开>年度报告", "首页 > 政务公开 > 北山县民政局 > 年度报告",
                                  "发布机构：北山县民政局 发布日期：2021-01-20"])
def test_chrome_alone_is_still_no_paragraph(line):
    # the report's own lines say only 我局: the chrome's name is no lead-in or first sentence
    assert agency_of([line, "根据《条例》要求，现将我局2020年度政府信息公开工作情况报告如下。"]) is None
