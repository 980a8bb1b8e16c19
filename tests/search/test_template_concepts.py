"""Session 36 (2026-12-07): a concept of the template named in the citizen's own phrase (template_concepts.py).

打电话问 names the enquiries a report counts (咨询), 政协委员提交的提案 part 六's 建议提案办理, 开会 … 群众 … 参加 the meetings opened
to the public: the phrase becomes one item held by a report holding the concept's own words, so that the spoken
words no report writes (打电话, 问, 居民) are no longer required.

The reports and queries are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.template_concepts import read_concepts
from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    **other_bodies(12),
    "enquiries.txt": made_up_report("菱湾县人民政府", 2022, {1: "全年接受电话咨询860人次，现场咨询120人次。"}),
    "proposals.txt": made_up_report("芷水县人民政府", 2022, {6: "办理人大代表建议12件、政协委员提案9件，办理结果全部公开。"}),
    "meetings.txt": made_up_report("蔺溪县人民政府", 2022, {1: "推进会议开放，邀请人大代表列席县政府常务会议4次。"}),
    # Each holds the spoken words of one question below, and not the concept: a full match only while they are required.
    "spoken.txt": made_up_report("苕川县人民政府", 2022, {
        1: "居民可打电话问询蚕桑技术事情。村民委员会提交的提案材料办得及时。组织群众参加政府开会前的蚕桑培训。"}),
    "unrelated.txt": made_up_report("苔岭县人民政府", 2022, {2: "本年度公开蚕桑技术信息30条。"}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("template_concepts", written(REPORTS))


def _agencies(idx, q: str) -> list[str]:
    result = run_search(idx, SearchParams(q=q, per_page=20))
    return [h.title.split("20")[0] for h in result.hits]


def test_a_phone_question_finds_the_enquiries_counted(idx):
    assert _agencies(idx, "居民打电话问事情多吗")[:1] == ["菱湾县人民政府"]


def test_members_proposals_find_part_six(idx):
    assert _agencies(idx, "政协委员提交的提案办得如何")[:1] == ["芷水县人民政府"]


def test_meetings_open_to_the_public(idx):
    assert _agencies(idx, "政府开会群众可以参加吗")[:1] == ["蔺溪县人民政府"]


def test_the_phrase_read_is_one_item_and_the_rest_stays():
    rest, found = read_concepts("居民打电话问事情多吗")
    assert [concept.key for concept, _ in found] == ["enquiries"]
    assert found[0][1] == "居民打电话问" and "打电话" not in rest


def test_a_phrase_holding_the_reports_own_word_is_searched_as_typed():
    # 打电话咨询 already says 咨询, the reports' word: the citizen named the row as the reports do.
    assert read_concepts("打电话咨询") == ("打电话咨询", [])


def test_a_phone_alone_names_no_concept():
    assert read_concepts("举报电话号码")[1] == []


# Review 36 #5: who takes part decides. 参加 is anyone's (staff, leaders, a count of meetings attended): an open meeting
# only when the public is its subject; 代表 and 委员 alone are anyone's (群众代表, 专家委员): proposals only when the
# deputies or members are named as such.
@pytest.mark.parametrize("query", ["工作人员参加会议", "领导参加会议", "参加会议次数", "参加常务会议", "参加会议培训",
                                   "群众代表提意见", "专家委员提意见", "代表意见", "群众代表提建议"])
def test_a_phrase_naming_no_outsider_or_deputy_names_no_concept(query):
    assert read_concepts(query) == (query, [])


@pytest.mark.parametrize("query, key", [("群众参加会议", "open_meetings"), ("政府开会居民可以参加吗", "open_meetings"),
                                        ("公众去听常务会议", "open_meetings"), ("政协委员写的提案", "proposals"),
                                        ("人大代表提出的议案", "proposals")])
def test_the_public_or_the_deputies_named_still_name_the_concept(query, key):
    assert [concept.key for concept, _ in read_concepts(query)[1]] == [key]


def _notes(idx, q: str) -> list[str]:
    return run_search(idx, SearchParams(q=q, per_page=20)).messages


def test_the_note_says_how_the_phrase_was_read(idx):
    # Review 36 #6: the phrase typed and the reports' words it was read as, not a word the citizen never typed.
    notes = _notes(idx, "居民打电话问事情多吗")
    assert "“居民打电话问”按报告的写法理解为“咨询”“电话咨询”“热线”等。" in notes
    assert not any("很少用" in note for note in notes), notes


def test_no_everyday_note_speaks_of_a_concepts_words(idx):
    # No report writes 旁听, the everyday table's word for open meetings (列席 常务会议): a concept's item holds it
    # as one of the reports' words, and the everyday note must not say it was typed.
    for q in ("政府开会居民可以参加吗", "工作人员参加会议"):
        assert not any("很少用“旁听”" in note for note in _notes(idx, q)), q
