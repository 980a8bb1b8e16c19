"""Round 39: when no report holds every word, the near misses are read as the full matches are: a body the query
names counts by the report's issuer, not by a passing mention of its name (公安局、工商局、药监局等 in a county's
list), and a body no report in the index is of weighs nothing and is named on the page (search/retrieval/grouped.py).
The reports and queries are made up for these tests; none is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, written
from tests.search.test_figures_asked import _report

# No report here is a 公安局's. A 2011 county report names the bureau in passing, in a list of departments; three
# bodies were sued (行政诉讼 above 0) and write no 公安局; four others were not sued.
REPORTS = {
    "county2011.txt": made_up_report("戊县人民政府", 2011, {
        1: "本县政府信息公开工作有序推进。",
        2: "县公安局、工商局、药监局等部门通过政府网站主动公开行政执法信息。"}),
    **{f"sued{i}.txt": _report(f"{c}市自然资源局", 20 + i, 0, 0, 3 + i) for i, c in enumerate("甲乙丙")},
    **{f"quiet{i}.txt": _report(f"{c}县民政局", 5 + i, 0, 0, 0) for i, c in enumerate("丁己庚辛")},
    # Two finance bureaus and a tax bureau: the bodies one comparison names; a county government whose report
    # names the finance bureau in passing.
    "finance1.txt": _report("壬市财政局", 12, 0, 0, 0),
    "finance2.txt": _report("癸县财政局", 7, 0, 0, 0),
    "tax.txt": _report("子市税务局", 9, 0, 0, 0),
    "passing.txt": _report("丑县人民政府", 300, 0, 0, 0, "县财政局、县税务局配合做好预决算公开。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("fallback_readings", written(REPORTS))


def _page(idx, q):
    result = run_search(idx, SearchParams(q=q, per_page=10))
    return [h.agency for h in result.hits], result.messages


def test_a_body_no_report_is_of_does_not_lead_by_a_passing_mention(idx):
    agencies, messages = _page(idx, "公安局被起诉")
    assert set(agencies[:3]) == {"甲市自然资源局", "乙市自然资源局", "丙市自然资源局"}, agencies
    assert "戊县人民政府" not in agencies[:3]
    assert "没有“公安局”发布的报告，已按其余词语查找。" in messages


def test_a_body_no_report_is_of_named_alone_lists_its_mentions_and_says_so(idx):
    agencies, messages = _page(idx, "公安局")
    assert agencies == ["戊县人民政府"]
    assert "没有“公安局”发布的报告，下面是正文提到它的报告。" in messages


def test_two_bodies_typed_apart_list_each_bodys_own_reports(idx):
    # No report is of both: the one naming both in its text holds every word; each bureau's own report follows.
    agencies, _ = _page(idx, "财政局 税务局 申请数量 比一比")
    assert agencies[0] == "丑县人民政府"
    assert {"壬市财政局", "癸县财政局", "子市税务局"} <= set(agencies)


@pytest.mark.parametrize("q", ["民政局被起诉", "乡镇被起诉"])
def test_a_body_some_report_is_of_or_a_level_is_no_body_missing(idx, q):
    # 民政局: four reports are of it. 乡镇: a level, not a body by function; the index's levels are read elsewhere.
    _, messages = _page(idx, q)
    assert not any("发布的报告" in m and m.startswith("没有") for m in messages), messages


def test_the_figure_order_of_looser_matches_is_told_on_the_page(idx):
    # No report holds both bodies: the near misses are each body's own reports, ordered by the figure asked.
    agencies, messages = _page(idx, "民政局 税务局 申请最多")
    assert agencies[:2] == ["子市税务局", "辛县民政局"]
    assert "没有同时包含“民政局”“税务局”“申请”的结果，下面是包含其中部分词语的结果。" in messages
    assert any("从多到少排列" in m for m in messages), messages


def test_an_informal_name_no_report_writes_names_the_body_it_belongs_to(idx):
    # 派出所 searches the 公安局 it belongs to: 戊县's report names the bureau, and no report writes 派出所. The page
    # must not say the reports below mention 派出所 (QA 34 #5).
    agencies, messages = _page(idx, "派出所")
    assert agencies == ["戊县人民政府"]
    assert "没有“派出所”发布的报告，正文也没有写“派出所”；下面是正文提到它所属的“公安局”的报告。" in messages
    assert not any("正文提到它的报告" in m for m in messages), messages


@pytest.mark.parametrize("q", ["被诉", "涉诉"])
def test_the_short_words_for_being_sued_ask_for_the_lawsuit_figure(idx, q):
    # No report writes 被诉 or 涉诉: read as 行政诉讼, the figure asked, the three sued bodies lead (QA 34 #14).
    agencies, messages = _page(idx, q)
    assert set(agencies[:3]) == {"甲市自然资源局", "乙市自然资源局", "丙市自然资源局"}, (agencies, messages)
    assert not any("没有报告使用" in m for m in messages), messages
