"""Map a parsed report to index documents whose keys are the schema's field names."""
from __future__ import annotations

import json
import re

from indexer.identity import assign_identity
from indexer.model import Block, Report, Table
from indexer.possible_places import possible_provinces
from indexer.parser import report_to_dict
from search.missing_parts import missing_parts
from search.figures.table_floor import table_floor
from search.figures.text_figures import report_from_text
from search.schema import RANGE_FIGURES, TEXT_RANGE_FIGURES
from search.vocabulary import PREAMBLE_PART

TINY_SECTION = 30  # characters; a part that says only '无。' ranks below one with content


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


# A sentence: a web page's chrome before the report (网站首页 / 当前位置:首页 > 公告公示 / 发布日期:
# 2021-01-28) and its title lines have no sentence punctuation; the report's own lead-in has.
_SENTENCE = re.compile(r"[，,。；;]")


def preamble_prose(blocks: list[Block]) -> list[Block]:
    """The paragraphs of a preamble written as sentences: the report's lead-in, not the page's chrome."""
    return [b for b in blocks if isinstance(b, str) and _SENTENCE.search(b)]


def quality_flags(report: Report) -> list[str]:
    """What the checks found, as ``quality`` field values (see ``search.schema.QUALITY_FLAGS``)."""
    checks = report.checks or {}
    flags = [f"balance_{checks.get('requests_balance') or 'incomplete'}"]
    if any(f.get("check") != "balance" for f in checks.get("failures", [])):
        flags.append("sums_failed")
    sections = [(s.number, s.inferred) for s in report.sections]
    cut = report.cut_off is not None  # ('' for a text cut inside a table of no words)
    flags += [f"missing_{n}" for n in missing_parts(sections, cut)]
    if cut:
        flags.append("cut_off")
    return flags


def to_documents(report: Report, sources: list[str] | None = None) -> list[dict]:
    """One ``report`` document carrying the whole parsed report, one ``section`` document per part."""
    region = report.region or {}
    if report.agency_id is None:  # the build assigns it first, to count the unidentified
        assign_identity(report)
    common = {
        "report_id": report.id,
        "source": report.source,
        "title": report.title or "",
        "agency": report.agency or "",
        "agency_facet": report.agency or "未知机构",
        "agency_id": report.agency_id,
        "agency_place": report.agency_place,
        "level": report.level or "unknown",
        "province": region.get("province") or "unknown",
        "city": region.get("city") or "",
        # the region's names or, when it is unread, the two provinces its issuer's township or county may be in (万田乡)
        "place": " ".join(v for v in (region.get("province"), region.get("city"), region.get("county"),
                                      *possible_provinces(report.agency, region)) if v),
    }
    if report.year is not None:
        common["year"] = report.year
    common["quality"] = " ".join(quality_flags(report))
    for key in RANGE_FIGURES:
        value = (report.figures or {}).get(key)
        if isinstance(value, int) and value >= 0:
            common[f"fig_{key}"] = value
            floor = table_floor(key, report.figures, report.checks or {})
            if floor is not None:
                common[f"floor_{key}"] = floor
    payload = report_to_dict(report)
    # Where no table gives a ranged figure and the prose states it, a range counts it as the statistics do (kept
    # apart from the tables' fig_ fields, which rank and are shown as the tables').
    if any(common.get(f"fig_{key}") is None for key in TEXT_RANGE_FIGURES):
        stated = report_from_text(payload)
        for key in TEXT_RANGE_FIGURES:
            value = stated.get(key)
            if f"fig_{key}" not in common and isinstance(value, int) and value >= 0:
                common[f"said_{key}"] = value
    payload["sources"] = sources or [report.source]
    docs = [dict(common, id=f"{report.id}", kind="report", payload=json.dumps(payload, ensure_ascii=False))]
    parts = [(s.number, s.title, s.blocks) for s in report.sections]
    # The text before part 一 is searched as a part of its own (导言) in every report, its sentences
    # only: it is where a report states facts about itself (本报告所列数据的统计期限自…起至…止,
    # 本报告电子版可在…下载, 如对本报告有疑问请联系…), which no part repeats. Indexed only when no part
    # was found, no question about the report itself could find them (docs/relevance.md, round 26).
    # No title: the report does not write 导言, and an indexed title would make 导言 find it.
    if not parts and report.preamble:  # no part found: the whole text is searched as the preamble it is
        parts = [(PREAMBLE_PART, "", report.preamble)]
    elif prose := preamble_prose(report.preamble):
        parts = [(PREAMBLE_PART, "", prose), *parts]
    lead_in = len(parts) > 1 and parts[0][0] == PREAMBLE_PART  # beside parts: searched by fewer questions
    for number, title, blocks in parts:
        body = readable_text(blocks)
        doc = dict(
            common,
            id=f"{report.id}:{number}",
            kind="section",
            section=number,
            section_title=title,
            body=body,
            # Not the agency: it is its own field, and in every section it would make the
            # shortest sections ('无。') rank first for an agency's name.
            grams="\n".join([t for t in (title, body) if t]),
        )
        if len(body) < TINY_SECTION:
            doc["_boost"] = 0.5
        if lead_in and number == PREAMBLE_PART:
            # Not a field (Whoosh's writers skip names starting with _): the segment writer counts
            # this document's words apart, for the vocabulary (search/lead_in_words.py).
            doc["_lead_in"] = True
        docs.append(doc)
    return docs
