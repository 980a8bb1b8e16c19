"""A report in which no part was found (a page of tables, an old report in free form) is searched by
its text, as the preamble it is: indexed but found by no query, it would be lost to every user."""
import pytest

from tests.conftest import api_search, made_up_report, written

# A genuine report whose text carries no part heading at all: its title, a lead-in, a paragraph.
NO_PARTS = ("隆德县林业和草原局2020年政府信息公开工作年度报告\n\n"
            "根据《中华人民共和国政府信息公开条例》，现将我局2020年度政府信息公开工作情况报告如下。\n"
            "本年度我局围绕森林草原防火和退耕还林补助资金发放，主动公开各类信息86条，"
            "未收到政府信息公开申请，未发生行政复议和行政诉讼。\n")
REPORTS = {
    "no-parts.txt": NO_PARTS,
    "with-parts.txt": made_up_report("隆德县水务局", 2020, {1: "本年度我局主动公开河道管理信息32条。"}),
}


@pytest.fixture(scope="module")
def preamble_app(indexes):
    return indexes.app("preamble-only", written(REPORTS))


def test_a_report_without_parts_is_found_by_its_text(preamble_app):
    client = preamble_app.test_client()
    data = api_search(client, "q=退耕还林补助资金")
    first = data["hits"][0]
    assert (first["agency"], first["section"], first["section_title"]) == ("隆德县林业和草原局", 0, "导言")
    # The section facet names it; the link lands on the report page's preamble.
    assert "导言" in {f["label"] for f in data["facets"]["section"]}
    page = client.get("/", query_string={"q": "退耕还林补助资金"}).get_data(as_text=True)
    assert "#section-0" in page and "导言" in page
    report = client.get(data["hits"][0]["url"].split("#")[0]).get_data(as_text=True)
    assert 'id="section-0"' in report and "退耕还林补助资金" in report


def test_a_report_with_parts_is_searched_by_its_parts_only(preamble_app):
    """Its preamble stays out of search (the parts hold its text; the lead-in would only repeat the
    issuer and year): no 导言 hit for a report whose parts were found."""
    data = api_search(preamble_app.test_client(), "q=报告")
    assert all(h["section"] != 0 for h in data["hits"] if h["agency"] == "隆德县水务局")


def test_the_feed_and_an_empty_query_list_it(preamble_app):
    client = preamble_app.test_client()
    assert api_search(client, "q=")["total"] == 2
    feed = client.get("/feed", query_string={"q": "退耕还林"})
    assert feed.status_code == 200 and "导言" in feed.get_data(as_text=True)


def test_the_preamble_facet_filters(preamble_app):
    """The 导言 facet's link (section=0) is accepted and keeps only such parts."""
    data = preamble_app.test_client().get("/api/search", query_string={"q": "信息", "section": 0}).get_json()
    assert [(h["agency"], h["section"]) for h in data["hits"]] == [("隆德县林业和草原局", 0)]


def test_the_preamble_is_named_but_its_name_is_not_searched(preamble_app):
    """导言 is the page's word for the part, not the report's: searching it finds nothing of the report."""
    client = preamble_app.test_client()
    assert not any(h["agency"] == "隆德县林业和草原局" for h in api_search(client, "q=导言")["hits"])
    # The query language names the part too.
    data = api_search(client, "q=部分:导言 信息")
    assert [(h["agency"], h["section"]) for h in data["hits"]] == [("隆德县林业和草原局", 0)]


def test_the_comparison_shows_its_text_as_its_preamble(preamble_app):
    """Compared with a report that has parts, the one without shows its text as 导言, not six gaps."""
    client = preamble_app.test_client()
    ids = [h["report_id"] for h in api_search(client, "q=")["hits"]]
    page = client.get("/compare", query_string={"id": ids}).get_data(as_text=True)
    assert 'id="part-0"' in page and "退耕还林补助资金" in page
    data = client.get("/api/compare", query_string={"id": ids}).get_json()
    assert data["parts"][0]["number"] == 0
