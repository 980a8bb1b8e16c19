"""Markup kept as text and adult sites' keyword stuffing are taken out of a saved page before anything reads it
(indexer/junk_lines.py). Every text here is made up; the stuffed phrases are of the kind such lines hold."""
from __future__ import annotations

from indexer.junk_lines import drop_junk, stuffing
from indexer.model import Document
from indexer.parser import parse_document

STUFFED = "国产在线专区91,精品视频一区二区,亚洲欧美在线播放,日韩无码专区"
MARKUP = '<noscript id="ab12"><dd id="ab12"></dd></noscript>'


def parse(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


def test_a_mirrors_junk_above_the_title_is_taken_out_and_said():
    report = parse([MARKUP, "  • <sup id=\"ab12\"></sup>", STUFFED, "某某县水利局2020年政府信息公开工作年度报告",
                    "一、总体情况", "2020年，本局主动公开政府信息120条，满意率<95%的事项全部整改。", "二、主动公开政府信息情况", "略。"])
    assert (report.agency, report.year) == ("某某县水利局", 2020)
    text = "\n".join(str(b) for b in report.preamble) + "\n".join(str(b) for s in report.sections for b in s.blocks)
    assert "noscript" not in text and "无码" not in text
    assert "满意率<95%" in text  # a comparison is no tag
    assert any("网页代码或关键词堆砌" in w and "3 行" in w for w in report.warnings), report.warnings


def test_only_lines_made_of_such_phrases_are_stuffing():
    assert stuffing(STUFFED)
    assert stuffing("國產精品視頻,亞洲歐美在線播放,日韓無碼專區")  # read on the simplified key
    # a report's lists: no such word, or one among ordinary phrases
    assert not stuffing("公开政策文件、规划计划、财政预决算、重大项目")
    assert not stuffing("通过政府网站、微信公众号、在线播放的政策解读视频、新闻发布会")
    assert not stuffing("日韩")


def test_a_cited_title_in_angle_brackets_and_a_comparison_are_kept():
    lines = ["根据《关于贯彻实施<中华人民共和国政府信息公开条例>的通知》要求，编制本报告。", "a<b and c>d"]
    assert drop_junk(lines) == (lines, 0)


def test_a_line_with_words_keeps_its_markup_as_text():
    # (review of session 24) the tags were taken out of every line: a hostile title's <script> no longer showed as text
    line = '<script>alert("t")</script>某某县水利局2020年政府信息公开工作年度报告'
    assert drop_junk([MARKUP, line]) == ([line], 1)
