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
* The 兵团 and its divisions (第六师芳草湖农场) are in 新疆, level open, like state farms.
* National new areas that are no division (西咸新区, 贵安新区; data/new_areas.tsv) are read as
  the division they lie in; vertical systems named by a city's short form (连云港海事局) sit in
  that city, level open; a ministry's own bureau (交通运输部海事局) is central.
"""
# Over 350 lines, kept whole: one lookup over the official divisions list (names, abbreviations, levels, parents)
# serves every caller; the hint readers share its tables and its order of trust.
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable

from functools import cache, lru_cache

from indexer.gazetteer import DATA, Gazetteer, Unit, load_gazetteer, refine  # noqa: F401  (DATA: re-exported)
from indexer.hostnames import gov_hosts, host_units, label_units
from indexer.memo import for_short_texts
from indexer.script import to_key
from indexer.townships import township_table, township_units

NEW_AREAS = DATA.with_name("new_areas.tsv")
LEVELS = ("central", "province", "city", "county", "township")
MUNICIPALITIES = {"11", "12", "31", "50"}  # province codes of 北京, 天津, 上海, 重庆
AUTONOMOUS_TAILS = {"州": "自治州", "县": "自治县", "旗": "自治旗"}
GENERIC = {"城区", "郊区", "矿区"}  # real county names, too common to open a chain

# Its Party committee is also written in full ('中共某某镇委员会', a street's '某某街道工作委员会').
# Two townships reporting jointly share the unit word: '某某区临平、东湖街道'. An ethnic township's name runs longer, its
# peoples listed before 乡 or 镇 ('某某苗族彝族布依族乡': up to 13 characters before the unit word).
# A street office is also named with 街 alone (Guangdong's '某某区惠民街'), at the name's end or before 办事处.
# Beijing's 地区办事处 (a 乡 and its streets under one office: '某某区三间房地区办事处') rank as townships too.
TOWNSHIP = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{2,12}?族)(?:(?:镇|乡|街道|苏木)?、[\u4e00-\u9fff]{1,8}?)?(?:镇|乡|街道|苏木|街(?!道)|地区(?=办事处))"
                      r"(?=人民政府|政府|街道办事处|办事处|党委|党工委|(?:工作)?委员会|$)")
ZONE_WORDS = (r"综合实验区|经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|新区|试验区|"
              r"实验区|示范区|保税区|合作区")
# Zones the places stage also knows by their kind of town or park (中新天津生态城, 中意宁波生态园, 中新广州知识城); not
# 生态园林 (a 园林局's word). Kept out of ZONE_WORDS, which the issuer stage reads for names. The parks for Taiwanese
# farmers (国家级台湾农民创业园) are named after their county the same way: "某某台创园" (round 25). Scenic areas and
# tourist resorts, and the agricultural high-tech zones (某某农高区), are run by committees and bureaus outside the
# tiers like any zone ('湖南某某风景名胜区管理处' is no provincial body, '某某市某某景区管理委员会' no county's; the pages'
# gold gives them level null, round 27a); not 风景园林 (a 园林局's word) nor 风景旅游局 (a county's tourism bureau).
_TOWN_ZONES = (r"生态城|生态园(?!林)|知识城|科学城|科技城|示范城|产业园(?!林)|自贸区|自由贸易区|台创园|"
               r"风景名胜区|风景区|景区|旅游度假区|度假区|农高区")
ZONE = re.compile(ZONE_WORDS)
# ... but an issuer's name opening with one, before its government's or a department's words, is that district's body
# ('矿区人民政府', '郊区某某局'; '城区管理局' is a city's bureau of its urban area, not a district's)
GENERIC_OPENING = re.compile(r"(城区|郊区|矿区)(?!管理|建设|供)(?=人民政府|政府|区委|[\u4e00-\u9fff]{0,10}?"
                             r"(?:局|委员会|委|办公室|办)$)(?![\u4e00-\u9fff]{0,6}?(?:" + ZONE_WORDS + "))")
# (not 所, 中心, 站: 城区派出所 is no district's body; nor a zone's 管委会 or bureau: '郊区工业园区管理委员会' sits outside the
# tiers like any zone named after its district)
# A township's government or office named by its unit word alone ('镇人民政府', '街道办事处', '乡党委'): the level is the
# township's, the place left to the hints (round 20: TOWNSHIP needs a name before the unit word)
BARE_TOWNSHIP = re.compile(r"(?:中共)?(?:镇|乡|街道|苏木)(?=人民政府|政府|办事处|党委|党工委)")
# A zone named after a place, its own name in between: 深圳市 + 深汕特别合作区.
NAMED_ZONE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{ZONE_WORDS})")
# The same with the town and park zones: read for an issuer's own name only (find_chains serves the issuer stage too)
TOWN_ZONE = re.compile(rf"{ZONE_WORDS}|{_TOWN_ZONES}")
NAMED_TOWN_ZONE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{ZONE_WORDS}|{_TOWN_ZONES})")
# A zone two countries run together, or a pilot free trade zone, named '中' + the partner (or 国) before its place,
# the place sometimes in brackets: 中新天津生态城, 中韩(长春)国际合作示范区, 中国(上海)自由贸易试验区. The place is the
# zone's, the partner's name no place of China's (中德 is no 中德镇).
_PARTNER = re.compile(r"中(?:国|[\u4e00-\u9fff])(?:\(([\u4e00-\u9fff]{2,8}?)\)|(?=[\u4e00-\u9fff]{2}))")
# A place's own name the divisions list does not hold, told by its landform: '银湖湾', '翠山湖', '东海岛'. Glued
# before a division's name it makes another name of it ('银湖湾滨海新区' is 江门's new area, not 天津's district).
LANDFORM_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}[湾湖山岛港江河岭峰洲滩峡溪泉]")
# A state farm named after the county it lies in ('某某县红星农场'): outside the tiers like the 兵团's (round 20).
NAMED_FARM = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:农场|牧场)(?:管理委员会|管委会|办事处|$)")
# Branches of central bodies that rank as a province's departments (vertical systems).
BRANCH = re.compile(r"调查总队$")
# Bodies of vertical systems, named after the place they serve by its short form: 北港海关, 东州海事局.
# A province's short form makes them provincial (海南海事局); a city's tells where they are, not
# their rank (a 直属海关 or 海事局 ranks above the city it is named after): level open.
# (round 43) So do the banking regulator's branches, which rank with their city (镇江银监分局, 某某银保监分局,
# 某某金融监管分局: a prefecture's branch; a province's is a 监管局).
VERTICAL = re.compile(r"海关|海事局|出入境边防检查站|边防检查站|调查队|气象局|地震局|邮政管理局|通信管理局|海警局"
                      r"|银监分局|银保监分局|保监分局|金融监管分局")
# Of those, the ones that rank above the place they are named after (a 直属海关, a 海事局, a border
# station); a 气象局, 地震局 or 调查队 ranks with its place (牡丹江市气象局: city, 利辛县气象局: county).
_GENERIC_VERTICAL = re.compile(r"(?:国家统计局|国家税务总局)(城区|郊区|矿区)(?=调查队|税务局)")
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,12}(?:厅|委员会|局|办公室)")
_PROVINCIAL_TIER = re.compile(r"调查总队|监管局|海事局|通信管理局|局")
ABOVE_PLACE = re.compile(r"海关|海事局|出入境边防检查站|边防检查站|海警局")
BARE = re.compile(r"(?:中共)?(自治区|省|自治州|地区|州|盟|市(?!场)|自治县|县(?!域)|旗|区(?!域))")
UNKNOWN_STEM = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:(自治县|县|旗)|(自治州|盟|地区))|[\u4e00-\u9fff]{2,4}?(区)(?=人民政府|政府)"
)
CENTRAL = re.compile(
    r"(?:中华人民共和国)?(?:国务院|中共中央|国家|中国|最高人民|全国|海关总署|审计署)|[\u4e00-\u9fff]{1,12}(?:部|总署|总局)$"
    # a ministry's own bureau or commission: 交通运输部海事局, 水利部某某水利委员会
    r"|[\u4e00-\u9fff]{2,8}部[\u4e00-\u9fff]{2,12}(?:局|委员会|司)$"
    # the water ministry's river basin agencies, named without it: 太湖流域管理局, 长江水利委员会
    r"|[\u4e00-\u9fff]{2,4}流域管理局$|(?:长江|黄河|淮河|海河|珠江|松辽)水利委员会$"
)
# The Xinjiang Production and Construction Corps (新疆生产建设兵团) and its divisions (第六师, 第一师阿拉尔市 …)
# and regiments are all in 新疆; like state farms they sit outside the five tiers (level open).
XPCC = re.compile(r"^(?:新疆生产建设兵团|兵团)|^第[一二三四五六七八九十]{1,3}师")
XINJIANG = "650000"
# A body's 统一社会信用代码 (on metadata tables, in 索引号): 1 + kind, the 6-digit division code of
# where it is registered, then 10 more ('11330682002590857F' -> 330682).
CREDIT_CODE = re.compile(r"(?<![0-9A-Za-z])1[1-9](\d{6})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")
# A government site's identifier in its footer ('网站标识码：1410230002'): the 6-digit division code of the
# government that runs it, then 4 more.
SITE_CODE = re.compile(r"网站标识码[:：]?\s*(\d{6})\d{4}(?!\d)")
# What a report calls its issuer when it does not name it: 我乡, 我镇, 我县, 我局 …
SELF_LEVELS = {"乡": "township", "镇": "township", "街道": "township", "街": "township", "苏木": "township",
               "县": "county", "旗": "county", "市": "city", "州": "city", "盟": "city", "省": "province",
               # 我部: only the State Council's ministries call themselves 部 in a disclosure report
               "部": "central"}
# A body whose name tells neither its place nor its level: 林业局, 民政局, 我局.
PLACELESS_BODY = re.compile(r"^[\u4e00-\u9fff]{0,14}(?:局|委|委员会|办|办公室|厅|中心)$")
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
    basis: str | None = None  # "evidence": the level was read off the place the evidence names

    @property
    def region(self) -> dict[str, str | None]:
        """The region as the portal stores it: province, city, county."""
        return {"province": self.province, "city": self.city, "county": self.county}


@dataclass
class Chain:
    """Consecutive place names, each inside the one before; units fit the last name."""

    start: int
    end: int
    units: tuple[Unit, ...]


def _match_at(gaz: Gazetteer, text: str, i: int) -> tuple[int, tuple[Unit, ...], bool] | None:
    """Longest full name (preferred) or short form starting at i: (length, units, is_full)."""
    for length in gaz.lengths.get(text[i], ()) if i < len(text) else ():
        if i + length > len(text):
            continue  # a slice past the end is shorter than the name it would stand for
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
            # 镇宁自治县: the stem plus 自治 and the last word of the suffix.
            tail = text[i + length : i + length + 3]
            named = tuple(u for u in units if tail[:2] == "自治" and u.name.endswith(AUTONOMOUS_TAILS.get(tail[2:], "-")))
            if named:
                return length + 3, named, True
            return length, units, False
    return None


def find_chains(text: str, opening_province_stem: bool = False, town_zones: bool = False) -> list[Chain]:
    """Every chain of place names in text, left to right (``town_zones``: a short form also counts before
    the town and park zones' words, as in an issuer's own name: 宁波生态园)."""
    # Names, windows and hints are read again by several stages and recur between reports: a short text's
    # chains are found once per process (new Chain objects each call: callers may change theirs).
    found = _chains(text, opening_province_stem, town_zones)
    return [Chain(start, end, units) for start, end, units in found]


@for_short_texts()  # names, windows and hints are read again by several stages
def _chains(text: str, opening_province_stem: bool, town_zones: bool) -> tuple[tuple[int, int, tuple[Unit, ...]], ...]:
    gaz = load_gazetteer()
    lengths = gaz.lengths
    chains: list[Chain] = []
    chain: Chain | None = None
    i = 0
    while i < len(text):
        if text[i] not in lengths:  # most characters open no name: skip them without the call (as _match_at would)
            i += 1
            continue
        found = _match_at(gaz, text, i)
        if found is None:
            i += 1
            continue
        length, units, full = found
        if chain is not None and chain.end == i:
            inner = tuple(u for u in units if any(u.within(k) and u != k for k in chain.units))
            if inner and (full or _short_form_ok(gaz, text, i + length, inner, False, town_zones)):
                chain.units, chain.end = inner, i + length
                i += length
                continue
        if text[i : i + length] in GENERIC or not (
            full or _short_form_ok(gaz, text, i + length, units, opening_province_stem and not chains, town_zones)
        ):
            i += 1
            continue
        chain = Chain(i, i + length, units)
        chains.append(chain)
        i += length
    return tuple((c.start, c.end, c.units) for c in chains)



def _short_form_ok(gaz: Gazetteer, text: str, end: int, units: tuple[Unit, ...], opening: bool,
                   town_zones: bool = False) -> bool:
    """A short form counts before a zone word or a full name inside it, or opening the agency: a
    province's, one before a zone's own name (文山三七产业园区), or one before a vertical system's
    body (东州海事局)."""
    zone, named_zone = (TOWN_ZONE, NAMED_TOWN_ZONE) if town_zones else (ZONE, NAMED_ZONE)
    if zone.match(text, end):
        return True
    if opening and (named_zone.match(text, end) or VERTICAL.match(text, end)):
        return True
    if opening and any(u.kind == "province" for u in units):
        return True
    found = _match_at(gaz, text, end)
    return bool(found and found[2] and any(c.within(u) and c != u for c in found[1] for u in units))


def hint_evidence(hint: str, context: str = "") -> list[tuple[Unit, ...]]:
    """Candidate sets a hint offers: each chain's units, each registration code's, each gov.cn host's.

    A host's label may fit several units (tl: 铜陵, 通辽, 铁岭); those the ``context`` (the report's
    text) names are kept, when it names any.
    """
    return list(_hint_evidence(hint, context))


# the label of a line that names a body: a byline's source, a metadata table's publisher, a footer's owner
_BODY_LABEL = re.compile(r"^\s*(?:信息来源|来\s*源|发布机构|发布单位|主办单位|主办|承办|版权所有)\s*[:：]\s*")
# ...but the same labels name a newspaper or a site a page was copied from ('来源：湖北日报'), a company that owns a
# mirror ('版权所有：浙江某某科技有限公司') or a meeting: a province's name opens them as it opens a body's, and says
# nothing of where the report's body is (review of session 23). Read up to the next label's colon.
_NOT_A_BODY = re.compile(r"日报|晚报|早报|商报|报社|报业|新闻|在线|网|频道|电视|广播|传媒|公司|集团|股份|会议|论坛|大会|峰会"
                         r"|博览|杂志|出版")


@lru_cache(maxsize=256)  # place_of locates a report two to four times, on the same hints and context
def _hint_evidence(hint: str, context: str) -> tuple[tuple[Unit, ...], ...]:
    gaz = load_gazetteer()
    text = _clean(hint)
    evidence = [chain.units for chain in bound_chains(find_chains(text)) if not a_town_s_name(text, chain)]
    label = _BODY_LABEL.match(text)
    if label:
        # a byline's or footer's body ('来源：某市某湖新技术开发区教育局') opens with its place's short form, as the
        # issuer's own name does: read it so (a short form before a zone's own name counts only opening a name); a
        # name after it that is no part of it is the zone's own ('福州芙蓉新区': not 长沙's 芙蓉区)
        value = text[label.end():]
        chains = bound_chains(find_chains(value, opening_province_stem=True))
        # (a short form before a zone of its own name is that zone's, '某湖高新区': no county's, as _agency_form reads it)
        if (chains and chains[0].start == 0 and not _NOT_A_BODY.search(re.split(r"[:：]", value, maxsplit=1)[0])
                and not value.startswith(_OWN_NAME_ZONES, chains[0].end)):
            first = chains[0].units
            evidence = [first] + [c.units for c in chains[1:] if any(u.within(f) for u in c.units for f in first)]
    for code in CREDIT_CODE.findall(text):
        for prefix in (code, code[:4] + "00"):
            if prefix in gaz.by_code:
                evidence.append((gaz.by_code[prefix],))
                break
    for code in SITE_CODE.findall(text):
        # (round 32) a code of a division since renamed or merged ('320982', a county-level city made a district) still
        # names its city, as a credit code's does
        for prefix in (code, code[:4] + "00"):
            if prefix in gaz.by_code:
                evidence.append((gaz.by_code[prefix],))
                break
    for host in gov_hosts(text):
        for units in host_units(host):
            named = tuple(u for u in units if context and (u.name in context or (u.stem or u.name) in context))
            named = named if len(named) < len(units) else ()  # naming them all settles nothing
            evidence.append(named or _settled_by_path(units, text) or units)
    return tuple(evidence)


def _settled_by_path(units: tuple[Unit, ...], address: str) -> tuple[Unit, ...]:
    """The host's candidates a folder of the address agrees with, when the host fits several:
    'www.tiexi.gov.cn/html/SYTXQ/…' (SYTXQ: 沈阳 + 铁西区) is 沈阳's 铁西区. Only narrows."""
    if len(units) < 2:
        return ()
    path = address.split(".gov.cn", 1)[-1]
    for folder in re.findall(r"/([A-Za-z]{3,12})(?=[/_.\-]|$)", path):
        named = label_units(folder.lower())
        kept = tuple(u for u in units if any(u.within(v) or v.within(u) for v in named))
        if kept and len(kept) < len(units):
            return kept
    return ()


