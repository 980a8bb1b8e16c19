"""Session 32 (2026-12-07): a key term of the template typed with one wrong character (行政复意, 不于公开, 依申情公开,
行政夏议) is read as the term before the query is read (search/retrieval/term_typos.py), so the figure it names and
its synonyms are read too. 行政复意 was never corrected: 复意 is held across 答复|意见 beside 行政, so two reports
"held every word". The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, other_bodies, written

CASES = {4: "本年度发生政府信息公开行政复议案件2件，结果均为维持。"}
REPORTS = {
    **other_bodies(10),
    "cases.txt": made_up_report("青禾县蚕桑局", 2021, CASES),
    "more-cases.txt": made_up_report("白芷镇人民政府", 2021, {4: "本年度发生政府信息公开行政复议案件5件。"}),
    # 行政 and 答复意见 in one part: the typo's characters in a row (复意) across two words.
    "trap.txt": made_up_report("星梧区蚕桑局", 2021, {
        1: "推进行政权力运行公开，会商答复意见，规范办理流程。", 3: "本年度收到政府信息公开申请4件。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("term_typos", written(REPORTS))


def _listed(idx, q: str) -> tuple[list[str], list[str]]:
    result = run_search(idx, SearchParams(q=q, per_page=20))
    return [h.title for h in result.hits], result.messages


@pytest.mark.parametrize("typed, term", [
    ("行政复意", "行政复议"),  # 意 sounds as 议 and breaks the word it lands in
    ("行政复义", None),  # 复义 is a dictionary word: without an index to say no report holds it, taken as typed
    ("不于公开", "不予公开"),
    ("依申情公开", "依申请公开"),
    ("行政夏议", "行政复议"),  # a look-alike that makes no word
    ("行政复核", None),  # a word of its own (复核), no slip
    ("被动公开", None),
    ("个人因私出国", None),  # 因私 is a word: no slip of 个人隐私
    ("律师申请公开", None),  # 师 ends 律师: no slip of 依申请公开's 依
])
def test_a_key_term_typed_with_one_wrong_character_is_read_as_the_term(typed, term):
    parsed = parse_query(typed)
    assert [c.alternatives for c in parsed.must] == [[term or typed]]
    assert bool(parsed.notes) == (term is not None)


def test_a_quoted_typo_is_taken_as_typed_and_a_negated_one_is_read():
    assert [c.alternatives for c in parse_query('"行政复意"').must] == [["行政复意"]]
    parsed = parse_query("低保 -行政复意")
    assert [c.alternatives for c in parsed.must_not] == [["行政复议"]]


def test_the_typo_finds_what_the_term_finds_and_reads_its_figure(idx):
    titles, messages = _listed(idx, "行政复意")
    right, _ = _listed(idx, "行政复议")
    assert titles == right
    assert titles[:2] == ["白芷镇人民政府2021年政府信息公开工作年度报告", "青禾县蚕桑局2021年政府信息公开工作年度报告"]
    assert not any("星梧区" in t for t in titles[:2])  # the report holding 行政 and 答复意见 no longer matches first
    assert any("“行政复意”" in m and "“行政复议”" in m for m in messages)
    assert parse_query("行政复意", idx).figure is not None


def test_a_run_some_report_writes_is_no_typo(idx):
    # 复义 is held by no report, so the sound-alike is read; a run a report writes would stay as typed.
    parsed = parse_query("行政复义 案件", idx)
    assert [c.alternatives for c in parsed.must][0] == ["行政复议"]
    assert [c.alternatives for c in parse_query("行政权力", idx).must] == [["行政权力"]]


def test_a_typo_typed_twice_is_said_once():
    """Review 32: each occurrence added its note (a long query repeating a typo gave dozens of the same line)."""
    from search.retrieval.term_typos import read_term_typos

    text, notes = read_term_typos("行政复意 行政复意 行政复意")
    assert text == "行政复议 行政复议 行政复议" and len(notes) == 1


def test_the_words_probed_are_kept_in_a_bounded_cache(idx):
    """Review 32: each word probed stayed in the generation's unbounded cache of values (one per word near a
    sound-alike character of any query typed); they go to its bounded LRU of masks."""
    _listed(idx, "行政复意 公开栏更新不急时")
    assert not [name for name in idx.cache._values if str(name).startswith("term_typos")]
