"""Relevant reports ranked below unrelated ones (round 34b, docs/relevance.md): a part that writes of the
subject at length against a short one naming it once (BM25's length normalisation, search/schema.py), and a
year typed beside a body (search/retrieval/signals.py). The reports and queries are made up for these tests;
none of them is in the judged relevance sets."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.schema import WEIGHTING
from search.retrieval import signals
from tests.conftest import made_up_report, ranked_agencies, written

OTHERS = "东西南北中上下左右前后里外春夏秋冬金木水火土"
# One bureau writes of 古树名木 at length (twice named, in a long part: what it surveyed, published, answered);
# another names it once in a one-line part. The rest write of other things at an ordinary length.
LONG = ("本年度主动公开古树名木普查结果，逐株公布位置、树龄和保护等级，"
        "并在网站开设专栏集中发布养护责任人、巡查记录和资金使用情况；"
        "对群众来信反映的受损问题，及时组织调查处理并公开处理结果，"
        "全年在政务新媒体发布相关信息四十余条，回应社会关切，答复均在法定期限内完成，"
        "同时完善了信息发布审核机制，明确专人负责，确保公开内容准确、完整、及时，"
        "并通过公开栏、宣传册和现场讲解等多种形式方便群众查阅古树名木保护信息。")
SHORT = "公开古树名木信息。"
ORDINARY = ("本年度主动公开财政预算决算信息和惠民补贴发放情况，依申请公开工作规范有序，"
            "全年受理申请若干件，均按期答复，未发生行政复议和行政诉讼。")
REPORTS = {
    "long.txt": made_up_report("甲县林业局", 2022, {1: LONG}),
    "short.txt": made_up_report("乙县林业局", 2022, {1: SHORT}),
}
REPORTS.update({f"o{i}.txt": made_up_report(f"{c}山镇人民政府", 2022, {1: ORDINARY})
                for i, c in enumerate(OTHERS)})
# 教育局 beside a year: the body's own reports of that year and of another, and a county government's
# report of that year that names the county's 教育局 in its text.
REPORTS.update({
    "edu2011.txt": made_up_report("丙县教育局", 2011, {1: "本局主动公开招生入学政策和教育经费使用情况。"}),
    "edu2020.txt": made_up_report("丁县教育局", 2020, {1: "本局主动公开招生入学政策和学校收费标准。"}),
    "gov2011.txt": made_up_report("戊县人民政府", 2011, {
        1: "县政府主动公开财政预算信息，县教育局、县民政局分别公开招生入学和低保信息。"}),
})


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("ranked_too_low", written(REPORTS))


def test_a_part_writing_at_length_ranks_above_a_short_mention(idx):
    found = ranked_agencies(idx, "古树名木", per_page=50)
    assert found.index("甲县林业局") < found.index("乙县林业局")


def test_with_the_old_length_normalisation_the_short_mention_led(indexes, monkeypatch):
    # Term scores are kept per index generation: an index of its own sees the old weighting from its start.
    monkeypatch.setitem(WEIGHTING._field_B, "body", 0.5)
    monkeypatch.setitem(WEIGHTING._field_B, "grams", 0.5)
    old = indexes.searcher("ranked_too_low_old_b", written(REPORTS))
    found = ranked_agencies(old, "古树名木", per_page=50)
    assert found.index("乙县林业局") < found.index("甲县林业局")


def test_a_year_beside_a_body_orders_the_bodys_reports(idx):
    found = ranked_agencies(idx, "教育局 2011", per_page=50)
    assert found[0] == "丙县教育局"
    assert found.index("丁县教育局") < found.index("戊县人民政府")


def test_without_the_rule_the_years_report_of_another_body_came_before(idx, monkeypatch):
    monkeypatch.setattr(signals, "own_first", lambda searcher, parsed, mask: None)
    found = ranked_agencies(idx, "教育局 2011", per_page=50)
    assert found.index("戊县人民政府") < found.index("丁县教育局")


# 民政局 beside a year where no 民政局 report matches: a county government's report of that year names its
# 民政局, and a report of another year whose issuer the parser could not read (no name in its title) names one too.
NO_BODY = {
    "gov2011.txt": made_up_report("庚县人民政府", 2011, {1: "县政府主动公开财政预算信息，县民政局公开低保信息。"}),
    "unread2020.txt": "2020年政府信息公开工作年度报告\n\n一、总体情况\n主动公开民政局低保信息和档案馆藏信息。\n\n"
                      "二、主动公开政府信息情况\n详见下表。\n",
}


def test_a_year_beside_a_body_no_report_of_which_matches_orders_by_the_year(indexes):
    # The body's reports come first when there are some; with none, an unread report of another year is no
    # more likely the body's than any other, and the year typed orders the list as beside any other word.
    searcher = indexes.searcher("ranked_too_low_no_body", written(NO_BODY))
    result = run_search(searcher, SearchParams(q="民政局 2011"))
    assert [(h.agency, h.year) for h in result.hits] == [("庚县人民政府", 2011), ("", 2020)]
    assert not any("只出现在后面" in m for m in result.messages)
