"""A problem said as a complaint (网站老是不更新, 电话打不通, 留言没人理, 能不能快一点, 等了好久) and its people said by
their kind (人手, 负责公开的人, 老百姓): search/retrieval/complaints.py. The reports and queries are made up for these
tests; none is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.complaints import PUBLIC, STAFF
from search.retrieval.query import parse_query
from tests.conftest import made_up_report as report, ranked_agencies, written

REPORTS = {
    # Admits in part 五 that its disclosure staff are few and part-time, never saying 人手 or 专人.
    "staff-admitted.txt": report("甲县文化旅游局", 2022, {1: "本局主动公开文化旅游信息。",
                                                   5: "一是信息公开工作人员力量薄弱，多为兼职，业务能力有待提高。"}),
    # Says 人手 and 专人 in its praise of part 一, and admits another problem in part 五.
    "staff-praised.txt": report("乙县文化旅游局", 2022, {1: "本局抽调人手开展信息公开，明确专人负责信息公开。",
                                                  5: "一是政策解读形式较为单一。"}),
    # Admits that its website is updated late; the other says nothing falls short.
    "late.txt": report("丙县交通运输局", 2022, {1: "本局主动公开交通运输信息。", 5: "一是网站栏目更新不及时。"}),
    "prompt.txt": report("丁县交通运输局", 2022, {1: "本局网站栏目每日更新，更新及时。",
                                             5: "下一步将继续做好政府信息公开工作。"}),
    # Admits too little attention in the reports' words (重视程度不够); the other praises its attention.
    "attention-admitted.txt": report("戊县审计局", 2023, {1: "本局主动公开审计信息。",
                                                    5: "一是部分股室对政务公开重视程度不够，信息报送较慢。"}),
    "attention-praised.txt": report("己县审计局", 2023, {1: "本局高度重视政务公开，主要负责人重视政务公开工作，"
                                                      "各股室重视政务公开。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("complaints", written(REPORTS))


@pytest.mark.parametrize("typed, subject", [
    ("网站老是不更新", ["网站更新"]),  # an adverb of repetition and a negation
    ("留言没人理", ["留言"]),  # nobody doing it (没 | 人理)
    ("咨询没人回复", ["咨询回复"]),  # 没 | 人 | 回复: the verb stays the subject
    ("能不能回复快一点", ["回复"]),  # a wish for speed; 能不能 asks nothing a report holds
    ("申请等了好久", ["申请"]),  # a wait said long, with no negation
    ("答复一拖再拖", ["答复"]),
    ("公开的东西看不明白", ["公开东西"]),  # a verb, 不 and a result of two characters
])
def test_a_complaint_is_read_as_a_problem(typed, subject):
    parsed = parse_query(typed)
    assert parsed.prefer_part == 5, typed
    assert [c.alternatives for c in parsed.must] == [subject], typed


def test_a_shortcoming_glued_to_its_subject_is_cut_off():
    parsed = parse_query("栏目管理混乱")
    assert parsed.prefer_part == 5 and "混乱" in parsed.rank_words


def test_how_often_is_no_complaint_unless_something_changes_or_fails():
    for typed in ("群众经常咨询的事项", "大家总是问什么"):
        assert parse_query(typed).prefer_part is None, typed
    assert parse_query("联络员老是换").prefer_part == 5


def test_a_word_only_beginning_as_a_change_does_not_make_how_often_a_complaint():
    # 关心, 关注, 调研, 改进 begin with the characters of 关, 调, 改 but name no change or failure.
    for typed in ("群众经常关心的问题", "群众经常关注的事项", "经常调研基层", "经常改进工作", "领导经常调度"):
        assert parse_query(typed).prefer_part is None, typed
    for typed in ("网站老是关闭", "政策经常变化", "人员经常调整", "栏目总是改来改去", "网站经常出错"):
        assert parse_query(typed).prefer_part == 5, typed


def test_a_wish_word_before_a_time_is_a_time_long_past_no_complaint():
    # 早些年, 早一些年, 早些日子 say when (years ago), not "sooner": no problem is asked, and 早些 does not
    # leave a bare 年 glued to the topic (年低保报告).
    for typed in ("早些年的低保报告", "早一些年的低保报告", "早些日子的低保"):
        parsed = parse_query(typed)
        assert parsed.prefer_part is None, typed
        assert "早些" not in parsed.rank_words and "早一些" not in parsed.rank_words, typed
    assert parse_query("低保能不能早些公开").prefer_part == 5  # the wish itself is still one


def test_a_figure_said_with_nobody_or_a_refusal_is_no_complaint():
    # 没人申请 is a count of nought (the figures read it); 为什么不给公开 asks for the refusal rows.
    for typed in ("一年没人申请", "没有人申请信息公开", "为什么不给公开"):
        assert parse_query(typed).prefer_part is None, typed


def test_the_people_of_a_problem_are_read_by_their_kind():
    assert [c.alternatives for c in parse_query("人手不够").must] == [list(STAFF)]
    assert list(STAFF) in [c.alternatives for c in parse_query("负责公开的人老换").must]
    assert list(PUBLIC) in [c.alternatives for c in parse_query("老百姓看不明白").must]
    # The reports' own word stays as typed; 公众 cut out of 公众号 names no one.
    assert [c.alternatives for c in parse_query("信息公开工作人员太少").must][0] == ["信息公开工作人员"]
    assert all(c.alternatives != list(PUBLIC) for c in parse_query("公众号管理混乱").must)


def test_too_few_hands_finds_the_report_admitting_too_few_staff(idx):
    # 人手 is in the praising report's part 一 only; the admitting one says 人员力量薄弱, 兼职.
    assert ranked_agencies(idx, "人手不够")[0] == "甲县文化旅游局"
    assert ranked_agencies(idx, "没有专人管信息公开")[0] == "甲县文化旅游局"


def test_the_people_and_the_question_words_are_read_in_any_item_order(idx):
    # Typed apart, the people's word or a question word may come before the shortcoming's item: it is read
    # as it is after it (人手 | 不够 as 人手不够; 为什么 asks nothing a report holds).
    for typed in ("人手 不够", "不够 人手"):
        assert [c.alternatives for c in parse_query(typed).must] == [list(STAFF)], typed
    assert list(PUBLIC) in [c.alternatives for c in parse_query("老百姓 看不明白").must]
    assert [c.alternatives for c in parse_query("为什么 网站老是不更新").must] == [["网站更新"]]
    assert ranked_agencies(idx, "人手 不够")[0] == "甲县文化旅游局"


def test_a_complaint_finds_the_report_admitting_it(idx):
    assert ranked_agencies(idx, "网站老是不更新")[0] == "丙县交通运输局"


def test_an_attitude_said_falling_short_is_the_shortcoming(idx):
    # 重视不够 says what 不重视 says: 重视 is no subject word to require (the reports write 重视程度不够).
    parsed = parse_query("对政务公开重视不够")
    assert parsed.prefer_part == 5 and "不重视" in parsed.rank_words
    assert all("重视" not in a for c in parsed.must for a in c.alternatives)
    assert ranked_agencies(idx, "对政务公开重视不够")[0] == "戊县审计局"
    # Publicity said falling short keeps publicity as its subject.
    assert [c.alternatives for c in parse_query("信息公开宣传不够").must] == [["信息公开宣传"]]
