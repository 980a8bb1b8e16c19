"""A WSGI middleware that reads a raw (not percent-encoded) UTF-8 query string as UTF-8 under ``flask run``.

Browsers always percent-encode, but a script or a pasted link may send ``?q=行政诉讼`` as raw bytes. Werkzeug's
development server decodes the request line as Latin-1 and then encodes that text once more as UTF-8 before the
PEP 3333 Latin-1 step, so the query arrives twice encoded and reads as mojibake (``è¡ æ ¿è¯ è®¼``). gunicorn, the
production server, refuses such a request line with its own 400 and never calls the app; a server that follows
PEP 3333 hands the bytes over once encoded, which Werkzeug already reads right. Only the twice-encoded form is
undone, and only when undoing it gives valid UTF-8: any other string is left exactly as it came. A request line whose
raw bytes hold 0x85 or 0xA0 (公 is E5 85 AC) never reaches it: http.server splits the line on them, as whitespace of
the Latin-1 text it decoded, and answers 400 itself (QA 38 #1). Raw bytes in the path are not repaired either.

Escaped bytes that are no UTF-8 (``q=%ED%A0%80``) reach the app as one U+FFFD (�) per run, the escape of its UTF-8
put in their place. Werkzeug keeps such bytes as their escapes, so the app saw the text ``%ED%A0%80``, the same as a
query typed literally as ``%ED%A0%80`` (``q=%25ED%25A0%2580``), and could only guess which it was: a typed
``100%E4%BD`` was titled 100� (rev34 #10). Read here, before werkzeug, the two differ, and every page (its title,
chips, notices, feeds, JSON) quotes one reading.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable
from urllib.parse import quote, unquote_to_bytes

_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_REPLACED = re.compile("\ufffd+")


def undo_double_encoding(value: str) -> str:
    """The query string as the client sent it, when ``value`` is that string's UTF-8 bytes read as Latin-1 twice over."""
    if value.isascii():
        return value  # percent-encoded, as every browser sends it
    try:
        once = value.encode("latin-1").decode("utf-8")  # the dev server's extra UTF-8 step, undone
        sent = once.encode("latin-1")  # the raw bytes of the request line (http.server read them as Latin-1)
        sent.decode("utf-8")
    except UnicodeError:
        return value  # not twice-encoded UTF-8: already right (PEP 3333) or bytes we cannot read anyway
    return sent.decode("latin-1")  # PEP 3333's form: Werkzeug reads these bytes as UTF-8


def undecodable_as_replaced(value: str) -> str:
    """The query string with each run of escaped bytes that is no UTF-8 escaped as its text, one � for the bytes
    no UTF-8 reads: 'q=%ED%A0%80' -> 'q=%EF%BF%BD', 'q=%E4%BD%8E%ED' -> 'q=%E4%BD%8E%EF%BF%BD'; other runs as sent."""
    def replaced(match: re.Match) -> str:
        sent = unquote_to_bytes(match.group())
        try:
            sent.decode("utf-8")
        except UnicodeDecodeError:
            return quote(_REPLACED.sub("\ufffd", sent.decode("utf-8", "replace")), safe="")
        return match.group()
    return _ESCAPES.sub(replaced, value) if "%" in value else value


class RawUtf8Query:
    """Wraps a WSGI app so that a twice-encoded raw UTF-8 ``QUERY_STRING`` reaches it in PEP 3333's form, and bytes
    escaped that are no UTF-8 as �."""

    def __init__(self, app: Callable):
        self.app = app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        query = environ.get("QUERY_STRING", "")
        repaired = undecodable_as_replaced(undo_double_encoding(query))
        if repaired != query:
            environ = {**environ, "QUERY_STRING": repaired}
        return self.app(environ, start_response)
