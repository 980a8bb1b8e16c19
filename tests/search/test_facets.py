"""Facets, filters and chips (search/facets.py) over a real index of the five sample reports.

The samples: 沙坡头区民政和社会保障局 2020 and 沙坡头区宣和镇人民政府 2020 (宁夏 中卫市), 兴庆区民政局 2019
(宁夏 银川市), 吴忠市民政局 2021 (宁夏 吴忠市), 海盐县民政局 2020 (浙江 嘉兴市). Parts 四 missing in the
first three; only 海盐 and 吴忠 give the request totals and review figures (0), so the balance is
'ok' for those two and 'incomplete' for the rest.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
from werkzeug.datastructures import MultiDict

from search.retrieval.facets import year_range_label
from search.retrieval.rangeable import range_label
from search.retrieval.suggestions import drop_one
from search.retrieval.params import SearchParams

from app import create_app
from tests.conftest import SAMPLES, agencies, search, written

NINGXIA, ZHEJIANG = "宁夏回族自治区", "浙江省"


def counts(result, facet):
    return {f.value: f.count for f in result.facets[facet]}


def test_region_drills_down_from_province_to_city(searcher):
    result = search(searcher, province=NINGXIA)
    assert result.total == 4
    province = next(f for f in result.facets["province"] if f.value == NINGXIA)
    assert province.selected
    assert {c.value: c.count for c in province.children} == {"中卫市": 2, "银川市": 1, "吴忠市": 1}
    assert all(c.parent == NINGXIA for c in result.facets["city"])
    # The province list ignores the region choice, so another province can be added.
    assert counts(result, "province")[ZHEJIANG] == 1

    city = search(searcher, province=NINGXIA, city="中卫市")
    assert agencies(city) == {"沙坡头区民政和社会保障局", "沙坡头区宣和镇人民政府"}
    # Cities ignore their own choice but keep the province: 银川市 still offers its one report.
    children = next(f for f in city.facets["province"] if f.value == NINGXIA).children
    assert {c.value: (c.count, c.selected) for c in children}["银川市"] == (1, False)


def test_a_city_narrows_only_its_own_province(searcher):
    result = search(searcher, province=[NINGXIA, ZHEJIANG], city="中卫市")
    assert agencies(result) == {"沙坡头区民政和社会保障局", "沙坡头区宣和镇人民政府", "海盐县民政局"}
    # A city alone (an API call) is a filter of its own.
    assert agencies(search(searcher, city="嘉兴市")) == {"海盐县民政局"}


def test_unchoosing_a_province_drops_its_cities(searcher):
    result = search(searcher, province=[NINGXIA, ZHEJIANG], city="中卫市")
    province = next(f for f in result.facets["province"] if f.value == NINGXIA)
    toggled = parse_qs(province.toggle)
    assert toggled["province"] == [ZHEJIANG] and "city" not in toggled
    chip = next(c for c in result.chips if c.kind == "province" and c.label == NINGXIA)
    assert "city" not in parse_qs(chip.remove)


def test_quality_flags_or_within_and_across(searcher):
    quality = counts(search(searcher), "quality")
    # 沙坡头区民政和社会保障局 lost its part-4 heading in extraction but keeps the table: not missing.
    assert quality["missing_4"] == 2 and quality["balance_ok"] == 2 and quality["sums_failed"] == 1
    assert "balance_mismatch" not in quality  # no sample breaks the balance: no zero rows shown
    missing = search(searcher, quality="missing_4")
    assert agencies(missing) == {"沙坡头区宣和镇人民政府", "兴庆区民政局"}
    assert search(searcher, quality=["missing_4", "balance_ok"]).total == 4  # OR within
    assert agencies(search(searcher, quality="balance_ok", province=ZHEJIANG)) == {"海盐县民政局"}  # AND across
    labels = {f.value: f.label for f in missing.facets["quality"]}
    assert labels["missing_4"] == "缺少第四部分" and labels["sums_failed"] == "分项合计不符"


def test_figure_ranges_never_take_a_blank_for_zero(searcher):
    assert agencies(search(searcher, min_requests_new="1")) == {"沙坡头区民政和社会保障局", "吴忠市民政局"}
    # Two reports give a 行政复议 figure in their tables, two more only in their prose (未收到行政复议及行政诉讼: 0,
    # counted as the statistics count it, session 25); '≤ 0' must not pick up the one that states it nowhere.
    given = {"海盐县民政局", "吴忠市民政局", "沙坡头区民政和社会保障局", "兴庆区民政局"}
    assert agencies(search(searcher, min_reconsideration_total="0")) == given
    assert agencies(search(searcher, max_reconsideration_total="0")) == given
    assert "沙坡头区宣和镇人民政府" not in agencies(search(searcher, max_reconsideration_total="5"))
    assert search(searcher, min_reconsideration_total="1").total == 0
    both = search(searcher, min_requests_new="1", max_requests_new="1", min_requests_total="0")
    assert agencies(both) == {"吴忠市民政局"}


def test_presets_count_reports_with_the_figure(searcher):
    result = search(searcher)
    presets = {f.label: f for f in result.facets["figures"]}
    assert presets["有新收申请"].count == 2 and not presets["有新收申请"].selected
    assert "有行政复议" not in presets  # none of the samples has a case: no dead link
    chosen = search(searcher, min_requests_new="1")
    preset = next(f for f in chosen.facets["figures"] if f.label == "有新收申请")
    assert preset.selected and preset.count == 2
    assert "min_requests_new" not in preset.toggle


def test_year_range_and_year_values(searcher):
    assert search(searcher, year_from="2020").total == 4
    assert search(searcher, year_from="2020", year_to="2020").total == 3
    assert agencies(search(searcher, year_to="2019")) == {"兴庆区民政局"}
    result = search(searcher, year_from="2020")
    assert set(counts(result, "year")) == {2020, 2021}  # the year list stays within the range
    assert search(searcher, year="2019", year_from="2020").total == 0


def test_facet_counts_ignore_their_own_selection(searcher):
    result = search(searcher, level="county", quality="missing_4")
    assert counts(result, "level") == {"county": 1, "township": 1}
    assert counts(result, "quality")["balance_ok"] == 1  # 海盐 (county) with all parts


def test_chips_name_every_filter_and_remove_exactly_it(searcher):
    args = dict(q="低保", province=NINGXIA, city="中卫市", quality="missing_4", year_from="2019", year_to="2020",
                min_requests_new="1", sort="oldest")
    result = search(searcher, **args)
    labels = [c.label for c in result.chips]
    assert labels == [NINGXIA, "中卫市", "缺少第四部分", "2019–2020 年", "本年新收申请 ≥ 1"]
    for chip in result.chips:
        kept = parse_qs(chip.remove)
        assert kept["q"] == ["低保"] and kept["sort"] == ["oldest"]
        remaining = len(SearchParams.from_args(MultiDict([(k, v) for k, vs in kept.items() for v in vs])).pairs())
        assert remaining == len(SearchParams.from_args(MultiDict(args)).pairs()) - (2 if chip.kind == "year_range" else 1) - (
            1 if chip.label == NINGXIA else 0)  # the province takes its city with it


def test_empty_result_says_which_filter_to_drop(searcher):
    result = search(searcher, q="低保", year="2019", province=ZHEJIANG)
    assert result.total == 0
    labels = [label for label, _ in result.suggestions]
    assert "去掉筛选条件“地区：浙江省”：1 份报告" in labels and "去掉筛选条件“年份：2019 年”：1 份报告" in labels
    assert labels[-1] == "去掉所有筛选条件"


def test_ranges_and_quality_can_be_dropped_too(searcher):
    result = search(searcher, q="低保", min_requests_new="1", quality="missing_4")
    assert result.total == 0
    suggested = dict(result.suggestions)
    assert suggested["去掉筛选条件“本年新收申请 ≥ 1”：2 份报告"] == "q=%E4%BD%8E%E4%BF%9D&quality=missing_4"
    assert "去掉筛选条件“数据质量：缺少第四部分”：1 份报告" in suggested


def test_drop_one_lists_every_filter_once():
    params = SearchParams.from_args(MultiDict([("province", NINGXIA), ("city", "中卫市"), ("year", "2020"),
                                               ("year_from", "2019"), ("min_requests_new", "1")]))
    dropped = dict(drop_one(params))
    assert list(dropped) == ["年份：2020 年", f"地区：{NINGXIA}", "城市：中卫市", "2019 年及以后", "本年新收申请 ≥ 1"]
    assert dropped[f"地区：{NINGXIA}"].city == ()  # its cities go with the province
    assert dropped["城市：中卫市"].province == (NINGXIA,)


@pytest.mark.parametrize("low, high, text", [(1, None, "行政复议 ≥ 1"), (None, 5, "行政复议 ≤ 5"),
                                             (1, 5, "行政复议 1–5"), (3, 3, "行政复议 3")])
def test_range_labels(low, high, text):
    assert range_label("行政复议", low, high) == text


def test_year_range_labels():
    assert [year_range_label(2019, 2021), year_range_label(2020, None), year_range_label(None, 2019),
            year_range_label(2020, 2020)] == ["2019–2021 年", "2020 年及以后", "2019 年及以前", "2020 年"]


def test_bad_values_become_messages_not_filters():
    params = SearchParams.from_args(MultiDict([
        ("year_from", "abc"), ("year_to", "1800"), ("min_requests_new", "-1"), ("max_requests_new", "１"),
        ("quality", "nonsense"), ("min_foo", "1"), ("min", "-1"), ("min_litigation_total", "99999999999"),
    ]))
    assert params.year_from is None and params.year_to is None and params.ranges == () and params.quality == ()
    text = " ".join(params.messages)
    for fragment in ("abc", "1800", "-1", "１", "nonsense", "min_foo", "99999999999"):
        assert fragment in text
    assert not params.has_filters()


def test_reversed_bounds_are_swapped_with_a_message():
    params = SearchParams.from_args(MultiDict([("year_from", "2021"), ("year_to", "2019"),
                                               ("min_requests_new", "5"), ("max_requests_new", "1")]))
    assert (params.year_from, params.year_to) == (2019, 2021)
    assert params.range_of("requests_new") == (1, 5)
    assert len(params.messages) == 2


def test_page_links_keep_every_parameter():
    params = SearchParams.from_args(MultiDict([("q", "低保"), ("province", NINGXIA), ("min_requests_new", "1"),
                                               ("sort", "newest"), ("flat", "1"), ("page", "7")]))
    links = params.page_links(7, 20)
    numbers = [link.get("number") for link in links]
    assert numbers == [1, None, 5, 6, 7, 8, 9, None, 20]
    for link in links:
        if not link["gap"]:
            kept = parse_qs(link["query"])
            assert kept["q"] == ["低保"] and kept["province"] == [NINGXIA] and kept["min_requests_new"] == ["1"]
            assert kept["sort"] == ["newest"] and kept["flat"] == ["1"]
            assert kept.get("page", ["1"]) == [str(link["number"])]


def test_a_report_without_a_year_is_counted_under_no_year_value(indexes):
    """A report whose year cannot be read must not show as the column's default (4294967295)."""
    text = sorted(SAMPLES.glob("*.txt"))[0].read_text(encoding="utf-8")
    undated = indexes.searcher("undated", written({"a.txt": text, "b.txt": re.sub(r"(19|20)\d\d", "", text)}))
    result = search(undated)
    years = counts(result, "year")
    assert result.total == 2
    assert all(1990 < y < 2100 for y in years), years
    assert sum(years.values()) == 1