@lru_cache(maxsize=256)  # one report's context is cleaned for every hint and every locate() of it
def _clean(text: str) -> str:
    """NFKC-folded, simplified text without whitespace (OCR splits 沐阳县 人民政府; mirrors write 衡南縣),
    a national new area's name preceded by the division it lies in (西咸新区 -> 陕西省西咸新区)."""
    return _with_new_areas(to_key(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))))


@cache
def _new_areas() -> tuple[re.Pattern, dict[str, Unit]]:
    """(pattern of the new areas' names, name -> the division holding it) from new_areas.tsv."""
    gaz = load_gazetteer()
    areas = {}
    for line in NEW_AREAS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code = line.split("\t")[:2]
            areas[name] = gaz.by_code[code]
    return re.compile("|".join(sorted(areas, key=len, reverse=True))), areas


def _with_new_areas(text: str) -> str:
    """Put the division's name before a national new area's name, unless its place is named there."""
    pattern, areas = _new_areas()
    if "新区" not in text:
        return text

    def named(match: re.Match) -> str:
        unit = areas[match.group(0)]
        before = text[max(0, match.start() - 8) : match.start()]
        if unit.name in before or (unit.stem and before.endswith(unit.stem)):
            return match.group(0)
        return unit.name + match.group(0)

    return pattern.sub(named, text)


