"""Part headings OCR misread by a character or two, read as the template's own:
'六、其他需要报告的事顼' is '六、其他需要报告的事项'.

A heading line that the section splitter does not take for a part (``sections.classify_heading``)
but whose title is within one edit (two for a title over nine characters) of exactly one of the
template's six titles is written as that title, its numeral kept; a numeral OCR garbled ('大、')
becomes the title's own; a speck read as a character before the numeral is dropped; a line without a numeral counts only with characters misread, not
missing. Only lines recognised from a scan come here: a typed heading is the
report's own wording, read by the splitter as it is.
"""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from indexer.sections import classify_heading, heading_number
from search.vocabulary import PART_NUMERALS, SECTION_NAMES

_SEPARATORS = "、.,，．"
_MAX_LENGTH = 30  # characters: the longest template heading is 19


def _allowed(title: str) -> int:
    return 1 if len(title) <= 9 else 2


def template_heading(line: str) -> str | None:
    """The template heading a misread heading line stands for, or None."""
    key = re.sub(r"\s", "", line)
    if not 4 <= len(key) <= _MAX_LENGTH:
        return None
    # (a numeral glued to a template title, '六其他需要报告的事项', is a heading to the splitter since round 38; its 、 is
    # still written back here, as before)
    if classify_heading(line) is not None and not (key[0] in PART_NUMERALS and heading_number(line) is None):
        return None
    if key[0] not in PART_NUMERALS and key[1] in PART_NUMERALS and key[2] in _SEPARATORS:
        key = key[1:]  # a speck read as a character before the numeral: '人六、其他…'
    if key[0] in PART_NUMERALS:
        numeral, rest = key[0], key[1:].lstrip(_SEPARATORS)
    elif key[1] in _SEPARATORS:
        numeral, rest = None, key[2:]  # a numeral read as another character
    else:
        numeral, rest = "", key  # no numeral at all
    # Unnumbered, only a title with characters misread counts: a title cut short is a phrase of text.
    close = [part for part, title in SECTION_NAMES.items() if Levenshtein.distance(rest, title) <= _allowed(title)
             and (numeral != "" or len(rest) == len(title))]
    if len(close) != 1:
        return None
    part = close[0]
    if numeral is None:
        numeral = PART_NUMERALS[part - 1]
    return f"{numeral}、{SECTION_NAMES[part]}" if numeral else SECTION_NAMES[part]