@pytest.mark.parametrize("flat", ["", "1"])
def test_a_report_without_a_year_is_listed_last_oldest_first_as_newest_first(indexes, flat):
    """QA 31 #4: 最早 opened with every 年份不明 report (the year column's None codes lowest); the page and the API list
    them last in both directions."""
    text = sorted(SAMPLES.glob("*.txt"))[0].read_text(encoding="utf-8")
    undated = indexes.searcher("undated", written({"a.txt": text, "b.txt": re.sub(r"(19|20)\d\d", "", text)}))
    for sort in ("oldest", "newest"):
        years = [h.year for h in search(undated, sort=sort, flat=flat).hits]
        assert years[0] is not None and years[-1] is None, (sort, years)
    client = create_app({"TESTING": True, "INDEX": str(indexes.root("undated"))}).test_client()
    response = client.get(f"/api/search?sort=oldest&flat={flat}")
    assert response.status_code == 200
    years = [h["year"] for h in response.get_json()["hits"]]
    assert years[0] is not None and years[-1] is None


def test_a_missing_figure_reads_as_no_value_not_the_column_default(indexes):
    """Figure columns are 64-bit: a report without the figure must read as None, not 2**63 - 1."""
    from search.retrieval.arrays import arrays_for

    searcher = indexes.searcher("judged")
    values = arrays_for(searcher).codes(searcher, "fig_requests_new").values
    assert None in values  # the pre-2019 layouts have no request table
    assert all(v is None or 0 <= v < 10**7 for v in values)


