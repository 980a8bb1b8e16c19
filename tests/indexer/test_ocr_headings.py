"""Part headings OCR misread by a character or two are read as the template's (OCR path only)."""
import pytest

from indexer.readers.ocr_headings import template_heading
from indexer.sections import classify_heading


@pytest.mark.parametrize("read, meant", [
    ("六、其他需要报告的事顼", "六、其他需要报告的事项"),
    ("六、其他需要报吿的事项", "六、其他需要报告的事项"),
    ("六其他需要报告的事项", "六、其他需要报告的事项"),  # the comma lost
    ("大、其他需要报告的事项", "六、其他需要报告的事项"),  # the numeral misread: the title's own
    ("一、总休情况", "一、总体情况"),
    ("六、其他需要报告的事", "六、其他需要报告的事项"),  # the last character lost
    ("其他需要报告的事顼", "其他需要报告的事项"),  # unnumbered, one character misread
    ("人六、其他需要报告的事项", "六、其他需要报告的事项"),  # a speck read before the numeral
    ("丶五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况"),
])
def test_a_misread_heading_is_read_as_the_templates(read, meant):
    assert template_heading(read) == meant
    assert classify_heading(meant) is not None


@pytest.mark.parametrize("line", [
    "六、其他需要报告的事项", "五、存在的主要问题及改进情况",  # read as they are already
    "一、本年新收政府信息公开申请数量",  # a table row
    "（六）其他需要报告的事项",  # a sub-heading's bracket
    "主动公开政府信息",  # unnumbered and cut short: a phrase of text
    "六、其他事项",  # a heading of the report's own wording
    "四、结转下年度继续办理",
    "第六、七条规定的事项",  # a character before a numeral that is no speck: not a heading
])
def test_other_lines_stay(line):
    assert template_heading(line) is None
