"""Lists that name a report's issuer (/stats' rows, /quality's, /trends', the search sorted by 机构) name it as titles
do, in simplified script, and sort it by pinyin; parameters naming nothing known say so; a query is quoted short
(a new user's review, session 29). Made-up reports."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from search.agencies.directory import Agency, AgencyReport
from search.figures.crosscheck import Issue
from tests.conftest import made_up_report, written

FULL = {1: "全年主动公开政府信息120条。", 2: "主动公开规范性文件3件。", 3: "本年度共收到政府信息公开申请5件，均已按时答复。",
        4: "本年度未发生行政复议和行政诉讼。", 5: "存在的主要问题是公开内容不够全面。", 6: "无其他需要报告的事项。"}
REPORTS = {
    # code point order: 七 < 爱 < 路 < 龍; pinyin: ai < long < lu < qi
    "qi.txt": made_up_report("七星县民政局", 2020, FULL),
    "ai.txt": made_up_report("爱民县民政局", 2021, FULL),
    "lu.txt": made_up_report("路北县民政局", 2019, FULL),
    # a traditional-script mirror's copy, without part 四 (so /quality lists it)
    "long.txt": made_up_report("龍門縣民政局", 2020, {n: t for n, t in FULL.items() if n != 4}),
    # an issuer line giving the place alone
    "bare.txt": made_up_report("海盐县", 2021, FULL),
}
IN_PINYIN = ["爱民县民政局", "龙门县民政局", "路北县民政局", "七星县民政局"]


@pytest.fixture(scope="module")
def lclient(indexes):
    return indexes.app("issuer-lists", written(REPORTS)).test_client()


def _page(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.get_data(as_text=True))


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _ours(names: list[str]) -> list[str]:
    return [n for n in names if "民政局" in n]


def test_name_key_orders_by_pinyin_of_the_simplified_name():
    from search.retrieval.suggest import name_key

    assert sorted(["龍門縣民政局", "七星县民政局", "路北县民政局", "爱民县民政局"], key=name_key) == \
        ["爱民县民政局", "龍門縣民政局", "路北县民政局", "七星县民政局"]


def test_search_sorted_by_agency_lists_in_pinyin_and_simplified(lclient):
    page = _page(lclient, "/?sort=agency")
    titles = [_text(h) for h in page.xpath("//li[contains(@class,'hit')]//h3")]
    assert _ours([t.split(" ")[0] for t in titles]) == IN_PINYIN


def test_stats_rows_name_and_sort_the_issuer_as_titles_do(lclient):
    page = _page(lclient, "/stats?by=agency&dir=asc")
    rows = [_text(a) for a in page.xpath("//th[@scope='row' and contains(@class,'agency')]/a[1]")]
    assert _ours(rows) == IN_PINYIN
    page = _page(lclient, "/stats?by=agency&dir=desc")
    assert _ours([_text(a) for a in page.xpath("//th[@scope='row' and contains(@class,'agency')]/a[1]")]) == \
        IN_PINYIN[::-1]
    # the data names it as the page does, and keeps the name as written beside (QA 30 #5)
    rows = lclient.get("/api/stats").get_json()["rows"]
    assert "龙门县民政局" in [r["agency"] for r in rows] and "龍門縣民政局" not in [r["agency"] for r in rows]
    assert next(r for r in rows if r["agency"] == "龙门县民政局")["name_as_written"] == "龍門縣民政局"


def test_quality_and_trends_lists_name_the_issuer_in_simplified_script(lclient):
    quality = _text(_page(lclient, "/quality"))
    assert "龙门县民政局 2020" in quality and "龍門縣" not in quality
    trends = _text(_page(lclient, "/trends"))
    assert "龙门县民政局" in trends and "龍門縣" not in trends


def test_an_issue_is_named_in_simplified_script_and_kept_as_written_in_its_data():
    issue = Issue("prose", "no_requests", "r1", "龍門縣民政局", 2020, "本年新收申请", 0, 5)
    assert issue.name == "龙门县民政局" and issue.as_dict()["agency"] == "龍門縣民政局"


def test_a_body_whose_report_names_the_place_alone_is_headed_by_its_name(lclient):
    from search.agency_names import body_name

    body = Agency("330424:人民政府", [AgencyReport("a", 2021, "海盐县")], ("浙江省", "嘉兴市", "海盐县"))
    assert body.name == "海盐县人民政府"
    assert body_name("海盐县民政局", {"海盐县"}, "民政局") == "海盐县民政局"  # a body's own name is kept
    page = _page(lclient, "/agencies/330424:人民政府")
    assert _text(page.xpath("//h1")[0]) == "海盐县人民政府"


def test_examples_are_offered_on_the_opening_page_only(lclient):
    assert _page(lclient, "/").xpath("//div[@class='examples']")
    for url in ("/?sort=agency", "/?page=2&per_page=2", "/?flat=1"):
        assert not _page(lclient, url).xpath("//div[@class='examples']"), url


def test_unknown_regions_and_agencies_are_named_and_a_code_is_read(lclient):
    page = _text(_page(lclient, "/?province=火星"))
    assert "忽略了未知的省级地区：火星" in page
    data = lclient.get("/api/stats?city=330400").get_json()
    assert "地区代码“330400”按“嘉兴市”理解。" in data["messages"] and data["total"] == 1
    assert "找不到机构“bogus”" in _text(_page(lclient, "/trends?agency=bogus"))
    assert "找不到机构“bogus”" in _text(_page(lclient, "/?agency=bogus"))
    assert not any("找不到机构" in m for m in lclient.get("/api/search?agency=七星县民政局").get_json()["messages"])


def test_a_long_query_is_quoted_short(lclient):
    q = "甲乙" * 200
    page = _page(lclient, f"/?q={q}")
    empty = _text(page.xpath("//p[@class='empty-title']")[0])
    assert q not in empty and "…" in empty and len(empty) < 80
    assert len(_text(page.xpath("//title")[0])) < 60


def test_agencies_json_links_speak_words_not_parameter_names(lclient):
    page = _text(_page(lclient, "/agencies?per_page=2"))
    assert "page" not in page.replace("per_page=2", "")
    assert "以 JSON 获取" in page

