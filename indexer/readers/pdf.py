"""PDF reports via pdfplumber: text in reading order with ruled tables as ``Table`` blocks.

The only module that imports pdfplumber (and its pdfminer). Geometry work lives in
``pdf_tables`` (cells, cross-page merges) and ``pdf_layout`` (page furniture, paragraphs).
"""
from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSEOF, PSException
from pdfminer.utils import decode_text
from pdfplumber.utils.exceptions import PdfminerException

from indexer.model import Document, OcrSummary, UnreadableFile
from indexer.readers import ocr
from indexer.readers.grid import tidy_spaces
from indexer.readers.ocr_layout import characters, mean_confidence, page_items, useful
from indexer.readers.pdf_layout import Line, drop_page_furniture, to_blocks
from indexer.readers.pdf_tables import PageTable, build_tables
from indexer.readers.tesseract import TesseractError

MAX_PAGES = 500  # annual reports run to a few dozen pages; beyond this it is something else
_MIN_TEXT_CHARS = 20  # fewer real characters than this on all pages: an image-only scan
_SCAN_PAGE_CHARS = 10  # a page with an image and fewer characters than this is read by OCR
_CID_SHARE = 0.5  # more glyphs than this without a Unicode mapping ('(cid:123)'): unreadable text


def _visible(obj: dict) -> bool:
    """False for white filled boxes without a stroke: WPS paints one behind every text line, and
    pdfplumber's table finder would take the stack of them for a table."""
    if obj.get("object_type") != "rect" or not obj.get("fill") or obj.get("stroke"):
        return True
    color = obj.get("non_stroking_color")
    values = color if isinstance(color, (list, tuple)) else [color]
    return not (values and all(isinstance(v, (int, float)) and v > 0.9 for v in values))


def _inside(obj: dict, box: tuple[float, float, float, float]) -> bool:
    """Whether an object's centre lies in a box."""
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _title(pdf: "pdfplumber.PDF") -> str:
    """The /Title metadata, decoded from its raw bytes (WPS writes UTF-16LE with a BOM, which
    pdfminer would read as PDFDocEncoding)."""
    for info in pdf.doc.info:
        raw = resolve1(info.get("Title"))
        if isinstance(raw, bytes):
            for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
                if raw.startswith(bom):
                    try:
                        return raw[len(bom):].decode(codec).strip("\x00 ").strip()
                    except UnicodeDecodeError:
                        return ""
            try:
                return raw.decode("utf-8").strip()
            except UnicodeDecodeError:
                return decode_text(raw).strip()
        if isinstance(raw, str):
            return raw.strip()
    return ""


def _hline(x0: float, x1: float, y: float) -> dict:
    """A horizontal rule to add to the table finder's edges."""
    return {"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
            "width": x1 - x0, "height": 0.0}


def _find_tables(view: "pdfplumber.page.Page", vertical: list[dict]) -> list:
    """pdfplumber tables, after closing tables a page break left open.

    Word and WPS draw no rule where a page cuts a table, so the finder (closed rectangles only)
    misses the last row above the break and the first row below it. Column rules that run on
    past a found table show where its missing bottom or top rule belongs.
    """
    found = view.find_tables()
    extra = []
    for table in found:
        x0, top, x1, bottom = table.bbox
        cols = [e for e in vertical if x0 - 1 <= e["x0"] <= x1 + 1]
        below = [e["bottom"] for e in cols if e["top"] <= bottom + 1 and e["bottom"] > bottom + 2]
        above = [e["top"] for e in cols if e["bottom"] >= top - 1 and e["top"] < top - 2]
        if len(below) >= 2:
            extra.append(_hline(x0, x1, max(below)))
        if len(above) >= 2:
            extra.append(_hline(x0, x1, min(above)))
    return view.find_tables({"explicit_horizontal_lines": extra}) if extra else found


def _page_items(page: "pdfplumber.page.Page", index: int) -> tuple[list[Line], list[PageTable]]:
    """Text lines (outside tables) and tables of one page."""
    view = page.filter(_visible)
    edges = view.edges
    vertical = [e for e in edges if e["orientation"] == "v"]
    v_rules = [(e["x0"], e["top"], e["bottom"]) for e in vertical]
    h_rules = [(e["top"], e["x0"], e["x1"]) for e in edges if e["orientation"] == "h"]
    tables: list[PageTable] = []
    boxes = []
    for found in _find_tables(view, vertical):
        chars = [c for c in page.chars if _inside(c, found.bbox)]
        built = build_tables(found.cells, chars, v_rules, h_rules)
        if built:
            boxes.append(found.bbox)
            for t in built:
                t.pages = [index]
            tables.extend(built)
    text_view = view.filter(lambda o: o.get("object_type") != "char" or not any(_inside(o, b) for b in boxes))
    lines = []
    for ln in text_view.extract_text_lines(return_chars=False):
        text = " ".join(tidy_spaces(ln["text"]).split())
        if text:
            lines.append(Line(text, ln["x0"], ln["x1"], ln["top"], ln["bottom"], index))
    return lines, tables


def _open(path: Path) -> "pdfplumber.PDF":
    """Open a PDF or raise UnreadableFile with the reason it cannot be opened."""
    try:
        return pdfplumber.open(path)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise UnreadableFile("encrypted PDF: needs a password") from exc
        if isinstance(cause, PSEOF):
            raise UnreadableFile("truncated or corrupt PDF: unexpected end of file") from exc
        raise UnreadableFile(f"truncated or corrupt PDF: {cause}".splitlines()[0][:200]) from exc


