"""Session 27's problem admissions (2026-12-06): a part 五 whose admissions are all of kinds of problem the question
does not name (解读 滞后, 答复 不规范 for a website's building lagging) keeps OTHER_KIND of its admission score, so it
no longer leads the reports admitting the problem asked about in other words. The reports and queries are made up;
none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.problem_kinds import admitted_kinds, kinds_of, named_kinds
from search.retrieval.problems import SHORTFALL_WORDS
from tests.conftest import made_up_report as report, written

REPORTS = {
    # Holds every word of 门户网站建设滞后, but admits lagging explanations and loose replies; the site only in its plans.
    "other-kinds.txt": report("甲溪县商务局", 2022, {1: "本局主动公开商务信息。",
                                                 5: "一是政策解读工作滞后，解读形式单一；二是依申请公开答复不够规范。"
                                                    "下一步，我局将推进门户网站建设。"}),
    # Admits the website falls short, in words of its own (栏目 功能 不完善), naming neither 建设 nor 滞后.
    "site.txt": report("乙溪县商务局", 2022, {1: "本局主动公开商务信息。",
                                          5: "一是门户网站栏目功能不完善，部分栏目长期空白。"}),
    **{f"plain-{i}.txt": report(f"{name}镇人民政府", 2022, {1: f"本年度召开专题会议{i}次。", 5: "无。"})
       for i, name in enumerate("东南西北春夏秋冬")},
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("problem_kinds", written(REPORTS))


def test_an_admission_of_the_kind_asked_leads_one_of_other_kinds(idx):
    hits = run_search(idx, SearchParams(q="门户网站建设滞后", per_page=10)).hits
    assert [h.agency for h in hits][:1] == ["乙溪县商务局"]


@pytest.mark.parametrize("text, kinds", [
    ("一是政策解读形式单一；二是公开栏更新不及时。", {"interpretation", "platform", "timeliness"}),
    ("一是工作人员业务能力有待提高。下一步，将加强平台建设。", {"staff"}),  # the plans admit nothing
    ("本局召开会议3次。", set()),  # no shortfall: no admission
])
def test_the_kinds_a_part_admits_are_read_from_its_clauses_saying_a_shortfall(text, kinds):
    assert admitted_kinds(text, SHORTFALL_WORDS + ("有待",)) == kinds


def test_a_kind_named_before_the_plans_counts_as_named():
    assert "platform" in named_kinds("网站运行平稳，政策解读有待加强。")
    assert "platform" not in named_kinds("政策解读有待加强。下一步，我局将推进网站建设。")
    assert kinds_of("宣传力度不大") == {"publicity"}
