"""Whether a text was cut before the report's end (``indexer.cut_short``): the endings a complete report may have
(a saved page's attachment and print links, a statistics table, a total row, a signature or a date in any form) are
not a cut; a text stopping mid-phrase, on a bare list marker or inside a table is, and is told in the report's own
words (rev33 finding 1). Made-up bodies: 岚岫县 and 蜂业 appear in no corpus."""
from __future__ import annotations

import pytest

from indexer.documents import quality_flags
from indexer.model import Document, Table
from indexer.parser import parse_document

TITLE = "岚岫县蜂业管理局2012年政府信息公开工作年度报告"
OPENING = [TITLE, "一、概述", "2012年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开蜂业信息。",
           "二、主动公开政府信息情况", "本年度主动公开蜂场检疫信息四十二条。"]
STATISTICS = Table(rows=[["指标名称", "计量单位", "2012年度"], ["主动公开信息数", "条", "42"],
                         ["行政复议数", "件", "0"], ["行政诉讼数", "件", "0"]])


def _parse(*ending):
    return parse_document(Document(OPENING + list(ending), "txt"), "made-up.txt")


@pytest.mark.parametrize("ending", [
    ["本年度用于蜂业宣传的政府信息公开费用1万元。 附件下载"],  # a one-line page's attachment link
    ["本年度用于蜂业宣传的政府信息公开费用1万元。", "附件:"],
    ["本年度用于蜂业宣传的政府信息公开费用1万元。", "【打印本页】【关闭窗口】"],
    ["本年度用于蜂业宣传的政府信息公开费用1万元。", "附件：岚岫县蜂业信息公开统计表.xls"],
    ["本年度用于蜂业宣传的政府信息公开费用1万元。 https://example.org/fengye/2012.html"],
    # an old report's statistics table, its cells run together on a crawled page, after its date
    ["岚岫县蜂业管理局 二〇一三年二月二十日 附件1：岚岫县蜂业管理局2012年政府信息公开情况统计表 "
     "指标名称计量单位2012年度历年累计主动公开信息数条42420行政复议数条00行政诉讼数条00"],
    ["附件：岚岫县蜂业管理局政府信息公开情况统计表", STATISTICS],
    [Table(rows=[["类别", "蜂场", "蜂农"], ["检疫", "3", "4"], ["总计", "3", "4"]])],  # a table ending on its total row
    ["专项经费万元4.5岚岫县蜂业管理局 2013年3月12日"],  # a signature and a date after the table's last cell
    ["本年度无收费情况。", "二〇一三年三月十二日"],
    ["本年度无收费情况。岚岫县蜂业管理局"],
    ["本年度无收费情况。 附表：2012年政府信息公开年度报告 岚岫县蜂业管理局 |"],  # its space squeezed out by reading
])
def test_a_complete_report_is_not_called_cut(ending):
    report = _parse(*ending)
    assert report.cut_off is None and report.cut_where is None
    assert "cut_off" not in quality_flags(report)
    assert not any("中断" in w for w in report.warnings)


@pytest.mark.parametrize("ending, words", [
    (["（三）"], "（三）"),  # a list marker alone: its bracket ends no sentence
    (["依照条例第二十条第（一）"], "依照条例第二十条第（一）"),
    (["（四）平台建设方面。积极探索政府"], "（四）平台建设方面。积极探索政府"),  # a phrase cut after 政府 is no signature
    (["本年度主动公开蜂业信息，截至2012年12月31日"], "本年度主动公开蜂业信息，截至2012年12月31日"),
    (["本年度用于蜂业宣传的费用1万元，其中 附件下载"], "本年度用于蜂业宣传的费用1万元，其中"),  # a cut, then the link
])
def test_a_text_stopping_mid_phrase_is_cut_and_quoted(ending, words):
    report = _parse(*ending)
    assert report.cut_off == words[-20:].lstrip("，。")
    assert report.cut_where == f"报告文本在“{report.cut_off}”处中断"
    assert "cut_off" in quality_flags(report)
    assert f"{report.cut_where}，只收录了已有的部分，之后的部分没有推定。" in report.warnings


