"""A text that repeats itself: the same long passage many times in one file (a report pasted 200 times into one text,
a PDF whose text layer holds every page twice).

Such a file holds every other file of its report, so the copies (``search/copies.py``) once kept it as the report
listed, its parts 4,578 blocks long (QA 40 #4). Measured as the share of a text's 8-character windows that repeat an
earlier window: at most 0.33 among the 334 reports of the session-35 test index (template phrases, a table's labels
written twice), 0.5 for a text doubled, 0.995 for one written 200 times.
"""
from __future__ import annotations

import numpy as np

from search.figures.similarity import normal_form, shingle_array

REPEATED = 0.45  # of the windows repeating an earlier one: a text doubled or worse
MIN_WINDOWS = 1000  # shorter texts (an opening, a short notice) are not judged


def repeated_share(text: str) -> float:
    """The share of the text's 8-character windows (numbers made one) that repeat an earlier window."""
    windows = shingle_array(normal_form(text))
    if len(windows) < MIN_WINDOWS:
        return 0.0
    return 1.0 - len(np.unique(windows)) / len(windows)


def repetition_warning(share: float) -> str:
    """The parse warning of a text that repeats itself (shown on its page, named in the build's summary)."""
    return (f"本文件的文字大段重复（约 {share:.0%} 的内容是前文的重复，例如同一份报告被拼接了多次），"
            "可能是导出或拼接出错；已按原样收录，与之相同的其他文件优先作为这份报告列出。")


REPETITION_OPENING = "本文件的文字大段重复"


def warned_repeating(warnings) -> bool:
    """Whether the parser found the text repeating itself: the build's summary and the copies read its warning rather
    than measure the text again."""
    return any(w.startswith(REPETITION_OPENING) for w in warnings or ())
