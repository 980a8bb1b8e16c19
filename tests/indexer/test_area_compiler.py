"""A government's own general office compiling its area's report (A3 of docs/parsing.md): with no title line, a
lead-in saying 由某县政府办公室编制 and naming the report 某县2017年度…年度报告 names the office, as written; the
title's bare area is not a body. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.model import Document
from indexer.parser import parse_document

PARTS = "\n一、概述\n本年度全县主动公开政府信息1200条。\n二、主动公开政府信息情况\n通过门户网站公开信息。"


@pytest.mark.parametrize("lead_in, body", [
    ("本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《某市政府信息公开规定》要求，由安平县政府办公室编制。"
     "2017年度安平县政府信息公开年度报告全文包括：概述、主动公开政府信息情况。", "安平县政府办公室"),
    ("根据《中华人民共和国政府信息公开条例》规定，青川市人民政府办公室编制了《青川市2016年政府信息公开工作年度报告》。"
     "报告全文包括：本年度政府信息公开工作的基本情况。", "青川市人民政府办公室"),
    ("根据《条例》规定，石门县人民政府办公室负责编制本报告。现将石门县2020年政府信息公开工作情况报告如下：", "石门县人民政府办公室"),
    ("依据《条例》，由北原省人民政府办公厅编制。《北原省2015年政府信息公开工作年度报告》全文包括概述等六部分。",
     "北原省人民政府办公厅"),
    # (the commonest opening, 本报告由…: the words before 由 are no part of the office's name, review of session 19)
    ("本报告由安平县政府办公室编制。2017年度安平县政府信息公开年度报告全文包括概述等部分。", "安平县政府办公室"),
    ("本年度报告由安平县政府办公室编制，2017年度安平县政府信息公开年度报告全文包括概述等部分。", "安平县政府办公室"),
])
def test_a_government_s_office_compiling_its_area_s_report_is_that_office(lead_in, body):
    assert lead_in_issuer(lead_in) == body
    report = parse_document(Document([lead_in, *PARTS.split("\n")], "txt"), "x.txt")
    assert report.agency == body


@pytest.mark.parametrize("lead_in, body", [
    # The title names a body, not a bare area: that body's report, whoever compiled it.
    ("本报告由青川市人民政府办公室编制。现公布青川市人民政府2016年政府信息公开工作年度报告。", "青川市人民政府"),
    ("由安平县政府办公室编制。2017年度安平县教育局政府信息公开年度报告全文包括：概述。", "安平县教育局"),
    # A department's office compiles its department's report (A3).
    ("根据《条例》规定，由青川市民政局办公室编制了《青川市民政局2016年政府信息公开工作年度报告》。", "青川市民政局"),
    # Another government's office: the area's own report stays the area's.
    ("由北原省人民政府办公厅转发。2017年度安平县政府信息公开年度报告全文包括：概述。", "安平县"),
    # No compiler named: the area, as before.
    ("现将安平县2020年政府信息公开工作情况报告如下：", "安平县"),
])
def test_other_compilers_and_titles_keep_their_reading(lead_in, body):
    assert lead_in_issuer(lead_in) == body

