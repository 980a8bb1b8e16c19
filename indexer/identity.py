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
from dataclasses import dataclass, field, replace
from typing import Iterable

from indexer.identity_place import body_place, place_names
from indexer.places import find_chains, load_gazetteer, locate
from search import agency_names as names

BARE = re.compile(r"(自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)")
UNKNOWN_PLACE = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:自治县|自治州|自治旗|县|市|区|旗|盟))")
# Words that name a body, never a place: 重庆海关关区 (a customs area) is no unknown district 海关关区.
BODY_WORD = re.compile(r"海关|海事|税务|统计|调查|局|厅|委|办|署|中心|法院|检察|公司|学校")
BARE_LEVEL = {"自治区": "province", "省": "province", "自治州": "city", "州": "city", "盟": "city",
              "市": "city", "自治县": "county", "自治旗": "county", "县": "county", "区": "county", "旗": "county"}
# How the names of bodies end; a function part ending otherwise (首页, 2013, 生态环境厅关于报送)
# is a title or page fragment the parser took for the agency.
# 关区: a customs district's report (宁波海关关区), the customs with the offices under it, kept apart from the
# customs written alone as 本级 is (docs/agencies.md, "Never merged").
BODY_END = re.compile(r"(局|厅|部|委|会|办|室|署|处|所|站|中心|院|队|场|政府|关|馆|社|关区)$")


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
             level: str | None = None, report_key: str | None = None, also: Iterable[str] = ()) -> AgencyIdentity:
    """The agency id of a report from its agency as written, year, region and level.

    ``also``: other names the report's file gives its issuer (an HTML page's 发布机构 and 来源).
    They only ever add the place the agency's own name leaves out: one is used when the name
    alone cannot be placed and the other name is the same body (same function, same township or
    zone, the name's own place words inside its place) written with its place. A 发布机构 that
    names another body (the 区政府办公室 publishing the 区人民政府's report) is never taken.
    """
    identity, parts, function = _identify(agency, year, region or {}, level, report_key)
    if identity.resolved or parts is None:
        return identity
    for name in also:
        other, other_parts, other_function = _identify(name, year, region or {}, level, report_key)
        if other.resolved and other.place != "central" and other_parts is not None and other_function == function \
                and _same_body(parts, other_parts):
            note = f"名称“{parts.text}”没有写明所在地，所在地取自同一机关的另一写法“{other_parts.text}”。"
            return replace(other, notes=(note, *other.notes))
    return identity


def _same_body(name: _Name, other: _Name) -> bool:
    """Whether ``other`` names the body ``name`` names, with at least as much of its place."""
    if (name.unit.name if name.unit else None) != (other.unit.name if other.unit else None):
        return False
    if name.vertical != other.vertical:
        return False
    if name.place_kind == "bare":  # 市民政局 is 徐州市民政局, never 铜山区民政局
        return other.place_text.endswith(name.place_text)
    return name.place_text in other.place_text


def _identify(agency: str | None, year: int | None, region: dict, level: str | None, report_key: str | None):
    """(identity, the name taken apart, its function) of one name; the name and function are None
    when it is a central body or cannot name a body at all (so that no other name can place it)."""
    cleaned = names.clean(agency)
    text = cleaned.text
    if not text:
        return _unresolved("", report_key, "报告没有写明发布机关，无法确定它属于哪个机关。"), None, None
    central = _central(text, cleaned.qualifier, report_key)
    if central:
        return central, None, None
    if not re.search(r"[\u4e00-\u9fff]", agency or ""):  # an English translation's issuer (round 47), as it writes it
        return _unresolved(text, report_key, f"发布机关“{agency}”是英文名称，无法读出职能，未与其他机关合并。"), None, None
    parts = _take_apart(text)
    if parts.place_kind == "junk":
        reason = f"发布机关名称“{text}”的开头“{parts.place_text}”不是可识别的地名，未与其他机关合并。"
        return _unresolved(text, report_key, reason), None, None
    function = _function(parts)
    if names.function_of(function) is None and not _looks_like_body(function):
        reason = f"无法从“{text}”读出发布机关的职能（“{function}”不像机关名称），未与其他机关合并。"
        return _unresolved(text, report_key, reason), None, None
    function += cleaned.qualifier
    place, why = body_place(parts, year, region, level)
    if place is None:
        return _unresolved(text, report_key, why), parts, function
    code, notes = place
    if not _branch_is_placed(parts, code):
        # 杭州市市场监督管理局东湖分局 with no 东湖 in 杭州: the place stayed the parent's, so as its parent's
        # function the branch would take the parent bureau's id; it stays a body of its own (never merge two bodies).
        function = _function(parts, branches=False) + cleaned.qualifier
    unit_name = _unit_name(parts, code)
    renamed, successors, renote = _renamed(function, code, year)
    unit_part = f"/{unit_name}" if unit_name else ""
    identity = AgencyIdentity(f"{code}{unit_part}:{renamed}", code, unit_name, renamed, function, None,
                              tuple(notes + renote), tuple(successors))
    return identity, parts, function


