"""Readers: every fixture format gives the text and tables of its report, bad files give reasons."""
# Over 350 lines, kept whole: every reader (text, PDF, DOCX, HTML) against the same seed reports
# in each form, read once per run, then the bad files; split, the shared fixtures would be read again.
from __future__ import annotations

import codecs
import re
import shutil
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest

from indexer.model import Document, Table, UnreadableFile
from indexer.parser import parse_document
from indexer.readers import read_document, sniff_kind
from indexer.readers.pdf_layout import Line, drop_page_furniture
from indexer.readers.text import MAX_TEXT_BYTES

from tests.conftest import DATA, REAL, SEED_GOLD_FILE, load_gold
from tests.hostile_files import pdf_bytes

SEEDS = sorted(p.stem for p in (DATA / "seeds").glob("*.txt"))
GOLD = {g["file"].split("/")[-1][:-4]: g for g in load_gold(SEED_GOLD_FILE)}
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]+\s*\d+\s*[-—–－]+|第\s*\d+\s*页.*|\d{1,3})\s*$")
PART_HEADING = re.compile(r"^[一二三四五六]、")


@lru_cache(maxsize=None)
def read(path: Path) -> Document:
    """Each fixture is read once per test run."""
    return read_document(path)


def norm(text: str) -> str:
    """Compare modulo whitespace; the seed texts also carry markdown bold markers."""
    return re.sub(r"\s+", "", text).replace("**", "")


