"""Agency names as data: what function a name (or its abbreviation) means, and what reforms renamed.

The vocabulary is ``data/agency_functions.tsv`` and the dated renames and mergers
``data/agency_renames.tsv`` (docs/agencies.md says how to add a row). Both the indexer (agency
ids, ``indexer/identity.py``) and search (query expansion) read them through this module, which
knows no place names: the indexer finds the place part of a name with its gazetteer and hands
the rest to ``function_of``.

Why rules and not a list of abbreviations: names are built from parts (place + function + level
suffix), so 发改委, 发展改革局 and 发展和改革委员会 all come from one row. A derived abbreviation
that two functions would share (国土资源 and 国有资产 both give 国资) is dropped and the right
one is listed in the data.
"""
# Over 350 lines, kept whole: the vocabulary of functions and the dated renames are read together: a rename is
# resolved through the same function names (the data itself is in data/agency_*.tsv).
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable
from pathlib import Path

from search.analysis import fold, is_common_word
from search.divisions import read_units

DATA = Path(__file__).with_name("data")
UNNAMED = "（无名称）"  # the name part of the id of a report naming no issuer (unresolved:（无名称）#<report id>)
FUNCTIONS = DATA / "agency_functions.tsv"
RENAMES = DATA / "agency_renames.tsv"

# Level suffixes: the same function is a 局 in a county, a 厅 in a province and a 部 in Beijing.
DEPARTMENT_SUFFIXES = ("委员会", "总局", "分局", "总署", "局", "厅", "部", "委", "署")
OFFICE_SUFFIXES = ("办公室", "办公厅", "办")
GENERIC_TAILS = ("行政管理", "管理", "事务")  # 应急管理局 is called 应急局, 工商行政管理局 工商局
TOWNSHIP = re.compile(r"(.{1,10}?)(街道|镇|乡|苏木)(人民政府|政府|街道办事处|办事处)?$")
# Pinyin that mirror converters insert after a character: 拖市鎮(zhèn), 公開(kāi).
PINYIN_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ\s]+[)）]")
QUALIFIER = re.compile(r"[(（]([^()（）]*)[)）]")
SEPARATORS = re.compile(r"[,，、;；:：|>»›]")  # spam, labels and breadcrumbs before a name
PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")  # {{ title }}: a page template left unfilled
JOINED = re.compile(r"[•·・‧/]")  # 北京市统计局•国家统计局北京调查总队: a joint report
OWN_OFFICE = re.compile(r"(?<=[局委办厅署])本级$")  # 某某局本级: the bureau's own office, as 某某局(本级机关)


@dataclass(frozen=True)
class CleanName:
    """An agency name folded for matching, and the series qualifier a parenthesis carried."""

    text: str
    qualifier: str = ""  # "本级" for 海关总署(本级机关): the headquarters, not the whole system


@dataclass(frozen=True)
class LocalUnit:
    """A township, street or development zone read at the start of a name part."""

    name: str  # 宣和镇, 新竹街道, or the zone's own words plus its canonical zone word
    kind: str  # "township", "street" or "zone"
    rest: str  # what follows: the function part


@dataclass(frozen=True)
class Change:
    """One row of agency_renames.tsv."""

    what: str  # function or place
    kind: str  # rename, merge or split
    old: str  # function name, or division code for places
    new: str
    old_name: str  # for places: the division's name then
    new_name: str
    scope: str  # national or a two-digit province code
    effective: str  # YYYY-MM
    source: str

    @property
    def year(self) -> int:
        return int(self.effective[:4])

    def applies_to(self, code: str | None) -> bool:
        """True when the change's scope covers a body at this division code (None: national only)."""
        return self.scope == "national" or bool(code and code[:2] == self.scope)


