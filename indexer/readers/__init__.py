"""Read any report file into a ``Document``, choosing the reader by the file's content.

The extension is only a tie-breaker: crawls bring in PDFs named .txt, HTML error pages named
.pdf and Word files without an extension, so the first bytes decide (%PDF, a zip holding
word/document.xml, HTML markup; anything else is read as text).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from indexer.model import Document, UnreadableFile
from indexer.readers.docx import read_docx
from indexer.readers.html import read_html
from indexer.readers.pdf import read_pdf
from indexer.readers.text import MAX_TEXT_BYTES, read_text

__all__ = ["read_document", "sniff_kind", "UnreadableFile"]

_HEAD_BYTES = 2048
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]",
                         re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body)[\s>]", re.IGNORECASE)
_TAG = re.compile(rb"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>")
# A page copied as text by a crawler or a reader's save keeps its raw <title> line and no
# other markup; an HTML parser puts the whole text inside that unclosed title and finds none.
# A closed tag is markup that ended: '<title>…</title>' alone is a web page whose text a script
# loads, and it has none to index.
_MAX_STRAY_TAGS = 2
_LEADING_TAGS = re.compile(r"^(?:\s*<[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>)+\s*")


def _head_as_ascii(head: bytes) -> bytes:
    """The head with a BOM removed and UTF-16 NULs dropped, for markup sniffing."""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom):]
            break
    return head.replace(b"\x00", b"") if head.count(b"\x00") > len(head) // 4 else head


def sniff_kind(path: Path) -> str:
    """'pdf', 'docx', 'html' or 'txt', from the file's first bytes (extension as tie-breaker)."""
    with path.open("rb") as f:
        head = f.read(_HEAD_BYTES)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise UnreadableFile(f"corrupt zip archive: {exc}") from exc
        if "word/document.xml" in names:
            return "docx"
        raise UnreadableFile("zip archive without word/document.xml: not a Word document")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnreadableFile("legacy binary Word/Office file (.doc): save it as .docx or PDF")
    text = _head_as_ascii(head)
    if _HTML_START.match(text) or (path.suffix.lower() in {".html", ".htm", ".shtml"}
                                   and _HTML_ANYWHERE.search(text)):
        return "html"
    return "txt"


_EXTENSION_KIND = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".shtml": "html",
                   ".txt": "txt"}
_READERS = {"pdf": read_pdf, "docx": read_docx, "html": read_html, "txt": read_text}
# The kinds as a warning on the report page names them.
_KIND_NAMES = {"pdf": "PDF 文件", "docx": "Word 文档（DOCX）", "html": "HTML 网页", "txt": "TXT 纯文本"}


def read_document(path: Path) -> Document:
    """Read a report file of any supported kind; raise UnreadableFile with a one-line reason."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            raise UnreadableFile("empty file")
        kind = sniff_kind(path)
        try:
            doc = _READERS[kind](path)
        except UnreadableFile:
            if kind != "html" or not _markup_free(path):
                raise
            kind, doc = "txt", _text_after_stray_tags(path)
            if not doc.blocks:
                raise
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from exc
    declared = _EXTENSION_KIND.get(path.suffix.lower())
    if declared and declared != kind:
        doc.warnings.append(f"文件扩展名为“{path.suffix}”，实际内容却是 {_KIND_NAMES[kind]}，已按实际格式读取。")
    return doc


def _markup_free(path: Path) -> bool:
    """True when the file holds no more than a stray tag or two, none closed: text, not a web page."""
    if path.stat().st_size > MAX_TEXT_BYTES:  # refused as too large already: not read whole to count its tags
        return False
    tags = _TAG.findall(_head_as_ascii(path.read_bytes()))  # (a UTF-16 page's tags hold NULs between their letters)
    return len(tags) <= _MAX_STRAY_TAGS and not any(tag.startswith(b"</") for tag in tags)


def _text_after_stray_tags(path: Path) -> Document:
    """Read the file as text, with the stray tags taken off the lines they open."""
    doc = read_text(path)
    doc.blocks = [_LEADING_TAGS.sub("", b) if isinstance(b, str) else b for b in doc.blocks]
    doc.blocks = [b for b in doc.blocks if not isinstance(b, str) or b.strip()]
    doc.warnings.append("文件带有个别网页标记（如 <title>），其余却是纯文本，已按纯文本读取。")
    return doc
