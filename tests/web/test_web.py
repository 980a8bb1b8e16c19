"""HTTP: pages, htmx fragments, the JSON API and bad input."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from tests.conftest import api_search as api


def test_search_page_full_and_fragment(client):
    page = client.get("/?q=低保")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert '<html lang="zh-CN">' in html and 'id="search-form"' in html and "<mark>" in html
    assert page.headers["Vary"] == "HX-Request, HX-Boosted, HX-Target"
    fragment = client.get("/?q=低保", headers={"HX-Request": "true"})
    body = fragment.get_data(as_text=True)
    assert fragment.status_code == 200
    assert "<html" not in body and 'id="search-form"' not in body and "<mark>" in body
    assert 'hx-swap-oob="true"' in body
    restore = client.get("/?q=低保", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restore.get_data(as_text=True)


def test_htmx_is_served_locally(client):
    html = client.get("/").get_data(as_text=True)
    src = re.search(r'<script src="([^"]+htmx[^"]+)"', html).group(1)
    assert src.startswith("/static/")
    with client.get(src) as script:
        assert script.status_code == 200
    assert "http" not in re.sub(r'href="/[^"]*"', "", " ".join(re.findall(r'(?:src|href)="[^"]*"', html)))


def test_facet_links_narrow_results(client):
    html = client.get("/?q=信息公开").get_data(as_text=True)
    link = re.search(r'href="(/\?q=[^"]*year=2019[^"]*)"', html).group(1).replace("&amp;", "&")
    narrowed = client.get(link).get_data(as_text=True)
    assert "兴庆区民政局" in narrowed and "吴忠市民政局 2021" not in narrowed
    assert 'name="year" value="2019"' in narrowed  # kept in the form for the next query


def test_api_shape(client):
    response = client.get("/api/search?q=低保&year=2020")
    assert response.status_code == 200
    data = response.get_json()
    assert isinstance(data["total"], int) and data["page"] == 1
    hit = data["hits"][0]
    assert set(hit) >= {"report_id", "agency", "year", "section", "section_title", "snippet", "url", "source"}
    assert hit["url"] == f"/reports/{hit['report_id']}?q=%E4%BD%8E%E4%BF%9D#section-{hit['section']}"  # the words: marks (QA 37 #10)
    assert hit["source"].endswith(".txt") and hit["year"] == 2020
    for name in ("agency", "year", "section"):
        assert all(set(v) >= {"value", "count"} for v in data["facets"][name])
    assert {v["value"] for v in data["facets"]["year"] if v["selected"]} == {2020}


def test_unknown_report_is_404(client):
    assert client.get("/reports/0000000000000000").status_code == 404
    assert client.get("/api/reports/nope").status_code == 404
    assert client.get("/api/reports/nope").get_json()["error"] == "not_found"


@pytest.mark.parametrize(
    "query",
    ['q="未闭合', "q=OR", "q=-", "q=" + "长" * 2000, "year=abc", "page=-1", "page=999999999999999999999",
     "section=9", "per_page=100000", "sort=nope", "q=%00%01", "q=%ff%fe", "agency=" + "x" * 500],
)
def test_bad_input_gets_a_normal_page(client, query):
    for path in ("/", "/api/search"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)


def test_user_strings_are_escaped(client):
    html = client.get("/?q=<script>alert(1)</script>").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_help_page(client):
    html = client.get("/help").get_data(as_text=True)
    assert "year:2019-2021" in html and "搜索帮助" in html


@pytest.mark.parametrize("query", ["year=²⁰²⁰", "section=٣", "page=²", "q=year:２０２０", "q=section:³"])
def test_unicode_digits_are_not_numbers(client, query):
    assert client.get(f"/api/search?{query}").status_code == 200


# ---- the search page's filters, chips, links and canonical URLs ----

NINGXIA = "宁夏回族自治区"


def links_of(html: str) -> list[str]:
    """Every search-page link on a page, unescaped."""
    return [unescape(h) for h in re.findall(r'href="(/\?[^"]*)"', html)]


@pytest.mark.parametrize("query, total", [
    (f"province={NINGXIA}", 4),
    (f"province={NINGXIA}&city=中卫市", 2),
    (f"province={NINGXIA}&city=中卫市&province=浙江省", 3),
    ("quality=missing_4", 2),
    ("quality=missing_4&quality=balance_ok", 4),
    ("quality=balance_ok&level=county", 1),
    ("min_requests_new=1", 2),
    ("max_reconsideration_total=0", 4),  # two from the tables, two whose prose says none came (session 25)
    ("min_requests_new=1&max_requests_new=1&year_from=2021", 1),
    ("year_from=2020", 4),
    ("year_from=2020&year_to=2020", 3),
    ("year_to=2019", 1),
])
def test_new_parameters_on_page_and_api(client, query, total):
    assert api(client, query)["total"] == total
    page = client.get(f"/?{query}")
    assert page.status_code == 200
    assert f"共 <strong>{total}</strong>" in page.get_data(as_text=True)


def test_api_lists_new_facets_chips_and_toggle_urls(client):
    data = api(client, f"province={NINGXIA}&city=中卫市&quality=missing_4&min_requests_new=1&year_from=2020")
    cities = {c["value"]: c for c in data["facets"]["city"]}
    assert cities["中卫市"]["selected"] and cities["中卫市"]["province"] == NINGXIA
    assert {f["value"] for f in data["facets"]["quality"]} >= {"missing_4", "sums_failed"}
    assert all(f["toggle"].startswith("/api/search?") for values in data["facets"].values() for f in values)
    assert [f["label"] for f in data["filters"]] == [NINGXIA, "中卫市", "缺少第四部分", "2020 年及以后", "本年新收申请 ≥ 1"]
    removed = client.get(data["filters"][-1]["remove"]).get_json()
    assert removed["total"] >= data["total"] and "本年新收申请 ≥ 1" not in [f["label"] for f in removed["filters"]]


def test_chips_and_clear_all_on_the_page(client):
    html = client.get(f"/?q=低保&province={NINGXIA}&year_from=2019&year_to=2020&sort=oldest").get_data(as_text=True)
    assert 'class="chips"' in html and "2019–2020 年" in html and "清除全部" in html
    clear = next(h for h in re.findall(r'<a href="([^"]+)"[^>]*class="clear"', html))
    assert unescape(clear) == "/?q=低保&sort=oldest"  # the query and order stay
    for href in re.findall(r'class="chip" href="([^"]+)"', html):
        narrowed = client.get(unescape(href))
        assert narrowed.status_code == 200


def test_every_link_of_a_filtered_page_works_and_keeps_the_query(client):
    query = f"/?q=信息公开&province={NINGXIA}&quality=missing_4&min_requests_new=0&sort=newest"
    html = client.get(query).get_data(as_text=True)
    links = links_of(html)
    assert len(links) > 20
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        assert "q=信息公开" in link  # every facet, chip and sort link keeps q


def test_pager_keeps_every_parameter(client):
    html = client.get("/?flat=1&year=2020&year=2021&sort=oldest&page=2").get_data(as_text=True)  # 22 sections
    assert 'aria-current="page">2<' in html
    pager = re.search(r'<nav class="pager".*?</nav>', html, re.S).group(0)
    hrefs = [unescape(h) for h in re.findall(r'href="([^"]+)"', pager)]
    assert "上一页" in pager and "下一页" in pager and len(hrefs) >= 3
    for href in hrefs:
        assert "flat=1" in href and "year=2020&year=2021" in href and "sort=oldest" in href


@pytest.mark.parametrize("sort", ["newest", "oldest", "agency"])
def test_sort_orders(client, sort):
    hits = api(client, f"sort={sort}")["hits"]
    years = [h["year"] for h in hits]
    if sort == "newest":
        assert years == sorted(years, reverse=True)
    elif sort == "oldest":
        assert years == sorted(years)
    else:
        from search.retrieval.suggest import name_key

        assert [h["agency"] for h in hits] == sorted((h["agency"] for h in hits), key=name_key)  # by pinyin


def test_plain_form_submit_is_redirected_to_a_short_link(client):
    response = client.get("/?q=低保&year_from=&year_to=&min_requests_new=&max_requests_new=&province=浙江省")
    assert response.status_code == 303
    assert response.headers["Location"] == "/?q=%E4%BD%8E%E4%BF%9D&province=%E6%B5%99%E6%B1%9F%E7%9C%81"
    # A bad value keeps its page and its message rather than vanish in a redirect.
    kept = client.get("/?q=低保&year_from=abc&year_to=")
    assert kept.status_code == 200 and "忽略了无效的起始年份：abc" in kept.get_data(as_text=True)


def test_the_guessed_search_address_leads_to_the_search_page(client):
    response = client.get("/search?q=%E4%BD%8E%E4%BF%9D&province=%E6%B5%99%E6%B1%9F%E7%9C%81")
    assert response.status_code == 301
    assert response.headers["Location"] == "/?q=%E4%BD%8E%E4%BF%9D&province=%E6%B5%99%E6%B1%9F%E7%9C%81"
    assert client.get("/search").headers["Location"] == "/"
    followed = client.get("/search?q=低保", follow_redirects=True)
    assert followed.status_code == 200 and "低保" in followed.get_data(as_text=True)


def test_the_guessed_addresses_with_a_slash_and_the_icon_lead_somewhere(client):
    # Review 2026-12-05: /search/?q=… and /favicon.ico (asked by a browser showing a feed or the JSON) were 404.
    assert client.get("/search/?q=%E4%BD%8E%E4%BF%9D").headers["Location"] == "/?q=%E4%BD%8E%E4%BF%9D"
    icon = client.get("/favicon.ico")
    assert icon.status_code == 301 and icon.headers["Location"].endswith("/static/favicon.svg")
    served = client.get("/favicon.ico", follow_redirects=True)
    assert served.status_code == 200
    served.close()  # a static file's stream


def test_htmx_gets_the_canonical_url_to_push(client):
    response = client.get("/?q=低保&year_from=&min_requests_new=1&sort=relevance", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.headers["HX-Push-Url"] == "/?q=%E4%BD%8E%E4%BF%9D&min_requests_new=1"
    body = response.get_data(as_text=True)
    assert '<div id="form-state" hx-swap-oob="true">' in body and "<html" not in body


def test_form_carries_the_state(client):
    html = client.get(f"/?q=低保&province={NINGXIA}&sort=newest&flat=1&year_from=2019&min_requests_new=1").get_data(as_text=True)
    state = re.search(r'<div id="form-state">(.*?)</div>', html, re.S).group(1)
    assert f'name="province" value="{NINGXIA}"' in state and 'name="sort" value="newest"' in state
    assert 'name="flat" value="1"' in state and "year_from" not in state  # ranges are visible inputs
    assert re.search(r'<input id="year_from" name="year_from" form="search-form"[^>]*value="2019"', html)
    assert re.search(r'<input id="min_requests_new" name="min_requests_new" form="search-form"[^>]*value="1"', html)


def test_empty_state_suggests_what_to_drop(client):
    html = client.get("/?q=低保&year=2019&province=浙江省").get_data(as_text=True)
    assert "没有找到与“低保”相关的报告" in html
    assert "去掉筛选条件“地区：浙江省”：1 份报告" in html
    assert "去掉所有筛选条件" in html
    # Nothing found: no agencies, figures or rows to go to; the feed stays, for reports yet to come.
    assert "这些报告的表格数据统计" not in html and "这些报告所属的机构" not in html and "导出结果" not in html
    assert "订阅这个搜索的新报告" in html
    found = client.get("/?q=低保").get_data(as_text=True)
    assert "这些报告的表格数据统计" in found and "这些报告所属的机构" in found and "导出结果" in found


@pytest.mark.parametrize("query", [
    "year_from=abc", "year_to=99999", "year_from=-2020", "year_from=2021&year_to=2019", "min_requests_new=-1",
    "max_requests_new=1e9", "min_requests_new=99999999999999999999999", "min_reconsideration_total=%00",
    "quality=unknown_flag", "quality=" + "q" * 300, "city=<script>", "province=" + "省" * 500, "min=-1",
    "min_foo=1", "max_=2", "min_requests_new=１", "page=0", "per_page=-5", "flat=maybe", "year_from=2020&year=abc",
])
def test_bad_filter_values_never_fail(client, query):
    for path in ("/", "/api/search"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)
    messages = api(client, query)["messages"]
    if query in ("year_from=abc", "min_requests_new=-1", "quality=unknown_flag", "min_foo=1"):
        assert messages, query


def test_pages_have_no_inline_script_or_style(client):
    report_id = api(client, "q=低保")["hits"][0]["report_id"]
    for path in ("/", "/?q=低保&province=浙江省&year=2019", f"/reports/{report_id}?q=低保", "/help"):
        html = client.get(path).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert not re.search(r"\sstyle=", html) and "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path  # no inline handlers either


class _Controls(HTMLParser):
    """Form controls and the ids that labels point at."""

    def __init__(self):
        super().__init__()
        self.controls, self.labelled = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label" and attrs.get("for"):
            self.labelled.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden":
            self.controls.append(attrs)


def test_every_control_has_a_label(client):
    parser = _Controls()
    parser.feed(client.get(f"/?q=低保&province={NINGXIA}").get_data(as_text=True))
    assert len(parser.controls) >= 19  # q, two years, eight figures × two
    for control in parser.controls:
        assert control.get("id") in parser.labelled or control.get("aria-label"), control
