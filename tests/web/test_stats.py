"""The statistics table, its exports and the data-quality page, end to end on the sample index."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest
from lxml import html as lxml_html
from werkzeug.datastructures import MultiDict

from search.retrieval.engine import run_search
from search.retrieval.report_selection import select_reports
from search.output.export import BOM, to_csv
from search.retrieval.params import SearchParams
from tests.conftest import SEED_GOLD_FILE, load_gold

GOLD = {(g["agency"], g["year"]): g for g in load_gold(SEED_GOLD_FILE)}
# The gold lists the parts whose headings appear. This report lost its part-四 heading in text
# extraction but keeps the part's table, which the parser reads as part 四 (tested in test_parser).
HEADLESS_PARTS = {"沙坡头区民政和社会保障局": {4}}


def missing_parts(gold: dict) -> list[int]:
    """Parts a sample report really lacks: neither heading nor content."""
    present = set(gold["sections"]) | HEADLESS_PARTS.get(gold["agency"], set())
    return [n for n in range(1, 7) if n not in present]
GOLD_FIGURES = ["requests_new", "requests_carried_over", "requests_total", "requests_carried_forward",
                "reconsideration_total", "litigation_total"]


def listed_ids(searcher, params: SearchParams) -> set[str]:
    """Every report id the search page would list, page after page."""
    result = run_search(searcher, replace(params, per_page=50, page=1))
    return {h.report_id for h in run_search(searcher, replace(params, per_page=50 * result.pages)).hits}


@pytest.mark.parametrize("args", [
    {}, {"q": "低保"}, {"q": "低保 临时救助"}, {"year": "2020"}, {"province": "浙江省"},
    {"q": "行政复议", "level": "county"}, {"section": "4"}, {"q": "没有这个词语的报告xyz"},
])
def test_selection_is_what_the_search_lists(searcher, args):
    params = SearchParams.from_args(MultiDict(args))
    assert set(select_reports(searcher, params).report_ids) == listed_ids(searcher, params)


def test_stats_rows_match_the_gold_figures(client):
    response = client.get("/api/stats")
    assert response.status_code == 200
    data = response.get_json()
    assert data["total"] == len(GOLD) == 5
    for row in data["rows"]:
        gold = GOLD[(row["agency"], row["year"])]
        for key in GOLD_FIGURES:
            # The gold holds the tables' figures; a value only the prose states is listed in from_text (session 25).
            in_table = None if key in row["from_text"] else row["values"][key]
            assert in_table == gold["figures"][key], (row["agency"], key)
            if key in row["from_text"]:
                assert row["values"][key] == row["from_text"][key]
        assert row["checks"]["requests_balance"] == gold["requests_balance"]
        assert row["checks"]["missing_parts"] == missing_parts(gold)
        assert row["level"] == gold["level"]


def test_totals_medians_and_counts_over_the_selection(client):
    data = client.get("/api/stats").get_json()
    for key in GOLD_FIGURES:
        known = sorted(g["figures"][key] for g in GOLD.values() if g["figures"][key] is not None)
        # Where no table gives the figure and the prose states it (沙坡头区民政和社会保障局 2020: 未收到行政复议及行政诉讼),
        # it is counted too, and its part of the total is given apart.
        stated = [r["from_text"][key] for r in data["rows"] if key in r["from_text"]]
        assert data["counts"][key] == len(known) + len(stated)
        assert data["totals"][key] == (sum(known + stated) if known or stated else None)
        assert data["counts_from_text"][key] == len(stated)
        assert data["totals_from_text"][key] == (sum(stated) if stated else None)
    assert data["counts_from_text"]["reconsideration_total"] == 2  # 沙坡头区民政和社会保障局, 兴庆区民政局: none came
    assert data["totals"]["requests_new"] == 2
    assert data["medians"]["requests_new"] == 0
    assert data["counts"]["requests_total"] == 2  # the three cut-off tables have no （七）总计


def test_stats_follow_the_search_filters(client):
    data = client.get("/api/stats?province=浙江省").get_json()
    assert [(r["agency"], r["year"]) for r in data["rows"]] == [("海盐县民政局", 2020)]
    assert data["rows"][0]["values"]["procurement_amount"] == 1229.34  # 12293400元 in 万元
    assert data["rows"][0]["values"]["normative_docs_made"] == 4  # 2019 template: 本年新制作数量
    data = client.get("/api/stats?q=低保&year=2020").get_json()
    assert {r["year"] for r in data["rows"]} == {2020}


@pytest.mark.parametrize("by", ["requests_new", "licensing_decisions", "requests_total", "rate_disclosed", "year"])
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_sorted_on_any_column_unknown_values_last(client, by, direction):
    data = client.get(f"/api/stats?by={by}&dir={direction}").get_json()
    values = [r["year"] if by == "year" else r["values"][by] for r in data["rows"]]
    known = [v for v in values if v is not None]
    assert values[: len(known)] == known  # None only at the end
    assert known == sorted(known, reverse=direction == "desc")
    assert data["sort"] == {"by": by, "dir": direction}


def test_sort_by_agency_and_by_check(client):
    from search.retrieval.suggest import name_key

    rows = client.get("/api/stats?by=agency&dir=asc").get_json()["rows"]
    assert [r["agency"] for r in rows] == sorted((r["agency"] for r in rows), key=name_key)  # by pinyin
    rows = client.get("/api/stats?by=check&dir=desc").get_json()["rows"]
    assert rows[0]["agency"] == "沙坡头区民政和社会保障局"  # its row （四）1. does not add up


def test_unknown_sort_column_falls_back_with_a_message(client):
    response = client.get("/stats?by=<script>&dir=sideways&view=nope")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "未知的排序列" in body and "<script>" not in body


def test_stats_page_sort_links_and_aria(client):
    response = client.get("/stats?by=licensing_decisions")
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.get_data(as_text=True))
    sorted_th = doc.xpath("//table[contains(@class,'stats')]/thead//th[@aria-sort]")
    assert len(sorted_th) == 1 and sorted_th[0].get("aria-sort") == "descending"
    link = sorted_th[0].xpath(".//a")[0]
    assert "by=licensing_decisions" in link.get("href") and "dir=asc" in link.get("href")
    assert link.get("hx-boost") == "true" and link.get("hx-get") is None  # the swap asks for the href (review 32)
    # every numeric column can be sorted by a plain link (no JavaScript needed)
    headers = doc.xpath("//table[contains(@class,'stats')]/thead//th/a/@href")
    assert len(headers) >= 10 and all(h.startswith("/stats?") for h in headers)
    agencies = doc.xpath("//table[contains(@class,'stats')]/tbody/tr/th[@scope='row']/a[1]/text()")
    assert agencies[0] == "海盐县民政局"  # 58 licensing decisions, the most
    foot = doc.xpath("//table[contains(@class,'stats')]/tfoot/tr[1]/th/text()")[0]
    assert foot.startswith("合计")


def test_stats_page_fragment_for_htmx_and_whole_page_otherwise(client):
    page = client.get("/stats?q=低保")
    fragment = client.get("/stats?q=低保", headers={"HX-Request": "true"})
    assert page.status_code == fragment.status_code == 200
    assert "<html" in page.get_data(as_text=True)
    body = fragment.get_data(as_text=True)
    assert "<html" not in body and 'class="stats"' in body
    assert fragment.headers["Vary"] == "HX-Request, HX-Boosted, HX-Target"


def test_no_report_selected_offers_to_clear_the_filters(client):
    body = client.get("/stats?province=浙江省&year=2021&by=agency").get_data(as_text=True)
    assert "没有符合条件的报告" in body
    doc = lxml_html.fromstring(body)
    [link] = doc.xpath("//a[text()='去掉所有筛选条件']/@href")
    assert link == "/stats?by=agency"


def test_views_show_their_columns(client):
    body = client.get("/stats?view=review").get_data(as_text=True)
    assert "复议纠错率" in body and "行政许可决定" not in body.split("<tbody>")[0]
    body = client.get("/stats?view=all").get_data(as_text=True)
    assert "不予公开：国家秘密" in body and "政府集中采购金额（万元）" in body


def test_group_medians_by_level_and_agency_type(client):
    data = client.get("/api/stats").get_json()
    levels = {g["group"]: g for g in data["medians_by_level"]}
    assert levels["县区级"]["reports"] == 3 and levels["乡镇街道"]["reports"] == 1
    assert levels["县区级"]["medians"]["licensing_decisions"] == 34.5  # 11 (沙坡头区) and 58 (海盐县)
    types = {g["group"]: g["reports"] for g in data["medians_by_agency_type"]}
    # the kinds /agencies lists (one vocabulary: docs/agencies.md), the township's told by its level; 沙坡头区's
    # 民政和社会保障局 is the function its id holds, as /agencies lists it (no more 民政 read off its name's words)
    assert types == {"民政局": 3, "民政和社会保障局": 1, "人民政府": 1}


def test_search_page_links_to_stats_with_the_query(client):
    body = client.get("/?q=低保&year=2020").get_data(as_text=True)
    doc = lxml_html.fromstring(body)
    link = doc.xpath("//a[contains(@href,'/stats?')]/@href")
    assert link and "q=低保" in link[0] and "year=2020" in link[0]
    assert doc.xpath("//header//a[@href='/stats']")  # the nav link


def read_csv(response) -> list[list[str]]:
    raw = response.get_data()
    assert raw.startswith(BOM.encode("utf-8"))  # EF BB BF: Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_stats_csv_opens_with_chinese_headers_and_the_right_numbers(client):
    response = client.get("/api/export?what=stats&format=csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.headers["Content-Disposition"] == \
        "attachment; filename=\"nianbao-stats.csv\"; filename*=UTF-8''nianbao-stats.csv"  # all reports: no selection
    rows = read_csv(response)
    header = rows[0]
    for label in ("报告编号", "机构", "年份", "层级", "申请数量平衡", "本年新收申请", "予以公开率（%）", "行政复议", "报告链接"):
        assert label in header
    body = rows[1:-4]
    assert [r[1][:4] for r in rows[-4:]] == ["合计（比", "有数据的", "其中据报", "中位数"]
    assert len(body) == 5
    col = {label: i for i, label in enumerate(header)}
    for row in body:
        gold = GOLD[(row[col["机构"]], int(row[col["年份"]]))]
        expected = gold["figures"]["requests_new"]
        assert row[col["本年新收申请"]] == ("" if expected is None else str(expected))
        total = gold["figures"]["requests_total"]
        assert row[col["办理结果总计"]] == ("" if total is None else str(total))  # unknown: empty, not 0
        assert row[col["报告链接"]].startswith("http://localhost/reports/")
        missing = missing_parts(gold)
        assert row[col["缺少的部分"]] == "、".join("一二三四五六"[n - 1] for n in missing)
    assert rows[-4][col["本年新收申请"]] == "2"
    assert rows[-4][col["行政复议"]] == "0" and rows[-2][col["行政复议"]] == "0"  # two reports' prose: none came


def test_an_export_s_file_name_says_its_selection(client):
    """A researcher's folder of exports: the file's name carries the query and the chosen filters as the chips say them
    (UTF-8, RFC 6266), beside an ASCII name for clients that read no other; a user's words cannot break the header."""
    from urllib.parse import unquote

    def name(query: str) -> str:
        header = client.get(f"/api/export?{query}").headers["Content-Disposition"]
        plain, _, encoded = header.partition("; filename*=UTF-8''")
        assert plain.startswith('attachment; filename="nianbao-')
        return unquote(encoded)

    assert name("what=stats&format=csv&province=浙江省&year_from=2019&year_to=2024") == "nianbao-stats_浙江省_2019–2024年.csv"
    assert name("what=search&format=json&q=低保") == "nianbao-search_低保.json"
    hostile = name('what=search&format=csv&q=a"b/c\\d;e\r\nf')
    assert hostile.startswith("nianbao-search_") and not set('"/\\;\r\n') & set(hostile)


