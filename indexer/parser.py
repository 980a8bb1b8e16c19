"""Turn a read ``Document`` into a ``Report``: clean-up, sections, metadata, figures, checks."""
from __future__ import annotations

import re

from itertools import chain
from pathlib import Path

from indexer.checks import run_checks
from indexer.figures import extract_figures
from indexer.model import Document, Report, SECTION_NAMES, Subheading, Table, UnreadableFile, part_label
from indexer.metadata import read_metadata, title_lines
from indexer.english_report import english_level, english_report
from indexer.report_or_not import decide_report
from indexer.normalize import CHROME_LINE, clean_line, fold_document, is_indented, reflow
from indexer.hostnames import address_text
from indexer.issuer import as_written
from indexer.placing import place_of
from indexer.sidecar import read_sidecar
from indexer.junk_lines import drop_junk, junk_warning
from indexer.spam import clean_blocks, remove_splices, splice_warning
from indexer.ocr_marks import mark_ocr
from indexer.ocr_places import correct_issuer
from indexer.page_chrome import trim_footer, trim_header
from indexer.misspelt_places import misspelt_place
from indexer.readers import read_document
from indexer.cut_short import find_cut
from indexer.missing_parts import infer_part_five, infer_part_four
from indexer.numbering import split_sections
from indexer.sections import looks_like_heading, split_inline_headings
from indexer.split_cells import write_splits
from indexer.tables import recover_tables
from indexer.template import decide_template
from search.missing_parts import missing_parts
from search.repetition import REPEATED, repeated_share, repetition_warning
from search.schema import content_id


# A page number as reports print it, dashes around it or 第N页 (a bare number may be a table's cell).
_PAGE_MARK = re.compile(r"^(?:[-—–－―]+\s*\d{1,4}\s*[-—–－―]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$")


def _clean_blocks(raw):
    """Blocks as shown: lines cleaned, run-in part headings split off, wrapped lines re-joined."""
    blocks, starts = [], []
    texts = [b for b in raw if isinstance(b, str) and "\t" not in b]
    # Some converters indent every line; then an indent marks nothing.
    indents = sum(1 for b in texts if is_indented(b)) <= 0.8 * len(texts)
    for block in raw:
        if isinstance(block, Table) or "\t" in block:
            blocks.append(block)  # a text table row keeps its cells apart for table recovery
            starts.append(True)
            continue
        line = clean_line(block, keep_gaps=True)
        if not line or _PAGE_MARK.match(line):
            continue  # a printed page number a converter kept as a line ('— 3 —') would be joined into a sentence
        for k, piece in enumerate(split_inline_headings([line])):
            blocks.append(clean_line(piece))
            # An indented line opens a paragraph; pieces after a run-in heading do too.
            starts.append(k > 0 or (indents and is_indented(block)))
    return reflow(blocks, looks_like_heading, starts)


