"""The OpenAPI description documents exactly the parameters each endpoint reads.

The parameters an endpoint reads are recorded while it answers real requests (a request class whose
arguments note every name asked for), so a parameter added to a parser without documentation, or
documentation left behind by a parameter removed, fails here.
"""
from __future__ import annotations

import pytest
from flask import Request
from werkzeug.datastructures import ImmutableMultiDict

from app import create_app
from search.output.openapi import openapi_spec


class ReadArgs(ImmutableMultiDict):
    """Query arguments that note every name the code asks for."""

    names: set[str] = set()

    def get(self, key, default=None, type=None):
        ReadArgs.names.add(key)
        return super().get(key, default, type)

    def getlist(self, key, type=None):
        ReadArgs.names.add(key)
        return super().getlist(key, type)


class RecordingRequest(Request):
    parameter_storage_class = ReadArgs


# Requests that take every branch reading arguments (export: both kinds, both formats).
CALLS = {
    "/api/search": ["", "q=低保&flat=1"],
    "/api/stats": ["", "by=year&dir=asc"],
    "/api/export": ["", "what=search", "what=search&format=json", "format=json"],
    "/api/trends": ["", "fig=requests_new"],
    "/api/compare": ["", "id=0000000000000000&only=diff"],
    "/api/quality": [""],
    "/api/agencies": ["", "name=民政&place=640000&kind=民政局&page=2"],
    "/api/agencies/{agency_id}": [""],
    "/feed": ["", "q=低保"],
    "/agencies/{agency_id}/feed": [""],
}
# Paths with a parameter in them, as requested.
CONCRETE = {"/api/agencies/{agency_id}": "/api/agencies/640300:民政局",
            "/agencies/{agency_id}/feed": "/agencies/640300:民政局/feed"}
READS_NO_SEARCH = {"/api/compare", *CONCRETE}


@pytest.fixture(scope="module")
def recording_client(index_root):
    app = create_app({"TESTING": True, "INDEX": str(index_root)})
    app.request_class = RecordingRequest
    return app.test_client()


def documented(spec: dict, path: str) -> set[str]:
    """Names of the query parameters the description gives ``path``."""
    names = set()
    for param in spec["paths"][path]["get"].get("parameters", []):
        if "$ref" in param:
            param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
        if param["in"] == "query":
            names.add(param["name"])
    return names


@pytest.mark.parametrize("path", sorted(CALLS))
def test_every_parameter_read_is_documented_and_nothing_else(recording_client, path):
    ReadArgs.names = set()
    for query in CALLS[path]:
        assert recording_client.get(f"{CONCRETE.get(path, path)}?{query}").status_code in (200, 400), (path, query)
    read = ReadArgs.names
    assert {"q", "city", "quality", "year_from", "min_requests_new"} <= read or path in READS_NO_SEARCH
    assert read == documented(openapi_spec(), path)


def test_every_described_parameter_is_used():
    spec = openapi_spec()
    used = {p["$ref"].rsplit("/", 1)[1] for op in spec["paths"].values() for p in op["get"].get("parameters", [])
            if "$ref" in p}
    assert used == set(spec["components"]["parameters"])
