"""The figures pages over a selection (trends, quality) say which reports they are over, and a
selection of no report is said to be empty, never reported as sound."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

NINGXIA = "宁夏回族自治区"  # four of the five samples, of four bodies


def page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def chips(html: str) -> dict[str, str]:
    """label -> the link that removes it, of the page's 所选报告 chips."""
    block = re.search(r'<div class="chips selection">(.*?)</div>', html, re.S)
    if not block:
        return {}
    return {unescape(label).strip(): unescape(href)
            for href, label in re.findall(r'<a class="chip" href="([^"]*)"[^>]*>([^<]*)<', block.group(1))}


def test_trends_name_the_query_and_filters_they_sum(client):
    html = page(client, f"/trends?q=低保&province={NINGXIA}")
    assert "<h1 class=\"page-title\">所选报告的历年数据</h1>" in html
    shown = chips(html)
    assert set(shown) == {"关键词：低保", NINGXIA}
    # Each chip drops its own condition and keeps the other.
    assert shown[NINGXIA] == "/trends?q=低保"
    assert shown["关键词：低保"] == f"/trends?province={NINGXIA}"


def test_trends_of_everything_say_so(client):
    html = page(client, "/trends")
    assert "全部报告的历年数据" in html and "所选报告的历年数据" not in html
    assert chips(html) == {}


def test_a_trend_chip_keeps_the_figures_chosen(client):
    shown = chips(page(client, "/trends?province=浙江省&fig=outcome_disclosed"))
    assert shown == {"浙江省": "/trends?fig=outcome_disclosed"}


def test_an_agency_that_matches_nothing_is_shown_with_the_way_out(client):
    html = page(client, "/trends?agency=没有这个机构")
    assert chips(html) == {"没有这个机构": "/trends"}
    assert "没有可以按年份统计的报告" in html


def test_the_htmx_fragment_of_trends_carries_the_selection(client):
    html = client.get("/trends?province=浙江省", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "<!doctype" not in html.lower()
    assert set(chips(html)) == {"浙江省"}


def test_quality_names_its_filters(client):
    html = page(client, "/quality?province=浙江省")
    assert chips(html) == {"浙江省": "/quality"}  # the query has its own box
    assert re.search(r'<dt>检查的报告</dt><dd><a href="/\?province=浙江省">1</a></dd>', html)


def test_quality_of_no_report_claims_nothing(client):
    html = page(client, "/quality?year=1999")
    assert "没有符合条件的报告" in html
    for all_clear in ("所选报告六个部分齐全", "均未发现不相符之处", "未发现内容雷同的报告", "可核对的项目均衔接一致"):
        assert all_clear not in html
    assert "去掉所有筛选条件" in html and set(chips(html)) == {"1999 年"}


def test_a_selection_chart_warns_when_its_bars_add_up_different_numbers_of_reports(client):
    series = {s["key"]: s for s in client.get("/api/trends?fig=requests_new&fig=rate_disclosed").get_json()["series"]}
    counts = [p["reports"] for p in series["requests_new"]["points"] if p["value"] is not None]
    assert len(set(counts)) > 1  # the samples: some years have more reports with the figure than others
    html = page(client, "/trends?fig=requests_new&fig=rate_disclosed")
    notes = re.findall(r'<figcaption>([^<]*)<.*?</figure>', html, re.S)
    figures = {caption: block for caption, block in zip(notes, re.findall(r'<figure class="trend-chart">(.*?)</figure>', html, re.S))}
    warning = f"各年有该项数据的报告数不同（{min(counts)}–{max(counts)} 份，见下表）"
    assert warning in figures["本年新收申请"]
    assert "报告数不同" not in figures["予以公开率"]  # a pooled rate does not grow with the reports
