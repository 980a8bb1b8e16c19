"""/stats reached from a search sorted 按所问数字 (sort=figure) sorts its table by the figure the query asks, and its
note quotes only the words typed (QA 34 #7: 行政诉讼's table was sorted by 本年新收申请, and the note quoted
“行政诉讼大于 0”). Made-up bodies: 岚岫县 appears in no corpus."""
from __future__ import annotations

import re

import pytest

from tests.conftest import made_up_report as report, written

REPORTS = {
    "many.txt": report("岚岫县蜂业管理局", 2023, {3: "本年度收到政府信息公开申请20件。", 4: "本年度发生政府信息公开行政诉讼1件。"}),
    "few.txt": report("岚岫县蚕业管理局", 2023, {3: "本年度收到政府信息公开申请2件。", 4: "本年度发生政府信息公开行政诉讼5件。"}),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("stats-sorted", written(REPORTS)).test_client()


def _agencies(data: dict) -> list[str]:
    return [row["agency"] for row in data["rows"]]


def test_a_search_sorted_by_its_figure_sorts_the_table_by_it(client):
    plain = client.get("/api/stats?q=行政诉讼").get_json()
    assert plain["sort"]["by"] == "requests_new" and _agencies(plain) == ["岚岫县蜂业管理局", "岚岫县蚕业管理局"]
    data = client.get("/api/stats?q=行政诉讼&sort=figure").get_json()
    assert data["sort"] == {"by": "litigation_total", "dir": "desc"}
    assert _agencies(data) == ["岚岫县蚕业管理局", "岚岫县蜂业管理局"]
    # a column asked for wins over the search's sort
    assert client.get("/api/stats?q=行政诉讼&sort=figure&by=year").get_json()["sort"]["by"] == "year"


def test_the_page_says_the_column_and_keeps_it_in_its_links(client):
    response = client.get("/stats?q=行政诉讼&sort=figure")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "按行政诉讼降序排列" in html
    assert "by=requests_new" in html  # the other columns' links sort by them, the search's sort kept


def test_the_note_quotes_only_the_words_typed(client):
    messages = client.get("/api/stats?q=行政诉讼&sort=figure").get_json()["messages"]
    note = next(m for m in messages if "决定搜索结果的排序" in m)
    assert "“行政诉讼”" in note and "“行政诉讼大于 0”" not in note


def test_the_note_says_the_table_is_sorted_by_the_figure_when_it_is(client):
    """rev33 #7: above a table sorted by 行政诉讼 the note said the figure only ordered the search."""
    sorted_note = next(m for m in client.get("/api/stats?q=行政诉讼&sort=figure").get_json()["messages"]
                       if "决定搜索结果的排序" in m)
    assert "本页也按它排序，但计入所有相符的报告" in sorted_note and "只决定" not in sorted_note
    for url in ("/api/stats?q=行政诉讼", "/api/stats?q=行政诉讼&sort=figure&by=year"):
        plain = next(m for m in client.get(url).get_json()["messages"] if "决定搜索结果的排序" in m)
        assert "只决定搜索结果的排序，本页计入所有相符的报告" in plain, url


def _sorted_header(html: str) -> str:
    match = re.search(r'<th scope="col" aria-sort="descending"[^>]*>(.*?)</th>', html)
    return re.sub(r"<[^>]+>", "", match.group(1)) if match else ""


def test_a_figure_the_view_does_not_show_opens_the_view_that_does(client):
    """QA 36 #4: 主要数据 sorted by 复议纠正, a column it does not show, named no column and looked unordered."""
    response = client.get("/stats?q=行政复议 纠正&sort=figure")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "按复议纠正降序排列" in html and _sorted_header(html).startswith("复议纠正")
    assert client.get("/api/stats?q=行政复议 纠正&sort=figure").get_json()["sort"]["by"] == "reconsideration_corrected"
    # a view asked for is kept, and its caption still names the column sorted by, which it does not show
    kept = client.get("/stats?q=行政复议 纠正&sort=figure&view=proactive").get_data(as_text=True)
    assert "按复议纠正降序排列" in kept and _sorted_header(kept) == ""
    # 行政诉讼's column is in 主要数据: the view stays
    plain = client.get("/stats?q=行政诉讼&sort=figure").get_data(as_text=True)
    assert _sorted_header(plain).startswith("行政诉讼") and "本年新收申请" in plain
