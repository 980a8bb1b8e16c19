"""Turn a read ``Document`` into a ``Report``: clean-up, sections, metadata, figures, checks."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from indexer.checks import run_checks
from indexer.figures import extract_figures
from indexer.model import Document, Report, SECTION_NAMES, Subheading, Table, UnreadableFile
from indexer.metadata import guess_year, read_title
from indexer.normalize import clean_line, reflow
from indexer.places import locate
from indexer.readers import read_document
from indexer.sections import looks_like_heading, split_inline_headings, split_sections
from indexer.tables import recover_tables


def _clean_blocks(raw):
    blocks = []
    for block in raw:
        if isinstance(block, Table):
            blocks.append(block)
            continue
        if "\t" in block:
            blocks.append(block)  # a text table row: cells stay apart for table recovery
            continue
        line = clean_line(block)
        if line:
            blocks.append(line)
    blocks = split_inline_headings(blocks)
    return reflow(blocks, looks_like_heading)


def parse_document(doc: Document, source: str) -> Report:
    """Parse a document read from ``source`` into a report; doubts go into ``warnings``."""
    report = Report(source=source, kind=doc.kind, warnings=list(doc.warnings))
    # Tables first: their row labels (一、本年新收…) must not be read as part headings.
    raw = recover_tables(doc.blocks)
    blocks = _clean_blocks(raw)
    report.preamble, report.sections = split_sections(blocks)

    hints = [doc.meta[key] for key in ("title", "h1") if doc.meta.get(key)]
    info = read_title(blocks, hints)
    report.title, report.agency, report.year = info.title, info.agency, info.year
    if report.year is None:
        report.year = guess_year(blocks)
        if report.year is not None:
            report.warnings.append(f"no year in the title; took {report.year} from the text")
    if report.agency is None:
        report.warnings.append("no agency found in the title")
    if report.year is None:
        report.warnings.append("no reporting year found")

    result = extract_figures(raw)
    report.figures, report.template = result.figures, result.template
    report.checks = run_checks(result.figures, result.template)
    report.warnings += result.warnings

    place = locate(report.agency, _place_hints(doc, blocks))
    report.level, report.region = place.level, place.region

    if not report.sections:
        raise UnreadableFile("not an annual report: none of the template's parts (一、总体情况 …) found")
    found = {s.number for s in report.sections}
    for number, name in SECTION_NAMES.items():
        if number not in found:
            report.warnings.append(f"part {number} ({name}) has no heading")
    return report


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
    }
