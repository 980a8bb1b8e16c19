"""Where a report's issuing body sits: its administrative level and its region.

The region comes from the official list of divisions (行政区划代码) in
``indexer/data/divisions.tsv`` (see scripts/make_gazetteer.py and docs/places.md),
read once on first use. Decision rules, each with a real agency name:

* Place names are read left to right as a chain in which each name must lie inside
  the one before (淮安市洪泽区 -> 淮安市 > 洪泽区). The first chain of the agency
  name is its place; its finest unit gives the level: 吴忠市民政局 -> city,
  海盐县民政局 -> county, 上海市科委 -> province (a 直辖市 is province-level).
* Short forms (浙江, 淮安, 平潭) count only when a finer full name follows
  (淮安洪泽区) or a zone word does (平潭综合实验区); a province's short form may also
  open the agency name (宁夏民政厅). An autonomous unit may be written as its short
  form plus 州/县/旗 (恩施州, 保亭县). 城区/郊区/矿区 count only after their city.
* A 镇/乡/街道/苏木 right after the place (or opening the name) followed by 人民政府,
  办事处, 党委 or the end makes the level township: 沙坡头区宣和镇人民政府.
* A zone named after a unit (综合实验区, 开发区, 工业园区, 新区, ...) is county-level
  and sits in that unit: 平潭综合实验区 -> 福建省/福州市/平潭县 (the zone governs
  exactly 平潭县's territory), 苏州工业园区 -> 江苏省/苏州市/county None.
* Without a place, the form tells the level: 市民政局 -> city (province when the hints
  put it in a 直辖市), 县人民政府 -> county, 省民政厅 -> province; an unknown stem
  before 县/旗/自治州/盟/地区, or before 区人民政府, also tells it (沐阳县人民政府, an OCR
  slip for 沭阳县 -> county). Central bodies (民政部, 国家税务总局, 国务院办公厅)
  have no region.
* Hints (address lines, web sites, 发布机构) are read the same way, plus the host name
  of a gov.cn site matched against pinyin keys (www.spt.gov.cn -> 沙坡头区). They
  narrow the agency's candidates (朝阳区 + 北京市 -> 北京市朝阳区) and fill what the
  agency name leaves open, never finer than its level (市民政局 + an address in
  利通区 -> 吴忠市, county None). A hint that contradicts what is known is ignored.
* A part that stays ambiguous is None rather than a guess: 鼓楼区 alone has county
  鼓楼区 but no province or city. Districts of a 直辖市 have no city (there is no
  prefecture level between 北京市 and 朝阳区).
* Historical names (临安市, 莱芜市) are used when no current unit of that name fits.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).with_name("data") / "divisions.tsv"
LEVELS = ("central", "province", "city", "county", "township")
MUNICIPALITIES = {"11", "12", "31", "50"}  # province codes of 北京, 天津, 上海, 重庆
AUTONOMOUS_TAILS = {"州": "自治州", "县": "自治县", "旗": "自治旗"}
GENERIC = {"城区", "郊区", "矿区"}  # real county names, too common to open a chain

TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木)(?=人民政府|政府|街道办事处|办事处|党委|党工委|$)")
ZONE = re.compile(
    r"综合实验区|经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|工业园区|新区|试验区|实验区|示范区|保税区"
)
BARE = re.compile(r"(?:中共)?(自治区|省|自治州|地区|州|盟|市(?!场)|自治县|县(?!域)|旗|区(?!域))")
UNKNOWN_STEM = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:(自治县|县|旗)|(自治州|盟|地区))|[\u4e00-\u9fff]{2,4}?(区)(?=人民政府|政府)"
)
CENTRAL = re.compile(
    r"(?:中华人民共和国)?(?:国务院|中共中央|国家|中国|最高人民|全国|海关总署|审计署)|[\u4e00-\u9fff]{1,12}(?:部|总署|总局)$"
)
HOST = re.compile(r"((?:[a-z0-9-]+\.)+)gov\.cn", re.IGNORECASE)
HOST_NOISE = {"www", "wap", "m", "zwgk", "xxgk", "gov"}
BARE_LEVEL = {
    "自治区": "province", "省": "province", "自治州": "city", "地区": "city", "州": "city",
    "盟": "city", "市": "city", "自治县": "county", "县": "county", "旗": "county", "区": "county",
}


@dataclass(frozen=True)
class Place:
    """An issuing body's level and region; None where the name and hints cannot tell."""

    level: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None

    @property
    def region(self) -> dict[str, str | None]:
        """The region as the portal stores it: province, city, county."""
        return {"province": self.province, "city": self.city, "county": self.county}