def test_a_text_stopping_inside_a_table_says_so_in_words_and_quotes_only_the_report():
    cut = Table(rows=[["申请人情况", "自然人", "法人"], ["一、本年新收蜂业申请数量", "3", "0"],
                      ["二、上年结转蜂业申请数量", "0"]])
    report = _parse("三、收到和处理政府信息公开申请情况", cut)
    assert report.cut_where == "报告文本在表格中中断（到“二、上年结转蜂业申请数量”一行为止）"
    assert "cut_off" in quality_flags(report)


def test_a_long_row_label_is_quoted_by_its_start_with_an_ellipsis_and_a_note_line_is_no_row():
    # QA 36 #5: a label cut at 20 characters read as a text stopping mid-label; the template's bracketed note on the
    # table's arithmetic was quoted as its last row.
    cut = Table(rows=[["申请人情况", "自然人"], ["（四）结果蜂业申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0"],
                      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ""]])
    report = _parse("三、收到和处理政府信息公开申请情况", cut)
    assert report.cut_where == "报告文本在表格中中断（到“（四）结果蜂业申请人无正当理由逾期不补正…”一行为止）"  # not the note
    long_label = Table(rows=[["申请人情况", "自然人"], ["四、结果蜂业申请人无正当理由逾期不补正行政机关不再处理", "0"]])
    report = _parse("三、收到和处理政府信息公开申请情况", long_label)
    assert report.cut_where == "报告文本在表格中中断（到“四、结果蜂业申请人无正当理由逾期不补正行…”一行为止）"


def test_a_row_is_quoted_by_its_own_label_not_its_group_s():
    # QA 36 #6: '(三)不予公开 | 1.属于国家秘密 | 0 …' is the row of 1.属于国家秘密; its group's label was quoted.
    cut = Table(rows=[["申请人情况", "自然人"], ["三、本年度办理结果", "（一）予以公开蜂业信息", "3"],
                      ["（三）不予公开", "1.属于蜂业秘密", "0", "0"]])
    report = _parse("三、收到和处理政府信息公开申请情况", cut)
    assert report.cut_where == "报告文本在表格中中断（到“1.属于蜂业秘密”一行为止）"


def test_a_numbered_label_after_a_table_is_its_next_row_cut():
    # QA 36 #6: the line '1.属于' after the table's last row was read as prose (报告文本在“1.属于”处中断).
    table = Table(rows=[["申请人情况", "自然人"], ["三、本年度办理结果", "（一）予以公开蜂业信息", "3"], ["（三）不予公开"]])
    report = _parse("三、收到和处理政府信息公开申请情况", table, "1.属于")
    assert report.cut_where == "报告文本在表格中中断（到“1.属于”一行为止）" and report.cut_off == "1.属于"
    assert "cut_off" in quality_flags(report)
    # Prose after a table, and a part's heading cut short after one, stay prose.
    prose = _parse("三、收到和处理政府信息公开申请情况", table, "1.本年度蜂业申请，均在")
    assert prose.cut_where == "报告文本在“1.本年度蜂业申请，均在”处中断"
    heading = _parse("二、主动公开政府信息情况", Table(rows=[["信息内容", "蜂场数"], ["蜂场检疫", "42"]]), "三、收到")
    assert heading.cut_where == "报告文本在“三、收到”处中断"


def test_a_table_without_words_is_no_word_to_quote():
    report = _parse("三、收到和处理政府信息公开申请情况", Table(rows=[["", "3", ""], ["0", "", ""]]))
    assert report.cut_where == "报告文本在表格中中断" and report.cut_off == ""
    assert "cut_off" in quality_flags(report) and not any(f.startswith("missing_") for f in quality_flags(report))
    assert not any("“表格”" in w for w in report.warnings)
