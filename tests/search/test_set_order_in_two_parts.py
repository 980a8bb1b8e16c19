"""A set of issuers whose order the list keeps in two parts, and the note saying so (review 36 #7).

县 低保 matched few reports in full, so the whole-report lexical ranking followed them (report_lexical.backstop). The
set puts its members first among the matches and among those followers apart: a township's report writing 县 and 低保
came before the county bodies the backstop found, while the note said 县级机关发布的报告排在前面 as of the whole list.
Putting the members first across both parts lost the judges' full matches (docs/relevance.md); the note says the
order as it is. The bodies are made up: a division and a function that no report of the shared corpus names."""
from __future__ import annotations

import numpy as np
import pytest

from search.retrieval.arrays import arrays_for
from search.retrieval.issuer_sets import set_note
from search.retrieval.issuers import issuer_table
from search.retrieval.query import parse_query
from search.retrieval.set_items import split_set_notes
from tests.conftest import made_up_report, other_bodies, search, written

TOWNS = "菱芷蓼苕荇"
REPORTS = {
    "county-relief.txt": made_up_report("蘅溪县民政局", 2022, {1: "本年度公开低保对象名单12条。"}),
    # A county body whose text never writes 低保: of the set, found by the lexical ranking only.
    "county-roads.txt": made_up_report("蘅溪县交通运输局", 2022, {1: "县、乡公路养护信息公开3条。"}),
    # A township writing 县 and 低保 again and again: every word, not of the set.
    "township.txt": made_up_report("蘅溪县蓼汀镇人民政府", 2022, {
        1: "配合县民政局做好低保审核，公示低保对象，县级低保资金按时发放，低保档案规范管理。"}),
    # Townships writing 县 (so that the county word alone ranks nothing) and a body of unread level writing 低保.
    **{f"town-{i}.txt": made_up_report(f"{name}口乡人民政府", 2022, {1: "县、乡两级做好政务公开。"})
       for i, name in enumerate(TOWNS)},
    "unread-level.txt": made_up_report("芜坪区民政局", 2022, {1: "督促县、区做好低保公示，低保资金发放信息公开8条。"}),
    **other_bodies(12),
}
MEMBERS = {"蘅溪县民政局", "蘅溪县交通运输局"}


@pytest.fixture(scope="module")
def bodies(indexes):
    return indexes.searcher("set-two-parts", written(REPORTS))


def test_a_member_following_a_short_list_is_said_to_be_ordered_apart(bodies):
    result = search(bodies, q="县 低保")
    agencies = [hit.agency for hit in result.hits]
    # The matches, the set's first among them; then the reports following the short list, the set's first again.
    assert agencies[:4] == ["蘅溪县民政局", "蘅溪县蓼汀镇人民政府", "芜坪区民政局", "蘅溪县交通运输局"], agencies
    assert "“县”按发布机关理解：县级机关发布的报告排在前面。" not in result.messages
    assert ("“县”按发布机关理解：县级机关发布的报告排在前面；列表后部按用字补充的报告另行排列，其中县级机关发布的也在前面。"
            in result.messages), result.messages


def _notes_for_order(searcher, order: list[str]) -> list[str]:
    """The set's notes for a list of ``order``'s reports, first to last (as ranked by whatever made the list)."""
    parsed = parse_query("县 低保", searcher)
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    names = issuer_table(searcher).names
    rank = {name: len(order) - i for i, name in enumerate(order)}
    scores = np.array([float(rank.get(names[c], 0)) for c in codes])
    return split_set_notes(searcher, parsed, scores > 0, scores, [set_note(parsed.issuer_sets[0])])


def test_the_note_says_the_order_the_list_keeps(bodies):
    # The matches (the set's first), then the reports following a short list (the set's first again): another
    # level's full match stands above a member found by its characters, and the note says the two parts.
    notes = _notes_for_order(bodies, ["蘅溪县民政局", "蘅溪县蓼汀镇人民政府", "芜坪区民政局", "蘅溪县交通运输局"])
    assert notes == ["“县”按发布机关理解：县级机关发布的报告排在前面；列表后部按用字补充的报告另行排列，其中县级机关发布的也在前面。"]
    notes = _notes_for_order(bodies, ["蘅溪县民政局", "蘅溪县交通运输局", "蘅溪县蓼汀镇人民政府", "芜坪区民政局"])
    assert notes == ["“县”按发布机关理解：县级机关发布的报告排在前面。"]


@pytest.mark.parametrize("query", ["县 低保", "县 民政局", "县 公路养护", "县 政务公开"])
def test_the_plain_note_only_where_the_set_heads_the_whole_list(bodies, query):
    # The set's note as the list holds it: 排在前面 alone only where every member listed precedes every other report.
    result = search(bodies, q=query)
    agencies = [hit.agency for hit in result.hits]
    if "“县”按发布机关理解：县级机关发布的报告排在前面。" in result.messages:
        first = [a in MEMBERS for a in agencies]
        assert first == sorted(first, reverse=True), agencies
