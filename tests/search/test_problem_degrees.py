"""Round 37b: a shortcoming the problem reader joins from two words — a degree and the word after it (不太及时,
不怎么关注) and beyond a time limit (超过期限) — is admitted, so the reports' parts 五 admitting it lead
(search/retrieval/shortcomings.admitted, report_forms; problems.admission_tokens). The reports and queries are
made up for these tests; none is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.problems import admission_tokens
from search.retrieval.query import parse_query
from search.retrieval.shortcomings import admitted, report_forms
from tests.conftest import made_up_report as report, ranked_agencies, written

PLACES = "甲乙丙丁戊己庚辛壬癸"
# Ten bureaus write of requests and their replies at length, and admit in part 五 that the replies' reasoning is
# thin; one admits in a line that a reply came after its time limit, one that its replies came late.
REPORTS = {f"reasons{i}.txt": report(f"{c}县自然资源局", 2022, {
    1: "本局全年办理政府信息公开申请，申请答复均在法定期限内完成。",
    5: "一是依申请公开答复文书说理不够充分，申请人对答复理由有异议；二是申请答复的法律依据引用不够准确。"})
    for i, c in enumerate(PLACES)}
REPORTS["overdue.txt"] = report("子县自然资源局", 2022, {
    1: "本局全年办理政府信息公开申请。", 5: "一是个别申请答复超期，办理流程有待优化。"})
REPORTS["late.txt"] = report("丑县自然资源局", 2022, {
    1: "本局全年办理政府信息公开申请。", 5: "一是政民互动留言回应不及时，个别留言积压。"})
REPORTS.update({f"quiet{i}.txt": report(f"{c}镇人民政府", 2022, {
    1: f"本镇主动公开财政预算信息{i + 6}条，政策解读{i + 2}篇。", 3: f"办理申请{i + 1}件。"})
    for i, c in enumerate("东西南北中上下左右前")})


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("problem_degrees", written(REPORTS))


@pytest.mark.parametrize("word", ["不太及时", "不怎么关注", "不够深入", "超过期限", "超出时限"])
def test_a_joined_shortcoming_is_admitted(word):
    assert admitted(word), word


@pytest.mark.parametrize("word", ["不把", "不给", "超过", "不够"])
def test_other_words_keep_their_reading(word):
    # 不 before one character only negates; 超过 alone is a size (超过100件); 不够 alone was admitted already
    assert admitted(word) == (word == "不够"), word


def test_the_reports_forms_of_a_joined_shortcoming():
    assert {"超期", "逾期"} <= set(report_forms("超过期限"))
    assert "不及时" in report_forms("不太及时")


def test_a_degree_word_is_not_an_admission_token():
    # 不太 is the citizen's degree; the reports write 不及时, 不够 (不够 stays: the reports write it)
    assert "不太" not in admission_tokens(parse_query("留言回应不太及时"))["body"]
    assert "不够" in admission_tokens(parse_query("留言回应不够及时"))["body"]


def test_beyond_a_time_limit_finds_the_report_admitting_lateness(idx):
    assert parse_query("申请的答复超过期限了").prefer_part == 5
    assert ranked_agencies(idx, "申请的答复超过期限了")[:1] == ["子县自然资源局"]


def test_a_degree_and_a_word_finds_the_report_admitting_it(idx):
    assert ranked_agencies(idx, "留言回应不太及时")[:1] == ["丑县自然资源局"]