def clean(name: str | None) -> CleanName:
    """Fold width, case and traditional script, drop pinyin glosses, spaces and spliced prefixes."""
    text = fold(name or "")
    text = PINYIN_GLOSS.sub("", text)
    text = re.sub(r"\s+", "", PLACEHOLDER.sub("", text))
    # A qualifier in brackets first: it may list bodies ('某某县卫生健康局(某某县中医药管理局、…)'), whose 、 is no
    # separator; '某某局本级' without brackets is the same qualifier as '某某局(本级机关)'.
    qualifier = ""
    for inner in QUALIFIER.findall(text):
        if "本级" in inner:
            qualifier = "本级"
    text = QUALIFIER.sub("", text)
    if OWN_OFFICE.search(text):
        text, qualifier = OWN_OFFICE.sub("", text), "本级"
    # Spam, crawler labels and breadcrumbs come before the name, never inside it: keep the last piece.
    text = next((piece for piece in reversed(SEPARATORS.split(text)) if piece), "")
    text = JOINED.split(text)[0]
    text = text.removeprefix("中华人民共和国")
    return CleanName(text, qualifier)


@dataclass
class Vocabulary:
    """Functions, their names and abbreviations, zone words and vertical prefixes, indexed."""

    rows: dict[str, dict]  # canonical function -> its row
    exact: dict[str, str]  # a whole name with no level suffix (人民政府, 管委会) -> function
    stems: dict[tuple[str, str], str]  # (department|office, stem) -> function
    derived: dict[str, set[str]]  # function -> abbreviation stems derived by rule and kept
    central: dict[str, str]  # a central body's whole name (民政部, 海关总署) -> function
    zones: list[tuple[str, str]]  # (word as written, canonical zone word), longest first
    verticals: tuple[str, ...]


def _split_suffix(name: str) -> tuple[str, str, str] | None:
    """(stem, suffix, class) of a name ending in a level suffix; None when it ends in none."""
    for suffix in OFFICE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix, "office"
    for suffix in DEPARTMENT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix, "department"
    return None


def _key(stem: str) -> str:
    """The matching form of a stem: 和/与 left out, 监督管理 written 监管."""
    return stem.replace("监督管理", "监管").replace("和", "").replace("与", "")


def _drop_tail(stem: str) -> str | None:
    for tail in GENERIC_TAILS:
        if stem.endswith(tail) and len(stem) > len(tail) + 1:
            return stem[: -len(tail)]
    return None


def derive_abbreviation(stem: str, cls: str = "department") -> str | None:
    """The rule's abbreviation of a stem: 发展和改革 -> 发改, 卫生健康 -> 卫健, 市场监督管理 -> 市监.

    An office's two-character stem keeps its first character (外事办公室 -> 外办); longer office
    stems are abbreviated only in the data (人防办: the rule would also make 人政办 of 人民政府).
    """
    core = _drop_tail(stem) or stem
    if cls == "office":
        return core[0] if len(core) == 2 else None
    if "和" in core:
        parts = [p for p in core.split("和")]
        if len(parts) >= 2 and all(len(p) >= 2 for p in parts):
            return "".join(p[0] for p in parts)
        return None
    if len(core) >= 4 and len(core) % 2 == 0:
        return "".join(core[i] for i in range(0, len(core), 2))
    return None


def _cells(line: str, width: int) -> list[str]:
    cells = line.split("\t")
    return cells + [""] * (width - len(cells))


