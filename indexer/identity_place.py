"""Where an agency's body is: its name's place part and the report's region read as one division code.

``body_place`` decides the code of a body whose name ``indexer.identity`` has taken apart (see the
rules in docs/agencies.md: the level the name says, else the report's; a township needs its county;
a place the gazetteer lost is found in the renames table), ``follow_place`` follows county-to-district
conversions to today's code, and ``place_names`` gives a code's province, city and county names for
the index (the agency pages' region tree).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from indexer.places import find_chains, load_gazetteer, locate
from search import agency_names as names

if TYPE_CHECKING:
    from indexer.identity import _Name

AUTONOMOUS = ("自治县", "自治州", "自治旗")


def _hint(region: dict) -> list[str]:
    joined = "".join(region.get(k) or "" for k in ("province", "city", "county"))
    return [joined] if joined else []


def body_place(parts: "_Name", year: int | None, region: dict, level: str | None):
    """((code, notes), None) for the body's division, or (None, reason) when it cannot be told."""
    notes: list[str] = []
    renamed = _old_place_name(parts.place_text, region)
    if renamed:
        return (follow_place(renamed, notes), notes), None
    name_for_place = parts.text.removeprefix(parts.vertical) if parts.vertical else parts.text
    found = locate(name_for_place, _hint(region))
    province, city, county = found.province, found.city, found.county
    body_level = parts.bare_level if parts.place_kind == "bare" else found.level
    if parts.place_kind == "bare" and found.level in ("province", "city"):
        body_level = found.level  # 市民政局 in a 直辖市 is a province-level body
    if parts.place_text == "市" and (region.get("county") or "").endswith("市"):
        # 福清市's own bureaus write 市民政局 too: a county-level city in the region is the place
        body_level, county = "county", region["county"]
    if parts.place_kind == "none":
        body_level = "township" if parts.unit and parts.unit.kind != "zone" else (level or found.level)
    if parts.place_kind == "unknown":
        county = county or _autonomous(parts.place_text, province)
        notes.append(f"名称中的地名“{parts.place_text}”不在行政区划表中，所在地取自报告的地区信息。")
    if parts.unit and parts.unit.kind != "zone":
        body_level = "township"
    if body_level is None and parts.place_kind == "chain" and _names_one_unit(name_for_place):
        # A body whose rank no rule gives (a 直属海关 named after its city, docs/parsing.md round 62's open
        # question) still sits in the one unit its name's own place words name: its place, not its rank. Only
        # when they name one: 吉林 opens 吉林省 and 吉林市, and a city's body must never take the province's id.
        own = locate(name_for_place)  # without the region: the name alone must say where
        body_level = "county" if own.county else "city" if own.city else "province" if own.province else None
    wanted = _wanted(body_level, parts)
    if wanted is None:
        return None, f"无法判断发布机关“{parts.text}”属于哪一级，所在地无法确定，未与其他机关合并。"
    if parts.unit and parts.unit.kind == "zone":
        values = {"county": county, "city": city, "province": province}
        wanted = next((w for w in ("county", "city", "province") if values[w]), None) or wanted
    code = _code(province, city, county, wanted, township=body_level == "township")
    if code is None:
        where = {"province": "省份", "city": "地市", "county": "区县"}[wanted]
        return None, f"发布机关“{parts.text}”所在的{where}无法确定（名称与报告的地区信息都不足以确定唯一的行政区），未与其他机关合并。"
    code = follow_place(code, notes, year)
    return (code, notes), None


def _names_one_unit(name: str) -> bool:
    """Whether the place words opening a name can be one division only (广州海关: 广州市; not 吉林海关, 海南海关)."""
    chains = find_chains(name, opening_province_stem=True)
    if not chains or chains[0].start != 0:
        return False
    units = [u for u in chains[0].units if u.current] or list(chains[0].units)
    return len(units) == 1


def _wanted(body_level: str | None, parts: "_Name") -> str | None:
    """Which part of the region the body's code is: its own level, or the county for a township."""
    if body_level in ("province", "city", "county"):
        return body_level
    if body_level == "township":
        return "county"
    if parts.unit and parts.unit.kind == "zone":
        return "county"
    return None


def _code(province: str | None, city: str | None, county: str | None, wanted: str,
          township: bool = False) -> str | None:
    """The division code of the unit at the wanted level, when the names make it unique."""
    gaz = load_gazetteer()
    name = {"province": province, "city": city, "county": county}[wanted]
    if township and wanted == "county" and name is None and city:
        # A township run by a city's zone (中埠镇 of 淄博's high-tech zone); never for a
        # county-level body, whose city code would merge it with the city's own bureau.
        return _code(province, city, None, "city")
    if name is None:
        return None
    units = [u for u in gaz.by_name.get(name, ()) if u.kind == wanted]
    if province:
        units = [u for u in units if u.province == province]
    if wanted == "county" and city:
        units = [u for u in units if u.city == city]
    current = [u for u in units if u.current]
    codes = {u.code for u in current or units}
    return codes.pop() if len(codes) == 1 else None


def _autonomous(place_text: str, province: str | None) -> str | None:
    """镇宁自治县 -> 镇宁布依族苗族自治县: an autonomous unit written as its stem plus 自治县."""
    for suffix in AUTONOMOUS:
        if place_text.endswith(suffix):
            stem = place_text[: -len(suffix)]
            units = [u for u in load_gazetteer().by_stem.get(stem, ()) if u.name.endswith(suffix)
                     and (province is None or u.province == province)]
            if len(units) == 1:
                return units[0].name
    return None


def _old_place_name(place_text: str, region: dict) -> str | None:
    """The code of a place name the gazetteer no longer has (洪泽县 before 2016), from the renames."""
    # (a name only the gazetteer's historical rows hold, 哈密地区, is still looked up here: the renames say
    # what it became, where its historical row only gives the code it lies in today)
    if not place_text or any(u.current for u in load_gazetteer().by_name.get(place_text, ())):
        return None
    rows = names.place_changes_by_name(place_text)
    province = region.get("province")
    if province:
        codes = {u.code[:2] for u in load_gazetteer().by_name.get(province, ())}
        rows = [r for r in rows if r.scope in codes]
    return rows[0].old if len(rows) == 1 else None


def _name_of(code: str) -> str | None:
    unit = load_gazetteer().by_code.get(code)
    return unit.name if unit else None


def follow_place(code: str, notes: list[str], year: int | None = None) -> str:
    """The division's code today: county-to-district conversions and other renames followed."""
    name = _name_of(code)
    if year is not None and name:
        # A name that meant another unit before a conversion: 哈密市 in 2015 is today's 伊州区.
        for row in names.place_changes_by_name(name):
            if row.kind == "rename" and row.old != code and row.scope == code[:2] and year < row.year:
                notes.append(f"{year} 年的“{name}”指{row.effective[:4]}年改设前的{row.old_name}，今为{row.new_name}。")
                code = row.old
                break
    for _ in range(5):
        rows = [r for r in names.place_changes_by_code(code) if r.kind == "rename"]
        if not rows:
            break
        row = rows[0]
        notes.append(f"{row.old_name}已于{row.effective[:4]}年改设为{row.new_name}（{row.source}）。")
        code = row.new
    return code


def place_names(code: str | None) -> tuple[str, str, str]:
    """(province, city, county) names of a division code, '' where the code has none (a 直辖市's
    district has no city); three '' for None, ``central`` or a code the gazetteer lacks."""
    unit = load_gazetteer().by_code.get(code or "")
    if unit is None:
        return ("", "", "")
    return tuple(part or "" for part in unit.parts)
