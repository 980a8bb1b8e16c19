"""A report naming no issuer or no year is titled the same way on every page: 未知机构 年份不明的年度报告 in the
lists, its page's heading the same words whole; its page does not link a "body" that holds it alone (a new user's
review, session 25: results read 未知机构  年度报告, two spaces and no year, under a page headed otherwise)."""
from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from tests.conftest import PART_HEADINGS, made_up_report, written

PARTS = {1: "我单位认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。",
         2: "主动公开规范性文件3件。", 3: "本年度共收到政府信息公开申请5件，均已按时答复。",
         5: "存在的主要问题是公开内容不够全面。", 6: "无其他需要报告的事项。"}
BODY = "\n\n".join(f"{PART_HEADINGS[n]}\n{text}" for n, text in PARTS.items())
REPORTS = {
    "nameless.txt": f"政府信息公开工作年度报告\n\n{BODY}\n",  # neither issuer nor year
    "nameless-2021.txt": f"2021年政府信息公开工作年度报告\n\n{BODY}\n",  # a year, no issuer
    "named.txt": made_up_report("海盐县民政局", 2020, PARTS),
    # a traditional-script mirror's copy: its text keeps its script, its titles speak the portal's
    "mirror.txt": made_up_report("東山縣應急管理局", 2020, {**PARTS, 1: "本局全年主動公開政府信息86條，及時發布應急預案。"})
    .replace(PART_HEADINGS[1], PART_HEADINGS[1].translate(str.maketrans("总体况", "總體況"))),
    # a machine translation of a central body's report (a mirror): its issuer as the English reader knows it
    "english.txt": "China Earthquake Administration 2017 Government Information Disclosure Annual Report\n\n"
                   "I. Overview\nIn 2017 the administration proactively disclosed 84 items of seismic information.\n",
}


@pytest.fixture(scope="module")
def tclient(indexes):
    return indexes.app("untitled", written(REPORTS)).test_client()


def _ids(client) -> dict[str, str]:
    hits = client.get("/api/search?per_page=50").get_json()["hits"]
    return {h["source"]: h["report_id"] for h in hits}


def _text(element) -> str:
    return " ".join(element.text_content().split())


def test_result_titles_name_the_missing_issuer_and_year_in_words(tclient):
    doc = lxml_html.fromstring(tclient.get("/").get_data(as_text=True))
    titles = [h.text_content().strip() for h in doc.xpath("//h3[a]")]
    assert {"未知机构 年份不明的年度报告", "未知机构 2021 年度报告", "海盐县民政局 2020 年度报告"} <= set(titles), titles
    assert all(re.fullmatch(r"\S+ (\d{4} 年度报告|年份不明的年度报告)", t) for t in titles), titles  # one space, a year


def test_the_report_page_heading_says_what_the_results_say(tclient):
    ids = _ids(tclient)
    for source, heading in (("nameless.txt", "未知机构 年份不明的政府信息公开工作年度报告"),
                            ("nameless-2021.txt", "未知机构 2021 年政府信息公开工作年度报告"),
                            ("named.txt", "海盐县民政局 2020 年政府信息公开工作年度报告")):
        doc = lxml_html.fromstring(tclient.get(f"/reports/{ids[source]}").get_data(as_text=True))
        assert _text(doc.xpath("//h1")[0]) == heading
        facts = {_text(d.xpath("dt")[0]): _text(d.xpath("dd")[0]) for d in doc.xpath("//dl[@class='facts']/div")}
        if source == "nameless.txt":
            assert facts["年度"] == "年份不明" and facts["机构"].startswith("未知机构")


def test_an_issuer_the_build_could_not_tell_links_no_body_page(tclient):
    ids = _ids(tclient)
    nameless = lxml_html.fromstring(tclient.get(f"/reports/{ids['nameless.txt']}").get_data(as_text=True))
    assert not nameless.xpath("//a[contains(@class,'agency-link')]")
    note = _text(nameless.xpath("//span[contains(@class,'agency-unresolved')]")[0])
    assert "报告没有写明发布机关" in note and "未与其他报告归为同一机构" in note
    assert nameless.xpath("//span[contains(@class,'agency-unresolved')]/a[@href='#parse-notes-list']")
    named = lxml_html.fromstring(tclient.get(f"/reports/{ids['named.txt']}").get_data(as_text=True))
    link = named.xpath("//a[contains(@class,'agency-link')]")
    assert link and _text(link[0]).startswith("机构页面") and not named.xpath("//span[contains(@class,'agency-unresolved')]")
    assert tclient.get(link[0].get("href")).status_code == 200


def test_compare_lists_and_feeds_title_them_alike(tclient):
    ids = _ids(tclient)
    doc = lxml_html.fromstring(tclient.get(f"/compare?id={ids['nameless.txt']}&q=2021").get_data(as_text=True))
    labels = [_text(label) for label in doc.xpath("//form[contains(@class,'compare-pick')]//label")]
    assert "未知机构 年份不明的年度报告" in labels and "未知机构 2021 年度报告" in labels, labels
    both = lxml_html.fromstring(tclient.get(f"/compare?id={ids['nameless.txt']}&id={ids['named.txt']}")
                                .get_data(as_text=True))
    assert "年份不明" in [_text(s) for s in both.xpath("//thead//span[@class='year']")]
    feed = tclient.get("/feed").get_data(as_text=True)
    assert "未知机构 年份不明的政府信息公开工作年度报告" in feed and "年份不明的的" not in feed