def _items(cell: str) -> list[str]:
    return [fold(x.strip()) for x in cell.split(",") if x.strip()]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Read agency_functions.tsv once and index every name, suffix variant and abbreviation."""
    lines = [ln for ln in FUNCTIONS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows: dict[str, dict] = {}
    zones: list[tuple[str, str]] = []
    verticals: list[str] = []
    for line in lines[1:]:
        row = dict(zip(header, _cells(line, len(header))))
        kind, function = row["kind"], fold(row["function"])
        if kind == "zone":
            zones += [(w, function) for w in [function, *_items(row["forms"]), *_items(row["abbrev"])]]
        elif kind == "vertical":
            verticals.append(function)
        else:
            rows[function] = {"central": fold(row["central"]), "forms": _items(row["forms"]),
                              "abbrev": _items(row["abbrev"]), "informal": _items(row["informal"])}
    exact: dict[str, str] = {}
    stems: dict[tuple[str, str], str] = {}

    def register(name: str, function: str, table_only: bool = False) -> None:
        split = _split_suffix(name)
        if split is None or table_only:
            exact.setdefault(name, function)
            stems.setdefault(("department", _key(name)), function)  # 海关 -> 海关总署
            return
        stem, _, cls = split
        stems.setdefault((cls, _key(stem)), function)
        tail_less = _drop_tail(stem)
        if tail_less:
            stems.setdefault((cls, _key(tail_less)), function)

    # Canonical names first, then other full names, then listed abbreviations: the earlier wins a
    # clash. Central names stay out of the stems (国家税务总局 is not the old 国家税务局).
    for function in rows:
        register(function, function)
    for function, row in rows.items():
        for name in row["forms"]:
            register(name, function)
    for function, row in rows.items():
        for name in row["abbrev"]:
            register(name, function, table_only=_split_suffix(name) is None)
    # Derived abbreviations last, and only those no other function could claim.
    claims: dict[tuple[str, str], set[str]] = {}
    for function, row in rows.items():
        for name in [function, *row["forms"]]:
            split = _split_suffix(name)
            if split and (abbr := derive_abbreviation(split[0], split[2])):
                claims.setdefault((split[2], abbr), set()).add(function)
    derived: dict[str, set[str]] = {}
    for (cls, abbr), functions in claims.items():
        taken = stems.get((cls, _key(abbr)))
        if len(functions) == 1 and taken in (None, *functions):
            function = next(iter(functions))
            stems[(cls, _key(abbr))] = function
            derived.setdefault(function, set()).add(abbr)
    zones.sort(key=lambda z: -len(z[0]))
    central = {row["central"]: function for function, row in rows.items() if row["central"]}
    return Vocabulary(rows, exact, stems, derived, central, zones, tuple(verticals))


def function_of(text: str) -> str | None:
    """The canonical function a (folded) function part names, or None when it is not known.

    民政厅 -> 民政局, 发改委 -> 发展和改革委员会, 市人力资源社会保障局 is not a function part
    (its 市 is a place), 人民政府办公厅 -> 人民政府办公室.
    """
    voc = vocabulary()
    if not text:
        return None
    if text in voc.exact:
        return voc.exact[text]
    split = _split_suffix(text)
    if split is None:
        return None
    stem, _, cls = split
    return voc.stems.get((cls, _key(stem)))


def _word_starts(stem: str) -> set[int]:
    """Where a stem's words begin, read as the names are built: two-character words after each 和
    (人力资源和社会保障: 人力 资源 | 社会 保障), so positions counted in the 和-less key."""
    starts, at = set(), 0
    for part in stem.split("和"):
        starts.update(range(at, at + len(part), 2))
        at += len(part)
    return starts


def _abbreviates(short: str, stem: str) -> bool:
    """Whether ``short`` is made of ``stem``'s characters as abbreviations are: in order, from its
    first character, each one the first of a word or the character after the one taken before it
    (人保, 人力社保, 人资社保 of 人力资源和社会保障; not 力保, not 人源)."""
    starts, key = _word_starts(stem), stem.replace("和", "")
    at = -1
    for i, char in enumerate(short):
        found = next((j for j in range(at + 1, len(key)) if key[j] == char and (j in starts or j == at + 1)), None)
        if found is None or (i == 0 and found != 0):
            return False
        at = found
    return len(short) < len(key)


@lru_cache(maxsize=4096)
def abbreviated_function(text: str) -> str | None:
    """The one function a name abbreviated otherwise than the rule and the data say names
    (人保局, 人力社保局 -> 人力资源和社会保障局), or None: no list of local short forms is complete,
    and they are all cut from the full name the same way. Only the search reads it: a report's own
    issuer is read by ``function_of`` alone."""
    if function_of(text) is not None:
        return None
    split = _split_suffix(text)
    if split is None or len(split[0]) < 2:
        return None
    stem, suffix, cls = split
    if is_common_word(stem[-1] + suffix[0]):
        # The suffix closes a word of everyday Chinese (政务大厅, 政务服务大厅: a hall, 大 | 厅 not 政务大 | 厅), which
        # a short form of a name read against it would turn into a search for a body's reports.
        return None
    found = set()
    for function, row in vocabulary().rows.items():
        for name in (function, *row["forms"]):
            named = _split_suffix(name)
            if named and named[2] == cls and _abbreviates(stem, named[0]):
                found.add(function)
    return found.pop() if len(found) == 1 else None


def central_function(text: str) -> str | None:
    """The function of a central body's (folded) name: 民政部 -> 民政局, 国家发展改革委 -> 发展和改革委员会."""
    voc = vocabulary()
    if text in voc.central:
        return voc.central[text]
    for prefix in ("国务院", "国家", "中国"):
        if text.startswith(prefix) and (function := function_of(text[len(prefix):])):
            return function
    return function_of(text)