# Zones whose name before the zone's word is often their own, not a county's: a new area or a high-tech zone is
# named after a lake, a hill or an old district name (one city's 某湖新区 or 某湖高新区 is no part of the 某湖区 of a
# city elsewhere), while a 开发区 or 工业园区 takes its county's name (某某县经济开发区).
_OWN_NAME_ZONES = ("新区", "高新区", "高新技术产业开发区", "新技术产业开发区", "新技术开发区")


@dataclass
class Form:
    """What an agency's name alone tells: candidate units, level, and how it told them."""

    units: tuple[Unit, ...] = ()
    level: str | None = None
    bare: bool = False  # 市民政局: a level word without a place
    open_kind: bool = False  # the place's kind is open (海南: the province or the 自治州)
    # a county's short form before 新区 may be the new area's own name (岳阳's 南湖新区 is no part of 嘉兴's 南湖区;
    # a 开发区 is its county's): evidence of a place elsewhere replaces the county rather than being ignored
    own_name: bool = False


# A street or town named after a province, not in it: 北京街道, 上海路街道, 四川北路街道, 天津镇 (a province's
# short form right before a township's word names the township, wherever it is).
_NAMED_AFTER_PROVINCE = re.compile(r"(?:[东南西北中]?路|大街|大道)?(?:街道|街(?!道)|镇|乡)")
# A body's branch named after a division inside its parent's: 某某市公安局某某区分局, 某某市公安局某某分局,
# 某某市规划和自然资源局某某管理局; (round 46) a city's ecology and environment bureau dispatched to a county, named
# by the county's short form after the city's name (某某市某某生态环境局, the vertical reform's bureaus); (round 67) a
# city centre's branch in a district (某某市公共资源交易服务中心某某分中心), and so a province centre's branch in a city
# (某某省…交易中心某某分中心 at the city), as a province bureau's 分局 named after a city sits there (review 35 #13).
_BRANCH_TAIL = re.compile(r"(?:分局|管理局|生态环境局|分中心)$")


