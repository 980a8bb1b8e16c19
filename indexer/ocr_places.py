"""A place name in the issuer of a scanned report, misread by one character, read as the division
it stands for: 潜泽区人民政府 under 淮安市 is 洪泽区人民政府.

OCR misreads one character of a name in a heading often enough (洪泽区 as 潜泽区 or 洪译区) to
give a scanned report an agency no division list knows, and so a facet of its own. A place word
of the issuer (a name ending in 省, 市, 区, 县, 旗, 州 or 盟, opening the issuer or right after a
place the list knows) that is no division's name is compared with the divisions of the same kind
of name (same length, same last character) inside the region the report was placed in (its
city, else its province); when exactly one of them differs by one character, the issuer and the
title are corrected and a warning says so. Two divisions as close leave the name as read, and
so does a report placed nowhere. Only reports read by OCR are corrected: a typed name is the
issuer's own spelling.
"""
from __future__ import annotations

import re

from indexer.gazetteer import Unit, load_gazetteer
from indexer.model import Report
from indexer.places import ZONE, Place

_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]+?(?:省|市|区|县|旗|州|盟)")


def _scope(place: Place) -> Unit | None:
    """The finest division above a county the report was placed in: its city, else its province."""
    units = load_gazetteer().by_name
    province = next((u for u in units.get(place.province or "", ()) if u.kind == "province"), None)
    if province is None:
        return None
    city = next((u for u in units.get(place.city or "", ()) if u.kind == "city" and u.within(province)), None)
    return city or province


def _one_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _misread(word: str, scope: Unit) -> Unit | None:
    """The one current division inside ``scope`` that ``word`` is a one-character misreading of."""
    near = {u.name: u for u in load_gazetteer().by_code.values()
            if u.current and u.code != scope.code and u.within(scope) and _one_off(u.name, word)
            and u.name[-1] == word[-1]}
    return next(iter(near.values())) if len(near) == 1 else None


def correct_issuer(report: Report, place: Place) -> str | None:
    """Correct a misread place name in the issuer (and title) of a report read by OCR, in place;
    the warning that says so, or None when nothing was corrected."""
    if report.ocr is None or not report.agency:
        return None
    scope = _scope(place)
    if scope is None:
        return None
    names = load_gazetteer().by_name
    pos = 0
    for match in _PLACE_WORD.finditer(report.agency):
        word = match.group()
        if match.start() != pos or len(word) < 2:
            return None  # the issuer's place words are done: what follows is its office
        if word in names:
            pos = match.end()
            continue
        if ZONE.search(word):
            return None
        unit = _misread(word, scope)
        if unit is None:
            return None
        read = report.agency
        report.agency = read[:match.start()] + unit.name + read[match.end():]
        if report.title:
            report.title = report.title.replace(read, report.agency)
        return (f"扫描件中发布机关名称里的“{word}”不是{scope.name}的区划名称，与“{unit.name}”只差一个字，"
                f"发布机关已按“{report.agency}”认定。")
    return None
