"""A selection carried whole on /stats: its year and figure ranges kept by the form, and every chosen
filter named with a link dropping it, as the search, trends and quality pages do (session 19)."""
from __future__ import annotations

from lxml import html as lxml_html


def _page(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.get_data(as_text=True))


def test_stats_form_keeps_the_year_and_figure_ranges(client):
    # Typing a word on a page narrowed to 2019–2021 must not widen it to every year.
    doc = _page(client, "/stats?province=宁夏回族自治区&year_from=2019&year_to=2021&min_requests_new=0&by=year")
    hidden = {(i.get("name"), i.get("value")) for i in doc.xpath('//form[@id="stats-form"]//input[@type="hidden"]')}
    assert {("province", "宁夏回族自治区"), ("year_from", "2019"), ("year_to", "2021"),
            ("min_requests_new", "0"), ("by", "year")} <= hidden


def test_stats_names_every_chosen_filter_with_a_link_dropping_it(client):
    doc = _page(client, "/stats?province=宁夏回族自治区&year_from=2019&year_to=2021&min_requests_new=0&by=year")
    summary = doc.xpath('string(//details[@class="stats-filters"]/summary)')
    assert "宁夏回族自治区" in summary and "2019–2021 年" in summary and "本年新收申请 ≥ 0" in summary
    chips = {a.text_content().replace("×", "").strip(): a.get("href") for a in doc.xpath('//div[contains(@class,"selection")]//a[@class="chip"]')}
    assert set(chips) == {"宁夏回族自治区", "2019–2021 年", "本年新收申请 ≥ 0"}
    dropped = chips["2019–2021 年"]
    assert dropped.startswith("/stats?") and "year_from" not in dropped and "province=" in dropped and "by=year" in dropped
    # The chip's link really drops the range (and only it).
    assert client.get(dropped).status_code == 200
