"""The page's heading above the report's own title (indexer/titles.py): the same body named shorter in the heading
(without its city, or by its area alone) is named by the report's fuller title; a heading over another body's or
another year's title keeps its reading. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.model import Document
from indexer.parser import parse_document


def _agency(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt").agency


LEAD = "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。"


@pytest.mark.parametrize("lines, body", [
    # the heading without the city, then the report's own title split over two lines
    (["杭州市上城区人民政府", "政府信息公开年报", "上城区湖滨街道2025年政府信息公开工作年度报告", "发布时间:2026-01-19",
      "杭州市上城区湖滨街道2025年政府", "信息公开工作年度报告", LEAD, "一、总体情况", "2025年，湖滨街道严格遵循《条例》。"],
     "杭州市上城区湖滨街道"),
    # the heading names the area, the report's title under it its government (a name line, then the year line)
    (["赤峰市红山区2014政府信息公开工作年度报告", "赤峰市红山区人民政府", "2014年政府信息公开工作年度报告", "(2015年3月23日)",
      "现将我区2014年政府信息公开工作情况报告如下。", "一、概述", "2014年，我区认真贯彻《条例》。"], "赤峰市红山区人民政府"),
])
def test_the_report_s_own_title_names_the_body_fuller_than_the_page_s_heading(lines, body):
    assert _agency(lines) == body


@pytest.mark.parametrize("lines, body", [
    # a heading naming a city above a district's report: another body, not a fuller name of the same one
    (["赤峰市2022年政府信息公开工作年度报告", "赤峰市红山区2022年政府信息公开工作年度报告", LEAD, "一、总体情况", "本年度。"],
     "赤峰市"),
    # the title below of another year: the heading's
    (["上城区湖滨街道2025年政府信息公开工作年度报告", "杭州市上城区湖滨街道2024年政府信息公开工作年度报告", LEAD, "一、总体情况",
      "2025年，湖滨街道严格遵循《条例》。"], "上城区湖滨街道"),
])
def test_a_heading_above_another_body_s_or_year_s_title_keeps_its_reading(lines, body):
    assert _agency(lines) == body
