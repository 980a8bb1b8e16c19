"""A page as Tesseract read it becomes text lines: rows it split into blocks rejoined, 'lines'
it ran over several rows cut, dust dropped, misread template texts written as the template's;
and the pieces of ink on a page's lines are found for reading again."""
import numpy as np
from PIL import Image

from indexer.near_labels import template_text
from indexer.readers.ocr_layout import OcrWord, ScanPage, page_items
from indexer.readers.scan_image import line_pieces


def word(text, x0, top, x1, bottom, line, conf=95.0):
    return OcrWord(text, conf, x0, top, x1, bottom, line)


def texts(words):
    lines, tables = page_items(ScanPage(0, 595, 842, words))
    assert tables == []
    return [ln.text for ln in lines]


def test_a_row_split_into_blocks_is_one_line():
    # '(一)' set apart as a block of its own and misread; the rest of its row in another block
    words = [word("(=关", 73, 334, 86, 346, (4, 1, 1), conf=40), word(")", 87, 329, 91, 351, (5, 1, 1)),
             word("予以公开", 100, 331, 140, 345, (5, 1, 1))]
    assert texts(words) == ["（一）予以公开"]  # one line, and near the template's cell text


def test_a_line_run_over_rows_is_cut_and_its_dust_dropped():
    # Tesseract's one 'line' holds a misread item number beside its row and a speck between 0s
    words = [word("二", 73, 630, 78, 637, (2, 1, 1), conf=0), word(":", 72, 677, 81, 682, (2, 1, 1), conf=73),
             word(".无正当理由大量反复申请", 79, 629, 203, 643, (5, 1, 1)),
             word("0", 73, 665, 78, 672, (9001, 0, 0)), word("0", 73, 682, 78, 690, (9002, 0, 0))]
    assert texts(words) == ["4.无正当理由大量反复申请", "0", "0"]


def test_prose_keeps_its_words():
    words = [word("我局认真贯彻落实政府信息公开条例，", 72, 100, 400, 112, (1, 1, 1)),
             word("主动公开政府信息。", 405, 100, 520, 112, (1, 1, 1))]
    assert texts(words) == ["我局认真贯彻落实政府信息公开条例，主动公开政府信息。"]


def test_template_text_for_lines_of_a_table_printed_one_cell_a_line():
    assert template_text(". 其他法律行政法规禁止公开") == "2.其他法律行政法规禁止公开"  # its number lost
    assert template_text("第二十条第〈五) 项") == "第二十条第（五）项"
    assert template_text("本年收费金额单位: 万元)") == "本年收费金额（单位：万元）"
    for line in ["规章", "0", "2021年，我局认真贯彻落实政府信息公开条例。", "其他"]:
        assert template_text(line) is None


def test_line_pieces_are_the_runs_of_ink_on_each_line_outside_tables():
    pixels = np.full((400, 600), 255, dtype=np.uint8)
    pixels[50:80, 40:60] = 0  # a lone figure
    pixels[120:150, 40:70] = 0  # a label, then far to its right a figure on the same line
    pixels[120:150, 300:320] = 0
    pixels[200:230, 40:60] = 0  # inside a table: not a line piece here
    pixels[300:302, 40:500] = 0  # a rule, too thin for a line of text
    pieces = line_pieces(Image.fromarray(pixels), [(30, 190, 100, 240)], (15, 60))
    assert pieces == [(40, 50, 60, 80), (40, 120, 70, 150), (300, 120, 320, 150)]
