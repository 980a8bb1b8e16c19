"""Review 32 #12: the report page's match bar lists what the user typed, cut as the search's echo cuts a query, and
never marks a lone number or sign the search refuses to search alone. Made-up reports (test_query_reading_qa32's)."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from search.output.page_terms import page_terms
from search.retrieval.query import parse_query
from search.vocabulary import ECHOED
from tests.conftest import search
from tests.search.test_query_reading_qa32 import client, idx  # noqa: F401 - the same index's fixtures, shared


def _bar(client, report_id: str, q: str) -> str:
    page = client.get(f"/reports/{report_id}?q={quote(q)}")
    assert page.status_code == 200
    return page.get_data(as_text=True).split('class="match-summary"')[1].split("</p>")[0]


def _pension(idx) -> str:
    return next(h.report_id for h in search(idx, q="低保").hits if h.agency == "红寺堡区民政局")


def test_a_word_read_as_another_is_listed_as_typed_when_not_found(idx, client):
    bar = _bar(client, _pension(idx), "不回复")
    assert "本报告正文中没有找到：<mark>不回复</mark>" in bar
    assert "没回复" not in bar


def test_filters_and_minus_words_are_not_listed_as_not_found(idx, client):
    bar = _bar(client, _pension(idx), '不回复 -投诉 year:2021 "逾期 答复"')
    assert bar.count("<mark>") == 2 and "<mark>逾期 答复</mark>" in bar
    assert "投诉" not in bar and "year" not in bar


@pytest.mark.parametrize("q, listed", [
    ("不回复 OR 没答复", ["不回复", "没答复"]),
    ("(不回复 OR 没答复)", ["不回复", "没答复"]),
    ("“不回复”", ["不回复"]),
    ("「不回复」 +逾期", ["不回复", "逾期"]),
    # QA 36 #7: the marks the search reads around a bare word (『』 ‘’ 《》 ？ ||) and a bracket inside one
    ("『不回复』 ‘逾期’", ["不回复", "逾期"]),
    ("《不回复》 逾期？", ["不回复", "逾期"]),
    ("逾期 ||不回复", ["逾期", "不回复"]),
    ("不回复(逾期)", ["不回复", "逾期"]),
])
def test_the_syntax_is_never_listed_as_words_not_found(idx, client, q, listed):
    bar = _bar(client, _pension(idx), q)
    assert bar.count("<mark>") == len(listed) and all(f"<mark>{w}</mark>" in bar for w in listed)
    assert not any(sign in bar for sign in ("OR", "(", ")", "“", "”", "「", "+", "『", "‘", "《", "？", "?", "|"))


def test_the_words_listed_are_the_parsers_reading_of_the_syntax():
    assert parse_query('(不回复 OR 没答复) -投诉 year:2021 "逾期 答复"').typed == ["不回复", "没答复", "逾期 答复"]


def test_a_long_term_is_cut_as_the_echo_cuts_it(idx, client):
    bar = _bar(client, _pension(idx), "a" * 190)  # one word within the query cap, longer than an echo
    assert "a" * ECHOED not in bar and "a" * (ECHOED - 1) + "…" in bar


def test_a_lone_number_or_sign_is_never_marked():
    assert "1" not in page_terms(parse_query("<script>alert(1)</script>"))
    assert page_terms(parse_query("低保 3")) == [t for t in page_terms(parse_query("低保")) if t != "3"]


def test_a_number_the_search_refused_marks_nothing_in_a_report(idx, client):
    bar = _bar(client, _pension(idx), "<script>alert(3)</script>")
    assert "处高亮" not in bar and "<mark>3</mark>" not in bar and "<script>" not in bar


def test_a_marked_term_is_still_listed(idx, client):
    bar = _bar(client, _pension(idx), "低保")
    assert "处高亮" in bar and "<mark>低保</mark>" in bar
