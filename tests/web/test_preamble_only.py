"""A report in which no part was found (a page of tables, an old report in free form) is searched by
its text, as the preamble it is: indexed but found by no query, it would be lost to every user. A
report with parts is searched by its lead-in's sentences as its 导言 too (round 26): the lead-in states
the report's period, where to download it and whom to ask, and no part repeats them."""
import pytest

from search.retrieval.engine import run_search
from search.retrieval.params import SearchParams
from search.retrieval.report_itself import asks_for_report
from tests.conftest import api_search, made_up_report, written

# A genuine report whose text carries no part heading at all: its title, a lead-in, a paragraph.
NO_PARTS = ("隆德县林业和草原局2020年政府信息公开工作年度报告\n\n"
            "根据《中华人民共和国政府信息公开条例》，现将我局2020年度政府信息公开工作情况报告如下。\n"
            "本年度我局围绕森林草原防火和退耕还林补助资金发放，主动公开各类信息86条，"
            "未收到政府信息公开申请，未发生行政复议和行政诉讼。\n")
# A made-up report whose page carries menus and a date line above the title, and a lead-in stating
# the report's period and where to download it before part 一.
LEAD_IN = ("网站首页\n政务公开\n当前位置:首页 > 公告公示\n发布日期:2021-01-28\n"
           "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
           "本年度报告电子版可以从青石县人民政府门户网站下载。如对本报告有疑问，请与青石县档案局办公室联系。\n\n")
# A made-up report whose lead-in lists the year's topics: one treated in a part (公路养护), one named only
# there (渡口安全).
TOPIC_LEAD_IN = "本年度我局围绕公路养护、渡口安全开展政务公开工作，现将情况报告如下。\n\n"
WITH_TOPICS = made_up_report("白沙县交通运输局", 2020, {1: "本年度我局主动公开公路养护信息15条。",
                                                   2: "本年度我局制发公路养护规范性文件2件。"})
