"""Split a report's blocks into the template's six parts.

Headings come in many forms: '一、总体情况', a bare '总体情况', '## 一、总体情况',
'五、政府信息公开工作存在的主要问题及改进情况', '一、 概述' (pre-2019), or run into the text on
crawled pages ('二、主动公开政府信息情况（一）主动公开…'). Table row labels such as
'一、本年新收政府信息公开申请数量' look like headings and are not. Some reports number their
own chapters (一…六) and restart the numbering for the template's tables; so every candidate is
scored and the parts are chosen as the best-scoring increasing sequence, not by numeral alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.model import Block, Section, Subheading, Table
from indexer.normalize import clean_line, squeeze

NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(rf"^([{NUMERALS}]{{1,3}})\s*[、.．,，]\s*(.*)$")

# The template's headings as reports write them (squeezed, no spaces). A title that matches
# one of these whole is strong evidence of its part.
_TITLES = {
    1: r"(?:总体情况|概述|概况|总体概况|基本情况)",
    2: r"(?:主动公开政府信息(?:的)?(?:工作)?情况|主动公开(?:工作)?情况)",
    3: r"(?:收到和处理政府信息公开申请(?:的)?情况|(?:政府信息)?依申请公开(?:政府信息)?(?:工作)?(?:的)?情况|政府信息依申请公开(?:工作)?情况)",
    4: r"(?:(?:政府信息公开|因政府信息公开(?:申请|工作)?)?(?:被申请)?行政复议[、和及]?(?:提起)?行政诉讼(?:的)?情况|政府信息公开行政复议、行政诉讼情况)",
    5: r"(?:(?:政府信息公开)?(?:工作)?存在的?(?:主要)?问题(?:及|和|与)?(?:改进|整改)(?:情况|措施|计划)?)",
    6: r"(?:其他需要报告的事项|其他需要报告事项|其他事项)",
}
_TITLE_RE = {part: re.compile(rf"^{pattern}[。.:：]?$") for part, pattern in _TITLES.items()}
# Without a numeral only the template's own wording counts: '主动公开情况' alone is a sub-heading.
_OFFICIAL = {
    1: re.compile(r"^(?:总体情况|概述)$"),
    2: re.compile(r"^主动公开政府信息情况$"),
    3: re.compile(r"^收到和处理政府信息公开申请情况$"),
    4: re.compile(r"^(?:政府信息公开)?行政复议[、和]行政诉讼情况$"),
    5: re.compile(r"^(?:政府信息公开)?(?:工作)?存在的主要问题及改进情况$"),
    6: re.compile(r"^其他需要报告的事项$"),
}

# Looser evidence: the heading mentions the part's subject.
_KEYWORDS = [
    (6, re.compile(r"其他(?:需要)?(?:报告)?的?事项")),
    (5, re.compile(r"问题.*(?:改进|整改|措施|不足)|存在的?(?:主要)?问题|改进(?:情况|措施)")),
    (4, re.compile(r"复议|诉讼")),
    (3, re.compile(r"申请")),
    (2, re.compile(r"主动公开")),
    (1, re.compile(r"总体|概述|概况")),
]

# Rows of the part-3 table that are numbered like parts ('一、本年新收政府信息公开申请数量').
_TABLE_ROW = re.compile(r"^(?:本年新收|上年结转|本年度?办理结果|结转下年度|本年度办|本法提供)")

_SUBHEADING = re.compile(rf"^[(（]([{NUMERALS}]{{1,3}})[)）]\s*(.+)$")
_MAX_HEADING = 40


@dataclass
class Candidate:
    """A line that may head a part."""

    index: int
    part: int
    score: float
    title: str


def classify_heading(line: str) -> tuple[int, float] | None:
    """Return (part, score) when a line reads like a part heading, else None.

    Scores: 4 for the template's own title, 3 for a usual variant of it, 2 for a heading on the
    part's subject; +1 when the numeral agrees with the part. Unnumbered lines count only with
    the template's own title.
    """
    key = squeeze(clean_line(line))
    if not key or len(key) > _MAX_HEADING + 4 or "\t" in line:
        return None
    numeral = None
    rest = key
    match = _NUMBERED.match(key)
    if match:
        numeral, rest = NUMERALS.index(match.group(1)[-1]) + 1 if len(match.group(1)) == 1 else None, match.group(2)
        if _TABLE_ROW.match(rest):
            return None
    elif len(key) > 20:
        return None
    rest = rest.rstrip("。.:：")
    if not rest or len(rest) > _MAX_HEADING or "。" in rest:
        return None
    for part, pattern in _OFFICIAL.items():
        if pattern.match(rest):
            return part, 4.0 + (numeral == part)
    if numeral is None:
        return None  # an unnumbered line must be a template title, else it is prose
    for part, pattern in _TITLE_RE.items():
        if pattern.match(rest):
            return part, 3.0 + (numeral == part)
    for part, pattern in _KEYWORDS:
        if pattern.search(rest):
            return part, 2.0 + (numeral == part)
    return None


def looks_like_heading(line: str) -> bool:
    """True for a line that could head a part or a numbered sub-part (used to stop reflow)."""
    key = squeeze(clean_line(line))
    return classify_heading(line) is not None or bool(
        _SUBHEADING.match(key) and len(key) <= _MAX_HEADING
    )


# Part headings inside a long line: a known title anywhere (even glued to table digits), or a
# short numbered phrase ending like a heading after a sentence end or a space, then a space or
# a sub-heading bracket: '…重要举措。三、依申请公开、不予公开及咨询政府信息情况 （一）申请情况…'.
_INLINE = re.compile(
    rf"([{NUMERALS}]、\s*(?:{'|'.join(_TITLES.values())})"
    rf"|(?<=[。；\s])[{NUMERALS}]、[^。，；：:（(\s]{{2,30}}?(?:情况|措施|事项|概述|概况)(?=\s|[（(]))"
)


def split_inline_headings(blocks: list[Block]) -> list[Block]:
    """Break long lines where a part heading runs into the text (crawled one-line pages)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) or len(block) < 200:
            out.append(block)
            continue
        # split() with one group alternates text, heading, text, ...
        out += [piece.strip() for piece in _INLINE.split(block) if piece and piece.strip()]
    return out


