"""A figure no table of a report gives but its prose states (an opening cut before its tables) is counted as a
table's is, everywhere reports are added up or narrowed, and marked as the prose's wherever it is shown (session 25;
search/figures/text_figures.py): the statistics table (cells, sorting, totals with the prose's part apart, medians),
its JSON and CSV, the search's figure ranges and presets (each hit kept on its prose's word shows the figure and the
sentence), the trends and the comparison. A report that gives the figure nowhere is still unknown, never 0. The
reports are made up."""
import csv
import io
import re

import pytest

from tests.conftest import made_up_report, written
from tests.stats_corpus import _REVIEW_ROW, derive

REPORTS = {
    # Cut before its tables: its prose states the requests and the reconsiderations.
    "cut.txt": made_up_report("吴忠市人民政府", 2021, {
        1: "全年收到政府信息公开申请40件。", 4: "因政府信息公开工作引发行政复议12件、行政诉讼3件。"}),
    "table.txt": derive(2021, agency="吴忠市自然资源局", rows={_REVIEW_ROW: [2, 1, 0, 0, 3] + [0] * 10}),
    # An older report without the template's tables: its prose says none came.
    "none.txt": made_up_report("吴忠市农业农村局", 2017, {
        1: "2017年未收到有关政府信息公开申请。全年主动公开政府信息120条。"}),
    "none-2018.txt": made_up_report("吴忠市农业农村局", 2018, {
        1: "2018年共受理依申请公开政府信息3件，均按时答复。"}),
    # A report that states the figure nowhere: unknown, in no range.
    "silent.txt": made_up_report("乙阳县农业农村局", 2018, {1: "本机关认真贯彻落实政府信息公开条例，主动公开政府信息85条。"}),
}
NOTE = "表中未给出，据报告文字"


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("stats-from-text", written(REPORTS)).test_client()


def test_the_table_shows_the_text_s_figure_marked_and_sorts_on_it(client):
    page = client.get("/stats", query_string={"q": "吴忠市", "view": "review", "by": "reconsideration_total"}
                      ).get_data(as_text=True)
    assert page.index("吴忠市人民政府") < page.index("吴忠市自然资源局")  # 12 from the text above the table's 3
    assert f'class="num from-text" title="{NOTE}">12<' in page
    # The total says where the user reads it that it counts the prose's figures, and how much of it they are.
    assert "合计（含标“文”的数字）" in page and "其中据报告文字（表中未给出）" in page and '12<span class="of">（1 份）</span>' in page
    assert "与表中数字一样参与排序、合计、中位数和按数值筛选" in page


def test_totals_count_the_text_s_figures_and_give_their_part_apart(client):
    data = client.get("/api/stats", query_string={"q": "吴忠市"}).get_json()
    assert data["totals"]["reconsideration_total"] == 15 and data["counts"]["reconsideration_total"] == 2
    assert data["totals_from_text"]["reconsideration_total"] == 12 and data["counts_from_text"]["reconsideration_total"] == 1
    assert data["medians"]["reconsideration_total"] == 7.5
    rows = {r["agency"]: r for r in data["rows"]}
    assert rows["吴忠市人民政府"]["values"]["reconsideration_total"] == 12
    assert rows["吴忠市人民政府"]["from_text"] == {"requests_new": 40, "reconsideration_total": 12, "litigation_total": 3}
    assert rows["吴忠市自然资源局"]["from_text"] == {}
    assert rows["吴忠市人民政府"]["values"]["rate_disclosed"] is None  # rates: the tables' figures only
    body = client.get("/api/export", query_string={"what": "stats", "format": "csv", "q": "吴忠市"}).get_data(as_text=True)
    table = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    named, review = table[0].index("表中未给出、文字所述的数字"), table[0].index("行政复议")
    by_agency = {row[1]: row for row in table[1:]}
    assert by_agency["吴忠市人民政府"][named] == "本年新收申请 40；行政复议 12；行政诉讼 3"
    assert by_agency["吴忠市人民政府"][review] == "12"  # the cell adds up with the others: 合计 15
    assert by_agency["合计（比率为合并计算）"][review] == "15" and by_agency["其中据报告文字（表中未给出）"][review] == "12"


