"""Admissions and aims: the part of 存在的主要问题及改进情况 that states a problem, and the part that plans.

The template's part 五 holds two things: the problems a body admits (一是公开内容不够全面……) and what
it will do next (下一步，将进一步提高社会关注度……; 2024年，我局将……; （二）改进措施). A problem question
(群众关注度不高) asks for the first. Scored as one document, a part 五 whose plans name the subject
(以社会关注度高的信息为突破口) ranks as high as one that admits the problem, and the plans of a report
name every good thing its problems lack. Where the part turns to its plans is written the same way
in every report: a heading (改进措施, 改进情况, 工作打算), 下一步 / 今后, 针对上述问题, 从以下三个方面,
the body's own 将 (我局将, 我们考虑), or the next year followed by 将 (2021年，我局将).
``admitted_share`` is the share of a part's score for the query that its text before that turn
holds; a part without one is all admission. Problem questions (problems.py) read it for the
parts that would lead their list.
"""
from __future__ import annotations

import re

# Where a problems part turns to its plans. The year must be followed by 将 within the clause: a
# part often opens with the report's own year (2020年度政府信息公开工作取得了……), which is no plan.
TURN = re.compile(
    r"改进措施|改进情况|改进方向|工作打算|工作计划|下一步|下步工作|今后"
    r"|针对(?:上述|以上|存在的|这些|存在)"
    r"|(?:19|20)\d\d\s*年[^。；;！!？?]{0,12}?将"
    r"|(?:我|本)(?:局|委|办|厅|部|署|镇|乡|街道|区|县|市|州|旗|单位|中心|们)(?:将|考虑|计划|拟)"
    r"|(?:从|就)(?:以下|下列|这些|这)[^。；;]{0,6}方面"
)
MIN_ADMISSION = 8  # characters before a turn: a part opening on a heading (改进情况) is not all plans


def turn_at(text: str) -> int | None:
    """Where ``text`` turns from the problems to the plans (the first turn after MIN_ADMISSION
    characters), or None when it never does."""
    for match in TURN.finditer(text):
        if match.start() >= MIN_ADMISSION:
            return match.start()
    return None


def admitted_share(text: str, weights: dict[str, float], k1: float = 1.2) -> float:
    """How much of the text's score for the query's strings (``weights``: string -> idf) its
    admissions alone hold: BM25's saturating term frequency over the text before the turn, over
    that of the whole text (so a part that admits the problem and also plans for it keeps most of
    its score, one that only plans for it loses it); 1.0 when there is no turn, or no occurrence."""
    turn = turn_at(text)
    if turn is None:
        return 1.0

    def saturated(part: str) -> float:
        return sum(w * tf * (k1 + 1) / (tf + k1) for s, w in weights.items() if (tf := part.count(s)))

    whole = saturated(text)
    return saturated(text[:turn]) / whole if whole > 0 else 1.0