def body_name(name: str, places: set, function: str) -> str:
    """A body's name where its report's issuer line gave the place alone (上海市 for 上海市人民政府, 宣和镇 for its
    government): that names no body, so the place's body of the function its id holds is named (agency pages'
    headings, lists of bodies); any other name as it is."""
    function = function.removesuffix("本级")
    if not function or name.endswith(function):
        return name
    unit = local_unit(name)
    placed = places - {"", None}  # none for a body the build could not place: its id holds no function
    # 上海市, 宣和镇, 桃源县某某乡 (the county before the township): places and the unit alone name no body
    in_place = any(name.endswith(p) and (name == p or _divisions_only(name[: -len(p)])) for p in placed)
    if placed and (in_place or (unit is not None and not unit.rest) or _divisions_only(name)):
        # 长通街道 + 街道办事处 is 长通街道办事处: the words the name and the function share are written once
        shared = next((k for k in range(min(len(name), len(function)), 0, -1) if name.endswith(function[:k])), 0)
        return name + function[shared:]
    return name


def _divisions_only(name: str) -> bool:
    """Whether a name is division names and nothing else (福州市晋安区, 兴仁县): a place, not a body."""
    ends = {0}
    for end in range(1, len(name) + 1):
        if any(start in ends and names_a_division(name[start:end]) and name[end - 1] in "省市县区州盟旗"
               for start in range(end - 1)):
            ends.add(end)
    return len(name) in ends and len(name) > 0


def central_name(function: str) -> str:
    """The central body's name for a function (民政局 -> 民政部); the function itself when none."""
    row = vocabulary().rows.get(function)
    return row["central"] if row and row["central"] else function


def names_a_town(text: str) -> bool:
    """Whether text opens with a township's or street's own name: two characters or more before the unit word (东山镇,
    汤山街道), not a road's one (路街道) nor the unit word alone (街道, 镇)."""
    unit = local_unit(text)
    town = TOWNSHIP.match(unit.name) if unit is not None and unit.kind in ("street", "township") else None
    return town is not None and len(town.group(1)) >= 2  # the name before the unit word, as local_unit split it


def local_unit(text: str) -> LocalUnit | None:
    """A township, street or zone opening a name part: 宣和镇人民政府, 平潭综合实验区地方税务局.

    A zone's name is its own words (两江 in 两江新区) plus the canonical zone word; when the
    zone follows a place with no words of its own (平潭综合实验区), ``name`` is just the zone
    word and the caller prefixes the place. A township inside a zone wins: the body is the
    street (长兴岛经济技术开发区长兴岛街道).
    """
    if text.startswith("人民政府") and len(text) > 4:
        inner = local_unit(text[4:])  # 鹿城区人民政府七都街道办事处
        if inner and inner.kind != "zone":
            return inner
    town = TOWNSHIP.match(text)
    if town and function_of(text) is None:
        kind = "street" if town.group(2) == "街道" else "township"
        return LocalUnit(town.group(1) + town.group(2), kind, town.group(3) or "")
    for word, canonical in vocabulary().zones:
        at = text.find(word)
        if 0 <= at <= 10:
            rest = text[at + len(word):]
            inner = local_unit(rest) if rest else None
            if inner and inner.kind != "zone":
                return inner
            return LocalUnit(text[:at] + canonical, "zone", rest)
    return None


def default_function(unit: LocalUnit | None) -> str:
    """What a name with no function part means: the government, the street office, the zone's 管委会."""
    if unit is None or unit.kind == "township":
        return "人民政府"
    return "街道办事处" if unit.kind == "street" else "管理委员会"


def split_name(name: str) -> tuple[str, str | None]:
    """(place part, function) of a folded name, by its longest known function at the end.

    Needs no gazetteer, so it cannot split a name whose function the vocabulary lacks: then
    the function is None and the place part is the whole name.
    """
    for i in range(len(name)):
        function = function_of(name[i:])
        if function:
            return name[:i], function
    return name, None


@lru_cache(maxsize=1)
def _division_words() -> frozenset[str]:
    return frozenset(word for unit, _ in read_units() for word in (unit.name, unit.stem) if word)


