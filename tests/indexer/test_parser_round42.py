"""Round 42's classes (docs/parsing.md, "Round 42 — the fresh batches' misses"): the misses of two fresh batches
(provinces held thinly, county departments, townships; chrome first, titles over lines, spam, big5 gateways), each
fixed as a shape with made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from tests.indexer.made_up import parsed, refusal


# --- a journal article about the reports, its marks in traditional script, glossed, or with lost characters ---------

ARTICLES = [
    # traditional script with a converter's pinyin glosses, a lost character ('?') inside and after the labels
    ["張某", "[摘 ?要]?政府信息公開制度具有重要的治理功能,對內(nèi)有助于規(guī)范權(quán)力運行。分析2008年以來年度報告的實施情況。",
     "[關(guān)鍵詞]?政府信息公開;政府信息公開工作年度報告;知情權(quán)",
     "[中圖分類號]?D630 [文獻(xiàn)標(biāo)識碼] A [文章編號]?1000-0000(2021)02-0011-09",
     "一、問題的提出", "2008年實施的《條例》將年度報告規(guī)定為保障監(jiān)督機制的一部分。",
     "《條例》實施十余年來，探討年度報告制度的文獻頗多，以“政府信息公開工作年度報告”為篇名檢索到的期刊論文有5篇。"],
    # traditional script, no glosses
    ["李某", "[摘要]政府信息公開年度報告是觀察政務公開的窗口。", "[關鍵詞]政府信息公開;年度報告",
     "一、問題的提出", "2008年實施的《條例》將年度報告規定為監督機制的一部分。",
     "《條例》實施十余年來，探討年度報告制度的文獻頗多，以“政府信息公開年度報告”為篇名檢索到的期刊論文有12篇。"],
    # simplified, the abstract's label lost, the classification line kept with the keywords
    ["王某", "[关键词]政府信息公开;年度报告;国家治理", "[中图分类号]D630 [文献标识码]A [文章编号]1000-0000(2020)01-0001-10",
     "一、问题的提出", "2008年实施的《条例》将年度报告规定为保障监督机制的一部分。",
     "《条例》实施十余年来，探讨年度报告制度的文献颇多，以“政府信息公开工作年度报告”为篇名检索到的期刊论文有5篇。"],
]


@pytest.mark.parametrize("lines", ARTICLES)
def test_a_journal_article_in_any_script_is_refused(lines):
    assert refusal(lines) is not None


KEPT = [
    # a traditional-script report under its own title, with a keywords label of the site
    ["東山縣民政局2018年政府信息公開工作年度報告", "關鍵字：年報", "一、概述", "2018年，我局主動公開信息45條。",
     "二、主動公開政府信息情況", "全年主動公開政府信息45條。"],
    # a report whose page carries one glossed keywords label only
    ["青石鎮(zhèn)2020年政府信息公開工作年度報告", "[關(guān)鍵詞]?年報", "一、總體情況",
     "2020年，青石鎮主動公開政府信息36條。", "二、主動公開政府信息情況"],
]


@pytest.mark.parametrize("lines", KEPT)
def test_reports_with_one_such_label_are_kept(lines):
    assert refusal(lines) is None


# --- a lead-in's coverage sentence naming the body by the alias it declared, beside its government --------------------

@pytest.mark.parametrize("lead, agency", [
    ("根據《條例》的規定,現公布江岸市人民政府辦公室(以下簡稱市府辦公室)2011年政府信息公開工作年度報告。本報告由概述等5部分組成,"
     "內容涵蓋市政府及市府辦公室2011年1月1日至12月31日期間的政府信息公開工作情況。", "江岸市人民政府辦公室"),
    ("根据《条例》的规定，现公布江岸市人民政府办公室（以下简称市府办公室）2011年政府信息公开工作年度报告。本报告由概述等5部分组成，"
     "内容涵盖市政府及市府办公室2011年1月1日至12月31日期间的政府信息公开工作情况。", "江岸市人民政府办公室"),
    # the alias alone in the coverage sentence
    ("现公布江岸市人民政府办公室（以下简称市府办公室）2011年政府信息公开工作年度报告。"
     "内容涵盖市府办公室2011年1月1日至12月31日期间的政府信息公开工作情况。", "江岸市人民政府办公室"),
])
def test_the_alias_a_lead_in_declared_gives_way_to_the_full_name(lead, agency):
    assert lead_in_issuer(lead) == agency


def test_a_short_form_alone_stays_short():
    assert lead_in_issuer("本报告由概述等5部分组成，内容涵盖市政府及市府办公室2011年1月1日至12月31日期间的政府信息公开"
                          "工作情况。") == "市政府及市府办公室"


# --- '根据X的政府信息公开年度工作情况进行编制': the body whose year's work the report was made from, no year written -------

@pytest.mark.parametrize("lead, agency", [
    ("本年度报告是根据《条例》规定,根据青石工业园区管理委员会的政府信息公开年度工作情况进行编制。", "青石工业园区管理委员会"),
    ("本年度报告根据青石县民政局的政府信息公开工作情况编制。", "青石县民政局"),
    ("本年度報告根據青石縣民政局的政府信息公開年度工作情況進行編制。", "青石縣民政局"),
])
def test_a_lead_in_naming_whose_years_work_it_was_made_from(lead, agency):
    assert lead_in_issuer(lead) == agency


@pytest.mark.parametrize("lead", [
    "本年度报告根据上级的工作要求进行编制。",
    "本年度报告根据国务院办公厅政府信息公开工作要求编制。",
])
def test_a_lead_in_naming_no_body_names_none(lead):
    assert lead_in_issuer(lead) is None


# --- a betting splice where a province-level body's place was: the one province its opening writes in full ------------

def spliced_page(brand: str, province_line: str) -> list[str]:
    return [f"{brand}办公厅2022年政府信息公开工作年度报告",
            f"根据《条例》规定,现公布{brand}办公厅2022年政府信息公开工作年度报告。",
            "一、总体情况",
            f"2022年,{brand}办公厅认真落实党中央、国务院关于政府信息公开的决策部署和省委、省政府工作要求,扎实开展各项工作。",
            "(一)全面深入推进政府信息主动公开",
            "通过省政府门户网站、政务微信微博渠道,主动公开政府信息5100余条,其中公开省政府及省政府办公厅政策文件62件,"
            f"疫情防控信息3015条。{province_line}",
            "(二)依法依规办理政府信息公开申请",
            "受理公众向省政府及省政府办公厅提出的政府信息公开申请234件,均依法依规作出答复。"]


@pytest.mark.parametrize("brand", ["澳门赌场", "美高梅娛樂城", "美高梅娱乐城"])
def test_a_spliced_provincial_body_is_placed_by_the_one_province_written(brand):
    report = parsed(spliced_page(brand, "开设河北省助企纾困政策服务专题集中公开涉企政策。"))
    assert (report.level, report.region["province"]) == ("province", "河北省")


def test_a_spliced_provincial_body_naming_two_provinces_is_not_placed():
    report = parsed(spliced_page("澳门赌场", "与河北省、河南省签订政务公开合作协议。"))
    assert report.level == "province" and report.region["province"] is None


@pytest.mark.parametrize("brand", ["美高梅娛樂城", "美高梅娱乐城", "美高梅官网"])
def test_a_casino_brand_written_in_chinese_goes_with_its_site_words(brand):
    assert "美高梅" not in (parsed(spliced_page(brand, "开设北山省助企纾困政策服务专题。")).agency or "")


def test_the_brand_alone_is_a_word_a_report_may_use():
    report = parsed(["青石市文化和旅游局2022年政府信息公开工作年度报告", "一、总体情况",
                     "2022年,青石市文化和旅游局公开美高梅酒店等文旅项目信息20条,主动公开政府信息120条。"])
    assert report.agency == "青石市文化和旅游局"
