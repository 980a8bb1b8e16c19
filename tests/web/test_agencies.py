"""/agencies, /agencies/<id> and their JSON twins over HTTP, on a real index of made-up reports
(tests/agency_corpus.py): the region tree and kinds with counts, the name box, paging, a search's
bodies, the body page's years, checks, reforms and links, and the report page's other years."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

import pytest

from search.output.links import short_link
from tests.agency_corpus import write_agency_corpus

HEALTH = "320300:卫生健康委员会"


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("agencies", write_agency_corpus).test_client()


def page(client, path: str, **headers) -> str:
    response = client.get(path, headers=headers)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def json(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_json()


def listed(html: str) -> list[str]:
    """The bodies a /agencies page lists, by name."""
    return [unescape(n) for n in re.findall(r'<li class="agency-item">\s*<h3><a href="[^"]+">([^<]+)</a>', html)]


def choices(html: str, facet: str) -> dict[str, int]:
    """A facet's labels and counts on a /agencies page."""
    block = re.search(rf'<section class="facet facet-{facet}".*?</section>', html, re.S).group(0)
    return {unescape(label): int(count) for label, count in
            re.findall(r'<span class="label">([^<]+)</span>.*?<span class="count">(\d+)', block, re.S)}


def test_the_tree_lists_provinces_then_cities_then_counties(client):
    top = json(client, "/api/agencies")
    assert top["page"] is None and top["total"] == len(top["agencies"]) > 50  # no page: every body
    places = {p["label"]: p for p in top["places"]}
    assert places["中央"]["count"] == 2  # 海关总署 and 海关总署(本级机关): a system and its headquarters
    # Two 七里坪镇 reports nothing places (the 扶贫开发领导小组办公室 is read and placed since issue 15's round 3).
    # 江苏省: four bodies of the series and the other examples, and two of the province's own reform of 2018 (its
    # 经信委 and 工信厅: a merger keeps them apart).
    assert places["江苏省"]["count"] == 6 and places["所在地未能识别"]["count"] == 2
    assert sum(p["count"] for p in top["places"]) == top["total"]
    jiangsu = json(client, "/api/agencies?place=320000")
    assert {p["label"]: p["count"] for p in jiangsu["places"]} == {"徐州市": 3, "淮安市": 1}
    assert [p["label"] for p in jiangsu["place"]] == ["江苏省"]
    xuzhou = json(client, "/api/agencies?place=320300")
    assert {a["name"] for a in xuzhou["agencies"]} == {"徐州市卫生健康委员会", "徐州市工商行政管理局",
                                                      "徐州市市场监督管理局"}
    assert [p["label"] for p in xuzhou["place"]] == ["江苏省", "徐州市"]
    # A 直辖市's districts sit right under it.
    assert {p["label"] for p in json(client, "/api/agencies?place=110000")["places"]} == {"朝阳区"}


def test_kinds_count_bodies_in_the_chosen_place_and_the_tree_counts_the_chosen_kind(client):
    html = page(client, "/agencies?place=320000&kind=卫生健康委员会")
    assert listed(html) == ["徐州市卫生健康委员会"]
    assert choices(html, "place") == {"徐州市": 1}  # the tree counts the chosen kind only
    assert choices(html, "kind")["市场监督管理局"] == 1  # kinds ignore their own choice
    assert 'class="selected" aria-current="true">\n  <span class="label">卫生健康委员会' in html


def test_the_name_box_finds_any_spelling_and_abbreviations(client):
    for name in ("徐州 卫健委", "徐州 卫计委", "徐州市卫生和计划生育委员会"):
        assert listed(page(client, f"/agencies?name={quote(name)}")) == ["徐州市卫生健康委员会"], name
    # Without a place, 卫计委 is every body of that function's line: its successor's and its predecessors'.
    health = listed(page(client, "/agencies?name=" + quote("卫计委")))
    assert {"徐州市卫生健康委员会", "兰州市城关区卫生健康局", "海盐县人口和计划生育委员会"} <= set(health)
    assert not any("民政" in name or "市场" in name for name in health)
    assert listed(page(client, "/agencies?name=" + quote("没有这个机构"))) == []


def test_a_name_cut_to_its_length_says_so(client):
    long_name = "徐州 卫健委" + "的" * 60
    assert "机构名称过长（超过 50 个字符），只使用了前面的部分，忽略了末尾的：" in page(client, "/agencies?name=" + quote(long_name))
    assert "机构名称过长" not in page(client, "/agencies?name=" + quote("徐州 卫健委"))


