"""Session 32 (2026-12-07): two citizen's words for the answer to a message, in the reports' words. A reply is 回复 to a
citizen and 答复, 回应 or 解答 in the reports (data/everyday_words.tsv); messages left online are 政民互动 and 留言办理 in
the reports' part 二 lists (the one-way line of 网友留言 in data/synonyms.txt). The reports and queries are made up;
none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(30),
    "answers.txt": made_up_report("云栖县蚕桑局", 2022, {2: "本年度收到蚕桑技术咨询16件，均已答复。"}),
    "messages.txt": made_up_report("鹿溪镇人民政府", 2022, {2: "主动公开政府信息80条，其中政民互动信件办理12条。"}),
    "passing.txt": made_up_report("松岙镇人民政府", 2022, {1: "加强蚕桑技术推广。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("vocabulary_session32", written(REPORTS))


def _search(idx, q: str):
    return run_search(idx, SearchParams(q=q, per_page=10))


def test_a_reply_said_as_people_say_it_finds_the_reports_answer(idx):
    result = _search(idx, "蚕桑技术咨询 回复")
    assert [h.agency for h in result.hits][:1] == ["云栖县蚕桑局"]
    assert any("回复" in m and "答复" in m for m in result.messages)


def test_messages_left_online_find_the_reports_online_exchange(idx):
    assert [h.agency for h in _search(idx, "网友留言").hits][:1] == ["鹿溪镇人民政府"]
