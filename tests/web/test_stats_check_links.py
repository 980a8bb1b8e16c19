"""Links of /stats that land where they say (QA 41). The check column named #report-<id> for every row, while a report
listed on /quality for its missing parts only is #missing-<id> there, so the page opened at its top, and it named the
body only, so the quality page covered every year of that name (#11). A sort link now names its header (#13)."""
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


def test_a_sort_link_leads_back_to_its_header(client):
    """Without JavaScript a sort reloads the page at its top, the sorted column out of view at 390 px (QA 41 #13): each
    header's link names itself as the fragment, so the reloaded page shows the header sorted by."""
    doc = lxml_html.fromstring(client.get("/stats").get_data(as_text=True))
    links = doc.xpath("//table[@id='stats-table']/thead//th/a[starts-with(@id,'sort-')]")
    assert links
    for link in links:
        assert link.get("href").endswith("#" + link.get("id")), link.get("href")
        target = lxml_html.fromstring(client.get(link.get("href").split("#")[0]).get_data(as_text=True))
        assert target.xpath(f'//*[@id="{link.get("id")}"]')
