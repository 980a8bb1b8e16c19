"""A run closed by the kind of document every report is (派出所的年报, 民政局年报): the kind is the request's frame, not
its topic (QA 41 #1). Read as typed, the page's count quoted “派出所的年报”, which no report holds, and the lexical
backstop, which scored 年报 or 报告 in every report, listed 33 reports for 派出所的报告 and 8 for 派出所的年报."""
from __future__ import annotations

from search.analysis import cut
from search.retrieval.query import DOC_WORDS


def without_kind(text: str) -> str:
    """``text`` without the report's kind closing it, and a 的 before it (派出所的年报: 派出所); a question about the
    report (年报里的数据…) and the kind alone keep it."""
    words = cut(text)
    end = len(words) - 1 if words and words[-1] in DOC_WORDS else len(words)
    end -= 1 if end < len(words) and end and words[end - 1] == "的" else 0
    return "".join(words[:end]) if 0 < end < len(words) else text


def item_label(clause) -> str:
    """The words an item of one clause is named by in the page's notes: its run without the kind closing it, or its
    alternatives joined by OR (a phrase as typed)."""
    alts = clause.alternatives
    return " OR ".join(alts) if clause.phrase or len(alts) > 1 else without_kind(alts[0])
