"""/quality lists the reports whose part-三 rows were read by the template's row order (their labels a conversion
moved away from their numbers): the figures are shown as read, and a journalist must know which to check against the
original before quoting them. Made-up reports, in the shapes tests/indexer/test_figures_row_order.py writes."""
import re

import pytest

from tests.conftest import made_up_report, written
from tests.indexer.test_figures_row_order import table

PLACED = made_up_report("固原市审计局", 2022, {
    1: "本年度依法办理政府信息公开申请。",
    3: "\n".join(table({"outcome_partly_disclosed": [], "outcome_refused_internal": [],
                        "outcome_unavailable_not_held": []})[1:-1]),
    4: "未发生行政复议、行政诉讼。",
})
READ = made_up_report("固原市统计局", 2022, {
    1: "本年度依法办理政府信息公开申请。", 3: "\n".join(table({})[1:-1]), 4: "未发生行政复议、行政诉讼。",
})


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("quality-inferred", written({"placed.txt": PLACED, "read.txt": READ})).test_client()


def test_the_reports_whose_rows_were_read_by_the_templates_order_are_listed_with_those_rows(client):
    data = client.get("/api/quality").get_json()
    assert [i["agency"] for i in data["inferred"]] == ["固原市审计局"]
    listed = data["inferred"][0]
    assert listed["rows"] == ["outcome_partly_disclosed", "outcome_refused_internal", "outcome_unavailable_not_held"]
    assert len(listed["labels"]) == 3 and "部分公开" in listed["labels"][0]
    assert data["lists"]["inferred"]["total"] == 1
    page = client.get("/quality").get_data(as_text=True)
    assert "按行序推断读出的数字" in page and 'id="inferred-' in page and "部分公开" in page
    assert re.search(r'按行序推断读出数字的报告</dt><dd><a href="[^"]*list=inferred#inferred">1</a></dd>', page)
    # The list alone, as any list of the page, and none where every row was read by its label.
    alone = client.get("/quality?list=inferred").get_data(as_text=True)
    assert "只显示“按行序推断读出的数字”一项" in alone
    none = client.get("/api/quality", query_string={"q": "固原市统计局"}).get_json()
    assert none["inferred"] == [] and none["total"] == 1
