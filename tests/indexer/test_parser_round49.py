"""Round 49's classes (docs/parsing.md, "Round 49"): two misses of fresh batches 128 and 129, each fixed as a shape with
made-up neighbours. Every text here is made up."""
from __future__ import annotations

import pytest

from tests.indexer.made_up import parsed

_BODY = ["一、总体情况", "全年主动公开政府信息85条。", "二、主动公开政府信息情况", "主动公开规范性文件2件。"]


# --- a place whose name begins with a character that also opens a clause (对, 在, 由, 为): a township's name -----------

@pytest.mark.parametrize("name", ["对河乡", "在田镇", "由义街道", "为民镇人民政府"])
def test_a_township_named_with_a_clause_opening_character_is_the_issuer(name):
    report = parsed([f"{name}2023年政府信息公开工作年度报告", *_BODY])
    assert report.agency == name and report.level == "township"


@pytest.mark.parametrize("title", ["对2023年政府信息公开工作的报告", "在2023年政府信息公开工作年度报告"])
def test_a_clause_opening_a_title_is_still_no_name(title):
    # 对 / 在 before a year or a whole phrase open a clause: no issuer is read from them.
    report = parsed([title, *_BODY])
    assert report.agency is None or not report.agency.startswith(("对", "在")), report.agency


@pytest.mark.parametrize("clause", ["在本镇", "由该镇人民政府", "对全镇", "为我乡", "在各乡镇", "由各街道", "对下属街道",
                                    "在辖区村", "年度镇"])
def test_a_clause_on_the_body_or_its_places_is_no_township_name(clause):
    # (review, session 22) The exception for a township's name let a clause through whose next word points (本, 该,
    # 我) or counts (全, 各): 在本镇 is 'in this town', never a township named 在本.
    from indexer.issuer import agency_name
    assert agency_name(clause) is None


# --- a statistics period in dashed dates (a page whose date handling wrote 年 as '-') ------------------------------

@pytest.mark.parametrize("period, year", [("自2015-1-1起至2015-12-31止", 2015), ("为2019-01-01至2019-12-31", 2019),
                                          ("自2021－1－1至2021－12－31", 2021)])
def test_a_period_in_dashed_dates_gives_the_year_reported_on(period, year):
    report = parsed(["本报告由某某县民政局根据《中华人民共和国政府信息公开条例》编制。"
                     f"本报告中所列数据的统计期限{period}。", *_BODY])
    assert report.year == year


def test_a_dashed_date_that_is_no_period_gives_no_year_by_itself():
    # A publication date (2016-03-01) is no statistics period: the lead-in's year stands.
    report = parsed(["本报告由某某县民政局编制，发布时间2016-03-01。本报告统计2015年度政府信息公开工作情况。", *_BODY])
    assert report.year == 2015
