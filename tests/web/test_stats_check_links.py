"""The check column of /stats lands on the item /quality lists for the report (QA 41 #11): its link named
#report-<id> for every row, while a report listed for its missing parts only is #missing-<id> there, so the page
opened at its top; and it named the body only, so the quality page covered every year of that name."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from lxml import html as lxml_html


def test_every_check_link_lands_on_its_item(client):
    doc = lxml_html.fromstring(client.get("/stats?by=check").get_data(as_text=True))
    links = doc.xpath("//table[contains(@class,'stats')]/tbody/tr/td[contains(@class,'check')]//a/@href")
    anchored = [link for link in links if "#" in link]
    assert anchored, links
    for link in anchored:
        target, anchor = link.split("#", 1)
        args = parse_qs(urlsplit(target).query)
        assert args.get("agency") and args.get("year"), link
        page = lxml_html.fromstring(client.get(target).get_data(as_text=True))
        assert page.xpath(f'//*[@id="{anchor}"]'), link