def seed_lines(stem: str) -> list[str]:
    return [ln for ln in (DATA / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]


def is_table_line(line: str) -> bool:
    """Tab-separated cells; a single leading tab alone is indentation (seed 003)."""
    return "\t" in (line[1:] if line.startswith("\t") else line)


def seed_paragraphs(stem: str) -> list[str]:
    return [norm(ln) for ln in seed_lines(stem) if not is_table_line(ln)]


def seed_table_rows(stem: str) -> list[list[str]]:
    return [[norm(c) for c in ln.split("\t")] for ln in seed_lines(stem) if is_table_line(ln)]


def text_blocks(doc: Document) -> list[str]:
    return [b for b in doc.blocks if isinstance(b, str)]


def tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def boundaries(parts: list[str]) -> set[int]:
    ends, n = set(), 0
    for p in parts:
        n += len(p)
        ends.add(n)
    return ends


def request_table(doc: Document) -> Table:
    """The table holding the row 一、本年新收政府信息公开申请数量."""
    for t in tables(doc):
        if any(norm(row[0]).startswith(("一、本年新收", "一，本年新收")) for row in t.rows):
            return t
    raise AssertionError("no request table")


def total_of_new_requests(table: Table) -> str:
    """The 本年新收 row's value in the column headed 总计 (matched by labels, not by position)."""
    row_index = next(i for i, row in enumerate(table.rows) if "本年新收" in norm(row[0]))
    header_cols = {c for row in table.rows[:row_index] for c, cell in enumerate(row) if norm(cell) == "总计"}
    assert len(header_cols) == 1, header_cols
    return table.rows[row_index][header_cols.pop()]


# --- the five seeds as DOCX and PDF against their text version -----------------------------


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("stem", SEEDS)
def test_text_matches_seed_paragraphs(stem, kind):
    doc = read(DATA / kind / f"{stem}.{kind}")
    assert doc.kind == kind
    paragraphs = seed_paragraphs(stem)
    blocks = [norm(b) for b in text_blocks(doc)]
    assert "".join(blocks) == "".join(paragraphs)
    # A block may re-join paragraphs the text version broke, never split one of them.
    assert boundaries(blocks) <= boundaries(paragraphs)
    if kind == "docx":
        assert blocks == paragraphs


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("stem", SEEDS)
def test_tables_match_seed_table_lines(stem, kind):
    doc = read(DATA / kind / f"{stem}.{kind}")
    rows = [[norm(c) for c in row] for t in tables(doc) for row in t.rows]
    assert rows == seed_table_rows(stem)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("stem", SEEDS)
def test_part_headings_are_blocks_of_their_own(stem, kind):
    headings = [p for p in seed_paragraphs(stem) if PART_HEADING.match(p) and len(p) < 30]
    assert headings
    blocks = {norm(b) for b in text_blocks(read(DATA / kind / f"{stem}.{kind}"))}
    for heading in headings:
        assert heading in blocks


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("stem", [s for s in SEEDS if not s.startswith(("001", "003"))])
def test_new_requests_total_read_by_labels(stem, kind):
    # 001's own text shifts its figures one column left of 总计, and 003 writes one cell per
    # line; the other seeds' tables give 本年新收 under 总计.
    table = request_table(read(DATA / kind / f"{stem}.{kind}"))
    assert total_of_new_requests(table) == str(GOLD[stem]["figures"]["requests_new"])


def test_pdf_cells_wrapped_over_lines_are_rejoined():
    table = request_table(read(DATA / "pdf" / "000_a24194704c1fd16a.pdf"))
    assert table.rows[0][0] == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    assert table.rows[3][0] == "一，本年新收政府信息公开申请数量"  # the row also crosses a page
    assert table.rows[3][1:] == ["1", "0", "0", "0", "0", "0", "1"]
    assert "社会公益组织" in table.rows[2]


def test_pdf_table_continued_over_a_page_is_one_table():
    doc = read(DATA / "pdf" / "002_eebf944336d263cb.pdf")
    table = request_table(doc)
    labels = [norm(r[2]) for r in table.rows]
    assert "3.危及“三安全一稳定”" in labels  # cell cut by the page break, re-joined
    assert "4.保护第三方合法权益" in [norm(r[0]) for r in table.rows]  # as the seed writes it
    first = tables(doc)[0]
    assert ["其他对外管理服务事项", "63", "0", "0"] in first.rows  # not glued to the next row
    assert ["第二十条第（六）项", "", "", ""] in first.rows


def test_pdf_paragraph_broken_across_a_page_comes_out_whole():
    blocks = [norm(b) for b in text_blocks(read(DATA / "pdf" / "000_a24194704c1fd16a.pdf"))]
    assert any("城乡低收入高龄老人1929人、城乡孤儿288人" in b for b in blocks)
    assert any("范围和内容、方式和程序" in b for b in blocks)


@pytest.mark.parametrize("stem", SEEDS)
def test_pdf_has_no_page_numbers_left(stem):
    doc = read(DATA / "pdf" / f"{stem}.pdf")
    figures_as_paragraphs = {p for p in seed_paragraphs(stem) if p.isdigit()}  # seed 003's cells
    for block in text_blocks(doc):
        assert not PAGE_NUMBER.match(block) or norm(block) in figures_as_paragraphs, block


# --- bad files -------------------------------------------------------------------------------

BAD_REASONS = {
    "binary-garbage.txt": "binary data, not text",
    "empty.txt": "empty file",
    "truncated.pdf": "truncated or corrupt PDF: unexpected end of file",
}


@pytest.mark.parametrize("name", sorted(BAD_REASONS))
def test_bad_files_give_their_own_reason(name):
    with pytest.raises(UnreadableFile) as err:
        read_document(DATA / "bad" / name)
    assert str(err.value) == BAD_REASONS[name]
    assert "\n" not in str(err.value)


def test_bad_reasons_are_distinct():
    assert len(set(BAD_REASONS.values())) == len(BAD_REASONS)


def test_gb18030_report_decodes():
    doc = read_document(DATA / "bad" / "gb18030-encoded.txt")
    assert doc.meta["encoding"] == "gb18030"
    assert doc.blocks[:2] == ["吴忠市民政局", "2021 年政府信息公开工作年度报告"]
    assert any("国办公开办函〔2021〕30号" in b for b in doc.blocks)


def test_not_a_report_still_reads():
    doc = read_document(DATA / "bad" / "not-a-report.txt")
    assert doc.blocks == ["会议通知", "定于下周一召开全体职工大会，请准时参加。"]


# --- text decoding, generated in tmp_path ---------------------------------------------------

SAMPLE = "一、总体情况\n\n规章\t0\t0\t0\n\t自然人\t总计\n2023 年，本机关主动公开信息 12 条。\n"
SAMPLE_BLOCKS = ["一、总体情况", "规章\t0\t0\t0", "\t自然人\t总计", "2023 年，本机关主动公开信息 12 条。"]


@pytest.mark.parametrize("encoded", [
    codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    ("report\r\n" + SAMPLE).encode("utf-16-le"),  # no BOM: the NUL pattern gives it away
    codecs.BOM_UTF8 + SAMPLE.replace("\n", "\r\n").encode("utf-8"),
    SAMPLE.replace("\n", "\r").encode("gb18030"),
], ids=["utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf8-bom-crlf", "gb18030-cr"])
def test_text_encodings_and_line_ends(tmp_path, encoded):
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    blocks = read_document(path).blocks
    assert blocks[-4:] == SAMPLE_BLOCKS
    assert not any("\r" in b or "\ufeff" in b for b in blocks)


def test_western_text_is_not_a_report(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café est très chaud, déjà à Noël.\n".encode("cp1252") * 20)
    with pytest.raises(UnreadableFile, match="not Chinese"):
        read_document(path)


def test_whitespace_only_text_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\r\n　\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="^empty file$"):
        read_document(path)


def test_oversized_text_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_TEXT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(UnreadableFile, match="^text file too large"):
        read_document(path)


def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = tmp_path / "report.txt"
    shutil.copy(DATA / "pdf" / "004_6c81e5c04cdd17c4.pdf", path)
    doc = read_document(path)
    assert sniff_kind(path) == "pdf" and doc.kind == "pdf"
    assert "一、总体情况" in doc.blocks
    assert "文件扩展名为“.txt”，实际内容却是 PDF 文件，已按实际格式读取。" in doc.warnings


def encrypted_pdf(path: Path) -> None:
    """A one-page PDF behind the standard security handler with an unknown user password."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
               b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"]
    path.write_bytes(pdf_bytes(objects, b"/Root 1 0 R /Encrypt 4 0 R /ID [<aa><aa>]"))


def two_page_pdf() -> bytes:
    """A PDF whose first page has a text layer and whose second is only an image (a scanned page)."""
    text = b"BT /F1 12 Tf 72 720 Td (Annual report page one has text in it) Tj ET"
    image = b"q 200 0 0 200 72 500 cm /Im1 Do Q"
    pixels = bytes([0x80] * (8 * 8))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 7 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
        b" /Resources << /XObject << /Im1 8 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(image) + image + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_page_without_text_layer_is_named_in_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr("indexer.readers.ocr.unavailable", lambda: "Tesseract is not installed")
    path = tmp_path / "mixed.pdf"
    path.write_bytes(two_page_pdf())
    doc = read_document(path)
    assert doc.blocks == ["Annual report page one has text in it"]
    assert doc.warnings == ["PDF 第 2 页是没有文字层的图片，其内容未能读出（需经 OCR 文字识别，本机未安装 OCR 程序）。"]


def test_encrypted_pdf_is_named(tmp_path):
    path = tmp_path / "locked.pdf"
    encrypted_pdf(path)
    with pytest.raises(UnreadableFile, match="^encrypted PDF"):
        read_document(path)


# --- DOCX generated in tmp_path -------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write_docx(path: Path, body: str, extra: dict[str, bytes] | None = None) -> None:
    """A minimal Word package around a w:body."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                   'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
                   '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
                   'formats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def w_p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def w_tc(text: str, span: int = 1, vmerge: str | None = None) -> str:
    props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    if vmerge:
        props += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{w_p(text) if text else '<w:p/>'}</w:tc>"


def test_docx_merged_cells(tmp_path):
    rows = [
        [w_tc("项目", 2), w_tc("申请人情况", 2)],
        [w_tc("", 2), w_tc("自然人"), w_tc("总计")],
        [w_tc("三、本年度办理结果", vmerge="restart"), w_tc("（一）予以公开"), w_tc("5"), w_tc("5", vmerge="restart")],
        [w_tc("", vmerge="continue"), w_tc("（二）部分公开"), w_tc("2"), w_tc("", vmerge="continue")],
    ]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"
    path = tmp_path / "merged.docx"
    write_docx(path, w_p("一、总体情况") + table + "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>")
    doc = read_document(path)
    assert doc.blocks[0] == "一、总体情况"
    assert doc.blocks[1].rows == [
        ["项目", "", "申请人情况", ""],  # horizontal merges once, blanks after
        ["", "", "自然人", "总计"],
        ["三、本年度办理结果", "（一）予以公开", "5", "5"],
        ["三、本年度办理结果", "（二）部分公开", "2", ""],  # vertical merge repeated only as a label
    ]
    assert doc.blocks[2:] == ["第一行", "第二行"]


def test_docx_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    write_docx(path, w_p("一、总体情况"), {"word/media/filler.bin": bytes(8 * 1024 * 1024)})
    with pytest.raises(UnreadableFile, match="^zip bomb"):
        read_document(path)


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    write_docx(path, "<w:p><w:r><w:t>未闭合")
    with pytest.raises(UnreadableFile, match="^corrupt Word file"):
        read_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableFile, match="^cannot read file"):
        read_document(tmp_path / "gone.pdf")