def _branch_units(name: str, chain: Chain) -> tuple[Unit, ...]:
    """The units of the division a branch (分局) is named after, when it lies inside the place its
    parent body is named after: the branch sits there, not at its parent's place or level."""
    tail = _BRANCH_TAIL.search(name)
    if not tail or tail.start() <= chain.end:
        return ()
    gaz = load_gazetteer()
    for start in range(chain.end, tail.start() - 1):
        piece = name[start : tail.start()]
        found = gaz.by_name.get(piece, ()) + (gaz.by_stem.get(piece, ()) if len(piece) >= 2 else ())
        inner = tuple(u for u in found if any(u.within(k) and u != k for k in chain.units))
        if inner:
            return inner
    return ()


# A township's or street's own office after its name ('某某区某某街道党政办', '…街道基层党建办', '某某镇党政综合办公室'): the
# township's, as its government is (round 39; only the offices a township has, so '城乡建设办' stays a county's).
_TOWNSHIP_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)(?:基层)?(?:党政|党建)(?:综合)?办(?:公室)?$")
# A district's street office written without 街道 ('某某区北郊办事处', '某某区城关办事处', an older style); a liaison
# office ('驻北京办事处') is the place's own.
_STREET_OFFICE = re.compile(r"(?![驻])[\u4e00-\u9fff]{2,3}办事处$")