@dataclass(frozen=True)
class Unit:
    """One division of the gazetteer with the names of the units above it."""

    code: str
    name: str
    kind: str  # "province", "city" or "county"
    current: bool
    province: str
    city: str | None  # the prefecture-level unit; None for a 直辖市 district or 省直辖 county

    @property
    def parts(self) -> tuple[str, str | None, str | None]:
        """(province, city, county) names of this unit."""
        if self.kind == "province":
            return (self.province, None, None)
        if self.kind == "city":
            return (self.province, self.name, None)
        return (self.province, self.city, self.name)

    def within(self, other: Unit) -> bool:
        """True when this unit is other or lies inside it."""
        if other.kind == "province":
            return self.code[:2] == other.code[:2]
        if other.kind == "city":
            return self.kind != "province" and self.code[:4] == other.code[:4]
        return self.code == other.code and self.name == other.name


@dataclass
class Gazetteer:
    """Units looked up by full name, short form and web-host key."""

    by_name: dict[str, tuple[Unit, ...]]
    by_stem: dict[str, tuple[Unit, ...]]
    by_key: dict[str, tuple[Unit, ...]]
    lengths: dict[str, tuple[int, ...]]  # first character -> name lengths, longest first


@cache
def load_gazetteer(path: Path = DATA) -> Gazetteer:
    """Read the divisions file once; later calls return the same object."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, stem, keys, era = line.split("\t")
            rows.append((code, name, stem, keys, era == "c"))
    # Current names first so that a reused code reads as it does today.
    names: dict[str, str] = {}
    for code, name, _, _, current in sorted(rows, key=lambda r: not r[4]):
        names.setdefault(code, name)
    by_name: dict[str, list[Unit]] = {}
    by_stem: dict[str, list[Unit]] = {}
    by_key: dict[str, list[Unit]] = {}
    for code, name, stem, keys, current in rows:
        kind = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
        city = names.get(code[:4] + "00") if kind == "county" else None
        unit = Unit(code, name, kind, current, names[code[:2] + "0000"], city)
        by_name.setdefault(name, []).append(unit)
        if stem:
            by_stem.setdefault(stem, []).append(unit)
        for key in filter(None, keys.split(",")):
            by_key.setdefault(key, []).append(unit)
    lengths: dict[str, set[int]] = {}
    for word in [*by_name, *by_stem]:
        lengths.setdefault(word[0], set()).add(len(word))
    return Gazetteer(
        _freeze(by_name), _freeze(by_stem), _freeze(by_key),
        {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()},
    )


def _freeze(index: dict[str, list[Unit]]) -> dict[str, tuple[Unit, ...]]:
    """Lists to tuples, so that candidate sets can be compared and shared."""
    return {k: tuple(v) for k, v in index.items()}


def refine(known: tuple[Unit, ...], new: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """The finer units of each consistent pair of known and new; () when they contradict."""
    kept = [u for u in new if any(u.within(k) for k in known)]
    kept += [k for k in known if any(k.within(u) for u in new) and k not in kept]
    return tuple(kept)


@dataclass
class Chain:
    """Consecutive place names, each inside the one before; units fit the last name."""

    start: int
    end: int
    units: tuple[Unit, ...]


def _match_at(gaz: Gazetteer, text: str, i: int) -> tuple[int, tuple[Unit, ...], bool] | None:
    """Longest full name (preferred) or short form starting at i: (length, units, is_full)."""
    for length in gaz.lengths.get(text[i], ()) if i < len(text) else ():
        piece = text[i : i + length]
        if piece in gaz.by_name:
            return length, gaz.by_name[piece], True
        if piece in gaz.by_stem:
            units = gaz.by_stem[piece]
            # 恩施州, 黔东南州, 保亭县: an autonomous unit's stem plus the last word of its suffix.
            tail = text[i + length : i + length + 1]
            named = tuple(u for u in units if tail and u.name.endswith(AUTONOMOUS_TAILS.get(tail, "-")))
            if named:
                return length + 1, named, True
            return length, units, False
    return None


def find_chains(text: str, opening_province_stem: bool = False) -> list[Chain]:
    """Every chain of place names in text, left to right."""
    gaz = load_gazetteer()
    chains: list[Chain] = []
    chain: Chain | None = None
    i = 0
    while i < len(text):
        found = _match_at(gaz, text, i)
        if found is None:
            i += 1
            continue
        length, units, full = found
        if chain is not None and chain.end == i:
            inner = tuple(u for u in units if any(u.within(k) and u != k for k in chain.units))
            if inner and (full or _short_form_ok(gaz, text, i + length, inner, False)):
                chain.units, chain.end = inner, i + length
                i += length
                continue
        if text[i : i + length] in GENERIC or not (
            full or _short_form_ok(gaz, text, i + length, units, opening_province_stem and not chains)
        ):
            i += 1
            continue
        chain = Chain(i, i + length, units)
        chains.append(chain)
        i += length
    return chains


def _short_form_ok(gaz: Gazetteer, text: str, end: int, units: tuple[Unit, ...], opening: bool) -> bool:
    """A short form counts before a zone word or a full name inside it, or opening the agency."""
    if ZONE.match(text, end):
        return True
    if opening and any(u.kind == "province" for u in units):
        return True
    found = _match_at(gaz, text, end)
    return bool(found and found[2] and any(c.within(u) and c != u for c in found[1] for u in units))


def hint_evidence(hint: str) -> list[tuple[Unit, ...]]:
    """Candidate sets a hint offers: each chain's units, then each gov.cn host's."""
    gaz = load_gazetteer()
    text = _clean(hint)
    evidence = [chain.units for chain in find_chains(text)]
    for host in HOST.findall(text):
        # The label next to gov.cn names the widest area; inner labels may narrow it.
        for label in reversed(host.lower().strip(".").split(".")):
            if label not in HOST_NOISE and label in gaz.by_key:
                evidence.append(gaz.by_key[label])
    return evidence


def _clean(text: str) -> str:
    """NFKC-folded text without whitespace (OCR splits 沐阳县 人民政府)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _agency_form(name: str) -> tuple[tuple[Unit, ...], str | None, bool]:
    """Candidate units and level the agency name alone tells, and whether it is bare (市民政局)."""
    chains = find_chains(name, opening_province_stem=True)
    if chains:
        units, end = chains[0].units, chains[0].end
        kinds = {u.kind for u in units}
        if TOWNSHIP.match(name, end):
            return units, "township", False
        if ZONE.match(name, end):
            return units, None if "province" in kinds else "county", False
        return units, kinds.pop() if len(kinds) == 1 else None, False
    if TOWNSHIP.match(name):
        return (), "township", False
    bare = BARE.match(name)
    if bare:
        return (), BARE_LEVEL[bare.group(1)], True
    unknown = UNKNOWN_STEM.match(name)
    if unknown:
        return (), "county" if unknown.group(1) or unknown.group(3) else "city", False
    if CENTRAL.match(name):
        return (), "central", False
    return (), None, False


def locate(agency: str | None, hints: Iterable[str] = ()) -> Place:
    """Level and region of an issuing body from its name and the report's hints."""
    name = _clean(agency or "")
    units, level, bare = _agency_form(name)
    if level == "central":
        return Place("central")
    for hint in hints:
        if not isinstance(hint, str):
            continue
        for evidence in hint_evidence(hint):
            narrowed = refine(units, evidence) if units else evidence
            if narrowed:  # a contradicting hint is ignored
                units = narrowed
    if not units:
        return Place(level)
    current = tuple(u for u in units if u.current)
    units = current or units
    province, city, county = (_common(parts) for parts in zip(*(u.parts for u in units)))
    if level == "city" and bare and province and units[0].code[:2] in MUNICIPALITIES:
        level = "province"  # 市民政局 of 上海市 is a province-level body
    if level == "province":
        city = county = None
    elif level == "city":
        county = None
    return Place(level, province, city, county)


def _common(values: tuple[str | None, ...]) -> str | None:
    """The value all candidates share, else None."""
    first = values[0]
    return first if all(v == first for v in values) else None
