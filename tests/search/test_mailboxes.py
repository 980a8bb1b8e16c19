"""Session 35 (2026-12-07): writing to the mayor is found under every leader's mailbox the reports name.

给市长写信 (write to the mayor) is read through the everyday table as the reports' mailboxes. The row named three
(市长信箱, 书记信箱, 领导信箱); a county writes 县长信箱, a district 区长信箱, a department 局长信箱, the names the
synonym line of 领导信箱 already lists. A report naming only its own leader's mailbox was not found.

The reports are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(12),
    "county.txt": made_up_report("棠溪县人民政府", 2022, {2: "开通县长信箱，全年办结群众来信120件。"}),
    "department.txt": made_up_report("蓼川县林业局", 2022, {2: "通过局长信箱受理群众来信15件，均按时回复。"}),
    "unrelated.txt": made_up_report("苔岭县人民政府", 2022, {2: "本年度公开蚕桑技术信息30条。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("mailboxes", written(REPORTS))


def _agencies(idx, q: str) -> list[str]:
    result = run_search(idx, SearchParams(q=q, per_page=20))
    return [h.title.split("20")[0] for h in result.hits]


def test_writing_to_the_mayor_finds_a_county_heads_mailbox(idx):
    found = _agencies(idx, "给市长写信")
    assert {"棠溪县人民政府", "蓼川县林业局"} <= set(found[:2])


def test_a_report_naming_no_mailbox_does_not_come_before_them(idx):
    found = _agencies(idx, "给市长写信")
    assert "苔岭县人民政府" not in found[:2]


def test_the_rows_kin_forms_follow_the_mailboxes(idx):
    # 给领导写信 is said with each leader the row's mailboxes name (everyday.with_kin_forms): 局长 is one now.
    assert "蓼川县林业局" in _agencies(idx, "给局长写信")[:2]