def _agency_form(name: str) -> Form:
    """Candidate units and level the agency name alone tells."""
    if XPCC.match(name):
        return Form((load_gazetteer().by_code[XINJIANG],))
    name = _without_partner(name)
    if name.startswith("中共") and not name.startswith("中共中央"):
        # the Party's committee of a place, jointly with its government ('中共某县委 某县人民政府'): 中共 is no part of the
        # place's name ('中共和县委' is 和县's, not 共和县's) (round 20)
        party = bound_chains(find_chains(name[2:], opening_province_stem=True, town_zones=True))
        if party and party[0].start == 0:
            return _agency_form(name[2:])
    chains = bound_chains(find_chains(name, opening_province_stem=True, town_zones=True))
    if chains and LANDFORM_NAME.fullmatch(name[: chains[0].start]):
        chains = []  # '银湖湾滨海新区': the division's name is part of a name of another place
    if chains and chains[0].start == 0 and (town := _town_named_as_place(name, chains[0])):
        # '唐县镇': a 镇 right after a county's name is no town of that county (a town has a name of its own) but a
        # town named so, where the list of townships puts it (随县's); '芒市镇' lies in 芒市 itself (round 37)
        own = tuple(u for u in chains[0].units if u.code in township_table()[town])
        if own:
            return Form(own, "township")
        chains = []
    if chains:
        units, end = chains[0].units, chains[0].end
        short = all(name[chains[0].start : end] != u.name for u in units)
        if short and any(u.kind == "province" for u in units) and _NAMED_AFTER_PROVINCE.match(name, end) \
                and TOWNSHIP.match(name, chains[0].start):
            return Form(level="township")
        provinces = tuple(u for u in units if u.kind == "province")
        if short and provinces and len(provinces) < len(units) and chains[0].start == 0 and _DEPARTMENT.fullmatch(name, end) \
                and not VERTICAL.match(name, end):
            # only a province's short form opens a name (module docstring): '河北教育厅', '吉林发展和改革委员会' are the
            # province's, not 天津's 河北区 or 吉林市, whose bodies write their unit word (round 20)
            units = provinces
        if short and provinces and len(provinces) < len(units) and _PROVINCIAL_TIER.fullmatch(name, end) \
                and (name[end:] != "局" or CENTRAL.match(name[: chains[0].start])):
            # a central system's provincial office named by the province's short form, which a smaller unit shares
            # (河北: 天津's 河北区; 海南: 海南藏族自治州; 吉林: 吉林市): 某某调查总队, 某某监管局 (a city's is 监管分局),
            # 某某海事局, and 国家某某局 + short form + 局 are the province's (round 20)
            units = provinces
        if short and VERTICAL.match(name, end):
            # a vertical system names its offices after cities and counties: a short form that a city or county
            # shares with another city's district is the city's or county's (国家统计局中山调查队 is 中山市's, not
            # 大连's 中山区). A municipality's districts rank as counties and keep offices of their own (国家统计局
            # 浦东调查队); between districts only (通州: 北京's and 南通's), nothing is settled.
            units = tuple(u for u in units if u.current) or units  # a unit renamed away competes with none
            district = [u.kind == "county" and u.name.endswith("区") for u in units]
            if not all(district):
                units = tuple(u for u, d in zip(units, district) if not d or u.code[:2] in MUNICIPALITIES)
            # a city and the county named after it inside it (长沙: 长沙市 and 长沙县): the short form alone is the
            # city's; the county's office writes its 县 (国家统计局长沙县调查队)
            cities = [u for u in units if u.kind == "city"]
            if len(cities) == 1 and all(u.within(cities[0]) for u in units if u is not cities[0]):
                units = (cities[0],)
        inner = _branch_units(name, chains[0])
        if inner:
            kinds = {u.kind for u in inner}
            return Form(inner, kinds.pop() if len(kinds) == 1 else None)
        kinds = {u.kind for u in units}
        if TOWNSHIP.match(name, end) or (name.startswith("人民政府", end) and TOWNSHIP.match(name, end + 4)) \
                or _TOWNSHIP_OFFICE.match(name, end) \
                or (kinds == {"county"} and _STREET_OFFICE.fullmatch(name, end)):
            return Form(units, "township")  # (the district's government before its street office: '某某区人民政府某某街道办事处')
        if NAMED_FARM.match(name, end):
            return Form(units)
        zone = NAMED_TOWN_ZONE.match(name, end)
        if zone and TOWNSHIP.match(name, zone.end()):
            # a town or street a zone administers is a township whatever the zone's name's length: '某某市某某经济技术
            # 开发区某某镇人民政府' (TOWNSHIP's short reach read only '某某经开区某某镇' so, round 23)
            return Form(units, "township")
        if zone:
            own_name = short and all(u.kind == "county" for u in units) and name.startswith(_OWN_NAME_ZONES, end)
            return Form(units, own_name=own_name)  # a zone's 管委会 sits outside the tiers (docs/places.md)
        if ABOVE_PLACE.match(name, end) and "province" not in kinds:
            return Form(units)  # 东州海事局: where it is, not its rank
        return Form(units, kinds.pop() if len(kinds) == 1 else None, open_kind=len(kinds) > 1)
    if TOWNSHIP.match(name):
        return Form(level="township")
    generic = GENERIC_OPENING.match(name)
    if generic:
        # '郊区人民政府', '城区某某局': a district of that name (several cities have one), its body a county's; the
        # hints choose among them (an area code, the city's address); never a chain in the text (round 19)
        units = tuple(u for u in load_gazetteer().by_name.get(generic.group(1), ()) if u.current)
        return Form(units, "county")
    if BARE_TOWNSHIP.match(name):
        return Form(level="township", bare=True)
    bare = BARE.match(name)
    if bare:
        return Form(level=BARE_LEVEL[bare.group(1)], bare=True)
    unknown = UNKNOWN_STEM.match(name)
    if unknown:
        return Form(level="county" if unknown.group(1) or unknown.group(3) else "city")
    generic = _GENERIC_VERTICAL.match(name)
    if generic:
        # '国家统计局郊区调查队': a central system's office of a district named 城区/郊区/矿区 (no chain: too common a word
        # to open one), the district's rank like any 调查队 or 税务局 named after its county (round 20)
        return Form(tuple(u for u in load_gazetteer().by_name.get(generic.group(1), ()) if u.current), "county")
    if CENTRAL.match(name):
        # A central body's provincial branch: 国家统计局某某调查总队 (its place, when known, is a chain above).
        return Form(level="province" if BRANCH.search(name) else "central")
    return Form()


