"""Texts written under another rule than the 条例, which speak of disclosure reports without being one: a university's
report under the 高等学校信息公开办法, and a standard on compiling the reports. Split from indexer.document_kinds,
whose titles and forms the report-or-not decision asks first."""
from __future__ import annotations

import re

from indexer.document_kinds import about_reports
from indexer.normalize import squeeze
from indexer.script import to_key


# (round 47) A university's disclosure report under the 高等学校信息公开办法 (教育部令第29号) is another kind of document: it
# calls itself a 学校/高等学校 disclosure report ('高等学校信息公开年度报告', '某某大学学校信息公开工作年度报告'), or opens by
# citing that rule, its list of items (高等学校信息公开事项清单) or the ministry's notice on 高校信息公开年度报告 as its basis. It may cite the 政府信息公开条例 too; a school's report calling itself a 政府信息公开 report is one.
# (a school-year title alone, '某某大学2019-2020学年信息公开工作年度报告' over no cited rule, stays a report: the issuer tests of
# bbc3a87 read such titles for the university and its second year)
_SCHOOL_TITLE = re.compile(r"(?:高等学校|高校|学校)信息公开(?:工作)?年度报告")
_SCHOOL_RULE = re.compile(r"《?高等学校信息公开(?:办法|事项清单)|高校信息公开(?:工作)?年度报告")
_GOVERNMENT_REPORT = re.compile(r"政府信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)|政务公开(?:工作)?年度报告")
_SCHOOL_OPENING = 600
# A government body speaking in its own voice (我厅, 本机关) is no school, whatever rule it cites; a title is a line
# with no sentence in it (a page cut before its title opens on a sentence, which may name the schools' reports).
_GOVERNMENT_VOICE = re.compile(r"(?:我|本)(?:厅|局|委|办|部|署|机关|市|县|区|省|州|盟|旗|镇|乡|街道|中心)")
_SCHOOL_VOICE = re.compile(r"我校|本校|学校|大学|学院")


def school_disclosure(head: str, titles: list[str]) -> str | None:
    """The reason a university's disclosure report under its own rule is no government report, or None.

    ``head``: the text's opening (simplified key, squeezed); ``titles``: its title lines and hints."""
    keyed = [to_key(squeeze(t)) for t in titles if t]
    # (a notice's subject on such reports, '教育部办公厅关于做好20XX-20XX学年度高校信息公开工作年度报告…', is left to the notice rules)
    if (any(_GOVERNMENT_REPORT.search(t) or (len(t) <= 60 and not re.search(r"[。，,；;]", t) and about_reports(t))
            for t in keyed) or _GOVERNMENT_REPORT.search(head)):
        return None
    title = next((t for t in keyed if _SCHOOL_TITLE.search(t) and len(t) <= 60 and not re.search(r"[。，,；;]", t)), None)
    if title:
        return f"its title is “{title}”: a school's disclosure report (or a page on one) under the 高等学校信息公开办法, not a government report"
    opening = head[:_SCHOOL_OPENING]
    rule = _SCHOOL_RULE.search(opening)
    said = _SCHOOL_RULE.sub("", opening).replace("高等学校", "")  # (the rule's own name holds 学校)
    if rule and _SCHOOL_VOICE.search(said) and not _GOVERNMENT_VOICE.search(opening):
        return (f"it opens citing “{rule.group(0)}” as its basis: a school's disclosure report (or a page on one) under the "
                "高等学校信息公开办法, not a government report")
    return None


# (round 55) A standard on compiling the reports (a province's 地方标准 '政府信息公开工作年度报告编制发布规范'): its title is the
# reports', its clauses ('2.1 年度报告统计时间段为…') read like parts and a period. A standard's own marks together tell it:
# it calls itself 本标准, and writes its number ('DB11/T 1234—2019', 'GB/T 1.1—2009') and its classification ('ICS
# 01.120') or its front matter ('前言', '1 范围', '规范性引用文件'). A report citing a standard writes its number at most.
_STANDARD_MARKS = (re.compile(r"(?:DB\d{2}|GB)(?:/T)?\d{1,5}(?:\.\d{1,2})?[—\-－–]{1,2}(?:19|20)\d{2}"),
                   re.compile(r"ICS\d{2}\.\d{3}"),
                   re.compile(r"前言|(?<![\d.])1范围|规范性引用文件"))
_THIS_STANDARD = re.compile(r"本标准")


def compiling_standard(head: str) -> str | None:
    """The reason a standard's text (``head``: its opening, squeezed) is no report, or None."""
    marks = sum(1 for mark in _STANDARD_MARKS if mark.search(head))
    if _THIS_STANDARD.search(head) and marks >= 2:
        return "no report title, reporting year or statistics table: a standard (本标准, its number and front matter), not a report"
    return None
