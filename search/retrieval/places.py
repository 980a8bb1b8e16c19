"""Places typed as words: 浙江 卫健委, 北京 街道, 杭州 民政局 2021, 海淀区 依申请公开.

A citizen who types a place means the reports of bodies located there, not the string 浙江 in the
text: a county bureau of Zhejiang rarely writes its province, and a ministry's report that names
浙江 once is not Zhejiang's. The index knows each report's region (province and city columns, and
the province, city and county names in the ``place`` field, read by the indexer's gazetteer), so
``take_places`` reads the place words of the query against the same list of divisions
(indexer/data/divisions.tsv, read by search/divisions.py: search never imports the indexer) into
``ParsedQuery.place_hints``; the search then ranks the reports
located there first (search/retrieval/signals.py) and, among reports lacking some word, keeps
those of the place (grouped.py). The word stays in the text: a report whose region the parser
could not read still matches by what it writes.

What counts as a place word, so that names and everyday words are not read as regions:

* a full name (浙江省, 杭州市, 海淀区, 内蒙古自治区) wherever it stands, also at the head of a
  run (北京市统计局: Beijing's bureau, so Beijing's reports first is right too);
* a province's short form (浙江, 内蒙古) as a word of its own (not 北京 inside 北京路);
* a city's short form (杭州, 中山, 朝阳) typed as a whole word, between spaces, with the
  counties of that name (北京市朝阳区);
* a region's group name (东北, 长三角, 西南地区: data/region_groups.tsv) typed as a whole word, for
  the provinces or cities it is made of; few reports write it, so a report holds the word where it
  holds a member's name (东北街街道 is a street office, not the north-east); so is a run of provinces'
  one-character short forms (川渝, 云贵川, 黑吉辽), which no table needs to list;
* a county's short form (海淀, 洪泽, 通州) typed as a whole word, when it names at most MAX_UNITS
  counties and is not a word of everyday Chinese (东方, 永安, 红旗 are: jieba's general dictionary counts them
  more than EVERYDAY_COUNT times: analysis.is_common_word). A short form inside a run is a name's part (中山街道 is a
  street office of 石家庄, not 中山市);
* a name as people say it (春城, 三秦, 粤, 苏南: data/place_names.tsv), which no report writes: typed as
  a word, or, of two characters or more, as a word jieba cuts from a run (春城低保) unless a division's
  name or a street, road or level word starts there (春城街道, 金城江区 are places of their own). It
  stands for its divisions as their names do, and the text matches their names for it (春城 OR
  昆明市), since no report is the only one to write its nickname. A name that is also a division's
  short form (江城: 阳江市江城区) names both.

Quoted words are searched as typed. Central bodies (全国, 国务院) name no region.
"""
from __future__ import annotations

# Over 350 lines, kept whole: every way a query names a place (a division, a short form, a group, a name people
# say, a province's seat) is read by one pass over the same tokens, and the order of those readings decides which
# wins (春城街道 is a street office, not 昆明); split, each reader would need the others' tokens and order.
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from search.analysis import cut, is_common_word
from search.divisions import DIVISIONS, Unit, read_units
from search.retrieval.arrays import arrays_for
from search.retrieval.clauses import take_out
from search.retrieval.issuers import concept_of
from search.retrieval.place_governments import government_place_units, is_government
from search.retrieval.query import Clause, ParsedQuery

REGION_GROUPS = Path(__file__).resolve().parent.parent / "data" / "region_groups.tsv"
PLACE_NAMES = Path(__file__).resolve().parent.parent / "data" / "place_names.tsv"
# After a name said as people say it, these begin a place or a street of that name (春城街道, 江城区),
# but not the words and levels typed after a place that begin alike (春城市场监管, 江城乡镇, 蓉城区县).
NAME_PARTS = ("省", "市", "区", "县", "州", "盟", "旗", "镇", "乡", "村", "街", "路", "巷", "大道", "社区")
NOT_NAME_PARTS = ("市场", "市民", "区域", "县域", "乡村振兴", "乡镇", "区县", "县区", "市县", "县市", "市区",
                  "省直", "市直", "区直", "县直", "省级", "市级", "区级", "县级", "镇级", "乡级", "村级")
