"""Every figure of the statistics can be ranged (QA 42 F7: min_reconsideration_corrected=1 was ignored with a message,
so "which bodies had reviews corrected" was answered by sorting and reading, not by a list to export), through one
table (search/retrieval/rangeable.py) that the parameters, the form, the chips, OpenAPI and the docs read; a range
says how many reports it could not judge (they give the figure nowhere). The bodies are made up."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import lxml.html
import pytest

from search.figures.columns import COLUMNS
from tests.conftest import made_up_report, written
from tests.stats_corpus import _REVIEW_ROW, derive

ROOT = Path(__file__).resolve().parent.parent.parent
CORRECTED, UPHELD, SILENT = "亥阳县星象局", "子阴县星象局", "丑阳县星象局"
REPORTS = {
    # 行政复议 2 upheld, 1 corrected (total 3); 未经复议直接起诉 1 upheld, 1 corrected (total 2): a review corrected, a
    # lawsuit lost.
    "corrected.txt": derive(2022, agency=CORRECTED, rows={_REVIEW_ROW: [2, 1, 0, 0, 3, 1, 1, 0, 0, 2] + [0] * 5}),
    "upheld.txt": derive(2022, agency=UPHELD, rows={_REVIEW_ROW: [1, 0, 0, 0, 1] + [0] * 10}),
    # No table at all: its figures are unknown, and no range can judge it.
    "silent.txt": made_up_report(SILENT, 2022, {1: "本年度星象局依法公开政府信息。", 5: "星象信息公开仍需加强。"}),
}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("rangeable-figures", written(REPORTS)).test_client()


def _stats(client, **args) -> dict:
    response = client.get("/api/stats", query_string={"q": "星象局", **args})
    assert response.status_code == 200
    return response.get_json()


def _agencies(data: dict) -> set[str]:
    return {r["agency"] for r in data["rows"]}


def test_every_statistics_column_is_rangeable_through_one_table(client):
    from search.output.openapi import openapi_spec
    from search.retrieval.rangeable import RANGEABLE

    assert set(RANGEABLE) == {c.key for c in COLUMNS}
    spec = openapi_spec()
    documented = {p["$ref"].rsplit("/", 1)[1] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert spec["components"]["parameters"]["min_rate_refused"]["schema"]["type"] == "number"  # a rate: decimals
    assert {f"{end}_{key}" for key in RANGEABLE for end in ("min", "max")} <= documented
    page = lxml.html.fromstring(client.get("/", query_string={"q": "星象局"}).get_data(as_text=True))
    inputs = set(page.xpath("//details[contains(@class, 'ranges')]//input/@name"))
    assert inputs == {f"{end}_{key}" for key in RANGEABLE for end in ("min", "max")}
    docs = (ROOT / "docs" / "stats.md").read_text(encoding="utf-8")
    assert [key for key in RANGEABLE if f"`{key}`" not in docs] == []  # the docs list each one


def test_a_range_on_corrected_reviews_lists_the_bodies_and_says_what_it_could_not_judge(client):
    data = _stats(client, min_reconsideration_corrected=1)
    assert _agencies(data) == {CORRECTED}
    assert not any("忽略了" in m for m in data["messages"])
    assert any("“复议纠正”的范围：另有 1 份报告" in m and "无法判断" in m for m in data["messages"])
    assert _agencies(_stats(client, max_reconsideration_corrected=0)) == {UPHELD}
    assert _agencies(_stats(client, min_litigation_corrected=1)) == {CORRECTED}  # a lawsuit lost
    # A rate in percent, with decimals (1 of 3 decided: 33.33 %).
    assert _agencies(_stats(client, min_rate_reconsideration_corrected="33.3")) == {CORRECTED}
    assert _agencies(_stats(client, max_rate_reconsideration_corrected="33.3")) == {UPHELD}
    # The search lists the same, and its hits show the figure ranged.
    found = client.get("/api/search", query_string={"q": "星象局", "min_reconsideration_corrected": 1}).get_json()
    assert found["total"] == 1 and any("另有 1 份报告" in m for m in found["messages"])


def test_the_range_narrows_the_export_and_the_pages_say_it(client):
    response = client.get("/api/export", query_string={"what": "stats", "format": "csv", "q": "星象局",
                                                        "min_reconsideration_corrected": 1})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert [r["机构"] for r in rows if r["年份"]] == [CORRECTED]  # (the rows under the table have no year)
    page = client.get("/stats", query_string={"q": "星象局", "min_reconsideration_corrected": 1}).get_data(as_text=True)
    assert "复议纠正 ≥ 1" in page and "另有 1 份报告" in page
    search_page = client.get("/", query_string={"q": "星象局", "min_reconsideration_corrected": 1}).get_data(as_text=True)
    doc = lxml.html.fromstring(search_page)
    assert doc.xpath("//input[@id='min_reconsideration_corrected']/@value") == ["1"]
    assert doc.xpath("//details[@id='ranges-review']/@open")  # the group holding the range set is open
    assert "复议纠正 ≥ 1" in " ".join(doc.xpath("//a[@class='chip']//text()"))


def test_a_bound_a_figure_cannot_take_is_named():
    from werkzeug.datastructures import MultiDict

    from search.retrieval.params import SearchParams

    params = SearchParams.from_args(MultiDict({"min_reconsideration_corrected": "1.5", "min_fees_amount": "0.25",
                                               "max_rate_refused": "abc"}))
    assert params.ranges == (("fees_amount", 0.25, None),)
    assert any("“复议纠正”最小值（min_reconsideration_corrected）：1.5（须为 0 到 10 亿的整数）" in m for m in params.messages)
    assert any("max_rate_refused" in m for m in params.messages)
    assert params.query_string() == "min_fees_amount=0.25"


def test_each_of_two_ranges_says_what_it_could_not_judge(client):
    # QA 44 F1: each range once counted under the other, so a report blank in both was left out without a word.
    args = {"q": "星象局", "min_reconsideration_corrected": 1, "min_litigation_corrected": 1}
    found = client.get("/api/search", query_string=args).get_json()
    assert found["total"] == 1
    unjudged = [m for m in found["messages"] if "无法判断" in m]
    assert len(unjudged) == 2 and all("另有 1 份报告" in m for m in unjudged)
    assert any("“复议纠正”" in m for m in unjudged) and any("“诉讼纠正”" in m for m in unjudged)
    page = client.get("/", query_string=args).get_data(as_text=True)
    assert page.count("另有 1 份报告") == 2
    assert sum("另有 1 份报告" in m for m in _stats(client, **args)["messages"]) == 2


def test_one_figure_has_one_name_and_a_chip_says_its_unit_once(client):
    # QA 44 F9: 结转下年度办理 (range form), 结转下年度 (/stats, exports), 结转下年度继续办理 (report panel); and the chip
    # 行政事业性收费（万元） ≥ 0.5 万元.
    from search.figures.columns import COLUMN_BY_KEY
    from search.retrieval.rangeable import RANGEABLE
    from search.vocabulary import KEY_FIGURES

    assert {key: f.label for key, f in RANGEABLE.items()} == {c.key: c.label for c in COLUMNS}
    assert {key: COLUMN_BY_KEY[key].label for key in KEY_FIGURES} == KEY_FIGURES
    name = COLUMN_BY_KEY["requests_carried_forward"].label
    data = _stats(client, min_requests_carried_forward=0)
    search_page = client.get("/", query_string={"q": "星象局", "min_requests_carried_forward": 0}).get_data(as_text=True)
    doc = lxml.html.fromstring(search_page)
    assert f"{name} ≥ 0" in " ".join(doc.xpath("//a[@class='chip']//text()"))
    assert name in doc.xpath("//details[contains(@class, 'ranges')]//legend/text()")
    report = client.get(f"/reports/{data['rows'][0]['report_id']}").get_data(as_text=True)
    assert name in report and "结转下年度继续办理" not in lxml.html.fromstring(report).xpath("string(//section[@class='figures'])")
    found = client.get("/api/search", query_string={"q": "星象局", "min_fees_amount": "0.5"}).get_json()
    assert [f["label"] for f in found["filters"] if "收费" in f["label"]] == ["行政事业性收费（万元） ≥ 0.5"]
