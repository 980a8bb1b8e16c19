"""Property-based tests: the parser and the HTTP API hold for arbitrary input."""
from __future__ import annotations

import re
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.figures import figure_keys
from indexer.model import Document, UnreadableFile
from indexer.parser import parse_document, report_to_dict

KEYS = {"id", "source", "kind", "title", "agency", "year", "level", "region", "template", "preamble",
        "sections", "figures", "checks", "warnings"}
# Text made of the pieces reports are made of, so that the parser's paths are really exercised.
PIECES = st.sampled_from([
    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理",
    "本年新收政府信息公开申请数量", "（一）", "(七) 总计", "\t", "0", "12", "+3", "-", "无", "|", "**", "## ",
    "某某县民政局", "2020 年", "政府信息公开工作年度报告", "。", "\n", " ", "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项", "第二十条第（一）项", "规章", "万元",
    "四．", "第二部分", "七、", "行政复议", "行政诉讼", "(备注：", "\u3000\u3000", "关于", "的报告", "指标名称",
    "（六）其他处理", "结果维持", "21710000218", "国办公开办函〔2021〕30号",
])
REPORTISH = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), REPORTISH))
def test_parser_never_raises_and_keeps_its_shape(text):
    lines = [line for line in text.splitlines() if line.strip()]
    try:
        report = parse_document(Document(lines, "txt"), "x.txt")
    except UnreadableFile as exc:
        assert str(exc).startswith("not an annual report: ") and "\n" not in str(exc)  # a one-line reason
        return
    data = report_to_dict(report)
    assert set(data) >= KEYS
    assert set(data["figures"]) == set(figure_keys())
    assert data["checks"]["requests_balance"] in {"ok", "mismatch", "incomplete"}
    assert data["template"] in {None, "2019", "2021", "pre2019"}
    assert data["level"] in {None, "central", "province", "city", "county", "township"}
    assert set(data["region"]) == {"province", "city", "county"}
    assert all(isinstance(w, str) and w.endswith("。") for w in data["warnings"])
    assert all(1 <= s["number"] <= 6 for s in data["sections"])
    numbers = [s["number"] for s in data["sections"]]
    assert numbers == sorted(set(numbers))
    assert data["year"] is None or isinstance(data["year"], int)


PARAM_NAMES = st.sampled_from(["q", "agency", "year", "section", "level", "province", "page", "per_page", "sort",
                               "flat", "bogus", "city", "quality", "year_from", "year_to", "min_requests_new",
                               "max_reconsideration_total", "min_bogus"])
VALUES = st.one_of(st.text(max_size=60), st.integers().map(str), st.sampled_from(['"', "OR", "-", "<script>", "%ff"]))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(PARAM_NAMES, VALUES), max_size=6))
def test_api_and_page_never_fail_nor_leak_markup(client, params):
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in params)
    api = client.get(f"/api/search?{query}")
    assert api.status_code == 200
    assert isinstance(api.get_json()["total"], int)
    page = client.get(f"/?{query}", headers={"HX-Request": "true"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    # Every tag in the fragment is one of ours: nothing the user typed became markup.
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {"div", "input", "title", "p", "a", "span", "aside", "section", "h2", "ul", "li", "strong",
                    "ol", "h3", "mark", "nav", "em", "details", "summary", "fieldset", "legend", "label",
                    "button", "code"}, tags


# --- the HTTP API against an index holding hostile reports ---------------------------------

HOSTILE_TEXT = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "javascript:alert(1)",
    "安吉县", "主动公开", "alert", "script", "onerror", "&lt;", "&amp;", "\x00", "\u202e", "%", "OR", "*", "?",
    "agency:", "year:2020-", "section:", "-", '"', "(", "低保", "信息公开", "\ufffd",
])
QUERY_TEXT = st.lists(st.one_of(HOSTILE_TEXT, st.text(max_size=12)), max_size=8).map(" ".join)
RAW_BYTES = st.binary(max_size=80).map(lambda b: quote(b, safe=""))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=QUERY_TEXT, extra=st.lists(st.tuples(PARAM_NAMES, st.one_of(VALUES, HOSTILE_TEXT)), max_size=4),
       fragment=st.booleans())
def test_hostile_index_pages_never_fail_nor_run_markup(hostile_app, q, extra, fragment):
    from tests.robust.test_web import foreign_markup

    client = hostile_app.test_client()
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in [("q", q)] + extra)
    headers = {"HX-Request": "true"} if fragment else {}
    page = client.get(f"/?{query}", headers=headers, follow_redirects=True)
    assert page.status_code == 200
    assert foreign_markup(page.get_data(as_text=True)) == []
    api = client.get(f"/api/search?{query}")
    assert api.status_code == 200
    data = api.get_json()
    for hit in data["hits"]:
        assert re.sub(r"</?mark>", "", hit["snippet"]).count("<") == 0
        report = client.get(f"{hit['url'].split('#')[0]}?{query}")
        assert report.status_code == 200
        assert foreign_markup(report.get_data(as_text=True)) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.lists(st.tuples(RAW_BYTES, RAW_BYTES), max_size=5), path=RAW_BYTES)
def test_raw_bytes_in_url_never_give_a_500(client, raw, path):
    query = "&".join(f"{k}={v}" for k, v in raw)
    for url in (f"/?{query}", f"/api/search?{query}"):
        assert client.get(url, follow_redirects=True).status_code == 200, url
    for url in (f"/reports/{path}", f"/api/reports/{path}", f"/reports/{path}/original", f"/static/{path}"):
        assert client.get(url).status_code in (200, 308, 404), url
