"""A complaint read by its grammar beyond the listed shortcomings (search/retrieval/deficiency.py): an adjective of
deficiency said of a subject (信息过时, 关注度低, 能力不行), nobody said vaguely (没什么人关注), a duty's verb negated by
没 (没解释), a verb glued to its complement's 得 (写得 | 看不懂) and the disposal idiom (不把…当回事). The reports
and queries are made up for these tests; none is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from search.retrieval.shortcomings import report_forms
from tests.conftest import made_up_report as report, ranked_agencies, written

REPORTS = {
    # Admits in part 五 that its website is updated late; the other praises its updates and admits a lack of staff.
    "stale.txt": report("甲县蜂业站", 2022, {1: "本站主动公开蜂业信息。", 5: "一是网站信息更新不及时，部分栏目建设滞后。"}),
    "fresh.txt": report("乙县蜂业站", 2022, {1: "本站网站信息每日更新，网站信息及时准确。",
                                         5: "一是工作人员力量薄弱。"}),
    # Admits too little attention (重视程度不够); the other says its leaders attend to disclosure.
    "disregard.txt": report("丙县盐务所", 2023, {1: "本所主动公开盐务信息。", 5: "一是部分股室对信息公开重视程度不够。"}),
    "regard.txt": report("丁县盐务所", 2023, {1: "本所领导重视信息公开，信息公开工作有序推进。",
                                          5: "一是公开栏内容更新较慢。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("deficiency", written(REPORTS))


@pytest.mark.parametrize("typed, subject, shortcoming", [
    ("网站信息过时", ["网站信息"], "过时"),  # an adjective of deficiency said of its subject
    ("群众关注度低", ["群众关注度"], "低"),
    ("政策没解释", ["政策"], "不解释"),  # a duty's verb negated by 没, read as 不 before it
    ("文件写得看不懂", ["文件"], "看不懂"),  # the verb of one character glued to 得 is only the manner
    ("上面根本不把信息公开当回事", ["上面信息公开"], "不重视"),  # the disposal idiom, its intensifier dropped
])
def test_a_deficiency_said_by_its_grammar_is_read_as_a_problem(typed, subject, shortcoming):
    parsed = parse_query(typed)
    assert parsed.prefer_part == 5, typed
    assert [c.alternatives for c in parsed.must] == [subject], typed
    assert shortcoming in parsed.rank_words, typed


def test_nobody_said_vaguely_is_nobody():
    parsed = parse_query("没什么人关注")
    assert parsed.prefer_part == 5 and "没人" in parsed.rank_words


def test_an_adjective_before_a_noun_names_which_thing_not_a_shortcoming():
    assert parse_query("过时的红头文件").prefer_part is None
    assert parse_query("红头文件过时").prefer_part == 5


def test_an_adjective_of_deficiency_ranks_by_how_part_five_admits_it():
    assert {"不及时", "滞后"} <= set(report_forms("过时"))
    assert {"不高", "有待提高"} <= set(report_forms("能力不行"[-2:]))
    assert "不及时" not in report_forms("慢")  # a listed shortcoming ranks by its own words, as before


def test_a_figure_negated_by_没_is_no_problem():
    # 没有收到申请 counts nought (the figures read it); 没 before a duty's verb alone is a complaint
    assert parse_query("没有收到申请").prefer_part is None


def test_the_grammar_finds_the_report_admitting_the_problem(idx):
    assert ranked_agencies(idx, "网站信息过时")[0] == "甲县蜂业站"
    assert ranked_agencies(idx, "不把信息公开当回事")[0] == "丙县盐务所"


@pytest.mark.parametrize("typed, subject", [
    ("公开栏好久不换", ["公开栏更新"]),  # a change's one character after a delay: not renewed
    ("栏目很久都没人更新", ["栏目更新"]),  # nobody after a delay is the delay's, no person to require
])
def test_staleness_is_read_as_the_reports_admit_it(typed, subject):
    parsed = parse_query(typed)
    assert parsed.prefer_part == 5 and "不及时" in parsed.rank_words, typed
    assert [c.alternatives for c in parsed.must] == [subject], typed


def test_things_unlike_each_other_rank_as_not_unified():
    parsed = parse_query("各科室标准不一样")
    assert parsed.prefer_part == 5 and "不一样" in parsed.rank_words
    assert {"不统一", "不一致"} <= set(report_forms("不一样"))


def test_people_glued_to_how_few_they_are_are_read_apart():
    parsed = parse_query("值班的人少")
    assert parsed.prefer_part == 5 and "少" in parsed.rank_words


def test_staleness_finds_the_report_admitting_late_updates(idx):
    assert ranked_agencies(idx, "网站信息好久不换")[0] == "甲县蜂业站"
