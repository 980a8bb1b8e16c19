"""Where a body is, for a list that shows it by the name its report writes.

Many reports name their issuer without its place (民政局, 教育局, 街道办事处): a list of results would
show ten 民政局 nobody can tell apart. The place the index holds for the body (its agency id's place,
else the report's province and city) is shown beside such a name; a name that already says where
it is (长沙市民政局, 铜山区民政局) gets none, nor does a central body. A report that names no issuer
at all is shown by its region (未知机构（福建省莆田市）).
"""
from __future__ import annotations

import re

from search.analysis import fold

_LEVEL_END = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|区|县|旗|州|盟)$")


def place_label(agency: str, agency_place: str = "", province: str | None = None, city: str | None = None,
                level: str | None = None) -> str:
    """'湖南省长沙市' for 民政局 of Changsha; '' when the name says where it is or nothing is known."""
    parts = _place_parts(agency_place, province, city, level)
    if not parts:
        return ""
    # A report that names no issuer is still placed by its region (未知机构（福建省莆田市）).
    # (on the simplified key: a traditional name, 江蘇省 or 宿遷市民政局, says where it is as well; session 24)
    if agency and any(_stem(p) in fold(agency) for p in parts):
        return ""
    return "".join(dict.fromkeys(parts))


def place_of(agency_place: str = "", province: str | None = None, city: str | None = None,
             level: str | None = None) -> str:
    """The body's place whatever its name says, from the fields ``place_label`` reads ('湖南省长沙市'; '' when
    unknown or central): an export's column, filled on every row a place is known for."""
    return "".join(dict.fromkeys(_place_parts(agency_place, province, city, level)))


def _place_parts(agency_place: str, province: str | None, city: str | None, level: str | None) -> list[str]:
    if level == "central":  # a ministry's contact address in Beijing is no place of the body
        return []
    # "unknown" is the index's province of a report whose region could not be read (facets show 地区未知).
    return [p for p in agency_place.split("/") if p] if agency_place else \
        [p for p in (province, city) if p and p != "unknown"]


def _stem(place: str) -> str:
    """What a name keeps of its place: the first two characters (长沙市 -> 长沙; 积石山保安族东乡族撒拉族
    自治县, written 积石山县 -> 积石), or the whole when the level word leaves one (沙县)."""
    short = _LEVEL_END.sub("", place)
    return short[:2] if len(short) >= 2 else place
