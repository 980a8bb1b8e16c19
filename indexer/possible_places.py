"""The provinces a report may be of when its issuer's place name is borne in two of them.

The parser never guesses a region (docs/places.md: ambiguity gives None): `万田乡人民政府` written alone, when a 乡 of
that name lies in one county of 江西 and one of 浙江 and the text names neither, leaves province, city and county unread. A
citizen typing either province then never finds the report, though it is one of theirs. The index's ``place`` field
(the words a place typed in a query matches) therefore also holds both provinces' names for such a report, while its
province and city columns (facets, filters) stay unread: the report is found by either place and kept with that
place's reports (search/retrieval/places.region_mask).

Only two: a name three or more provinces bear (城关镇, 新华街道) is a common one and places nothing.
"""
from __future__ import annotations

import re

from indexer.gazetteer import load_gazetteer
from indexer.script import to_key
from indexer.townships import township_units

MAX_PROVINCES = 2
# The county-level words a name opens with (朝阳区民政局: 朝阳区, borne by 北京 and 长春).
_COUNTY_END = re.compile(r"(?:自治县|自治旗|县|区|市|旗)")


def possible_provinces(agency: str | None, region: dict | None) -> tuple[str, ...]:
    """The two provinces an issuer whose region was not read may be in, by its township's or county's name; () when
    the region names a province, or the name is of none, one, or more than two provinces."""
    if not agency or (region or {}).get("province"):
        return ()
    units = township_units(agency) or _county_units(agency)
    provinces = tuple(dict.fromkeys(u.province for u in units if u.province))
    return provinces if 1 < len(provinces) <= MAX_PROVINCES else ()


def _county_units(agency: str) -> tuple:
    """The current county-level units named by the name's opening county word (朝阳区…), () when it opens with none."""
    key, units = to_key(agency), load_gazetteer().by_name
    for match in _COUNTY_END.finditer(key[:10]):
        found = tuple(u for u in units.get(key[: match.end()], ()) if u.kind == "county" and u.current)
        if found:
            return found
    return ()
