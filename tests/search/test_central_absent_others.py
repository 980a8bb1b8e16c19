"""A central body no listed report is of, named beside another body (review 36 #13): its absence is said, and the other
body's own reports, listed first, are said so too. Dropping the whole own-first note whenever a central body was absent
lost the other body's; and the note that the central body's namesakes come first must hold of all of them, not only of
those that are the other body's too. The bodies are made up: a division no report of the shared corpus names."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import api_search, made_up_report, other_bodies, written

REPORTS = {
    # 工商局's own (a market regulator counts as one: issuers' table), namesakes of the central regulator too
    "own-a.txt": made_up_report("武威市凉州区工商行政管理局", 2015, {2: "公开企业年报抽查结果。"}),
    "own-b.txt": made_up_report("武威市民勤县市场监督管理局", 2022, {2: "公开企业年报抽查结果。"}),
    # the central regulator's namesake that is no 工商局: holds neither name in its text
    "namesake.txt": made_up_report("武威市古浪县质量技术监督局", 2015, {2: "公开产品质量抽查结果。"}),
    # a government writing both names: every word, of neither body
    "government.txt": made_up_report("武威市天祝县人民政府", 2022, {
        1: "督促县工商局配合国家市场监督管理总局开展企业年报抽查，抽查结果已公开，抽查名单已公开。"}),
    **other_bodies(6),
}
Q = "国家市场监督管理总局 工商局 抽查"
OWN_NOTE = "“工商局”发布的报告排在前面，其后是其他机关的报告。"


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("central-absent-others", written(REPORTS))


def test_the_other_body_s_own_reports_first_are_said_beside_the_central_body_s_absence(idx):
    result = run_search(idx, SearchParams(q=Q))
    listed = [h.agency for h in result.hits]
    assert set(listed[:2]) == {"武威市凉州区工商行政管理局", "武威市民勤县市场监督管理局"}, listed
    assert OWN_NOTE in result.messages, result.messages
    assert any(m.startswith("没有“国家市场监督管理总局”本身发布的报告") for m in result.messages)


def test_the_namesakes_are_not_said_to_come_first_when_one_follows_another_body_s_report(idx):
    result = run_search(idx, SearchParams(q=Q))
    listed = [h.agency for h in result.hits]
    assert listed.index("武威市天祝县人民政府") < listed.index("武威市古浪县质量技术监督局"), listed
    assert not any("下面各地同类机关的报告排在前面" in m for m in result.messages), result.messages


def test_the_api_says_the_same(indexes):
    client = indexes.app("central-absent-others", written(REPORTS)).test_client()
    data = api_search(client, "q=" + Q.replace(" ", "+"))
    assert OWN_NOTE in data["messages"]
    assert OWN_NOTE in client.get("/?q=" + Q.replace(" ", "+")).get_data(as_text=True)
