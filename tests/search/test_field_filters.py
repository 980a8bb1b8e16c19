"""level: and region: in the query box choose what the 层级 and 地区 facets choose, and a field the language does not
have is said (session 37, web45): `year:2019 level:county 收费` said 没有报告使用“level、county” and searched the words.
The bodies' function is made up (菌草 occurs nowhere in the corpus); their places are real, so that each has a level
and a region."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import made_up_report, other_bodies, search, written

REPORTS = {
    "county-henan.txt": made_up_report("宁陵县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "county-zj.txt": made_up_report("淳安县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "city-zj.txt": made_up_report("杭州市菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "province-zj.txt": made_up_report("浙江省菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "county-zj-2022.txt": made_up_report("淳安县菌草推广站", 2022, {2: "本年度公开菌草种植补贴名单。"}),
    **other_bodies(3),
}
FIELDS = "可用的字段：机构: 年份: 部分: 层级: 地区:"


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("field-filters", written(REPORTS))


def _names(result) -> set[tuple[str, int]]:
    return {(hit.agency, hit.year) for hit in result.hits}


@pytest.mark.parametrize("q", ["菌草 level:county", "菌草 层级:县区级", "菌草 层级：县级", "菌草 LEVEL:County"])
def test_a_typed_level_filters_as_the_level_facet_does(idx, q):
    typed, clicked = search(idx, q=q, per_page=50), search(idx, q="菌草", level="county", per_page=50)
    assert _names(typed) == _names(clicked) == {("宁陵县菌草推广站", 2020), ("淳安县菌草推广站", 2020),
                                                ("淳安县菌草推广站", 2022)}
    assert not any("level" in m or "没有报告使用" in m for m in typed.messages), typed.messages
    level = {v.value: v for v in typed.facets["level"]}
    assert level["county"].selected and not level["province"].selected
    assert level["province"].count == 1  # the facet counts ignore its own choice, typed or clicked
    assert "level" not in level["county"].toggle and "%E5%B1%82%E7%BA%A7" not in level["county"].toggle


@pytest.mark.parametrize("q, expected", [
    ("菌草 region:浙江", {"淳安县菌草推广站", "杭州市菌草推广站", "浙江省菌草推广站"}),
    ("菌草 地区:浙江省", {"淳安县菌草推广站", "杭州市菌草推广站", "浙江省菌草推广站"}),
    ("菌草 省份:杭州", {"淳安县菌草推广站", "杭州市菌草推广站"}),
    ("菌草 地区:杭州市 year:2022", {"淳安县菌草推广站"}),
    ("菌草 地区:浙江 层级:省级", {"浙江省菌草推广站"}),
    ("菌草 地区:浙江省杭州市", {"淳安县菌草推广站", "杭州市菌草推广站"}),  # QA 44 F2: a city after its province
    ("菌草 地区:浙江杭州", {"淳安县菌草推广站", "杭州市菌草推广站"}),
])
def test_a_typed_region_filters_as_the_region_facet_does(idx, q, expected):
    result = search(idx, q=q, per_page=50)
    assert {agency for agency, _ in _names(result)} == expected
    chosen = [v.value for v in result.facets["province"] + result.facets["city"] if v.selected]
    assert chosen and set(chosen) <= {"浙江省", "杭州市"}


def test_a_level_typed_and_one_clicked_are_either(idx):
    result = search(idx, q="菌草 level:province", level="city", per_page=50)
    assert {a for a, _ in _names(result)} == {"浙江省菌草推广站", "杭州市菌草推广站"}


@pytest.mark.parametrize("q, note", [
    ("菌草 level:火星", "无法理解筛选条件 level:火星，已按普通词语“火星”搜索。"),
    ("菌草 地区:火星", "无法理解筛选条件 地区:火星，已按普通词语“火星”搜索。"),
    ("菌草 -level:county", "已忽略“-level:county”：层级只能限定，不能排除；请写要看的层级，如 level:县区级。"),
    ("菌草 -地区:浙江", "已忽略“-地区:浙江”：地区筛选不能排除；要排除一个地区的报告，请写 -浙江。"),
])
def test_a_value_it_cannot_read_or_a_negated_one_is_said(idx, q, note):
    assert note in search(idx, q=q, per_page=50).messages


@pytest.mark.parametrize("q, field", [("菌草 type:pdf", "type"), ("菌草 lvl:县", "lvl"), ("菌草 级别:县", "级别"),
                                      ("菌草 niveau:county", "niveau")])
def test_an_unknown_field_is_named_with_the_fields_there_are(idx, q, field):
    messages = search(idx, q=q, per_page=50).messages
    assert any(m.startswith(f"不认识的筛选字段“{field}:”，已按普通词语搜索；{FIELDS}") for m in messages), messages
    assert not any("没有报告使用" in m for m in messages), messages


@pytest.mark.parametrize("q", ["菌草 http://example.org/a", "菌草 10:30", "答复期限:20日"])
def test_a_url_a_time_or_a_sentence_s_colon_is_no_field(q):
    assert not any("筛选字段" in m for m in parse_query(q).notes)


def test_a_filter_alone_is_something_to_search(idx):
    result = search(idx, q="level:county")
    assert not any("没有可搜索的词语" in m for m in result.messages)
    assert {v.value for v in result.facets["level"] if v.selected} == {"county"}


def test_a_value_typed_and_clicked_is_unchosen_by_one_click(idx):
    result = search(idx, q="菌草 level:county", level="county", per_page=50)
    county = next(v for v in result.facets["level"] if v.value == "county")
    assert county.selected and "level" not in county.toggle


@pytest.mark.parametrize("q", ["level: 菌草", "地区: 菌草", "菌草 地区:", "菌草 层级:"])
def test_a_field_with_nothing_after_it_is_said_and_ignored(idx, q):
    # QA 44 F3: level: said it searched “level:” as a word, 地区: said nothing; both were quoted with their colon.
    result = search(idx, q=q, per_page=50)
    field = q.replace("菌草", "").strip()
    assert f"筛选条件 {field} 后面没有值，已忽略（写法如 level:county、地区:浙江）。" in result.messages, result.messages
    assert not any(field in m for m in result.messages if "没有" in m and "筛选条件" not in m), result.messages
    assert _names(result) == _names(search(idx, q="菌草", per_page=50))


@pytest.mark.parametrize("q, words", [("级别:县 菌草", ["级别", "县", "菌草"]), ("type:pdf 菌草", ["type", "pdf", "菌草"]),
                                      ("level:县菌草推广站", ["县菌草推广站"]), ("地区:火星 菌草", ["火星", "菌草"])])
def test_a_field_read_as_words_is_searched_as_its_words_without_the_colon(q, words):
    # QA 44 F6, F7: 级别:县 was one word “级别:县”; level:县教育局 was searched as 教育局 with 县 and level lost unsaid.
    parsed = parse_query(q)
    assert [alt for clause in parsed.must for alt in clause.alternatives] == words


def test_a_field_value_cut_in_a_note_ends_in_an_ellipsis(idx):
    # QA 44 F10: level:<script>alert(1)</sc read as if typed so.
    messages = search(idx, q="level:<script>alert(1)</script> 菌草", per_page=50).messages
    assert any(m.startswith("无法理解筛选条件 level:<script>alert(1)</sc…，") for m in messages), messages
