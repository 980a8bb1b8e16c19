"""A figure the report's own table disputes (a total its parts add up differently to) is shown as
written and marked, in the statistics table, the trends and their JSON: a chart of 行政复议 0 beside
results of 10 and 1 would otherwise pass the report's slip off as a fact."""
import pytest

from tests.conftest import written
from tests.stats_corpus import _REVIEW_ROW, derive

AGENCY = "固原市民政局"
REPORTS = {
    # 行政复议: 10 upheld, 1 corrected, total written as 5 (so a correction rate is computed from it).
    "disputed-2022.txt": derive(2022, agency=AGENCY, rows={_REVIEW_ROW: [10, 1, 0, 0, 5] + [0] * 10}),
    "settled-2023.txt": derive(2023, agency=AGENCY, rows={_REVIEW_ROW: [1, 0, 0, 0, 1] + [0] * 10}),
}
NOTE = "报告表中已填分项之和 11 超过所填总计 5"


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("disputed-figures", written(REPORTS)).test_client()


def test_the_statistics_table_marks_the_disputed_total(client):
    page = client.get("/stats", query_string={"q": AGENCY, "view": "review"}).get_data(as_text=True)
    assert page.count(f'title="{NOTE}"') == 1  # the 2022 行政复议 total, not 2023's
    assert "表示报告自己表中的分项之和与所填总计不符" in page
    rows = client.get("/api/stats", query_string={"q": AGENCY}).get_json()["rows"]
    failures = {r["year"]: [f.get("key") for f in r["checks"]["failures"]] for r in rows}
    assert failures == {2022: ["reconsideration_total"], 2023: []}


def test_the_trend_marks_the_year_whose_table_disputes_it(client):
    data = client.get("/api/trends", query_string={"q": AGENCY, "fig": "reconsideration_total"}).get_json()
    points = {p["year"]: (p["value"], p["disputed"]) for p in data["series"][0]["points"]}
    assert points == {2022: (5, NOTE), 2023: (1, "")}
    page = client.get("/trends", query_string={"q": AGENCY, "fig": "reconsideration_total"}).get_data(as_text=True)
    assert f'title="{NOTE}"' in page and "数字照录原文" in page
    # The doubt in words under the table too: a title shows on hover alone (no touch screen, no paper).
    assert f'<ul class="disputed-notes"><li>2022 年 行政复议：{NOTE}</li></ul>' in page


def test_a_total_failing_two_checks_gives_both_and_a_short_total_says_so():
    from search.figures.records import ReportRecord
    failures = [{"check": "row_sum", "key": "requests_total", "expected": 10, "found": 9},
                {"check": "outcome_sum", "key": "requests_total", "expected": 8, "found": 9},
                {"check": "balance", "expected": 5, "found": 4}]  # the balance names no one figure
    record = ReportRecord("r", "某局", 2022, "county", "", "", "2021", "r.txt", [3], {}, {"failures": failures})
    assert record.disputed("requests_total") == ("报告表中已填分项之和 10 超过所填总计 9；"
                                                 "报告表中分项之和为 8，与所填总计 9 不符")
    assert record.disputed("requests_new") == ""


def test_a_column_computed_from_a_disputed_figure_is_disputed_too():
    from search.figures.records import ReportRecord
    # 复议后起诉: results 3 + 2 beside a total of 0; 未经复议直接起诉 settled.
    figures = {"litigation_direct_total": 1, "litigation_direct_pending": 0,
               "litigation_after_reconsideration_upheld": 3, "litigation_after_reconsideration_corrected": 2,
               "litigation_after_reconsideration_total": 0, "litigation_after_reconsideration_pending": 0,
               "reconsideration_total": 4, "reconsideration_corrected": 1, "reconsideration_pending": 0,
               "litigation_total": 1}  # as the parser sums it (SUMMED_FIGURES)
    failures = [{"check": "review_sum", "row": "行政诉讼 复议后起诉", "column": "总计",
                 "key": "litigation_after_reconsideration_total", "expected": 5, "found": 0}]
    record = ReportRecord("r", "某局", 2023, "county", "", "", "2021", "r.txt", [4], figures, {"failures": failures})
    note = "所据的“行政诉讼 复议后起诉 总计”：报告表中已填分项之和 5 超过所填总计 0"
    assert record.disputed("litigation_total") == note  # 1 + 0 is not the 行政诉讼 the table implies
    assert record.disputed("rate_litigation_corrected") == note
    assert record.disputed("litigation_after_reconsideration_total") == "报告表中已填分项之和 5 超过所填总计 0"
    assert record.disputed("reconsideration_total") == ""  # a figure that reads none of it
    assert record.disputed("rate_reconsideration_corrected") == ""
    # The rate reads the disputed figure but is unknown here (未经复议直接起诉's 结果纠正 is blank):
    # nothing is shown to doubt, so exports and pages mark only the columns with a value.
    assert set(record.disputed_columns) == {"litigation_total"}


def test_a_rate_over_a_disputed_total_is_marked_on_the_trends_page(client):
    data = client.get("/api/trends", query_string={"q": AGENCY, "fig": "rate_reconsideration_corrected"}).get_json()
    points = {p["year"]: p["disputed"] for p in data["series"][0]["points"]}
    assert points[2022] == f"所据的“行政复议 总计”：{NOTE}" and points[2023] == ""


