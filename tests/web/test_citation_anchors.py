"""A journalist cites one table or one figure row of a report (QA 42 F5: part 二 holds several tables, and only parts had
ids): each table has an id (#table-3-1: the part, then its place there) and each row of the figures list one
(#fig-3-outcome-refused: the part, then the figure), each with a small 链接 to copy, the same after a rebuild of the same
file. The body is made up."""
from __future__ import annotations

import re

import lxml.html

from indexer.build import build_index
from search.index import IndexHandle
from tests.stats_corpus import derive
from app import create_app

AGENCY = "寅阳县星象局"


def _ids(tmp_path, name: str) -> tuple[list[str], lxml.html.HtmlElement]:
    corpus, root = tmp_path / "corpus", tmp_path / name
    corpus.mkdir(exist_ok=True)
    (corpus / "report.txt").write_text(derive(2022, agency=AGENCY), encoding="utf-8")
    build_index([corpus], root, jobs=1)
    client = create_app({"TESTING": True, "INDEX": str(root)}).test_client()
    report_id = client.get("/api/stats").get_json()["rows"][0]["report_id"]
    response = client.get(f"/reports/{report_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    return re.findall(r'id="((?:table|fig)-[^"]+)"', html), lxml.html.fromstring(html)


def test_each_table_and_figure_row_has_its_own_link_the_same_after_a_rebuild(tmp_path):
    ids, page = _ids(tmp_path, "first")
    assert {"table-2-1", "table-3-1", "table-4-1"} <= set(ids)
    assert {"fig-3-requests-new", "fig-3-outcome-refused", "fig-4-reconsideration", "fig-2-normative-docs"} <= set(ids)
    assert len(ids) == len(set(ids))  # no id twice
    # The table's line names it and links to it, with 链接 (the copy button comes with the script).
    cite = page.xpath("//p[@id='table-3-1']")[0]
    assert cite.xpath(".//a[@href='#table-3-1']/text()") == ["链接"] and "表 3-1" in cite.text_content()
    assert page.xpath("//div[@id='fig-3-outcome-refused']//a[@href='#fig-3-outcome-refused']/text()") == ["链接"]
    assert page.xpath("//tr[@id='fig-4-reconsideration']//a[@href='#fig-4-reconsideration']/text()") == ["链接"]
    # The figures list's part headings are numbered by part, as its rows (QA 44 F8: #fig-3 was part 四).
    for part, title in ((2, "二、主动公开"), (3, "三、依申请公开"), (4, "四、复议与诉讼")):
        assert page.xpath(f"//h3[@id='fig-{part}']")[0].text_content().strip() == title
        assert page.xpath(f"//section[@aria-labelledby='fig-{part}']//*[starts-with(@id, 'fig-{part}-')]")
    assert page.xpath("//section[@id='section-3']//a[text()='本部分表格的数字列表']/@href") == ["#fig-3"]
    again, _ = _ids(tmp_path, "second")  # the same file built anew
    assert again == ids
