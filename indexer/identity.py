"""One id per issuing body, however its reports write its name, across years and reforms.

``identify(agency, year, region, level, report_key)`` gives a report's agency id (see
docs/agencies.md): the place as a division code of ``indexer/data/divisions.tsv`` (inherited from
the report's region when the name omits it), a township, street or zone below it when there is
one, and the function after the renames of ``search/data/agency_renames.tsv``:

    吴忠市民政局 (2021)                      -> 640300:民政局
    市民政局, region 吴忠市/利通区            -> 640300:民政局 (a city body: the county is ignored)
    沙坡头区宣和镇人民政府                    -> 640502/宣和镇:人民政府
    徐州市国土资源局 (2014)                   -> 320300:自然资源局 (renamed in 2018)
    民政部                                   -> central:民政部

Decision rules, each for a class of names:

* The place is read with the gazetteer (``places.find_chains`` and ``places.locate``, the report's
  region passed as a hint); the function with ``search.agency_names``. A name without a place
  (民政局, 市民政局, 中埠镇人民政府) takes it from the report's region, at the level the name
  says (市 -> city) or, failing that, the report's level.
* Never merge two bodies: a government and its office, a city bureau and a district bureau, two
  counties of one name in different provinces all get different ids. When the place cannot be
  told (no region, an ambiguous county name, words before the name that are no place), the id
  is ``unresolved:<name>`` plus the report's key, so it merges with nothing, and ``reason`` says
  why in a sentence the build can show as a warning.
* A rename (one body going on under a new name) maps the old function to the new one; a merger
  of bodies that existed side by side leaves each old body its own id, so that one id never has
  two reports of one year from two bodies. County-to-district conversions are renames of the
  place; a name that meant another unit before a conversion (县级哈密市 before 2016) is read by
  the report's year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.places import find_chains, load_gazetteer, locate
from search import agency_names as names

BARE = re.compile(r"(自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)")
UNKNOWN_PLACE = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:自治县|自治州|自治旗|县|市|区|旗|盟))")
BARE_LEVEL = {"自治区": "province", "省": "province", "自治州": "city", "州": "city", "盟": "city",
              "市": "city", "自治县": "county", "自治旗": "county", "县": "county", "区": "county", "旗": "county"}
AUTONOMOUS = ("自治县", "自治州", "自治旗")
# How the names of bodies end; a function part ending otherwise (首页, 2013, 生态环境厅关于报送)
# is a title or page fragment the parser took for the agency.
BODY_END = re.compile(r"(局|厅|部|委|会|办|室|署|处|所|站|中心|院|队|场|政府|关|馆|社)$")


@dataclass(frozen=True)
class AgencyIdentity:
    """A report's issuing body as one id, with what was read and what was decided."""

    id: str
    place: str | None  # division code, "central", or None when unresolved
    unit: str | None  # township, street or zone below the code
    function: str | None  # canonical function after renames
    read_as: str | None  # canonical function as the name gave it, before renames
    reason: str | None = None  # why the id is unresolved; None when it is resolved
    notes: tuple[str, ...] = ()  # renames applied and other decisions, as sentences
    successors: tuple[names.Change, ...] = field(default=(), compare=False)  # mergers and splits

    @property
    def resolved(self) -> bool:
        return self.reason is None


@dataclass
class _Name:
    """An agency name taken apart: place text, unit below it, function part."""

    text: str
    place_text: str = ""
    place_kind: str = "none"  # chain, bare, unknown, junk or none
    bare_level: str | None = None
    unit: names.LocalUnit | None = None
    function_text: str = ""
    vertical: str = ""  # 国家税务总局 in 国家税务总局芜湖市镜湖区税务局


def identify(agency: str | None, year: int | None = None, region: dict | None = None,
             level: str | None = None, report_key: str | None = None) -> AgencyIdentity:
    """The agency id of a report from its agency as written, year, region and level."""
    cleaned = names.clean(agency)
    text = cleaned.text
    if not text:
        return _unresolved("", report_key, "报告没有写明发布机关，无法确定它属于哪个机关。")
    central = _central(text, cleaned.qualifier, report_key)
    if central:
        return central
    parts = _take_apart(text)
    if parts.place_kind == "junk":
        return _unresolved(text, report_key, f"发布机关名称“{text}”的开头“{parts.place_text}”不是可识别的地名，未与其他机关合并。")
    function = _function(parts)
    if names.function_of(function) is None and not _looks_like_body(function):
        return _unresolved(text, report_key, f"无法从“{text}”读出发布机关的职能（“{function}”不像机关名称），未与其他机关合并。")
    function += cleaned.qualifier
    place, why = _place(parts, year, region or {}, level)
    if place is None:
        return _unresolved(text, report_key, why)
    code, notes = place
    unit_name = _unit_name(parts, code)
    renamed, successors, renote = _renamed(function, code, year)
    unit_part = f"/{unit_name}" if unit_name else ""
    return AgencyIdentity(f"{code}{unit_part}:{renamed}", code, unit_name, renamed, function, None,
                          tuple(notes + renote), tuple(successors))


