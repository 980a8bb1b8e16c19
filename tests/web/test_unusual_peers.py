"""QA 42 F11: a value is called unusual against the median of its peers, the reports of its level AND kind of body
(a government or one of its departments), never a county government against county bureaus; a body of unknown level,
or one with too few peers, is compared with none, and the page says so. The bodies are made up (苍梧岭县 occurs nowhere in the corpus)."""
import pytest

from tests.conftest import made_up_report, written

BUREAUS = ["民政局", "财政局", "教育局", "水利局", "审计局", "林业局"]
REPORTS = {f"b{i}.txt": made_up_report(f"苍梧岭县{name}", 2022, {1: f"全年收到政府信息公开申请{i + 2}件。"})
           for i, name in enumerate(BUREAUS)}
REPORTS["bureau-high.txt"] = made_up_report("苍梧岭县交通运输局", 2022, {1: "全年收到政府信息公开申请90件。"})
REPORTS["government.txt"] = made_up_report("苍梧岭县人民政府", 2022, {1: "全年收到政府信息公开申请300件。"})


@pytest.fixture(scope="module")
def page(indexes):
    client = indexes.app("unusual-peers", written(REPORTS)).test_client()
    response = client.get("/stats", query_string={"q": "苍梧岭县", "by": "requests_new"})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _row(page: str, agency: str) -> str:
    start = page.index(f">{agency}</a>")
    return page[start:page.index("</tr>", start)]


def test_a_department_is_measured_against_departments(page):
    row = _row(page, "苍梧岭县交通运输局")
    assert "偏高" in row and "同层级同类（县区级部门）7 份报告的中位数为 5" in row


def test_a_government_is_not_measured_against_departments(page):
    assert "偏高" not in _row(page, "苍梧岭县人民政府")  # 300 beside bureaus' 5: no peers of its kind
    assert "本页未作比较（同层级同类报告不足 5 份，或层级未知）：苍梧岭县人民政府 2022。" in page
