"""Rows a crawled page ran together ('45 | 2 | … | 47' as 452000047): the parser splits a row only when one
split adds up, writes the parts into the table it keeps (so the report page shows what the figures were read
from), and marks the rows it split and those it could not split (review 32, finding 1)."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from indexer.model import Table
from indexer.parser import parse_file
from tests.conftest import api_search as api
from tests.conftest import written

# A made-up body; the part texts run the table cells together as flattened pages do. 部分公开 520000007 splits
# no single way (5|2|… or 52|…), so it stays as written.
FLAT = ("柘城县养蜂管理站2023年政府信息公开工作年度报告\n\n一、总体情况\n2023年，本站全年办理政府信息公开申请47件。\n\n"
        "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件352"
        "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益 组织 法律服务 机构 其他"
        "一、本年新收政府信息公开申请数量452000047二、上年结转政府信息公开申请数量0000000三、本年度办 理结果 "
        "（一）予以公开400000040（二）部分公开（区分处理的，只计这一情形，不计其他情形）520000007（七）总计452000047"
        "四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果"
        "尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
        "102030000021003五、存在的主要问题及改进情况本站将继续改进政府信息公开工作。六、其他需要报告的事项本年度无收费。\n")


def _tables(report) -> dict[int, Table]:
    return {s.number: b for s in report.sections for b in s.blocks if isinstance(b, Table)}


def test_the_split_parts_are_the_table_s_cells_in_the_order_the_figures_were_read(tmp_path):
    path = tmp_path / "flat.txt"
    path.write_text(FLAT, encoding="utf-8")
    report = parse_file(path)
    tables = _tables(report)
    part3 = tables[3]
    header = next(row for row in part3.rows if "自然人" in row)
    new = next(i for i, row in enumerate(part3.rows) if row[0].startswith("一、本年新收"))
    assert header[-7:] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    assert part3.rows[new][-7:] == ["45", "2", "0", "0", "0", "0", "47"]
    assert report.figures["requests_new"] == 47 and report.figures["requests_new_commercial"] == 2
    assert part3.split[new] == "452000047"
    # the rows start their parts in one column, whatever number of label cells they have
    disclosed = next(row for row in part3.rows if "（一）予以公开" in row)
    assert len(disclosed) == len(part3.rows[new]) and disclosed[-7:] == ["40", "0", "0", "0", "0", "0", "40"]
    partial = next(i for i, row in enumerate(part3.rows) if row[0].startswith("（二）部分公开"))
    assert part3.unsplit == {partial: "520000007"} and "520000007" in part3.rows[partial]
    assert tables[2].rows[3] == ["行政规范性文件", "3", "5", "2"] and set(tables[2].split.values()) == {"000", "352"}
    # part 四's one glued row of fifteen: three groups under the five result columns
    assert tables[4].rows == [["", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                              ["行政复议", "1", "0", "2", "0", "3"],
                              ["行政诉讼 未经复议直接起诉", "0", "0", "0", "0", "0"],
                              ["行政诉讼 复议后起诉", "2", "1", "0", "0", "3"]]
    assert report.figures["reconsideration_total"] == 3 and report.figures["litigation_after_reconsideration_upheld"] == 2


def test_a_table_s_slice_keeps_its_marks():
    table = Table(rows=[["a"], ["b", "1", "2"], ["c", "12"]], split={1: "12"}, unsplit={2: "12"})
    assert table.sliced(1).split == {0: "12"} and table.sliced(1).unsplit == {1: "12"}
    assert table.sliced(0, 1).split == {} and table.sliced(0, 1).unsplit == {}


@pytest.fixture(scope="module")
def flat_client(indexes):
    return indexes.app("split-cells", written({"flat.txt": FLAT})).test_client()


def test_the_report_page_shows_the_parts_and_marks_split_and_unsplit_rows(flat_client):
    report_id = api(flat_client, "q=" + quote("柘城县养蜂管理站"))["hits"][0]["report_id"]
    response = flat_client.get(f"/reports/{report_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    section = html[html.index('id="section-3"'):html.index('id="section-4"')]
    assert "452000047" not in re.findall(r"<td[^>]*>([^<]*)</td>", section)  # no cell shows the glued digits
    row = re.search(r'<tr class="split">.*?本年新收.*?</tr>', section, re.S).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', row) == ["45", "2", "0", "0", "0", "0", "47"]
    assert 'title="原文数字连写为 452000047"' in row
    assert "标＊的 5 行在原文中数字连在一起（如“452000047”）" in section
    assert re.search(r'<tr class="unsplit">.*?部分公开.*?520000007', section, re.S)
    assert "标†的 1 行在原文中数字连在一起，无法确定唯一的拆分方式，照原文显示" in section
    stored = flat_client.get(f"/api/reports/{report_id}").get_json()
    table = next(b for s in stored["sections"] if s["number"] == 3 for b in s["blocks"] if b["type"] == "table")
    assert table["split"]["1"] == "452000047" and list(table["unsplit"].values()) == ["520000007"]


def test_a_table_without_glued_rows_has_no_marks(client):
    report_id = api(client, "q=" + quote("低保"))["hits"][0]["report_id"]
    html = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "split-mark" not in html and "table-note" not in html