def _best_sequence(candidates: list[Candidate]) -> list[Candidate]:
    """The highest-scoring subsequence whose parts strictly increase (weighted LIS)."""
    best: list[float] = []
    back: list[int] = []
    for i, cand in enumerate(candidates):
        best.append(cand.score)
        back.append(-1)
        for j in range(i):
            if candidates[j].part < cand.part and best[j] + cand.score > best[i]:
                best[i] = best[j] + cand.score
                back[i] = j
    if not candidates:
        return []
    i = max(range(len(candidates)), key=lambda k: (best[k], -k))
    chosen = []
    while i != -1:
        chosen.append(candidates[i])
        i = back[i]
    return chosen[::-1]


def find_subheadings(section: Section) -> None:
    """Record the numbered sub-headings （一）… of a part, with anchors for the report page."""
    for index, block in enumerate(section.blocks):
        if isinstance(block, Table) or "\t" in block:
            continue  # a table row, not a heading
        match = _SUBHEADING.match(squeeze(block))
        if not match:
            continue
        label = f"（{match.group(1)}）"
        title = re.split(r"[。；]", clean_line(block), maxsplit=1)[0]
        if len(title) > _MAX_HEADING + 4:
            continue
        section.subheadings.append(
            Subheading(label=label, title=title, anchor=f"section-{section.number}-{len(section.subheadings) + 1}", block=index)
        )


def split_sections(blocks: list[Block]) -> tuple[list[Block], list[Section]]:
    """Split blocks into (preamble, parts in order)."""
    candidates = []
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            continue
        found = classify_heading(block)
        if found:
            candidates.append(Candidate(i, found[0], found[1], clean_line(block)))
    chosen = _best_sequence(candidates)
    if not chosen:
        return blocks, []
    preamble = blocks[: chosen[0].index]
    sections = []
    for k, cand in enumerate(chosen):
        end = chosen[k + 1].index if k + 1 < len(chosen) else len(blocks)
        section = Section(number=cand.part, title=cand.title, blocks=list(blocks[cand.index + 1 : end]))
        find_subheadings(section)
        sections.append(section)
    return preamble, sections
