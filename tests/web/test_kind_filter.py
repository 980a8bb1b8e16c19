"""机构类型 (``kind=``): reports selected by the kind of body that issued them, in the search (a facet), /stats,
/trends and their JSON, whitelisted against the index's bodies; the /agencies kind page links to its bodies'
reports and statistics; a function's stem no body of the index is (公安 of 公安局) is said so where reports are
added up (review 32, finding 5). The bodies are made up: divisions with functions found nowhere in the corpus."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.conftest import made_up_report, written

REPORTS = {
    "bee-2022.txt": made_up_report("柘城县养蜂管理站", 2022, {1: "2022年，本站全年收到政府信息公开申请3件。"}),
    "bee-2023.txt": made_up_report("柘城县养蜂管理站", 2023, {1: "2023年，本站全年收到政府信息公开申请5件。"}),
    # A body of another kind whose text names the first kind's work and a 公安 bureau no report of the index is of.
    "silk-2023.txt": made_up_report("睢县蚕桑指导站", 2023, {
        1: "2023年，本站配合养蜂管理站和县公安部门开展工作，全年收到政府信息公开申请7件。"}),
    "fungus-2023.txt": made_up_report("宁陵县菌草推广站", 2023, {1: "2023年，本站全年收到政府信息公开申请2件。"}),
}
BEE = "养蜂管理站"


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("kind-filter", written(REPORTS)).test_client()


def _json(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_json()


def test_the_search_selects_by_kind_with_a_facet_and_a_chip(client):
    data = _json(client, f"/api/search?kind={quote(BEE)}")
    assert data["total"] == 2 and {h["agency"] for h in data["hits"]} == {"柘城县养蜂管理站"}
    kinds = {f["value"]: (f["count"], f["selected"]) for f in data["facets"]["kind"]}
    # the facet counts every kind (it ignores its own choice), the chosen one ticked
    assert kinds == {BEE: (2, True), "蚕桑指导站": (1, False), "菌草推广站": (1, False)}
    assert [c["label"] for c in data["filters"]] == [f"机构类型：{BEE}"]
    html = client.get(f"/?kind={quote(BEE)}").get_data(as_text=True)
    assert '<h2 id="facet-kind">机构类型</h2>' in html and "机构类型：养蜂管理站" in html
    assert f'id="f-kind-{BEE}"' in html and 'hx-boost="true"' in html
    # a word of the text is not a kind: the search for 养蜂管理站 finds the silk station too, the kind does not
    assert _json(client, f"/api/search?q={quote(BEE)}")["total"] == 3


def test_statistics_and_trends_take_the_kind(client):
    stats = _json(client, f"/api/stats?kind={quote(BEE)}")
    assert stats["total"] == 2 and stats["totals"]["requests_new"] == 8
    assert {r["agency"] for r in stats["rows"]} == {"柘城县养蜂管理站"}
    page = client.get(f"/stats?kind={quote(BEE)}").get_data(as_text=True)
    assert "机构类型：养蜂管理站" in page and "共 <strong>2</strong> 份报告" in page
    trend = _json(client, f"/api/trends?kind={quote(BEE)}")
    assert trend["years"] == [2022, 2023]
    assert {r["agency"] for year in trend["reports"].values() for r in year} == {"柘城县养蜂管理站"}
    both = _json(client, f"/api/stats?kind={quote(BEE)}&kind={quote('菌草推广站')}")
    assert both["total"] == 3  # several kinds: any of them


def test_an_unknown_kind_is_ignored_with_the_kinds_there_are_and_a_kind_list_name_is_read(client):
    for path in ("/api/search", "/api/stats"):
        data = _json(client, f"{path}?kind=%3Cb%3E")
        assert data["total"] == 4
        assert any(m.startswith("忽略了未知的机构类型：<b>（可用：") and BEE in m for m in data["messages"])
    html = client.get("/?kind=%3Cb%3E").get_data(as_text=True)
    assert "忽略了未知的机构类型：&lt;b&gt;" in html and "<b>（" not in html


def test_an_ignored_kind_is_no_chosen_filter_on_the_selection_pages(client):
    # /stats and /trends said the kind was ignored yet showed it as a chosen filter (QA 35 #5).
    for path in ("/stats", "/trends", "/quality"):
        html = client.get(f"{path}?kind=zzkind").get_data(as_text=True)
        assert "忽略了未知的机构类型：zzkind" in html, path
        assert "机构类型：zzkind" not in html.replace("忽略了未知的机构类型：zzkind", ""), path
    html = client.get(f"/stats?kind=zzkind&kind={quote(BEE)}").get_data(as_text=True)
    assert f"机构类型：{BEE}" in html  # the known one stays chosen


def test_links_carry_only_the_kinds_the_page_used(client):
    # QA 36 #10: every link onward (查看搜索结果, 趋势, 数据质量, the view tabs, the exports, the JSON) carried the ignored
    # kind=zzkind, so every later page repeated the message; a known kind, or a folded name's kind, is carried on.
    for path in ("/", "/?q=" + quote("申请"), "/stats", "/trends", "/quality", "/api/stats", "/api/trends", "/api/quality"):
        body = client.get(f"{path}{'&' if '?' in path else '?'}kind=zzkind&kind={quote(BEE)}").get_data(as_text=True)
        assert "忽略了未知的机构类型：zzkind" in body, path
        assert "zzkind" not in body.replace("忽略了未知的机构类型：zzkind", ""), path
        assert f"kind={quote(BEE)}" in body or f"kind={BEE}" in body, path


def test_the_agencies_kind_page_links_to_its_bodies_reports_and_statistics(client):
    html = client.get(f"/agencies?kind={quote(BEE)}").get_data(as_text=True)
    block = re.search(r'<p class="notice kind-reports">.*?</p>', html, re.S).group(0)
    assert f"机构类型“{BEE}”" in block
    links = dict((text, href) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', block))
    assert links == {"这些机构的报告": f"/?kind={BEE}", "数据统计": f"/stats?kind={BEE}", "历年趋势": f"/trends?kind={BEE}"}
    assert _json(client, f"/api/search?kind={quote(BEE)}")["total"] == 2  # where the link leads


def test_a_function_s_stem_no_report_is_issued_by_is_said_where_reports_are_added_up(client):
    note = "没有“公安局”发布的报告，下面是正文提到“公安”的报告。"
    stats = _json(client, "/api/stats?q=" + quote("公安"))
    assert stats["total"] == 1 and note in stats["messages"]
    assert note in _json(client, "/api/search?q=" + quote("公安"))["messages"]
    assert not any("发布的报告" in m for m in _json(client, "/api/stats?q=" + quote("养蜂"))["messages"])


def test_the_api_description_lists_the_kind():
    from search.output.openapi import search_parameters

    assert "kind" in search_parameters()


def test_the_feed_reads_the_kind_as_the_search_does(client):
    """Review 32: the search's Atom feed took kind= raw, so an unknown kind emptied it where the page ignored it."""
    def entries(path):
        response = client.get(path)
        assert response.status_code == 200, path
        return response.get_data(as_text=True).count("<entry>")

    assert entries(f"/feed?kind={quote(BEE)}") == 2
    assert entries(f"/feed?kind={quote('没有这种站')}") == entries("/feed") == 4


