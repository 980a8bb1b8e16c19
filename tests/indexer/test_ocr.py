"""Scanned PDFs read by OCR (issue 12): the same report as the text PDF, figures marked when unsure,
searchable, cached, and a clear reason where OCR cannot help.

No scan is committed: ``tests/indexer/scans.py`` makes them here from the sample PDFs (200 dpi, turned a
degree, speckled). Tesseract reads a page in a few seconds, so each scan is read once per run
(the session's OCR cache, see conftest) and the whole ``Done when`` measurement lives in
``bench/ocr.py``. Where Tesseract is missing these tests skip with what to install; in CI they fail.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest

from indexer.build import build_index
from indexer.checks import failing_figures, run_checks
from indexer.model import OcrSummary, Table, UnreadableFile
from indexer.parser import parse_document, parse_file, report_to_dict
from indexer.readers import read_document
from tests.conftest import DATA, ROOT, SEED_GOLD_FILE, load_gold
from tests.indexer.scans import one_cell_a_line, require_tesseract, scan_copy, scan_pages, typeset_scan, write_scan
from tests.indexer.sentences import sentence_problem
from tests import ocr_prefetch

SAMPLE = "002_eebf944336d263cb"  # a township report: four pages, tables on three of them
GOLD = {g["file"].split("/")[-1].removesuffix(".txt"): g for g in load_gold(SEED_GOLD_FILE)}
SCAN_GOLD = [json.loads(line) for line in (DATA / "scans.gold.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
# Fields the parser gets wrong on the committed scans today, with what it reads instead.
KNOWN_MISSES = {
    ("scanned-no-text-layer.pdf", "figures"): "the 规章 label is misread (规重), so its three 0s are not read; "
                                              "requests_new and requests_carried_over read as 0: the row's only figure "
                                              "(under 其他) is taken for its 总计, as seeds.gold.jsonl does for the same "
                                              "report's text (seed 001)",
}


def sample_scan(folder: Path) -> Path:
    """A scanned copy of a sample PDF: 200 dpi, turned 1.2 degrees, speckled."""
    return scan_copy(DATA / "pdf" / f"{SAMPLE}.pdf", folder / f"{SAMPLE}-scan.pdf", angle=1.2, noise=0.003, seed=1)


def sideways_scan(folder: Path, turn: int) -> Path:
    """The top of the sample's first page (title, opening paragraph, first heading), fed in sideways."""
    page = scan_pages(DATA / "pdf" / f"{SAMPLE}.pdf", noise=0.002)[0]
    page = page.crop((0, 0, page.width, page.height * 9 // 25))
    return write_scan([page.rotate(turn, expand=True, fillcolor=255)], folder / f"sideways-{turn}.pdf")


def unruled_scan(folder: Path) -> Path:
    """UNRULED (below) printed one cell a line and scanned."""
    text = folder / "report.txt"
    text.write_text(one_cell_a_line(UNRULED), encoding="utf-8")
    return typeset_scan(text, folder / "scan.pdf", angle=1.0, noise=0.002)


def _committed(gold: dict):
    return lambda folder: ROOT / gold["file"]


# The scans this module reads, longest first: tests/ocr_prefetch.py reads them ahead in a process of its own.
READ_AHEAD = [sample_scan, *(_committed(g) for g in SCAN_GOLD if "error" not in g),
              lambda folder: sideways_scan(folder, 90), lambda folder: sideways_scan(folder, 270), unruled_scan,
              *(_committed(g) for g in SCAN_GOLD if "error" in g)]


@pytest.fixture(scope="module")
def read_ahead():
    """Let the read-ahead finish before a test reads one of its scans, so that none is read twice at once."""
    ocr_prefetch.wait()


@pytest.fixture(scope="module")
def scanned(tmp_path_factory, read_ahead) -> Path:
    require_tesseract()
    return sample_scan(tmp_path_factory.mktemp("scans"))


@pytest.fixture(scope="module")
def scanned_report(scanned):
    return parse_file(scanned)


def flagged(report) -> set[str]:
    """Figures a reader is warned about: marked uncertain, or part of a failed check."""
    out = set(report.ocr["uncertain_figures"])
    for failure in report.checks["failures"]:
        row, column = failure["row"], failure["column"]
        for key in report.figures:
            if row in _labels(key) and (column == "总计" or column in _labels(key)):
                out.add(key)
    return out


def _labels(key: str) -> str:
    from indexer.ocr_marks import figure_label

    return figure_label(key)


# --- a scanned copy reads as its text PDF --------------------------------------------------

def test_scan_gives_the_text_pdfs_metadata_and_parts(scanned_report):
    text = parse_file(DATA / "pdf" / f"{SAMPLE}.pdf")
    got = scanned_report
    assert (got.agency, got.year, got.level, got.region) == (text.agency, text.year, text.level, text.region)
    assert [s.number for s in got.sections] == [s.number for s in text.sections]
    assert got.template == text.template


def test_scan_gives_the_gold_figures_and_flags_every_difference(scanned_report):
    gold = GOLD[SAMPLE]["figures"]
    right = [k for k, v in gold.items() if scanned_report.figures.get(k) == v]
    assert len(right) >= 0.9 * len(gold), {k: (v, scanned_report.figures.get(k)) for k, v in gold.items()}
    text = parse_file(DATA / "pdf" / f"{SAMPLE}.pdf").figures
    differing = {k for k, v in text.items() if v is not None and scanned_report.figures.get(k) not in (v, None)}
    assert differing <= flagged(scanned_report), differing - flagged(scanned_report)


def test_parse_says_ocr_with_its_confidence(scanned):
    out = subprocess.run([sys.executable, "-m", "indexer", "parse", str(scanned)], capture_output=True, text=True,
                         cwd=ROOT, timeout=300, check=True)
    data = json.loads(out.stdout)
    assert data["ocr"] is True
    assert 60 <= data["ocr_confidence"] <= 100
    assert data["ocr_pages"] == [1, 2, 3, 4]
    assert set(data["uncertain_figures"]) <= set(data["figures"])
    assert re.match(r"PDF 第 1、2、3、4 页是扫描图像，文字由 OCR 识别（平均置信度 \d+%）", data["warnings"][0])
    for warning in data["warnings"]:
        if "OCR" in warning:  # the parser's own warnings quote OCR'd labels, stray quotes and all
            assert sentence_problem(warning) is None, warning


def test_text_pdf_says_no_ocr():
    data = report_to_dict(parse_file(DATA / "pdf" / f"{SAMPLE}.pdf"))
    assert (data["ocr"], data["ocr_confidence"], data["ocr_pages"], data["uncertain_figures"]) == (False, None, [], [])


def test_doubtful_digits_make_their_figures_uncertain(scanned, monkeypatch):
    """With every digit counted doubtful, every figure read is uncertain, and named in a warning."""
    monkeypatch.setattr("indexer.readers.ocr_layout.LOW_CONFIDENCE", 101.0)
    report = parse_file(scanned)
    numeric = {k for k, v in report.figures.items() if isinstance(v, (int, float)) and not k.endswith("_yuan")}
    assert numeric and set(report.ocr["uncertain_figures"]) == numeric
    listed = [w for w in report.warnings if w.startswith("OCR 识别以下数字时把握不大，请对照原始文件核对：")]
    assert len(listed) == 1 and f"等 {len(numeric)} 个数字。" in listed[0]
    assert sentence_problem(listed[0]) is None


def test_a_misread_digit_fails_a_check():
    """The second line of defence: a digit misread with confidence breaks the table's arithmetic."""
    figures = dict(GOLD["003_102efd9b51b31bb4"]["figures"])
    checks_before = run_checks(figures)
    figures["requests_new"] = figures["requests_new"] + 6  # a 0 read as 6, say
    assert checks_before["requests_balance"] == "ok"
    assert run_checks(figures)["requests_balance"] == "mismatch"


def test_a_failed_check_points_at_the_misread_figure():
    """A misread cell breaks its row's sum and its column's: the figure both share is named; a
    comparison that shares nothing with another failed one names all its figures."""
    figures = parse_file(DATA / "pdf" / "003_102efd9b51b31bb4.pdf").figures
    assert failing_figures(figures) == set()
    misread = dict(figures, requests_new_natural_person=6)  # a 0 read as 6
    assert failing_figures(misread) == {"requests_new_natural_person"}
    misread = dict(figures, reconsideration_upheld=3)
    assert failing_figures(misread) == {f"reconsideration_{c}" for c in ("upheld", "corrected", "other", "pending", "total")}


def test_figures_of_a_failed_check_are_uncertain_and_named():
    """On a scan, a digit misread with confidence: the figure a failed check points at joins
    ``uncertain_figures`` and is named in a warning."""
    doc = read_document(DATA / "pdf" / f"{SAMPLE}.pdf")
    for block in doc.blocks:
        for row in block.rows if isinstance(block, Table) else []:
            if row and row[0].startswith("一、本年新收"):
                row[row.index("0")] = "6"  # 自然人: a 0 read as 6, with confidence
    doc.ocr = OcrSummary(pages=[1, 2, 3, 4], confidence=90.0, confident_blocks=doc.blocks)
    report = parse_document(doc, "scan.pdf")
    assert report.figures["requests_new_natural_person"] == 6
    # This report's table stops before its totals: the row's sum is the only check that fails.
    row = {"requests_new"} | {f"requests_new_{a}" for a in ("natural_person", "commercial", "research", "social_org",
                                                             "legal_service", "other")}
    assert set(report.ocr["uncertain_figures"]) == row
    [named] = [w for w in report.warnings if w.startswith("以下数字所在的表内核对没有通过")]
    assert "“一、本年新收政府信息公开申请数量 自然人”为 6、" in named and sentence_problem(named) is None


# --- pages read the best way ---------------------------------------------------------------

def test_mixed_pdf_reads_its_scanned_page_by_ocr(scanned, tmp_path):
    mixed = pypdfium2.PdfDocument.new()
    mixed.import_pages(pypdfium2.PdfDocument(str(scanned)), [0])
    mixed.import_pages(pypdfium2.PdfDocument(str(DATA / "pdf" / f"{SAMPLE}.pdf")), [1, 2, 3])
    mixed.save(str(tmp_path / "mixed.pdf"))
    report = parse_file(tmp_path / "mixed.pdf")
    text = parse_file(DATA / "pdf" / f"{SAMPLE}.pdf")
    assert report.ocr["pages"] == [1]
    assert (report.agency, report.year, report.level) == (text.agency, text.year, text.level)
    assert [s.number for s in report.sections] == [s.number for s in text.sections]
    assert report.figures == text.figures  # every table is on the text pages


@pytest.mark.parametrize("turn", [90, 270])
def test_a_page_scanned_sideways_is_turned_upright(tmp_path, turn, read_ahead):
    """Orientation detection: a page fed into the scanner sideways reads as the upright page. The page is the top of
    the first (the title, the opening paragraph and the first heading): every read here is a cold one, and the whole
    page took twice as long to read, three times (sideways, orientation, upright)."""
    require_tesseract()
    scan = sideways_scan(tmp_path, turn)
    text = re.sub(r"\s", "", "".join(b for b in read_document(scan).blocks if isinstance(b, str)))
    assert "宣和镇人民政府" in text and "政府信息公开工作年度报告" in text


@pytest.mark.parametrize("gold", SCAN_GOLD, ids=lambda g: Path(g["file"]).name)
def test_committed_scans_against_their_gold(gold, read_ahead):
    require_tesseract()
    name = Path(gold["file"]).name
    if "error" in gold:
        with pytest.raises(UnreadableFile, match="^no text layer, and OCR found no text on its page: a blank or"):
            parse_file(ROOT / gold["file"])
        return
    report = parse_file(ROOT / gold["file"])
    got = {"agency": report.agency, "year": report.year, "level": report.level,
           "province": report.region["province"], "sections": [s.number for s in report.sections],
           "template": report.template, "figures": {k: report.figures.get(k) for k in gold["figures"]}}
    misses = {field for field in got if got[field] != gold[field]}
    assert misses == {f for (file, f) in KNOWN_MISSES if file == name}, {f: (got[f], gold[f]) for f in misses}
    for number, phrase in gold["phrases"].items():
        section = next(s for s in report.sections if s.number == int(number))
        assert phrase in re.sub(r"\s", "", section.text)


# A made-up report whose request table is printed without rules, one cell a line (sample 003's form).
UNRULED = """海盐县民政局2021年政府信息公开工作年度报告
一、总体情况
2021年，我局认真贯彻落实政府信息公开条例，主动公开政府信息。
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
三、本年度办理结果\t（一）予以公开\t2\t1\t0\t0\t0\t0\t3
\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1
（七）总计\t3\t1\t0\t0\t0\t0\t4
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
六、其他需要报告的事项
无。
"""


def test_a_table_printed_without_rules_one_cell_a_line_gives_its_figures(tmp_path, read_ahead):
    """No rules to find cells by: the lone figures on their lines are read again on their own
    (the page-wide reading drops or garbles a column of 0s) and the lines go to table recovery."""
    require_tesseract()
    report = parse_file(unruled_scan(tmp_path))
    expected = {k: v for k, v in parse_file(tmp_path / "report.txt").figures.items() if v is not None}
    assert len(expected) == 42
    assert {k: report.figures[k] for k in expected} == expected
    assert [s.number for s in report.sections] == [1, 3, 6]


# --- operations ----------------------------------------------------------------------------

def test_without_tesseract_a_scan_is_skipped_saying_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr("indexer.readers.ocr.unavailable", lambda: "Tesseract is not installed (install "
                        "tesseract-ocr, tesseract-ocr-chi-sim and tesseract-ocr-chi-tra)")
    (tmp_path / "docs").mkdir()
    scan = scan_copy(DATA / "pdf" / "004_6c81e5c04cdd17c4.pdf", tmp_path / "docs" / "scan.pdf")
    (tmp_path / "docs" / "report.txt").write_text((ROOT / "samples" / f"{SAMPLE}.txt").read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    summary = build_index([tmp_path / "docs"], tmp_path / "index", jobs=1)
    assert summary.reports == 1
    assert summary.skipped == [(str(scan), "no text layer: needs OCR, and Tesseract is not installed (install "
                                           "tesseract-ocr, tesseract-ocr-chi-sim and tesseract-ocr-chi-tra)")]


def test_a_rebuild_never_reads_a_scan_twice(tmp_path, monkeypatch):
    """The first build reads the scan cold, into the index's own cache; the rebuild reads none. A one-page scan (the
    committed one): a cold read of the four-page ``scanned`` took 30 s and proves nothing more."""
    require_tesseract()
    monkeypatch.delenv("NIANBAO_OCR_CACHE")  # the index's own cache, not the session's
    scanned = ROOT / "tests" / "layouts" / "scanned-liuzhou-yufeng-2020.pdf"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(scanned.read_bytes())
    root = tmp_path / "index"
    first = build_index([docs], root, jobs=1)
    assert first.reports == 1 and not first.skipped
    assert list((root / "ocr-cache").rglob("page-*.json"))

    def no_ocr(*args, **kwargs):
        raise AssertionError("Tesseract called for a file read before")

    monkeypatch.setattr("indexer.readers.tesseract.recognise", no_ocr)  # the forked workers inherit it
    (docs / "renamed.pdf").write_bytes(scanned.read_bytes())
    (docs / "scan.pdf").unlink()
    again = build_index([docs], root, full=True, jobs=1)
    assert again.reports == 1 and not again.skipped
    assert not any("OCR" in w and "失败" in w for ws in again.warnings.values() for w in ws)


def test_ocr_time_limit_grows_with_the_pages(tmp_path, monkeypatch):
    """A limit too short for one scanned page is lengthened by the pages OCR has to read."""
    require_tesseract()
    monkeypatch.delenv("NIANBAO_OCR_CACHE")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes((ROOT / "tests" / "layouts" / "scanned-liuzhou-yufeng-2020.pdf").read_bytes())
    pages = []
    summary = build_index([docs], tmp_path / "index", jobs=1, timeout=0.5, page_time=120.0,
                          on_pages=lambda path, done, total: pages.append((done, total)))
    assert summary.reports == 1 and not summary.skipped
    assert pages == [(1, 1)]


# --- search on recognised text -------------------------------------------------------------

def test_phrase_from_part_two_of_a_scan_is_found_there_highlighted(scanned, tmp_path):
    from app import create_app

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(scanned.read_bytes())
    build_index([docs], tmp_path / "index", jobs=1)
    client = create_app({"TESTING": True, "INDEX": str(tmp_path / "index")}).test_client()
    response = client.get("/api/search", query_string={"q": '"宣和镇政府行政发文"'})
    assert response.status_code == 200
    hits = response.get_json()["hits"]
    assert len(hits) == 1 and hits[0]["section"] == 2
    assert "<mark>" in hits[0]["snippet"] and "行政发文" in hits[0]["snippet"]
    page = client.get(hits[0]["url"].split("#")[0])  # the hit's link carries the query (QA 37 #10)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "本报告是扫描件：文字由 OCR 从图像中识别" in html
    assert f'/reports/{hits[0]["report_id"]}/original' in html
    assert "<mark>" in html


def test_a_scan_made_again_is_the_same_file(tmp_path, monkeypatch):
    """The read-ahead (tests/ocr_prefetch.py) helps only if a scan made twice is the same bytes, whenever it is
    made: the OCR cache is keyed by them. Pillow stamps a PDF with the current second unless told not to."""
    import time

    from search.schema import content_id

    seconds = iter(range(10**6))
    monkeypatch.setattr(time, "gmtime", lambda *a: time.localtime(1_700_000_000 + next(seconds)))
    for number, make in enumerate(READ_AHEAD):
        first, second = tmp_path / f"{number}a", tmp_path / f"{number}b"
        first.mkdir(), second.mkdir()
        assert content_id(make(first)) == content_id(make(second)), number


def test_a_read_ahead_that_hangs_is_stopped_not_waited_for(monkeypatch):
    """The suite waits for the read-ahead a bounded time: a child stuck past it is killed and the tests read alone."""
    import subprocess
    import sys

    hung = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    monkeypatch.setattr(ocr_prefetch, "_child", hung)
    monkeypatch.setattr(ocr_prefetch, "_PATIENCE", 0.2)
    ocr_prefetch.wait()
    assert hung.poll() is not None and ocr_prefetch._child is None
