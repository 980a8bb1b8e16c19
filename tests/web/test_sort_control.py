"""The sort control marks the order the list is in: with no words typed, the list is newest first, and the control
said 相关度 (a new user's review, session 25)."""
from __future__ import annotations

from lxml import html as lxml_html


def _current_sort(client, query: str) -> list[str]:
    doc = lxml_html.fromstring(client.get(f"/?{query}").get_data(as_text=True))
    group = next(g for g in doc.xpath("//span[@class='group']") if "排序" in g.text_content())
    return [" ".join(a.text_content().split()) for a in group.xpath(".//*[@aria-current]")]


def _ids(client, query: str) -> list[str]:
    return [h["report_id"] for h in client.get(f"/api/search?{query}").get_json()["hits"]]


def test_the_sort_control_marks_the_order_applied(client):
    assert _current_sort(client, "") == ["最新"]
    assert _current_sort(client, "year=2020") == ["最新"]  # filters alone: no words to score either
    assert _current_sort(client, "q=低保") == ["相关度"]
    assert _current_sort(client, "sort=oldest") == ["最早"]
    assert _current_sort(client, "q=低保&sort=newest") == ["最新"]
    # What it marks is what the list holds: with no words, relevance lists exactly as 最新 does.
    for query in ("", "year=2020", "flat=1"):
        assert _ids(client, query) == _ids(client, f"{query}&sort=newest")
