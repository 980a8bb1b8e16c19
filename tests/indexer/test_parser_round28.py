"""Round 28's class, found by auditing the batch gold against the shared pages README (docs/parsing.md, "Round 28"):
with no title line, the agency is the body the lead-in names as the report's compiler, a government's office
compiling its area's report included (as the shared gold grades it), even when the lead-in puts what the office
drew on between the name and the verb, or says the office organised the compiling. Every text here is made up."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_issuer
from indexer.model import Document
from indexer.parser import parse_document

BODY = ["一、概述", "2011年，我市认真贯彻落实《条例》，主动公开政府信息36条。", "二、主动公开政府信息情况", "详见下表。"]
PERIOD = "本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。"


def agency_of(lines):
    return parse_document(Document(list(lines) + BODY, "txt"), "x.txt").agency


@pytest.mark.parametrize("lead, name", [
    # what the office drew on, between the name and the verb
    ("本年度报告是根据《中华人民共和国政府信息公开条例》要求，由青石市政府办公厅在综合汇总各区政府和市政府各部门"
     "政府信息公开年度报告基础上编写而成。", "青石市政府办公厅"),
    ("本年度报告由北山县人民政府办公室在汇总全县各乡镇和县政府各部门年度报告的基础上编制而成。", "北山县人民政府办公室"),
    ("本年度報告是根據《條例》要求，由青石市政府辦公廳在綜合匯總各區政府年度報告基礎上編寫而成。", "青石市政府辦公廳"),
    # the office organised the compiling: a department's office stands for its department, a government's is named
    ("根据《条例》文件要求，青石高新技术产业开发区管理委员会办公室组织编制完成本报告。", "青石高新技术产业开发区管理委员会"),
    ("根据《条例》要求，北山县民政局办公室组织编制了本报告。", "北山县民政局"),
    ("根据《条例》要求，北山县人民政府办公室组织编制了2011年政府信息公开工作年度报告。", "北山县人民政府办公室"),
])
def test_the_lead_in_names_the_compiling_office(lead, name):
    assert lead_in_issuer(lead) == name
    contact = "如对本报告有任何疑问，请与青石高新区管委会办公室联系。"
    assert agency_of([lead + PERIOD + contact]) == name


@pytest.mark.parametrize("lead", [
    "本报告在综合汇总各区政府年度报告的基础上编写而成。",  # no one named
    "我局在汇总各科室工作情况的基础上编制了本报告。",  # only 我局
    "根据《条例》要求，组织编制了本报告。",  # no subject
    "按照市政府统一部署，各部门负责编制本报告。",  # no body, a set of them
    "根据《条例》规定，办公室牵头编制本报告。",  # an office with no owner named
])
def test_a_lead_in_naming_no_compiler_names_no_one(lead):
    assert lead_in_issuer(lead) is None
