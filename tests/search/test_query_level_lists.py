"""What a query lists is the query's own (session 29): a filter only narrows it, a facet counts what clicking it
lists, and the statistics count the number the search states; a query whose words are in no report but a digit
finds nothing. The reports are made up for these tests; none of them and none of the queries is in the judged
relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.report_selection import select_reports
from search.retrieval.grouped import NOTHING_LEFT_NOTE
from tests.conftest import made_up_report as report, search, written


def _reports() -> dict[str, str]:
    reports = {}
    # Ten reports of 2022 and two of 2020 hold both words; three of 2020 only one of them.
    for i, town in enumerate("甲乙丙丁戊己庚辛壬癸"):
        reports[f"both-{i}.txt"] = report(f"{town}河县民政局", 2022, {
            1: f"开通政务热线，做好回访工作，全年回访群众{30 + i}人次。"})
    for i, town in enumerate("子丑"):
        reports[f"old-both-{i}.txt"] = report(f"{town}山县民政局", 2020, {1: "政务热线接到来电后及时回访。"})
    for i, town in enumerate("寅卯辰"):
        reports[f"old-one-{i}.txt"] = report(f"{town}山县财政局", 2020, {1: f"开通政务热线，受理来电{10 + i}件。"})
    # Reviews: three reports write 行政复议案件, four state their reviews without 案件 (listed and scored with them:
    # the tables never say 案件), two hold 案件 alone.
    for i, town in enumerate("东南西"):
        reports[f"review-case-{i}.txt"] = report(f"{town}城区司法局", 2023, {4: f"因政府信息公开引发行政复议案件{i + 2}件。"})
    for i, town in enumerate("春夏秋冬"):
        reports[f"review-{i}.txt"] = report(f"{town}城区司法局", 2023, {4: f"因政府信息公开引发行政复议{i + 1}件，均已办结。"})
    for i, town in enumerate("金木"):
        reports[f"case-{i}.txt"] = report(f"{town}城区信访局", 2023, {2: f"办理信访案件{i + 12}件。"})
    return reports


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("query-level-lists", written(_reports()))


def _year_facet(result) -> dict:
    return {f.value: f.count for f in result.facets["year"]}


def test_a_filter_only_narrows_and_the_facet_counts_what_clicking_it_lists(idx):
    everything = search(idx, q="政务热线 回访")
    assert everything.total == 12  # every report holding both words, and no near miss: they are not few
    assert _year_facet(everything)[2020] == 2
    narrowed = search(idx, q="政务热线 回访", year_from="2020", year_to="2020")
    # Two full matches under the filter were few, and brought the near misses of 2020 in (5 listed, facet said 2).
    assert narrowed.total == 2
    assert _year_facet(narrowed)[2020] == 2
    assert not any("相符" in m for m in narrowed.messages)
    counted = select_reports(idx, SearchParams(q="政务热线 回访", year_from=2020, year_to=2020), counted_only=True)
    assert len(counted.report_ids) == narrowed.total


def _stated(messages: list[str]) -> int | None:
    """The number of reports a note says match the query (only N, or the statistics' N), if any."""
    for m in messages:
        for start in ("只有 ", "统计只计入与查询相符的 "):
            if m.startswith(start) and "相符" in m:
                return int(m[len(start):].split(" 份")[0])
    return None


@pytest.mark.parametrize("q", ["行政复议 案件", "政务热线 回访", "回访 受理"])
def test_the_search_and_the_statistics_state_one_number(idx, q):
    # The page said 只有 3 份 held every word while the statistics counted 7: the reports stating reviews
    # without 案件 are listed with the three and answer the figure asked, and were counted there only.
    result = search(idx, q=q)
    counted = select_reports(idx, SearchParams(q=q), counted_only=True)
    listed = _stated(result.messages)
    assert _stated(counted.messages) == listed
    assert len(counted.report_ids) == (listed if listed is not None else result.total)


def test_nothing_searchable_left_but_a_digit_finds_nothing(idx):
    result = run_search(idx, SearchParams(q="<script>alert(1)</script>"))
    assert result.total == 0
    assert NOTHING_LEFT_NOTE.format(words="script、alert", rest="1") in result.messages
    # A word of the reports beside an unknown one is still searched without it.
    assert run_search(idx, SearchParams(q="xyzzy 回访")).total >= 12


def test_the_parts_list_under_a_filter_narrows_too(idx):
    """Session 30: the parts list (flat=1) turned to parts holding any word when its filters left no part holding
    every word, so a part filter listed parts the unfiltered parts list does not. It narrows now, as the reports
    list does; a query no part holds whole still lists the parts holding some of its words, filter or not."""
    everything = search(idx, q="政务热线 回访", flat="1")
    assert everything.total == 12 and all(h.section == 1 for h in everything.hits)
    part_two = search(idx, q="政务热线 回访", flat="1", section="2")
    assert part_two.total == 0 and part_two.hits == []
    # 寅山县财政局 holds 政务热线 alone: under its filter no part holds both, and none is listed (it was: 1 part).
    one_body = search(idx, q="政务热线 回访", flat="1", agency="寅山县财政局")
    assert one_body.total == 0 and one_body.hits == []
    assert search(idx, q="政务热线", flat="1", agency="寅山县财政局").total == 1  # the filter itself selects it
    filtered = search(idx, q="政务热线 回访", flat="1", year_from="2020", year_to="2020")
    assert filtered.total == 2  # the 2020 parts holding both words; never the three holding 政务热线 alone
    assert {h.report_id for h in filtered.hits} <= {h.report_id for h in search(idx, q="政务热线 回访", flat="1",
                                                                                    per_page="50").hits}
    loose = search(idx, q="回访 信访案件", flat="1", section="2")  # no part anywhere holds both: the query's own fallback
    assert loose.total > 0 and all(h.section == 2 for h in loose.hits)