# 台湾, 香港 and 澳门 (division codes): the 条例 binds the mainland's bodies only, so a name or a line placing an issuer
# there is a betting splice ('澳门特区赌场交通运输局') or a place a text speaks of, never where the issuer is.
OUTSIDE_THE_RULES = {"71", "81", "82"}


# A township's kind word right after a place's name ('唐县镇网站'), not the first of two unit words: '某县乡镇',
# '某县镇村两级', '某县镇级' speak of the county's townships
_KIND_AFTER_PLACE = re.compile(r"(?:镇|乡|街道|苏木)(?![乡镇村街级])")


def _town_named_as_place(text: str, chain: Chain) -> str:
    """The township's name when the chain is one place's name with a township's kind word right after it and the list
    of townships holds that whole name ('唐县镇人民政府' -> '唐县镇'); '' otherwise."""
    kind = _KIND_AFTER_PLACE.match(text, chain.end)
    town = text[chain.start : kind.end()] if kind else ""
    return town if town in township_table() else ""


def a_town_s_name(text: str, chain: Chain) -> bool:
    """True for a chain that is a town's name less its 镇 ('唐县' in '唐县镇网站') where no unit of the chain holds that
    town: the text names the town (随县's), not the county."""
    town = _town_named_as_place(text, chain)
    return bool(town) and not {u.code for u in chain.units} & set(township_table()[town])


