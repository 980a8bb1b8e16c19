"""QA 36's older query-reading findings (session 34): what the query language says must be what is searched.

A negated group excludes every member (-(菌草 OR 蚕茧) read its brackets as parts of words: it excluded “(菌草” and
required 蚕茧), and a group of words all required is said to be no exclusion the search can make; a lowercase or
between two words of a Chinese query is OR, not a word no report holds; a problem question's note quotes the typed
words its reading glued together (申请人不满意有多少 left 申请人多少, which no one typed, so the note said nothing).
The bodies and words are made up (none is in the corpus).
"""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from search.retrieval.query_syntax import spelled_operators, typed_words
from tests.conftest import made_up_report, other_bodies, search, written

REPORTS = {
    "fungus.txt": made_up_report("宁陵县菌草推广站", 2022, {2: "本年度公开菌草种植补贴名单。"}),
    "silk.txt": made_up_report("睢县蚕桑指导站", 2022, {2: "本年度公开蚕茧收购价格。"}),
    "both.txt": made_up_report("柘城县农业农村局", 2022, {2: "本年度公开菌草和蚕茧扶持政策。"}),
    "neither.txt": made_up_report("柘城县养蜂管理站", 2022, {2: "本年度公开蜂蜡质量抽检结果。"}),
    # Admits in part 五 that requesters were not satisfied, without naming them in those words.
    "admits.txt": made_up_report("睢县林业局", 2022, {
        3: "本年度收到政府信息公开申请4件。",
        5: "存在的主要问题：部分答复群众不满意，答复不够细致。下一步将加强培训。"}),
    **other_bodies(4),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("query-reading-qa36", written(REPORTS))


def _names(result) -> set[str]:
    return {hit.agency for hit in result.hits}


@pytest.mark.parametrize("q", ["-(菌草 OR 蚕茧)", "-（菌草 OR 蚕茧）", "-(菌草 | 蚕茧)", "-(菌草 or 蚕茧)"])
def test_a_negated_group_excludes_every_member(idx, q):
    result = search(idx, q=q, per_page=50)
    names = _names(result)
    assert "柘城县养蜂管理站" in names
    assert not names & {"宁陵县菌草推广站", "睢县蚕桑指导站", "柘城县农业农村局"}
    assert not any("(" in m or "（" in m for m in result.messages)  # no “(菌草” quoted as a word


def test_a_negated_group_beside_words_excludes_every_member_and_keeps_the_words(idx):
    result = search(idx, q="公开 -(菌草 OR 蚕茧)", per_page=50)
    assert "柘城县养蜂管理站" in _names(result)
    assert not _names(result) & {"宁陵县菌草推广站", "睢县蚕桑指导站", "柘城县农业农村局"}


def test_a_negated_group_of_words_all_required_is_said_to_be_no_exclusion(idx):
    result = search(idx, q="公开 -(菌草 蚕茧)", per_page=50)
    note = next(m for m in result.messages if m.startswith("不能排除同时含有“菌草”和“蚕茧”的报告"))
    assert "已忽略“-(菌草 蚕茧)”" in note and "-菌草 -蚕茧" in note
    assert "宁陵县菌草推广站" in _names(result)  # nothing excluded, as the note says


def test_a_lowercase_or_between_words_is_or(idx):
    lower = search(idx, q="菌草 or 蚕茧", per_page=50)
    assert _names(lower) == _names(search(idx, q="菌草 OR 蚕茧", per_page=50))
    assert {"宁陵县菌草推广站", "睢县蚕桑指导站"} <= _names(lower)
    assert not any("or" in m for m in lower.messages)
    assert typed_words("菌草 or 蚕茧") == ["菌草", "蚕茧"]  # the report page's bar lists no “or”


@pytest.mark.parametrize("q", ["open or closed"])
def test_an_or_not_between_two_words_of_a_chinese_query_is_read_as_before(q):
    # At an end of a Chinese query (菌草 or) it joins nothing, and is said so since session 37 (test_syntax_leftovers.py).
    assert parse_query(q).text == q


def test_a_problem_question_s_note_quotes_the_words_typed_when_a_reading_glued_them(idx):
    plain = [m for m in search(idx, q="申请人不满意").messages if "其中有的没有写" in m]
    asked = [m for m in search(idx, q="申请人不满意有多少").messages if "其中有的没有写" in m]
    assert plain and asked == plain and "“申请人”" in asked[0]


# rev34 #8: the edges of a negated group. OR binds its neighbours alone, an exclusion inside one cannot be excluded,
# and the group closes at its bracket wherever it stands.
def test_a_negated_group_excludes_its_one_word_branches_and_names_the_one_it_cannot(idx):
    result = search(idx, q="-(菌草 OR 蚕茧 扶持)", per_page=50)
    assert _names(result) & {"睢县蚕桑指导站", "柘城县养蜂管理站"} == {"睢县蚕桑指导站", "柘城县养蜂管理站"}
    assert not _names(result) & {"宁陵县菌草推广站", "柘城县农业农村局"}  # 菌草 is excluded as typed
    note = next(m for m in result.messages if m.startswith("不能排除同时含有"))
    assert note.startswith("不能排除同时含有“蚕茧”和“扶持”的报告，已忽略“蚕茧 扶持”") and "菌草" not in note


def test_an_exclusion_inside_a_negated_group_is_left_out_and_said(idx):
    result = search(idx, q="-(菌草 OR -蚕茧)", per_page=50)
    assert {"睢县蚕桑指导站", "柘城县养蜂管理站"} <= _names(result)
    assert not _names(result) & {"宁陵县菌草推广站", "柘城县农业农村局"}
    assert "已忽略括号内的“-蚕茧”：排除的括号里不能再写排除（-）。" in result.messages


def test_a_negated_group_closes_at_its_bracket_inside_a_word(idx):
    result = search(idx, q="-(菌草 OR 蚕茧)蜂蜡", per_page=50)
    assert _names(result) == {"柘城县养蜂管理站"}  # 蜂蜡 required, both members excluded
    assert parse_query("-(菌草 OR 蚕茧)蜂蜡").text == "-菌草 -蚕茧 蜂蜡"
    assert not any(")" in m for m in result.messages)


def test_a_group_of_groups_under_a_minus_is_said_not_guessed(idx):
    result = search(idx, q="公开 -((菌草 OR 蚕茧) 扶持)", per_page=50)
    assert any(m.startswith("已忽略“-((菌草 OR 蚕茧) 扶持)”") for m in result.messages)
    assert "宁陵县菌草推广站" in _names(result)  # nothing excluded, as the note says
    assert parse_query("-(菌草 OR (蚕茧 OR 蜂蜡))").text == "-菌草 -蚕茧 -蜂蜡"  # ORs all the way down are read


def test_a_lowercase_or_beside_an_operator_stays_a_word():
    assert parse_query("菌草 or OR").text == "菌草 or OR"


@pytest.mark.parametrize("q", ["菌草 or -蚕茧", "-蚕茧 or 菌草"])
def test_a_lowercase_or_beside_an_exclusion_is_dropped_as_or_is(q):
    # Session 35 (QA 39 #4): OR beside an exclusion is dropped with a note, and so is or, no longer a word required
    parsed = parse_query(q)
    assert parsed.text.split() == [w for w in q.split() if w != "or"]
    assert parsed.notes == [f"已忽略“{q}”中的 or：or 只能连接要查找的词语，排除的词语总是排除。"]



@pytest.mark.parametrize("typed, read", [
    ("民政 (-低保)", "民政 -低保"),  # QA 39 #2: the minus inside plain brackets was read as a requirement
    ("民政 (-低保 -特困)", "民政 -低保 -特困"),
    ("(民政 -低保)", "民政 -低保"),  # QA 39 #3: its note quoted “低保)”
    ("(民政 -低保)救助", "民政 -低保 救助"),
    ("(湖南政府 OR 江苏政府) 行政复议", "湖南政府 OR 江苏政府 行政复议"),  # OR binds its neighbours: no bracket needed
    ("((低保 OR 特困)) 公开", "低保 OR 特困 公开"),  # its brackets stayed in the words (session 36)
    ("低保(特困)", "低保(特困)"),  # a word's own brackets stay in it
])
def test_a_group_is_its_items(typed, read):
    assert spelled_operators(typed)[0] == read
