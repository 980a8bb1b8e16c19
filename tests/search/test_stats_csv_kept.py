"""The statistics CSV is written once per index generation for a table's rows in their order and the links' server
(search/output/export.py, session 37): a second download sends the same bytes without formatting 10,000 rows again."""
from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from search.output import export as export_module


def _csv(searcher, base_url: str, **args) -> str:
    return export_module.export(searcher, MultiDict({"what": "stats", "format": "csv", **args}), base_url).text


def test_the_statistics_csv_is_written_once_per_table_and_server(indexes, monkeypatch):
    searcher = indexes.searcher("derived")
    first = _csv(searcher, "http://a.example")
    assert "http://a.example/" in first
    real = export_module.stats_rows

    def formatted_again(*args, **kwargs):
        raise AssertionError("formatted again")

    monkeypatch.setattr(export_module, "stats_rows", formatted_again)
    assert _csv(searcher, "http://a.example") == first
    with pytest.raises(AssertionError, match="formatted again"):
        _csv(searcher, "http://b.example")  # its links name another server
    with pytest.raises(AssertionError, match="formatted again"):
        _csv(searcher, "http://a.example", by="year", dir="asc")  # the same rows in another order
    monkeypatch.setattr(export_module, "stats_rows", real)
    assert _csv(searcher, "http://b.example") == first.replace("http://a.example/", "http://b.example/")
