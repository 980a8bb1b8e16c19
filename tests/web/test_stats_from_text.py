"""A figure no table of a report gives but its prose states (an opening cut before its tables) is shown in
the statistics table, marked as the text's, sorted on, and kept out of totals and medians, which add what
the tables give; the JSON and CSV carry it apart from the tables' values. The reports are made up."""
import csv
import io

import pytest

from tests.conftest import made_up_report, written
from tests.stats_corpus import _REVIEW_ROW, derive

REPORTS = {
    # Cut before its tables: its prose states the reconsiderations.
    "cut.txt": made_up_report("吴忠市人民政府", 2021, {
        1: "全年收到政府信息公开申请40件。", 4: "因政府信息公开工作引发行政复议12件、行政诉讼3件。"}),
    "table.txt": derive(2021, agency="吴忠市自然资源局", rows={_REVIEW_ROW: [2, 1, 0, 0, 3] + [0] * 10}),
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
    assert "不计入合计与中位数" in page


def test_totals_add_the_tables_only_and_the_exports_keep_the_text_apart(client):
    data = client.get("/api/stats", query_string={"q": "吴忠市"}).get_json()
    assert data["totals"]["reconsideration_total"] == 3 and data["counts"]["reconsideration_total"] == 1
    rows = {r["agency"]: r for r in data["rows"]}
    assert rows["吴忠市人民政府"]["values"]["reconsideration_total"] is None
    assert rows["吴忠市人民政府"]["from_text"] == {"requests_new": 40, "reconsideration_total": 12, "litigation_total": 3}
    assert rows["吴忠市自然资源局"]["from_text"] == {}
    body = client.get("/api/export", query_string={"what": "stats", "format": "csv", "q": "吴忠市"}).get_data(as_text=True)
    table = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    column = table[0].index("表中未给出、文字所述的数字")
    by_agency = {row[1]: row[column] for row in table[1:] if len(row) > column}
    assert by_agency["吴忠市人民政府"] == "本年新收申请 40；行政复议 12；行政诉讼 3"


def test_a_figure_range_filters_on_the_tables_only_and_the_page_says_so(client):
    """A range (min_reconsideration_total=1) asks what the tables give, as the totals do: the report whose 12 comes
    from its text is not selected, and the page's legend says that ranges read the tables' figures only."""
    data = client.get("/api/stats", query_string={"q": "吴忠市", "min_reconsideration_total": "1"}).get_json()
    assert [r["agency"] for r in data["rows"]] == ["吴忠市自然资源局"]
    page = client.get("/stats", query_string={"q": "吴忠市"}).get_data(as_text=True)
    assert "按数值筛选（如“有新收申请”、数值范围）也只看表中数字" in page
