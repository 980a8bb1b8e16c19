"""A raw (not percent-encoded) UTF-8 query string under Werkzeug's development server (QA 34 #10).

``flask run`` read ``?q=低保`` sent as raw bytes as Latin-1 twice over (mojibake, no hits); search/raw_utf8.py undoes that,
and only that. Werkzeug's real server on a loopback port, raw bytes written to its socket: the test client would
encode the query itself and never see the bug.
"""
from __future__ import annotations

import json
import socket

import pytest

from search.raw_utf8 import undecodable_as_replaced, undo_double_encoding
from tests.web.browser import serve


def _raw_get(base: str, target: bytes) -> tuple[int, bytes]:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.fixture(scope="module")
def dev_server(indexes):
    with serve(indexes.app("samples")) as base:
        yield base


def test_a_raw_utf8_query_is_read_as_utf8(dev_server):
    status, body = _raw_get(dev_server, "/api/search?q=低保&province=江苏".encode("utf-8"))
    data = json.loads(body)
    assert status == 200 and data["query"] == "低保"
    assert not any("江苏" not in m and "省级地区" in m for m in data.get("messages", []))
    assert "è" not in body.decode("utf-8")


def test_a_raw_utf8_query_finds_what_its_encoded_form_finds(dev_server):
    raw = json.loads(_raw_get(dev_server, "/api/search?q=低保".encode("utf-8"))[1])
    encoded = json.loads(_raw_get(dev_server, b"/api/search?q=%E4%BD%8E%E4%BF%9D")[1])
    assert raw["total"] == encoded["total"] > 0


def test_bytes_that_are_not_utf8_are_left_as_they_came(dev_server):
    status, body = _raw_get(dev_server, b"/api/search?q=\xff\xfe")
    assert status == 200 and json.loads(body)["total"] >= 0


def test_only_the_twice_encoded_form_is_changed():
    sent = "低保".encode("utf-8")
    twice = sent.decode("latin-1").encode("utf-8").decode("latin-1")  # what the dev server hands on
    assert undo_double_encoding(twice) == sent.decode("latin-1")  # PEP 3333's form of the bytes sent
    assert undo_double_encoding(sent.decode("latin-1")) == sent.decode("latin-1")  # already right: kept
    assert undo_double_encoding("q=%E4%BD%8E") == "q=%E4%BD%8E"
    assert undo_double_encoding("q=\xff") == "q=\xff"


def test_escaped_bytes_that_are_no_utf8_become_one_replacement_character():
    assert undecodable_as_replaced("q=%ED%A0%80&year=2020") == "q=%EF%BF%BD&year=2020"
    assert undecodable_as_replaced("q=%E4%BD%8E%ED") == "q=%E4%BD%8E%EF%BF%BD"  # 低 kept, the stray byte one �
    assert undecodable_as_replaced("q=%26%FF") == "q=%26%EF%BF%BD"  # a typed & stays an escape
    for kept in ("q=%E4%BD%8E", "q=100%25E4%25BD", "q=a+b", ""):  # UTF-8, escapes typed as text: as sent
        assert undecodable_as_replaced(kept) == kept