GROUP_SUFFIXES = ("地区", "一带", "片区", "区域", "各省", "省份")  # 西南地区, 长三角一带: still the group
# A group said with the count of its provinces (西北五省, 东北三省, 中部六省, 西南五省区市): how the press and the
# State Council's documents name a region; the count says nothing the group does not.
_GROUP_COUNT = re.compile(r"^(.{2,}?)[两二三四五六七八九十]个?(?:省份|省区市|省市区|省区|省市|省)(?:[一二两三]市)?$")
# After a name people say, the land it names (蜀地, 闽地, 齐鲁大地, 八桂境内): still the name, and a one-character
# short form with it is a word of its own (蜀 of 蜀地 is no part of another word).
LAND_SUFFIXES = ("大地", "地", "境内", "全境")
# A count of the places named (两省, 这三个城市, 两地的): it says how many, not what to find.
_PLACE_COUNT = re.compile(r"((?:这|那)?[两二三四五六七八九十几]个?(?:省份|省市|省区|城市|地方|地区|省|市|地))(?:的)?")
# A province's seat said by its role (江苏省会, 广西的首府, 四川省城): the city, from data/capitals.tsv.
CAPITALS = Path(__file__).resolve().parent.parent / "data" / "capitals.tsv"
_SEAT = re.compile(r"^(.+?)(?:的)?(省会城市|首府城市|省会|省城|首府)$")
MAX_UNITS = 4  # a short form naming more units than this says too little to rank by
MAX_NAME_TOKENS = 4  # words jieba may cut a name people say into (彩云/之南, 北上/广深)


@dataclass(frozen=True)
class Divisions:
    by_name: dict[str, tuple[Unit, ...]]
    by_stem: dict[str, tuple[Unit, ...]]
    lengths: dict[str, tuple[int, ...]]  # first character -> full-name lengths, longest first


@cache
def load_divisions(path: Path = DIVISIONS) -> Divisions:
    """The divisions file (code, name, short form, host keys, era), read once."""
    by_name: dict[str, list[Unit]] = {}
    by_stem: dict[str, list[Unit]] = {}
    for unit, _ in read_units(path):
        by_name.setdefault(unit.name, []).append(unit)
        if unit.stem:
            by_stem.setdefault(unit.stem, []).append(unit)
    lengths: dict[str, set[int]] = {}
    for name in by_name:
        lengths.setdefault(name[0], set()).add(len(name))
    return Divisions({k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_stem.items()},
                     {c: tuple(sorted(v, reverse=True)) for c, v in lengths.items()})


@dataclass(frozen=True)
class PlaceHint:
    """A place word of the query and the divisions it names."""

    word: str  # as typed: 浙江, 海淀区
    units: tuple[Unit, ...]
    said: str = ""  # the kind of name people say it by (别称, 简称 …: place_names.tsv), '' for a division's
    meant: tuple[Unit, ...] = ()  # the divisions such a name stands for (units may add a division's)

    @property
    def label(self) -> str:
        """The divisions' names as the facets show them: 浙江省, 北京市海淀区."""
        return _label(self.units)

    @property
    def quoted(self) -> str:
        """The word as the notes quote it, with what it stands for when people say it so: “春城”（昆明市的别称）."""
        return f"“{self.word}”（{_label(self.meant)}的{self.said}）" if self.said else f"“{self.word}”"


def _label(units: tuple[Unit, ...]) -> str:
    """Division names as the facets show them, joined: 浙江省、北京市海淀区."""
    names = []
    for unit in units:
        if unit.kind == "county":
            names.append(f"{unit.city or unit.province}{unit.name}" if (unit.city or unit.province) != unit.name
                         else unit.name)
        else:
            names.append(unit.name)
    return "、".join(dict.fromkeys(names))


