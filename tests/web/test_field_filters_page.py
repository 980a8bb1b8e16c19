"""level: and region: typed in the query box, on the page and in /api/search (session 37, web45): the facet shows the
value chosen, its link takes the filter out of the query, and a field the language lacks is named. The bodies'
function is made up (菌草 occurs nowhere in the corpus)."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import made_up_report, other_bodies, written

REPORTS = {
    "county.txt": made_up_report("淳安县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "city.txt": made_up_report("杭州市菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "other-province.txt": made_up_report("宁陵县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    **other_bodies(2),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("field-filters-page", written(REPORTS)).test_client()


def test_the_api_reads_a_typed_level_and_region(client):
    response = client.get("/api/search", query_string={"q": "菌草 level:county 地区:浙江"})
    assert response.status_code == 200
    data = response.get_json()
    assert [h["agency"] for h in data["hits"]] == ["淳安县菌草推广站"]
    chosen = {(name, v["value"]) for name, values in data["facets"].items() for v in values if v["selected"]}
    assert chosen == {("level", "county"), ("province", "浙江省")}
    county = next(v for v in data["facets"]["level"] if v["value"] == "county")
    assert parse_qs(urlsplit(county["toggle"]).query)["q"] == ["菌草 地区:浙江"]


def test_the_page_shows_the_typed_level_chosen(client):
    response = client.get("/", query_string={"q": "菌草 层级:县区级"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    chosen = re.search(r'<a id="f-level-county"[^>]*>', html)
    assert chosen and 'class="selected"' in chosen.group(0)
    assert "没有报告使用" not in html and "淳安县菌草推广站" in html and "宁陵县菌草推广站" in html


def test_the_page_names_an_unknown_field_escaped(client):
    response = client.get("/", query_string={"q": "菌草 type:<b>pdf</b>"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "不认识的筛选字段“type:”，已按普通词语搜索；可用的字段：机构: 年份: 部分: 层级: 地区:" in html
    assert "<b>pdf" not in html
    api = client.get("/api/search", query_string={"q": "菌草 lvl:县"}).get_json()
    assert any(m.startswith("不认识的筛选字段“lvl:”") for m in api["messages"]), api["messages"]


def test_the_page_and_the_api_say_a_field_read_as_words_alike(client):
    # QA 44 F2, F3, F6, F7: an empty field said nothing or quoted “地区:”, 级别:县 was one word, 浙江省杭州市 was words.
    for q in ("地区: 菌草", "level: 菌草"):
        api = client.get("/api/search", query_string={"q": q}).get_json()
        field = q.split()[0]
        assert f"筛选条件 {field} 后面没有值，已忽略（写法如 level:county、地区:浙江）。" in api["messages"]
        assert api["total"] == 3 and not any(f"“{field}”" in m for m in api["messages"])
        html = client.get("/", query_string={"q": q}).get_data(as_text=True)
        assert f"筛选条件 {field} 后面没有值" in html and f"“{field}”" not in html
    api = client.get("/api/search", query_string={"q": "菌草 地区:浙江省杭州市"}).get_json()
    assert sorted(h["agency"] for h in api["hits"]) == ["杭州市菌草推广站", "淳安县菌草推广站"]
    assert not any("无法理解" in m for m in api["messages"]), api["messages"]
    html = client.get("/", query_string={"q": "level:淳安县菌草推广站"}).get_data(as_text=True)
    assert "无法理解筛选条件 level:淳安县菌草推广站，已按普通词语“淳安县菌草推广站”搜索。" in html


def test_a_level_clicked_and_typed_is_removed_both_ways_by_its_chip(client):
    # Review 37 #3: clicked 县区级, then level:county typed (the form carries level=county): the chip's link kept the
    # typed level:county, so the filter stayed.
    import lxml.html

    html = client.get("/", query_string={"q": "level:county 菌草", "level": "county"}).get_data(as_text=True)
    chip = lxml.html.fromstring(html).xpath("//a[@class='chip'][contains(., '县区级')]/@href")
    assert len(chip) == 1
    assert parse_qs(urlsplit(chip[0]).query) == {"q": ["菌草"]}
    data = client.get("/", query_string=parse_qs(urlsplit(chip[0]).query)).get_data(as_text=True)
    assert "杭州市菌草推广站" in data  # the city's body is back: no level chosen any more


def test_a_short_name_a_province_and_a_city_share_says_which_was_read(client):
    # Review 37 #8: region:吉林 chose 吉林省 in silence, though 吉林市 is a city too.
    note = "“region:吉林”按吉林省理解；要看吉林市，请写 region:吉林市。"
    data = client.get("/api/search", query_string={"q": "菌草 region:吉林"}).get_json()
    assert note in data["messages"]
    assert {v["value"] for v in data["facets"]["province"] if v["selected"]} == {"吉林省"}
    assert "“地区:海南”按海南省理解；要看海南藏族自治州，请写 地区:海南藏族自治州。" in client.get(
        "/", query_string={"q": "菌草 地区:海南"}).get_data(as_text=True)
    for q in ("菌草 region:吉林市", "菌草 region:吉林省", "菌草 地区:浙江"):
        assert not any("理解；要看" in m for m in client.get("/api/search", query_string={"q": q}).get_json()["messages"])