def test_stats_json_export_is_the_api_as_a_file(client):
    response = client.get("/api/export?what=stats&format=json&province=浙江省")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.get_data(as_text=True))
    assert data == client.get("/api/stats?province=浙江省").get_json()


def test_search_results_export_every_hit_without_markup(client):
    api = client.get("/api/search?q=低保").get_json()
    response = client.get("/api/export?what=search&format=csv&q=低保")
    rows = read_csv(response)
    # (层级 and 省份 after 年份, and 机构所在地 on every row a place is known for: session 30, QA 30 #12; 机构类型 after
    # 机构: session 32, QA 33 #7)
    assert rows[0] == ["报告编号", "机构", "机构类型", "年份", "层级", "省份", "部分", "部分标题", "摘要", "本报告其他匹配部分数",
                       "来源文件", "链接", "机构所在地", "所问数字", "所问数字说明", "所问数字的报告原文"]
    assert len(rows) - 1 == api["total"]
    assert all("<mark>" not in r[8] and "低保" in r[8] for r in rows[1:])
    assert all(r[13] == "" and r[14] == "" for r in rows[1:])  # no figure asked: both empty
    # A query naming a figure exports the figure each report gives: the number in a column of its own (session 30,
    # QA 20: a spreadsheet sorts it), the words beside it, and the JSON carries the number as a number.
    sued = read_csv(client.get("/api/export?what=search&format=csv&q=行政诉讼最多"))
    assert all(r[-2].startswith(("行政诉讼 ", "未给出", "表中未给出")) for r in sued[1:]) and len(sued) > 1
    numbers = [r[-3] for r in sued[1:] if r[-2].startswith("行政诉讼 ")]
    assert numbers and all(re.fullmatch(r"\d+", n) for n in numbers)
    assert all(r[-3] == "" for r in sued[1:] if r[-2].startswith("未给出"))
    # a prose saying none came is 0, as the statistics count it (review 32 #3; it was empty)
    assert all(r[-3] == "0" for r in sued[1:] if r[-2].endswith("文字写明没有"))
    hits = client.get("/api/search?q=行政诉讼最多").get_json()["hits"]
    for hit in hits:
        if hit["figure"].startswith("行政诉讼 "):
            assert isinstance(hit["figure_value"], int) and str(hit["figure_value"]) in hit["figure"].replace(",", "")
        else:
            assert hit["figure_value"] == (0 if hit["figure"].endswith("文字写明没有") else None)
    assert any(isinstance(h["figure_value"], int) for h in hits)
    data = json.loads(client.get("/api/export?what=search&format=json&q=低保&flat=1").get_data(as_text=True))
    assert data["total"] == data["exported"] == client.get("/api/search?q=低保&flat=1").get_json()["total"]
    assert data["truncated"] is False


