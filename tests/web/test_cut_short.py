"""A report whose text stops before its end (the parser's ``cut_off``) says so where a reader looks: among the report
page's facts, where its text stops, and on its search hit (QA 34 #1). Made-up bodies (岚岫县 appears in no corpus)."""
from __future__ import annotations

import re

import pytest

from tests.conftest import made_up_report, written

CUT = made_up_report("岚岫县蜂业管理局", 2023, {
    1: "本机关认真贯彻落实蜂业信息公开工作。",
    2: "主动公开蜂场检疫信息。",
    3: "本年度收到蜂业信息公开申请3件。四是及时回应群众关切。畅通蜂农",
})
WHOLE = made_up_report("岚岫县蜂业服务中心", 2023, {
    1: "本中心认真贯彻落实蜂业信息公开工作。", 2: "主动公开蜂场检疫信息。", 3: "收到申请2件。",
    4: "没有行政复议。", 5: "存在的问题是公开不够及时。", 6: "没有其他需要报告的事项。",
})
# Rev33 finding 1: a complete report whose saved page adds an attachment link is no copy cut short; one whose text
# stops inside its table is told so in words, with no quote of a word the report did not write.
LINKED = made_up_report("岚岫县蜂业站", 2013, {1: "本站认真贯彻落实蜂业信息公开工作。", 2: "主动公开蜂场检疫信息。",
                                           3: "本年度用于蜂业宣传的政府信息公开费用1万元。 附件下载"})
IN_TABLE = made_up_report("岚岫县蜂业协调办公室", 2023, {
    1: "本办认真贯彻落实蜂业信息公开工作。", 2: "主动公开蜂场检疫信息。",
    3: "申请人情况\t自然人\t法人\n一、本年新收蜂业申请数量\t3\t0\n二、上年结转蜂业申请数量\t0",
})
CORPUS = written({"cut.txt": CUT, "whole.txt": WHOLE, "linked.txt": LINKED, "table.txt": IN_TABLE})


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("cut-short", CORPUS).test_client()


def _hits(client) -> dict[str, dict]:
    response = client.get("/api/search?q=蜂业")
    assert response.status_code == 200
    return {h["agency"]: h for h in response.get_json()["hits"]}


def test_the_api_marks_the_hit_of_a_report_cut_short(client):
    hits = _hits(client)
    assert hits["岚岫县蜂业管理局"]["cut_off"] is True
    assert hits["岚岫县蜂业服务中心"]["cut_off"] is False
    assert hits["岚岫县蜂业站"]["cut_off"] is False
    assert hits["岚岫县蜂业协调办公室"]["cut_off"] is True


def test_the_search_hit_of_a_report_cut_short_is_marked(client):
    response = client.get("/?q=蜂业")
    assert response.status_code == 200
    hits = re.findall(r'<li class="hit">.*?</li>\s*(?=<li class="hit">|</ol>)', response.get_data(as_text=True), re.S)
    marked = {("蜂业管理局" in h or "协调办公室" in h, "文本不完整" in h) for h in hits}
    assert marked == {(True, True), (False, False)}


def test_the_report_page_says_it_is_cut_short_in_its_facts_and_where_it_stops(client):
    report_id = _hits(client)["岚岫县蜂业管理局"]["report_id"]
    response = client.get(f"/reports/{report_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    facts = html[html.index('<dl class="facts">'): html.index("</dl>")]
    assert "不完整" in facts and "畅通蜂农" in facts and 'href="#text-cut"' in facts
    end = html.index('id="text-cut"')
    assert "报告文本在“申请3件。四是及时回应群众关切。畅通蜂农”处中断，以下内容未收录。" in html[end:end + 200]
    # where the text stops: after the last words of the text, before the side panel
    assert html.index("畅通蜂农") < end < html.index('class="side"')


@pytest.mark.parametrize("agency", ["岚岫县蜂业服务中心", "岚岫县蜂业站"])
def test_a_whole_report_says_nothing_of_the_kind(client, agency):
    report_id = _hits(client)[agency]["report_id"]
    html = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "text-cut" not in html and "中断" not in html


def test_a_text_stopping_inside_its_table_is_told_so_in_words(client):
    report_id = _hits(client)["岚岫县蜂业协调办公室"]["report_id"]
    response = client.get(f"/reports/{report_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    facts = html[html.index('<dl class="facts">'): html.index("</dl>")]
    assert "不完整：报告文本在表格中中断（到“二、上年结转蜂业申请数量”一行为止），之后的内容没有收录" in facts
    assert "“表格”" not in html