def test_a_traditional_script_issuer_is_titled_in_simplified_script_everywhere(tclient):
    # the body's directory lists it in simplified script; results, its page, compare and feeds titled it as written
    # (a new user's session 29: a mirror's 東山縣… title over a facet reading 东山县…)
    ids = _ids(tclient)
    results = lxml_html.fromstring(tclient.get("/?q=预案").get_data(as_text=True))
    assert [_text(h) for h in results.xpath("//h3[a]")] == ["东山县应急管理局 2020 年度报告"]
    assert "發布應急預案" in _text(results.xpath("//p[@class='snippet']")[0])  # the text quoted as written
    page = lxml_html.fromstring(tclient.get(f"/reports/{ids['mirror.txt']}").get_data(as_text=True))
    assert _text(page.xpath("//h1")[0]) == "东山县应急管理局 2020 年政府信息公开工作年度报告"
    both = lxml_html.fromstring(tclient.get(f"/compare?id={ids['mirror.txt']}&id={ids['named.txt']}")
                                .get_data(as_text=True))
    assert "东山县应急管理局" in _text(both.xpath("//thead")[0]) and "東山縣" not in _text(both.xpath("//thead")[0])
    picks = lxml_html.fromstring(tclient.get(f"/compare?id={ids['named.txt']}&q=应急").get_data(as_text=True))
    assert "东山县应急管理局 2020 年度报告" in [_text(x) for x in picks.xpath("//form[contains(@class,'compare-pick')]//label")]
    feed = tclient.get("/feed").get_data(as_text=True)
    assert "东山县应急管理局 2020 年政府信息公开工作年度报告" in feed and "東山縣應急管理局 2020" not in feed


def test_a_mirrors_part_heading_and_issuer_read_in_simplified_script_beside_the_title(tclient):
    # (session 30's QA: 一、總體情況 under 东山县… in the results, a 机构 line 趙縣… under a heading 赵县…)
    ids = _ids(tclient)
    results = lxml_html.fromstring(tclient.get("/?q=预案").get_data(as_text=True))
    assert _text(results.xpath("//p[@class='meta']/span[@class='section']")[0]) == PART_HEADINGS[1]
    [hit] = tclient.get("/api/search?q=预案").get_json()["hits"]
    assert hit["section_title"] != PART_HEADINGS[1] and "總體" in hit["section_title"]  # the data as written
    page = lxml_html.fromstring(tclient.get(f"/reports/{ids['mirror.txt']}").get_data(as_text=True))
    facts = {_text(d.xpath("dt")[0]): _text(d.xpath("dd")[0]) for d in page.xpath("//dl[@class='facts']/div")}
    assert facts["机构"].startswith("东山县应急管理局（原文写作“東山縣應急管理局”）"), facts["机构"]


def test_an_english_translations_issuer_is_titled_by_its_chinese_name(tclient):
    # (session 30's QA: "China Meteorological Administration" in lists, facets and /stats; qa29 #8)
    results = lxml_html.fromstring(tclient.get("/?q=seismic").get_data(as_text=True))
    assert [_text(h) for h in results.xpath("//h3[a]")] == ["中国地震局 2017 年度报告"]
    [hit] = tclient.get("/api/search?q=seismic").get_json()["hits"]
    # As the page names it, the report's own words beside (session 31: /api/search as /api/stats)
    assert (hit["agency"], hit["name_as_written"]) == ("中国地震局", "China Earthquake Administration")
    listed = lxml_html.fromstring(tclient.get("/agencies").get_data(as_text=True))
    text = _text(listed.xpath("//main")[0])
    assert "中国地震局" in text and text.count("China Earthquake") == 1 and "各年写法：China Earthquake" in text


def test_stats_exports_name_the_issuer_as_the_page_does_and_keep_it_as_written(tclient):
    # (QA 30 #5: /stats listed 东山县… while its CSV gave 東山縣…; the search CSV already titles as the page does)
    import csv
    import io
    page = lxml_html.fromstring(tclient.get("/stats").get_data(as_text=True))
    assert "东山县应急管理局" in _text(page.xpath("//table")[0]) and "東山縣" not in _text(page.xpath("//table")[0])
    rows = list(csv.reader(io.StringIO(tclient.get("/api/export?what=stats&format=csv").get_data(as_text=True))))
    header = [h.lstrip("\ufeff") for h in rows[0]]
    mirror = next(dict(zip(header, r)) for r in rows[1:] if "東山縣應急管理局" in r)
    assert mirror["机构"] == "东山县应急管理局" and mirror["名称原文"] == "東山縣應急管理局"
    data = tclient.get("/api/stats").get_json()
    row = next(r for r in data["rows"] if r["name_as_written"] == "東山縣應急管理局")
    assert row["agency"] == "东山县应急管理局"
    assert next(r for r in data["rows"] if r["name_as_written"] == "海盐县民政局")["agency"] == "海盐县民政局"
