"""OCR of a PDF's scanned pages: render, straighten, find rules, read with Tesseract, cache.

The only module that imports pypdfium2 (the renderer pdfplumber already brings). For each page
the PDF reader hands over (a page with no text layer but an image):

1. render it at ``DPI`` in grey (Tesseract reads Chinese best near 300 dpi; a 200-dpi scan is
   upsampled, which measured better than reading it as it is: docs/benchmarks.md);
2. straighten it (``scan_image.skew_angle``), find its table rules and erase them;
3. read it with Tesseract's Simplified Chinese model; a page read with low confidence is asked
   for its orientation (OSD) and read again turned upright, and then with the Traditional model,
   and the best reading is kept;
4. keep the words and rules, in PDF points, in the OCR cache.

The cache holds one JSON file per page under ``<cache>/<report id>/<settings>/``: the report
id is the file's content hash, so a rebuild never reads the same file twice (a renamed or copied
file included), and a file whose parse was cut off by the time limit resumes where it stopped.
``settings`` changes with Tesseract's version and this module's ``CACHE_VERSION``.

Who runs the reader sets the cache folder and the progress callbacks with ``ocr_options``:
the parse workers (``indexer.parse_pool``) to extend their time limit and show pages in the
progress bar, the ``parse`` command to use the index's cache.
"""
# Over 350 lines, kept whole: one page's way through OCR (render, straighten, read, re-read unclear cells, cache)
# shares the page image and its word boxes; the table and heading stages are modules of their own.
from __future__ import annotations

import hashlib
import json
import os
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

import pypdfium2

from search.schema import content_id as file_id  # the report id doubles as the OCR cache key
from indexer.readers import scan_image, tesseract
from indexer.readers.ocr_layout import LOW_CONFIDENCE, OcrWord, ScanPage, characters, grids, mean_confidence, useful
from indexer.readers.pdf_tables import grid_cells

DPI = 300
CACHE_VERSION = 12  # bump when rendering, straightening or rule finding change what is cached
_MAX_PIXELS = 60_000_000  # a poster-sized page is rendered at a lower resolution than DPI
_RULE_MIN_POINTS = 30.0  # a horizontal rule is at least this long (a cell of the narrowest column)
_RETRY_BELOW = 70.0  # mean confidence under which a page is tried upright and in Traditional script
_UNSURE_CHINESE = 70.0  # a Chinese character read with less confidence may be a misread digit
_SHORT_CELL = 4  # characters: a reading this short may be a figure misread
_SURE_DIGITS = 80.0  # ... when the digits reading is at least this sure (a label's never passed 25)
_WITNESS = 50.0  # a reading of a figure less sure than this neither confirms nor contradicts another
_SHORT_PIECE = 4.0  # line heights: a piece of a line outside tables this short may be a figure
_CELL_MARGIN = 6  # pixels inside a cell's rules (erased, but their fringe may stay) not read
_DIGIT_SET = "0123456789.+-"  # what a figure cell holds: counts, amounts, changes (本年增/减)
_NUMBER_CHARS = re.compile(r"[\d.+\-]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")
_LOOK_ALIKES = str.maketrans("lI|][!Oo", "11111100")  # what a lone 1 or 0 is read as in a figure cell
_PAGE_TIMEOUT = 300.0  # seconds one Tesseract call may take (the worker's own limit comes first)
CACHE_ENV = "NIANBAO_OCR_CACHE"  # names a cache folder shared by every index (tests use one per run)


@dataclass
class OcrOptions:
    """Where OCR results are cached, and who hears about its progress."""

    cache: Path | None = None
    on_start: Callable[[int], None] | None = None  # pages about to be read (not cached)
    on_page: Callable[[int, int], None] | None = None  # pages done, pages in all


_OPTIONS: ContextVar[OcrOptions] = ContextVar("ocr_options", default=OcrOptions())


@contextmanager
def ocr_options(options: OcrOptions) -> Iterator[None]:
    """Read PDFs with these OCR options inside the block."""
    token = _OPTIONS.set(options)
    try:
        yield
    finally:
        _OPTIONS.reset(token)


def cache_folder(index_root: Path) -> Path:
    """Where the OCR results of an index are cached: ``$NIANBAO_OCR_CACHE``, else ``<index>/ocr-cache``."""
    return Path(os.environ.get(CACHE_ENV) or Path(index_root) / "ocr-cache")


def unavailable() -> str | None:
    """Why scanned pages cannot be read here (what to install), or None."""
    return tesseract.missing()


def _settings_key() -> str:
    text = f"{CACHE_VERSION}|{tesseract.version()}|{DPI}|{'+'.join(tesseract.LANGUAGES)}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _page_file(cache: Path, key: str, index: int) -> Path:
    return cache / key / _settings_key() / f"page-{index + 1:04d}.json"


