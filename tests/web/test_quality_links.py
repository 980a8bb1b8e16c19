"""/quality's summary counts lead to the reports they count: each to its list shown whole, and 申请数据
不全 (which has no list of its own) to the search of the same selection flagged balance_incomplete,
whose total is that count (session 19)."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit


def _summary(client, url: str) -> dict[str, str | None]:
    html = client.get(url).get_data(as_text=True)
    block = re.search(r'<dl class="quality-summary">(.*?)</dl>', html, re.S).group(1)
    out = {}
    for dt, dd in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block, re.S):
        link = re.search(r'href="([^"]+)"', dd)
        out[dt] = unescape(link.group(1)) if link else None
    return out


def test_every_nonzero_count_leads_to_its_reports(client):
    data = client.get("/api/quality").get_json()
    links = _summary(client, "/quality")
    incomplete = links["申请数据不全、无法核对平衡"]
    assert data["incomplete"] and incomplete is not None
    args = parse_qs(urlsplit(incomplete).query)
    assert urlsplit(incomplete).path == "/" and args["quality"] == ["balance_incomplete"]
    searched = client.get("/api/search?" + urlsplit(incomplete).query).get_json()
    assert searched["total"] == data["incomplete"]
    missing = links["缺少部分的报告"]
    if data["missing_parts"]:
        assert missing.startswith("/quality?") and "list=missing" in missing and missing.endswith("#missing")
        assert client.get(missing).status_code == 200
    else:
        assert missing is None
    assert links["检查的报告"] == "/"


def test_the_incomplete_link_keeps_the_selection_and_stays_off_beside_a_chosen_flag(client):
    narrowed = _summary(client, "/quality?province=宁夏回族自治区")["申请数据不全、无法核对平衡"]
    if narrowed is not None:
        assert parse_qs(urlsplit(narrowed).query)["province"] == ["宁夏回族自治区"]
    # A chosen flag would be widened by another (flags combine with OR): no link then.
    flagged = client.get("/api/quality?quality=balance_incomplete").get_json()
    assert flagged["incomplete"] and _summary(client, "/quality?quality=balance_incomplete")["申请数据不全、无法核对平衡"] is None