def parse_document(doc: Document, source: str, address: str | None = None) -> Report:
    """Parse a document read from ``source`` into a report; doubts go into ``warnings``.

    ``address``: the web address the page was saved from, when known (a hint to where its issuer
    is; an HTML page's own canonical address is used otherwise). Raises ``UnreadableFile`` when
    the document is not an annual report.
    """
    fold_document(doc)  # full-width digits and letters: every stage below reads ２０２０ as 2020
    report = Report(source=source, kind=doc.kind, warnings=list(doc.warnings),
                    encoding=doc.meta.get("encoding") if doc.kind == "txt" else None)
    # Betting splices of hijacked mirrors out first: nothing after this may read them as text.
    plain, spliced = clean_blocks(doc.blocks)
    if spliced:
        doc.meta = {key: remove_splices(value)[0] if isinstance(value, str) else value for key, value in doc.meta.items()}
        report.warnings.append(splice_warning(spliced))
    plain, junk = drop_junk(plain)  # markup kept as text, adult sites' keyword stuffing
    if junk:
        report.warnings.append(junk_warning(junk))
    # Tables first: their row labels (一、本年新收…) must not be read as part headings.
    raw = recover_tables(plain)
    # (read before the blocks are cleaned and split into parts: the glued rows it splits are written into
    # these same tables, so the page shows the parts the figures came from)
    result = extract_figures(raw, recovered=True)
    write_splits(result.splits)
    blocks = _clean_blocks(raw)
    report.preamble, report.sections = split_sections(blocks)
    inferred = infer_part_four(report.sections)
    inferred_five = infer_part_five(report.sections)

    # The container's title hints, most specific first (HTML: <h1>, a title-classed element,
    # the CMS's ArticleTitle, the metadata table's 名称; PDF/DOCX: the /Title property).
    hints = [doc.meta[key] for key in ("h1", "heading", "article_title", "name", "title") if doc.meta.get(key)]
    sections = report.sections
    part_one = sections[0].blocks if sections and sections[0].number == 1 else []
    address = address or doc.meta.get("url")
    meta = read_metadata(title_lines(raw, looks_like_heading), hints, report.preamble, part_one, blocks[:80],
                         address_text(address) if address else None, blocks[-6:])
    report.title, report.agency, report.year = meta.title, meta.agency, meta.year
    # (round 47) an English translation of a report: its issuer and year as its English title or lead-in writes them
    # (the lines as read: the cleaned ones have lost the spaces between words)
    # Read once: the report-or-not decision below asks it too.
    english_read = english_report([b for b in raw[:40] if isinstance(b, str)])
    english = english_read if not (meta.agency and meta.year) else None
    if english:
        report.agency, report.year = report.agency or english[0], report.year or english[1]
        meta.warnings.append("这是一份报告的英文译本：发布机关和年度按英文标题或导语收录，请核对。")
    report.agency_names = [doc.meta[k] for k in ("publisher", "source") if doc.meta.get(k)]

    has_table = any(v is not None for v in result.figures.values())
    reason, doubt = decide_report(report, hints, has_table, blocks, raw, meta.address_title, english_read is not None)
    if reason:
        raise UnreadableFile(f"not an annual report: {reason}")
    report.warnings += meta.warnings + ([doubt] if doubt else [])
    if report.agency is None:
        report.warnings.append("标题中没有找到发布机关。")
    if report.year is None:
        report.warnings.append("标题和正文中都没有找到报告年度。")

    report.figures = result.figures
    report.template, notes = decide_template(result.template, report.year, blocks, has_table)
    report.checks = run_checks(result.figures, report.template)
    if result.inferred_rows:  # figures a reader must know were placed, not read by their labels (/quality lists them)
        report.checks["inferred_rows"] = result.inferred_rows
    report.warnings += result.warnings + notes
    if (share := repeated_share("\n".join(b for b in blocks if isinstance(b, str)))) >= REPEATED:
        report.warnings.append(repetition_warning(share))  # the same long passage many times (QA 40 #4)
    mark_ocr(report, doc)

    place, notes = place_of(report, doc, blocks, raw, address, bool(spliced))
    corrected = correct_issuer(report, place)  # a place name OCR misread by one character
    if corrected:
        place, notes = place_of(report, doc, blocks, raw, address, bool(spliced))
        notes.append(corrected)
    elif report.ocr is None and (misspelt := misspelt_place(report.agency, "".join(b for b in blocks if isinstance(b, str)),
                                                           address)):
        # a typed issuer misspelling its own place: the place is read as the division, the name stays as written
        word, read, unit = misspelt
        written, report.agency = report.agency, read
        try:
            reread, renotes = place_of(report, doc, blocks, raw, address, bool(spliced))
        finally:
            report.agency = written
        if reread.province == unit.province:
            place, notes = reread, renotes + [f"发布机关名称中的“{word}”不是区划名称，与“{unit.name}”只差一个字，"
                                              f"所在地区和级别已按“{unit.name}”认定（名称照原文）。"]
    report.level, report.region = place.level, place.region
    if english and english_level(report.agency) and report.agency == english[0]:  # a national body's English name
        report.level, report.region = "central", {key: None for key in place.region or {"province": None}}
    report.warnings += notes
    # The issuer was read on width-folded text (and placed so); it is given as the page writes it, in the report's
    # own lines before the site's chrome (a breadcrumb's or a metadata field's '某某局(本级)' over the title's '（本级）').
    # (lazily: the name is most often found in the first lines, and a long page's other lines need no test)
    texts = [b for b in plain if isinstance(b, str)]
    if not (english and report.agency == english[0]):  # (an English name keeps the spaces between its words)
        report.agency = as_written(report.agency, chain((b for b in texts if not CHROME_LINE.search(b)),
                                                        (b for b in texts if CHROME_LINE.search(b)), hints))

    # (after every reading of hints: the footer names the site's owner, which places the issuer)
    trim_footer(report.sections)
    report.preamble = trim_header(report.preamble)
    cut = find_cut(blocks, report.sections)
    if cut:
        report.cut_off, report.cut_where = cut.words, cut.phrase()
    # the rule the index's 缺少第N部分 flags and the figures pages count by: a cut copy's later parts are not missing
    lacking = missing_parts(((s.number, s.inferred) for s in report.sections), bool(cut))
    for number in SECTION_NAMES:
        if number == 4 and inferred:
            report.warnings.append(inferred)
        elif number == 5 and inferred_five:
            report.warnings.append(inferred_five)
        elif number in lacking:
            report.warnings.append(f"没有找到{part_label(number)}：报告中没有这一部分的标题。")
    if cut:
        report.warnings.append(f"{report.cut_where}，只收录了已有的部分，之后的部分没有推定。")
    return report