def read_pdf(path: Path) -> Document:
    """Read a PDF report; pages that are only an image are read by OCR (Tesseract).

    Raises UnreadableFile for encrypted or damaged files, and for scans that cannot be read
    (no Tesseract here, or nothing legible on them).
    """
    with _open(path) as pdf:
        try:
            pages = pdf.pages
            if len(pages) > MAX_PAGES:
                raise UnreadableFile(f"too many pages for a report: {len(pages)} (limit {MAX_PAGES})")
            all_lines, all_tables, heights, chars, cids, scans = [], [], [], [], 0, []
            for i, raw_page in enumerate(pages):
                page = raw_page.dedupe_chars()
                chars.append(sum(1 for c in page.chars if not c["text"].isspace()))
                cids += sum(1 for c in page.chars if c["text"].startswith("(cid:"))
                if chars[-1] < _SCAN_PAGE_CHARS and page.images:
                    scans.append(i)
                    chars[-1] = 0  # a stray stamp or page number on a scan is read with the rest by OCR
                    all_lines.append([])
                    all_tables.append([])
                else:
                    lines, tables = _page_items(page, i)
                    all_lines.append(lines)
                    all_tables.append(tables)
                heights.append(page.height)
                raw_page.close()  # frees pdfplumber's per-page caches
            title = _title(pdf)
        except UnreadableFile:
            raise
        except (PSException, PdfminerException, ValueError, KeyError, TypeError, AttributeError) as exc:
            # pdfminer reports damage from deep inside its parser with these generic types.
            raise UnreadableFile(f"truncated or corrupt PDF: {exc}".splitlines()[0][:200]) from exc
    if cids > _CID_SHARE * max(1, sum(chars)) and sum(chars) >= _MIN_TEXT_CHARS:
        raise UnreadableFile("PDF text has no Unicode mapping (embedded fonts without ToUnicode): needs OCR")
    warnings: list[str] = []
    summary = None
    if scans:
        summary = _read_scans(path, scans, all_lines, all_tables, heights, text_chars=sum(chars), warnings=warnings)
    elif sum(chars) < _MIN_TEXT_CHARS:
        raise UnreadableFile("PDF has no text")
    if cids:
        warnings.append(f"PDF 中有 {cids} 个字符没有 Unicode 编码映射，读出为“(cid:…)”这样的代码。")
    if summary is not None:
        # The same pages once more without the doubtful digits: the parser compares the figures.
        lines_copy, tables_copy = deepcopy(all_lines), deepcopy(all_tables)
        for index, page in summary.pages_read.items():
            lines_copy[index], tables_copy[index] = page_items(page, confident=True)
        summary.confident_blocks = _blocks(lines_copy, tables_copy, heights)
    doc = Document(blocks=_blocks(all_lines, all_tables, heights), kind="pdf", warnings=warnings, ocr=summary)
    if title:
        doc.meta["title"] = title
    doc.meta["pages"] = str(len(heights))
    return doc


def _blocks(all_lines: list[list[Line]], all_tables: list[list[PageTable]], heights: list[float]) -> list:
    """Blocks in reading order from every page's lines and tables."""
    drop_page_furniture(all_lines, heights)
    items: list[Line | PageTable] = []
    for lines, tables in zip(all_lines, all_tables):
        items.extend(sorted(lines + tables, key=lambda it: it.top))
    return to_blocks(items)


def _read_scans(path: Path, scans: list[int], all_lines: list, all_tables: list, heights: list[float],
                text_chars: int, warnings: list[str]) -> OcrSummary | None:
    """Read the scanned pages by OCR into the page lists, in place; warn about what stays unread."""
    listed = "、".join(str(i + 1) for i in scans)
    missing = ocr.unavailable()
    if missing:
        if text_chars < _MIN_TEXT_CHARS:
            raise UnreadableFile(f"no text layer: needs OCR, and {missing}")
        warnings.append(f"PDF 第 {listed} 页是没有文字层的图片，其内容未能读出（需经 OCR 文字识别，本机未安装 OCR 程序）。")
        return None
    try:
        read = ocr.read_scanned_pages(path, scans)
    except TesseractError as exc:
        if text_chars < _MIN_TEXT_CHARS:
            raise UnreadableFile(f"no text layer, and OCR failed: {exc}") from exc
        warnings.append(f"PDF 第 {listed} 页是没有文字层的图片，OCR 文字识别失败，其内容未能读出。")
        return None
    legible = {p.index: p for p in read if characters([w for w in p.words if useful(w)]) >= _SCAN_PAGE_CHARS}
    if text_chars + sum(characters(p.words) for p in legible.values()) < _MIN_TEXT_CHARS:
        pages = "its page" if len(scans) == 1 else f"its {len(scans)} pages"
        raise UnreadableFile(f"no text layer, and OCR found no text on {pages}: a blank or unreadable scan")
    blank = [i + 1 for i in scans if i not in legible]
    if blank:
        warnings.append(f"PDF 第 {'、'.join(map(str, blank))} 页是没有文字层的图片，OCR 文字识别也没有从中读出文字。")
    for index, page in legible.items():
        all_lines[index], all_tables[index] = page_items(page)
        heights[index] = page.height
    words = [w for p in legible.values() for w in p.words if useful(w)]
    if not legible:
        return None
    return OcrSummary(pages=sorted(i + 1 for i in legible), confidence=round(mean_confidence(words) or 0.0, 1),
                      pages_read=legible)
