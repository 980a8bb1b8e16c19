"""A level typed right before a body's name (县教育局) is the level typed apart (县 教育局): the level an item of its own,
held by the issuer's membership of the set, so that the count of the full matches and the order of the looser ones are
those of the note (“县”按发布机关理解: QA 43 F1, session 37). The bodies are made up: a division no report of the shared
corpus names."""
from __future__ import annotations

import pytest

from tests.conftest import api_search, made_up_report, other_bodies, search, written

REQUESTS = "本年度收到政府信息公开申请8件，均按时答复。"
SCHOOLS = "主动公开教育收费、学校招生信息。"  # near the kind's name in characters: the lexical backstop's
REPORTS = {
    # The prefecture's bureau: of the kind named, of no county's level, its text never writing the level's character.
    "city-edu.txt": made_up_report("张掖市教育局", 2022, {3: REQUESTS}),
    # A county's government writing its bureau's name: every word.
    "county-gov.txt": made_up_report("张掖市临泽县人民政府", 2022, {1: "督促县教育局做好政务公开，按时报送。"}),
    # County bodies of other kinds, of the set, holding neither the kind nor its name: many, so that the level's
    # character weighs little against the kind's name and a report holding the name alone is a near miss.
    **{f"county-{i}.txt": made_up_report(f"张掖市{county}县{kind}", 2022, {2: SCHOOLS, 3: REQUESTS})
       for i, (county, kind) in enumerate(zip("高台 民乐 山丹 高台 民乐 山丹 高台 民乐".split(),
                                              "民政局 交通运输局 财政局 司法局 水务局 审计局 统计局 林业和草原局".split()))},
    **other_bodies(12),
}
QUERIES = ("县教育局", "县 教育局")


@pytest.fixture(scope="module")
def bodies(indexes):
    return indexes.searcher("glued-level", written(REPORTS))


def test_a_body_of_another_level_does_not_hold_the_glued_level(bodies):
    result = search(bodies, q="县教育局")  # typed apart, it did not already (the count below)
    assert any(m.startswith("只有 1 份报告与") and "县" in m for m in result.messages), result.messages
    assert not any(m.startswith("只有 2 份报告") for m in result.messages)


@pytest.mark.parametrize("q", QUERIES)
def test_the_sets_reports_come_before_a_body_of_another_level(bodies, q):
    listed = [hit.agency for hit in search(bodies, q=q).hits]
    assert listed[0] == "张掖市临泽县人民政府"
    county = [i for i, agency in enumerate(listed) if "县" in agency]
    other = [i for i, agency in enumerate(listed) if agency == "张掖市教育局"]
    assert len(county) == 9 and all(c < o for c in county for o in other), listed


def test_the_glued_and_the_typed_apart_list_and_count_the_same(bodies):
    glued, apart = (search(bodies, q=q) for q in QUERIES)
    assert [h.agency for h in glued.hits] == [h.agency for h in apart.hits]
    counts = [[m.split(" 份")[0] for m in r.messages if m.startswith("只有")] for r in (glued, apart)]
    assert counts[0] == counts[1] == ["只有 1"], counts


def test_the_page_and_the_api_say_the_same_count(indexes):
    client = indexes.app("glued-level", written(REPORTS)).test_client()
    data = api_search(client, "q=县教育局")
    assert [h["agency"] for h in data["hits"]][0] == "张掖市临泽县人民政府"
    counts = [m for m in data["messages"] if m.startswith("只有")]
    assert counts and counts[0].startswith("只有 1 份报告与“县教育局”相符")
    page = client.get("/?q=县教育局").get_data(as_text=True)
    assert counts[0] in page
