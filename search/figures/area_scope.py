"""Whose count a sentence of a report's prose gives: the body's own, or a whole area's (search/figures/claims.py).

A count the sentence gives of a whole area or of every body in it (全省共受理政府信息公开申请5230件, 全市各级行政机关收到…,
各级、各部门…) is no count of the body's own when the prose gives that too (省政府办公厅受理…64件): the body's own is read,
the area's dropped (session 30). Alone, whose it is depends on who reports (review 36 #2):

- the area's government (人民政府, its office, a zone's 管理委员会, or a report named by its place alone, 周口市, or by
  no body at all: the kind 其他) answers for its whole area, and its table counts the area too (a county's prose
  全区受理…21件 beside its table's 21): the area's total is its own figure, counted as a table's is;
- a department (民政局) or a government of a smaller place quoting a wider area (a county's report on 全省) would add
  the area's bodies to its own: the total is kept apart (``area`` on the claim; docs/stats.md).
"""
from __future__ import annotations

import re

from search.agencies.kinds import GOVERNMENT_KINDS, OTHER, kind_of

SENTENCE_END = "。；;！!？?\n"
# 占全省 / 居全市 compare the body with its area. 各级、各部门 (周口市各级、各部门共收到…) names every body as 各级行政机关
# does (QA 42 F3).
_AREA_WIDE = re.compile(r"(?<![占居列于在比较为])(?:全(?:省|市|区|县|州|盟|旗|国|系统)|各级(?:[、和及与]?各?)(?:行政机关|政府|部门|单位)|"
                        r"(?:省|市|县|区)直?各(?:部门|单位)|各(?:地|市|县|区)(?:各部门|政府)?)")
# The body's own subject named after the area's in its sentence ('…全省…，本机关受理…') makes the count its own again.
_OWN_SUBJECT = re.compile(r"本机关|本单位|本部门|本级|我(?:局|委|办|厅|署|中心|单位|部门|院)|"
                          r"(?:省|市|县|区)(?:人民)?政府办公[厅室]|(?:省|市|县|区)(?:人民)?政府本级")
# A sentence whose subject is left unsaid, so the last one named is it: it opens with the verb of a count (收到行政复议
# 66件) or with a connective that keeps the subject (因…引起行政复议22件, 其中, 另, 此外, 同时, 由于 …), after a time
# word or not (全年因…). A sentence naming a subject of its own (本局因…) is its own (``_OWN_SUBJECT``).
_SUBJECTLESS = re.compile(r"\s*(?:(?:全年|当年|同年|年内|本年度?|今年)[，,、]?\s*)?"
                          r"(?:收到|受理|接到|接收|发生|引发|引起|提起|办结|共|合计|总计|累计|其中|另|此外|同时|并|以及|"
                          r"因|由于|对于?|针对|涉及|均)")
# The levels of body whose own area each area word may name (全市: a prefecture's, a county-level city's, or a
# municipality's); 全系统 is a department's system, never a government's area. A word of none (各级行政机关) is the
# reporting government's own area.
_AREA_LEVELS = {"省": {"province"}, "市": {"province", "city", "county"}, "区": {"province", "city", "county"},
                "州": {"city"}, "盟": {"city"}, "县": {"county"}, "旗": {"county"}, "国": {"central"}, "系统": set()}


def area_named(text: str, start: int, end: int) -> str | None:
    """The words naming a whole area or all its bodies (``_AREA_WIDE``) whose count the clause ``text[start:end]``
    states, or None: its sentence names the area before the clause's end, and no subject of the body's own follows.
    The area's subject goes on into the sentences after it that begin with no subject of their own (``_SUBJECTLESS``),
    as a subject left unsaid does in Chinese (周口市各级、各部门共收到…申请347件。收到行政复议66件，结果纠正10件。因政府
    信息公开引起的行政复议22件: the city's reviews too; QA 42 F3, review 36 #3), and no further: a crawled page holds a
    whole report on one line, and an area named sentences before is no subject of a sentence that names its own."""
    begin = _sentence_start(text, start)
    while begin and _SUBJECTLESS.match(text, begin):
        begin = _sentence_start(text, begin - 1)
    scope = text[begin:end]
    areas = list(_AREA_WIDE.finditer(scope))
    if not areas or any(m.start() > areas[-1].start() for m in _OWN_SUBJECT.finditer(scope)):
        return None
    return areas[-1].group()


def government_s_own_area(report: dict, area: str) -> bool:
    """Whether the area ``area`` names (``area_named``) is the reporting body's own as its government: the body is a
    government (or named by its place alone) and the area is of its level (or the level is unknown)."""
    kind = kind_of(report.get("agency_id") or f"unresolved:{report.get('agency') or ''}#")
    if kind not in GOVERNMENT_KINDS and kind != OTHER:
        return False
    level = report.get("level")
    if area.startswith("全"):
        levels = _AREA_LEVELS.get(area[1:], set())
        return level in levels if level in {"central", "province", "city", "county", "township"} else bool(levels)
    return True


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` begins."""
    return max((text.rfind(mark, 0, max(at, 0)) for mark in SENTENCE_END), default=-1) + 1