def test_zip_that_is_not_word(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnreadableFile, match="not a Word document"):
        read_document(path)


# --- HTML generated in tmp_path -------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="gbk"><title>某县民政局2023年政府信息公开工作年度报告-某县政府</title>
<script>var menu = "首页 政务公开 互动交流"; document.write("脚本内容");</script>
<style>.nav { color: red }</style></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hd">互动交流</a></div>
<table class="meta"><tr><td>发布机构</td><td>某县民政局</td><td>公开日期</td><td>2024-01-20</td></tr></table>
<h1>某县民政局2023年政府信息公开工作年度报告</h1><div class="info">发布时间：2024-01-20 09:30 来源：某县民政局 浏览次数：12</div>
<div class="main"><p><span>统计时限为</span>20</span><span>23</span><span>年1月1日至12月31日。本报告由某县民政局编制，
现予以公布，全文包括总体情况等六个部分。</span></p>
<p><font face="黑体">一、总体情况</font></p>
<p>2023年，本局主动公开政府信息125条，<b>依申请</b>公开信息3件。<script>alert("脚本内容")</script></p>
<table border="1"><tr><td rowspan="2" colspan="2">项目</td><td colspan="2">申请人情况</td></tr>
<tr><td>自然人</td><td>总计</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>3</td><td>3</td></tr>
<tr><td>（二）部分公开</td><td>0</td><td>0</td></tr></table>
</div><div class="footer">版权所有：某县人民政府 网站标识码 1234567890 联系我们 网站地图</div></body></html>"""


def test_html_page_gives_report_without_site_chrome(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    doc = read_document(path)
    assert doc.kind == "html"
    text = "\n".join(b if isinstance(b, str) else b.to_text() for b in doc.blocks)
    assert "脚本内容" not in text and "color" not in text
    assert "互动交流" not in text and "版权所有" not in text
    assert doc.blocks[0].startswith("统计时限为2023年1月1日至12月31日。")  # runs joined, no space
    assert "一、总体情况" in doc.blocks
    assert "2023年，本局主动公开政府信息125条，依申请公开信息3件。" in doc.blocks
    assert tables(doc)[0].rows == [
        ["项目", "", "申请人情况", ""],
        ["项目", "", "自然人", "总计"],
        ["三、本年度办理结果", "（一）予以公开", "3", "3"],
        ["三、本年度办理结果", "（二）部分公开", "0", "0"],
    ]
    assert doc.meta["title"] == "某县民政局2023年政府信息公开工作年度报告"
    assert doc.meta["page_title"].endswith("-某县政府")
    assert doc.meta["publisher"] == "某县民政局"
    assert doc.meta["published"] == "2024-01-20"  # the metadata table wins over the byline
    assert doc.meta["source"] == "某县民政局"


OLD_CMS_PAGE = """<html><head><meta charset="utf-8"><title>某某区人民政府</title>
<meta name="ArticleTitle" content="某某区人民政府2019年政府信息公开工作年度报告"></head><body>
<ul class="related"><li><a class="title" href="/a">某某区卫生健康局2019年政府信息公开工作年度报告</a></li></ul>
<table><tr><td>名称：</td><td>某某区人民政府2019年政府信息公开工作年度报告</td></tr></table>
<div id="content"><div class="title">某某区人民政府2019年政府信息公开工作年度报告</div>
<div id="NewsContent"><p>本报告根据《条例》编制，统计期限为2019年1月1日至12月31日，现予公布，请各方监督。</p>
<p>一、总体情况</p><p>2019年，本区认真落实《条例》，主动公开政府信息，回应社会关切，效果良好。</p></div></div></body></html>"""


def test_html_title_outside_h1_is_offered_as_a_hint(tmp_path):
    # Old CMS pages put the title in <div class="title">; a link list of other reports is no title.
    path = tmp_path / "page.html"
    path.write_text(OLD_CMS_PAGE, encoding="utf-8")
    doc = read_document(path)
    assert doc.meta["heading"] == "某某区人民政府2019年政府信息公开工作年度报告"
    assert doc.meta["article_title"] == "某某区人民政府2019年政府信息公开工作年度报告"
    assert doc.meta["name"] == "某某区人民政府2019年政府信息公开工作年度报告"
    assert not any("卫生健康局" in b for b in doc.blocks if isinstance(b, str))

# --- real reports in ../shared/corpus/real ---------------------------------------------------

needs_real = pytest.mark.skipif(not REAL.is_dir(), reason=f"real corpus not found at {REAL}")


@pytest.mark.real
@needs_real
@pytest.mark.parametrize("name,new_requests", [
    ("hongze-district-2023.pdf", "21"), ("hongze-district-2024.pdf", "95"), ("huaian-city-2024.pdf", "3119"),
])
def test_real_pdfs(name, new_requests):
    doc = read(REAL / name)
    for block in text_blocks(doc):
        assert not re.search(r"-\s*\d+\s*-$|^-\s*\d", block), block
    table = request_table(doc)
    assert total_of_new_requests(table) == new_requests
    assert table.rows[-1][0] == "四、结转下年度继续办理"  # one table across the page break
    labels = {tuple(row[:3]) for row in table.rows}
    assert any(label[0] == "三、本年度办理结果" and "（四）无法提供" in label for label in labels)
    headings = [b for b in text_blocks(doc) if PART_HEADING.match(b)]
    assert [h[0] for h in headings] == list("一二三四五六")


@pytest.mark.real
@needs_real
def test_real_pdf_title_metadata_and_split_headers():
    doc = read(REAL / "hongze-district-2023.pdf")
    assert doc.meta["title"] == "洪泽区人民政府2023年政府信息公开工作年度报告"
    assert norm(text_blocks(doc)[0]) == "洪泽区人民政府2023年政府信息公开工作年度报告"
    huaian = request_table(read(REAL / "huaian-city-2024.pdf"))
    assert "商业企业" in huaian.rows[2] and "科研机构" in huaian.rows[2]  # headers broken mid-word


@pytest.mark.real
@needs_real
def test_real_html_page():
    doc = read(REAL / "shuyang-development-reform-2023.html")
    assert doc.kind == "html"
    assert doc.meta["title"] == "沭阳县发展和改革局2023年政府信息公开年度报告"
    assert doc.meta["publisher"] == "沭阳县发展和改革局"
    assert doc.meta["url"].startswith("http://www.shuyang.gov.cn/")
    text = "\n".join(text_blocks(doc))
    assert "统计时限为2023年1月1日至2023年12月31日" in text
    assert "0527—83593059" in text
    for chrome in ("采集时间", "网站地图", "页面生成时间", "索引号", "var "):
        assert chrome not in text
    assert text_blocks(doc)[1] == "一、总体情况"
    assert total_of_new_requests(request_table(doc)) == "26"
    assert "五、存在的主要问题及整改措施" in doc.blocks


# --- page furniture on synthetic lines (the seed PDFs carry no page numbers) -------------------


def page_lines(page: int, texts: list[str], footer: str | None = None, header: str | None = None) -> list[Line]:
    """Body lines from y=100 down, an optional header at y=30 and footer at y=800 (A4 842pt)."""
    lines = [Line(header, 74, 519, 30, 42, page)] if header else []
    lines += [Line(t, 74, 519, 100 + 30 * i, 116 + 30 * i, page) for i, t in enumerate(texts)]
    if footer:
        lines.append(Line(footer, 290, 310, 800, 812, page))
    return lines


@pytest.mark.parametrize("numbers", [
    ["-1-", "-2-", "-3-"], ["— 1 —", "— 2 —", "— 3 —"], ["第 1 页", "第 2 页 共 3 页", "第3页"], ["1", "2", "3"],
    ["5", "6", "7"],  # a report printed inside a larger volume
])
def test_page_numbers_dropped(numbers):
    body = [[f"第{i}页正文第一行", f"第{i}页正文第二行"] for i in range(3)]
    pages = [page_lines(i, body[i], footer=n) for i, n in enumerate(numbers)]
    drop_page_furniture(pages, [842.0] * 3)
    assert [[ln.text for ln in lines] for lines in pages] == body


def test_running_header_dropped_but_figures_kept():
    body = [[f"规章{i}", "0", figure] for i, figure in enumerate(["0", "1", "4"])]
    pages = [page_lines(i, body[i], header="某县民政局2023年政府信息公开工作年度报告") for i in range(3)]
    for lines in pages:  # table figures written one per line, alone at the foot of each page
        lines[-1].top, lines[-1].bottom = 790, 802
    drop_page_furniture(pages, [842.0] * 3)
    assert [[ln.text for ln in lines] for lines in pages] == body


def test_a_crawler_s_header_is_read_as_hints_not_as_the_page_s_text(tmp_path):
    """A crawler's header above the page it saved (fields, a note, a 正文 rule) gives the container's hints (its
    address places the issuer) and is no text of the page; a text whose own lines look so is left alone."""
    from indexer.parser import parse_file

    page = tmp_path / "saved.txt"
    page.write_text(
        "标题: 青石县水务局2019年政府信息公开工作年度报告\n发布时间: 2020-01-20 00:00\n文号: \n栏目: 政府信息公开年报\n"
        "原文链接: https://www.qingshi.gov.cn/zwgk/nb/t20200120_1.htm\n页面链接与图片详见 links.tsv(同目录)\n"
        "==================== 正文 ====================\n"
        "青石县水务局2019年政府信息公开工作年度报告\n一、总体情况\n2019年，我局主动公开政府信息36条。\n", encoding="utf-8")
    doc = read_document(page)
    assert doc.meta["url"] == "https://www.qingshi.gov.cn/zwgk/nb/t20200120_1.htm"
    assert doc.meta["title"].startswith("青石县水务局") and doc.blocks[0].startswith("青石县水务局")
    assert not any("原文链接" in b or "正文 ====" in b or "links.tsv" in b for b in doc.blocks)
    report = parse_file(page)
    assert (report.agency, report.year) == ("青石县水务局", 2019) and "links.tsv" not in "".join(map(str, report.preamble))
    plain = tmp_path / "plain.txt"
    plain.write_text("青石县水务局2019年政府信息公开工作年度报告\n一、总体情况\n========== 正文 ==========\n我局公开信息。\n",
                     encoding="utf-8")
    assert len(read_document(plain).blocks) == 4  # (lines of its own above the rule, not a header's fields)
    linked = tmp_path / "linked.txt"
    linked.write_text("标题: 青石县水务局2019年政府信息公开工作年度报告\n来源: https://www.qingshi.gov.cn/a.htm\n"
                      "==================== 正文 ====================\n青石县水务局2019年政府信息公开工作年度报告\n",
                      encoding="utf-8")
    meta = read_document(linked).meta
    assert meta["url"] == "https://www.qingshi.gov.cn/a.htm" and "source" not in meta


STRAY_TITLE_COPY = "\n".join([
    "<title>title 东山县民政局2021年政府信息公开工作年度报告_东山县人民政府网",
    "",
    "东山县民政局2021年政府信息公开工作年度报告",
    "发布时间：2022-01-20",
    "一、总体情况",
    "2021年，我局主动公开政府信息86条，依申请公开办理3件。",
    "二、主动公开政府信息情况",
    "全年在县政府网站发布低保、特困供养等信息86条。",
])


def test_a_text_copy_opening_with_a_stray_title_tag_is_read_as_text(tmp_path):
    # an HTML parser puts everything after the unclosed <title> inside it and finds no text:
    # the report would be lost as "HTML page has no text"
    path = tmp_path / "copy.txt"
    path.write_text(STRAY_TITLE_COPY, encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "txt"
    assert doc.blocks[0].startswith("title 东山县民政局2021年")
    assert "一、总体情况" in doc.blocks and "二、主动公开政府信息情况" in doc.blocks
    assert any("网页标记" in w for w in doc.warnings)
    report = parse_document(doc, "copy.txt")
    assert report.agency == "东山县民政局" and report.year == 2021
    assert [s.number for s in report.sections] == [1, 2]


@pytest.mark.parametrize("page", [
    "<html><head><title>某县政府</title></head><body></body></html>",  # a real page without text stays refused
    "<html><body> </body></html>",
    # a page whose text a script loads: its title closed, nothing else (not a text copy with a stray tag)
    "<title>东山县民政局2021年政府信息公开工作年度报告</title>",
    '<meta http-equiv="refresh" content="0;url=/a/b.htm">',  # a redirect: a tag with nothing after it
])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_markup_without_text_is_still_refused_as_an_empty_page(tmp_path, page, encoding):
    path = tmp_path / "page.html"
    path.write_text(page, encoding=encoding)
    with pytest.raises(UnreadableFile, match="HTML page has no text|empty"):
        read_document(path)


def test_an_oversized_page_opening_with_a_stray_tag_keeps_its_own_reason(tmp_path):
    # the text fallback is no second reading of a file already refused for its size (nor a read of all of it)
    path = tmp_path / "huge.html"
    path.write_bytes(b"<title>x\n" + b"a" * (MAX_TEXT_BYTES + 1))
    with pytest.raises(UnreadableFile, match="HTML page too large"):
        read_document(path)
