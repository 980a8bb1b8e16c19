"""When, where and which level said otherwise (round 33): an anniversary by another name, an event's verb before
it, a year in Chinese numerals without 年 or in two figures, the newest year beside a topic; a province's name with
地, its seat said by its role, places typed apart, a count of places; a level's name leading a phrase, 局 as the
departments' word, two kinds of one level typed apart. The queries and reports are made up for these tests; none of
the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.issuers import concept_of
from search.retrieval.places import find_places
from search.retrieval.query import parse_query
from search.retrieval.years import find_years
from tests.conftest import made_up_report, ranked_agencies, written


def items(query: str) -> list[list[str]]:
    return [c.alternatives for c in parse_query(query).must]


# ---------------------------------------------------------------- time


@pytest.mark.parametrize("text, year", [
    ("建国六十周年", 2009), ("国庆75周年", 2024), ("中华人民共和国成立七十周年那年", 2019),
    ("改革开放三十年", 2008), ("香港回归二十周年", 2017), ("建党一百周年华诞", 2021),
])
def test_an_anniversary_by_any_of_its_names_is_its_year(text, year):
    assert find_years(text)[0] == [year]


def test_an_anniversary_said_as_a_span_up_to_now_is_no_year():
    assert find_years("新中国成立60年来")[0] == []


def test_an_events_verb_may_come_before_it():
    assert find_years("召开十九大那年")[0] == [2017]
    years, rest = find_years("开十八大那一年")
    assert years == [2012] and not rest.strip()
    years, rest = find_years("公开十九大那年")  # 公开 is no verb of the congress: it stays
    assert years == [2017] and "公开" in rest


def test_four_chinese_numerals_alone_are_a_year_and_a_longer_run_is_not():
    years, rest = find_years("公安局二〇一七")
    assert years == [2017] and rest.strip() == "公安局"
    assert find_years("二〇一七二")[0] == []


def test_a_year_in_two_figures_is_read_only_as_a_word_of_its_own():
    assert parse_query("18年 财政局").year_hints == [2018]
    assert parse_query("一七年的年报").years == [(2017, 2017)]
    assert find_years("12年义务教育")[0] == []  # a count of years
    assert parse_query("近15年 低保").year_hints == []  # the last fifteen years, read against the index


def test_the_newest_year_beside_a_topic_orders_the_topics_reports():
    assert parse_query("财政局 最近一年 年报").year_order == "newest"
    alone = parse_query("最近一年的年报")  # nothing beside it: the index's newest year
    assert alone.year_order is None and alone.recent_years
    plan = parse_query("十三五最后一年")  # a plan's last year is a year
    assert plan.year_order is None and plan.years == [(2020, 2020)]


# ---------------------------------------------------------------- place


def test_a_name_people_say_with_di_is_the_name():
    assert [u.name for u in find_places("闽地")[0].units] == ["福建省"]
    assert [u.name for u in find_places("齐鲁大地")[0].units] == ["山东省"]
    assert find_places("内地") == [] and find_places("本地") == []


def test_a_provinces_seat_said_by_its_role_is_the_city():
    for typed in ("湖南省会", "湖南的省会", "湘省会"):
        assert [u.name for u in find_places(typed)[0].units] == ["长沙市"], typed
    assert [u.name for h in find_places("宁夏首府民政局") for u in h.units] == ["银川市"]
    assert find_places("省会城市") == []  # no province said: no city


def test_places_typed_apart_are_either_and_their_count_is_no_word():
    assert items("浙江 安徽 两省 低保") == [["浙江", "安徽"], ["低保"]]
    assert items("浙江 安徽 这两个省的年报") == [["浙江", "安徽"], ["年报"]]
    assert items("杭州 西湖区 低保") == [["杭州"], ["西湖区"], ["低保"]]  # one inside the other: both stay


@pytest.fixture(scope="module")
def provinces(indexes):
    return indexes.searcher("said_otherwise_places", written({
        "zj.txt": made_up_report("浙江省民政厅", 2021, {1: "本厅公开低保标准。"}),
        "ah.txt": made_up_report("安徽省民政厅", 2021, {1: "本厅公开低保标准。"}),
        "js.txt": made_up_report("江苏省民政厅", 2021, {1: "本厅公开低保标准，并与浙江、安徽交流经验。"}),
    }))


def test_both_places_reports_come_first(provinces):
    found = ranked_agencies(provinces, "浙江 安徽 两省 低保")
    assert set(found[:2]) == {"浙江省民政厅", "安徽省民政厅"}


# ---------------------------------------------------------------- level


def test_a_levels_own_name_and_ju_say_its_departments():
    district = concept_of("区里的各局")
    assert district.level == "county" and district.department and district.place_end == "区"
    city = concept_of("地级市的各局")
    assert city.level == "city" and city.department
    assert concept_of("设区的市").level == "city"
    assert concept_of("市局") is None  # one body said short, no level
    assert items("地级市的各局") == [["地级市的各局"]]  # one item, not 各局 respelled


def test_plurals_of_central_and_township_bodies_are_sets():
    assert concept_of("各部委").level == "central" and concept_of("中央单位").level == "central"
    assert concept_of("各街道").unit == "street" and concept_of("乡下").level == "township"


def test_two_kinds_of_one_level_typed_apart_are_either():
    assert items("乡 街道办 低保") == [["乡", "街道办"], ["低保"]]
    assert items("县 区 低保") == [["县", "区"], ["低保"]]
    assert items("省里 厅局") == [["省里"], ["厅局"]]  # a province's department is both: both stay


def test_a_town_and_a_street_office_both_come_first(indexes):
    searcher = indexes.searcher("said_otherwise_levels", written({
        "town.txt": made_up_report("望远镇人民政府", 2021, {1: "本镇公开低保名单。"}),
        "street.txt": made_up_report("胜利街道办事处", 2021, {1: "本街道公开低保名单。"}),
        "county.txt": made_up_report("永宁县民政局", 2021, {1: "指导各镇、街道公开低保名单。"}),
    }))
    found = ranked_agencies(searcher, "镇 街道 低保")
    assert set(found[:2]) == {"望远镇人民政府", "胜利街道办事处"}
