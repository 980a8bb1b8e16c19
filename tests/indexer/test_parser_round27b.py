"""Classes round 27b's pages, sampled by how a report names itself and where it is published, showed
(docs/parsing.md, "Round 27b"). Every text here is made up; the names are invented."""
from __future__ import annotations

import pytest

from indexer.issuer import lead_in_year
from indexer.model import Document
from indexer.parser import parse_document


def parse(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


# --- the year: last year's report, published during the year, is no title of this one --------------

PUBLISHED = ["公开发布《青岚市统计局2021年政府信息公开工作年度报告》，并在政务新媒体同步推送。",
             "发布了《青岚市统计局2021年政府信息公开工作年度报告》，全年公开信息36条。",
             "按时公开了《青岚市统计局2021年政府信息公开工作年度报告》。",
             "印发了《青岚市统计局2021年政府信息公开工作年度报告》。"]


@pytest.mark.parametrize("told", PUBLISHED)
def test_a_report_published_during_the_year_gives_no_year(told):
    text = "根据《条例》有关规定，编制本报告。2022年，青岚市统计局坚持依法公开。二是做好主动公开。" + told
    assert lead_in_year(text) is None


@pytest.mark.parametrize("told", PUBLISHED[:2])
def test_the_page_reads_the_year_it_reports_on(told):
    report = parse(["根据《中华人民共和国政府信息公开条例》有关规定，编制本报告。", "一、总体情况",
                    "2022年，青岚市统计局坚持以人民为中心，深入推进政府信息公开工作。",
                    "一是完善工作机制。二是做好主动公开。" + told, "二、主动公开政府信息情况", "详见下表。"])
    assert report.year == 2022


@pytest.mark.parametrize("lead, year", [
    ("根据《条例》规定，现公布《北山县民政局2020年政府信息公开工作年度报告》。", 2020),
    ("根据《条例》规定，现向社会公开发布《北山县民政局2020年政府信息公开工作年度报告》。", 2020),
    ("根据《条例》规定，特公开发布《北山县民政局2020年政府信息公开工作年度报告》。", 2020),
    ("按照要求，编制《青石镇2019年政府信息公开工作年度报告》。", 2019),
    ("按时公布2010年区政府信息公开工作年度报告。", None),  # (round 13's past release, unchanged)
])
def test_a_lead_in_publishing_its_own_report_still_gives_the_year(lead, year):
    assert lead_in_year(lead) == year

