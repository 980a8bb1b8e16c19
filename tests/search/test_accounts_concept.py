"""Session 37 (2026-12-07): the accounts a body publishes, named by a citizen as the ledger of the money spent
(花钱的账本, 开支的账单), read as the template's budgets and final accounts (template_concepts.tsv's ``accounts``).

No report writes 账本 for its budgets: it writes 部门预算, 决算, 财政预决算, 三公经费. The phrase becomes one item held by
a report holding any of those, so the spoken words (花钱, 账本) are no longer required; 账本 alone keeps its synonyms
(账目: 财务, 收支, a village's accounts), and 钱 or 账 alone name no accounts (钱到账: a payment received).

The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.template_concepts import read_concepts
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(12),
    "accounts.txt": made_up_report("榴岗县人民政府", 2022, {1: "按时公开部门预算、部门决算和三公经费，财政预决算全部在网站专栏发布。"}),
    # Holds the spoken words in another sense (a training's spending on ledgers): a full match only while they are required.
    "spoken.txt": made_up_report("柘湾县人民政府", 2022, {1: "举办蚕桑培训，花钱购置账本和文具一批。"}),
    "village.txt": made_up_report("蓼川县人民政府", 2022, {2: "指导各村公开村级财务收支情况。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("accounts_concept", written(REPORTS))


def _agencies(idx, q: str) -> list[str]:
    result = run_search(idx, SearchParams(q=q, per_page=20))
    return [h.title.split("20")[0] for h in result.hits]


@pytest.mark.parametrize("query", ["县里一年花了多少钱的账本", "单位开销的明细账", "这些年支出的流水账在哪看"])
def test_the_ledger_of_the_money_spent_finds_the_budgets_and_final_accounts(idx, query):
    assert _agencies(idx, query)[:1] == ["榴岗县人民政府"]


def test_the_spoken_words_in_another_sense_rank_below(idx):
    assert _agencies(idx, "政府花钱的账本")[:1] == ["榴岗县人民政府"]


def test_the_phrase_is_one_item_of_the_reports_words():
    rest, found = read_concepts("政府花钱的账本")
    assert [concept.key for concept, _ in found] == ["accounts"]
    assert found[0][1] == "花钱的账本" and rest == "政府"
    assert "决算" in found[0][0].words


@pytest.mark.parametrize("query", ["村里的账本", "账本公开", "花钱", "部门决算的明细账", "补助的钱到账了吗", "收费明细"])
def test_a_ledger_or_spending_alone_or_a_phrase_in_the_reports_words_names_no_accounts(query):
    assert read_concepts(query) == (query, [])


def test_a_ledger_alone_keeps_its_synonyms(idx):
    assert "蓼川县人民政府" in _agencies(idx, "村里的账本")