def test_a_name_is_cut_between_words_says_what_it_left_out_and_is_quoted_as_other_echoes(client):
    """QA 36 #8: the cut fell inside a word (…人民政府徐), said nothing of what it left out, the quotes ran to 50
    characters where other echoes stop at 40 with …, and spaces counted: 徐州 + 60 spaces + 卫健委 lost 卫健委."""
    html = page(client, "/agencies?name=" + quote("徐州市人民政府" * 8))  # 56 characters, no body of that name
    assert "忽略了末尾的：徐州市人民政府。" in html
    assert 'value="' + "徐州市人民政府" * 7 + '"' in html  # whole words: 49 characters, not 50 ending in 徐
    assert "没有名称或地区与“" + ("徐州市人民政府" * 7)[:39] + "…”相符的机构。" in html
    assert "在报告全文中搜索“" + ("徐州市人民政府" * 7)[:39] + "…”" in html
    two_words = "徐州市人民政府" * 7 + " 卫健委"  # the second word crosses the cap: left out whole
    assert "忽略了末尾的：卫健委。" in page(client, "/agencies?name=" + quote(two_words))
    spaced = page(client, "/agencies?name=" + quote("徐州" + " " * 60 + "卫健委"))
    assert "机构名称过长" not in spaced and listed(spaced) == ["徐州市卫生健康委员会"]


def test_a_name_of_one_word_over_the_cap_lists_no_body(client):
    """QA 38 #2: one word over 50 characters kept nothing and then every body was listed; the search lists nothing."""
    data = json(client, "/api/agencies?name=" + "x" * 60)
    assert data["total"] == 0 and data["agencies"] == [] and any("没有可查找的部分" in m for m in data["messages"])
    assert json(client, "/api/agencies?name=" + quote("徐州 卫健委"))["total"] >= 1


def test_pages_of_fifty_with_every_parameter_kept(client):
    first = page(client, "/agencies?year_from=2000")
    total = int(re.search(r"共 <strong>(\d+)</strong> 个机构", first).group(1))
    whole = json(client, "/api/agencies?year_from=2000")
    assert whole["total"] == total > 50 and len(whole["agencies"]) == total
    second = page(client, "/agencies?year_from=2000&page=2")
    assert set(listed(first)).isdisjoint(listed(second)) and len(listed(first)) == 50
    assert 'href="/agencies?year_from=2000&amp;page=2"' in first
    assert '<ol class="agency-list" start="51">' in second
    paged = json(client, "/api/agencies?year_from=2000&page=2")
    assert paged["page"] == 2 and paged["per_page"] == 50 and len(paged["agencies"]) == total - 50
    assert json(client, "/api/agencies?page=999")["page"] == 2  # past the end: the last page


def test_a_search_lists_the_bodies_of_its_reports(client):
    data = json(client, "/api/agencies?year=2019&place=320300")
    assert {a["name"]: [r["matched"] for r in a["reports"]] for a in data["agencies"]} == {
        "徐州市卫生健康委员会": [True, False, False], "徐州市市场监督管理局": [True]}  # newest first
    html = page(client, "/agencies?year=2019&place=320300")
    assert "只列出符合搜索条件（2019 年）的报告所属的机构" in html and "1 份符合搜索条件" in html
    assert 'href="/?year=2019"' in html  # the reports themselves


def test_bad_browse_values_never_fail(client):
    for query in ("place=abc", "page=x", "page=99999", "kind=" + "长" * 300, "name=%00%01", "place=999999"):
        html = page(client, f"/agencies?{query}")
        assert "<h1" in html, query
    assert "忽略了无效的地区代码" in page(client, "/agencies?place=abc")


def test_the_agency_page_shows_every_year_as_written_and_the_checks(client):
    html = page(client, "/agencies/" + quote(HEALTH))
    assert "<h1 class=\"page-title\">徐州市卫生健康委员会</h1>" in html
    table = re.search(r'<table class="stats[^"]*" id="agency-reports">.*?</table>', html, re.S).group(0)
    assert re.findall(r"<td>([^<]+)</td>", table) == ["徐州市卫生健康委员会", "徐州市卫计委", "徐州市卫生和计划生育委员会"]
    assert table.count("与上一份比较") == 2 and table.count('href="/reports/') >= 3 + 18  # years and parts
    steps = re.findall(r'<li class="step step-(\w+)" data-from="(\d+)" data-to="(\d+)">', html)
    assert steps == [("ok", "2017", "2018"), ("issues", "2018", "2019")]
    assert "按上一年应为 <b>2</b>，本年报告为 <b>3</b>" in html
    assert "卫生和计划生育委员会于 2018 年更名为卫生健康委员会" in html
    assert html.count('<svg class="chart"') == 6 and 'id="trend-table"' in html


