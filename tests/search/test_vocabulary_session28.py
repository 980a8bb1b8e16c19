"""Session 28's vocabulary round (2026-12-06): the words the reports' part 一/二 lists use for what they published
(公务员招考信息及录用结果, 监督抽查结果公告, 民生实事项目进展, 监督举报部门和联系方式) are wordings of the citizen's word
(招聘, 双随机, 重点项目, 投诉渠道) in data/everyday_words.tsv. The reports and queries are made up; none is in a judged
set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

# Bodies on other subjects, so that each citizen's word and each wording stays rare in the index (a row is read
# only for a word at most RARE_SHARE of the reports hold).
OTHERS = other_bodies(30)
REPORTS = {
    **OTHERS,
    "recruits.txt": made_up_report("子溪县人民政府", 2022, {
        2: "及时发布公务员招考信息及录用结果，公开人事任免信息6条。"}),
    "inspects.txt": made_up_report("丑溪县市场监督管理局", 2022, {
        2: "主动公开行政处罚决定信息52条、产品质量监督抽查结果公告8期。"}),
    "projects.txt": made_up_report("寅溪镇人民政府", 2022, {
        2: "主动公开政府信息98条，其中民生实事进展12条、财政预决算4条。"}),
    "contacts.txt": made_up_report("卯溪县民政局", 2022, {
        6: "在门户网站公开了监督举报部门和联系方式，主动接受公众监督。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("vocabulary_session28", written(REPORTS))


@pytest.mark.parametrize("query, agency", [
    ("县里的招聘信息", "子溪县人民政府"),  # 招考, 录用
    ("双随机", "丑溪县市场监督管理局"),  # 监督抽查
    ("镇里的重点项目", "寅溪镇人民政府"),  # 民生实事
    ("投诉渠道", "卯溪县民政局"),  # 监督举报, 联系方式
])
def test_the_reports_list_wording_finds_the_citizens_word(idx, query, agency):
    hits = run_search(idx, SearchParams(q=query, per_page=10)).hits
    assert [h.agency for h in hits][:1] == [agency]