def test_csv_cells_never_become_formulas():
    text = to_csv(["机构", "增减"], [["=HYPERLINK(\"x\")", -30], ["@SUM(A1)", None], ["+1", 2.5]])
    rows = list(csv.reader(io.StringIO(text.lstrip(BOM))))
    assert rows[1] == ["'=HYPERLINK(\"x\")", "-30"]
    assert rows[2] == ["'@SUM(A1)", ""]
    assert rows[3] == ["'+1", "2.5"]


@pytest.mark.parametrize("query", ["what=nope", "format=xlsx", "what=stats&format=pdf"])
def test_export_rejects_unknown_kinds(client, query):
    response = client.get(f"/api/export?{query}")
    assert response.status_code == 400
    assert response.get_json()["error"] == "bad_request"


def test_openapi_describes_every_api_route(client, app):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert spec["openapi"].startswith("3.")
    # The JSON API and the Atom feeds; <path:agency_id> written as OpenAPI writes it, {agency_id}.
    routes = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule) for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/api/") or rule.rule.endswith("feed")}
    assert routes == set(spec["paths"])
    for path in spec["paths"]:
        if "{" not in path:
            assert client.get(path).status_code in (200, 400), path


def test_quality_lists_the_rows_at_fault(client):
    data = client.get("/api/quality").get_json()
    assert data["total"] == 5
    [problem] = data["tables"]
    assert problem["agency"] == "沙坡头区民政和社会保障局" and problem["year"] == 2020
    assert problem["failures"] == [{"check": "row_sum", "row": "（四）无法提供 1.本机关不掌握相关政府信息",
                                    "column": "总计", "key": "outcome_unavailable_not_held", "expected": 1, "found": 0}]
    assert data["prose"]["issues"] == []  # the samples' prose agrees with their tables
    assert data["prose"]["checked"] >= 3
    assert data["similar"]["pairs"] == []  # five different agencies, written separately
    page = client.get("/quality").get_data(as_text=True)
    assert "（四）无法提供 1.本机关不掌握相关政府信息" in page and f'id="report-{problem["report_id"]}"' in page
    missing = {(m["agency"], tuple(m["missing_parts"])) for m in data["missing_parts"]}
    assert missing == {(g["agency"], tuple(missing_parts(g))) for g in GOLD.values() if missing_parts(g)}
    assert "兴庆区民政局 2019</a>：缺第四、五部分" in page


