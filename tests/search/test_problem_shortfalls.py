"""A shortcoming that is only the condition of a yes-no question about something else asks no problem
(shortcomings._asks_after). The queries are made up for these tests; none is in the judged relevance set."""
from __future__ import annotations

from search.retrieval.query import parse_query


def test_a_shortcoming_as_the_condition_of_another_question_asks_no_problem():
    # 有没有人被问责 asks whether anyone was held to account; the shortcoming before it is its condition.
    for query in ("热线接听不及时有没有人被问责", "办事指南不准确是否会被通报"):
        assert parse_query(query).prefer_part is None, query
    # Alone, or asked whether it happens at all, it is still a problem asked about.
    assert parse_query("热线接听不及时").prefer_part == 5
    assert parse_query("办事指南不准确有没有").prefer_part == 5