REPORTS = {
    "no-parts.txt": NO_PARTS,
    "with-topic-lead-in.txt": WITH_TOPICS.replace("\n\n一、", "\n\n" + TOPIC_LEAD_IN + "一、", 1),
    "with-parts.txt": made_up_report("隆德县水务局", 2020, {1: "本年度我局主动公开河道管理信息32条。"}),
    "with-lead-in.txt": made_up_report("青石县档案局", 2020, {1: "本年度我局主动公开档案查阅信息12条。"}).replace(
        "\n\n一、", "\n\n" + LEAD_IN + "一、", 1),
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


def test_a_report_with_parts_has_no_preamble_without_a_lead_in(preamble_app):
    """A title line alone before part 一 is no text to search: the title field holds it."""
    data = api_search(preamble_app.test_client(), "q=报告")
    assert all(h["section"] != 0 for h in data["hits"] if h["agency"] == "隆德县水务局")


def test_the_lead_in_of_a_report_with_parts_is_searched(preamble_app):
    """Where to download the report and the period its figures cover are stated only in the lead-in:
    a question about the report itself finds it there (before round 26 no query could)."""
    client = preamble_app.test_client()
    for query in ("电子版 下载", "统计期限", "对本报告有疑问"):
        hits = api_search(client, f"q={query}")["hits"]
        assert [(h["agency"], h["section"], h["section_title"]) for h in hits] == [("青石县档案局", 0, "导言")], query
    # Its parts are searched as before.
    assert api_search(client, "q=档案查阅")["hits"][0]["section"] == 1


def test_the_page_chrome_above_a_lead_in_is_not_searched(preamble_app):
    """Menus and date lines (no sentence punctuation) are the web page's, not the report's."""
    client = preamble_app.test_client()
    for query in ("当前位置", "公告公示"):
        assert not any(h["agency"] == "青石县档案局" for h in api_search(client, f"q={query}")["hits"]), query


def test_a_lead_in_answers_no_topic_question(preamble_app):
    """A lead-in's list of the year's topics is no answer to a topic question (round 26b): the report is
    found at the part that treats the topic, and a topic named only in the lead-in does not find it."""
    client = preamble_app.test_client()
    hits = api_search(client, "q=公路养护")["hits"]
    assert [(h["agency"], h["section"]) for h in hits][:1] == [("白沙县交通运输局", 1)]
    assert not any(h["section"] == 0 for h in hits)
    assert not any(h["agency"] == "白沙县交通运输局" for h in api_search(client, "q=渡口安全")["hits"])
    # Asked for by name, the lead-in is searched.
    hits = api_search(client, "q=部分:导言 渡口安全")["hits"]
    assert [(h["agency"], h["section"]) for h in hits] == [("白沙县交通运输局", 0)]


def test_the_words_that_ask_for_the_report_itself():
    """Read from data/report_itself.tsv: where to get the report, its period, whom to ask, its format."""
    for asked in ("年报怎么下载", "统计期限是哪天", "对本报告有疑问找谁", "年报是什么格式"):
        assert asks_for_report(asked), asked
    for topic in ("公路养护", "统计数据发布", "举报电话", "依申请公开",
                  # words that ask for the report only beside its name: here they ask for information, a printer
                  "如何获取政府信息", "打印机采购", "申请格式要求", "截至目前为止收到多少申请"):
        assert not asks_for_report(topic), topic
    assert asks_for_report("怎么获取年度报告") and asks_for_report("报告联系人是谁")


def test_a_lead_in_leaves_the_parts_scores_as_they_were(indexes):
    """Indexed for the questions about the report itself, a lead-in counts in no statistic a topic
    question is scored by (documents, their lengths, a term's documents): its parts score alike with
    it and without it."""
    def scores(name, text):
        searcher = indexes.searcher(name, written({"r.txt": text, "other.txt": REPORTS["with-parts.txt"]}))
        result = run_search(searcher, SearchParams(q="公路养护 信息", flat=True))
        return sorted((h.section, round(h.score, 9)) for h in result.hits)

    with_lead_in = scores("lead-in-kept", REPORTS["with-topic-lead-in.txt"])
    assert with_lead_in and with_lead_in == scores("lead-in-absent", WITH_TOPICS)


def test_the_feed_and_an_empty_query_list_it(preamble_app):
    client = preamble_app.test_client()
    assert api_search(client, "q=")["total"] == 4
    feed = client.get("/feed", query_string={"q": "退耕还林"})
    assert feed.status_code == 200 and "导言" in feed.get_data(as_text=True)


def test_the_preamble_facet_filters(preamble_app):
    """The 导言 facet's link (section=0) is accepted and keeps only such parts."""
    data = preamble_app.test_client().get("/api/search", query_string={"q": "信息", "section": 0}).get_json()
    assert {(h["agency"], h["section"]) for h in data["hits"]} >= {("隆德县林业和草原局", 0), ("青石县档案局", 0)}
    assert all(h["section"] == 0 for h in data["hits"])


def test_the_preamble_is_named_but_its_name_is_not_searched(preamble_app):
    """导言 is the page's word for the part, not the report's: searching it finds nothing of the report."""
    client = preamble_app.test_client()
    assert not any(h["agency"] == "隆德县林业和草原局" for h in api_search(client, "q=导言")["hits"])
    # The query language names the part too.
    data = api_search(client, "q=部分:导言 信息公开申请")
    assert [(h["agency"], h["section"]) for h in data["hits"]] == [("隆德县林业和草原局", 0)]


def test_the_comparison_shows_its_text_as_its_preamble(preamble_app):
    """Compared with a report that has parts, the one without shows its text as 导言, not six gaps."""
    client = preamble_app.test_client()
    ids = [h["report_id"] for h in api_search(client, "q=")["hits"]]
    page = client.get("/compare", query_string={"id": ids}).get_data(as_text=True)
    assert 'id="part-0"' in page and "退耕还林补助资金" in page
    data = client.get("/api/compare", query_string={"id": ids}).get_json()
    assert data["parts"][0]["number"] == 0