def parse_file(path: Path, address: str | None = None) -> Report:
    """Read and parse one file; raises ``UnreadableFile`` with a one-line reason.

    ``address``: the web address the file was saved from; without it, the file's sidecar
    (``FILE.url``, see ``read_sidecar``) or, for a saved page, the address the page records.
    """
    path = Path(path)
    doc = read_document(path)
    report = parse_document(doc, path.name, address or read_sidecar(path))
    report.id = content_id(path.read_bytes())
    return report


def _blocks_json(blocks, headings: dict[int, Subheading] | None = None) -> list[dict]:
    out = []
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            marks = {name: {str(i): d for i, d in rows.items()}
                     for name, rows in (("split", block.split), ("unsplit", block.unsplit)) if rows}
            out.append({"type": "table", "rows": block.rows, **marks})
            continue
        item = {"type": "p", "text": block}
        heading = (headings or {}).get(i)
        if heading:
            # A sub-heading often opens its paragraph: '（一）主动公开情况。2021年…'.
            item["anchor"], item["heading"] = heading.anchor, heading.title
        out.append(item)
    return out


def report_to_dict(report: Report) -> dict:
    """The flat JSON object `python -m indexer parse` prints (keys documented in README)."""
    return {
        "id": report.id,
        "source": report.source,
        "kind": report.kind,
        "title": report.title,
        "agency": report.agency,
        "agency_id": report.agency_id,
        "agency_place": report.agency_place,
        "year": report.year,
        "level": report.level,
        "region": report.region,
        "template": report.template,
        "preamble": "\n".join(b if isinstance(b, str) else b.to_text() for b in report.preamble),
        "sections": [
            {
                "number": s.number,
                "title": s.title,
                "text": s.text,
                "inferred": s.inferred,
                "subheadings": [{"label": h.label, "title": h.title, "anchor": h.anchor} for h in s.subheadings],
                "blocks": _blocks_json(s.blocks, {h.block: h for h in s.subheadings}),
            }
            for s in report.sections
        ],
        "figures": report.figures,
        "checks": report.checks,
        "cut_off": report.cut_off,
        "cut_where": report.cut_where,
        "encoding": report.encoding,
        "warnings": report.warnings,
        # Text recognised from a scan (see indexer/ocr_marks.py): mean confidence 0-100, the pages
        # read so, and the figures that rest on digits OCR was unsure of.
        "ocr": report.ocr is not None,
        "ocr_confidence": (report.ocr or {}).get("confidence"),
        "ocr_pages": (report.ocr or {}).get("pages", []),
        "uncertain_figures": (report.ocr or {}).get("uncertain_figures", []),
    }
