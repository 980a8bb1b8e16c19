"""One named body followed over its years (历年, 每一年, 各年度 beside 桐乡市民政局 or 水利部): the series
words require nothing, the body's own reports come first, newest first, and the page links the body.
Reports and queries are made up."""
from __future__ import annotations

import pytest

from search.retrieval.query import parse_query
from tests.conftest import made_up_report, search, written

TEXT = "本年度主动公开政府信息，城乡低保对象按月公示，依申请公开工作有序开展。"
REPORTS = {
    "tx2019.txt": made_up_report("桐乡市民政局", 2019, {1: TEXT}),
    "tx2020.txt": made_up_report("桐乡市民政局", 2020, {1: TEXT}),
    "tx2021.txt": made_up_report("桐乡市民政局", 2021, {1: TEXT}),
    # Another body of the same kind, and one whose text names the body followed.
    "jx2021.txt": made_up_report("嘉兴市民政局", 2021, {1: TEXT + "桐乡市民政局历年工作扎实。"}),
    "txcz2021.txt": made_up_report("桐乡市财政局", 2021, {1: TEXT + "会同桐乡市民政局每年核定低保资金。"}),
    "slb2020.txt": made_up_report("水利部", 2020, {1: TEXT}),
    "slb2021.txt": made_up_report("水利部", 2021, {1: TEXT}),
    "zjslt2021.txt": made_up_report("浙江省水利厅", 2021, {1: TEXT + "按照水利部每年的部署开展工作。"}),
}


@pytest.fixture(scope="module")
def bodies(indexes):
    return indexes.searcher("series", written(REPORTS))


def top(result, n):
    return [(hit.agency, hit.year) for hit in result.hits[:n]]


@pytest.mark.parametrize("typed, rest, body", [
    ("桐乡市民政局 历年年报", ["桐乡市民政局", "年报"], "桐乡市民政局"),
    ("桐乡市民政局历年的年报", ["桐乡市民政局 年报"], "桐乡市民政局"),
    ("水利部 每一年的年报", ["水利部", "年报"], "水利部"),
    ("民政局 历年 低保", ["民政局", "低保"], None),  # a kind of body, not one: the words are dropped
    ("历年 低保", ["低保"], None),
])
def test_series_words_are_no_text_and_name_the_body_followed(typed, rest, body):
    parsed = parse_query(typed)
    assert [alt for c in parsed.must for alt in c.alternatives] == rest
    assert (parsed.series.word if parsed.series else None) == body


def test_the_body_s_own_reports_come_first_newest_first(bodies):
    result = search(bodies, q="桐乡市民政局 历年年报")
    assert top(result, 3) == [("桐乡市民政局", 2021), ("桐乡市民政局", 2020), ("桐乡市民政局", 2019)]
    assert any("历年" in m and "按年份从新到旧" in m for m in result.messages)


def test_a_typed_year_range_comes_first_within_the_body(bodies):
    result = search(bodies, q="桐乡市民政局 各年度报告 2019到2020")
    assert top(result, 3) == [("桐乡市民政局", 2020), ("桐乡市民政局", 2019), ("桐乡市民政局", 2021)]


def test_a_central_body_comes_before_its_local_namesakes(bodies):
    result = search(bodies, q="水利部 每一年的年报")
    assert top(result, 2) == [("水利部", 2021), ("水利部", 2020)]
    assert result.body_link and result.body_link[1].startswith("/agencies/")


def test_without_a_named_body_the_words_change_nothing(bodies):
    plain, series = search(bodies, q="民政局 低保"), search(bodies, q="民政局 历年 低保")
    assert top(series, 10) == top(plain, 10)
    assert series.body_link is None
    assert not any("历年" in m for m in series.messages)


def test_the_results_page_links_the_body_s_agency_page(indexes):
    client = indexes.app("series", written(REPORTS)).test_client()
    page = client.get("/?q=桐乡市民政局 历年年报").get_data(as_text=True)
    assert 'class="notice body-link"><a href="/agencies/' in page
    assert "桐乡市民政局的机关页面" in page
    href = page.split('class="notice body-link"><a href="', 1)[1].split('"', 1)[0]
    assert client.get(href).status_code == 200


def test_the_api_names_the_body_followed(indexes):
    client = indexes.app("series", written(REPORTS)).test_client()
    assert client.get("/api/search?q=水利部 每一年的年报").get_json()["body"]["url"].startswith("/agencies/central:")
    assert client.get("/api/search?q=民政局 历年 低保").get_json()["body"] is None