def _load(path: Path) -> ScanPage | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["words"] = [OcrWord(w[0], w[1], w[2], w[3], w[4], w[5], tuple(w[6])) for w in data["words"]]
        data["h_rules"] = [tuple(r) for r in data["h_rules"]]
        data["v_rules"] = [tuple(r) for r in data["v_rules"]]
        return ScanPage(**data)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # absent, or a half-written file of a killed build: read the page again


def _store(path: Path, page: ScanPage) -> None:
    data = asdict(page)
    data["words"] = [[w.text, w.conf, round(w.x0, 2), round(w.top, 2), round(w.x1, 2), round(w.bottom, 2), w.line]
                     for w in page.words]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written costs time on the next build, nothing else


def _read_image(image, scale: float, index: int, lang: str) -> ScanPage:
    """Straighten, find and erase rules, read: one page image at ``scale`` pixels per point."""
    clean = scan_image.despeckle(image)
    angle = scan_image.skew_angle(clean)
    # Rules are found on the page as scanned (despeckling breaks faint ones), text read despeckled.
    image, clean = scan_image.turn(image, angle), scan_image.turn(clean, angle)
    h_rules, v_rules = scan_image.find_rules(image, int(_RULE_MIN_POINTS * scale))
    clean = scan_image.erase_rules(clean, h_rules, v_rules)
    dpi = round(72 * scale)
    words = [OcrWord(w.text, w.conf, w.left / scale, w.top / scale, (w.left + w.width) / scale,
                     (w.top + w.height) / scale, w.line)
             for w in tesseract.recognise(scan_image.to_png(clean), dpi, lang, _PAGE_TIMEOUT)]
    page = ScanPage(index, image.width / scale, image.height / scale, words,
                    [(r.pos / scale, r.start / scale, r.end / scale) for r in h_rules],
                    [(r.pos / scale, r.start / scale, r.end / scale) for r in v_rules])
    _reread_cells(clean, page, scale, lang)
    return page


def _inside(words: list[OcrWord], box: tuple[float, float, float, float]) -> list[OcrWord]:
    left, top, right, bottom = box
    return [w for w in words if left <= (w.x0 + w.x1) / 2 <= right and top <= (w.top + w.bottom) / 2 <= bottom]


