"""A concept read from the citizen's phrase (template_concepts.py) is held and marked by the concept's evidence: the
reports' words for it as written (电话咨询, 提案办理), never their words apart in a part (QA 43 F6, session 37). An
address's 电话 was marked, and a bare 办理 beside a 建议 elsewhere in a part made a full match of 人大代表提的建议. The
reports are made up: divisions no report of the shared corpus names."""
from __future__ import annotations

import re

import pytest

from search import SearchParams, run_search
from tests.conftest import api_search, made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(12),
    "enquiries.txt": made_up_report("白银市会宁县民政局", 2022, {
        1: "联系地址：会宁县城关路1号，电话：0000-1234567。全年接受电话咨询86人次，菌草补贴公示3次。"}),
    "proposals.txt": made_up_report("白银市景泰县人民政府", 2022, {6: "办理人大代表建议12件、政协委员提案9件，办理结果全部公开。"}),
    # 建议 and 办理 in one part, of no deputy's proposal: its words apart
    "apart.txt": made_up_report("白银市靖远县人民政府", 2022, {
        3: "申请均已按要求办理完成。收到群众对菌草补贴的建议3条。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("concept-evidence", written(REPORTS))


def _marks(result) -> list[str]:
    return [m for hit in result.hits for m in re.findall(r"<mark>(.*?)</mark>", str(hit.snippet))]


def test_a_concepts_words_apart_are_no_evidence(idx):
    result = run_search(idx, SearchParams(q="人大代表提的建议"))
    assert [h.agency for h in result.hits][:1] == ["白银市景泰县人民政府"]
    # the report holding 建议 and 办理 apart may follow as near in characters, not as a match
    assert "只有 1 份报告与“人大代表提的建议”相符（按上述理解），其后是全文用字与“人大代表提的建议”相近的报告。" in result.messages


def test_a_concepts_words_apart_are_not_marked(idx):
    assert "办理" not in _marks(run_search(idx, SearchParams(q="人大代表提的建议")))
    marks = _marks(run_search(idx, SearchParams(q='打电话问 "菌草"')))
    assert "电话" not in marks and "电话咨询" in marks, marks


def test_the_api_and_the_page_mark_the_same(indexes):
    client = indexes.app("concept-evidence", written(REPORTS)).test_client()
    data = api_search(client, "q=人大代表提的建议")
    assert any(m.startswith("只有 1 份报告与“人大代表提的建议”相符") for m in data["messages"]), data["messages"]
    page = client.get("/?q=人大代表提的建议").get_data(as_text=True)
    assert "<mark>办理</mark>" not in page and "白银市景泰县人民政府" in page
