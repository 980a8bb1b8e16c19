"""What the page says when a problem question lists reports lacking some of its words (QA 32 #2).

A problem question (投诉处理不及时) ranks the reports by the part 五 that admits the shortcoming
(problems.admissions), and such a part may admit it without the subject's words: that is the design
(docs/relevance.md, problem questions), since the reports admit problems in their own words. But a word
typed and then missing from the first reports must not look dropped: the page names it.
"""
from __future__ import annotations

import numpy as np

from search.analysis import cut
from search.retrieval.per_report import reports_present
from search.retrieval.query import STOP_WORDS, ParsedQuery

NOTE = ("按“存在的主要问题”理解“{shortcoming}”：排在前面的报告在该部分承认了这类不足，"
        "其中有的没有写“{words}”。")
UNQUOTED_NOTE = "按“存在的主要问题”理解：排在前面的报告在该部分承认了这类不足，其中有的没有写“{words}”。"


def note_admissions_without_words(parsed: ParsedQuery, leading: np.ndarray, listed_parts: np.ndarray,
                                  codes: np.ndarray, count: int) -> None:
    """Add NOTE to ``parsed.notes`` when a leading report (per report code) is not among those the words list."""
    if not (leading & ~reports_present(codes, listed_parts, count)).any():
        return
    # Only what was typed is quoted: the readings (老是不 of 老是不回复, a run joined across a comma) are the engine's.
    typed = parsed.text or ""
    words = "、".join(dict.fromkeys(w for c in parsed.must for a in c.alternatives for w in _typed_pieces(a, typed)))
    shortcoming = next((w for w in parsed.rank_words[:1] if w in typed and len(w) > 1), "")
    note = (NOTE if shortcoming else UNQUOTED_NOTE).format(shortcoming=shortcoming, words=words)
    if words and note not in parsed.notes:
        parsed.notes.append(note)


def _typed_pieces(word: str, typed: str) -> list[str]:
    """``word`` as the note may quote it: whole when typed so, else its words that were typed, question words left out.
    A reading may glue what is left of an item (申请人不满意有多少 leaves 申请人多少), which no one typed: the note
    quoted nothing and so was not shown (QA 36)."""
    if word in typed:
        return [word]
    return [w for w in cut(word) if len(w) > 1 and w in typed and w not in STOP_WORDS]
