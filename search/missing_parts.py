"""Which of the template's six parts a report lacks, one rule for the search's 缺少第N部分 filters (the index's
quality flags), the figures pages (/quality, /stats, their exports) and the parser's 没有找到第N部分 warnings, so that
their counts agree.

A copy cut short (a page's opening, a mirror that stops) lacks the parts after its last one read from a heading:
the report itself may well have them, so they are not counted as missing; parts before it are.
"""
from __future__ import annotations

from collections.abc import Iterable


def missing_parts(sections: Iterable[tuple[int, bool]], cut_off: bool) -> list[int]:
    """The parts (1–6) missing from a report whose parts are ``sections`` ((number, inferred without a heading)
    pairs) and which is or is not ``cut_off``."""
    sections = list(sections)
    found = {number for number, _ in sections}
    last = max((number for number, inferred in sections if not inferred), default=0) if cut_off else 7
    return [n for n in range(1, 7) if n not in found and n < last]
