"""A document cited by its title (《优化营商环境条例》): also matched by the title's subject (营商环境).

A title is built of a verb of aim, its subject and its kind (关于 + 进一步加强 + subject + 的 + 条例 / 办法 / 通知 / 法).
A report that discloses under a regulation writes its subject (营商环境, 食品安全) far more often than the title, and
the verb and the kind (优化, 条例: the disclosure regulations themselves) are in most reports and select nothing, so
required as typed they kept the reports on the subject below those holding 优化 and 条例 (session 23).
"""
from __future__ import annotations

import re

from search.retrieval.query import DOC_WORDS, Clause, ParsedQuery

_TITLE = re.compile(r"^《([^《》]+)》$")
_TITLE_AIMS = re.compile(r"^(?:关于)?(?:进一步)?(?:全面)?(?:优化|加强|推进|促进|规范|改进|深化|完善|做好|开展|实施|建立|健全)?")
_DISCLOSURE = re.compile(r"^(?:政府|政务)?(?:信息)?公开(?:工作)?$")  # 公开, 信息公开, 政务公开, 政府信息公开工作 …
_TITLE_KINDS = re.compile(r"(?:的)?(?:实施细则|实施办法|暂行办法|暂行规定|管理办法|管理条例|条例|办法|规定|细则|意见|通知|决定|规划|方案|法)$")


def _with_title_subject(clause: Clause) -> Clause:
    """A clause that is a document's title in 《》 also matched by the title's subject (《优化营商环境条例》: 营商环境),
    when the subject is a word of its own (two characters or more) and differs from the title."""
    if clause.phrase or len(clause.alternatives) != 1:
        return clause
    match = _TITLE.match(clause.alternatives[0])
    if match is None:
        return clause
    subject = _TITLE_KINDS.sub("", _TITLE_AIMS.sub("", match.group(1)))
    # (the disclosure regulations, 《政府信息公开条例》, 《政务公开条例》, are every report's: their subject selects nothing)
    if (len(subject) < 2 or subject == match.group(1) or "中华人民共和国" in subject or subject in DOC_WORDS
            or _DISCLOSURE.match(subject)):
        return clause
    return Clause([clause.alternatives[0], subject], False, clause.shown)


def take_titles(parsed: ParsedQuery) -> None:
    """Each item that is a title in 《》 also matched by its subject (in place)."""
    parsed.must = [_with_title_subject(c) for c in parsed.must]

