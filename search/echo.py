"""Parameters as pages read them and quote them back: one fold of the characters that never mean anything in a
request's value (control and other unprintable characters), and one way to echo a value in a message. Kept apart
from search.folding, which the indexer imports: its code fingerprint would rebuild every index for a change here."""
from __future__ import annotations

from search.folding import without_invisible

# Bytes of the query that are no UTF-8 reach the app as � (search/raw_utf8.py): the search page says so once (rev34 #10).
NOT_UTF8 = "查询中有无法识别的字节（不是 UTF-8 编码的文字），显示为 �。"
INVISIBLE_ONLY = "查询只含不可显示的控制字符，已忽略，列出的是全部报告。"


def invisible_only(raw: str | None, read: str) -> list[str]:
    """The page's note when a query was control or zero-width characters alone: read as no query, it listed every
    report with nothing said (QA 38 #12); spaces alone are no such query."""
    return [INVISIBLE_ONLY] if raw and raw.strip() and not read else []


def printable(text: str) -> str:
    """``text`` as a parameter is read and quoted back: control and other unprintable characters (U+0000, ESC,
    U+0085 …) folded to spaces, zero-width ones dropped, the ends stripped. They come from pasted text or hostile URLs
    and never mean anything here; echoed raw they showed as boxes in a notice (QA 34 #9)."""
    return "".join(ch if ch.isprintable() else " " for ch in without_invisible(text)).strip()


def echo(value: object, limit: int = 20) -> str:
    """A request's value as a message or a page quotes it back (忽略了未知的排序列：…): printable, at most
    ``limit`` characters, a cut one ending in … (QA 44 F10: level:<script>alert(1)</sc read as if typed so). Every
    echo of a parameter is built with it, on every page."""
    text = printable("" if value is None else str(value))
    return text if len(text) <= limit else text[:limit] + "…"


def read_value(value: object, limit: int) -> str:
    """A request's value as a page reads it (a place code, a page number): printable, at most ``limit`` characters,
    cut with no … (echo quotes one back)."""
    return printable("" if value is None else str(value))[:limit]
