"""Round 29's classes, found on pages sampled by the kind of site they sit on (docs/parsing.md, "Round 29"): a mirror
converter's pinyin glosses written without tones, a 公文's title '…关于2014年度政府信息公开工作的年度报告' over its
document number and salutation, and the papers and broadcasters a body lists as its outlets, named by their province.
Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document
from indexer.place_mentions import mentioned_place
from indexer.script import strip_glosses
from indexer.titles import TITLE_TAIL


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address=address)


# --- toneless glosses -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("glossed, plain", [
    ("青(qing)石(shi)委認(ren)真(zhen)", "青石委認真"),
    ("北(bei)(bei)山", "北山"),  # a character glossed twice loses both
    ("公(gong)開(kai)(kāi)", "公開"),  # toned and toneless in one run
    ("政(zhèng)府", "政府"),  # the toned gloss as before
    ("數量(liang)和(he)結構", "數量和結構"),
])
def test_toneless_glosses_go(glossed, plain):
    assert strip_glosses(glossed) == plain


@pytest.mark.parametrize("text", [
    "附件(a)、附件(b)",  # one letter: a list's item
    "空气质量指数(AQI)", "细颗粒物(PM2.5)",  # capitals, digits
    "下载文件(pdf)", "政府网站(gov)", "门户(web)",  # not spelt as pinyin
    "(guo)开头", "国 (guo)",  # not right after a character
])
def test_brackets_that_are_no_gloss_stay(text):
    assert strip_glosses(text) == text


CONVERTED = ["信息來源(lai):綜合科 更新日期(qi):2021-02-03",
             "一、總(zong)體(ti)情(qing)況(kuang)",
             "2020年,北(bei)山(shan)市(shi)民(min)政(zheng)局(ju)堅(jian)持(chi)以(yi)人(ren)民(min)為(wei)中(zhong)心(xin),"
             "認(ren)真(zhen)落(luo)實(shi)《條(tiao)例(li)》,"
             "做(zuo)好(hao)主(zhu)動(dong)公(gong)開(kai)和(he)依(yi)申(shen)請(qing)公(gong)開(kai)。",
             "(一)主(zhu)動(dong)公(gong)開(kai)情(qing)況(kuang)。全(quan)年(nian)主(zhu)動(dong)公(gong)開(kai)政(zheng)府(fu)信(xin)息(xi)36條(tiao)。"]


def test_a_converter_copy_glossed_without_tones_is_read_not_refused():
    report = parse(CONVERTED)
    assert report.agency == "北山市民政局"
    assert report.year == 2020
    assert [s.number for s in report.sections][:1] == [1]


def test_english_documentation_is_still_refused():
    lines = ["This folder holds notes on 政府信息公开工作年度报告 and how they are parsed.",
             "Each report has parts such as 一、总体情况 and 二、主动公开政府信息情况, read by the splitter.",
             "The parser reads the issuer from the title, then the lead-in, and the year likewise."]
    with pytest.raises(UnreadableFile):
        parse(lines)


# --- a 公文's title ----------------------------------------------------------------------------------------------

LEAD = ["根据《条例》要求，特编制北山县青石区卫生局2014年政府信息公开年度报告。",
        "一、概述", "2014年，我局认真落实《条例》，主动公开政府信息36条。"]


@pytest.mark.parametrize("head", [
    ["青石区卫生局关于2014年度政府信息公开工作的年度报告"],
    ["青石区卫生局关于2014年度政府信息", "公开工作的年度报告"],  # wrapped
    ["青卫〔2015〕3号", "青石区卫生局关于2014年度政府信息", "公开工作的年度报告", "区政府办公室:"],  # number, salutation
])
def test_a_title_ending_in_de_nian_du_bao_gao_names_its_issuer(head):
    report = parse(head + LEAD)
    assert report.agency == "青石区卫生局"
    assert report.title == "青石区卫生局关于2014年度政府信息公开工作的年度报告"
    assert report.year == 2014


@pytest.mark.parametrize("text", [
    "青石区卫生局关于2014年度政府信息公开工作的年度报告",
    "青石区卫生局关于2014年度政府信息公开工作的报告",
    "青石区卫生局2014年度政府信息公开工作年度报告",
])
def test_title_tails(text):
    assert TITLE_TAIL.search(text)


@pytest.mark.parametrize("text", [
    "关于做好2014年度政府信息公开工作年度报告编制发布工作的通知",  # a notice about reports
    "现将2014年度政府信息公开工作情况报告如下",  # a lead-in
])
def test_what_is_no_title_tail(text):
    match = TITLE_TAIL.search(text)
    assert match is None or match.end() != len(text)


# --- the body's outlets ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, province", [
    ("全年在中国青年报、湖北日报、某某晚报刊发稿件9篇。", "湖北省"),
    ("通过青海省广播电视台和西宁晚报发布信息。", "青海省"),
    ("在湖北日报刊发稿件12篇。", "湖北省"),  # after 在, before a verb
])
def test_outlets_named_by_their_province_place_the_body(text, province):
    assert mentioned_place(text) == province


@pytest.mark.parametrize("text", [
    "在人民日报、湖北日报、江西日报刊发稿件。",  # outlets of two provinces: nothing
    "通过北京青年报、楚天都市报、中国青年报发布。",  # a place that is not the outlet's whole word, or none
    "在新华日报、南方日报刊发。",  # outlets not named by a place
])
def test_outlets_that_tell_no_province(text):
    assert mentioned_place(text) is None


def test_a_host_two_places_share_is_settled_by_the_bodys_paper():
    # 青山区 is a district of two cities in two provinces: the host alone leaves the province open
    lines = ["本报告根据《条例》要求编制。", "一、总体情况",
             "2024年，我局主动公开政府信息36条，其中在湖北日报刊发稿件9篇。"]
    address = "https://www.qingshan.gov.cn/zwgk/nb/2025.html"
    assert parse(lines).region.get("province") == "湖北省"
    report = parse(lines, address)
    assert report.region.get("province") == "湖北省"


# --- the own government's disclosure office ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, level", [
    ("2024年，我局按照县政务公开办的统一部署，主动公开政府信息36条。", "county"),
    ("2024年，我局根据市政府信息公开办公室的统一部署，主动公开政府信息36条。", "city"),
    ("2024年，我局按照省政务公开办《关于做好年度报告的通知》和县政府办公室要求编制。", "county"),  # the lower
])
def test_the_own_disclosure_office_tells_a_self_named_bodys_level(sentence, level):
    assert parse(["本报告根据《条例》要求编制。", "一、总体情况", sentence]).level == level


def test_several_disclosure_offices_tell_no_level():
    assert parse(["本报告根据《条例》要求编制。", "一、总体情况", "2024年，我局按照各县政务公开办的要求汇总信息。"]).level is None


def test_one_bracket_of_latin_letters_in_a_report_s_own_sentence_is_no_gloss():
    from indexer.script import strip_glosses
    assert strip_glosses("推进人工智能(ai)应用") == "推进人工智能(ai)应用"
    assert strip_glosses("电子证照(ca)认证") == "电子证照(ca)认证"
    assert strip_glosses("青(qing)石(shi)縣") == "青石縣"
