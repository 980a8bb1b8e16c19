"""A run typed without spaces is respelled whole before its pieces (session 29): jieba cuts a typo's run anywhere,
and a piece respelled alone may sound like another word. The reports are made up for these tests; none of them and
none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.respell import CORRECTED_NOTE
from tests.conftest import made_up_report as report, written

# 依申请公开 in several reports, 医生 (which sounds like the piece 依声) in one.
REPORTS = {"doctor.txt": report("午山县卫生健康局", 2021, {2: "公开家庭医生签约服务信息，医生名录每季度更新。"})}
for i, town in enumerate("未申酉"):
    REPORTS[f"request-{i}.txt"] = report(f"{town}山县人民政府", 2021, {
        3: f"依申请公开工作规范有序，全年收到申请{i + 1}件，均按期答复。"})


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("whole-run-respelling", written(REPORTS))


def test_a_run_typed_without_spaces_is_respelled_whole_before_its_pieces(idx):
    result = run_search(idx, SearchParams(q="依声请公开"))
    # jieba cuts 依声 | 请 | 公开, and 依声 alone sounds like 医生: the run is one character off 依申请公开.
    assert CORRECTED_NOTE.format(typed="依声请公开", found="依申请公开") in result.messages
    assert not any("医生" in m for m in result.messages)
    assert {h.agency for h in result.hits} >= {"未山县人民政府", "申山县人民政府", "酉山县人民政府"}
    assert "午山县卫生健康局" not in {h.agency for h in result.hits[:3]}
