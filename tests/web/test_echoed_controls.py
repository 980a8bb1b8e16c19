"""Control characters in any parameter are folded out of every echo of it, on every page, notice and JSON (QA 34 #9:
/stats?by=, /trends?fig=, /compare?q= and others printed U+0000, ESC and U+0085 raw into a notice, where they showed
as boxes; the search page folded them). One function builds every echo: ``search.echo.echo``."""
from __future__ import annotations

import json
import unicodedata
from urllib.parse import quote

import pytest

from search.echo import echo, printable

PAYLOAD = "低保\x00\x01\x08\x1b[31m\x7f\x85\u200bx"
PARAMETERS = ("q", "by", "view", "dir", "fig", "id", "agency", "kind", "place", "name", "show", "list", "sort", "page",
              "per_page", "province", "city", "level", "quality", "year", "year_from", "flat", "only", "what", "format",
              "min_requests_new", "groups")
PAGES = ("/", "/stats", "/trends", "/compare", "/quality", "/agencies", "/feed", "/help")
APIS = ("/api/search", "/api/stats", "/api/trends", "/api/compare", "/api/quality", "/api/agencies", "/api/export")


def _controls(text: str) -> list[str]:
    return sorted({f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t"})


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_echo_folds_controls_and_cuts():
    assert printable(PAYLOAD) == "低保    [31m  x"
    assert _controls(printable(PAYLOAD)) == [] and "\u200b" not in printable(PAYLOAD)
    # A cut value says so (QA 44 F10).
    assert echo(PAYLOAD) == printable(PAYLOAD)[:20] and echo(None) == "" and echo("x" * 50, 30) == "x" * 30 + "…"


@pytest.fixture(scope="module")
def agency_path(app) -> str:
    agencies = app.test_client().get("/api/agencies").get_json()["agencies"]
    return "/agencies/" + quote(agencies[0]["id"], safe=":/")


@pytest.mark.parametrize("name", PARAMETERS)
def test_no_page_echoes_a_control_character(client, agency_path, name):
    for path in PAGES + (agency_path,):
        response = client.get(f"{path}?{name}={quote(PAYLOAD)}")
        assert response.status_code < 500, path
        assert _controls(response.get_data(as_text=True)) == [], f"{path}?{name}="


@pytest.mark.parametrize("name", PARAMETERS)
def test_no_api_answer_echoes_a_control_character(client, agency_path, name):
    for path in APIS + ("/api" + agency_path,):
        response = client.get(f"{path}?{name}={quote(PAYLOAD)}")
        assert response.status_code < 500, path
        text = response.get_data(as_text=True)
        strings = list(_strings(json.loads(text))) if response.is_json else [text]
        assert _controls("".join(strings)) == [], f"{path}?{name}="


@pytest.mark.parametrize("path", ["/agencies/", "/api/agencies/", "/reports/", "/api/reports/", "/agencies/320813:"])
def test_no_error_page_echoes_a_control_character_of_its_address(client, path):
    response = client.get(path + quote(PAYLOAD))
    assert response.status_code in (301, 404), path
    assert _controls(response.get_data(as_text=True)) == []


def test_a_query_of_control_characters_alone_says_it_was_ignored(client):
    """QA 38 #12: such a query read as no query and listed every report with nothing said; spaces alone say nothing."""
    from search.echo import INVISIBLE_ONLY

    data = client.get("/api/search?q=" + quote("\x01\x1b\u200b")).get_json()
    everything = client.get("/api/search").get_json()
    assert INVISIBLE_ONLY in data["messages"] and data["total_reports"] == everything["total_reports"]
    assert INVISIBLE_ONLY in client.get("/?q=" + quote("\x01\x02")).get_data(as_text=True)
    assert INVISIBLE_ONLY not in client.get("/api/search?q=" + quote("   ")).get_json()["messages"]
