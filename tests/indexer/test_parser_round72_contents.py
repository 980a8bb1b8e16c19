"""Round 72: a table of contents listing the parts on lines of their own, then the same headings over their text,
is part of the lead-in; the parts are the second run's (indexer/contents.py). Made-up bodies (雾溪县砚台研究所 and
its 砚石 appear nowhere in the corpus)."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.parser import parse_document

TITLE = "雾溪县砚台研究所2022年政府信息公开工作年度报告"
HEADS = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
         "存在的主要问题及改进情况", "其他需要报告的事项"]
BODIES = ["2022年，本所推进砚石样本信息公开。", "全年主动公开砚石样本信息41条。", "全年收到申请2件，均按时答复。",
          "未发生行政复议和行政诉讼。", "砚石样本信息更新不够及时。", "无。"]
NUMERALS = "一二三四五六"


def digit(k):
    return f"{k + 1}."


def chinese(k):
    return f"{NUMERALS[k]}、"


def bare(k):
    return ""


def parse_lines(lines):
    return parse_document(Document(kind="txt", blocks=list(lines)), "round72_contents.txt")


def listed(numbering, leader=""):
    return [numbering(k) + HEADS[k] + leader.format(k + 1) for k in range(6)]


def body(numbering):
    return [line for k in range(6) for line in (numbering(k) + HEADS[k], BODIES[k])]


def read(report):
    return [(s.number, s.text.strip()) for s in report.sections]


EXPECTED = [(k + 1, BODIES[k]) for k in range(6)]


@pytest.mark.parametrize("contents, headings", [
    (digit, digit), (digit, chinese), (digit, bare), (chinese, chinese), (chinese, digit)])
def test_a_contents_list_over_the_same_headings_is_the_lead_in(contents, headings):
    report = parse_lines([TITLE, "目录", *listed(contents), *body(headings)])
    assert read(report) == EXPECTED
    assert report.sections[0].blocks[0] == BODIES[0]


def test_a_contents_list_with_page_numbers_and_no_title_line():
    report = parse_lines([TITLE, *listed(chinese, "……………{}"), *body(chinese)])
    assert read(report) == EXPECTED


def test_headings_run_into_their_paragraphs_after_a_contents_list():
    glued = [f"{k + 1}.{HEADS[k]}。{BODIES[k]}" for k in range(6)]
    report = parse_lines([TITLE, *listed(digit), *glued])
    assert [s.number for s in report.sections] == [1, 2, 3, 4, 5, 6]
    assert all(BODIES[k] in report.sections[k].text for k in range(6))


@pytest.mark.parametrize("numbering", [digit, chinese])
def test_a_cut_page_whose_parts_are_really_empty_keeps_them(numbering):
    report = parse_lines([TITLE, *listed(numbering)])
    assert [(s.number, s.text.strip()) for s in report.sections] == [(k + 1, "") for k in range(6)]


def test_parts_empty_up_to_a_heading_with_text_are_not_a_contents_list():
    lines = [TITLE, *listed(chinese)[:3], *[line for k in range(3, 6) for line in (chinese(k) + HEADS[k], BODIES[k])]]
    assert read(parse_lines(lines)) == [(1, ""), (2, ""), (3, ""), *EXPECTED[3:]]
