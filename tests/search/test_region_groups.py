"""A region named by its everyday group (华南, 江浙沪, 东北) stands for the provinces or cities it is
made of: their reports come first, and of them those of the kind of issuer the query names. The
reports are made up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.places import find_places, group_units
from search.retrieval.query import parse_query
from tests.conftest import made_up_report, ranked_agencies as listed, written


def _report(agency: str, body: str) -> str:
    return made_up_report(agency, 2022, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    # South China's township bodies, which never write 华南.
    "wuming-town.txt": _report("南宁市武鸣区城厢镇人民政府", "本镇公开惠民补贴信息。"),
    "xiuying-town.txt": _report("海口市秀英区长流镇人民政府", "本镇公开低保信息。"),
    # A South China city government that writes of its townships often, and a Hebei town.
    "guilin-gov.txt": _report("桂林市人民政府", "指导各乡政府、镇政府做好公开工作，乡政府公开栏全覆盖。"),
    "qingyuan-town.txt": _report("保定市清苑区臧村镇人民政府", "本镇公开惠民补贴信息，镇政府公开栏更新。"),
    # Civil-affairs bureaus of Hangzhou, Shanghai and Wuhan; Wuhan's names 浙江 and 上海 in its text.
    "xihu-civil.txt": _report("杭州市西湖区民政局", "本局公开养老服务信息。"),
    "huangpu-civil.txt": _report("上海市黄浦区民政局", "本局公开社会救助信息。"),
    "jianghan-civil.txt": _report("武汉市江汉区民政局", "赴上海、浙江学习养老服务经验。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("region-groups", written(REPORTS))


def test_a_group_name_reads_as_its_provinces_or_cities():
    def names(text: str) -> set[str]:
        return {u.name for h in find_places(text) for u in h.units}

    assert names("华南") == {"广东省", "广西壮族自治区", "海南省"}
    assert names("华南一带") == names("华南地区") == names("华南")
    assert names("东三省") == names("东北") == {"辽宁省", "吉林省", "黑龙江省"}
    assert {"广州市", "深圳市", "东莞市"} <= names("大湾区") and "广东省" not in names("大湾区")
    # Inside a run it is a name's part: 东北街街道 is a street office, 华东师范大学 a university.
    assert parse_query("东北街街道").place_hints == [] and group_units("地区") == ()
    assert parse_query("华东师范大学").place_hints == []


def test_the_groups_reports_of_the_kind_named_come_first(idx):
    got = listed(idx, "华南一带 乡政府")
    assert set(got[:2]) == {"南宁市武鸣区城厢镇人民政府", "海口市秀英区长流镇人民政府"}
    # Then the region's other report, before a town of another region.
    assert got.index("桂林市人民政府") < got.index("保定市清苑区臧村镇人民政府")
    result = run_search(idx, SearchParams(q="华南一带 乡政府"))
    assert any(m.startswith("“华南一带”按报告地区理解：广东省、广西壮族自治区、海南省") for m in result.messages)


def test_a_group_finds_reports_that_never_write_its_name(idx):
    got = listed(idx, "江浙沪 民政局")
    assert set(got[:2]) == {"杭州市西湖区民政局", "上海市黄浦区民政局"}
    assert got.index("武汉市江汉区民政局") == 2


def test_a_group_is_named_as_typed_in_notes_and_never_by_a_bare_city_stem(idx):
    """东北 has no report here: the note names 东北, not the search's 辽宁 OR 吉林 …; a city member is
    searched by its full name (中山市), since 中山 alone is every 中山路 and 中山街道."""
    from search.retrieval.query_tree import labeled_report_units
    assert [label for label, _ in labeled_report_units(parse_query("东北 民政局"))] == ["东北", "民政局"]
    result = run_search(idx, SearchParams(q="东北 民政局"))
    assert not any(" OR " in m for m in result.messages)
    assert "中山" not in parse_query("珠三角 街道").must[0].alternatives
    assert "中山市" in parse_query("珠三角 街道").must[0].alternatives


def test_every_group_member_is_a_known_unit():
    """A misspelt member (内蒙 for 内蒙古) would drop out of its group silently."""
    from search.retrieval.places import REGION_GROUPS
    rows = [(line.split("\t") + ["", ""])[:3] for line in REGION_GROUPS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) > 10
    for names, provinces, cities in rows:
        members = [m for m in (provinces + "," + cities).split(",") if m.strip()]
        for name in names.split(","):
            assert len(group_units(name)) == len(members), (name, members)


def test_a_run_of_provinces_short_forms_is_the_group_of_those_provinces(idx):
    def names(text: str) -> set[str]:
        return {u.name for u in group_units(text)}

    # 川渝, 云贵川, 黑吉辽, 湘鄂赣 are in no table: the run of short forms says them.
    assert names("川渝") == {"四川省", "重庆市"} and names("川渝地区") == names("川渝")
    assert names("云贵川") == {"云南省", "贵州省", "四川省"}
    assert names("黑吉辽") == {"黑龙江省", "吉林省", "辽宁省"}
    # Two ordinary characters are a word (青云, 黑云, 藏青); a county's name is the county (青川, 新津); 宁 is
    # 宁夏 or 南京 (沪宁), so a run holding it is no group.
    for word in ("青云", "黑云", "藏青", "青川", "新津", "沪宁", "川川", "川渝黔滇桂"):
        assert names(word) == set(), word
    got = listed(idx, "苏浙沪 民政局")
    assert set(got[:2]) == {"杭州市西湖区民政局", "上海市黄浦区民政局"}
    assert set(listed(idx, "桂琼 乡政府")[:2]) == {"南宁市武鸣区城厢镇人民政府", "海口市秀英区长流镇人民政府"}


def test_a_group_inside_a_run_before_de_or_a_body_is_the_group(idx):
    # 华南的乡政府, 大西北的县政府: the group cut from the run, its members' names searched in its place.
    got = listed(idx, "华南的乡政府")
    assert set(got[:2]) == {"南宁市武鸣区城厢镇人民政府", "海口市秀英区长流镇人民政府"}
    assert {u.name for h in parse_query("大西北的县政府").place_hints for u in h.units} == {
        "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区"}
    assert [h.word for h in parse_query("东北乡镇").place_hints] == ["东北"]
    # Before anything else it is a name's part: a university, a street, a company.
    for typed in ("西北大学", "东北林业大学 年报", "东北街街道", "华北电力"):
        assert parse_query(typed).place_hints == [], typed


@pytest.mark.parametrize("typed", ["川渝", "川渝低保", "川渝的县政府", "云贵", "云贵 低保"])
def test_a_group_that_is_also_a_said_name_searches_each_member_once(typed):
    # 川渝 is a run of short forms and a 俗称 of place_names.tsv; 云贵 a group row and a 俗称: read by both, the
    # members' names stood twice in the OR, and counted twice in its score (review of session 20).
    for clause in parse_query(typed).must:
        assert len(clause.alternatives) == len(set(clause.alternatives)), clause.alternatives