@pytest.fixture(scope="module")
def many_bodies(indexes):
    from indexer.places import load_gazetteer
    from tests.conftest import made_up_report

    # The 民政局 of 40 counties of one province: the first ten with three years each, the rest one.
    counties = sorted({u.name for units in load_gazetteer().by_name.values() for u in units
                       if u.kind == "county" and u.current and u.province == "河北省" and u.name.endswith("县")
                       and len(u.name) == 3})[:40]
    reports = {}
    for i, county in enumerate(counties):
        for year in (2019, 2020, 2021) if i < 10 else (2021,):
            reports[f"{i:02d}-{year}.txt"] = made_up_report(f"{county}民政局", year, {1: f"{county}民政局主动公开政府信息。"})
    return indexes.searcher("many-bodies", written(reports))


def test_the_agency_facet_shows_the_commonest_bodies_as_a_full_count_would(many_bodies):
    from search.retrieval.facets import FACET_LIMIT

    result = search(many_bodies, q="主动公开")
    shown = result.facets["agency"]
    assert result.total == 60 and len(shown) == FACET_LIMIT
    assert [f.count for f in shown[:10]] == [3] * 10 and {f.count for f in shown[10:]} == {1}
    # Equal counts in name order, as a full sort gives: the one-report bodies shown are the first by name.
    from search.agencies.directory import directory

    labels = directory(many_bodies).sort_labels
    ones = sorted(labels[a] for a in labels if a not in {f.value for f in shown[:10]})
    assert [f.label for f in shown[10:]] == ones[: FACET_LIMIT - 10]


def test_a_chosen_body_past_the_first_shown_keeps_its_count(many_bodies):
    from search.agencies.directory import directory

    shown = {f.value for f in search(many_bodies, q="主动公开").facets["agency"]}
    rest = sorted(set(directory(many_bodies).agencies) - shown)
    assert rest, "the corpus has more bodies than the facet shows"
    chosen = search(many_bodies, q="主动公开", agency=rest[0])
    facet = {f.value: f for f in chosen.facets["agency"]}
    assert chosen.total == 1 and facet[rest[0]].selected and facet[rest[0]].count == 1
