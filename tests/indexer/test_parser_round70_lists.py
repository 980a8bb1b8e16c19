"""Round 70: a list of the parts is no run of parts, and a run's digits must agree with its parts
(indexer/numbering.py). Made-up bodies (青枫县茶苗站 and its 茶苗培育 appear nowhere in the corpus)."""
from __future__ import annotations

import ast
from pathlib import Path

from indexer.model import Document
from indexer.parser import parse_document

TITLE = "青枫县茶苗站2022年政府信息公开工作年度报告"
HEADS = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
         "存在的主要问题及改进情况", "其他需要报告的事项"]
BODIES = ["2022年，我站推进茶苗培育信息公开。", "全年主动公开茶苗培育信息27条。", "全年收到申请2件，均按时答复。",
          "未发生行政复议和行政诉讼。", "茶苗培育信息更新不够及时。", "无。"]


def parse_lines(lines):
    return parse_document(Document(kind="txt", blocks=list(lines)), "round70_lists.txt")


def body(numbering):
    return [line for k in range(6) for line in (numbering(k) + HEADS[k], BODIES[k])]


def read(report):
    return [(s.number, s.text.strip()) for s in report.sections if not s.inferred]


def test_a_lead_ins_one_line_list_of_the_parts_over_unnumbered_headings():
    listed = "本报告由以下部分组成：" + " ".join(f"{k + 1}.{h}" for k, h in enumerate(HEADS)) + "。"
    report = parse_lines([TITLE, listed, *body(lambda k: "")])
    assert read(report) == [(k + 1, BODIES[k]) for k in range(6)]


def test_a_lead_ins_list_in_a_sentence_over_unnumbered_headings():
    listed = "本报告内容包括：" + "；".join(f"{k + 1}.{h}" for k, h in enumerate(HEADS[:3])) + "；4.其他事项。"
    report = parse_lines([TITLE, listed, *body(lambda k: "")])
    assert read(report) == [(k + 1, BODIES[k]) for k in range(6)]


def test_a_reports_own_work_list_is_no_run_of_parts():
    # no part headings; its digits disagree with the parts their words name (1.主动公开 is part 二's words)
    report = parse_lines([TITLE, "2022年，我站认真贯彻《条例》，主要做了以下工作：", "1.主动公开情况", "全年主动公开茶苗培育信息27条。",
                          "2.依申请公开情况", "收到申请2件，均按时答复。", "3.存在的问题", "茶苗培育信息更新不够及时。",
                          "4.改进措施", "加强培训。"])
    assert read(report) == []


def test_numbering_imports_no_private_name_of_sections():
    tree = ast.parse(Path(__file__).resolve().parents[2].joinpath("indexer/numbering.py").read_text(encoding="utf-8"))
    imported = [a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "indexer.sections"
                for a in node.names]
    assert imported and not [name for name in imported if name.startswith("_")]


def test_a_reports_own_numbering_that_skips_the_overview_still_numbers_its_parts():
    # a guard: the same digits after a preamble (no sentence introducing them as its list) are the report's parts
    report = parse_lines([TITLE, "根据《条例》规定，现发布我站2022年政府信息公开工作年度报告。",
                          "1.主动公开政府信息情况", "全年主动公开茶苗培育信息27条。", "2.依申请公开政府信息办理情况",
                          "收到申请2件，均按时答复。", "三、存在的问题及改进措施", "茶苗培育信息更新不够及时。"])
    assert [n for n, _ in read(report)] == [2, 3, 5]