def _looks_like_body(function: str) -> bool:
    """A function the vocabulary lacks must still end like a body's name (局, 委员会, 农场 …)."""
    return bool(BODY_END.search(function)) and not function.endswith("网站")


def _unresolved(text: str, report_key: str | None, reason: str) -> AgencyIdentity:
    key = f"#{report_key}" if report_key else ""
    return AgencyIdentity(f"unresolved:{text or '（无名称）'}{key}", None, None, None, None, reason)


def _central(text: str, qualifier: str, report_key: str | None) -> AgencyIdentity | None:
    """A central body (民政部, 国家税务总局, 海关总署(本级机关)); None for any other name."""
    voc = names.vocabulary()
    if any(text.startswith(v) and len(text) > len(v) for v in voc.verticals):
        return None  # 国家税务总局芜湖市镜湖区税务局 is a local office
    if locate(text).level != "central":
        return None
    function = names.central_function(text)
    known = next((c for c in voc.central if function is None and text.endswith(c)), None)
    if known:  # 公开年报海关总署: page words before a central body's name
        return _unresolved(text, report_key, f"发布机关名称“{text}”在“{known}”之前还有别的文字，未与其他机关合并。")
    read = function or text
    renamed, successors, notes = _renamed(read, None, None) if function else (read, [], [])
    name = names.central_name(renamed) if function else text
    return AgencyIdentity(f"central:{name}{qualifier}", "central", None, renamed + qualifier, read + qualifier,
                          None, tuple(notes), tuple(successors))


def _take_apart(text: str) -> _Name:
    """Place text, township/zone and function part of a folded name."""
    parts = _Name(text)
    rest = text
    for vertical in names.vocabulary().verticals:
        if rest.startswith(vertical) and len(rest) > len(vertical):
            parts.vertical, rest = vertical, rest[len(vertical):]
            break
    chains = find_chains(rest, opening_province_stem=True)
    if chains and chains[0].start > 0 and not names.function_of(rest[: chains[0].start]):
        # 现发布临洮县新添镇, 信息公开福州市晋安区: words before the place are no part of a name
        parts.place_text, parts.place_kind = rest[: chains[0].start], "junk"
        return parts
    if chains and chains[0].start == 0:
        parts.place_text, parts.place_kind = rest[: chains[0].end], "chain"
        rest = rest[chains[0].end:]
        finer = UNKNOWN_PLACE.match(rest)
        if (finer and _reads_as_function(rest[finer.end():]) and not names.function_of(rest)
                and not names.local_unit(rest)):
            # 淮安市洪泽县: a finer place the gazetteer lacks, known only to the renames or not at all
            old = names.place_changes_by_name(finer.group(1))
            parts.place_text, parts.place_kind = finer.group(1), "chain" if old else "unknown"
            rest = rest[finer.end():]
    elif names.function_of(rest) or names.local_unit(rest):
        pass  # 民政局, 中埠镇人民政府: no place in the name
    elif (bare := BARE.match(rest)) and len(rest) > bare.end():
        parts.place_text, parts.place_kind = bare.group(1), "bare"
        parts.bare_level = BARE_LEVEL[bare.group(1)]
        rest = rest[bare.end():]
    elif (unknown := UNKNOWN_PLACE.match(rest)) and _reads_as_function(rest[unknown.end():]):
        parts.place_text, parts.place_kind = unknown.group(1), "unknown"  # 沐阳县 (OCR for 沭阳县)
        rest = rest[unknown.end():]
    else:
        place, function = names.split_name(rest)
        if function and place:
            full = _unit_of_stem(place)
            if full is None:
                parts.place_text, parts.place_kind = place, "junk"  # 成人直播教育局: spam for the place
                return parts
            # 武进地税局: a short form the gazetteer knows for exactly one unit
            parts.text = parts.vertical + full + rest[len(place):]
            parts.place_text, parts.place_kind = full, "chain"
            rest = rest[len(place):]
    parts.unit = names.local_unit(rest)
    parts.function_text = parts.unit.rest if parts.unit else rest
    return parts