def test_the_agency_page_links_its_feed_json_and_other_pages(client):
    html = page(client, "/agencies/" + quote(HEALTH))
    feed = f"/agencies/{HEALTH}/feed"  # (a link writes its Chinese as characters: search/output/links.py)
    assert f'<link rel="alternate" type="application/atom+xml" title="徐州市卫生健康委员会的新报告" href="{feed}">' in html
    assert f'<a class="feed-link" href="{feed}" type="application/atom+xml">' in html
    agency = short_link(quote(HEALTH, safe=""))  # 320300%3A卫生健康委员会: the colon stays an escape
    for link in (f"/api/agencies/{quote(HEALTH, safe=':')}", f"/?agency={agency}", f"/trends?agency={agency}",
                 f"/stats?agency={agency}", f"/quality?agency={agency}"):
        assert f'href="{link}"' in html, link
        assert client.get(unescape(link)).status_code == 200, link
    assert 'type="checkbox" name="fig" value="requests_new" checked' in html
    chosen = page(client, "/agencies/" + quote(HEALTH) + "?fig=litigation_total")
    assert chosen.count('<svg class="chart"') == 1


def test_a_merged_body_links_its_successor_and_back(client):
    market = page(client, "/agencies/" + quote("320300:市场监督管理局"))
    assert re.search(r'由 <a href="/agencies/320300:工商[^"]*">徐州市工商行政管理局</a> 并入', market)
    assert "只有一个年度的报告" in market  # never compared with the 工商局's 2018 report
    aic = page(client, "/agencies/" + quote("320300:工商行政管理局"))
    assert re.search(r'2018 年并入市场监督管理局（本站所列：<a href="/agencies/320300:市[^"]*">徐州市市场监督管理局</a>）', aic)


def test_a_merger_names_the_body_of_its_day_and_the_reports_published_after_it(indexes):
    """QA 37 #5: 卫生局's 2013 merger named today's 卫生健康委员会 (the 2018 rename), and said nothing of the bureau's own
    2014 report after it (local mergers came later than the national reform the table dates)."""
    from tests.conftest import made_up_report, written

    reports = {"old.txt": made_up_report("固原市卫生局", 2012, {1: "全年主动公开政府信息60条。"}),
               "late.txt": made_up_report("固原市卫生局", 2014, {1: "全年主动公开政府信息50条。"}),
               "new.txt": made_up_report("固原市卫生健康委员会", 2019, {1: "全年主动公开政府信息70条。"})}
    client = indexes.app("agency-merger-then", written(reports)).test_client()
    html = unescape(page(client, "/agencies/" + quote("640400:卫生局")))
    assert re.search(r'2013 年并入卫生和计划生育委员会（本站所列：<a href="[^"]*">固原市卫生健康委员会</a>）', html)
    assert "各地合并往往晚一两年：本机构 2014 年仍以原名发布报告" in html
    data = client.get("/api/agencies/" + quote("640400:卫生局")).get_json()
    merged = [r for r in data["related"] if r["kind"] == "merged_into"]
    assert [(r["named_then"], r["own_reports_after"]) for r in merged] == [("卫生和计划生育委员会", [2014])]


def test_an_unidentified_body_says_so_and_is_alone(client):
    towns = [a for a in json(client, "/api/agencies?place=unresolved")["agencies"] if a["name"] == "七里坪镇"]
    assert len(towns) == 2 and all(len(t["reports"]) == 1 and t["place"] is None for t in towns)
    html = page(client, towns[0]["url"].removeprefix("http://localhost"))
    assert "没有与任何其他报告归为同一机构" in html


