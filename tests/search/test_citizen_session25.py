"""What a new user's session found (session 25, 2026-12-06): a word naming only "a body" narrowed a question about
which body, and a local government's query marked the State Council in its snippets. The reports are made up; none
is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, written

REPORTS = {
    # Three bodies whose texts never say 部门, 机关 or 单位, with the requests they received in their prose.
    "many.txt": made_up_report("子溪县人力资源和社会保障局", 2021, {3: "本年度收到政府信息公开申请58件，均按时答复。"}),
    "few.txt": made_up_report("丑溪县交通运输局", 2021, {3: "本年度收到政府信息公开申请3件，均按时答复。"}),
    "some.txt": made_up_report("寅溪县人民政府", 2021, {
        1: "认真落实国务院办公厅关于政务公开工作的部署。", 3: "本年度收到政府信息公开申请17件，均按时答复。"}),
    # One text that says 部门, 机关 and 单位: required, they listed it alone.
    "says-it.txt": made_up_report("卯溪县财政局", 2021, {
        1: "督促各部门、各机关单位落实公开要求。", 3: "本年度收到政府信息公开申请1件，均按时答复。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("citizen_session25", written(REPORTS))


@pytest.mark.parametrize("q", ["哪个部门收到申请最多", "哪个机关收到申请最多", "收到申请最多的行政机关", "哪个单位收到申请最多"])
def test_which_body_asks_of_every_body(idx, q):
    hits = run_search(idx, SearchParams(q=q)).hits
    assert [h.agency for h in hits] == ["子溪县人力资源和社会保障局", "寅溪县人民政府", "丑溪县交通运输局",
                                      "卯溪县财政局"]


def test_a_local_government_marks_no_state_council(idx):
    terms = parse_query("寅溪县人民政府", idx).highlight_terms()
    assert "人民政府" in terms and "国务院" not in terms
    snippet = str(run_search(idx, SearchParams(q="寅溪县人民政府")).hits[0].snippet)
    assert "<mark>国务院</mark>" not in snippet
    assert "国务院" in parse_query("国务院", idx).highlight_terms()  # asked by its name, it is marked
