"""The region tree of /agencies: which place of the tree holds a body (a province its cities' and counties' bodies,
and the unresolved bodies its reports place in it), and the tree's names of places."""
from __future__ import annotations

from search.agencies.directory import CENTRAL, CENTRAL_LABEL, UNRESOLVED, UNRESOLVED_LABEL, Agency
from search.echo import echo
from search.retrieval.region_names import division_name, is_division_code


def place_level(code: str) -> str:
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def checked_place(known, place: str) -> tuple[str, list[str]]:
    """``place`` and what the page says of it: a code naming no division and holding no body (place=999999) is
    ignored and said so, and the whole tree is listed, as the search ignores province=火星 (QA 37 #9: the page was
    titled 机构 · 999999 over 所选地区没有符合条件的机构)."""
    if (not place or place in (CENTRAL, UNRESOLVED) or is_division_code(place)
            or any(within(a, place) for a in known.agencies.values())):
        return place, []
    return "", [f"忽略了未知的地区：{echo(place)}（须为行政区划代码，如 320000），列出的是全部地区。"]


def within(agency: Agency, place: str) -> bool:
    """Whether a body is in the chosen place (a province holds its cities' and counties' bodies, and
    the unresolved bodies its reports place in it: ``Agency.tree_code``)."""
    code = agency.tree_code
    if not place:
        return True
    if place in (CENTRAL, UNRESOLVED):
        return code == place
    if code in (CENTRAL, UNRESOLVED):
        return False
    level = place_level(place)
    if level == "province":
        return code[:2] == place[:2]
    if level == "city":
        return code[:4] == place[:4]
    return code == place


def child(agency: Agency, place: str) -> tuple[str, str] | None:
    """The (code, name) of the tree node one level below ``place`` that holds the body, or None
    when the body is the place's own (a province's 民政厅 under the province; an unresolved body its
    reports place in the province, or the city, and no further)."""
    province, city, county = agency.tree_names
    code = agency.tree_code
    if not place:
        if code in (CENTRAL, UNRESOLVED):
            return code, CENTRAL_LABEL if agency.central else UNRESOLVED_LABEL
        return code[:2] + "0000", province
    if place in (CENTRAL, UNRESOLVED) or code == place:
        return None
    if place_level(place) == "province":
        # A 直辖市's district (and a 省直辖 county) has no city: it sits right under the province.
        return (code[:4] + "00", city) if city else (code, county)
    if place_level(place) == "city":
        return code, county
    return None


def place_label(known, place: str) -> str:
    """A tree node's name, from any body in it."""
    if place in (CENTRAL, UNRESOLVED):
        return CENTRAL_LABEL if place == CENTRAL else UNRESOLVED_LABEL
    level = place_level(place)
    for agency in known.agencies.values():
        if within(agency, place) and agency.tree_code not in (CENTRAL, UNRESOLVED):
            province, city, county = agency.tree_names
            name = {"province": province, "city": city, "county": county}[level]
            if name and (level != "city" or agency.tree_code[:4] == place[:4]):
                return name
    return division_name(place) or place  # a division none of whose bodies has a report here: its name, not its code
