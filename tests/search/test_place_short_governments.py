"""Session 33 (QA 33 #3): a short place name glued to 政府 (甘肃政府) asks for that place's government bodies: the
province's own government first, then any government inside it (a district's, a township's), before a department
whose text merely quotes 省政府. The notes quote what the user typed (甘肃政府, 麦积区政府), never the level's word
the search read (省政府, 县政府). The reports are made up; none is in a judged set or its rewordings."""
from __future__ import annotations

import numpy as np
import pytest

from search import SearchParams, run_search
from search.retrieval.issuer_sets import IssuerSet, members
from search.retrieval.issuers import issuer_table
from search.retrieval.place_governments import place_governments, typed_government
from search.retrieval.query import parse_query, query_words
from tests.conftest import made_up_report, other_bodies, written

REQUESTS = {3: "本年度收到依申请公开申请3件，均在法定期限内答复。"}
QUOTING = {1: "按照省政府统一部署，省政府门户网站转载我局信息，落实省政府要求。", **REQUESTS}
REPORTS = {
    **other_bodies(8),
    # No report of the province's own government: its governments are a district's and a township's.
    "district.txt": made_up_report("天水市麦积区人民政府", 2021, REQUESTS),
    "township.txt": made_up_report("天水市麦积区霜降镇人民政府", 2021, REQUESTS),
    # A city department whose text quotes 省政府 three times.
    "quoting.txt": made_up_report("天水市气象服务局", 2021, QUOTING),
    "other-bureau.txt": made_up_report("天水市麦积区气象服务局", 2021, REQUESTS),
    # A township elsewhere in the province, its name's function left unread (a name of place words only).
    "unread.txt": made_up_report("陇南市武都区白露藏族回族乡", 2021, REQUESTS),
    "township-2.txt": made_up_report("陇南市武都区白露乡人民政府", 2021, REQUESTS),
    # A government outside the province whose text names the department asked for (rev33 #5).
    "elsewhere.txt": made_up_report("湘潭市雨湖区人民政府", 2021, {1: "区政府做好防汛值守工作。", **REQUESTS}),
    "elsewhere-bureau.txt": made_up_report("湘潭市雨湖区气象服务局", 2021, {1: "按照政府统一部署做好预警信息发布。", **REQUESTS}),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("place_short_governments", written(REPORTS))


@pytest.mark.parametrize("text, word, typed", [
    ("甘肃政府", "省政府", "甘肃政府"),
    ("天水政府", "市政府", "天水政府"),
    ("麦积政府", "区政府", "麦积政府"),
    ("凉山州人民政府", "市人民政府", "凉山州人民政府"),
])
def test_a_short_forms_government_reads_the_places_governments(text, word, typed):
    (found,) = place_governments(text)
    assert (found.word, found.typed) == (word, typed)


@pytest.mark.parametrize("text", ["甘肃政府", "天水政府", "麦积政府"])
def test_a_short_form_its_reports_write_keeps_its_government_a_word_of_the_text(text):
    assert query_words(text)[-1] == text.removeprefix(query_words(text)[0])


def test_a_prefectures_said_form_is_read_as_its_levels_government():
    # A 州 form is no word of its reports: the level's word finds its government.
    assert query_words("凉山州人民政府")[-1] == "市人民政府"


@pytest.mark.parametrize("text", ["甘肃 政府", "天水政府网站", "地方政府", "甘肃省政府"])
def test_no_short_forms_government_apart_before_a_noun_or_in_a_full_name(text):
    assert place_governments(text) == []


@pytest.mark.parametrize("word, text, typed", [
    ("县政府", "昆山市政府", "昆山市政府"),  # the reading is the level's, the note quotes the name typed
    ("省政府", "上海市政府", "上海市政府"),
    ("省政府", "甘肃 省政府", "省政府"),  # typed: quoted as typed
])
def test_the_typed_words_of_a_levels_government(word, text, typed):
    assert typed_government(word, text) == typed


def _search(searcher, q):
    return run_search(searcher, SearchParams(q=q, per_page=20))


def test_the_places_governments_come_before_a_department_quoting_the_provinces_government(idx):
    result = _search(idx, "甘肃政府")
    agencies = [h.agency for h in result.hits]
    governments = {"天水市麦积区人民政府", "天水市麦积区霜降镇人民政府", "陇南市武都区白露乡人民政府", "陇南市武都区白露藏族回族乡"}
    assert set(agencies[:4]) == governments
    assert "天水市气象服务局" in agencies[4:]


def test_the_notes_quote_only_the_words_typed(idx):
    for q, typed in [("甘肃政府", "甘肃政府"), ("麦积政府", "麦积政府"), ("天水政府", "天水政府")]:
        text = " ".join(_search(idx, q).messages)
        assert f"“{typed}”按发布机关理解" in text
        for reading in ("“省政府”", "“区政府”", "“市政府”", "“县政府”"):
            if reading.strip("“”") != typed:
                assert reading not in text, (q, text)


def test_the_note_says_other_governments_come_first_when_the_levels_own_is_absent(idx):
    messages = _search(idx, "甘肃政府").messages
    assert "“甘肃政府”按发布机关理解，但没有省级政府发布的符合查询的报告；甘肃省其他各级政府的报告排在前面。" in messages


def test_the_governments_after_the_levels_own_are_only_those_inside_the_place(idx):
    (government,) = place_governments("甘肃政府")
    found = IssuerSet((government.word,), (government.typed,), inside=True, units=government.units)
    names = issuer_table(idx).names
    ranked = {names[code] for code in np.flatnonzero(members(idx, found))}
    assert {"天水市麦积区人民政府", "天水市麦积区霜降镇人民政府", "陇南市武都区白露乡人民政府"} <= ranked
    assert "湘潭市雨湖区人民政府" not in ranked and "天水市气象服务局" not in ranked


def test_a_government_outside_the_place_is_not_called_one_of_its_governments(idx):
    result = _search(idx, "甘肃政府 防汛值守")
    assert [h.agency for h in result.hits] == ["湘潭市雨湖区人民政府"]
    assert not any("甘肃省其他各级政府" in m for m in result.messages)
    assert "“甘肃政府”按发布机关理解，但没有省级政府发布的报告符合查询，下面是其他机关的报告。" in result.messages


def test_the_levels_own_government_comes_first_when_it_has_a_report(idx):
    # 麦积 is a district: its government, as the set, is said 区级 (session 36: 县级 is the whole level, 县级市 included).
    result = _search(idx, "麦积政府")
    assert result.hits[0].agency == "天水市麦积区人民政府"
    assert "“麦积政府”按发布机关理解：区级政府发布的报告排在前面，其次是天水市麦积区其他各级政府的报告。" in result.messages


def test_typed_alternatives_are_each_quoted_and_each_places_governments_follow(idx):
    """rev33 #11: 湖南政府 OR 江苏政府 noted only 湖南政府; the words typed on either side of OR are the user's."""
    result = _search(idx, "甘肃政府 OR 雨湖政府")
    note = next(m for m in result.messages if "按发布机关理解" in m)
    assert "“甘肃政府”或“雨湖政府”" in note
    (found,) = parse_query("甘肃政府 OR 雨湖政府").issuer_sets
    ranked = set(issuer_table(idx).names[code] for code in np.flatnonzero(members(idx, found)))
    assert {"天水市麦积区人民政府", "湘潭市雨湖区人民政府"} <= ranked and "天水市气象服务局" not in ranked