def test_quality_lists_are_cut_and_paged(client, monkeypatch):
    """A province's archive lists thousands of items: the page shows the first of each list,
    one list at a time whole, a page at a time (here one item a page)."""
    import search

    monkeypatch.setattr("search.figures.quality.PREVIEW", 1)
    monkeypatch.setattr("search.figures.quality.PAGE_SIZE", 1)
    monkeypatch.setattr(search, "QUALITY_PAGE", 1)
    missing = client.get("/api/quality").get_json()["lists"]["missing"]
    assert missing["total"] >= 2 and missing["shown"] == 1
    overview = lxml_html.fromstring(client.get("/quality").get_data(as_text=True))
    [more] = overview.xpath('//section[@id="missing"]//p[@class="more"]/a/@href')
    assert more == "/quality?list=missing#missing"
    assert len(overview.xpath('//ul[@class="missing-list"]/li')) == 1
    first = lxml_html.fromstring(client.get("/quality?list=missing").get_data(as_text=True))
    assert first.xpath("//section/@id") == ["missing"]  # the list alone
    [next_page] = first.xpath('//section[@id="missing"]//a[@rel="next"]/@href')
    second = lxml_html.fromstring(client.get(next_page.split("#")[0]).get_data(as_text=True))
    shown = [li.text_content() for p in (first, second) for li in p.xpath('//ul[@class="missing-list"]/li')]
    assert len(shown) == 2 and shown[0] != shown[1]
    assert client.get("/api/quality?list=missing&page=2").get_json()["lists"]["missing"]["page"] == 2
    assert "没有名为" in client.get("/quality?list=nothing").get_data(as_text=True)