def bound_chains(chains: list[Chain]) -> list[Chain]:
    """The chains naming a place the 条例 binds, without the units it does not."""
    kept = []
    for chain in chains:
        units = tuple(u for u in chain.units if u.code[:2] not in OUTSIDE_THE_RULES)
        if units:
            kept.append(replace(chain, units=units))  # a copy: the caller's chains stay as they were
    return kept


def _without_partner(name: str) -> str:
    """A cooperation or free trade zone's name from its place on: '中韩(长春)国际合作示范区' -> '长春国际合作示范区'.

    Only when a place's chain opens what follows and the name is a zone's; any other name is returned as it is."""
    partner = _PARTNER.match(name)
    if not partner or not TOWN_ZONE.search(name, partner.end()):
        return name
    rest = (partner.group(1) + name[partner.end():]) if partner.group(1) else name[partner.end():]
    chains = find_chains(rest, opening_province_stem=True, town_zones=True)
    return rest if chains and chains[0].start == 0 else name


_ALIAS_NAME = re.compile(r"\(([\u4e00-\u9fff]{2,10})\)$")
_BRACKETED_END = re.compile(r"\([^()]{2,30}\)$")


def locate(agency: str | None, hints: Iterable[str] = (), self_word: str | None = None, context: str = "",
           region_hints: Iterable[str] = ()) -> Place:
    """Level and region of an issuing body from its name and the report's hints.

    ``self_word``: what the report calls its issuer when ``agency`` is None (乡 for 我乡, 局 for
    我局); ``context``: the report's text, which settles a web host that fits several places.
    A body whose name tells no level (林业局, 我局) takes the level of the one unit its evidence
    names, if the evidence names one; the Place then says so in ``basis``. ``region_hints`` are
    read after ``hints`` and fill the region only: a report citing 《某某省政府信息公开规定》 is in
    that province, which says nothing of its issuer's level.
    """
    name = _clean(agency or "")
    form = _agency_form(name)
    alias = _ALIAS_NAME.search(name)
    if form.level is None and not form.units and alias and BARE.match(alias.group(1)):
        form = _agency_form(alias.group(1))  # '委网信办(县数据局)': the body named again in brackets with its level word
    bracket = _BRACKETED_END.search(name) if form.level is None and not form.units else None
    if bracket and bracket.start() >= 2:
        # '某某部(含某某局)': a bracket after the name (what the report also covers) leaves the name before it to tell
        form = _agency_form(name[: bracket.start()])
    if form.level == "central":
        return Place("central")
    level, units = form.level, form.units
    if not name and self_word in SELF_LEVELS:
        level = SELF_LEVELS[self_word]
        if level == "central":
            return Place("central")
    context = _clean(context)
    if len(units) > 1 and context:  # 河东区 (天津's and 临沂's) named in the text as '天津市河东区'
        named = tuple(u for u in units if _named_with_parent(u, context))
        units = named if len(named) == 1 else units
    for hint in hints:
        if not isinstance(hint, str):
            continue
        for evidence in hint_evidence(hint, context):
            narrowed = refine(units, evidence) if units else evidence
            if not narrowed and form.own_name and units == form.units:
                narrowed = evidence  # the zone's own name, not the county's: the evidence says where it is
            if narrowed:  # a contradicting hint is ignored
                units = narrowed
    evidence_units = units
    for hint in region_hints:
        for evidence in hint_evidence(hint, context):
            units = (refine(units, evidence) if units else evidence) or units
    if form.level == "township":  # the township's own name narrows what is left open, or fills it
        towns = township_units(name)
        if towns and units:
            units = refine(units, towns) or units
        elif towns:
            # a name that no county of the text corroborates fills the region only when one county holds it: a name
            # several counties share is a common one, and a holder the 2023 list lacks (renamed, 乡 made 镇) may be elsewhere
            units = (_one_province(_short_form_before(towns, name) or _written_towns(towns, name, context))
                     or (towns if len(towns) == 1 else units))
    if not units:
        if level == "city" and form.bare and name.startswith("市") and _municipal_words(context):
            level = "province"  # '国家及本市《工作要点》', '各区(县)': the 市 right below the nation is a municipality
        return Place(level)
    current = tuple(u for u in units if u.current)
    units = current or units
    basis = None
    if level is None and form.open_kind:  # 海南海事局 with an address in 海口市: 海南 is 海南省
        kinds = {u.kind for u in form.units if any(v.within(u) for v in units)}
        level = kinds.pop() if len(kinds) == 1 else None
    elif level is None and not form.units and evidence_units and _placeless(name, self_word):
        kinds = {u.kind for u in evidence_units}
        if len(kinds) == 1:  # 林业局 with the registration code of 临淄区 is that county's
            level, basis = kinds.pop(), "evidence"
    province, city, county = (_common(parts) for parts in zip(*(u.parts for u in units)))
    if level == "city" and form.bare and province and units[0].code[:2] in MUNICIPALITIES:
        level = "province"  # 市民政局 of 上海市 is a province-level body
    elif level == "city" and ((form.bare and name.startswith("市")) or (not name and self_word == "市")) \
            and all(_county_level_city(u) for u in units):
        # 市政府办公室 on the site of 大安市, a county-level city: that city's office; (round 43) so is a report naming
        # no issuer that says 我市 there, as placing's 我市 rule reads a county-level city placed by the text
        level = "county"
    if level == "province":
        city = county = None
    elif level == "city":
        county = None
    return Place(level, province, city, county, basis)


