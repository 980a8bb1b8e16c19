"""A ranking round on the second fresh set (session 24, 2026-12-06): broader mechanisms for the classes its half A
misses. The reports and queries are made up for these tests; none of them is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies, written

REPORTS = {
    # A rate stated in the reports' words (全部按期办结), and a report on replies with no word of the time limit.
    "on-time.txt": made_up_report("子溪县农业农村局", 2021, {3: "收到的政府信息公开申请全部按期办结。"}),
    "replies.txt": made_up_report("丑溪县农业农村局", 2021, {3: "对申请人的咨询逐一答复，答复时注重解释说明。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("needs_session24", written(REPORTS))


# ---------------------------------------------------------------- a share said with 比例 is a rate


@pytest.mark.parametrize("q, base", [("按期答复的比例多大", "按期答复"), ("申请按期办结的比例是多少", "申请按期办结"),
                                     ("按时办结所占比例", "按时办结")])
def test_a_share_of_an_outcome_is_read_as_its_rate(q, base):
    # 按期答复的比例 is 按期答复率 said otherwise: the share of the words before it, its outcome's wordings searched
    parsed = parse_query(q)
    assert parsed.rate_bases == [base]
    assert "法定期限内" in parsed.outcome_words
    assert all("的" not in a for c in parsed.must for a in c.alternatives)


def test_a_share_of_an_outcome_finds_the_report_stating_it_in_its_own_words(idx):
    assert ranked_agencies(idx, "按期答复的比例多大")[:1] == ["子溪县农业农村局"]
