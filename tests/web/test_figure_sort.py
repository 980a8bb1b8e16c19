"""按所问数字 (``sort=figure``, QA 30 #7): a list asking a figure (a query's, a range's) sorted by that figure, high to
low, in the page's sort toggle, the API and the CSV; offered only where a figure is asked; relevance stays the default."""
from __future__ import annotations

import csv
import io

from lxml import html as lxml_html


def _values(client, args: str) -> list:
    data = client.get(f"/api/search?{args}&per_page=50").get_json()
    return [h["figure_value"] for h in data["hits"]], data["messages"]


def test_a_range_list_sorts_by_its_figure_high_to_low(client):
    values, messages = _values(client, "min_requests_new=1&sort=figure")
    assert len(values) >= 2 and values == sorted(values, reverse=True), values
    assert any("从多到少排列" in m for m in messages), messages
    relevance, _ = _values(client, "min_requests_new=1")
    assert sorted(relevance) == sorted(values)  # the same reports, another order
    rows = list(csv.reader(io.StringIO(client.get("/api/export?what=search&format=csv&min_requests_new=1&sort=figure")
                                       .get_data(as_text=True))))
    column = [h.lstrip("\ufeff") for h in rows[0]].index("所问数字")
    exported = [float(r[column]) for r in rows[1:]]
    assert exported == sorted(exported, reverse=True) and len(exported) == len(values)


def test_a_figure_question_sorts_by_its_figure_with_the_reports_giving_none_last(client):
    values, _ = _values(client, "q=收到多少申请&sort=figure")
    given = [v for v in values if v is not None]
    assert given and given == sorted(given, reverse=True) and values[:len(given)] == given, values


def test_the_toggle_offers_the_figure_only_where_one_is_asked(client):
    def sorts(args):
        doc = lxml_html.fromstring(client.get(f"/?{args}").get_data(as_text=True))
        return [a.text_content().strip() for a in doc.xpath("//nav[@class='result-views']/span[1]//a")] + \
               [s.text_content().strip() for s in doc.xpath("//nav[@class='result-views']/span[1]/*[@aria-current]")]
    assert "按所问数字" in sorts("min_requests_new=1") and "按所问数字" in sorts("q=收到多少申请")
    assert "按所问数字" not in sorts("q=低保")
    data = client.get("/api/search?q=低保&sort=figure").get_json()
    assert data["total"] > 0 and any("无法按所问数字排序" in m for m in data["messages"])
