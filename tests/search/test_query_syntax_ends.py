"""QA 43's syntax findings, each read as a class by the stage that owns it, through run_search and the pages (HTML and
/api/search): a negated group's note quotes its brackets as typed (F3, typed_runs.py), an OR joining nothing is said,
never dropped in silence (F5, either_ends.py), and a lone number cut off a run of markup is no item of the search, as
it is no mark of a report page (F7, lone_items.py). The bodies and words are made up (none is in the corpus)."""
from __future__ import annotations

from html import unescape

import pytest

from search.retrieval.query import parse_query
from tests.conftest import made_up_report, other_bodies, search, written

REPORTS = {
    "fungus2020.txt": made_up_report("宁陵县菌草推广站", 2020, {2: "本年度公开菌草种植补贴名单。"}),
    "fungus2022.txt": made_up_report("民权县菌草推广站", 2022, {2: "本年度公开菌草补贴名单1份，受理1件。"}),
    "silk.txt": made_up_report("睢县蚕桑指导站", 2022, {2: "本年度公开蚕茧收购价格。"}),
    **other_bodies(4),
}
YEAR_NOTE = "已忽略“{typed}”：年份只能限定，不能排除；请写要看的年份，如 year:2021-2024。"
MARKUP = "<script>alert(1)</script> 菌草"


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("query-syntax-ends", written(REPORTS))


@pytest.fixture(scope="module")
def web(indexes):
    return indexes.app("query-syntax-ends", written(REPORTS)).test_client()


def _said(web, q: str) -> tuple[list[str], str]:
    """The notes /api/search gives for ``q``, and the search page's text."""
    api = web.get("/api/search", query_string={"q": q}).get_json()["messages"]
    page = web.get("/", query_string={"q": q})
    assert page.status_code == 200
    return api, unescape(page.get_data(as_text=True))


def _feed(web, q: str) -> str:
    return unescape(web.get("/feed", query_string={"q": q}).get_data(as_text=True))


@pytest.mark.parametrize("q, typed", [("-(year:2020)", "-(year:2020)"), ("菌草 -(year:2020)", "-(year:2020)"),
                                      ("菌草 -（ year:2020 ）", "-( year:2020 )"), ("NOT (year:2020)", "NOT (year:2020)")])
def test_a_negated_filter_in_brackets_is_quoted_as_typed(idx, web, q, typed):
    note = YEAR_NOTE.format(typed=typed)
    assert note in search(idx, q=q, per_page=50).messages
    api, page = _said(web, q)
    assert note in api and note in page
    assert note in _feed(web, q)  # the feed's subtitle says what the page says


@pytest.mark.parametrize("q, note", [
    ("菌草 OR", "已忽略“菌草 OR”末尾的 OR：OR 两边都要有词语。"),
    ("OR 菌草", "已忽略“OR 菌草”开头的 OR：OR 两边都要有词语。"),
    ("菌草 |", "已忽略“菌草 |”末尾的 |：| 两边都要有词语。"),
    ("菌草 OR OR 蚕茧", "已忽略“菌草 OR OR 蚕茧”中多余的 OR：两个词语之间写一个 OR 即可。"),
])
def test_an_or_joining_nothing_is_said(idx, web, q, note):
    result = search(idx, q=q, per_page=50)
    assert note in result.messages, result.messages
    plain = search(idx, q=" ".join(w for w in q.split() if w not in ("OR", "|")).replace(" ", " OR "), per_page=50)
    assert {h.agency for h in result.hits} == {h.agency for h in plain.hits}  # what the note says: only the OR went
    api, page = _said(web, q)
    assert note in api and note in page and note in _feed(web, q)
    assert not any("两边" in n or "多余" in n for n in parse_query("菌草 OR 蚕茧").notes)  # an OR that joins says nothing
    assert not any("两边" in n for n in parse_query("farm subsidy OR").notes)  # English: english.py reads it


def test_a_lone_number_of_markup_is_no_item_of_the_search(idx, web):
    result = search(idx, q=MARKUP, per_page=50)
    names = {h.agency for h in result.hits}
    assert {"宁陵县菌草推广站", "民权县菌草推广站"} <= names  # the report with no 1 is a full match too
    assert not any("“1”" in m for m in result.messages), result.messages
    assert all("<mark>1</mark>" not in h.snippet for h in result.hits)
    api, page = _said(web, MARKUP)
    assert not any("“1”" in m for m in api) and "<mark>1</mark>" not in page and "“1”" not in page
    # typed apart the number is the user's: it is searched
    assert [c.alternatives for c in parse_query("1 菌草").must] == [["1"], ["菌草"]]
