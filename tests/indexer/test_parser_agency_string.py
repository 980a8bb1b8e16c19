"""The issuer's name character by character: the agency a report gives is its title's name as written
(traditional script kept, glosses dropped), whatever characters, brackets and joiners the name holds.
Every example is made up (docs/parsing.md, round 21)."""
from __future__ import annotations

import pytest

from indexer.issuer import agency_name
from indexer.model import Document
from indexer.parser import parse_document

BODY = ["一、总体情况", "2021年，我局认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "略。"]
TAIL = "2021年政府信息公开工作年度报告"


def agency_of(lines):
    return parse_document(Document(list(lines) + BODY, "txt"), "x.txt").agency


# --- rare characters: place names write characters of the CJK extensions ------------------------

@pytest.mark.parametrize("name", ["䢺川镇人民政府", "北山县𬇙水镇人民政府", "北山县㟃口乡", "𫐓溪县民政局"])
def test_a_name_with_characters_of_the_cjk_extensions_is_a_name(name):
    assert agency_name(name) == name
    assert agency_of([name + TAIL]) == name


def test_a_first_sentence_naming_a_town_with_a_rare_character():
    assert agency_of(["2021年，䢺川镇人民政府认真贯彻落实《条例》，主动公开信息36条。"]) == "䢺川镇人民政府"


@pytest.mark.parametrize("text", ["北山县民政局2021", "北山县Ａ局", "北山县★民政局"])
def test_digits_letters_and_symbols_still_make_no_name(text):
    assert agency_name(text) is None


# --- joiners of two bodies' names --------------------------------------------------------------

@pytest.mark.parametrize("joiner", ["•", "·", "・", "‧", "、"])
def test_two_bodies_joined_by_any_middle_dot_are_named_as_written(joiner):
    name = f"北山县统计局{joiner}国家统计局北山调查队"
    assert agency_of([name + TAIL]) == name


# --- qualifiers in brackets --------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "北山县卫生健康局（北山县中医药管理局、北山县爱国卫生运动委员会办公室）",  # bodies listed, 25 characters
    "北山县民政局(含北山县老龄工作委员会办公室及下属事业单位和北山县社会福利院)",
])
def test_a_long_or_listing_qualifier_stays_with_the_name(name):
    assert agency_of([name + TAIL]) == name


def test_a_lead_in_names_a_body_with_a_listing_qualifier():
    name = "北山县卫生健康局（北山县中医药管理局、北山县爱国卫生运动委员会办公室）"
    assert agency_of([f"本报告由{name}编制。"]) == name


@pytest.mark.parametrize("name", ["北山县民政局本级", "北山县财政局本级", "北山县本级", "北山县人民政府本级"])
def test_a_body_or_a_place_reporting_for_its_own_office_keeps_benji(name):
    assert agency_of([name + TAIL]) == name


@pytest.mark.parametrize("text", ["局本级", "市本级", "本级"])
def test_benji_after_a_bare_word_names_no_one(text):
    assert agency_name(text) is None


# --- glossed traditional copies keep the page's brackets ---------------------------------------

@pytest.mark.parametrize("line, name", [
    ("海關(guān)總署（本級機關）2021年政府信息公開工作年度報告", "海關總署（本級機關）"),
    ("北山縣(xiàn)民政局（本級）2021年政府信息公開工作年度報告", "北山縣民政局（本級）"),
    ("北山縣(xiàn)民政局(本級)2021年政府信息公開工作年度報告", "北山縣民政局(本級)"),
])
def test_a_glossed_copy_gives_the_name_with_its_own_brackets(line, name):
    assert agency_of([line]) == name


# --- the report's own lines before the site's chrome --------------------------------------------

@pytest.mark.parametrize("chrome", ["首页 > 政务公开 > 北山县民政局(本级)", "发布机构：北山县民政局(本级)"])
def test_the_name_is_written_as_the_title_writes_it_not_as_the_chrome_does(chrome):
    assert agency_of([chrome, "北山县民政局（本级）2021年政府信息公开工作年度报告"]) == "北山县民政局（本级）"


def test_a_name_only_the_chrome_writes_in_full_width_keeps_that_width():
    assert agency_of(["发布机构：北山县民政局（本级）", "北山县民政局(本级)2021年政府信息公开工作年度报告"]) == "北山县民政局(本级)"


# --- a zero in Chinese numerals: the Corps' regiments ---------------------------------------------

@pytest.mark.parametrize("lines, name", [
    (["第六师一〇二团2021年政府信息公开工作年度报告"], "第六师一〇二团"),
    (["第六师一○二团2021年政府信息公开工作年度报告"], "第六师一○二团"),
    (["2021年，一〇一团认真贯彻落实《条例》，主动公开信息36条。"], "一〇一团"),
    (["本报告由第六师一〇二团编制。"], "第六师一〇二团"),
])
def test_a_regiment_named_with_a_chinese_zero(lines, name):
    assert agency_of(lines) == name


@pytest.mark.parametrize("text", ["〇〇县民政局", "北山县〇民政局"])
def test_a_zero_not_after_a_numeral_makes_no_name(text):
    assert agency_name(text) is None


# --- invisible characters and a year in brackets after the name ----------------------------------

@pytest.mark.parametrize("line", ["北山县民政局\u200b2021年政府信息公开工作年度报告", "北山县\u200b民政局2021年政府信息公开工作年度报告",
                                  "北山县民政局\u2060\u200d2021年政府信息公开工作年度报告"])
def test_zero_width_characters_split_no_title(line):
    assert agency_of([line]) == "北山县民政局"


@pytest.mark.parametrize("line, name", [
    ("北山县民政局（本级）（2021年度）政府信息公开工作年度报告", "北山县民政局（本级）"),
    ("北山县民政局（2021年度）政府信息公开工作年度报告", "北山县民政局"),
    ("北山县民政局【2021年】政府信息公开工作年度报告", "北山县民政局"),
])
def test_a_year_in_brackets_after_the_name(line, name):
    assert agency_of([line]) == name


# --- a place's two names side by side, and its standing open-government office --------------------

@pytest.mark.parametrize("lines, name", [
    (["东山区 东山开发区2021年政府信息公开工作年度报告"], "东山区 东山开发区"),
    (["東山區 東山開發區2021年政府信息公開工作年度報告"], "東山區 東山開發區"),
    (["东山区\u3000东山开发区2021年政府信息公开工作年度报告"], "东山区\u3000东山开发区"),
    (["2021年，东山区 东山开发区政务公开工作办公室（下称我办）认真贯彻落实《条例》，主动公开信息36条。"],
     "东山区 东山开发区政务公开工作办公室"),
])
def test_a_places_two_names_keep_the_space_between_them(lines, name):
    assert agency_of(lines) == name


def test_a_place_and_a_department_with_a_space_between_are_one_name():
    assert agency_of(["东山县 民政局2021年政府信息公开工作年度报告"]) == "东山县民政局"


@pytest.mark.parametrize("lines, name", [
    (["东山县政务公开工作办公室2021年政府信息公开工作年度报告"], "东山县政务公开工作办公室"),
    (["东山县政务公开办公室2021年政府信息公开工作年度报告"], "东山县政务公开办公室"),
    # a department's disclosure office, or a disclosure group's office, still compiles its body's report
    (["东山县民政局信息公开工作办公室2021年政府信息公开工作年度报告"], "东山县民政局"),
    (["2021年，东山县民政局信息公开工作领导小组办公室认真贯彻落实《条例》，主动公开信息36条。"], "东山县民政局"),
])
def test_a_governments_open_government_office_is_a_body(lines, name):
    assert agency_of(lines) == name
