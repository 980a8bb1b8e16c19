"""Links as a page writes them: the characters of a Chinese query written as characters, not as escapes.

A query string percent-encodes each Chinese character as nine bytes (低 is %E4%BD%8E). A page repeats the
query in every link that keeps it (each facet value, sort, page, chip and hit): review 32 found a 500-character
query made the results page 316 KB. HTML lets a link hold such characters as they are; a browser following
it encodes them back as UTF-8, so it asks for the very URL the escapes spelt. Only letters, digits, marks,
punctuation and symbols outside ASCII are written out: an ASCII escape (%26 for a typed &, %2B for +, %23
for #) keeps its meaning only as an escape, and spaces, controls and format characters (a zero-width space,
a direction mark) stay escaped so that a link never hides or reorders what it holds. The JSON API's URLs stay
fully escaped.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote_to_bytes

from markupsafe import Markup

_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_SHOWN = ("L", "M", "N", "P", "S")  # Unicode categories written out; Z (spaces) and C (controls, format) are not


def short_link(url: str) -> str:
    """``url`` with the percent-encoded UTF-8 of non-ASCII letters, digits and punctuation written as characters.
    Markup (a macro's output, already escaped) stays Markup: what is written out is never an HTML character."""
    written = _ESCAPES.sub(_written, str(url))
    return Markup(written) if isinstance(url, Markup) else written


def _written(match: re.Match) -> str:
    escaped = match.group(0)
    try:
        text = unquote_to_bytes(escaped).decode("utf-8")
    except UnicodeDecodeError:
        return escaped
    return "".join(ch if ord(ch) > 127 and unicodedata.category(ch)[0] in _SHOWN else quote(ch, safe="")
                   for ch in text)
