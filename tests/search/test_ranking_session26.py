"""Session 26's ranking round (2026-12-06): the class a what-question asks (要带什么材料, 有哪些措施) names the kind
of the answer, and a report answering names its members, not the class; beside the question's topic it ranks and
selects nothing. The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.frames import asked_category
from tests.conftest import made_up_report, other_bodies, written

# Ten bodies that name 古树 and 措施 in passing (every word of the question, none of the answer), and one that
# answers it: what it did to protect old trees, in its own words, without the class word 措施.
PASSING = {f"passing-{i}.txt": made_up_report(f"{name}县财政局", 2022, {
    1: "本年度采取有力措施推进政务公开，办公区古树旁设置公开栏，注重保护档案。"})
    for i, name in enumerate("甲乙丙丁戊己庚辛壬癸")}
# Bodies on other subjects, so that no word of the question is in most reports (then it would only rank anyway).
OTHERS = other_bodies(20)
REPORTS = {
    **PASSING,
    **OTHERS,
    "answers.txt": made_up_report("子溪县林业局", 2022, {
        2: "主动公开古树保护信息：建立古树名木档案，逐株挂牌养护，公布古树普查结果和认养办法。"}),
    # A body and the class only: the class is what is asked (哪些重大项目), so it stays required.
    "projects.txt": made_up_report("丑溪县人民政府", 2022, {2: "主动公开重大项目批准和实施信息12条。"}),
    "no-projects.txt": made_up_report("寅溪县人民政府", 2022, {2: "主动公开规范性文件8件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("ranking_session26", written(REPORTS))


@pytest.mark.parametrize("text, word, asked", [
    ("古树保护有哪些措施", "措施", True),
    ("办暂住证要带什么材料", "材料", True),
    ("养老院收费有什么样的标准", "标准", True),
    ("古树保护有哪些措施", "古树", False),
    ("措施", "措施", False),  # typed alone, it is the topic
])
def test_the_class_a_question_asks(text, word, asked):
    assert asked_category(text, word) is asked


def test_the_class_asked_selects_nothing_beside_a_topic(idx):
    hits = run_search(idx, SearchParams(q="古树保护有哪些措施", per_page=20)).hits
    agencies = [h.agency for h in hits]
    assert "子溪县林业局" in agencies  # listed, below the full matches; before, only the ten passing mentions were


def test_the_class_beside_a_body_only_stays_required(idx):
    hits = run_search(idx, SearchParams(q="县政府有哪些重大项目", per_page=20)).hits
    assert [h.agency for h in hits][:1] == ["丑溪县人民政府"]