def _current(units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    current = tuple(u for u in units if u.current)
    return current or units


@lru_cache(maxsize=4096)
def full_name_units(word: str) -> tuple[Unit, ...]:
    """The divisions a full name (浙江省, 海淀区) names, current ones only when there are any."""
    return _current(load_divisions().by_name.get(word, ()))


@lru_cache(maxsize=4096)
def short_form_units(word: str, whole: bool) -> tuple[Unit, ...]:
    """The divisions a short form names, by the rules of the module's doc (``whole``: typed alone)."""
    if len(word) < 2:
        return ()
    units = _current(load_divisions().by_stem.get(word, ()))
    provinces = tuple(u for u in units if u.kind == "province")
    if provinces:
        return provinces  # 吉林: the province (its city lies in it)
    if not whole:
        return ()
    if len({u.code for u in units}) > MAX_UNITS:
        return ()
    if any(u.kind == "city" for u in units):
        return units  # 朝阳: 朝阳市 and the districts of that name (北京市朝阳区)
    return () if is_common_word(word) else units


@cache
def region_groups(path: Path = REGION_GROUPS) -> dict[str, tuple[Unit, ...]]:
    """Group name (东北, 长三角) -> the provinces or cities it is made of (data/region_groups.tsv)."""
    groups: dict[str, tuple[Unit, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, provinces, cities = (line.split("\t") + ["", ""])[:3]
        units = [u for p in provinces.split(",") if p for u in short_form_units(p, whole=True) if u.kind == "province"]
        units += [u for c in cities.split(",") if c for u in full_name_units(c) if u.kind == "city"]
        groups.update((name, tuple(units)) for name in names.split(","))
    return groups


def group_units(word: str) -> tuple[Unit, ...]:
    """The units a region group names, typed alone or with a suffix (西南地区), else (); a run of provinces'
    one-character short forms (川渝, 云贵川, 黑吉辽) is the group of those provinces."""
    groups = region_groups()
    stems = [word] + [word[:-len(s)] for s in GROUP_SUFFIXES if word.endswith(s) and len(word) > len(s)]
    counted = _GROUP_COUNT.match(word)
    stems += [counted.group(1)] if counted else []
    stems += [stem[1:] for stem in stems if stem.startswith("大") and len(stem) > 2]  # 大西北, 大西南: the group
    listed = next((groups[stem] for stem in stems if stem in groups), ())
    return listed or next(filter(None, map(_chain_units, stems)), ())


def _group_in_run(tokens: list[str], i: int) -> tuple[Unit, ...]:
    """The units of a group name cut from a run (大西北的县政府, 东北乡镇), when what follows it is 的, the end or a
    body's kind (东北街街道, 华东师范大学: a street, a university), else ()."""
    units = group_units(tokens[i])
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if units and after and after != "的" and concept_of(after) is None:
        return ()
    return units


# Provinces' one-character short forms too ordinary to stand alone (place_names.tsv leaves them out: 云, 新, 青 are
# words), which a run of short forms makes clear (云贵川, 甘青). 宁 stays out: 宁夏 and 南京 (沪宁) both.
CHAIN_ONLY = {"云": "云南省", "贵": "贵州省", "新": "新疆维吾尔自治区", "黑": "黑龙江省", "青": "青海省", "藏": "西藏自治区",
              "甘": "甘肃省", "秦": "陕西省", "吉": "吉林省", "苏": "江苏省"}


@cache
def _short_forms() -> dict[str, tuple[Unit, ...]]:
    """Character -> the province it is the short form of: place_names.tsv's 简称 and CHAIN_ONLY."""
    forms = {name: units for name, (kind, units) in said_names().items()
             if kind == "简称" and len(name) == 1 and all(u.kind == "province" for u in units)}
    forms |= {ch: tuple(u for u in full_name_units(name) if u.kind == "province") for ch, name in CHAIN_ONLY.items()}
    return forms


def _chain_units(word: str) -> tuple[Unit, ...]:
    """The provinces of a run of two to four short forms (川渝, 云贵川), else (). Two ordinary characters alone are
    a word (青云, 黑云, 藏青): a run of two needs a short form that is no word of its own (川, 渝, 辽); a division's
    name (青川, 新津) is that division."""
    forms = _short_forms()
    if not 2 <= len(word) <= 4 or len(set(word)) < len(word) or not all(ch in forms for ch in word):
        return ()
    if len(word) == 2 and all(ch in CHAIN_ONLY for ch in word):
        return ()
    if load_divisions().by_stem.get(word) or load_divisions().by_name.get(word):
        return ()
    return tuple(dict.fromkeys(u for ch in word for u in forms[ch]))


@cache
def said_names(path: Path = PLACE_NAMES) -> dict[str, tuple[str, tuple[Unit, ...]]]:
    """Name (春城, 粤, 苏南) -> its kind (别称 …) and the divisions it stands for (data/place_names.tsv)."""
    names: dict[str, tuple[str, tuple[Unit, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, divisions = line.split("\t")
        units = tuple(u for d in divisions.split(",") for u in full_name_units(d) if u.kind in ("province", "city"))
        if units:
            names[name] = (kind, units)
    return names


@cache
def capitals(path: Path = CAPITALS) -> dict[str, tuple[Unit, ...]]:
    """Province's full name -> its seat's units (江苏省 -> 南京市), from data/capitals.tsv."""
    seats: dict[str, tuple[Unit, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            province, city = line.split("\t")[:2]
            seats[province] = tuple(u for u in full_name_units(city) if u.kind == "city")
    return seats


def seat_hint(word: str) -> PlaceHint | None:
    """The hint of a province's seat said by its role (江苏省会 -> 南京市), else None."""
    match = _SEAT.match(word)
    if not match:
        return None
    stem = match.group(1)
    provinces = [u for u in (full_name_units(stem) or short_form_units(stem, whole=True)) if u.kind == "province"]
    said = said_names().get(stem)
    provinces += [u for u in (said[1] if said else ()) if u.kind == "province"]
    seats = tuple(dict.fromkeys(u for p in provinces for u in capitals().get(p.name, ())))
    return PlaceHint(word, seats, "别称", seats) if seats else None


def said_hint(word: str, whole: bool) -> PlaceHint | None:
    """The hint of a name as people say it (``whole``: typed as a word, 苏南地区 too), else None."""
    seat = seat_hint(word)
    if seat is not None:
        return seat
    names = said_names()
    stems = [(word, whole)] + ([(word[:-len(s)], True) for s in GROUP_SUFFIXES if word.endswith(s) and len(word) > len(s)]
                               if whole else [])
    stems += [(word[:-len(s)], True) for s in LAND_SUFFIXES if word.endswith(s) and len(word) > len(s)]
    stem = next((s for s, alone in stems if s in names and (alone or len(s) > 1)), None)
    if stem is None:
        return None
    kind, meant = names[stem]
    # 江城 is 武汉市 as people say it and the short form of 阳江市江城区: both.
    units = meant + tuple(u for u in (full_name_units(stem) or short_form_units(stem, whole=whole)) if u not in meant)
    return PlaceHint(word, units, kind, meant)


def _starts_a_name(text: str, pos: int, word: str) -> bool:
    """Whether a division's name or a street, road or level word starts at ``pos`` (春城街道, 金城江区)."""
    after = text[pos + len(word):]
    if after.startswith(NAME_PARTS) and not after.startswith(NOT_NAME_PARTS):
        return True
    return any(text[pos:pos + length] in load_divisions().by_name
               for length in load_divisions().lengths.get(text[pos:pos + 1], ()) if length > len(word))


def _said_in_run(text: str, tokens: list[str], starts: list[int], i: int) -> tuple[PlaceHint, int] | None:
    """A name people say made of whole words of a run from token ``i`` on (春城 of 春城低保, 魔 + 都 of
    魔都低保, which jieba does not know), with how many tokens it takes; never a part of a word (关中
    in 机关中的) nor a place or street of its own (春城街道)."""
    for j in range(min(len(tokens), i + MAX_NAME_TOKENS), i, -1):
        word = "".join(tokens[i:j])
        if starts[i] < 0 or text[starts[i]:starts[i] + len(word)] != word:
            continue
        said = said_hint(word, whole=False)
        if said and not _starts_a_name(text, starts[i], word):
            return said, j - i
    return None


def _head_name(token: str) -> tuple[str, tuple[Unit, ...]] | None:
    """The full division name a glued run starts with (北京市统计局 -> 北京市), the longest."""
    for length in load_divisions().lengths.get(token[:1], ()):
        if length < len(token):
            head = token[:length]
            units = full_name_units(head)
            if units:
                return head, units
    return None


def find_places(text: str) -> list[PlaceHint]:
    """The place words of one typed word or run, as hints."""
    said = said_hint(text, whole=True) if not full_name_units(text) else None
    if said:
        return [said]
    whole = full_name_units(text) or short_form_units(text, whole=True) or group_units(text)
    if whole:
        return [PlaceHint(text, whole)]
    found: list[PlaceHint] = []
    tokens, pos = cut(text), 0
    starts = []  # where each token starts in the text (-1: folded, not found as typed)
    for token in tokens:
        at = text.find(token, pos)
        starts.append(at)
        pos = at + len(token) if at >= 0 else pos
    i = 0
    while i < len(tokens):
        token = tokens[i]
        seat = next(((seat_hint("".join(tokens[i:j])), j - i) for j in (i + 3, i + 2)
                     if j <= len(tokens) and seat_hint("".join(tokens[i:j]))), None)
        if seat:  # 江苏省会民政局: the seat, not the province
            found.append(seat[0])
            i += seat[1]
            continue
        units = full_name_units(token) or short_form_units(token, whole=False)
        if not units and i + 1 < len(tokens) and is_government(tokens[i + 1]):
            units = government_place_units(token)  # 广州政府, 延边州政府: a place's short form, by what follows it
        if units:
            found.append(PlaceHint(token, units))
            i += 1
            continue
        group = _group_in_run(tokens, i)
        if group:
            found.append(PlaceHint(token, group))
            i += 1
            continue
        said = _said_in_run(text, tokens, starts, i)
        if said:
            found.append(said[0])
            i += said[1]
            continue
        head = _head_name(token)
        if head:
            found.append(PlaceHint(*head))
        i += 1
    return found


def _narrowest(hints: list[PlaceHint]) -> list[PlaceHint]:
    """Drop a place another hint lies inside (厦门 集美区: 集美区 says it all)."""
    return [h for h in hints if not any(
        other is not h and all(any(o.within(u) and o.code != u.code for u in h.units) for o in other.units)
        for other in hints)]


def take_places(parsed: ParsedQuery) -> None:
    """Read the place words of the unquoted words into ``parsed.place_hints``, with a note (in place)."""
    hints: list[PlaceHint] = []
    for clause in parsed.must:
        if clause.phrase or len(clause.alternatives) != 1:
            continue
        found = find_places(clause.alternatives[0])
        group = group_units(clause.alternatives[0])
        if group:  # few reports write 西南 or 长三角: a report holds the word where it holds a member's name
            # (a province by its short form, 辽宁; a city by its full name: 中山 alone is every 中山路)
            clause.shown = clause.alternatives[0]
            clause.alternatives += [u.stem if u.kind == "province" and u.stem else u.name for u in group]
        # Names no report writes, searched by the divisions they stand for: a name people say (春城 OR 昆明市; 春城低保
        # OR 昆明市低保) and a group cut from a run (大西北的县政府 OR 陕西的县政府 …).
        typed = clause.alternatives[0]
        unwritten = [(h, h.meant) for h in found if h.said]
        unwritten += [(h, h.units) for h in found if not group and not h.said and h.word != typed and group_units(h.word)]
        for hint, meant in unwritten:
            officials = [_typed_name(u) for u in meant]
            if hint.word == typed:
                clause.shown = typed
                clause.alternatives += officials
            else:
                clause.alternatives += [typed.replace(hint.word, o, 1) for o in officials]
        # A word both a group and a name people say (川渝: a run of short forms and place_names.tsv's 俗称) gave its
        # members twice: an alternative said twice counts twice in the OR's score.
        clause.alternatives = list(dict.fromkeys(clause.alternatives))
        hints += found
    if not hints:
        return
    hints = _narrowest(list({h.word: h for h in hints}.values()))
    # 深圳 深圳市: one place typed twice is one place asked, with one note (the first word typed stands for it)
    hints = list({h.units: h for h in reversed(hints)}.values())[::-1]
    if len(hints) > 1 or any(len(h.units) > 1 for h in hints):
        # 福建 江苏 两省的报告: the count only says how many places were named; no report writes it.
        _, kept = take_out(parsed.must, _PLACE_COUNT, keep=lambda text: bool(cut(text)))
        parsed.must = kept
        parsed.must = _places_apart(parsed.must, hints)
    parsed.place_hints = hints
    parsed.notes += [place_note(hint) for hint in hints]


def _places_apart(must: list[Clause], hints: list[PlaceHint]) -> list[Clause]:
    """Places typed as items of their own (福建 江苏, 杭州 宁波 低保) joined into one item: a report is of one
    place, so each required would keep only the few that name both; the region ranks either first."""
    if any(a is not b and any(u.within(v) for u in a.units for v in b.units) for a in hints for b in hints):
        return must  # 天津 和平区: a place and a place inside it narrow each other, both stay
    words = {h.word for h in hints}
    alone = [i for i, c in enumerate(must) if not c.phrase and c.alternatives and c.alternatives[0] in words]
    if len(alone) < 2:
        return must
    merged = Clause(list(dict.fromkeys(a for i in alone for a in must[i].alternatives)), False,
                    " ".join(must[i].shown or must[i].alternatives[0] for i in alone))
    return [merged if i == alone[0] else c for i, c in enumerate(must) if i == alone[0] or i not in alone]


def _typed_name(unit: Unit) -> str:
    """How a citizen types a division for its reports: its short form where that reads as the division
    alone (陕西, 昆明), else its full name (中山市: 中山 alone is every 中山路)."""
    if unit.stem and unit in short_form_units(unit.stem, whole=True):
        return unit.stem
    return unit.name


def place_note(hint: PlaceHint) -> str:
    """The note of a place word read as the reports' region and ranked first."""
    return f"{hint.quoted}按报告地区理解：{hint.label}的报告排在前面（只看该地区可在“地区”筛选中选择）。"


def place_absent_note(hint: PlaceHint) -> str:
    """The same note when no report of that place matches: the list holds other places only."""
    return f"{hint.quoted}按报告地区理解，但没有{hint.label}的报告符合查询，下面是其他地区的报告。"


def place_sorted_note(hint: PlaceHint) -> str:
    """The note when the list is sorted by date or agency: the place ranks first only by relevance."""
    return f"{hint.quoted}按报告地区理解：按相关度排序时{hint.label}的报告排在前面（只看该地区可在“地区”筛选中选择）。"


def place_later_note(hint: PlaceHint) -> str:
    """The note when the place's reports are listed only among the looser matches further down."""
    return f"{hint.quoted}按报告地区理解，但{hint.label}的报告只出现在后面较宽松的匹配结果中。"


def region_mask(searcher, hints: list[PlaceHint]) -> np.ndarray:
    """Documents of reports located in any of the hinted places (by the index's region columns)."""
    arrays = arrays_for(searcher)
    out = np.zeros(arrays.doc_count, dtype=bool)
    unread = None
    for hint in hints:
        for unit in hint.units:
            if unit.kind == "province":
                # A report whose region was not read but whose issuer's township or county one other province also
                # bears (indexer/possible_places.py) holds the province in its place field alone: it may be the
                # place's, so it is kept with the place's reports, as a report of an unread issuer is with a body's.
                unread = arrays.mask(searcher, "province", "unknown") if unread is None else unread
                out |= arrays.mask(searcher, "province", unit.name) | (arrays.mask(searcher, "place", unit.name) & unread)
            elif unit.kind == "city":
                out |= arrays.mask(searcher, unit.kind, unit.name)  # the field of that name
            else:  # no field for counties: the place field holds the county's name
                out |= arrays.mask(searcher, "place", unit.name) & arrays.mask(searcher, "province", unit.province)
    return out


def place_words(parsed: ParsedQuery) -> set[str]:
    """The words of the query read as places."""
    return {h.word for h in getattr(parsed, "place_hints", ())}