def test_every_kind_is_offered_and_a_chosen_one_keeps_its_count(monkeypatch):
    """QA 33: the facet stopped at 30 kinds, so 其他 (sorted last) and the rarest kinds were never offered, and a value
    chosen past a facet's cut showed 0 beside the reports it listed."""
    from collections import Counter

    from search.retrieval import facets
    from search.retrieval.params import SearchParams

    monkeypatch.setattr(facets, "FACET_LIMIT", 2)
    kinds = Counter({"养蜂管理站": 5, "蚕桑指导站": 4, "菌草推广站": 3, "其他": 2})
    offered = facets._values(facets.KIND_FACET, kinds, SearchParams(kind=("其他",)))
    assert [(v.value, v.count, v.selected) for v in offered] == [
        ("养蜂管理站", 5, False), ("蚕桑指导站", 4, False), ("菌草推广站", 3, False), ("其他", 2, True)]
    cities = Counter({"甲市": 5, "乙市": 4, "丙市": 3})
    shown = facets._values("city", cities, SearchParams(city=("丙市",)))
    assert [(v.value, v.count, v.selected) for v in shown] == [("甲市", 5, False), ("乙市", 4, False), ("丙市", 3, True)]


def test_search_hits_and_their_export_name_the_kind(client):
    """QA 33: with two kinds chosen, the search's JSON and CSV could not tell the rows apart (the statistics CSV could)."""
    import csv
    import io

    both = f"kind={quote(BEE)}&kind={quote('菌草推广站')}"
    hits = _json(client, f"/api/search?{both}")["hits"]
    assert {(h["agency"], h["agency_type"]) for h in hits} == {("柘城县养蜂管理站", BEE), ("宁陵县菌草推广站", "菌草推广站")}
    text = client.get(f"/api/export?what=search&format=csv&{both}").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {(r["机构"], r["机构类型"]) for r in rows} == {("柘城县养蜂管理站", BEE), ("宁陵县菌草推广站", "菌草推广站")}


def test_the_agencies_json_links_the_kind_s_reports_as_the_page_does(client):
    """Review 32 #9: /agencies?kind= linked its bodies' reports, statistics and trends; its JSON twin did not."""
    data = _json(client, f"/api/agencies?kind={quote(BEE)}")
    links = data["kind_reports"]
    assert links["label"] and all(f"kind={quote(BEE)}" in links[name] or f"kind={BEE}" in links[name]
                                  for name in ("search", "stats", "trends"))
    assert _json(client, links["search"].split("http://localhost", 1)[-1])["total"] == 2
    assert _json(client, "/api/agencies")["kind_reports"] is None
