"""Session 32 (QA 32, finding 8): a -word leaves out the parts that hold it, so in the list by report a report holding
the word in another part is still listed; the page says so and how many. The bodies are made up."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(6),
    # Part 二 treats the word left out, part 一 the word asked for: listed by part 一.
    "both.txt": made_up_report("鹤鸣县林草管护局", 2021, {1: "全年主动公开苗圃补贴信息12条。",
                                                        2: "公开苗圃补贴和护林员补助发放名单。"}),
    "asked-only.txt": made_up_report("鹤鸣县水文测报站", 2021, {1: "全年主动公开苗圃补贴信息3条。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("excluded_parts", written(REPORTS))


def _run(idx, q, flat=False):
    result = run_search(idx, SearchParams(q=q, flat=flat, per_page=20))
    return [h.agency for h in result.hits], result.messages


def test_a_report_holding_the_word_elsewhere_is_listed_and_the_page_says_so(idx):
    agencies, messages = _run(idx, "苗圃补贴 -护林员")
    assert set(agencies) == {"鹤鸣县林草管护局", "鹤鸣县水文测报站"}
    assert "“护林员”排除的是提到它的章节：下列报告中有 1 份在其他章节提到它（按章节显示则只列不含它的章节）。" in messages


def test_no_note_when_no_listed_report_holds_it(idx):
    _, messages = _run(idx, "苗圃补贴 -气象预警")
    assert not any("排除的是提到它的章节" in m for m in messages)


def test_the_list_by_part_needs_no_note(idx):
    sections, messages = _run(idx, "苗圃补贴 -护林员", flat=True)
    assert sections  # part 一 of each report
    assert not any("排除的是提到它的章节" in m for m in messages)


def test_an_issuer_left_out_is_said_to_be_left_out_whole(indexes):
    """Review 32: -民政局 drops the 民政局's own reports whole; the note said only its mentions were left out."""
    reports = {**other_bodies(4),
               "bureau.txt": made_up_report("鹤鸣县民政局", 2021, {1: "全年主动公开苗圃补贴信息5条。"}),
               "mention.txt": made_up_report("鹤鸣县林草管护局", 2021, {1: "全年主动公开苗圃补贴信息12条。",
                                                                    2: "会同县民政局公开护林员补助名单。"})}
    idx = indexes.searcher("excluded_issuer", written(reports))
    agencies, messages = _run(idx, "苗圃补贴 -民政局")
    assert agencies == ["鹤鸣县林草管护局"]
    assert "“民政局”发布的报告已全部排除；其他报告只排除提到它的章节：下列报告中有 1 份在其他章节提到它。" in messages
