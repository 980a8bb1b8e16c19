"""Word (.docx) reports via python-docx: paragraphs and tables in body order.

The only module that imports python-docx. The body XML is walked directly (python-docx's
``Table.cells`` repeats a merged cell into every grid position, which would pour one value into
several columns). Merged cells follow the rule documented in ``grid``: a vertical merge (vMerge)
repeats its text down a label column and is blank elsewhere; a horizontal merge (gridSpan)
appears once, in its first grid column, with blanks in the columns it spans.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement as Element

from indexer.model import Block, Document, UnreadableFile
from indexer.readers.grid import Span, join_wrapped, to_table

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # a report's parts add up to a few MB
MAX_ENTRIES = 5000
MAX_RATIO = 100  # compression ratio beyond which a sizeable entry is a zip bomb, not XML
_RATIO_MIN_BYTES = 1024 * 1024  # small entries may compress very well without harm
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SPACES = " \u00a0\u3000\r"
_CONTAINERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")}


def check_archive(path: Path) -> None:
    """Refuse archives that are not Word documents or would inflate beyond reason."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile(f"corrupt Word file: {exc}") from exc
    if len(infos) > MAX_ENTRIES:
        raise UnreadableFile(f"zip archive with {len(infos)} entries is not a Word report")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFile(f"Word file too large when uncompressed: {total / 2**20:.0f} MB "
                             f"(limit {MAX_UNCOMPRESSED_BYTES // 2**20} MB)")
    for info in infos:
        if info.file_size > _RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableFile(f"zip bomb: {info.filename} inflates {info.compress_size} bytes "
                                 f"to {info.file_size}")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise UnreadableFile("zip archive without word/document.xml: not a Word document")


def _text(element: Element) -> str:
    """Visible text of a paragraph (runs in hyperlinks, fields, content controls and tracked
    insertions included; the Fallback copy of alternate content skipped)."""
    parts = []
    for run in element.iter(qn("w:r")):
        if any(a.tag == _MC_FALLBACK for a in run.iterancestors()):
            continue
        parts.append(run.text)
    return "".join(parts)


def _cell_text(tc: Element) -> str:
    """One cell's text: its paragraphs (and nested tables) joined as wrapped text."""
    out = ""
    for p in tc.iter(qn("w:p")):
        for piece in _text(p).replace("\t", " ").split("\n"):
            out = join_wrapped(out, piece.strip())
    return out


def _val(element: Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of an element, or default."""
    return default if element is None else element.get(qn("w:val"), default)


def _table(tbl: Element) -> list[Span]:
    """Spans of a w:tbl, with gridSpan and vMerge resolved on the table grid."""
    spans: list[Span] = []
    open_merges: dict[int, Span] = {}  # grid column -> span a vMerge may still extend
    for r, tr in enumerate(tbl.iterchildren(qn("w:tr"))):
        col = int(_val(tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}"), "0") or 0)
        for tc in tr.iter(qn("w:tc")):
            if tc.getparent() is not tr and tc.getparent().tag not in _CONTAINERS:
                continue  # a cell of a nested table
            props = tc.find(qn("w:tcPr"))
            width = int(_val(props.find(qn("w:gridSpan")) if props is not None else None, "1") or 1)
            vmerge = props.find(qn("w:vMerge")) if props is not None else None
            above = open_merges.get(col)
            if vmerge is not None and _val(vmerge, "continue") == "continue" and above is not None \
                    and above.colspan == width:
                above.rowspan = r - above.row + 1
            else:
                span = Span(r, col, _cell_text(tc), 1, width)
                spans.append(span)
                for c in range(col, col + width):
                    open_merges.pop(c, None)
                if vmerge is not None:
                    open_merges[col] = span
            col += width
    return spans


def _blocks(parent: Element, out: list[Block]) -> None:
    """Append the blocks of a body-like element (body, content control) in order."""
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            # Spaces around a line are layout; tabs may separate cells of a tab-aligned table.
            out.extend(line.strip(_SPACES) for line in _text(child).split("\n") if line.strip())
        elif child.tag == qn("w:tbl"):
            table = to_table(_table(child))
            if table.rows:
                out.append(table)
        elif child.tag in _CONTAINERS:
            _blocks(child, out)


def read_docx(path: Path) -> Document:
    """Read a .docx report; raise UnreadableFile for bombs, non-Word zips and damaged files."""
    check_archive(path)
    try:
        document = docx.Document(str(path))
    # Broken XML surfaces as lxml's XMLSyntaxError, a SyntaxError subclass.
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as exc:
        raise UnreadableFile(f"corrupt Word file: {exc}".splitlines()[0][:200]) from exc
    blocks: list[Block] = []
    _blocks(document.element.body, blocks)
    if not blocks:
        raise UnreadableFile("Word document has no text")
    doc = Document(blocks=blocks, kind="docx")
    title = (document.core_properties.title or "").strip()
    if title:
        doc.meta["title"] = title
    return doc
