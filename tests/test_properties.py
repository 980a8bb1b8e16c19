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
    assert all(isinstance(w, str) and w.endswith(".") for w in data["warnings"])
    assert all(1 <= s["number"] <= 6 for s in data["sections"])
    numbers = [s["number"] for s in data["sections"]]
    assert numbers == sorted(set(numbers))
    assert data["year"] is None or isinstance(data["year"], int)


PARAM_NAMES = st.sampled_from(["q", "agency", "year", "section", "level", "province", "page", "per_page", "sort",
                               "flat", "bogus"])
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
                    "ol", "h3", "mark", "nav", "em"}, tags
