"""The query language's last silent readings (session 37): an OR inside a group with nothing on one side, an OR after a
group quoted without its bracket, a lowercase or at an end searched as a word, a | glued to its word, brackets that do
not group for OR, NOT NOT, and an English negated group that required its second member. Each is read as
docs/query-language.md says, or the page says what was done, quoting what was typed. The bodies are made up."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import api_search, made_up_report, other_bodies, search, written

REPORTS = {
    "fungus.txt": made_up_report("宁陵县菌草推广站", 2022, {2: "本年度公开菌草种植补贴名单。"}),
    "silk.txt": made_up_report("睢县蚕桑指导站", 2022, {2: "本年度公开蚕茧收购价格。"}),
    "both.txt": made_up_report("民权县菌草推广站", 2022, {2: "本年度公开菌草种植补贴和蚕茧收购价格。"}),
    "wax.txt": made_up_report("夏邑县养蜂管理站", 2022, {2: "本年度公开蜂蜡质量抽检结果。"}),
    **other_bodies(4),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("syntax-session37", written(REPORTS))


def _names(result) -> set[str]:
    return {hit.agency for hit in result.hits}


@pytest.mark.parametrize("q, note", [
    ("(菌草 OR) 蚕茧", "已忽略“(菌草 OR)”末尾的 OR：OR 两边都要有词语。"),
    ("(OR 菌草) 蚕茧", "已忽略“(OR 菌草)”开头的 OR：OR 两边都要有词语。"),
    ("(菌草 OR 蚕茧) OR", "已忽略“(菌草 OR 蚕茧) OR”末尾的 OR：OR 两边都要有词语。"),
    ("菌草 or", "已忽略“菌草 or”末尾的 OR：OR 两边都要有词语。"),
    ("or 菌草", "已忽略“or 菌草”开头的 OR：OR 两边都要有词语。"),
])
def test_an_or_joining_nothing_is_said_quoting_what_was_typed(idx, q, note):
    result = search(idx, q=q, per_page=50)
    assert note in result.messages, result.messages
    assert not any("or" in c.alternatives for c in parse_query(q).must)  # no word “or” looked for


def test_a_bar_glued_to_an_exclusion_is_an_or_beside_it(idx):
    parsed = parse_query("菌草 |-蚕茧")
    assert [c.alternatives for c in parsed.must] == [["菌草"]] and [c.alternatives for c in parsed.must_not] == [["蚕茧"]]
    result = search(idx, q="菌草 |-蚕茧", per_page=50)
    assert "已忽略“菌草 |-蚕茧”中的 |：| 只能连接要查找的词语，排除的词语总是排除。" in result.messages
    assert "宁陵县菌草推广站" in _names(result)
    assert [c.alternatives for c in parse_query("菌草|蚕茧").must] == [["菌草", "蚕茧"]]


def test_brackets_that_do_not_group_for_or_are_said(idx):
    result = search(idx, q="(菌草 蜂蜡) OR 蚕茧", per_page=50)
    assert [c.alternatives for c in parse_query("(菌草 蜂蜡) OR 蚕茧").must] == [["菌草"], ["蜂蜡", "蚕茧"]]
    assert ("“(菌草 蜂蜡) OR 蚕茧”中的括号不能把几个词语合为 OR 的一边：OR 只连接紧挨着它的两个词语，"
            "已按 菌草 蜂蜡 OR 蚕茧 查找。") in result.messages, result.messages
    # a group of OR'd words means what it is read as: nothing to say
    assert not any("括号" in m for m in search(idx, q="(菌草 OR 蜂蜡) 蚕茧").messages)


def test_not_not_is_one_exclusion_and_said(idx):
    result = search(idx, q="公开 NOT NOT 菌草", per_page=50)
    assert "“NOT NOT 菌草”中重复的排除按一个理解：已排除“菌草”。" in result.messages, result.messages
    assert "宁陵县菌草推广站" not in _names(result) and "夏邑县养蜂管理站" in _names(result)


def test_an_english_negated_group_excludes_each_member():
    parsed = parse_query("-(police OR fees)")
    assert not parsed.must and sorted(a for c in parsed.must_not for a in c.alternatives) == ["公安", "收费"]
    parsed = parse_query("reconsideration -(police OR fees)")
    assert [c.alternatives[0] for c in parsed.must] == ["行政复议"]
    assert sorted(a for c in parsed.must_not for a in c.alternatives) == ["公安", "收费"]


def test_the_page_and_the_api_say_the_same(indexes):
    client = indexes.app("syntax-session37", written(REPORTS)).test_client()
    note = "已忽略“(菌草 OR)”末尾的 OR：OR 两边都要有词语。"
    assert note in api_search(client, "q=(菌草+OR)+蚕茧")["messages"]
    page = client.get("/?q=(菌草+OR)+蚕茧").get_data(as_text=True)
    assert "已忽略“(菌草 OR)”末尾的 OR" in page


@pytest.mark.parametrize("q, note", [
    ("菌草 NOT", "已忽略“菌草 NOT”末尾的 NOT：NOT 后面要有要排除的词语。"),
    ("菌草 -", "已忽略“菌草 -”末尾的 -：- 后面要有要排除的词语。"),
    ("菌草 AND", "已忽略“菌草 AND”末尾的 AND：AND 两边都要有词语。"),
    ("AND 菌草", "已忽略“AND 菌草”开头的 AND：AND 两边都要有词语。"),
    ("菌草 &&", "已忽略“菌草 &&”末尾的 &&：&& 两边都要有词语。"),
])
def test_an_and_or_a_not_at_an_end_is_said(idx, q, note):
    # QA 44 F5: the same list as 菌草 and no word, while an OR there was said.
    result = search(idx, q=q, per_page=50)
    assert note in result.messages, result.messages
    assert _names(result) == _names(search(idx, q="菌草", per_page=50))
    assert not any("末尾" in m or "开头" in m for m in search(idx, q="菌草 AND 公开", per_page=50).messages)


def test_not_not_not_quotes_every_not_typed(indexes):
    # QA 44 F4: the note quoted “NOT NOT 菌草” of three NOTs.
    client = indexes.app("syntax-session37", written(REPORTS)).test_client()
    note = "“NOT NOT NOT 菌草”中重复的排除按一个理解：已排除“菌草”。"
    data = api_search(client, "q=公开+NOT+NOT+NOT+菌草")
    assert note in data["messages"] and "宁陵县菌草推广站" not in {h["agency"] for h in data["hits"]}
    assert note in client.get("/?q=公开+NOT+NOT+NOT+菌草").get_data(as_text=True)
    assert "已忽略“菌草 NOT”末尾的 NOT" in client.get("/?q=菌草+NOT").get_data(as_text=True)


def test_not_before_a_negated_group_quotes_the_whole_group(idx):
    # Review 37 #2: “NOT -(菌草” was quoted and “(菌草” named as excluded, while both members are.
    result = search(idx, q="NOT -(菌草 OR 蚕茧) 公开", per_page=50)
    assert "“NOT -(菌草 OR 蚕茧)”中重复的排除按一个理解：已排除“菌草”“蚕茧”。" in result.messages, result.messages
    assert not _names(result) & _names(search(idx, q="菌草 OR 蚕茧", per_page=50))
    # A group that is no exclusion says so in its own note; the NOT note claims nothing excluded.
    left = search(idx, q="NOT -(菌草 蚕茧) 公开", per_page=50).messages
    assert not any("已排除" in m for m in left) and any("不能排除同时含有" in m for m in left)


@pytest.mark.parametrize("q, note", [
    ("菌草 OR ()", "已忽略“菌草 OR”末尾的 OR：OR 两边都要有词语。"),
    ("() OR 菌草", "已忽略“OR 菌草”开头的 OR：OR 两边都要有词语。"),
    ("菌草))) OR (", "已忽略“菌草))) OR”末尾的 OR：OR 两边都要有词语。"),
    ("(菌草 OR 蚕茧) (OR)", "已忽略“(OR)”：OR 两边都要有词语。"),
])
def test_an_empty_group_beside_an_or_is_said(idx, q, note):
    # Review 37 #7: an empty group left its OR joining nothing in silence, and (OR) was a word no report used.
    result = search(idx, q=q, per_page=50)
    assert note in result.messages, result.messages
    assert not any("没有报告使用" in m for m in result.messages)
