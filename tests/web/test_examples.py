"""The example searches the home page and the help offer: each finds reports in the bundled
samples (what `make run` serves on a fresh clone), and each is a link that runs it."""
import pytest
from lxml import html as lxml_html
from werkzeug.datastructures import MultiDict

from search import EXAMPLE_SEARCHES, SearchParams, run_search


@pytest.mark.parametrize("example", EXAMPLE_SEARCHES, ids=lambda e: e.query)
def test_every_example_finds_reports_in_the_samples(searcher, example):
    result = run_search(searcher, SearchParams.from_args(MultiDict({"q": example.query})))
    assert result.total >= 1, example.query
    assert not any("没有报告使用" in m for m in result.messages)  # no word of it was dropped


def _example_links(body: str) -> list[str]:
    doc = lxml_html.fromstring(body)
    return [a.get("href") for a in doc.xpath("//*[contains(@class, 'examples') or contains(@class, 'help-examples')]//a")]


def test_the_home_page_offers_the_examples_before_anything_is_typed(client):
    body = client.get("/").get_data(as_text=True)
    links = _example_links(body)
    assert len(links) == len(EXAMPLE_SEARCHES)
    for href in links:  # each runs its search and finds something
        page = client.get(href).get_data(as_text=True)
        assert 'class="hit"' in page, href
    assert _example_links(client.get("/?q=低保").get_data(as_text=True)) == []  # gone once a search is made
    assert _example_links(client.get("/?year=2020").get_data(as_text=True)) == []  # or a filter chosen
    fragment = client.get("/", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert len(_example_links(fragment)) == len(EXAMPLE_SEARCHES)  # clearing the box by htmx brings them back


def test_the_help_page_examples_are_links_to_their_searches(client):
    body = client.get("/help").get_data(as_text=True)
    doc = lxml_html.fromstring(body)
    assert len(_example_links(body)) == len(EXAMPLE_SEARCHES)
    table_links = doc.xpath("//table//a[code]")
    assert len(table_links) >= 10
    for a in table_links:
        assert a.get("href").startswith("/?q="), a.get("href")
        assert client.get(a.get("href")).status_code == 200