def _cells(image, page: ScanPage, scale: float) -> list[tuple[tuple[int, int, int, int], list[OcrWord]]]:
    """(pixel box of its ink, words in it now) of every table cell that holds ink, and of every
    short piece of a line outside the tables that the page's reading missed or doubted (a table
    printed without rules: a lone '0' a line, which the page-wide reading drops or garbles)."""
    px = lambda v: int(round(v * scale))  # noqa: E731 - points to pixels
    out, tables = [], []
    for h_rules, v_rules in grids(page.h_rules, page.v_rules, tol=5.0):
        xs, ys = [x for x, _, _ in v_rules], [y for y, _, _ in h_rules]
        tables.append((px(min(xs)), px(min(ys)), px(max(xs)), px(max(ys))))
        for left, top, right, bottom in grid_cells(xs, ys, v_rules, h_rules):
            ink = scan_image.leftover_ink(image, (px(left), px(top), px(right), px(bottom)), [], margin=_CELL_MARGIN)
            if ink is not None and ink[2] - ink[0] >= 3 and ink[3] - ink[1] >= 3:
                out.append((ink, _inside(page.words, (left, top, right, bottom))))
    heights = sorted(w.bottom - w.top for w in page.words if useful(w) and _CJK.search(w.text))
    if not heights:
        return out
    size = px(heights[len(heights) // 2])
    for box in scan_image.line_pieces(image, tables, (size // 2, 2 * size)):
        left, top, right, bottom = (v / scale for v in box)
        words = _inside(page.words, (left, top, right, bottom))
        # An unsure word run over several such lines (a column of 0s read as 区”和和5), or over
        # part of one (its top read as '|'), is read again with them.
        junk = [w for w in page.words if w not in words and w.conf < LOW_CONFIDENCE and w.x0 < right
                and left < w.x1 and w.top < bottom and top < w.bottom]
        short = box[2] - box[0] <= _SHORT_PIECE * (box[3] - box[1])
        # Read again: what the page's reading missed, and a short piece it doubted or read as a
        # mark (a 0 read as '<').
        if not words or (short and (junk or min(w.conf for w in words) < LOW_CONFIDENCE or not characters(words))):
            out.append((box, words + junk))
    return out


def _digits(text: str) -> str:
    """The figure a reading of a cell gives: its digits, signs and decimal point ('0.' is 0)."""
    return "".join(_NUMBER_CHARS.findall(text)).strip(".")


def _joined(words: list[OcrWord]) -> str:
    return "".join(w.text for w in words)


def _figure(digits: list[OcrWord], text: list[OcrWord],
            page: list[OcrWord]) -> tuple[str, list[OcrWord]] | None:
    """(figure, the words it was read from) of a cell, or None when the cell holds text.

    A cell whose text reading finds no Chinese character is a figure, and so is one whose only
    Chinese characters were read unsure (a 1 read as 绚 with confidence 0) when the digits
    reading is sure (on the dev scans no label cell was taken for one): the digits reading's,
    else, when that found none (a lone '1' is too thin for it), the text or page reading's with
    look-alikes read as digits (']' is 1).
    """
    value = _digits(_joined(digits))
    if _CJK.search(_joined(text)):
        unsure = all(w.conf < _UNSURE_CHINESE for w in text if _CJK.search(w.text))
        if not (unsure and _DIGIT.search(value) and min(w.conf for w in digits) >= _SURE_DIGITS):
            return None
    if _DIGIT.search(value):
        return value, digits
    for words in (text, page):
        value = _digits(_joined(words).translate(_LOOK_ALIKES))
        if _DIGIT.search(value) and not _CJK.search(_joined(words)):
            return value, words
    return None


def _placed(read: list[tesseract.Word], k: int, box: tuple[int, int, int, int], top: int, scale: float,
            pad: int) -> list[OcrWord]:
    """The words of a mosaic reading that belong to its ``k``-th cell (pixel ``box`` on the page,
    pasted at ``top`` on the sheet, ``pad`` from its left edge), in PDF points on the page."""
    x0, y0, _, y1 = box
    mine = sorted((w for w in read if top - 4 <= w.top + w.height / 2 <= top + (y1 - y0) + 4),
                  key=lambda w: (w.line, w.left))
    return [OcrWord(w.text, w.conf, (x0 + w.left - pad) / scale, (y0 + w.top - top) / scale,
                    (x0 + w.left - pad + w.width) / scale, (y0 + w.top - top + w.height) / scale, (9000 + k, 0, 0))
            for w in mine]


def _read_sheet(image, boxes: list[tuple[int, int, int, int]], scale: float, lang: str,
                pad: int) -> list[tuple[list[OcrWord], list[OcrWord]]]:
    """(text reading, digits reading) of each box, the boxes stacked on one sheet and read twice."""
    sheet, tops = scan_image.mosaic(image, boxes, pad)
    png, dpi = scan_image.to_png(sheet), round(72 * scale)
    as_text = tesseract.recognise(png, dpi, lang, _PAGE_TIMEOUT, psm=6)
    as_digits = tesseract.recognise(png, dpi, tesseract.DIGITS, _PAGE_TIMEOUT, psm=6, only=_DIGIT_SET)
    return [(_placed(as_text, k, box, tops[k], scale, pad), _placed(as_digits, k, box, tops[k], scale, pad))
            for k, box in enumerate(boxes)]


def _figure_word(figure: tuple[str, list[OcrWord]], digits: list[OcrWord], readings: list[list[OcrWord]],
                 line: tuple[int, int, int]) -> OcrWord:
    """The one word of a figure cell: sure when every other reading of the cell that is sure
    enough to count and holds digits gives the same digits, doubtful otherwise."""
    value, source = figure
    conf = min(w.conf for w in source)
    others = [ws for ws in readings if _DIGIT.search(_digits(_joined(ws))) and min(w.conf for w in ws) >= _WITNESS]
    if source is digits and others and all(_digits(_joined(ws)) == value for ws in others):
        conf = max(conf, *(min(w.conf for w in ws) for ws in others))  # as sure as the surest of them
    else:  # readings that disagree, or a figure made of look-alikes, are doubtful
        conf = min(conf, LOW_CONFIDENCE - 1)
    return OcrWord(value, conf, min(w.x0 for w in source), min(w.top for w in source),
                   max(w.x1 for w in source), max(w.bottom for w in source), line)


def _unclear(text: list[OcrWord]) -> bool:
    """A short reading with no Chinese read surely: no label, but no figure made out either."""
    return len(_joined(text)) <= _SHORT_CELL and not any(
        _CJK.search(w.text) and w.conf >= _UNSURE_CHINESE for w in text)


def _reread_cells(image, page: ScanPage, scale: float, lang: str) -> None:
    """Read every table cell again on its own, as text and as digits only, in place.

    Tesseract's page layout analysis drops or garbles a lone '0' in a wide cell (read as 人 or
    站 with confidence near 0, or not at all); stacked one under another on a sheet of their own,
    cells read as the lines of text they are. The sheet is read twice: as text (``lang``) and
    with the digits model allowed nothing but digits. A figure cell (``_figure``) takes the
    digits reading, sure when another reading gives the same digits and doubtful when none
    does. A short cell neither a figure nor a label is read once more on a sheet of its own kind,
    set wider apart (a figure among its neighbours may be lost on the first sheet). Other cells
    take the text reading when it is surer than the page's (a label read in its cell alone reads
    better: measured on the dev scans' cells, docs/parsing.md). Two or four Tesseract calls per
    page with tables.
    """
    cells = _cells(image, page, scale)
    if not cells:
        return
    readings = _read_sheet(image, [b for b, _ in cells], scale, lang, scan_image.MOSAIC_PAD)
    decided: dict[int, list[OcrWord]] = {}
    again = []
    for k, ((box, old), (text, digits)) in enumerate(zip(cells, readings)):
        page_words = [w for w in old if useful(w)]
        figure = _figure(digits, text, page_words)
        if figure is not None:
            decided[k] = [_figure_word(figure, digits, [page_words, text], (9000 + k, 0, 0))]
        elif _unclear(text):
            again.append(k)
    if again:
        for k, (text, digits) in zip(again, _read_sheet(image, [cells[k][0] for k in again], scale, lang,
                                                        2 * scan_image.MOSAIC_PAD)):
            page_words = [w for w in cells[k][1] if useful(w)]
            figure = _figure(digits, text, page_words)
            if figure is not None:
                decided[k] = [_figure_word(figure, digits, [page_words, text, readings[k][0]], (9000 + k, 0, 0))]
    replaced: set[int] = set()
    added: list[OcrWord] = []
    for k, ((_, old), (text, _)) in enumerate(zip(cells, readings)):
        page_words = [w for w in old if useful(w)]
        if k in decided:
            new = decided[k]
        elif text and (mean_confidence(text) or 0) > (mean_confidence(page_words) or 0):
            new = text
        else:
            continue
        replaced |= {id(w) for w in old}
        added += new
    page.words = [w for w in page.words if id(w) not in replaced] + added


def _quality(page: ScanPage) -> float:
    words = [w for w in page.words if useful(w)]
    return (mean_confidence(words) or 0.0) if characters(words) >= 10 else 0.0


def _sideways(page: ScanPage) -> bool:
    """Whether the page's lines run down it: Tesseract reads a page turned a quarter with
    confidence, as lines of text standing on end, in a jumbled order."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in page.words:
        if word.line[0] < 9000:  # not a cell read again
            lines.setdefault(word.line, []).append(word)
    shapes = sorted((max(w.x1 for w in ws) - min(w.x0 for w in ws)) / max(1e-6, max(w.bottom for w in ws) - min(w.top for w in ws))
                    for ws in lines.values() if characters(ws) >= 3)
    return bool(shapes) and shapes[len(shapes) // 2] < 1.0


def _read_page(pdf: "pypdfium2.PdfDocument", index: int) -> ScanPage:
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = min(DPI / 72, (_MAX_PIXELS / max(1.0, width * height)) ** 0.5)
        image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    finally:
        page.close()
    best = _read_image(image, scale, index, "chi_sim")
    if _quality(best) >= _RETRY_BELOW and not _sideways(best):
        return best
    # Sideways (its lines stand on end), or read poorly (upside down, not Simplified Chinese): try
    # the page upright as OSD tells, then Traditional.
    turn, confidence = tesseract.orientation(scan_image.to_png(image), round(72 * scale))
    if turn and confidence >= 2.0:
        image = scan_image.rotate_quarter(image, turn)
        upright = _read_image(image, scale, index, "chi_sim")
        if _quality(upright) > _quality(best) or (_sideways(best) and not _sideways(upright)):
            best = upright
    if _quality(best) < _RETRY_BELOW:
        traditional = _read_image(image, scale, index, "chi_tra")
        if _quality(traditional) > _quality(best) + 2.0:
            best = traditional
    return best


def read_scanned_pages(path: Path, indexes: list[int]) -> list[ScanPage]:
    """The given pages (0-based) of a PDF read by OCR, from the cache where they are in it.

    Raises ``tesseract.TesseractError`` when Tesseract fails on a page.
    """
    options = _OPTIONS.get()
    cache = options.cache or (Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else None)
    key = file_id(path) if cache else ""
    pages: dict[int, ScanPage] = {}
    if cache:
        for index in indexes:
            cached = _load(_page_file(cache, key, index))
            if cached is not None:
                pages[index] = cached
    todo = [i for i in indexes if i not in pages]
    if todo and options.on_start:
        options.on_start(len(todo))
    if todo:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for done, index in enumerate(todo, start=1):
                pages[index] = _read_page(pdf, index)
                if cache:
                    _store(_page_file(cache, key, index), pages[index])
                if options.on_page:
                    options.on_page(done, len(todo))
        finally:
            pdf.close()
    return [pages[i] for i in indexes]
