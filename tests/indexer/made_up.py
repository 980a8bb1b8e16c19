"""Parsing a made-up text as a file, for the parser rounds' tests: the report, or the reason it is refused."""
from __future__ import annotations

from indexer.model import Document, Report, UnreadableFile
from indexer.parser import parse_document

# An old (pre-2019) report's title, overview and part 二, before whatever part a test writes next.
OLD_OPENING = [
    "东山县统计局2018年政府信息公开工作年度报告",
    "一、概述",
    "2018年，我局认真贯彻《条例》，全年主动公开政府信息58条。",
    "二、主动公开政府信息情况",
    "全年通过县政府网站主动公开政府信息58条。",
]


def parsed(lines, address=None) -> Report:
    """The report a made-up text's lines give, read as a plain-text file (``address``: the page's web address)."""
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


def refusal(lines) -> str | None:
    """Why the parser refuses the lines as a report, or None when it keeps them."""
    try:
        parsed(lines)
    except UnreadableFile as e:
        return str(e)
    return None
