"""Question frames (frames.py): 怎么申请 / 怎么处理 rank by the template's words for the answer. The
reports are made up for these tests; none of them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.frames import frame_words
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as agencies, written

REPORTS = {
    "handles.txt": made_up_report("甲县住建局", 2022, {1: "全年收到群众关于物业管理的来信12件，均按时办理并答复，办结率100%。"}),
    "names.txt": made_up_report("乙县住建局", 2022, {1: "本年度重点公开物业管理相关政策文件，物业管理工作稳步推进。"}),
    "receives.txt": made_up_report("丙县人社局", 2022, {1: "依申请公开：申请人可通过当面申请、网上申请、信函申请等方式提出，"
                                                       "本机关依法受理。本年公开了失业保险金的发放标准。"}),
    "lists.txt": made_up_report("丁县人社局", 2022, {1: "本年公开了失业保险金的发放标准和发放情况，失业保险金按月发放。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("frames", written(REPORTS))


def test_the_frames_are_read_from_the_interrogative_and_the_verb():
    assert "受理" in frame_words("养老金怎么申请") and "受理" in frame_words("去哪申请公租房")
    assert "答复" in frame_words("噪音投诉如何处理") and "回应" in frame_words("意见怎么回应")
    for text in ("行政复议", "申请数量", "物业管理 处理", "怎么样", "在哪里看规划"):
        assert frame_words(text) == [], text


def test_a_frame_only_ranks_and_the_topic_is_still_required():
    parsed = parse_query("失业金怎么申请")
    assert parsed.frame_words and all("受理" != a for c in parsed.must for a in c.alternatives)
    assert parse_query("受理 怎么申请").frame_words.count("受理") == 0  # a typed word is not added again


def test_the_report_answering_the_frame_ranks_first(idx):
    assert agencies(idx, "物业管理的投诉怎么处理")[:1] == ["甲县住建局"]
    assert agencies(idx, "失业保险金怎么申请")[:2] == ["丙县人社局", "丁县人社局"]