def test_a_figure_range_counts_the_text_s_figure_and_the_hit_says_so(client):
    def listed(**args):
        return sorted(r["agency"] for r in client.get("/api/stats", query_string=args).get_json()["rows"])

    assert listed(q="吴忠市", min_reconsideration_total="1") == ["吴忠市人民政府", "吴忠市自然资源局"]
    assert listed(q="吴忠市", min_reconsideration_total="5") == ["吴忠市人民政府"]
    assert listed(min_requests_new="1", max_requests_new="10") == ["吴忠市农业农村局", "吴忠市自然资源局"]
    assert listed(max_requests_new="0") == ["吴忠市农业农村局"]  # 2017: none came, as its prose says
    assert "乙阳县农业农村局" not in listed(max_requests_new="0") + listed(min_requests_new="0")  # stated nowhere
    # The search list shows which hits a range kept on their prose's word, with the sentence.
    data = client.get("/api/search", query_string={"min_reconsideration_total": "5"}).get_json()
    [hit] = data["hits"]
    assert hit["figure"] == "行政复议 12 件（据报告文字，表中未给出）"
    # It shows the part holding the sentence (QA 42 F4: part 一 before), so the snippet quotes it and no quote is added.
    assert hit["section"] == 4 and "引发行政复议12件" in re.sub(r"<[^>]+>", "", hit["snippet"])
    assert hit["figure_quote"] is None
    page = client.get("/", query_string={"min_requests_new": "1"}).get_data(as_text=True)
    assert "时，按报告文字写明的数字（写明没有的算作 0）" in page and "本年新收申请 3 件（据报告文字，表中未给出）" in page
    # The one-click preset counts them too.
    presets = {f["value"]: f["count"] for f in client.get("/api/search").get_json()["facets"]["figures"]}
    assert presets["min_reconsideration_total=1"] == 2


def test_a_trend_counts_the_text_s_figures_marked(client):
    data = client.get("/api/trends", query_string={"agency": "吴忠市农业农村局", "fig": "requests_new"}).get_json()
    points = {p["year"]: p for p in data["series"][0]["points"]}
    assert (points[2017]["value"], points[2017]["from_text"]) == (0, 1)
    assert (points[2018]["value"], points[2018]["from_text"]) == (3, 1)
    page = client.get("/trends", query_string={"agency": "吴忠市农业农村局", "fig": "requests_new"}).get_data(as_text=True)
    assert f'<span class="flag" title="{NOTE}" aria-hidden="true">文</span>' in page
    assert "2017、2018 年的数字据报告文字（表中未给出，下表标“文”）" in page


def test_compare_shows_what_the_prose_says_marked_with_its_sentence(client):
    ids = {(r["agency"], r["year"]): r["report_id"] for r in client.get("/api/stats").get_json()["rows"]}
    pair = [ids[("吴忠市农业农村局", 2017)], ids[("吴忠市农业农村局", 2018)]]
    data = client.get("/api/compare", query_string=[("id", i) for i in pair]).get_json()
    [line] = [l for p in data["parts"] for l in p["lines"] if l["key"] == "requests_new"]
    assert line["values"] == [0, 3] and line["changes"] == [None, "+3"]
    assert line["from_text"] == ["2017年未收到有关政府信息公开申请", "2018年共受理依申请公开政府信息3件"]
    page = client.get("/compare", query_string=[("id", i) for i in pair]).get_data(as_text=True)
    assert "吴忠市农业农村局 2017，一、本年新收政府信息公开申请数量：“2017年未收到有关政府信息公开申请”" in page
    # Beside a report whose table gives it, the prose's value is on the template's own row.
    mixed = [ids[("吴忠市人民政府", 2021)], ids[("吴忠市自然资源局", 2021)]]
    parts = client.get("/api/compare", query_string=[("id", i) for i in mixed]).get_json()["parts"]
    [line] = [l for p in parts for l in p["lines"] if l["key"] == "reconsideration_total"]
    assert line["label"] == "行政复议 总计" and sorted(line["values"]) == [3, 12]
    assert sorted(q or "" for q in line["from_text"]) == ["", "因政府信息公开工作引发行政复议12件、行政诉讼3件"]


