"""Session 28's segmentation step (2026-12-06): a locative or a quantifier jieba glues to the word beside it (上发 of
在头条上发文章, 各个部门) is cut off as the reports' text is cut (search/retrieval/glued.py). The reports and queries
are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import query_words
from tests.conftest import made_up_report, other_bodies, written

OTHERS = other_bodies(12)
REPORTS = {
    **OTHERS,
    "posts.txt": made_up_report("子溪县人民政府", 2022, {
        2: "在今日头条上发布政策解读文章56篇，在门户网站发布政务信息320条。"}),
    "reviews.txt": made_up_report("丑溪县人民政府", 2022, {
        6: "对各部门政务公开工作进行年度考核，考核结果纳入绩效评价。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("query_glued_session28", written(REPORTS))


@pytest.mark.parametrize("query, glued, apart", [
    ("在头条上发文章", "上发", ["头条", "上", "发", "文章"]),  # jieba's HMM glues 上 | 发
    ("县里在抖音上发消息吗", "音上", ["抖音", "上"]),  # 抖 | 音上 -> 抖音 | 上
    ("各个部门考核结果", "各个部门", ["各部门"]),  # a dictionary word: the quantifier and its noun
    ("每个部门考核", "每个", ["各部门"]),
])
def test_a_glued_locative_or_quantifier_is_cut_off(query, glued, apart):
    words = query_words(query)
    assert glued not in words
    assert all(w in words for w in apart)


@pytest.mark.parametrize("query", ["网上申请", "线下办理", "上犹县", "在线上办理"])
def test_a_dictionary_word_or_a_place_is_not_cut(query):
    assert "".join(query_words(query)) == query
    assert not ({"网", "线", "犹"} & set(query_words(query)))


@pytest.mark.parametrize("query, agency", [
    # The report writes 头条上发布, cut 头条 | 上 | 发布: with 上发 required, only the fallback listed it (no message
    # here: the reading tests above hold the cut).
    ("政府在头条上发文章", "子溪县人民政府"),
    ("各个部门考核结果", "丑溪县人民政府"),  # the report writes 各部门
])
def test_the_report_written_apart_is_found(idx, query, agency):
    result = run_search(idx, SearchParams(q=query, per_page=10))
    assert [h.agency for h in result.hits][:1] == [agency]
    assert not any("没有报告使用" in message for message in result.messages)  # a full match, no fallback
