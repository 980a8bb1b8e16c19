"""Trends, comparison and checks across reports, on an index of the samples plus reports derived
from one of them (tests/stats_corpus.py): 吴忠市民政局 2021-2023 and a copy under another name."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from lxml import html as lxml_html

from search.figures.compare_finder import ALL_CHOSEN, NO_BODY, NO_YEAR, OTHERS, Candidate, _heading
from search.retrieval.params import SearchParams
from search.figures.quality import build_quality
from tests.stats_corpus import AGENCY, COPYCAT, EXPECTED


@pytest.fixture(scope="module")
def dclient(indexes):
    return indexes.app("derived").test_client()


@pytest.fixture(scope="module")
def dsearcher(indexes):
    return indexes.searcher("derived")


@pytest.fixture(scope="module")
def ids(dclient):
    rows = dclient.get("/api/stats").get_json()["rows"]
    return {(r["agency"], r["year"]): r["report_id"] for r in rows}


def test_derived_reports_are_read_as_written(dclient):
    rows = {(r["agency"], r["year"]): r for r in dclient.get(f"/api/stats?agency={AGENCY}").get_json()["rows"]}
    assert set(rows) == set(EXPECTED)
    for key, figures in EXPECTED.items():
        for name, value in figures.items():
            assert rows[key]["values"][name] == value, (key, name)


def test_pooled_rates_totals_and_medians_for_one_agency(dclient):
    data = dclient.get(f"/api/stats?agency={AGENCY}").get_json()
    assert data["totals"]["requests_new"] == 1 + 5 + 8
    assert data["medians"]["requests_new"] == 5
    assert data["totals"]["rate_disclosed"] == round(100 * (0 + 3 + 6) / (1 + 5 + 7), 2)  # Σ disclosed ÷ Σ handled
    rows = {r["year"]: r["values"] for r in data["rows"]}
    assert rows[2022]["rate_disclosed"] == 60.0 and rows[2022]["rate_partly_disclosed"] == 20.0
    assert rows[2023]["rate_refused_third_party"] == round(100 / 7, 2)
    assert rows[2023]["rate_reconsideration_corrected"] == 100.0  # 1 corrected of 1 decided
    assert rows[2021]["rate_reconsideration_corrected"] is None  # no decided case: no rate, not 0


def test_continuity_between_years(dclient, ids):
    data = dclient.get("/api/quality").get_json()
    issues = {(i["year"], i["rule"]): i for i in data["continuity"]["issues"] if i["agency"] == AGENCY}
    assert set(issues) == {(2023, "carried_over"), (2023, "in_force_normative_docs")}
    carried = issues[(2023, "carried_over")]
    assert (carried["expected"], carried["found"]) == (0, 1)  # 2022 carried 0 forward; 2023 says 1 came over
    assert carried["other_id"] == ids[(AGENCY, 2022)]
    in_force = issues[(2023, "in_force_normative_docs")]
    assert (in_force["expected"], in_force["found"]) == (3 + 1 - 1, 4)
    assert data["continuity"]["pairs"] == 2  # 2021→2022, 2022→2023
    # The 2022 report, continuing 2021 correctly, has no continuity issue.
    assert not [i for i in data["continuity"]["issues"] if i["year"] == 2022]


def test_continuity_looks_outside_the_selection_for_last_year(dclient):
    data = dclient.get("/api/quality?year=2023").get_json()
    assert data["total"] == 1
    assert {i["rule"] for i in data["continuity"]["issues"]} == {"carried_over", "in_force_normative_docs"}


def test_prose_against_tables(dclient):
    issues = dclient.get("/api/quality").get_json()["prose"]["issues"]
    found = {(i["year"], i["rule"], i["expected"], i["found"]) for i in issues if i["agency"] == AGENCY}
    assert found == {
        (2022, "requests_count", 1, 5),  # 收到依申请公开1件, table 5
        (2023, "requests_count", 1, 8),
        (2023, "no_reconsideration", 0, 1),  # 未发生…行政复议, table 1
    }
    assert all("收到依申请公开1件" in i["text"] or "行政复议" in i["text"] for i in issues)


def test_near_identical_reports_are_found_with_their_passages(dclient, ids):
    similar = dclient.get("/api/quality").get_json()["similar"]
    pairs = {frozenset((p["a"]["report_id"], p["b"]["report_id"])): p for p in similar["pairs"]}
    wuzhong = [ids[(AGENCY, y)] for y in (2021, 2022, 2023)]
    copy = ids[(COPYCAT, 2021)]
    expected = {frozenset((a, b)) for a in wuzhong + [copy] for b in wuzhong + [copy] if a < b}
    assert set(pairs) == expected  # and no pair between the five real, separately written samples
    same = pairs[frozenset((wuzhong[0], wuzhong[1]))]
    assert same["same_agency"] is True and same["share"] >= 0.95
    assert same["a"]["year"] == 2021  # the earlier report first
    cross = pairs[frozenset((wuzhong[0], copy))]
    assert cross["same_agency"] is False and cross["share"] >= 0.95
    assert cross["passages"] and all(len(p) > 20 for p in cross["passages"])
    assert any("政府信息公开" in p for p in cross["passages"])


def test_a_report_rewritten_is_not_a_copy(dsearcher):
    report = build_quality(dsearcher, SearchParams(province=("浙江省",)))
    assert report.similarity.pairs == []
    assert report.similarity.reports == 1


def test_quality_page_shows_every_kind_of_check(dclient):
    body = dclient.get(f"/quality?agency={AGENCY}").get_data(as_text=True)
    for text in ("上年结转申请（2022 年报告的结转下年度继续办理）", "文字称未发生行政复议", "同一机构", "逐部分比较",
                 "与上一年比较"):
        assert text in body, text


def chart_and_table(body: str, key: str) -> tuple[dict, dict]:
    doc = lxml_html.fromstring(body)
    [svg] = doc.xpath(f"//svg[@data-figure='{key}']")
    chart = {int(g.get("data-year")): g.get("data-value") for g in svg.xpath(".//g[@data-year]")}
    table = {int(td.getparent().get("data-year")): td.get("data-value")
             for td in doc.xpath(f"//table[@id='trend-table']//td[@data-figure='{key}']")}
    return chart, table


def test_trend_of_one_agency_chart_matches_table(dclient):
    response = dclient.get(f"/trends?agency={AGENCY}&fig=requests_new&fig=rate_disclosed&fig=reconsideration_total")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    for key in ("requests_new", "rate_disclosed", "reconsideration_total"):
        chart, table = chart_and_table(body, key)
        assert chart == table and sorted(chart) == [2021, 2022, 2023], key
    chart, _ = chart_and_table(body, "requests_new")
    assert chart == {2021: "1", 2022: "5", 2023: "8"}
    doc = lxml_html.fromstring(body)
    svg = doc.xpath("//svg[@data-figure='requests_new']")[0]
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.get("role") == "img"
    assert doc.get_element_by_id(title_id).text == "本年新收申请"
    assert "2023 年 8" in doc.get_element_by_id(desc_id).text
    # the bars grow with the values
    heights = {int(g.get("data-year")): float(g.xpath("./rect")[0].get("height")) for g in svg.xpath(".//g[@data-year]")}
    assert heights[2021] < heights[2022] < heights[2023]
    assert "style=" not in body.split("<main")[1]  # CSP: no inline style


def test_trend_chart_leaves_out_the_years_before_its_first_value(dclient):
    body = dclient.get(f"/trends?agency={AGENCY}&fig=rate_reconsideration_corrected").get_data(as_text=True)
    chart, table = chart_and_table(body, "rate_reconsideration_corrected")
    assert sorted(chart) == [2023] and sorted(table) == [2021, 2022, 2023]  # the table keeps every year
    assert "2021–2022 年无数据，图中略去。" in body


def test_trend_of_the_selection_adds_up_each_year(dclient):
    data = dclient.get("/api/trends?fig=requests_new").get_json()
    assert data["agency"] is None
    points = {p["year"]: p for p in data["series"][0]["points"]}
    assert points[2021]["value"] == 2 and points[2021]["reports"] == 2  # 吴忠市 and its copy
    assert points[2020]["value"] == 1 and points[2020]["of"] == 3  # samples 000, 002, 003
    assert points[2019]["value"] == 0


def test_trend_ignores_the_year_filter_and_bad_figures(dclient):
    data = dclient.get(f"/api/trends?agency={AGENCY}&year=2022&fig=bogus").get_json()
    assert data["years"] == [2021, 2022, 2023]
    assert any("已忽略年份筛选" in m for m in data["messages"])
    assert any("忽略了未知的指标" in m for m in data["messages"])
    assert [s["key"] for s in data["series"]][:2] == ["requests_new", "rate_disclosed"]  # the defaults


def test_compare_aligns_figures_and_marks_changes(dclient, ids):
    first, last = ids[(AGENCY, 2021)], ids[(AGENCY, 2023)]
    data = dclient.get(f"/api/compare?id={last}&id={first}").get_json()
    assert [r["year"] for r in data["reports"]] == [2021, 2023]  # oldest first, whatever the order asked
    part3 = data["parts"][2]
    lines = {line["key"]: line for line in part3["lines"]}
    assert lines["requests_new"]["values"] == [1, 8] and lines["requests_new"]["changes"] == [None, "+7"]
    assert lines["requests_new"]["differs"] is True
    assert lines["outcome_refused_state_secret"]["differs"] is False
    assert lines["outcome_unavailable_not_held"]["changes"] == [None, "−1"]
    assert lines["rate_disclosed"]["changes"][1] == "+85.7 个百分点"
    part4 = {line["key"]: line for line in data["parts"][3]["lines"]}
    assert part4["reconsideration_corrected"]["values"] == [0, 1]
    assert data["parts"][0]["texts"][1]["shared_share"] >= 0.95  # part 一 copied word for word
    only = dclient.get(f"/api/compare?id={first}&id={last}&only=diff").get_json()
    assert all(line["differs"] for part in only["parts"] for line in part["lines"])
    assert len(only["parts"][2]["lines"]) < len(part3["lines"])


def test_compare_page_marks_differences_and_shared_text(dclient, ids):
    query = "&".join(f"id={ids[(AGENCY, y)]}" for y in (2021, 2022, 2023))
    response = dclient.get(f"/compare?{query}")
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.get_data(as_text=True))
    assert len(doc.xpath("(//table[contains(@class,'compare')])[1]/thead//th")) == 4
    differing = doc.xpath("//section[@id='part-3']//tr[contains(@class,'differs')]/th/text()")
    assert "一、本年新收政府信息公开申请数量" in [t.strip() for t in differing]
    assert doc.xpath("//section[@id='part-3']//span[contains(@class,'change')][text()='+4']")
    assert doc.xpath("//section[@id='part-1']//mark[contains(@class,'shared')]")


@pytest.mark.parametrize("query,message", [
    ("", "请选择 2 到 4 份报告"),
    ("id=abc123", "找不到报告 abc123"),
    ("id=<script>", "忽略了无效的报告编号"),
])
def test_compare_asks_for_two_to_four_reports(dclient, query, message):
    page = dclient.get(f"/compare?{query}")
    assert page.status_code == 200 and message in page.get_data(as_text=True)
    api = dclient.get(f"/api/compare?{query}")
    assert api.status_code == 400 and message in api.get_json()["message"]


def test_compare_keeps_the_first_four(dclient, ids):
    query = "&".join(f"id={i}" for i in ids.values())
    assert len(ids) > 4
    data = dclient.get(f"/api/compare?{query}").get_json()
    assert len(data["reports"]) == 4
    assert any("最多比较 4 份报告" in m for m in data["messages"])
    # The reports left out are named, as the tables name a report.
    kept = {r["report_id"] for r in data["reports"]}
    left = [i for i in ids.values() if i not in kept]
    message = next(m for m in data["messages"] if "最多比较" in m)
    assert "未比较：" in message and all(dclient.get(f"/api/reports/{i}").get_json()["agency"] in message for i in left)


def test_stats_check_column_counts_cross_report_problems(dclient):
    rows = dclient.get(f"/api/stats?agency={AGENCY}&by=check").get_json()["rows"]
    problems = {r["year"]: len(r["checks"]["failures"]) + len(r["checks"]["issues"]) for r in rows}
    assert problems == {2023: 4, 2022: 1, 2021: 0}
    assert rows[0]["year"] == 2023


def test_totals_and_medians_on_arrays_are_those_of_the_rows(dsearcher):
    """The table adds and takes medians on per-generation arrays; the reference is the row by row
    arithmetic of ``summarise`` and ``median``, over every report and over subsets."""
    from search.figures.columns import COLUMNS
    from search.figures.records import record_store
    from search.figures.figure_matrix import figure_matrix
    from search.figures.stats_selection import make_rows
    from search.figures.stats_totals import median, medians_by_group, summarise, summarise_all

    store = record_store(dsearcher)
    records = store.records(store.all_ids())
    matrix = figure_matrix(store)
    for subset in (records, records[::2], records[1:4], records[:1]):
        rows = make_rows(store, subset)
        assert summarise_all(matrix, rows) == {c.key: summarise(c, rows) for c in COLUMNS}
        for group in medians_by_group(matrix, rows, COLUMNS, lambda r: r.level):
            members = [r for r in rows if r.record.level == group.name]
            assert group.reports == len(members)
            for column in COLUMNS:
                values = [r.values[column.key] for r in members]
                assert group.medians[column.key].value == median(values), (group.name, column.key)


def test_compare_finds_the_reports_to_tick_without_knowing_their_ids(dclient, ids):
    # Nothing chosen yet: the words list the agency's reports as boxes named id, to tick.
    page = lxml_html.fromstring(dclient.get(f"/compare?q={AGENCY}").get_data(as_text=True))
    boxes = page.xpath("//form[contains(@class,'compare-pick')]//input[@type='checkbox'][@name='id']")
    listed = {b.get("value") for b in boxes}
    assert {ids[(AGENCY, y)] for y in (2021, 2022, 2023)} <= listed
    assert not any(b.get("checked") is not None for b in boxes)
    # One chosen, a second search: the chosen report stays ticked (and is not listed twice).
    chosen = ids[(AGENCY, 2021)]
    page = lxml_html.fromstring(dclient.get(f"/compare?id={chosen}&q={AGENCY}+2023").get_data(as_text=True))
    assert page.xpath(f"//form[contains(@class,'compare-find')]//input[@type='hidden'][@name='id'][@value='{chosen}']")
    ticked = page.xpath("//form[contains(@class,'compare-pick')]//input[@checked]/@value")
    assert ticked == [chosen]
    assert "已选 1 份报告，请再选 1 到 3 份进行比较。" in page.text_content()
    values = page.xpath("//form[contains(@class,'compare-pick')]//input[@type='checkbox']/@value")
    assert values.count(chosen) == 1 and ids[(AGENCY, 2023)] in values
    # The API gives the same candidates.
    data = dclient.get(f"/api/compare?id={chosen}&q={AGENCY}").get_json()
    assert chosen not in {c["report_id"] for c in data["candidates"]}
    assert ids[(AGENCY, 2023)] in {c["report_id"] for c in data["candidates"]}


def test_compare_finder_lists_the_named_bodies_reports_first_each_bodys_years_together(dclient, ids):
    found = dclient.get("/api/compare?q=民政局").get_json()["candidates"]
    named = [c for c in found if not c["searched_only"]]
    # Every body named 民政局 before any report the search finds otherwise (沙坡头区民政和社会保障局: by its text).
    assert found[:len(named)] == named and len(named) < len(found)
    assert "沙坡头区民政和社会保障局" in {c["agency"] for c in found[len(named):]}
    assert all(c["agency"].endswith("民政局") for c in named)
    wuzhong = [i for i, c in enumerate(named) if c["agency"] == AGENCY]
    assert wuzhong == list(range(wuzhong[0], wuzhong[0] + 3))  # one body's years together, oldest first
    assert [named[i]["report_id"] for i in wuzhong] == [ids[(AGENCY, y)] for y in (2021, 2022, 2023)]
    # A place names the bodies in it (青铜峡市 lies in 吴忠市); a year typed keeps that year of the named body.
    assert {c["agency"] for c in dclient.get("/api/compare?q=吴忠").get_json()["candidates"]} == {AGENCY, COPYCAT}
    one = dclient.get(f"/api/compare?q={AGENCY}+2022年").get_json()["candidates"]
    assert [c["report_id"] for c in one] == [ids[(AGENCY, 2022)]]
    # The page marks where the search's other finds begin; words naming no body say so first.
    page = dclient.get("/compare?q=民政局").get_data(as_text=True)
    assert page.index("海盐县民政局") < page.index("搜索找到的其他报告：") < page.index("沙坡头区民政和社会保障局")
    topic = dclient.get("/compare?q=低保").get_data(as_text=True)
    assert "没有名称或地区与这些词相符的机构，以下是搜索找到的报告：" in topic and "搜索找到的其他报告" not in topic


def test_compare_finder_says_when_nothing_is_found_and_escapes_the_words(dclient):
    text = dclient.get("/compare?q=<b>qqxyzzy</b>").get_data(as_text=True)
    assert "没有找到与“&lt;b&gt;qqxyzzy&lt;/b&gt;”相关的报告。" in text and "<b>qq" not in text
    assert 'value="&lt;b&gt;qqxyzzy&lt;/b&gt;"' in text


def test_compare_finder_lists_no_guess_by_characters_for_a_place_no_report_holds(indexes):
    # No report holds 徐州市: the search page lists reports sharing its characters (other …州市) and says so; a finder
    # listing them under 搜索找到的报告 would offer other cities' reports for the one asked.
    from tests.conftest import made_up_report, written

    reports = {f"{n}.txt": made_up_report(name, 2022, {1: f"{name}依法做好政府信息公开工作，{name}主动公开信息120条。"})
               for n, name in enumerate(["台州市气象局", "漳州市教育局", "抚州市统计局"])}
    client = indexes.app("finder-guess", written(reports)).test_client()
    search = client.get("/api/search?q=徐州市").get_json()
    assert "没有报告包含“徐州市”，下面是全文用字与“徐州市”相近的报告。" in search["messages"] and search["hits"]
    assert client.get("/api/compare?q=徐州市").get_json()["candidates"] == []
    assert "没有找到与“徐州市”相关的报告。" in client.get("/compare?q=徐州市").get_data(as_text=True)
    assert len(client.get("/api/compare?q=台州市").get_json()["candidates"]) == 1  # a body named is listed as before


def test_compare_finder_reads_years_as_the_search_does_and_leaves_the_reports_own_name(dclient, ids):
    # Review 2026-12-05: the finder's own year pattern left the '-' of a range and the 报 of 2022年报 as words no
    # body's name holds, so no body was named and the search's order alone listed them.
    span = dclient.get(f"/api/compare?q={AGENCY}+2021-2023").get_json()["candidates"]
    assert [c["report_id"] for c in span if c["agency"] == AGENCY] == [ids[(AGENCY, y)] for y in (2021, 2022, 2023)]
    assert not any(c["searched_only"] for c in span)
    glued = dclient.get(f"/api/compare?q={AGENCY}+2022年报").get_json()["candidates"]
    assert [c["report_id"] for c in glued if c["agency"] == AGENCY] == [ids[(AGENCY, 2022)]]
    assert not glued[0]["searched_only"]
    wide = dclient.get(f"/api/compare?q={AGENCY}+２０２２年報").get_json()["candidates"]  # full-width, traditional
    assert [c["report_id"] for c in wide if c["agency"] == AGENCY] == [ids[(AGENCY, 2022)]]


def test_compare_finder_reads_a_body_with_the_reports_name_glued_to_it(dclient, ids):
    # 吴忠市民政局年报, typed without a space, was one word no body's name holds: the body's own reports were
    # listed as the search's other finds (searched_only), under 没有名称或地区与这些词相符的机构.
    for typed in ("年报", "年度报告", "政府信息公开年报"):
        found = dclient.get(f"/api/compare?q={AGENCY}{typed}").get_json()["candidates"]
        mine = [c for c in found if c["agency"] == AGENCY]
        assert [c["report_id"] for c in mine] == [ids[(AGENCY, y)] for y in (2021, 2022, 2023)], typed
        assert not any(c["searched_only"] for c in mine) and found[:3] == mine, typed
    page = dclient.get(f"/compare?q={AGENCY}年报").get_data(as_text=True)
    assert "没有名称或地区与这些词相符的机构" not in page


def test_compare_finder_says_why_a_named_bodys_reports_are_not_listed():
    # Review 2026-12-05: a body named whose reports were all ticked, or of other years than the one typed, was
    # announced as no body at all. (Made-up bodies: the heading reads only their reports' years.)
    body = SimpleNamespace(reports=[SimpleNamespace(year=2021), SimpleNamespace(year=2022)])
    listed = [Candidate("a1", "某某局", 2021, "")]
    assert _heading([body], listed, set()) == OTHERS
    assert _heading([], [], set()) == NO_BODY
    assert _heading([body], [], {2015}) == NO_YEAR.format(years="2015 ")
    assert "2008—2015" in _heading([body], [], set(range(2008, 2016)))
    assert _heading([body], [], {2022}) == _heading([body], [], set()) == ALL_CHOSEN


def test_compare_marks_a_value_its_own_table_disputes(indexes):
    # Review 2026-12-05: /stats, /trends and the agency page mark a total its own parts add up differently to; the
    # comparison showed 行政复议 总计 0 → 2 as a plain +2 while the first report's results added up to 11.
    from tests.conftest import written
    from tests.stats_corpus import _REVIEW_ROW, derive

    reports = {"a.txt": derive(2021, agency="吴忠市审计局", rows={_REVIEW_ROW: [10, 1, 0, 0, 0] + [0] * 10}),
               "b.txt": derive(2022, agency="吴忠市审计局", rows={_REVIEW_ROW: [1, 1, 0, 0, 2] + [0] * 10})}
    client = indexes.app("compare-disputed", written(reports)).test_client()
    ids = [r["report_id"] for r in sorted(client.get("/api/stats?q=吴忠市审计局").get_json()["rows"],
                                          key=lambda r: r["year"])]
    data = client.get(f"/api/compare?id={ids[0]}&id={ids[1]}").get_json()
    lines = {l["key"]: l for part in data["parts"] for l in part["lines"]}
    total = lines["reconsideration_total"]
    assert total["values"] == [0, 2] and total["disputed"][1] is None
    assert "超过所填总计 0" in total["disputed"][0]
    assert lines["reconsideration_upheld"]["disputed"] == [None, None]  # the parts themselves are as written
    page = client.get(f"/compare?id={ids[0]}&id={ids[1]}").get_data(as_text=True)
    assert '<span class="flag disputed" title="报告表中已填分项之和 11 超过所填总计 0"' in page
    assert "表示报告自己表中的分项之和与所填总计不符" in page
    # The doubt in words under the legend, naming the report and the row: a title shows on hover alone (no touch, no paper).
    assert '<ul class="disputed-notes"><li>吴忠市审计局 2021，' in page and "：报告表中已填分项之和 11 超过所填总计 0</li>" in page
    # Two sound reports: no mark, no legend.
    sound = indexes.app("compare-sound", written({"b.txt": reports["b.txt"], "c.txt": derive(2023, agency="吴忠市审计局")}))
    sound = sound.test_client()
    pair = "&".join(f"id={r['report_id']}" for r in sound.get("/api/stats?q=吴忠市审计局").get_json()["rows"])
    shown = sound.get(f"/compare?{pair}").get_data(as_text=True)
    assert shown.count('class="differs-badge"') > 0  # compared, not the finder
    assert 'class="flag disputed"' not in shown and "表示报告自己表中的分项之和与所填总计不符" not in shown


def test_compare_finder_with_years_alone_lists_the_bodies_with_a_report_of_each_first(dclient, ids):
    # 吴忠市民政局 has 2021 and 2023: its two reports first, together, oldest first; before, the search's list of the
    # newest year could end before any report of the other.
    found = dclient.get("/api/compare?q=2021+2023").get_json()["candidates"]
    assert [c["report_id"] for c in found[:2]] == [ids[(AGENCY, 2021)], ids[(AGENCY, 2023)]]
    assert not found[0]["searched_only"] and all(c["searched_only"] for c in found[2:])
    assert {c["year"] for c in found} <= {2021, 2023}
    page = dclient.get("/compare?q=2021+2023").get_data(as_text=True)
    assert page.index(AGENCY) < page.index("以上机构每个所填年份都有报告")
    # A chosen report is no candidate; one year alone lists the search's finds as before.
    rest = dclient.get(f"/api/compare?id={ids[(AGENCY, 2021)]}&q=2021+2023").get_json()["candidates"]
    assert ids[(AGENCY, 2021)] not in {c["report_id"] for c in rest} and rest[0]["report_id"] == ids[(AGENCY, 2023)]
    assert all(c["year"] == 2022 for c in dclient.get("/api/compare?q=2022").get_json()["candidates"])


def test_compare_instructs_neutrally_and_says_nothing_was_found_only_beside_the_finder(dclient, ids):
    # Review 25: a first visit was greeted in a warning's colour, and a comparison made of the two reports the
    # words found carried the warning 没有找到与“洪泽”相关的其他报告 above it.
    def notes(path):
        doc = lxml_html.fromstring(dclient.get(path).get_data(as_text=True))
        return ([" ".join(p.text_content().split()) for p in doc.xpath("//p[contains(@class,'notice')]")],
                [" ".join(p.text_content().split()) for p in doc.xpath("//p[contains(@class,'compare-note')]")])

    assert notes("/compare") == ([], ["请选择 2 到 4 份报告进行比较。"])
    chosen = ids[(AGENCY, 2021)]
    warned, told = notes(f"/compare?id={chosen}&q=qqxyzzy")
    assert warned == [] and "除已选的报告外，没有找到与“qqxyzzy”相关的报告。" in told
    assert told[0] == "已选 1 份报告，请再选 1 到 3 份进行比较。"
    both = f"id={chosen}&id={ids[(AGENCY, 2022)]}&q=qqxyzzy"
    assert notes(f"/compare?{both}") == ([], [])
    assert dclient.get(f"/api/compare?{both}").get_json()["messages"] == []
    warned, told = notes("/compare?id=abc123")  # what went wrong stays a warning; what to do next is a note
    assert warned == ["找不到报告 abc123。"] and told == ["请选择 2 到 4 份报告进行比较。"]


def test_compare_says_no_shared_text_rather_than_zero_percent(dclient, ids):
    from search.figures.compare_text import PartText

    said = {share: PartText(True, "", [], share, 100).shared_text for share in (0.0, 0.004, 0.5, 0.996, 1.0)}
    assert said == {0.0: "没有与其他报告相同的文字", 0.004: "其中不到 1% 与其他报告相同",
                    0.5: "其中约 50% 与其他报告相同", 0.996: "其中 99% 以上与其他报告相同", 1.0: "全部与其他报告相同"}
    other = next(i for (agency, _), i in ids.items() if agency != AGENCY and agency != COPYCAT)
    query = f"id={ids[(AGENCY, 2021)]}&id={other}"
    shares = [t["shared_share"] for p in dclient.get(f"/api/compare?{query}").get_json()["parts"] for t in p["texts"]
              if t["chars"]]
    page = dclient.get(f"/compare?{query}").get_data(as_text=True)
    assert 0 in shares and "没有与其他报告相同的文字" in page and "约 0%" not in page


def test_unknown_figures_are_named_in_one_message(dclient):
    """Review 32: each unknown fig= repeated the whole list of figures in a message of its own."""
    data = dclient.get(f"/api/trends?agency={AGENCY}&" + "&".join(f"fig=bogus{i}" for i in range(40))).get_json()
    named = [m for m in data["messages"] if "忽略了未知的指标" in m]
    assert len(named) == 1 and "bogus0、bogus1" in named[0] and "等 40 项" in named[0]