def test_ranges_select_the_reports_the_statistics_count(client):
    """One rule for every page: a report is in a range exactly when the value the statistics count for it (its table's,
    else its prose's) is inside, and in no range when it has neither."""
    from search.schema import TEXT_RANGE_FIGURES

    rows = client.get("/api/stats").get_json()["rows"]
    for key in TEXT_RANGE_FIGURES:
        anywhere = {r["report_id"] for r in client.get("/api/stats", query_string={f"min_{key}": "0"}).get_json()["rows"]}
        for row in rows:
            value = row["values"][key]
            assert (row["report_id"] in anywhere) == (value is not None), (row["agency"], key)
            if value is not None:
                exact = client.get("/api/stats", query_string={f"min_{key}": value, f"max_{key}": value}).get_json()
                assert row["report_id"] in {r["report_id"] for r in exact["rows"]}, (row["agency"], key)


def test_an_index_written_before_the_prose_s_range_fields_ranges_on_the_tables():
    from whoosh import query as Q

    from search.retrieval.filters import figure_range
    from search.retrieval.rangeable import MAX_FIGURE

    class Before:  # a searcher on an index without said_ fields (served until its next build)
        class schema:
            @staticmethod
            def names():
                return ["fig_requests_new"]

    assert figure_range(Before(), "requests_new", 1, None) == Q.NumericRange("fig_requests_new", 1, MAX_FIGURE)


def test_the_ranges_index_every_ranged_figure_the_prose_may_state():
    from search.figures.text_figures import TEXT_COLUMNS
    from search.schema import RANGE_FIGURES, TEXT_RANGE_FIGURES

    assert TEXT_RANGE_FIGURES == tuple(k for k in RANGE_FIGURES if k in TEXT_COLUMNS)


def test_one_reading_of_the_figure_feeds_the_hits_the_export_the_sort_and_the_statistics(client):
    """Review 32 (finding 3): a report whose prose says no request came counted 0 in /stats and /api/stats, while its
    hit had figure_value null, the CSV's 所问数字 was empty and sort=figure put it among the reports giving nothing.
    The table's figure, else the prose's (0 where it says none came), is now the one value everywhere."""
    stats = client.get("/api/stats", query_string={"q": "吴忠市"}).get_json()
    counted = {(r["agency"], r["year"]): r["values"]["requests_new"] for r in stats["rows"]}
    assert counted[("吴忠市农业农村局", 2017)] == 0
    asked = {"q": "吴忠市 收到多少申请", "per_page": 50}
    hits = client.get("/api/search", query_string=asked).get_json()["hits"]
    shown = {(h["agency"], h["year"]): h["figure_value"] for h in hits}
    assert shown[("吴忠市农业农村局", 2017)] == 0
    assert {k: v for k, v in shown.items() if k in counted} == {k: v for k, v in counted.items() if k in shown}
    line = next(h["figure"] for h in hits if (h["agency"], h["year"]) == ("吴忠市农业农村局", 2017))
    assert line == "表中未给出“本年新收申请”，文字写明没有"
    export = client.get("/api/export", query_string={**asked, "what": "search", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(export.get_data(as_text=True).lstrip("\ufeff"))))
    assert {(r["机构"], r["年份"]): r["所问数字"] for r in rows}[("吴忠市农业农村局", "2017")] == "0"
    ranked = client.get("/api/search", query_string={**asked, "sort": "figure"}).get_json()["hits"]
    values = [h["figure_value"] for h in ranked]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True) and values[:len(known)] == known  # the ones giving nothing last
    assert 0 in known and ("乙阳县农业农村局", 2018) not in {(h["agency"], h["year"]) for h in ranked[:len(known)]}
