"""A hit kept by a figure range alone shows the part holding the figure (QA 42 F4), and that part is chosen for the
page's reports only, or the export's rows, never for every listed report (review 36 #1: at 10,000 reports a range
alone took 18 times as long). Speed itself is measured by bench/range_search.py; this checks what is looked at.
The bodies are made up (戊岭县 occurs nowhere in the corpus)."""
import csv
import io

import pytest

import search.retrieval.engine as engine
from tests.conftest import written
from tests.stats_corpus import _REVIEW_ROW, derive

# Figures of their own each (the same figures in one body's report of one year would make copies of it).
REPORTS = {f"r{i:02d}.txt": derive(2021, agency=f"戊岭县第{i}管理站", rows={_REVIEW_ROW: [i, 0, 0, 0, i] + [0] * 10})
           for i in range(1, 13)}


@pytest.fixture(scope="module")
def client(indexes):
    return indexes.app("range-page-parts", written(REPORTS)).test_client()


@pytest.fixture()
def looked_at(monkeypatch):
    sizes = []
    original = engine.at_figure_part

    def spy(searcher, docs, mask, key):
        sizes.append(len(docs))
        return original(searcher, docs, mask, key)

    monkeypatch.setattr(engine, "at_figure_part", spy)
    return sizes


def test_each_page_shows_the_figure_s_part_of_its_own_reports_only(client, looked_at):
    first = client.get("/api/search", query_string={"min_reconsideration_total": 1}).get_json()
    second = client.get("/api/search", query_string={"min_reconsideration_total": 1, "page": 2}).get_json()
    assert first["total"] == 12 and len(first["hits"]) == 10 and len(second["hits"]) == 2
    assert all(h["section"] == 4 for h in first["hits"] + second["hits"])
    assert looked_at == [10, 2]


def test_the_export_s_rows_are_moved_at_once(client, looked_at):
    body = client.get("/api/export", query_string={"what": "search", "format": "csv", "min_reconsideration_total": 1}
                      ).get_data(as_text=True)
    table = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    part = table[0].index("部分")
    assert len(table) == 13 and all(row[part] == "4" for row in table[1:])
    assert looked_at == [12]
