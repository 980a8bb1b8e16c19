"""Where the reports of a body the build could not identify lie, for /agencies' region tree.

An unresolved body (``unresolved:县水务局#…``: its issuer names no place, or one of two 铁东区) is a body
of its own and stays one. Its reports still carry the region the parser read (the page's address, the
text's places: the search's 地区 facets). When they agree, /agencies lists the body under that province,
and that city when they name one, with what stays unknown (所在区县未能确定), so that browsing a province
shows every body its search finds; 所在地未能识别 keeps the bodies nothing places (docs/agencies.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from search.retrieval.places import full_name_units


@dataclass(frozen=True)
class ReportedPlace:
    """Where every report of a body the build could not place says it lies (the search's 地区 facets):
    a province, and a city when they name one. /agencies lists the body there, its id still unresolved
    (a region is no proof of the issuer: 县水务局 of 白山市 may be any county's)."""

    code: str  # the city's division code (or a 省直辖 county's), else the province's
    names: tuple[str, str, str]  # province, city, county ('' where none), as Agency.place_names

    @property
    def label(self) -> str:
        return " ".join(p for p in self.names if p)

    @property
    def note(self) -> str:
        """What stays unknown: the county (the reports name a city, or the province is a 直辖市, whose
        districts have no city above them) or the city and county."""
        named_city = self.code[2:] != "0000" or self.names[0].endswith("市")
        return "所在区县未能确定" if named_city else "所在市县未能确定"


def reported_place(regions: set[tuple[str, str]]) -> ReportedPlace | None:
    """The place a body's reports agree on, from their (province, city) facet values: one province
    among those that name one, and its city when they name exactly one that lies in it; None otherwise."""
    provinces = {p for p, _ in regions if p and p != "unknown"}
    units = [u for p in provinces for u in full_name_units(p) if u.kind == "province"]
    if len(provinces) != 1 or len(units) != 1:
        return None
    province = units[0]
    cities = {c for p, c in regions if p == province.name and c and c != province.name}
    # A 省直辖 county-level city (仙桃市) stands where a city would: right under its province.
    inside = [u for c in cities for u in full_name_units(c)
              if u.code[:2] == province.code[:2] and (u.kind == "city" or (u.kind == "county" and not u.city))]
    unit = inside[0] if len(cities) == 1 and len(inside) == 1 else province
    return ReportedPlace(unit.code, tuple(n or "" for n in unit.parts))
