"""A comparison between years asked in words (comparisons.py): the compared year is a reference, the
comparison's words are not required, the reports' wordings of a change rank. The reports are made up
for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.comparisons import WORDINGS, is_comparison
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as agencies, written

REPORTS = {
    "compares.txt": made_up_report("甲县民政局", 2022, {3: "全年受理行政复议申请3件，较上年减少2件，同比下降40%。"}),
    "states.txt": made_up_report("乙县民政局", 2022, {3: "全年受理行政复议申请3件，均依法办理。"}),
    "older.txt": made_up_report("丙县民政局", 2021, {3: "全年受理行政复议申请5件，较上年增长1件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("comparisons", written(REPORTS))


def test_a_comparison_is_read_from_a_time_compared_with_or_a_span_and_a_trend():
    for text in ("2022年的行政复议比2021年多了吗", "行政复议跟去年比怎么样", "近几年复议是不是越来越少", "历年申请逐年增加",
                 "最近三年复议有什么变化", "三年来申请增加了吗"):
        assert is_comparison(text), text
    for text in ("行政复议 2022", "申请最多的单位", "低保标准比例", "比较好的做法", "这几年的低保", "低保标准三年"):
        assert not is_comparison(text), text


def test_the_compared_year_is_a_reference_and_the_asked_year_ranks_first():
    parsed = parse_query("2022年的行政复议比2021年多了吗")
    assert parsed.year_hints == [2022]
    assert [c.alternatives for c in parsed.must] == [["行政复议"]]
    assert set(WORDINGS) <= set(parsed.rank_words) and parsed.prefer_part is None  # 少/多 is no shortfall here
    assert any("2022" in note for note in parsed.notes) and not any("2021" in note for note in parsed.notes)
    assert [c.alternatives for c in parse_query("和上一年相比复议多了还是少了").must] == [["复议"]]
    assert [c.alternatives for c in parse_query("三年来主动公开增加了吗").must] == [["主动公开"]]


def test_the_report_stating_the_change_ranks_above_the_one_stating_the_figure(idx):
    assert agencies(idx, "2022年的行政复议比2021年多了吗")[:2] == ["甲县民政局", "乙县民政局"]
    assert agencies(idx, "这几年行政复议是不是越来越少")[-1] == "乙县民政局"


@pytest.mark.parametrize("typed, words", [
    ("2022年行政复议 比上一年涨了吗", [["行政复议"]]),
    ("行政复议比去年降了吗", [["行政复议"]]),
    ("近几年复议申请是不是跌了", [["复议 申请"]]),
])
def test_a_direction_said_in_one_character_is_the_comparisons_not_a_word_to_find(typed, words):
    # Round 39: 涨 / 跌 / 升 / 降 complete the closed set of directions; 涨 was left required, and no report writes it.
    parsed = parse_query(typed)
    assert [c.alternatives for c in parsed.must] == words
    assert set(WORDINGS) <= set(parsed.rank_words)


def test_a_direction_in_one_character_finds_the_report_stating_the_change(idx):
    assert agencies(idx, "2022年行政复议 比上一年降了吗")[0] == "甲县民政局"