def test_exports_name_the_disputed_columns_and_keep_the_values_plain(client):
    import csv
    import io
    text = client.get("/api/export", query_string={"q": AGENCY, "what": "stats", "format": "csv"}).get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    year = rows[0].index("年份")
    header, body = rows[0], {r[year]: r for r in rows[1:] if r[year]}
    where, value = header.index("本报告表内分项与总计不符的指标"), header.index("行政复议")
    assert body["2022"][value] == "5" and body["2023"][value] == "1"  # the number as written
    assert body["2022"][where] == "行政复议、复议纠错率" and body["2023"][where] == ""
    rows = client.get("/api/stats", query_string={"q": AGENCY}).get_json()["rows"]
    disputed = {r["year"]: r["disputed"] for r in rows}
    assert disputed == {2022: {"reconsideration_total": NOTE,
                               "rate_reconsideration_corrected": f"所据的“行政复议 总计”：{NOTE}"}, 2023: {}}


def test_the_trend_chart_marks_the_disputed_year_as_the_table_does(client):
    from lxml import html as lxml_html
    page = client.get("/trends", query_string={"q": AGENCY, "fig": "reconsideration_total"}).get_data(as_text=True)
    svg = lxml_html.fromstring(page).xpath("//svg[@data-figure='reconsideration_total']")[0]
    labels = {g.get("data-year"): g.xpath("string(.//text[contains(@class, 'value')])") for g in svg.xpath(".//g[@data-year]")}
    # As written, then as its items add up (QA 42 F12): the year is an outline up to 11, never a plain bar of 5.
    assert labels == {"2022": "5*/11", "2023": "1"}
    assert svg.xpath(".//g[@data-year='2022']/rect/@class") == ["bar disputed"]
    assert svg.xpath(".//g[@data-year='2023']/rect/@class") == ["bar"]
    assert svg.xpath(".//g[@data-year='2022']//text[contains(@class, 'disputed')]")
    assert svg.xpath(".//g[@data-year='2022']")[0].get("data-value") == "5"  # the value itself stays as written
    assert f"2022 年 5（{NOTE}）" in svg.xpath("string(.//desc)")  # read aloud: the reason, not a star


def test_a_range_keeps_a_report_whose_own_items_exceed_its_total(client):
    # 2022's table writes 行政复议 总计 5 under items of 10 + 1: "at least 6 cases" is what its table lists.
    data = client.get("/api/search", query_string={"q": AGENCY, "min_reconsideration_total": 6}).get_json()
    assert sorted(h["year"] for h in data["hits"]) == [2022]
    # Neither bound is invented: no report lists 12 or more, and the settled year's 1 stays out of 2 and up.
    assert client.get("/api/search", query_string={"q": AGENCY, "min_reconsideration_total": 12}).get_json()["hits"] == []
    page = client.get("/", query_string={"q": AGENCY, "min_reconsideration_total": 6}).get_data(as_text=True)
    assert "表中所填总计小于已填分项之和的（标 *），按分项之和筛选" in page
    # ... and an upper bound reads the same sum: the 5 written is no "at most 5" when the items list 11.
    at_most = client.get("/api/search", query_string={"q": AGENCY, "max_reconsideration_total": 5}).get_json()
    assert sorted(h["year"] for h in at_most["hits"]) == [2023]


def test_the_floor_adds_what_a_summed_figure_understates():
    from search.figures.table_floor import table_floor
    failures = [{"key": "litigation_after_reconsideration_total", "expected": 5, "found": 0},
                {"key": "reconsideration_total", "expected": 11, "found": 0}]
    figures = {"litigation_total": 1, "reconsideration_total": 0, "requests_new": 3}
    assert table_floor("litigation_total", figures, {"failures": failures}) == 6  # 1 written + 5 the total left out
    assert table_floor("reconsideration_total", figures, {"failures": failures}) == 11
    assert table_floor("requests_new", figures, {"failures": failures}) is None  # nothing disputes it
    # A total above its items proves no more than it says (blank items are not 0).
    short = [{"key": "reconsideration_total", "expected": 2, "found": 4}]
    assert table_floor("reconsideration_total", {"reconsideration_total": 4}, {"failures": short}) is None
    assert table_floor("reconsideration_total", {}, {"failures": failures}) is None  # no figure, no floor
    # One total failing two checks (its row and its column) is one shortfall, said twice.
    twice = [{"check": "row_sum", "key": "requests_total", "expected": 5, "found": 0},
             {"check": "outcome_sum", "key": "requests_total", "expected": 4, "found": 0}]
    assert table_floor("requests_total", {"requests_total": 0}, {"failures": twice}) == 5


def test_a_year_of_several_reports_counts_those_whose_table_disputes_the_figure():
    from search.figures.records import ReportRecord
    from search.figures.trends import trend_of
    from search.retrieval.params import SearchParams
    failure = {"check": "row_sum", "key": "reconsideration_total", "expected": 11, "found": 5}

    def record(name: str, figures: dict, failures: list) -> ReportRecord:
        return ReportRecord(name, name, 2022, "county", "", "", "2021", f"{name}.txt", [5], figures,
                            {"failures": failures}, agency_id=name)

    records = [record("a", {"reconsideration_total": 5}, [failure]), record("b", {"reconsideration_total": 1}, []),
               record("c", {}, [failure])]  # no figure to doubt: its failure marks nothing
    point = trend_of(None, records, SearchParams(), ["reconsideration_total"]).series[0].points[0]
    assert (point.value, point.reports, point.disputed) == (6, 2, "其中 1 份报告的表中分项之和与所填总计不符")
