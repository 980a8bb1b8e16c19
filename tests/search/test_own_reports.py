"""Session 34: a body named beside other words lists its own reports before the reports that mention it
(own_reports.py), and the 2008 template's fee heading (收费及减免情况) reads as the fee, its answers of none too.

The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval import signals
from search.figures.prose_statements import fee_statement
from search.retrieval.own_reports import NOTE, named_kinds
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, other_bodies, ranked_agencies, written

# A county government naming its bureau in passing, the words asked at length; two bureaus' own reports, briefer.
MENTION = ("县医保局、县民政局等部门依法办理行政复议案件。本年度县医保局收到行政复议申请3件，县民政局收到行政复议申请2件，"
           "行政复议决定均维持原答复，县医保局行政复议工作规范有序。")
REPORTS = {
    **other_bodies(12),
    "gov.txt": made_up_report("岚溪县人民政府", 2022, {1: "县医保局、县民政局等部门主动公开信息。", 4: MENTION}),
    "bureau.txt": made_up_report("澄江县医疗保障局", 2022, {1: "本局依法公开政府信息。", 4: "本年度行政复议1件。"}),
    "bureau-2.txt": made_up_report("霞岭县医疗保障局", 2021, {1: "本局依法公开政府信息。",
                                                        4: "本年度发生行政复议案件1件，结果维持。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("own_reports", written(REPORTS))


def test_the_bodys_own_reports_come_before_a_report_naming_it(idx):
    found = ranked_agencies(idx, "医保局 行政复议", per_page=20)
    assert found.index("澄江县医疗保障局") < found.index("岚溪县人民政府")
    assert found.index("霞岭县医疗保障局") < found.index("岚溪县人民政府")


def test_without_the_rule_the_mention_ranks_above_a_bureaus_own_report(idx, monkeypatch):
    monkeypatch.setattr(signals, "own_first", lambda searcher, parsed, mask: None)
    found = ranked_agencies(idx, "医保局 行政复议", per_page=20)
    assert found.index("岚溪县人民政府") < found.index("澄江县医疗保障局")


def test_the_page_says_so_when_it_mixes_own_reports_and_mentions(idx):
    note = NOTE.format(bodies="“医保局”")
    assert note in run_search(idx, SearchParams(q="医保局 行政复议")).messages
    # Sorted by date, nothing is put first.
    assert note not in run_search(idx, SearchParams(q="医保局 行政复议", sort="newest")).messages


def test_the_note_is_withheld_when_a_mention_outranks_an_own_report(idx, monkeypatch):
    # rev34 #9: with the rule off, 岚溪县人民政府's mention ranks above a bureau's own report: the note would be untrue.
    monkeypatch.setattr(signals, "own_first", lambda searcher, parsed, mask: None)
    result = run_search(idx, SearchParams(q="医保局 行政复议"))
    found = [hit.agency for hit in result.hits]
    assert found.index("岚溪县人民政府") < found.index("澄江县医疗保障局")
    assert NOTE.format(bodies="“医保局”") not in result.messages


def test_a_sector_names_the_subject_not_whose_report_is_asked():
    # 医院 收费: the health commissions' reports on hospitals' fees; a hospital's own report is not asked first.
    assert named_kinds(parse_query("医院 收费 公示")) == []
    assert named_kinds(parse_query("医保局 行政复议")) == [["医保局"]]
    assert named_kinds(parse_query("县政府 2020")) == [["县政府"]]


@pytest.mark.parametrize("query", ["收费及减免情况", "收费和减免", "收费与减免", "政府信息公开的收费及减免情况"])
def test_the_old_templates_fee_heading_reads_as_the_fee_alone(query):
    figure = parse_query(query).figure
    assert figure is not None and figure.key == "processing_fees"
    assert figure.others == ()  # 减免 is the heading's, no other topic beside the fee


def _fees(text: str) -> float | None:
    statement = fee_statement({"sections": [{"number": 4, "blocks": [{"type": "p", "text": text}]}]})
    return statement[0] if statement else None


def test_the_old_templates_answers_of_no_fee_read_as_none_charged():
    assert _fees("本年度未向公民、法人和其他组织收取任何政府信息公开费用。") == 0
    assert _fees("本年度没有对公民、法人和其他组织收取依申请公开的任何费用。") == 0
    assert _fees("本年度无政府信息公开的收费及减免情况。") == 0
    assert _fees("本局没有政府信息公开的收费和减免情况。") == 0
    # A fee charged is still the amount; a refusal beside a charge is no answer of none.
    assert _fees("本年度向申请人收取费用120元。") == 120
    assert _fees("本年度不予公开3件。") is None
