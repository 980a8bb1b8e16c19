"""Map a parsed report to index documents whose keys are the schema's field names."""
from __future__ import annotations

import json

from indexer.model import Block, Report, Table
from indexer.parser import report_to_dict


def readable_text(blocks: list[Block]) -> str:
    """Blocks as one text: paragraphs per line, table rows as 'cell | cell' (what snippets show)."""
    lines = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                cells = [c.strip() for c in row if c and c.strip()]
                if cells:
                    lines.append(" | ".join(cells))
        else:
            lines.append(block)
    return "\n".join(lines)


def to_documents(report: Report, sources: list[str] | None = None) -> list[dict]:
    """One ``report`` document carrying the whole parsed report, one ``section`` document per part."""
    region = report.region or {}
    common = {
        "report_id": report.id,
        "source": report.source,
        "title": report.title or "",
        "agency": report.agency or "",
        "agency_facet": report.agency or "未知机构",
        "level": report.level or "unknown",
        "province": region.get("province") or "unknown",
        "city": region.get("city") or "",
        "content_hash": report.id,
    }
    if report.year is not None:
        common["year"] = report.year
    payload = report_to_dict(report)
    payload["sources"] = sources or [report.source]
    docs = [dict(common, id=f"{report.id}", kind="report", payload=json.dumps(payload, ensure_ascii=False))]
    for section in report.sections:
        body = readable_text(section.blocks)
        docs.append(
            dict(
                common,
                id=f"{report.id}:{section.number}",
                kind="section",
                section=section.number,
                section_title=section.title,
                body=body,
                grams="\n".join([report.agency or "", section.title, body]),
            )
        )
    return docs
