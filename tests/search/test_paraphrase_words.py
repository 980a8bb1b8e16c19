"""Round 37a: a citizen's own words for what the reports state in the template's. The reports are made up for
these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, written


def _report(agency: str, body: str) -> str:
    return made_up_report(agency, 2022, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    "hotline.txt": _report("宁安市政务服务中心", "本年通过咨询电话和政务热线解答群众关于办事流程的问题。"),
    "masses.txt": _report("宁安市民政局", "坚持以群众需求为导向，群众反映的困难及时解决，群众满意度提升。"),
    "villages.txt": _report("宁安市农业农村局", "围绕群众关心的惠农政策，组织群众代表座谈，听取群众意见。"),
    "counts.txt": _report("宁安市信访局", "全年受理群众来访咨询860人次，办结率百分之九十八。"),
    "plain.txt": _report("宁安市统计局", "发布统计数据和统计公报，减少群众跑腿次数。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("paraphrase_words", written(REPORTS))


def agencies(searcher, q: str) -> list[str]:
    return [h.agency for h in run_search(searcher, SearchParams(q=q)).hits]


def test_an_everyday_word_of_the_table_is_no_filler(idx):
    # 打电话 is rare in everyday Chinese's reports and would be dropped as speech (filler.py); but the table
    # gives it the reports' wordings (热线, 咨询电话): the report stating them leads, not the one repeating 群众.
    assert agencies(idx, "群众打电话")[0] == "宁安市政务服务中心"


def test_the_count_a_question_asks_for_is_not_required():
    from search.retrieval.query import topic_words
    # 次数, 件数, 人次: the reports state the figure with its measure (860人次), never the question's noun.
    assert topic_words("群众来访咨询次数")[0] == ["群众", "来访", "咨询"]
    assert topic_words("办理件数")[0] == ["办理"]
    # 多不多 asks, as 有没有 does; 不多 of 人员不多 is no question.
    assert "多不多" not in topic_words("来访的人多不多")[0]


def test_a_count_asked_in_words_finds_the_report_stating_it(idx):
    result = run_search(idx, SearchParams(q="群众来访咨询的次数"))
    assert result.hits[0].agency == "宁安市信访局"
    # 次数 only ranks: the report stating the count holds every item, and the page does not say none does.
    assert not any(m.startswith("没有同时包含") for m in result.messages), result.messages
