"""Passing mentions: a topic named only in a list of fields (涉及水利建设、河道保洁、防汛抗旱等) ranks
below a report that treats it. The reports and queries are made up for these tests; none of them
is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.mentions import _listed, topic_terms
from search.retrieval.query import parse_query
from tests.conftest import made_up_report as report, ranked_agencies as agencies, written

REPORTS = {
    # A short opening that lists the topic among others: BM25 alone ranks it first.
    "lists.txt": report("灵武市水务局", 2021, {1: "主动公开涉及水利建设、河道保洁、防汛抗旱等方面信息。"}),
    "treats.txt": report("永宁县水务局", 2021, {
        1: "本局认真贯彻政府信息公开条例，围绕中心工作推进政务公开，保障群众知情权、参与权和监督权。",
        2: "推进河道保洁信息公开，全年公开考核结果12期，公布各乡镇责任人名单，接受群众监督，"
           "群众反映的问题均已办结。同时公开水资源管理、取水许可、工程建设项目等信息共计86条，"
           "及时更新机构职能、领导信息和办事指南，方便群众查询。"}),
    "other.txt": report("贺兰县水务局", 2021, {2: "公开取水许可信息20条。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("mentions", written(REPORTS))


def test_a_report_treating_the_topic_ranks_above_one_that_lists_it(idx):
    assert agencies(idx, "河道保洁")[:2] == ["永宁县水务局", "灵武市水务局"]


def test_an_item_of_a_list_is_told_from_a_mention_in_a_sentence():
    assert _listed("涉及水利建设、河道保洁、防汛抗旱等方面", ["河道保洁"]) is True
    assert _listed("涉及河道保洁等方面", ["河道保洁"]) is True
    assert _listed("推进河道保洁信息公开。公开水利建设、河道保洁等信息", ["河道保洁"]) is False
    assert _listed("推进水利建设", ["河道保洁"]) is None


def test_queries_about_other_things_than_a_topic_are_left_as_they_are():
    assert topic_terms(parse_query("河道保洁")) == [["河道"], ["保洁"]]
    assert topic_terms(parse_query("河道保洁信息公开了多少条")) == []  # a count: lists answer it
    assert topic_terms(parse_query("水务局")) == []  # an issuer: the title decides
    assert topic_terms(parse_query("河道保洁不及时")) == []  # a problem: part 五 decides