# A municipality's bodies name the nation as the level right above their 市 ('国家及本市', '中央和本市') and its
# districts and counties as its subordinates ('各区(县)'); a prefecture's name a province ('省、市', '省政府').
_MUNICIPAL = re.compile(r"(?:国家|中央|国务院)[和及与、]本市|区[(（]县[)）]")
_PROVINCE_ABOVE = re.compile(r"省(?:委|政府|人民政府|级|直|、市|市)|[中全]、?省")


def _municipal_words(context: str) -> bool:
    """True when a text naming its issuer '市…' speaks as a municipality's body and never of a province above it."""
    return bool(_MUNICIPAL.search(context)) and not _PROVINCE_ABOVE.search(context)


def _county_level_city(unit: Unit) -> bool:
    """A 县级市 (大安市, 义乌市): a county-level unit named 市."""
    return unit.kind == "county" and unit.name.endswith("市")


def _named_with_parent(unit: Unit, context: str) -> bool:
    """True when the text writes the unit after the name or short form of a unit above it."""
    gaz = load_gazetteer()
    parents = [v for name in (unit.city, unit.province) if name and name != unit.name
               for v in gaz.by_name.get(name, ())[:1]]
    return any(f"{word}{unit.name}" in context for v in parents for word in {v.name, v.stem} if word)


def _written_towns(towns: tuple[Unit, ...], name: str, context: str) -> tuple[Unit, ...]:
    """The units holding a township of the name whose county or city the text writes outside that name ('河东乡' on a
    page saying '依托松溪县政府信息公开平台': 松溪县's, not the other four 河东乡's); () when it writes none of them.

    The county by its full name, its short form (甘州 for 甘州区) or its division code opening a number, the city by its full
    name: a page names the county it belongs to far more often than a county elsewhere that happens to hold a township of
    the same name."""
    town = _township_key(name)
    text = context.replace(town, "") if town else context
    gaz = load_gazetteer()
    written = []
    for unit in towns:
        words = {unit.name, *(v.name for v in gaz.by_name.get(unit.city or "", ())[:1])}
        # a short form counts where it names a place, before an administrative word or a break ('甘州乡镇街道'), not
        # inside a phrase ('平安建设' is no 平安区)
        stem = (unit.stem and len(unit.stem) >= 2 and unit.stem not in town
                and re.search(rf"{re.escape(unit.stem)}(?:{_ADMINISTRATIVE}|[^\u4e00-\u9fff]|$)", text))
        # or its division code opening a number ('索引号 620702074/2024-00047': index numbers open with the code)
        if stem or any(word in text for word in words if word and word != unit.province) or re.search(
                rf"(?<!\d){unit.code}\d{{0,6}}(?!\d)", text):
            written.append(unit)
    return tuple(written)


_ADMINISTRATIVE = "区|县|市|旗|乡|镇|街道|政府|人民|党委|委|辖区|境内|全境"


def _short_form_before(towns: tuple[Unit, ...], name: str) -> tuple[Unit, ...]:
    """The units holding the township whose short form the name writes right before it ('宿城洋河镇人民政府': 宿城区's
    洋河镇, not the three other counties'); () when it writes none (round 20: a county's short form before a township
    names no chain of divisions, the township being no division of the list)."""
    key = _township_key(name)
    table = township_table()
    # (a name of the table, not its bare unit word: the list holds a row named '街道')
    prefix = next((key[:start] for start in range(1, len(key) - 2) if key[start:] in table), "")
    if len(prefix) < 2:
        return ()
    return tuple(u for u in towns if any(w and len(w) >= 2 and prefix.endswith(w) for w in (u.name, u.stem)))


def _township_key(name: str) -> str:
    """The township's own name in an issuer's name ('某某县河东乡人民政府' -> '河东乡')."""
    match = re.search(r"(?:[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{2,12}?族)(?:镇|乡|街道|苏木)(?=(?:人民政府|政府|办事处)?$)", name)
    return match.group(0) if match else ""


def _one_province(units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """The units when they all lie in one province, else (): a township name found in several
    provinces names none of them."""
    return units if len({u.code[:2] for u in units}) == 1 else ()


def _placeless(name: str, self_word: str | None) -> bool:
    """A body named without place or level word (林业局), or not named at all (我局)."""
    if not name:
        return self_word is not None and self_word not in SELF_LEVELS
    return bool(PLACELESS_BODY.match(name)) and not TOWN_ZONE.search(name) and not BARE.match(name)


def _common(values: tuple[str | None, ...]) -> str | None:
    """The value all candidates share, else None."""
    first = values[0]
    return first if all(v == first for v in values) else None
