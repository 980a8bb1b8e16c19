"""Notes that must agree with each other and with the reading (review 37 #9, and syntax read in silence: session 37).

A central body named by its function that no report is of, nor any report writes, was told twice: 正文也没有写“公安部”
(the reports below write the body it belongs to) and 下面是提到它的报告 (they do not); `NOT - 低保` excluded 低保 while
a note said it was looked for. An OR beside another operator (`低保 OR AND`) was dropped in silence, and closing
brackets with no opening one (`低保)))`) were read in silence. The bodies are made up."""
from __future__ import annotations

import pytest

from tests.conftest import api_search, made_up_report, other_bodies, search, written

REPORTS = {
    "fungus.txt": made_up_report("宁陵县菌草推广站", 2022, {3: "本年度收到菌草补贴申请，已转交县公安局核查。"}),
    "silk.txt": made_up_report("睢县蚕桑指导站", 2022, {3: "本年度收到蚕茧收购价格申请，依法答复。"}),
    "wax.txt": made_up_report("夏邑县养蜂管理站", 2022, {3: "本年度收到蜂蜡抽检申请，县公安局协助调查。"}),
    **other_bodies(4),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("notes-agree-session37", written(REPORTS))


def _about(messages: list[str], word: str) -> list[str]:
    return [m for m in messages if f"“{word}”" in m and "发布的报告" in m]


def test_a_central_body_no_report_writes_gets_one_note(idx):
    result = search(idx, q="公安部 申请", per_page=50)
    assert result.hits
    notes = _about(result.messages, "公安部")
    assert len(notes) == 1, result.messages
    assert "下面是提到它的报告" not in notes[0]


def test_not_before_a_parted_minus_is_one_exclusion_and_said_so(idx):
    result = search(idx, q="NOT - 蚕茧 申请", per_page=50)
    assert "睢县蚕桑指导站" not in {h.agency for h in result.hits}
    assert "“NOT - 蚕茧”中重复的排除按一个理解：已排除“蚕茧”。" in result.messages, result.messages
    assert not [m for m in result.messages if "已按要查找的词语" in m]


@pytest.mark.parametrize("q, note", [
    ("蚕茧 OR AND", "已忽略“蚕茧 OR AND”末尾的 OR、AND：OR、AND 两边都要有词语。"),
    ("蚕茧 AND OR", "已忽略“蚕茧 AND OR”末尾的 AND、OR：AND、OR 两边都要有词语。"),
    ("蚕茧)))", "已忽略“蚕茧)))”中多余的右括号“)))”：前面没有与之配对的左括号。"),
])
def test_operators_and_brackets_read_as_nothing_are_said(idx, q, note):
    result = search(idx, q=q, per_page=50)
    assert {h.agency for h in result.hits} == {"睢县蚕桑指导站"}
    assert note in result.messages, result.messages


def test_the_page_and_the_api_say_the_same(indexes):
    client = indexes.app("notes-agree-session37-app", written(REPORTS)).test_client()
    for q, said in (("公安部 申请", "正文也没有写“公安部”"), ("NOT - 蚕茧 申请", "已排除“蚕茧”"),
                    ("蚕茧 OR AND", "OR、AND"), ("蚕茧)))", "多余的右括号")):
        messages = api_search(client, f"q={q}")["messages"]
        assert any(said in m for m in messages), messages
        assert not [m for m in messages if "下面是提到它的报告" in m or "已按要查找的词语" in m]
        page = client.get("/", query_string={"q": q}).get_data(as_text=True)
        assert said in page
