"""The search export reads its hits its own way (session 35, export42: in steps as the CSV is written, snippets
without <mark>, no facets): its rows must stay the hits the search page reads, in its order, with its figures."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from search.output import export as export_module
from search.output.export import BOM, SEARCH_EXPORT_LIMIT, search_rows, to_csv, to_json
from search.output.shapes import hit_json
from search.retrieval.engine import run_search
from search.retrieval.params import SearchParams

BASE = "http://localhost"

# A word in prose and tables, a figure asked (its number and words in their columns), a flat list of parts, a year.
SELECTIONS = [{"q": "低保"}, {"q": "公开"}, {"q": "行政诉讼最多"}, {"q": "申请", "flat": "1"},
              {"q": "行政复议", "sort": "figure"}, {"q": "信息", "year": "2020"}]


def page_rows(searcher, args: dict) -> list[list[str]]:
    """The CSV as the search page's own reading of every hit gives it: all read at once, snippets marked."""
    params = replace(SearchParams.from_args(MultiDict(args)), page=1, per_page=SEARCH_EXPORT_LIMIT)
    result = run_search(searcher, params)
    header, rows = search_rows({"hits": [hit_json(h, BASE, plain=True, q=result.params.q) for h in result.hits]})
    return list(csv.reader(io.StringIO(to_csv(header, rows).removeprefix(BOM))))


def export_rows(client, args: dict) -> list[list[str]]:
    response = client.get("/api/export", query_string={**args, "what": "search", "format": "csv"})
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))


@pytest.mark.parametrize("args", SELECTIONS, ids=lambda a: "&".join(f"{k}={v}" for k, v in a.items()))
def test_search_csv_rows_are_the_pages_hits(client, searcher, args):
    exported, expected = export_rows(client, args), page_rows(searcher, args)
    assert len(exported) > 1
    assert exported[0] == expected[0]  # the same columns
    assert exported == expected  # the same rows, in the same order, with the same snippets and figures


def test_search_csv_snippets_are_the_search_pages_without_marks(client):
    hits = client.get("/api/search?q=低保&per_page=50").get_json()["hits"]
    rows = export_rows(client, {"q": "低保"})[1:]
    assert [r[0] for r in rows[:len(hits)]] == [h["report_id"] for h in hits]
    assert [r[8] for r in rows[:len(hits)]] == [Markup(h["snippet"]).striptags() for h in hits]
    assert any("<mark>" in h["snippet"] for h in hits) and not any("<mark>" in r[8] for r in rows)


def test_search_json_export_hits_are_the_csvs(client):
    data = json.loads(client.get("/api/export?what=search&format=json&q=行政诉讼最多").get_data(as_text=True))
    rows = export_rows(client, {"q": "行政诉讼最多"})[1:]
    assert len(rows) == data["exported"] == data["total"] > 0
    assert [(r[0], r[8], r[13], r[14]) for r in rows] == [
        (h["report_id"], h["snippet"], "" if h["figure_value"] is None else f"{h['figure_value']:g}", h["figure"])
        for h in data["hits"]]


def test_search_csv_is_sent_as_its_rows_are_read(client, monkeypatch):
    whole = client.get("/api/export?what=search&format=csv&q=公开").get_data()
    monkeypatch.setattr(export_module, "EXPORT_STEP", 2)
    response = client.get("/api/export?what=search&format=csv&q=公开", buffered=False)
    assert response.is_streamed
    pieces = list(response.iter_encoded())
    response.close()
    header = pieces[0].decode("utf-8")
    assert header.startswith(BOM) and header.count("\r\n") == 1 and header.startswith(BOM + "报告编号,")
    rows = len(list(csv.reader(io.StringIO(whole.decode("utf-8-sig"))))) - 1
    assert len(pieces) == 1 + -(-rows // 2) and rows > 2  # the header, then two rows at a time
    assert b"".join(pieces) == whole  # pieces of any size make the same file


def whole_json(searcher, args: dict) -> str:
    """The JSON export as it was written before it was streamed: every hit read at once, the document dumped whole."""
    params = export_module.paged_as(SearchParams.from_args(MultiDict(args)),
                                    f"导出文件列出全部结果（最多 {SEARCH_EXPORT_LIMIT} 条），不分页")
    result = export_module._export_search(searcher, params)
    hits = [hit_json(h, BASE, plain=True, q=result.params.q) for h in result.reader.read(result.unread)]
    return to_json({"query": params.q, "total": result.total, "exported": len(hits), "truncated": result.total > len(hits),
                    "grouped": not params.flat, "hits": hits, "messages": result.messages})


@pytest.mark.parametrize("args", SELECTIONS + [{"q": "公开 year:1999"}, {"q": "x"}],
                         ids=lambda a: "&".join(f"{k}={v}" for k, v in a.items()))
def test_search_json_is_sent_as_its_hits_are_read_and_is_the_whole_documents_text(client, searcher, monkeypatch, args):
    monkeypatch.setattr(export_module, "EXPORT_STEP", 2)
    response = client.get("/api/export", query_string={**args, "what": "search", "format": "json"}, buffered=False)
    assert response.status_code == 200 and response.is_streamed
    pieces = list(response.iter_encoded())
    response.close()
    text = b"".join(pieces).decode("utf-8")
    assert text == whole_json(searcher, args)  # byte for byte the file written whole, messages and all
    data = json.loads(text)
    assert len(pieces) == 2 + -(-len(data["hits"]) // 2)  # the head, two hits at a time, the messages
    head = pieces[0].decode("utf-8") + ("]}" if data["hits"] else "}")
    assert json.loads(head)["total"] == data["total"]  # the head comes before any hit


def test_search_export_that_cannot_run_fails_whole(client):
    response = client.get("/api/export?what=search&format=xlsx&q=公开")
    assert response.status_code == 400 and response.get_json()["error"] == "bad_request"