def test_the_agency_json_has_figures_by_year_continuity_and_reforms(client):
    data = json(client, "/api/agencies/" + quote(HEALTH))
    assert data["name"] == "徐州市卫生健康委员会" and data["place"] == "江苏省 徐州市" and data["place_code"] == "320300"
    # the reports as the page lists them, newest first (QA 34 #8); the figures' years run oldest first, as charts do
    assert [r["agency"] for r in data["reports"]] == ["徐州市卫生健康委员会", "徐州市卫计委", "徐州市卫生和计划生育委员会"]
    assert [r["year"] for r in data["reports"]] == [2019, 2018, 2017]
    html = page(client, "/agencies/" + quote(HEALTH))
    assert [html.index(f'/reports/{r["report_id"]}"') for r in data["reports"]] == sorted(
        html.index(f'/reports/{r["report_id"]}"') for r in data["reports"])
    assert data["figures"]["years"] == [2017, 2018, 2019]
    new = next(s for s in data["figures"]["series"] if s["key"] == "requests_new")
    assert [p["value"] for p in new["points"]] == [4, 6, 5]
    assert len(data["figures"]["series"]) == 13  # every figure, whatever the page shows
    assert [(s["from_year"], s["to_year"], s["status"]) for s in data["continuity"]] == [(2017, 2018, "ok"),
                                                                                         (2018, 2019, "issues")]
    assert data["renames"][0]["changes"][0]["new"] == "卫生健康委员会"
    market = json(client, "/api/agencies/" + quote("320300:市场监督管理局"))
    assert [(r["kind"], r["name"], r["in_index"]) for r in market["related"]] == [
        ("merged_from", "徐州市工商行政管理局", True)]
    assert client.get("/api/agencies/" + quote("320300:没有这个机构")).status_code == 404
    assert client.get("/agencies/" + quote("320300:没有这个机构")).status_code == 404


def test_the_report_page_lists_the_body_s_years_by_identity(client):
    reports = {r["year"]: r["report_id"] for r in json(client, "/api/agencies/" + quote(HEALTH))["reports"]}
    html = page(client, f"/reports/{reports[2018]}")
    years = re.search(r'<nav class="years".*?</nav>', html, re.S).group(0)
    assert '<span aria-current="page">2018</span>' in years
    assert f'href="/reports/{reports[2017]}">2017</a> <span class="as-written">（徐州市卫生和计划生育委员会）</span>' in years
    assert f'href="/reports/{reports[2019]}">2019</a> <span class="as-written">（徐州市卫生健康委员会）</span>' in years
    assert f'<a class="agency-link" href="/agencies/{HEALTH}">机构页面（3 份报告）</a>' in html


def test_the_agency_facet_names_bodies_by_their_latest_name(client):
    data = json(client, "/api/search?q=&agency=" + quote("徐州市卫计委"))
    assert data["total"] == 3
    [chosen] = [f for f in data["facets"]["agency"] if f["selected"]]
    assert chosen["value"] == HEALTH and chosen["label"] == "徐州市卫生健康委员会"
    assert {h["agency_id"] for h in data["hits"]} == {HEALTH}


def test_agency_pages_have_no_inline_script_or_style(client):
    for path in ("/agencies", "/agencies?place=320000", "/agencies/" + quote(HEALTH)):
        html = page(client, path)
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert not re.search(r"\sstyle=", html) and "<style" not in html, path


@pytest.fixture(scope="module")
def openings(indexes):
    from tests.conftest import made_up_report, written

    # Two years of a body whose pages were kept only to their opening: no table, so no figure.
    reports = {f"opening-{year}.txt": made_up_report("中卫市民政局", year, {1: "本局全年主动公开政府信息60条。"})
               for year in (2020, 2021)}
    return indexes.app("agency-openings", written(reports)).test_client()


def test_a_body_without_any_figure_read_says_so_instead_of_drawing_empty_charts(openings, client):
    listing = json(openings, "/api/agencies")
    body = next(a for a in listing["agencies"] if a["name"] == "中卫市民政局")
    html = page(openings, "/agencies/" + quote(body["id"]))
    assert '<svg class="chart"' not in html and 'id="trend-table"' not in html
    assert "这些报告中没有读到所选指标的数字" in html
    # A body with figures keeps its charts and no such sentence.
    full = page(client, "/agencies/" + quote(HEALTH))
    assert '<svg class="chart"' in full and "没有读到所选指标的数字" not in full


def test_the_name_box_does_not_find_a_function_inside_人民政府(indexes):
    from tests.conftest import made_up_report, written

    reports = {"gov.txt": made_up_report("固原市人民政府", 2021, {1: "全年主动公开政府信息60条。"}),
               "civil.txt": made_up_report("固原市民政局", 2021, {1: "本局全年主动公开政府信息30条。"}),
               "tax.txt": made_up_report("国家税务总局固原市税务局", 2021, {1: "本局全年主动公开政府信息20条。"})}
    named = indexes.app("agency-name-box", written(reports)).test_client()
    assert listed(page(named, "/agencies?name=" + quote("民政"))) == ["固原市民政局"]
    assert listed(page(named, "/agencies?name=" + quote("人民政府"))) == ["固原市人民政府"]
    assert listed(page(named, "/agencies?name=" + quote("政府"))) == ["固原市人民政府"]
    assert listed(page(named, "/agencies?name=" + quote("税务"))) == ["国家税务总局固原市税务局"]


