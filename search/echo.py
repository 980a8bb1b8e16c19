"""Parameters as pages read them and quote them back: one fold of the characters that never mean anything in a
request's value (control and other unprintable characters), and one way to echo a value in a message. Kept apart
from search.folding, which the indexer imports: its code fingerprint would rebuild every index for a change here."""
from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

from search.folding import without_invisible


def printable(text: str) -> str:
    """``text`` as a parameter is read and quoted back: control and other unprintable characters (U+0000, ESC,
    U+0085 …) folded to spaces, zero-width ones dropped, the ends stripped. They come from pasted text or hostile URLs
    and never mean anything here; echoed raw they showed as boxes in a notice (QA 34 #9)."""
    return "".join(ch if ch.isprintable() else " " for ch in without_invisible(text)).strip()


def echo(value: object, limit: int = 20) -> str:
    """A request's value as a message or a page quotes it back (忽略了未知的排序列：…): printable, at most
    ``limit`` characters. Every echo of a parameter is built with it, on every page."""
    return printable("" if value is None else str(value))[:limit]


_ESCAPED_BYTES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def readable(text: str) -> str:
    """``text`` with each run of percent escapes that is no UTF-8 shown as one U+FFFD (�). A query string's bytes that
    are no UTF-8 (q=%ED%A0%80) reach the page as werkzeug keeps them, escaped, and a title quoting them showed the
    escapes to a reader (QA 37 #8); a run that is UTF-8 (%E4%BD%8E typed as such) stays as typed."""
    def shown(match: re.Match) -> str:
        try:
            unquote_to_bytes(match.group()).decode("utf-8")
        except UnicodeDecodeError:
            return "\ufffd"
        return match.group()
    return _ESCAPED_BYTES.sub(shown, text)
