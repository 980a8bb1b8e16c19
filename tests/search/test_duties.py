"""A body named by what it is in charge of (管水的部门) is searched as that body. The reports are made
up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.duties import duty_functions, read_duties
from search.retrieval.query import parse_query
from search.agency_names import vocabulary
from tests.conftest import made_up_report, written

REPORTS = {
    "water.txt": made_up_report("东山县水务局", 2022, {1: "本局公开河道管理和水资源信息。"}),
    "water-old.txt": made_up_report("东山县水利局", 2018, {1: "本局公开水库除险加固信息。"}),
    "school.txt": made_up_report("东山县教育局", 2022, {1: "本局公开招生入学信息。"}),
    # Writes 水 and 部门 in its text, but is no water body.
    "civil.txt": made_up_report("东山县民政局", 2022, {1: "各部门协同做好饮水困难群众的救助。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("duties", written(REPORTS))


def test_a_body_named_by_its_duty_finds_that_body_under_every_name(idx):
    result = run_search(idx, SearchParams(q="管水的部门"))
    assert {h.agency for h in result.hits[:2]} == {"东山县水务局", "东山县水利局"}
    assert "“管水的部门”按机构理解：查找水利局的报告。" in result.messages
    assert run_search(idx, SearchParams(q="负责学校工作的单位")).hits[0].agency == "东山县教育局"


def test_only_duty_phrases_the_table_knows_are_read():
    for text in ("管理委员会", "管理制度", "负责人", "分管领导", "管理的部门", "管水"):
        assert read_duties(text) == (text, []), text
    assert [c.alternatives for c in parse_query('"管水的部门"').must] == [["管水的部门"]]  # quoted: text
    assert read_duties("海淀区 主管环保的部门")[1] == [("主管环保的部门", "生态环境局")]


def test_every_duty_names_a_function_of_the_agency_table():
    assert set(duty_functions().values()) <= set(vocabulary().rows)