def test_stats_check_column_links_to_the_quality_page(client):
    doc = lxml_html.fromstring(client.get("/stats?by=check").get_data(as_text=True))
    first = doc.xpath("//table[contains(@class,'stats')]/tbody/tr[1]/td[contains(@class,'check')]")[0]
    assert "1 处问题" in first.text_content()
    assert "/quality?agency=" in first.xpath(".//a/@href")[0]


def test_pages_escape_what_users_type(client):
    for url in ("/stats?q=<b>x</b>", "/trends?q=<b>x</b>", "/quality?q=<b>x</b>", "/compare?id=<b>x</b>"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<b>x</b>" not in response.get_data(as_text=True), url


def test_statistics_count_only_the_reports_that_match_as_asked(searcher, client):
    """The list goes on past the reports holding every word (looser matches help a reader);
    a sum over them would add other bodies' figures, so statistics, trends and checks count the
    reports that match as asked and say so."""
    params = SearchParams.from_args(MultiDict({"q": "宣和镇"}))
    listed = select_reports(searcher, params)
    counted = select_reports(searcher, params, counted_only=True)
    assert any("全文用字与“宣和镇”相近" in m for m in listed.messages), listed.messages  # the search's own note: looser ones follow
    assert counted.report_ids and set(counted.report_ids) < set(listed.report_ids)
    assert counted.messages[-1] == f"统计只计入与查询相符的 {len(counted.report_ids)} 份报告；搜索结果中其后列出的相近报告未计入。"
    data = client.get("/api/stats?q=宣和镇").get_json()
    assert data["total"] == len(counted.report_ids) and data["messages"][-1] == counted.messages[-1]
    assert [row["agency"] for row in data["rows"]] == ["沙坡头区宣和镇人民政府"]
    trend = client.get("/api/trends?q=宣和镇").get_json()
    assert sum(len(v) for v in trend["reports"].values()) == len(counted.report_ids)


def test_statistics_of_bodies_alone_count_their_reports_not_those_naming_them(indexes):
    """民政局 alone: the search lists the reports that name it in their text too (a county government's
    report counting the bureau's requests among its own); a sum over those would add the county's
    figures to the bureaus'. Statistics count the bodies' own reports, and say so."""
    from tests.conftest import made_up_report, written

    searcher = indexes.searcher("stats-bodies", written({
        "a.txt": made_up_report("永宁县民政局", 2021, {1: "本局公开低保信息。"}),
        "b.txt": made_up_report("贺兰县民政局", 2021, {1: "本局公开救助信息。"}),
        "c.txt": made_up_report("永宁县人民政府", 2021, {1: "收到申请713件，其中民政局1件。"}),
        "d.txt": made_up_report("永宁县财政局", 2021, {1: "本局公开预算信息。"}),
    }))
    params = SearchParams.from_args(MultiDict({"q": "民政局"}))
    assert len(select_reports(searcher, params).report_ids) == 3  # the search lists the mention too
    counted = select_reports(searcher, params, counted_only=True)
    assert len(counted.report_ids) == 2
    assert counted.messages[-1] == "统计只计入发布机关为“民政局”的 2 份报告；只在正文中提到“民政局”的报告未计入。"
    either = select_reports(searcher, SearchParams.from_args(MultiDict({"q": "财政局和民政局"})), counted_only=True)
    assert len(either.report_ids) == 3 and "“财政局”或“民政局”" in either.messages[-1]


def test_group_medians_show_their_largest_groups_and_a_link_to_all_that_needs_no_script(client, monkeypatch):
    # (QA 30 #14: /stats weighed ~260 KB at first sight, its 74-kind medians table among it)
    monkeypatch.setattr("search.figures.stats_table.GROUPS_SHOWN", 1)
    doc = lxml_html.fromstring(client.get("/stats").get_data(as_text=True))
    tables = doc.xpath("//section[@class='group-medians']")
    assert len(tables[0].xpath(".//tbody/tr")) > 1 and not tables[0].xpath(".//p[@class='more-groups']")  # levels whole
    kinds = tables[1].xpath(".//tbody/tr/th/text()")
    assert kinds == ["民政局"]  # the largest group only (3 reports before two of 1)
    more = tables[1].xpath(".//p[@class='more-groups']/a")[0]
    assert more.text_content() == "显示全部 3 类" and "groups=all" in more.get("href")
    whole = lxml_html.fromstring(client.get(more.get("href")).get_data(as_text=True))
    assert whole.xpath("//section[@class='group-medians']")[1].xpath(".//tbody/tr/th/text()") == ["民政局", "人民政府", "民政和社会保障局"]
    back = whole.xpath("//section[@class='group-medians']")[1].xpath(".//p[@class='more-groups']/a")[0]
    assert "groups=all" not in back.get("href") and back.text_content().startswith("只显示")
    assert client.get("/api/stats?groups=all").status_code == 200
    # the JSON keeps every group whatever the page shows
    assert len(client.get("/api/stats").get_json()["medians_by_agency_type"]) == 3


def test_facet_ids_are_computed_in_python_and_the_stats_page_keeps_its_own(client, searcher):
    """rev33 #10: /stats built its facet values' ids in the template; both pages now print FacetValue.dom_id."""
    facets = run_search(searcher, SearchParams()).facets
    year = facets["year"][0]
    assert year.dom_id == f"f-year-{year.value}"
    search_ids = lxml_html.fromstring(client.get("/").get_data(as_text=True)).xpath("//a[starts-with(@id, 'f-year-')]/@id")
    stats_ids = lxml_html.fromstring(client.get("/stats").get_data(as_text=True)).xpath(
        "//details[@id='stats-filters']//a/@id")
    assert year.dom_id in search_ids and "s" + year.dom_id in stats_ids
    assert all(i.startswith("sf-") and " " not in i for i in stats_ids)
