"""Round 70: parts numbered with Arabic digits, read as a whole report's top-level run (indexer/numbering.py).

Made-up bodies (青枫县候鸟保护站 and its like appear nowhere in the corpus)."""
from __future__ import annotations

from indexer.model import Document
from indexer.numbering import split_sections
from indexer.parser import parse_document

TITLE = "青枫县候鸟保护站2022年政府信息公开工作年度报告"


def parse_lines(lines):
    return parse_document(Document(kind="txt", blocks=list(lines)), "round70.txt")


def parts(report):
    return [(s.number, s.title) for s in report.sections if not s.inferred]


def test_parts_numbered_with_digits_in_the_reports_own_words():
    # '1.概述' … '5.存在的问题及改进措施': the report's own words, none of them a template title under its own number
    report = parse_lines([TITLE, "1.概述", "2022年，我站按照《条例》要求推进候鸟监测信息公开。",
                          "2.主动公开信息情况", "全年主动公开候鸟监测信息36条。",
                          "3.依申请公开政府信息办理情况", "全年未收到政府信息公开申请。",
                          "4.行政复议和行政诉讼情况", "未发生行政复议和行政诉讼。",
                          "5.存在的问题及改进措施", "信息更新不够及时。下一步将加强培训。"])
    assert [n for n, _ in parts(report)] == [1, 2, 3, 4, 5]
    assert parts(report)[2][1] == "3.依申请公开政府信息办理情况"  # the heading as written


def test_numbered_lists_inside_parts_headed_with_chinese_numerals_stay_items():
    report = parse_lines([TITLE, "一、总体情况", "2022年，我站推进候鸟监测信息公开。",
                          "1.主动公开", "全年公开候鸟监测信息36条。", "2.依申请公开", "未收到申请。",
                          "3.政府信息管理", "规范发布流程。",
                          "二、主动公开政府信息情况", "见下表。",
                          "五、存在的主要问题及改进情况", "1.完善制度", "修订信息发布办法。", "2.加强培训", "每季度培训一次。"])
    assert [n for n, _ in parts(report)] == [1, 2, 5]
    assert report.sections[0].title == "一、总体情况"


def test_digit_parts_with_their_own_numbered_items():
    # parts 1.…3. with items 1.… under part 1 and under part 3: the items start again at 1, the parts go on by one
    report = parse_lines([TITLE, "1.工作开展情况", "2022年，我站推进候鸟监测信息公开。",
                          "1、健全候鸟监测信息发布机制。", "2、依申请公开政府信息情况。全年未收到申请。",
                          "2.主动公开政府信息情况", "全年主动公开候鸟监测信息36条。",
                          "3.存在的主要问题和改进措施", "1、信息更新不够及时。", "2、栏目设置有待优化。"])
    assert [n for n, _ in parts(report)] == [1, 2, 5]
    assert report.sections[1].title == "2.主动公开政府信息情况"


def test_a_one_line_page_with_digit_numbered_headings_run_in():
    line = ("青枫县候鸟保护站2022年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》要求，现发布本报告。"
            " 1.总体情况 2022年，我站进一步推进候鸟监测信息公开，全年召开专题会议2次。"
            " 2.主动公开政府信息情况 全年主动公开候鸟监测信息36条。")
    report = parse_lines([line])
    assert [n for n, _ in parts(report)] == [1, 2]


def test_a_page_cut_after_its_first_digit_numbered_part_stays_partial():
    line = ("青枫县候鸟保护站2022年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》要求，现发布本报告。"
            " 1.总体情况 2022年，我站进一步推进候鸟监测信息公开，全年召开专题会议2次，"
            "更新候鸟监测栏目信息12条。")
    report = parse_lines([line])
    assert [n for n, _ in parts(report)] == [1]


def test_a_lead_ins_numbered_list_and_dates_open_no_run():
    # a lead-in's list ('1、报告依据：…') and a decimal ('1.5万条') are no part headings; the parts are 一、…
    report = parse_lines([TITLE, "1、报告依据：《中华人民共和国政府信息公开条例》。", "2、统计时段：2022年1月1日至12月31日。",
                          "一、总体情况", "全年公开候鸟监测信息", "1.5万条。", "二、主动公开政府信息情况", "见下表。"])
    assert [n for n, _ in parts(report)] == [1, 2]


def test_a_part_heading_after_a_list_of_sentences_goes_on_with_the_run():
    # items that are sentences ('1、经统计，…。') are one list; the short heading numbered 3 after them is the run's
    report = parse_lines([TITLE, "1.概述", "我站推进候鸟监测信息公开。", "2.公开信息情况",
                          "1、经统计，全年主动公开候鸟监测信息36条。", "2、全年，我站没有收到政府信息公开申请。",
                          "3.存在的主要问题和改进措施", "信息更新不够及时。"])
    assert [n for n, _ in parts(report)] == [1, 2, 5]


def test_an_explainers_two_numbered_subjects_are_no_parts():
    _, sections = split_sections(["政府信息公开的种类", "1. 主动公开：", "主动公开是指行政机关主动向社会公开信息。",
                                  "2. 依申请公开：", "依申请公开是指行政机关根据申请提供信息。"])
    assert sections == []
