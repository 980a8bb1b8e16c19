"""The request balance check reads the same way on every page that shows it: the check's name, then its state
(申请数量平衡：数据不全，无法核对). Shown state first, "数据不全，无法核对 申请数量平衡" read as "balanced"
(a new user's review, session 25)."""
from __future__ import annotations

import csv
import io
import re

from lxml import html as lxml_html

from tests.conftest import api_search as api

INCOMPLETE = "沙坡头区民政和社会保障局"  # the samples' report whose part 三 cannot be balanced (and has a failed sum)
BALANCED = "吴忠市民政局"


def _report_id(client, agency: str) -> str:
    return next(h["report_id"] for h in api(client, f"agency={agency}")["hits"])


def _text(element) -> str:
    return " ".join(element.text_content().split())


def test_the_report_page_names_the_check_before_its_state(client):
    for agency, state in ((INCOMPLETE, "数据不全，无法核对"), (BALANCED, "平衡")):
        doc = lxml_html.fromstring(client.get(f"/reports/{_report_id(client, agency)}").get_data(as_text=True))
        line = _text(doc.xpath("//p[contains(@class,'balance')]")[0])
        assert line.startswith(f"申请数量平衡：{state}（"), line


def test_quality_stats_compare_and_csv_say_it_the_same_way(client):
    incomplete, balanced = _report_id(client, INCOMPLETE), _report_id(client, BALANCED)
    quality = lxml_html.fromstring(client.get("/quality").get_data(as_text=True))
    heading = _text(quality.xpath(f"//article[@id='report-{incomplete}']/h3")[0])
    assert heading.endswith("申请数量平衡：数据不全，无法核对"), heading
    stats = lxml_html.fromstring(client.get(f"/stats?agency={INCOMPLETE}").get_data(as_text=True))
    cell = _text(stats.xpath("//td[contains(@class,'check')]")[0])
    assert cell.startswith("申请数量平衡：数据不全，无法核对"), cell
    compared = client.get(f"/api/compare?id={incomplete}&id={balanced}").get_json()["checks"][0]
    assert compared["label"] == "申请数量平衡"
    page = lxml_html.fromstring(client.get(f"/compare?id={incomplete}&id={balanced}").get_data(as_text=True))
    row = [_text(c) for c in page.xpath("(//table[contains(@class,'compare')])[1]/tbody/tr[1]/*")]
    assert row[0] == "申请数量平衡" and sorted(row[1:]) == sorted(["数据不全，无法核对", "平衡"])
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export?what=stats&format=csv").get_data(as_text=True)
                                           .lstrip("\ufeff"))))
    states = {r["机构"]: r["申请数量平衡"] for r in rows if r["报告编号"] in (incomplete, balanced)}
    assert states == {INCOMPLETE: "数据不全，无法核对", BALANCED: "平衡"}


def test_no_page_puts_a_balance_state_before_the_checks_name(client):
    states = ("数据不全，无法核对", "无法核对", "不平衡", "平衡")
    for path in (f"/reports/{_report_id(client, INCOMPLETE)}", "/quality", f"/stats?agency={INCOMPLETE}&by=check"):
        text = re.sub(r"<[^>]+>", "", client.get(path).get_data(as_text=True))
        assert not any(f"{s} 申请数量平衡" in text or f"{s}申请数量平衡" in text for s in states), path
