"""Plain-text reports: decode by detection, one block per non-empty line.

Tabs inside lines are kept exactly (leading and trailing ones too): the parser rebuilds tables
from tab-separated lines ('一、本年新收政府信息公开申请数量\\t0\\t0\\t…') and from one-cell-per-line
text, so a line is never trimmed or re-spaced here.
"""
from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

import charset_normalizer

from indexer.model import Document, UnreadableFile
from indexer.readers.grid import CJK_CHAR

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a report is tens of KB; anything this big is not one
# Control characters tolerated in text (tab, LF, CR, form feed); any other share above this
# ratio, or any NUL, marks binary data.
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
_MAX_CONTROL_RATIO = 0.001
# Unicode's control characters (category Cc: C0, DEL, C1) but those above: one regex pass, not a
# category lookup per character.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Encodings charset-normalizer may propose that we accept, decoded by their superset.
_CJK_LEGACY = {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "hz": "gb18030",
               "big5": "big5hkscs", "big5hkscs": "big5hkscs", "cp950": "big5hkscs"}
_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def _strict(data: bytes, encoding: str) -> str | None:
    """Decode strictly, or None when the bytes are not valid in that encoding."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_by_nuls(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one side of most byte pairs (BOM-less UTF-16)."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    # Every ASCII character (digits, tabs, line ends) puts a NUL in its high byte; CJK text
    # has few of them, and only the rare U+xx00 ideograph ('一' is U+4E00) puts one on the
    # other side. Binary data has NULs on both sides or hardly any.
    if odd >= 0.1 * pairs and even <= 0.25 * odd:
        return "utf-16-le"
    if even >= 0.1 * pairs and odd <= 0.25 * even:
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """True when decoded text holds NULs or more control characters than text ever has."""
    if "\x00" in text:
        return True
    controls = len(_CONTROLS.findall(text))
    return controls > _MAX_CONTROL_RATIO * max(len(text), 1)


def _mostly_cjk_or_ascii(text: str, min_cjk: float) -> bool:
    """Check an encoding guess: real report text is CJK, ASCII and punctuation only, with at
    least ``min_cjk`` of its visible characters Chinese."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return False
    good = sum(1 for ch in visible if ch.isascii() or CJK_CHAR.match(ch))
    cjk = sum(1 for ch in visible if CJK_CHAR.match(ch))
    return good >= 0.97 * len(visible) and cjk >= min_cjk * len(visible)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text by detection; return (text, encoding) or raise UnreadableFile."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding)
            if text is None:
                raise UnreadableFile(f"invalid {encoding.upper()} text after its byte-order mark")
            return text, encoding + (" with BOM" if encoding != "utf-8" else "-sig")
    utf16 = _utf16_by_nuls(data)
    if utf16:
        text = _strict(data[: len(data) - len(data) % 2], utf16)
        if text is not None and not looks_binary(text) and _mostly_cjk_or_ascii(text, 0.0):
            return text, utf16
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    # Strict UTF-8 failed: ask charset-normalizer, but only believe a Chinese legacy encoding
    # whose result reads as Chinese; everything else is binary junk with a .txt name.
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableFile("binary data, not text")
    if best.encoding in _CJK_LEGACY:
        encoding = _CJK_LEGACY[best.encoding]
        text = _strict(data, encoding)
        if text is not None and not looks_binary(text) and _mostly_cjk_or_ascii(text, 0.2):
            return text, encoding
    elif not looks_binary(str(best)):
        raise UnreadableFile(f"text in {best.encoding}, not Chinese: not a report")
    raise UnreadableFile("binary data, not text")


def text_to_blocks(text: str) -> list[str]:
    """Normalise CRLF/CR to LF and return the non-blank lines, unchanged otherwise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in text.split("\n") if line.strip()]


# HTML entities a crawler left in the text it saved ('&emsp;&emsp;根据《条例》…', '&nbsp;&nbsp;•&nbsp;首页'): no report
# writes them, and left as they are they hide indents, bullets and the spaces that set off a run-in heading.
_ENTITY = re.compile(r"&(?:nbsp|emsp|ensp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot"
                     r"|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
# (an em space indents a paragraph as the ideographic space does; the stages know that one)
_WIDE_SPACE = re.compile(r"&emsp;|&#12288;|&#x3000;", re.IGNORECASE)


def unescape_entities(text: str) -> str:
    """text with the HTML entities a crawler left in it read as their characters (&emsp; as an ideographic space)."""
    if "&" not in text or not _ENTITY.search(text):
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), _WIDE_SPACE.sub("\u3000", text))


# A crawler's header above the page it saved: 'key: value' lines (标题, 发布时间, 原文链接 …), a note, then a rule
# naming the body ('==================== 正文 ===================='). The header is no text of the page; its fields are
# the container's hints, as an HTML page's metadata table is (the address places the issuer).
_BODY_RULE = re.compile(r"^\s*[=\-]{5,}\s*正文\s*[=\-]{5,}\s*$")
_HEADER_FIELD = re.compile(r"^\s*(?P<key>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>.*?)\s*$")
_HEADER_KEYS = {"标题": "title", "发布机构": "publisher", "原文链接": "url", "发布时间": "published", "来源": "source"}
_HEADER_LINES = 20


def crawler_header(blocks: list[str]) -> tuple[dict[str, str], list[str]]:
    """The hints of a crawler's header and the page's lines after it; ({}, blocks) when there is none."""
    rule = next((i for i, line in enumerate(blocks[:_HEADER_LINES]) if _BODY_RULE.match(line)), None)
    if rule is None or rule == 0:
        return {}, blocks
    fields = [_HEADER_FIELD.match(line) for line in blocks[:rule]]
    if sum(1 for f in fields if f) * 2 < rule:  # mostly fields, or it is the page's own text
        return {}, blocks
    meta = {_HEADER_KEYS[f["key"]]: f["value"] for f in fields if f and f["key"] in _HEADER_KEYS and f["value"]}
    return linked_source(meta), blocks[rule + 1:]


def linked_source(meta: dict[str, str]) -> dict[str, str]:
    """meta with a 来源 that is a link read as the page's address (no body's name), and no address that is
    no link (the HTML reader's metadata and a crawler's header alike)."""
    if meta.get("source", "").startswith(("http://", "https://")):
        meta.setdefault("url", meta["source"])
        del meta["source"]
    if not meta.get("url", "").startswith(("http://", "https://")):
        meta.pop("url", None)
    return meta


def read_text(path: Path) -> Document:
    """Read a plain-text report; raise UnreadableFile for empty, binary or oversized files."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise UnreadableFile(
            f"text file too large: {size / 2**20:.1f} MB (limit {MAX_TEXT_BYTES // 2**20} MB)")
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableFile("empty file")
    text, encoding = decode_bytes(data)
    if looks_binary(text):
        raise UnreadableFile("binary data, not text")
    blocks = text_to_blocks(unescape_entities(text))
    if not blocks:
        raise UnreadableFile("empty file")
    meta, blocks = crawler_header(blocks)
    if not blocks:
        raise UnreadableFile("empty file")
    doc = Document(blocks=blocks, kind="txt")
    doc.meta.update(meta)
    doc.meta["encoding"] = encoding
    return doc
