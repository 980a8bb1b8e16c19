"""A question of how to apply, of handling or of a time limit names no figure (session 29): 怎么申请公开 ranked the
reports that received requests first. None of the queries is in the judged relevance set."""
from __future__ import annotations

from search.retrieval.query import parse_query


def test_a_question_of_how_to_apply_ranks_by_no_figure():
    for q in ("怎么申请公开", "如何申请政府信息公开", "怎样办理信息公开申请"):
        assert parse_query(q).figure is None, q
    # Asked with a size, the figure is what is asked.
    assert parse_query("收到多少申请").figure is not None
    assert parse_query("怎么申请公开 收到多少申请").figure is not None
