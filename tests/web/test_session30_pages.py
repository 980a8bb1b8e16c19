"""QA 30 findings 9, 10, 11, 12 and 15 (session 30): what a message quotes of the query, a number alone, a city
chosen alone on /stats, the range advice, the search CSV's columns, an empty result page, the template's instruction
in snippets."""
from __future__ import annotations

import csv
import io
import re
import urllib.parse

from search.output.export import SEARCH_CELLS
from search.retrieval.snippets import make_snippet
from search.vocabulary import ECHOED, echoed_quotes

LONG = "qqq" * 25  # no report uses it; longer than a note quotes (ECHOED), within what a query keeps (100)


def test_every_note_cuts_the_users_words_it_quotes(client):
    data = client.get(f"/api/search?q={LONG}%201").get_json()  # 没有报告使用“qqq…”，其余的“1”…
    assert data["messages"], data["messages"]
    assert not any(LONG in m for m in data["messages"])
    quotes = [q for m in data["messages"] for q in re.findall(r"“([^”]*)”", m)]
    assert quotes and all(len(q) <= ECHOED for q in quotes) and any(q.endswith("…") for q in quotes), data["messages"]
    page = client.get(f"/?q={LONG}%201").get_data(as_text=True)
    shown = re.findall(r'<p class="notice"[^>]*>(.*?)</p>|<p class="empty-title">(.*?)</p>|<title>(.*?)</title>', page)
    assert shown and not any(LONG in "".join(s) for s in shown)  # (links and the query box keep it whole)
    # Short quotes (the template's words, a word read as another) stay whole.
    assert echoed_quotes("“行政复议”按报告的写法查找") == "“行政复议”按报告的写法查找"


def test_a_number_alone_lists_nothing_as_the_number_left_of_a_query_does(client):
    for args in ("q=1", "q=1&flat=1", "q=46", "q=a"):
        data = client.get(f"/api/search?{args}").get_json()
        assert data["total"] == 0, args
        assert any("是单独的数字或字符，不能单独查找" in m for m in data["messages"]), (args, data["messages"])
    # A number beside a word searches with it; a year is a year; five digits or more name something (a hotline).
    assert client.get("/api/search?q=1%20低保").get_json()["total"] > 0
    assert not any("不能单独查找" in m for m in client.get("/api/search?q=12345").get_json()["messages"])
    assert client.get("/api/search?q=2020").get_json()["total"] > 0


def test_a_city_chosen_alone_shows_in_its_province_on_stats(client):
    response = client.get("/stats?city=中卫市&view=all")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    tree = page.split('aria-label="宁夏回族自治区的城市"', 1)
    assert len(tree) == 2, "the city's province opens with its cities under it"
    city = tree[1].split("</li>", 1)[0]
    assert "中卫市" in city and 'class="selected"' in city and "☑" in city
    # Its links keep the page's view, as the other filters' do.
    assert all("view=all" in href for href in re.findall(r'href="(/stats\?[^"]*)"', tree[1].split("</ul>", 1)[0]))
    assert "<h2>城市</h2>" not in page  # cities are listed in the tree, not as a facet of their own
    # The search API shows the same tree: the city's own count, with its province.
    facets = client.get("/api/search?city=中卫市").get_json()["facets"]
    assert [(c["value"], c["selected"], c.get("province")) for c in facets["city"] if c["selected"]] == \
        [("中卫市", True, "宁夏回族自治区")]


def test_the_range_advice_is_not_given_when_a_range_is_set(client):
    asked = client.get("/api/stats?q=依申请公开").get_json()["messages"]
    assert any("设为最小值 1" in m for m in asked), asked  # the advice where no range is set
    ranged = client.get("/api/stats?q=依申请公开&min_requests_new=10&max_requests_new=100").get_json()["messages"]
    assert not any("设为" in m for m in ranged), ranged
    assert any("已按所设的范围筛选" in m for m in ranged), ranged


def test_the_search_csv_places_every_known_body_and_names_level_and_province(client):
    response = client.get("/api/export?what=search&format=csv&q=低保")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows and {"层级", "省份", "机构所在地"} <= set(rows[0])
    hits = client.get("/api/search?q=低保&per_page=50").get_json()["hits"]
    assert all(h["place"] for h in hits)  # every sample's place is known
    assert all(r["机构所在地"] and r["省份"] and r["层级"] for r in rows), rows
    # A name that says its place still has it in the column (the page shows none beside such a name).
    assert any(h["place"] and not h["where"] for h in hits)
    assert SEARCH_CELLS["agency"]("") == "未知机构" and SEARCH_CELLS["agency"](None) == "未知机构"


def test_an_empty_result_page_shows_no_sort_view_or_filters(client):
    empty = client.get("/?q=qqqxqqqzzz").get_data(as_text=True)
    assert "没有找到" in empty and 'id="q"' in empty
    assert "result-views" not in empty and 'id="filter-panel"' not in empty
    full = client.get("/?q=低保").get_data(as_text=True)
    assert "result-views" in full and 'id="filter-panel"' in full


def test_the_templates_instruction_is_never_in_a_snippet():
    text = ("三、收到和处理政府信息公开申请情况\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t"
            "申请人情况\t自然人\n一、本年新收政府信息公开申请数量\t26")
    for terms in (["勾稽关系"], ["申请"], ["本年新收"]):
        shown = str(make_snippet(text, terms))
        assert "本列数据" not in shown and "勾稽" not in shown, shown
    assert "本列数据" not in str(make_snippet("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", ["勾稽"]))