def test_the_name_box_reads_a_function_across_the_reforms(indexes):
    """卫计委 typed finds a body the index knows only as a 卫生健康局 (renamed in 2018), 卫健委 one it knows only as a
    卫生局 (merged into 卫计委 in 2013); the search reads them as one function, so the name box does too."""
    from tests.conftest import made_up_report, written

    reports = {"health.txt": made_up_report("固原市卫生健康局", 2021, {1: "本局全年主动公开政府信息60条。"}),
               "old.txt": made_up_report("中卫市卫生局", 2011, {1: "本局全年主动公开政府信息30条。"}),
               "civil.txt": made_up_report("固原市民政局", 2021, {1: "本局全年主动公开政府信息20条。"})}
    named = indexes.app("agency-name-box-reforms", written(reports)).test_client()
    assert sorted(listed(page(named, "/agencies?name=" + quote("卫计委")))) == ["中卫市卫生局", "固原市卫生健康局"]
    assert sorted(listed(page(named, "/agencies?name=" + quote("卫健委")))) == ["中卫市卫生局", "固原市卫生健康局"]
    assert listed(page(named, "/agencies?name=" + quote("固原 卫计委"))) == ["固原市卫生健康局"]
    assert listed(page(named, "/agencies?name=" + quote("民政局"))) == ["固原市民政局"]


@pytest.fixture(scope="module")
def mentions(indexes):
    from tests.conftest import made_up_report, written

    # Two governments whose reports mention the 发改委 sit before the 发改 bodies in region order (银川 before 中卫).
    reports = {"gov.txt": made_up_report("银川市人民政府", 2021, {1: "会同市发改委公开重大项目信息12条。"}),
               "gov2.txt": made_up_report("银川市兴庆区人民政府", 2021, {1: "区发改委公开价格信息5条。"}),
               "ndrc.txt": made_up_report("中卫市发展和改革委员会", 2021, {1: "本委全年主动公开政府信息30条。发改委网站更新。"}),
               "ndrc2.txt": made_up_report("固原市发展和改革局", 2022, {1: "发改委全年主动公开政府信息20条。"}),
               "civil.txt": made_up_report("固原市民政局", 2021, {1: "本局全年主动公开政府信息20条。"})}
    return indexes.app("agency-mentions", written(reports)).test_client()


def test_bodies_the_words_name_come_before_bodies_whose_reports_mention_them(mentions):
    """QA 31 #7: /agencies?q=发改委 listed the governments mentioning it first (region order); the bodies the words
    name, read through the abbreviation table as the name box reads them, come first now, and the page says so."""
    html = page(mentions, "/agencies?q=" + quote("发改委"))
    shown = listed(html)
    assert sorted(shown[:2]) == ["中卫市发展和改革委员会", "固原市发展和改革局"]
    assert sorted(shown[2:]) == ["银川市人民政府", "银川市兴庆区人民政府"]
    assert "名称与“发改委”相符的 2 个机构排在前面" in unescape(html)
    api = json(mentions, "/api/agencies?q=" + quote("发改委"))
    assert sorted(a["name"] for a in api["agencies"][:2]) == ["中卫市发展和改革委员会", "固原市发展和改革局"]


def test_the_name_box_example_is_a_body_of_the_index_and_an_empty_page_has_no_search_notes(mentions):
    """QA 31 #13: the example (徐州 卫健委) found nothing on an index without 徐州; it is taken from the index. A search
    listing no body shows none of the search page's notes on its order, nor the 地区和机构类型 lists of nothing."""
    html = page(mentions, "/agencies")
    example = re.search(r'placeholder="名称或地名，如：([^"]+)"', html).group(1)
    assert listed(page(mentions, "/agencies?name=" + quote(example)))
    empty = unescape(page(mentions, "/agencies?q=" + quote("徐州 卫健委")))
    assert 'id="agency-filters"' not in empty and "没有符合条件的机构" in empty
    assert 'id="agency-filters"' in page(mentions, "/agencies?kind=" + quote("民政局") + "&q=" + quote("徐州 卫健委"))
    # The search page's note on its order (2021 年的报告排在前面) describes no list here: this one is by region.
    assert "排在前面" in "".join(json(mentions, "/api/search?q=" + quote("发改委 2021"))["messages"])
    assert not any("报告排在前面" in m for m in json(mentions, "/api/agencies?q=" + quote("发改委 2021"))["messages"])