def names_a_division(words: str) -> bool:
    """Whether words are a division's full name or short form (沙河市, 东城), as a branch's place words are."""
    return words in _division_words()


def parent_function_text(text: str, is_place: Callable[[str], bool] = names_a_division) -> str:
    """The function part a joint name or a branch's name is of, when the vocabulary knows it; else ``text``.

    A joint name is the first body's (人民政府及办公室, 政府及其办公室: the government publishes for both, so its
    function, never 及办公室); a branch named after its parent's function and the place it serves is its parent's
    function (生态环境局沙河市分局: the city bureau's branch in 沙河市, the county's 生态环境局 since the 2019
    vertical reform; 公安局东城分局). ``is_place`` tells the words between the parent and 分局 for a place: an id
    takes a branch as its parent's function only then (税务局第一分局 is a body of its own beside the 税务局), and so
    does the kind of a body the build could not place (the default: a division's name or short form, so that /agencies
    never files 税务局第一分局 under the 税务局 its id keeps it apart from)."""
    if function_of(text) is not None:
        return text
    head, joined, _ = text.partition("及")
    if joined and (head in ("人民政府", "政府") or function_of(head)):
        return head
    if text.endswith("分局"):
        for end in range(len(text) - 3, 1, -1):  # the longest parent first: 生态环境局 before 生态局
            head = text[:end]
            if head.endswith("局") and function_of(head) and is_place(text[end:-2]):
                return head
    return text


def name_kind(name: str) -> str | None:
    """The function a whole name (place words included) says, for a body whose place could not be told: its known
    function at the end (市科委 -> 科学技术局), a joint name's or a branch's (above), a township's or zone's default
    (七里坪镇 -> 人民政府); None when nothing says one (no abbreviation the vocabulary lacks is guessed: 经济发展局 is
    no 发展和改革委员会)."""
    for i in range(len(name)):
        tail = parent_function_text(name[i:])
        if function_of(tail):
            return function_of(tail)
    for i in range(len(name)):
        unit = local_unit(name[i:])
        if unit is not None and not unit.rest:
            return default_function(unit)
    return None


def names_of(function: str) -> list[str]:
    """Every name a function is written with, for search: full forms, the central name, each stem
    and abbreviation with each level suffix (发改委, 发改局, 发展改革委 …), then informal names."""
    voc = vocabulary()
    row = voc.rows.get(function)
    if row is None:
        return [function]
    written = [function, *row["forms"], *([row["central"]] if row["central"] else []), *row["abbrev"]]
    stems: dict[str, str] = {}
    for name in written:
        split = _split_suffix(name)
        if split and name != row["central"]:
            stems.setdefault(split[0].replace("和", ""), split[2])
    split = _split_suffix(function)
    for abbr in sorted(voc.derived.get(function, ())):
        stems.setdefault(abbr, split[2] if split else "department")
    names = list(written)
    for stem, cls in stems.items():
        if cls == "office":  # 政府办, not 政办公室: abbreviations take the short suffix only
            suffixes = OFFICE_SUFFIXES if len(stem) >= 3 else ("办",)
        else:
            suffixes = ("局", "委", "厅")
        names += [stem + s for s in suffixes]
    names += row["informal"]
    return list(dict.fromkeys(names))


@lru_cache(maxsize=1)
def changes() -> tuple[Change, ...]:
    """Every row of agency_renames.tsv, in file order."""
    out = []
    for line in RENAMES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("what\t"):
            continue
        what, kind, old, new, scope, effective, source = line.split("\t")
        old_name = new_name = ""
        if what == "place":
            old, old_name = old.split(" ", 1)
            new, new_name = new.split(" ", 1)
        out.append(Change(what, kind, fold(old), fold(new), old_name, new_name, scope, effective, source))
    return tuple(out)


def function_changes(function: str, code: str | None) -> list[Change]:
    """The rows about a function as old name whose scope covers a body at this code."""
    return [c for c in changes() if c.what == "function" and c.old == function and c.applies_to(code)]


def place_changes_by_code(code: str) -> list[Change]:
    return [c for c in changes() if c.what == "place" and c.old == code]


def place_changes_by_name(name: str) -> list[Change]:
    return [c for c in changes() if c.what == "place" and c.old_name == name]
