"""A part outside part 五 that says nothing falls short admits nothing (problems.says_shortfall), and a shortcoming
that is only the condition of a yes-no question about something else asks no problem (shortcomings._asks_after).
The reports and queries are made up for these tests; none is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import made_up_report as report, ranked_agencies, written

# Openings (part 一 only, cut before part 五) praising how they run their hotline, its name twice; one opening
# admitting in part 一, once, that its hotline falls short.
REPORTS = {f"praise{i}.txt": report(f"{c}县便民服务中心", 2021, {
    1: f"本中心加强便民热线管理，全年接听便民热线来电{i + 300}个。"}) for i, c in enumerate("甲乙丙丁戊")}
REPORTS.update({f"quiet{i}.txt": report(f"{c}镇人民政府", 2021, {
    1: f"本镇主动公开财政预算信息{i + 6}条。", 3: f"办理信息公开申请{i + 1}件。",
    5: "一是信息公开内容不够全面；二是信息更新不够及时。"}) for i, c in enumerate("东西南北中上下左右前")})
REPORTS["opening-admits.txt"] = report("子县便民服务中心", 2021, {
    1: "本中心全年接听来电200个，便民热线管理仍有欠缺。"})


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("problem_shortfalls", written(REPORTS))


def test_an_opening_that_admits_comes_before_those_that_only_praise(idx):
    ranked = ranked_agencies(idx, "便民热线管理不规范")
    assert ranked[0] == "子县便民服务中心"


def test_a_shortcoming_as_the_condition_of_another_question_asks_no_problem():
    # 有没有人被问责 asks whether anyone was held to account; the shortcoming before it is its condition.
    for query in ("热线接听不及时有没有人被问责", "办事指南不准确是否会被通报"):
        assert parse_query(query).prefer_part is None, query
    # Alone, or asked whether it happens at all, it is still a problem asked about.
    assert parse_query("热线接听不及时").prefer_part == 5
    assert parse_query("办事指南不准确有没有").prefer_part == 5


# One bureau admits at length that its seals are kept badly (it leads); one admits it once among other problems;
# one names it over and over in its plans only (more of the question's words, less of an admission: aims.py).
SEALS = {f"seal-quiet{i}.txt": report(f"{c}区档案局", 2022, {
    1: f"本局主动公开档案工作信息{i + 20}条。", 5: "一是档案数字化进度不够快；二是信息公开栏目更新不够及时。"})
    for i, c in enumerate("东西南北中上下左右前")}
SEALS["seal-lead.txt"] = report("子区档案局", 2022, {
    1: "本局主动公开档案工作信息。",
    5: "一是印章管理不规范，印章使用登记不规范，印章保管不规范；二是印章管理人员变动频繁。"})
SEALS["seal-admits.txt"] = report("丑区档案局", 2022, {
    1: "本局主动公开档案工作信息。",
    5: "一是印章管理不规范；二是档案数字化进度不够快；三是信息公开栏目更新不够及时；四是人员培训不足；"
       "五是档案库房设施陈旧；六是档案开放审核进度较慢。"})
SEALS["seal-plans.txt"] = report("寅区档案局", 2022, {
    1: "本局主动公开档案工作信息。",
    5: "一是档案数字化进度不够快；二是人员培训不足；三是档案库房设施陈旧；四是档案开放审核进度较慢；"
       "五是信息公开栏目更新不够及时。下一步将着力解决印章管理不规范问题，健全印章管理制度。"})


@pytest.fixture(scope="module")
def seals(indexes):
    return indexes.searcher("problem_seals", written(SEALS))


def test_among_weaker_admissions_the_one_admitting_more_comes_first(seals):
    ranked = ranked_agencies(seals, "印章管理不规范")
    assert ranked[0] == "子区档案局"
    assert ranked.index("丑区档案局") < ranked.index("寅区档案局")


def test_late_beyond_a_limit_and_lacking_what_the_work_needs_are_shortcomings(indexes):
    # 超过期限 (not 超过 before a number, a size), 超期, 逾期, 缺少 as 缺乏, and 没有 before what a body needs to do
    # the work (没有专人: 专人 stays the subject); 没有 before anything else is left to the figures.
    for query in ("申请答复超过期限", "答复超期", "缺少培训", "没有专人负责信息公开"):
        assert parse_query(query).prefer_part == 5, query
    # 专人 stays the subject, read by its kind since round 32d (the reports say 专职人员, 兼职, 人员力量).
    assert ["专人" in c.alternatives for c in parse_query("没有专人负责信息公开").must] == [False, True]
    for query in ("申请超过100件", "没有收到申请", "没有行政复议"):
        assert parse_query(query).prefer_part is None, query
    idx = indexes.searcher("problem_overdue", written({
        "admits.txt": report("青石县民政局", 2021, {1: "本局全年答复政府信息公开申请12件。",
                                                   5: "存在的主要问题：个别申请答复超期，逾期答复2件。"}),
        "praises.txt": report("青石县财政局", 2021, {1: "本局全年答复政府信息公开申请30件，答复均在法定期限内，答复及时。",
                                                    5: "存在的主要问题：公开栏目设置不够合理。"}),
    }))
    assert ranked_agencies(idx, "申请答复超过期限")[0] == "青石县民政局"