def test_a_body_filed_apart_by_本级_links_the_other_both_ways(indexes):
    """QA 32: 海关总署 (before the 2019 template) and 海关总署(本级机关) since were two bodies with no link, so the body
    could not be followed over the years. They stay apart (本级 leaves out the units under it) but each links the other."""
    from tests.conftest import made_up_report, written

    reports = {"own.txt": made_up_report("固原市林草管护局(本级机关)", 2021, {1: "全年主动公开政府信息60条。"}),
               "whole.txt": made_up_report("固原市林草管护局", 2017, {1: "全年主动公开政府信息30条。"}),
               "other.txt": made_up_report("固原市民政局", 2021, {1: "本局全年主动公开政府信息30条。"})}
    client = indexes.app("agency-own-offices", written(reports)).test_client()
    own, whole = "640400:林草管护局本级", "640400:林草管护局"
    for this, other, name in ((own, whole, "固原市林草管护局"), (whole, own, "固原市林草管护局(本级机关)")):
        body = page(client, "/agencies/" + quote(this))
        assert "同一机关的报告也以另一名称列出" in body and f'href="/agencies/{quote(other, safe=":")}"' in body
        data = client.get("/api/agencies/" + quote(this)).get_json()
        assert [(o["id"], o["name"]) for o in data["own_offices"]] == [(other, name)]
    assert "同一机关的报告也以另一名称列出" not in page(client, "/agencies/" + quote("640400:民政局"))


def test_a_customs_and_its_districts_report_link_each_other_and_say_why_they_are_apart(indexes):
    """A 直属海关 named after its city gets no level from the parser, yet its name places it; the district's report
    (…海关关区: the customs and the offices under it) is filed apart, like 本级, and the two pages link each other."""
    from tests.conftest import made_up_report, written

    reports = {"area.txt": made_up_report("固原海关关区", 2021, {1: "全年主动公开政府信息60条。"}),
               "area2.txt": made_up_report("固原海关关区", 2022, {1: "全年主动公开政府信息70条。"}),
               "alone.txt": made_up_report("固原海关", 2017, {1: "全年主动公开政府信息30条。"})}
    client = indexes.app("agency-customs-area", written(reports)).test_client()
    area, alone = "640400:海关关区", "640400:海关"
    data = client.get("/api/agencies/" + quote(area)).get_json()
    assert data["resolved"] and [r["year"] for r in data["reports"]] == [2022, 2021]  # one body over the years
    assert [(o["id"], o["note"]) for o in data["own_offices"]] == [(alone, "“关区”报告包含海关及其所属各海关，两者的数字口径不同，故分列。")]
    body = page(client, "/agencies/" + quote(alone))
    assert f'href="/agencies/{quote(area, safe=":")}"' in body and "“关区”报告包含海关及其所属各海关" in body
    assert {client.get("/api/agencies/" + quote(i)).get_json()["kind"] for i in (area, alone)} == {"海关"}


def test_a_provincial_merger_is_not_called_the_national_reform(indexes):
    """Review 34 #5: the note on reports after a merger named every reform the national one; a province's merger
    (agency_renames.tsv scope 44: 经济和信息化委员会 -> 工业和信息化局, 2018) is its reform plan's."""
    from tests.conftest import made_up_report, written

    reports = {"old.txt": made_up_report("汕尾市经济和信息化委员会", 2017, {1: "全年主动公开政府信息60条。"}),
               "late.txt": made_up_report("汕尾市经济和信息化委员会", 2019, {1: "全年主动公开政府信息50条。"})}
    client = indexes.app("agency-merger-province", written(reports)).test_client()
    data = client.get("/api/agencies?name=" + quote("经济和信息化")).get_json()
    (body,) = [a for a in data["agencies"] if a["name"] == "汕尾市经济和信息化委员会"]
    html = unescape(page(client, "/agencies/" + quote(body["id"])))
    assert "这是该省机构改革方案的时间" in html and "本机构 2019 年仍以原名发布报告" in html
    assert "全国机构改革" not in html