def assign_identity(report) -> AgencyIdentity:
    """Give a parsed report its agency id and the names of its place (``report.agency_id``,
    ``report.agency_place``: 江苏省/徐州市/铜山区); an id that stays unresolved adds its reason to the
    report's warnings, unless the parser already said that the report names no issuer."""
    identity = identify(report.agency, report.year, report.region, report.level, report.id or None,
                        also=report.agency_names)
    report.agency_id = identity.id
    report.agency_place = "/".join(place_names(identity.place)) if identity.place not in (None, "central") else ""
    if not identity.resolved and report.agency and identity.reason not in report.warnings:
        report.warnings.append(identity.reason)
    return identity


def _looks_like_body(function: str) -> bool:
    """A function the vocabulary lacks must still end like a body's name (局, 委员会, 农场 …)."""
    return bool(BODY_END.search(function)) and not function.endswith("网站")


def _unresolved(text: str, report_key: str | None, reason: str) -> AgencyIdentity:
    key = f"#{report_key}" if report_key else ""
    return AgencyIdentity(f"unresolved:{text or names.UNNAMED}{key}", None, None, None, None, reason)


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
    own = names.local_unit(rest)
    if (chains and chains[0].start == 0 and own is not None and own.kind in ("street", "township")
            and rest[: chains[0].end] == chains[0].units[0].stem and len(own.name) > chains[0].end
            and not names.names_a_town(rest[chains[0].end:])):
        # 北京街道, 北京路街道, 湖南镇: a place's short name opening a street's or township's own name names no place
        # (two such streets of one district would share an id, and the street written with its district another);
        # 江苏东山镇 is 江苏's 东山镇, since what follows the short name is a town's name of its own
        chains = []
    if chains and chains[0].start > 0 and not names.function_of(rest[: chains[0].start]):
        # 现发布北山县青石镇, 信息公开东山市西湖区: words before the place are no part of a name
        parts.place_text, parts.place_kind = rest[: chains[0].start], "junk"
        return parts
    if chains and chains[0].start == 0:
        parts.place_text, parts.place_kind = rest[: chains[0].end], "chain"
        rest = rest[chains[0].end:]
        finer = UNKNOWN_PLACE.match(rest)
        if (finer and _reads_as_function(rest[finer.end():]) and not names.function_of(rest)
                and not BODY_WORD.search(finer.group(1))
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
    elif ((unknown := UNKNOWN_PLACE.match(rest)) and _reads_as_function(rest[unknown.end():])
          and not BODY_WORD.search(unknown.group(1))):
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


def _function(parts: _Name, branches: bool = True) -> str:
    """The canonical function of the function part, or the part itself when the vocabulary lacks it
    (``branches``: a branch named after its parent's function and a place is read as that function)."""
    text = names.parent_function_text(parts.function_text, is_place=_is_place if branches else lambda words: False)
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


def _branch_is_placed(parts: _Name, code: str) -> bool:
    """Whether a branch read as its parent's function (生态环境局沙河市分局) was placed at the place its words name
    (沙河市, 东城 for 东城区); True for any other name."""
    text = parts.function_text
    head = names.parent_function_text(text, is_place=_is_place)
    if head == text or not text.endswith("分局") or text[len(head):len(head) + 1] == "及":
        return True
    words = text[len(head):-2]
    place = next((name for name in reversed(place_names(code)) if name), "")
    return bool(place) and place[:2] == words[:2]  # 浦东 for 浦东新区: a stem opens the full name


def _is_place(words: str) -> bool:
    """Whether a branch's middle words name a place (沙河市, 海淀, 浦东新区), not an ordinal or a duty (第一, 稽查)."""
    chains = find_chains(words)
    return words in load_gazetteer().by_stem or bool(chains and chains[0].start == 0 and chains[0].end == len(words))


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
