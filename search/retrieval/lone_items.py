"""Items that say nothing searched alone: a number of a few digits, one letter or sign (too_short.py, QA 30 #9).

One rule for every stage that meets them: a query of nothing else lists nothing (too_short.py), a report page never
marks them (output/page_terms.py, review 32 #12), and one cut off a run of markup or Latin letters beside other words
ranks, it is not required (query.topic_words): the 1 of <script>alert(1)</script> 县 教育局 was an item of the search,
told as 与“1”“县”“教育局”相符 and marked in a table's 1 (QA 43 F7). Typed apart (1 低保) a number is the user's and is
searched, and so is one inside a run holding Chinese: there it is what is asked (国务院令第711号, 公安局19年的年报).
"""
from __future__ import annotations

SHORT_NUMBER = 4  # digits of a number that says nothing alone: a count (1, 46, 300) every report's tables hold


def too_short_alone(label: str) -> bool:
    """Whether an item says nothing searched alone: a number of up to SHORT_NUMBER digits (1, 46; a year is read as
    a year before this) or one letter or sign. A longer number names something (the 12345 hotline, a telephone
    number) and is searched; a Chinese character alone is a word, or is read as the words holding it (税)."""
    return (label.isdigit() and len(label) <= SHORT_NUMBER) or (len(label) == 1 and not "\u4e00" <= label <= "\u9fff")


def cut_off_markup(text: str, words: list[str]) -> set[str]:
    """The lone numbers and signs of ``words``, cut off ``text``, a run typed without Chinese (alert(1): 1), beside a
    word that says something; none in a run holding Chinese (第711号, 19年) or of a number alone."""
    if not text.isascii() or all(too_short_alone(w) for w in words):
        return set()
    return {w for w in words if too_short_alone(w)}