def _unit_of_stem(stem: str) -> str | None:
    """The full name of the one current unit whose short form this is (武进 -> 武进区)."""
    units = [u for u in load_gazetteer().by_stem.get(stem, ()) if u.current]
    return units[0].name if len({u.code for u in units}) == 1 else None


def _reads_as_function(rest: str) -> bool:
    return not rest or rest in ("政府",) or bool(names.function_of(rest) or names.local_unit(rest))


def _function(parts: _Name) -> str:
    """The canonical function of the function part, or the part itself when the vocabulary lacks it."""
    text = parts.function_text
    for prefix in ("人民政府", "政府"):
        inner = text[len(prefix):]
        if text.startswith(prefix) and inner and inner not in ("办公室", "办公厅", "办"):
            text = inner  # 人民政府外事办公室 is the 外事办公室
            break
    if not text:
        return names.default_function(parts.unit)
    function = names.function_of(text)
    if function is None and parts.vertical:
        return parts.vertical + text  # 国家统计局重庆调查总队 -> 国家统计局调查总队
    return function or text


def _hint(region: dict) -> list[str]:
    joined = "".join(region.get(k) or "" for k in ("province", "city", "county"))
    return [joined] if joined else []


def _place(parts: _Name, year: int | None, region: dict, level: str | None):
    """((code, notes), None) for the body's division, or (None, reason) when it cannot be told."""
    notes: list[str] = []
    renamed = _old_place_name(parts.place_text, region)
    if renamed:
        return (_follow_place(renamed, notes), notes), None
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
    code = _follow_place(code, notes, year)
    return (code, notes), None


def _wanted(body_level: str | None, parts: _Name) -> str | None:
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
    if not place_text or place_text in load_gazetteer().by_name:
        return None
    rows = names.place_changes_by_name(place_text)
    province = region.get("province")
    if province:
        codes = {u.code[:2] for u in load_gazetteer().by_name.get(province, ())}
        rows = [r for r in rows if r.scope in codes]
    return rows[0].old if len(rows) == 1 else None


@lru_cache(maxsize=None)
def _name_of(code: str) -> str | None:
    for units in load_gazetteer().by_name.values():
        for unit in units:
            if unit.code == code:
                return unit.name
    return None


def _follow_place(code: str, notes: list[str], year: int | None = None) -> str:
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


def _renamed(function: str, code: str | None, year: int | None):
    """(function after renames, mergers and splits recorded, notes) for a body at this code."""
    notes: list[str] = []
    successors: list[names.Change] = []
    seen = {function}
    for _ in range(6):
        rows = names.function_changes(function, code)
        rename = next((r for r in rows if r.kind == "rename"), None)
        successors += [r for r in rows if r.kind != "rename"]
        if rename is None or rename.new in seen:
            break
        notes.append(f"“{function}”已于{rename.effective[:4]}年机构改革中更名为“{rename.new}”（{rename.source}）。")
        if year is not None and year > rename.year + 1:
            notes.append(f"{year} 年的报告仍用改革前的名称“{function}”。")
        function = rename.new
        seen.add(function)
    return function, successors, notes


def _unit_name(parts: _Name, code: str) -> str | None:
    """The township, street or zone below the code; a zone written with its place's short form."""
    unit = parts.unit
    if unit is None:
        return None
    if unit.kind != "zone":
        return unit.name
    words = unit.name
    if any(words == canonical for _, canonical in names.vocabulary().zones):
        return (_stem(parts.place_text, code) or "") + words  # 平潭 + 综合实验区
    return words


def _stem(place_text: str, code: str) -> str | None:
    """The short form of the place a zone is named after (平潭综合实验区, 咸宁高新区)."""
    gaz = load_gazetteer()
    if place_text:
        if place_text in gaz.by_stem:
            return place_text
        for stem, units in gaz.by_stem.items():
            if place_text.startswith(stem) and any(u.name == place_text for u in units):
                return stem
    for stem, units in gaz.by_stem.items():
        if any(u.code == code and u.current for u in units):
            return stem
    return None
