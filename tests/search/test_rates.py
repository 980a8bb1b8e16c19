"""A rate, share or percentage asked (行政复议 纠错率, 按时答复率, 不予公开占全部申请的比例): the rate's
subject searched as the reports state it, the statistics table's rate read where it has one. The
reports are made up for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as agencies, written
from tests.search.test_figures_asked import _report as _tables

REPORTS = {
    # Reviews in the table: the correction rate is known (0 of 4, 1 of 2 … here every one upheld).
    "reviewed.txt": _tables("青山县财政局", 20, 0, 4, 0),
    "reviewed-too.txt": _tables("青山县教育局", 9, 0, 2, 0),
    # No review: no rate, though its prose names the heading more often than any table.
    "no-review.txt": _tables("青山县水务局", 6, 0, 0, 0, "本年度未发生行政复议，行政复议工作制度健全，行政复议渠道畅通。"),
    # Refusals: 3 of 10 refused to protect a third party.
    "refused.txt": _tables("青山县公安局", 10, 0, 0, 0, third_party=3),
    # The share of requests answered in time, stated in words and not as 按时答复率.
    "in-time.txt": made_up_report("青山县白石镇人民政府", 2021, {
        3: "全年收到政府信息公开申请12件，均在法定期限内答复。"}),
    "no-time.txt": made_up_report("青山县黄土镇人民政府", 2021, {3: "全年收到政府信息公开申请3件，申请内容涉及征地补偿。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("rates", written(REPORTS))


def test_a_correction_rate_is_the_tables_rate_of_reviews(idx):
    parsed = parse_query("行政复议 纠错率")
    assert (parsed.figure.key, parsed.figure.mode) == ("rate_reconsideration_corrected", "rate")
    assert [c.alternatives for c in parsed.must] == [["行政复议"]]  # no report writes 纠错率
    result = run_search(idx, SearchParams(q="行政复议 纠错率"))
    assert {h.agency for h in result.hits[:2]} == {"青山县财政局", "青山县教育局"}
    assert result.hits[0].figure == "复议纠错率 0%"
    assert any("算出“复议纠错率”" in m for m in result.messages)


def test_a_share_of_a_figure_is_its_rate(idx):
    parsed = parse_query("予以公开占全部申请的比例")
    assert parsed.figure.key == "rate_disclosed" and [c.alternatives for c in parsed.must] == [["予以公开"]]
    assert parse_query("不予公开的比例是多少").figure.key == "rate_refused"
    result = run_search(idx, SearchParams(q="予以公开占全部申请的比例"))
    shown = {h.agency: h.figure for h in result.hits}
    assert shown["青山县公安局"] == "予以公开率 70%" and shown["青山县财政局"] == "予以公开率 100%"


def test_an_on_time_rate_is_searched_as_the_reports_state_it(idx):
    parsed = parse_query("依申请公开 按时答复率")
    assert "法定期限内" in parsed.must[-1].alternatives and "按时答复" in parsed.must[-1].alternatives
    result = run_search(idx, SearchParams(q="依申请公开 按时答复率"))
    assert result.hits[0].agency == "青山县白石镇人民政府"
    assert not any(m.startswith("没有同时包含") for m in result.messages)  # found by every word, as stated


def test_a_rate_is_read_only_of_what_the_table_has_a_rate_for():
    # 办结率 of reviews is no correction rate: the review stays the figure asked, 办结 a word to find.
    parsed = parse_query("行政复议 办结率")
    assert parsed.figure.key == "reconsideration_total" and ["办结"] in [c.alternatives for c in parsed.must]
    # A share of what stands before it: 公开的比例 is the disclosed share, and 公开 need not be written again.
    assert parse_query("公开的比例").figure.key == "rate_disclosed"
    parsed = parse_query("依申请公开 公开比例是多少")
    assert parsed.figure.key == "rate_disclosed" and [c.alternatives for c in parsed.must] == [["依申请公开"]]


def test_words_ending_in_lv_that_are_no_share_stay_words():
    for typed in ("行政效率", "更新频率", "税率"):
        parsed = parse_query(typed)
        assert parsed.rate_said == [] and parsed.figure is None, typed


@pytest.mark.parametrize("query", ["比例原则", "按比例抽查", "成比例增长"])
def test_proportion_in_another_sense_asks_no_share(query):
    # (review of session 24) 比例原则 was read as a share asked with 原则 its only word, 按比例抽查 as the share of 按.
    parsed = parse_query(query)
    assert parsed.rate_said == [] and "".join(a for c in parsed.must for a in c.alternatives) == query
