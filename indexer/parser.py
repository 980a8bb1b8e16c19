"""Turn a read ``Document`` into a ``Report``: clean-up, sections, metadata, figures, checks."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from indexer.checks import run_checks
from indexer.figures import extract_figures
from indexer.model import Document, Report, SECTION_NAMES, Subheading, Table, UnreadableFile, part_label
from indexer.metadata import guess_year, read_title
from indexer.normalize import clean_line, is_indented, reflow
from indexer.ocr_marks import mark_ocr
from indexer.places import locate
from indexer.readers import read_document
from indexer.sections import (classify_heading, infer_part_four, looks_like_heading, split_inline_headings,
                               split_sections)
from indexer.tables import recover_tables
from indexer.template import decide_template


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
        line = clean_line(block)
        if not line:
            continue
        for k, piece in enumerate(split_inline_headings([line])):
            blocks.append(piece)
            # An indented line opens a paragraph; pieces after a run-in heading do too.
            starts.append(k > 0 or (indents and is_indented(block)))
    return reflow(blocks, looks_like_heading, starts)


def parse_document(doc: Document, source: str) -> Report:
    """Parse a document read from ``source`` into a report; doubts go into ``warnings``.

    Raises ``UnreadableFile`` when the document is not an annual report.
    """
    report = Report(source=source, kind=doc.kind, warnings=list(doc.warnings))
    # Tables first: their row labels (一、本年新收…) must not be read as part headings.
    raw = recover_tables(doc.blocks)
    blocks = _clean_blocks(raw)
    report.preamble, report.sections = split_sections(blocks)
    inferred = infer_part_four(report.sections)

    # The container's title hints, most specific first (HTML: <h1>, a title-classed element,
    # the CMS's ArticleTitle, the metadata table's 名称; PDF/DOCX: the /Title property).
    hints = [doc.meta[key] for key in ("h1", "heading", "article_title", "name", "title") if doc.meta.get(key)]
    info = read_title(blocks, hints)
    report.title, report.agency, report.year = info.title, info.agency, info.year
    if report.year is None:
        report.year = guess_year(blocks)
        if report.year is not None:
            report.warnings.append(f"标题中没有年份，年份 {report.year} 取自正文。")

    result = extract_figures(raw, recovered=True)
    has_table = any(v is not None for v in result.figures.values())
    reason = _not_a_report(report, hints, has_table)
    if reason:
        raise UnreadableFile(f"not an annual report: {reason}")
    if report.agency is None:
        report.warnings.append("标题中没有找到发布机关。")
    if report.year is None:
        report.warnings.append("标题和正文中都没有找到报告年度。")

    report.figures = result.figures
    report.template, notes = decide_template(result.template, report.year, blocks, has_table)
    report.checks = run_checks(result.figures, report.template)
    report.warnings += result.warnings + notes
    mark_ocr(report, doc)

    place = locate(report.agency, _place_hints(doc, blocks))
    report.level, report.region = place.level, place.region

    found = {s.number for s in report.sections}
    for number in SECTION_NAMES:
        if number == 4 and inferred:
            report.warnings.append(inferred)
        elif number not in found:
            report.warnings.append(f"没有找到{part_label(number)}：报告中没有这一部分的标题。")
    return report


def _not_a_report(report: Report, hints: list[str], has_table: bool) -> str | None:
    """Why a document is not an annual report, or None when it is one.

    A report has the template's parts, and a report title, or a statistics table, or a reporting
    year and at least two headings in the template's own words (a report that lost its title).
    A disclosure guide (政府信息公开指南) has headings like '二、依申请公开' but none of the rest; a
    note or data file that quotes headings has no year.
    """
    if not report.sections:
        return "none of the template's parts (一、总体情况 …) found"
    strong = sum(1 for s in report.sections
                 if not s.inferred and (classify_heading(s.title, bracketed=True) or (0, 0))[1] >= 4)
    if report.title or has_table or (report.year is not None and strong >= 2):
        return None
    if hints:
        return f"its title is “{hints[0]}”, and it has no report title, reporting year or statistics table"
    return "no report title, reporting year or statistics table, and the template's parts are not named as such"


_PLACE_HINT = re.compile(r"地址|地\s*址|gov\.cn|网址|网站|发布机构|单位[:：]")


def _place_hints(doc: Document, blocks) -> list[str]:
    """Short lines that say where the agency is: addresses, web sites, the page's 发布机构."""
    hints = [doc.meta[key] for key in ("publisher", "url") if doc.meta.get(key)]
    for block in blocks:
        if isinstance(block, str) and _PLACE_HINT.search(block):
            for match in _PLACE_HINT.finditer(block):
                hints.append(block[max(0, match.start() - 10) : match.end() + 40])
    return hints[:12]


def content_id(data: bytes) -> str:
    """A stable report id: the first 16 hex digits of the content's SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def parse_file(path: Path) -> Report:
    """Read and parse one file; raises ``UnreadableFile`` with a one-line reason."""
    path = Path(path)
    doc = read_document(path)
    report = parse_document(doc, path.name)
    report.id = content_id(path.read_bytes())
    return report


def _blocks_json(blocks, headings: dict[int, Subheading] | None = None) -> list[dict]:
    out = []
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            out.append({"type": "table", "rows": block.rows})
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
        "warnings": report.warnings,
        # Text recognised from a scan (see indexer/ocr_marks.py): mean confidence 0-100, the pages
        # read so, and the figures that rest on digits OCR was unsure of.
        "ocr": report.ocr is not None,
        "ocr_confidence": (report.ocr or {}).get("confidence"),
        "ocr_pages": (report.ocr or {}).get("pages", []),
        "uncertain_figures": (report.ocr or {}).get("uncertain_figures", []),
    }
