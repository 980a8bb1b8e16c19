"""Every link to a report page is written by search/report_links.py (rev34 #7): the id quoted, the words encoded one
way, the search's state only where the search page links its own hits."""
from __future__ import annotations

import re
from pathlib import Path

from werkzeug.datastructures import MultiDict

from search.report_links import report_link, search_report_link, shared_report_link
from search.retrieval.params import SearchParams

SEARCH = Path(__file__).resolve().parents[2] / "search"


def test_an_id_is_quoted_and_the_words_encoded_one_way():
    assert report_link("a b/c#d") == "/reports/a%20b%2Fc%23d"
    assert shared_report_link("a b", 2, "低保 特困") == "/reports/a%20b?q=%E4%BD%8E%E4%BF%9D+%E7%89%B9%E5%9B%B0#section-2"
    assert shared_report_link("x", None, "") == "/reports/x"


def test_the_search_page_carries_its_state_and_a_shared_link_the_words_alone():
    params = SearchParams.from_args(MultiDict({"q": "低保", "year": "2020", "page": "2"}))
    assert search_report_link("x", 1, params) == "/reports/x?q=%E4%BD%8E%E4%BF%9D&year=2020&page=2#section-1"
    assert shared_report_link("x", 1, params.q) == "/reports/x?q=%E4%BD%8E%E4%BF%9D#section-1"


def test_no_other_module_writes_a_report_link_of_its_own():
    writers = [str(p.relative_to(SEARCH)) for p in sorted(SEARCH.rglob("*.py"))
               if p.name != "report_links.py" and re.search(r"""f["'][^"']*/reports/\{""", p.read_text(encoding="utf-8"))]
    assert writers == []
