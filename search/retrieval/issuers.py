"""Who issued each report, as attributes a query can ask for, and the query words that ask for them.

A citizen names an issuer the way people speak, not the way its report's title writes it:
市监局 for 泰安市市场监督管理局, 卫计委 for a body renamed 卫生健康委员会 in 2018, 派出所 for the
公安局, 教育部门 for any education authority, 乡镇 or 县政府 for a level of government. Text
matching cannot find those reports, because no title holds the words. Here both sides are read
into the same attributes:

* each report (once per index generation, from the agency and level columns): the function its
  name reads as (``search.agency_names``: place + function + level suffix), the local unit it is
  (township, street, development zone), how its place part ends, and its level;
* each query word (``concept_of``): the functions it names, with the renames and mergers of
  ``agency_renames.tsv`` followed both ways (卫生局 -> 卫生和计划生育委员会 -> 卫生健康委员会),
  informal names, "X部门", and the level and kind words of ``data/issuer_words.tsv``.

``IssuerQuery`` is the query-tree leaf that matches the sections of the reports whose issuer
has the attributes, scored like a hit in the agency field (search/retrieval/matching.py).
"""
# Over 350 lines, kept whole: the query side (an issuer word's attributes, level words included) and
# the report side (each report's attributes, the weights) are one vocabulary read two ways; a change
# to what a concept asks for (a level's departments) changes how reports are weighed in the same step.
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from whoosh import query as Q

from search import agency_names as names
from search.agencies.kinds import GOVERNMENT_KINDS, fold_kind
from search.analysis import fold
from search.retrieval.arrays import arrays_for
from search.schema import FIELD_BOOSTS

ISSUER_WORDS = Path(__file__).resolve().parent.parent / "data" / "issuer_words.tsv"
SECTOR_WORDS = Path(__file__).resolve().parent.parent / "data" / "sector_words.tsv"
UNITS = ("", "township", "street", "zone")
RELATED_WEIGHT = 0.8  # a predecessor or successor body: closely related, below the body named
OFFICE_WEIGHT = 0.6  # a government's general office for 县政府: it reports for the government
GOVERNMENT_FOR_DEPARTMENT = 0.4  # a government itself for 县直部门: of the level, not a department
# Besides the kinds of a government (kinds.GOVERNMENT_KINDS: 人民政府, its office, a zone's 管委会), a street office
# governs its area: none of them is a department of its level.
STREET_OFFICE = "街道办事处"
CENTRAL_SUFFIXES = ("部", "署", "总局")
LOCAL_NAMESAKE = 0.4  # a provincial 民政厅 for 民政部: the same function, not the body asked for
OTHER_TOWNSHIP = 0.85  # a 乡 (or 苏木) for 镇政府, a 镇 for 乡政府: of the level asked for, not the kind
STREET_FOR_TOWNSHIP = 0.5  # a street office for 乡镇: the same level (乡镇街道), not the unit named
SECTOR_AUTHORITY = 0.6  # the department governing a sector (教育局 for 学校): after the sector's own bodies
# What a township's name ends with, as a kind of place: 苏木 is Inner Mongolia's 乡.
_TOWNSHIP_END = {"镇": "镇", "乡": "乡", "苏木": "乡"}
MAX_NAMES = 6  # written names of a function searched as text besides the identity match
# Words that read as a function but say nothing about who issued a report.
NOT_ISSUERS = frozenset({"政府", "部门", "单位", "机关", "管理局", "管理委"})
# "教育部门", "统计机关", "公安系统": the function named by its stem.
_GENERIC_TAIL = re.compile(r"^(.{2,8}?)(部门|机关|系统|单位)$")
# A force's unit said after its informal name (交警队, 交警大队, 城管中队): the same body; no informal name ends so.
_UNIT_TAIL = re.compile(r"(?<=..)(?:大队|支队|中队|队)$")
_PLACE_END = re.compile(r"(自治区|自治州|自治县|自治旗|省|市|县|区|旗|州|盟)$")
# How Chinese speech forms a level out of a place character (县直部门, 县里的部门, 本县, 市直单位,
# 省里, 区级机关): a possessive lead, the character, a qualifier, 的, and a kind of body.
# A question's 哪个 / 哪些 / 各 before the character asks among the places of its level (哪个县 收到申请最多:
# counties, county-level cities and districts alike, as 县里 does).
_LEAD = ("咱们", "我们", "本", "咱", "我", "哪个", "哪些", "哪一个", "各")
_QUALIFIERS = ("直属", "直", "一级", "级", "里", "上")  # 直: directly under it, i.e. its departments
# The departments as people call them: 部门, 单位, and the bureaus by their usual ending (区里的局, 地级市的各局,
# 省里的厅局), alone or as a plural.
_DEPARTMENTS = ("直属单位", "部门", "单位", "机关", "各部门", "各单位", "局", "各局", "委办局", "各委办局", "局委", "委局",
                "厅局", "各厅局")
_GOVERNMENT = ("人民政府", "政府")
# The departments of a level's government, said through it (省政府部门, 市政府各部门, 县政府组成部门).
_GOVERNMENT_DEPARTMENTS = tuple(g + k for g in ("人民政府", "政府") for k in (
    "各部门", "部门", "工作部门", "组成部门", "职能部门", "各委办局", "委办局", "直属单位", "直属部门"))
_SET_LEAD = ("各", "哪些", "哪个")  # 各县的部门: the departments of every place of the level


# ---------------------------------------------------------------- query side


@dataclass(frozen=True)
class IssuerConcept:
    """What a query word asks of a report's issuer. An empty ``functions`` means any function."""

    word: str
    functions: tuple[tuple[str, float], ...] = ()  # (canonical function, weight)
    level: str = ""
    unit: str = ""
    place_end: str = ""
    names: tuple[str, ...] = ()  # written names searched as text too (besides the word)
    central: bool = False  # a central body's name (民政部, 国家税务总局): its local namesakes rank below
    department: bool = False  # the level's departments (县直部门): its government ranks below them
    sector: tuple[str, ...] = ()  # how the names of a sector's own bodies end (学校: 中学, 小学 …)
    sector_except: tuple[str, ...] = ()  # endings of other kinds of body that look alike (科学院)
    marked: bool = False  # said as a set (各类学校, 医院系统), not a bare word that may be a topic

    @property
    def key(self) -> tuple:
        return (self.functions, self.level, self.unit, self.place_end, self.central, self.department,
                self.sector, self.sector_except)


def _rows_by_word(path) -> dict[str, dict]:
    """A table of words (a header line, then one row per word, tab-separated) keyed by its folded word."""
    rows: dict[str, dict] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t") + [""] * len(header)
        row = dict(zip(header, (c.strip() for c in cells)))
        rows[fold(row["word"])] = row
    return rows


@lru_cache(maxsize=1)
def _issuer_words() -> dict[str, dict]:
    return _rows_by_word(ISSUER_WORDS)


def level_words() -> dict[str, str]:
    """The words of issuer_words.tsv that name a level alone (县, 地市, 乡镇街道, 部委 …: no function, not a level's
    departments) and the level each names: the query box's level: filter reads them too (field_filters)."""
    return {word: row["level"] for word, row in _issuer_words().items()
            if row["level"] and not row["function"] and row["department"] != "yes"}


# A sector said as a set: 各 / 各类 / 所有 before its word, 系统 / 行业 / 单位 / 机构 after it (各类学校,
# 医院系统, 学校等单位). Longest first.
_SET_LEADS = ("各级各类", "各类", "各级", "各个", "所有", "全部", "各")
_SET_TAILS = ("等单位", "系统", "行业", "单位", "机构", "们")


@lru_cache(maxsize=1)
def _sector_words() -> dict[str, dict]:
    return _rows_by_word(SECTOR_WORDS)


def _sector_concept(word: str) -> IssuerConcept | None:
    """The bodies of a sector a word names (学校, 各类学校, 医院系统), with the department governing it
    (duty_words.tsv) at SECTOR_AUTHORITY; None when it names no sector."""
    stem = word
    lead = next((p for p in _SET_LEADS if stem.startswith(p)), "")
    stem = stem[len(lead):]
    tail = next((t for t in _SET_TAILS if stem.endswith(t) and len(stem) > len(t)), "")
    stem = stem[: len(stem) - len(tail)]
    row = _sector_words().get(stem)
    if row is None:
        return None
    from search.retrieval.duties import duty_functions  # duties reads the query types, not this module

    function = duty_functions().get(row["duty"]) if row["duty"] else None
    family = _function_concept(stem, function).functions if function else ()
    authority = tuple((f, w * SECTOR_AUTHORITY) for f, w in family)
    endings = tuple(e for e in row["endings"].split(",") if e)
    excepted = tuple(e for e in row["except"].split(",") if e)
    return IssuerConcept(word, authority, sector=endings, sector_except=excepted, marked=bool(lead or tail))


@lru_cache(maxsize=1)
def _informal() -> dict[str, str]:
    """Informal name -> function, from agency_functions.tsv (派出所 -> 公安局)."""
    found: dict[str, str] = {}
    for function, row in names.vocabulary().rows.items():
        for word in row["informal"]:
            found.setdefault(word, function)
    return found


@lru_cache(maxsize=1)
def _families() -> dict[str, dict[str, float]]:
    """Function -> the functions of the same body across renames and mergers, with weights.

    Predecessors and successors along rename/merge rows, both ways; not the siblings a merger
    joined (卫生局 and 人口计生委 both became 卫计委, neither is the other's body), nor splits.
    """
    forward: dict[str, set[str]] = {}
    backward: dict[str, set[str]] = {}
    for change in names.changes():
        if change.what == "function" and change.kind in ("rename", "merge"):
            forward.setdefault(change.old, set()).add(change.new)
            backward.setdefault(change.new, set()).add(change.old)

    def walk(start: str, edges: dict[str, set[str]]) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    functions = set(names.vocabulary().rows) | set(forward) | set(backward)
    families = {f: {f: 1.0, **{g: RELATED_WEIGHT for g in (walk(f, forward) | walk(f, backward)) - {f}}} for f in functions}
    # A body named for two functions (民政和社会保障局) is a body of each (民政局) and the other way.
    for combined in functions:
        split = names._split_suffix(combined)
        for part in (split[0].split("和") if split and "和" in split[0] else []):
            single = names.function_of(part + "局") if len(part) >= 2 else None
            if single and single != combined and single in families:
                families[single].setdefault(combined, RELATED_WEIGHT)
                families[combined].setdefault(single, RELATED_WEIGHT)
    return families


def _written_names(function: str) -> tuple[str, ...]:
    """The names a function's reports are titled with, most common first (canonical, forms, central)."""
    row = names.vocabulary().rows.get(function)
    if row is None:
        return (function,)
    listed = [function, *row["forms"], *([row["central"]] if row["central"] else []), *row["abbrev"]]
    return tuple(dict.fromkeys(n for n in listed if n))[:MAX_NAMES]


# A kind of body after a stem (警察局, 社保部门): the words that make a body's name of any stem.
_BODY = re.compile(r"^(.{2,6}?)(委员会|部门|机关|系统|单位|局|委|厅)$")


def _informal_body(word: str) -> tuple[str, ...]:
    """The function an informal name names with a kind of body after it (警察局, 交警部门, 社保部门: the
    informal 警察, 交警, 社保局 of agency_functions.tsv), as the informal name alone does."""
    match = _BODY.match(word)
    if match is None:
        return ()
    informal = _informal()
    function = informal.get(match.group(1)) or informal.get(match.group(1) + "局")
    return (function,) if function else ()


def _after_and(word: str) -> tuple[str, ...]:
    """The functions whose name's part after 和 the word is, with any kind of body (计划生育委员会: 人口和
    计划生育委员会 and 卫生和计划生育委员会; 社会保障局): a name said without its first part, read from the
    functions' own names, so every such name is covered."""
    match = _BODY.match(word)
    if match is None or len(match.group(1)) < 2:
        return ()
    found = []
    for function in names.vocabulary().rows:
        head, joined, tail = function.partition("和")
        tail_match = _BODY.match(tail) if joined else None
        if tail_match is not None and tail_match.group(1) == match.group(1):
            found.append(function)
    return tuple(sorted(found))


def _read_as_named(word: str) -> bool:
    """Whether the table names a function by the word itself (旅游局) or by its stem before a generic tail (旅游部门)."""
    generic = _GENERIC_TAIL.match(word)
    stem = generic.group(1) if generic else None
    return bool(names.function_of(word) or stem and (names.function_of(stem + "局") or names.function_of(stem + "委")))


def _merged_concept(word: str, functions: tuple[str, ...]) -> IssuerConcept:
    """The concept of a word naming one or several functions (each with its family)."""
    concepts = [_function_concept(word, f) for f in functions]
    weights: dict[str, float] = {}
    for concept in concepts:
        for function, weight in concept.functions:
            weights[function] = max(weight, weights.get(function, 0.0))
    ranked = tuple(sorted(weights.items(), key=lambda fw: (-fw[1], fw[0])))
    written = tuple(dict.fromkeys(n for c in concepts for n in c.names if n != word))[:MAX_NAMES]
    return IssuerConcept(word, ranked, names=written)


def _function_concept(word: str, function: str) -> IssuerConcept:
    family = _families().get(function, {function: 1.0})
    # Heaviest first, then by name: the families are built from sets, whose order changes with the
    # process's string hashing, and the names are cut at MAX_NAMES (which reports match must not).
    ranked = tuple(sorted(family.items(), key=lambda fw: (-fw[1], fw[0])))
    written = [n for f, _ in ranked for n in _written_names(f)]
    return IssuerConcept(word, ranked, names=tuple(dict.fromkeys(n for n in written if n != word))[:MAX_NAMES])


# A body said by what it does (管应急的部门, 负责教育的单位): a verb of being in charge, the field, 的, a kind of
# body; read as the field's body (应急部门) when the issuer table knows that name.
IN_CHARGE = frozenset("管 管理 负责 主管 分管".split())
BODY_KINDS = frozenset("部门 单位 机关 机构 局".split())
_LINKS = frozenset("的 之".split())


def body_in_charge(words: list[str], i: int) -> tuple[str, int] | None:
    """(the body's name, the words it spans) for 管 X 的 部门 at ``i``, X one or two words; None otherwise."""
    if words[i] not in IN_CHARGE:
        return None
    for span in (1, 2):
        end = i + 1 + span
        if end + 1 < len(words) and words[end] in _LINKS and words[end + 1] in BODY_KINDS:
            name = "".join(words[i + 1 : end]) + words[end + 1]
            if concept_of(name) is not None:
                return name, span + 3
    return None


@lru_cache(maxsize=4096)
def concept_of(word: str) -> IssuerConcept | None:
    """The issuer a (folded, simplified) query word names, or None when it names none."""
    word = fold(word).strip()
    row = _issuer_words().get(word)
    sector = _sector_concept(word) if row is None and len(word) >= 2 else None
    if sector is not None:
        return sector
    if (len(word) < 2 and row is None) or word in NOT_ISSUERS:
        return None
    informal = _informal().get(word) or (_informal().get(_UNIT_TAIL.sub("", word)) if row is None else None)
    if row is None:
        phrase = _level_phrase(word)
        if phrase is not None:
            return phrase
    if row is not None:
        function = row["function"] or informal
        base = _function_concept(word, function) if function else IssuerConcept(word)
        functions = base.functions
        if row["level"] == "central" and function and function != "人民政府":
            return IssuerConcept(word, functions, names=base.names, central=True)  # a ministry's other name
        if function == "人民政府" and row["level"] in ("province", "city", "county"):
            # A government's general office reports for the government it serves.
            functions += (("人民政府办公室", OFFICE_WEIGHT),)
        # A level or kind has no written name of its own: 人民政府 or 国务院 would find every level.
        return IssuerConcept(word, functions, row["level"], row["unit"], row["place_end"],
                             department=row.get("department") == "yes")
    if informal:
        return _function_concept(word, informal)
    # A name the table reads itself (旅游局, 旅游部门: a body of its own until its merger into 文化和旅游局) keeps its
    # own reading: read as a merged body's part after 和, it would put that merger and its other half (文化局) first.
    spoken = () if _read_as_named(word) else (_informal_body(word) or _after_and(word))
    if spoken:
        return _merged_concept(word, spoken)
    generic = _GENERIC_TAIL.match(word)
    if generic:
        stem = generic.group(1)
        function = names.function_of(stem + "局") or names.function_of(stem + "委")
        return _function_concept(word, function) if function else None
    central = names.vocabulary().central.get(word)
    if central is None and word.startswith(("国家", "国务院", "中国")):
        central = names.central_function(word)
    function = central or names.function_of(word) or names.abbreviated_function(word)
    if central is None and function and word.endswith(CENTRAL_SUFFIXES):
        # 交通部, 人社部, 环保部: a 部 (署, 总局) is a ministry, whatever the stem's abbreviation.
        row = names.vocabulary().rows.get(function)
        central = function if row and row["central"].endswith(CENTRAL_SUFFIXES) else None
    if function is None or function in NOT_ISSUERS:
        return None
    concept = _function_concept(word, function)
    return IssuerConcept(word, concept.functions, names=concept.names, central=True) if central else concept


@lru_cache(maxsize=1)
def _place_levels() -> dict[str, dict]:
    """Place character -> its row of issuer_words.tsv (县 -> county, place end 县), and whether it
    names a whole level: a character the table forms an X级 word with (县级政府, 省级部门) is the
    level's own name, so 县里 and 县直 mean the county level (districts and county-level cities
    included), while 区 or 镇 name one kind of place of their level (区里: a district)."""
    rows = _issuer_words()
    places = {w: dict(r) for w, r in rows.items() if len(w) == 1 and r["level"]}
    for char, row in places.items():
        row["names_level"] = any(w.startswith(char + "级") for w in rows)
    # Two characters naming a whole level (乡镇, 地市) lead such a phrase too: 地市一级政府, 乡镇一级.
    for word, row in rows.items():
        if len(word) == 2 and row["level"] and not row["function"] and not row["place_end"]:
            places[word] = {**row, "names_level": True}
    # A level's own name of three characters or more (地级市, 设区的市) leads one as well, and says the
    # level by itself, as a qualifier does (地级市的各局, 设区的市的部门); a government's name (市政府) is no
    # place word: its departments are read through it.
    for word, row in rows.items():
        if len(word) >= 3 and row["level"] and row["function"] in ("", "人民政府") and not row["unit"] \
                and not row.get("department") and not word.endswith(("政府", "部门", "单位", "部委")):
            places[word] = {**row, "names_level": not row["place_end"], "spoken": True}
    return places


def _level_phrase(word: str) -> IssuerConcept | None:
    """The level a word of everyday speech names by a place character: 县直部门 and 市直单位 (the
    level's departments, not its government), 县里, 本县 and 区县 (the level), 县级政府 (its
    governments), 区里的部门 (a district's departments). None when the word is not built that way, or is the bare
    character (read from the table); a lead, a qualifier or a kind must say it is a level."""
    rest = word
    lead = next((p for p in _LEAD if rest.startswith(p)), "")
    rest = rest[len(lead):]
    places = _place_levels()
    size = max((n for n in {len(k) for k in places} if rest[:n] in places), default=1)
    row = places.get(rest[:size])
    if row is None or len(word) < 2:
        return None
    spoken = bool(row.get("spoken"))  # 地级市: the level said by its name, as a qualifier says it
    named, rest = {rest[:size]}, rest[size:]
    # 县区, 区县: places of one level named together are the whole level (县区的部门).
    paired = ""
    while rest[:1] in places and rest[0] not in named and places[rest[0]]["level"] == row["level"]:
        row, paired, rest = {**row, "place_end": "", "names_level": True}, rest[0], rest[1:]
        named.add(paired)
    qualifier = next((q for q in _QUALIFIERS if rest.startswith(q)), "")
    rest = rest[len(qualifier):]
    if (qualifier or paired or spoken) and rest.startswith("的"):
        rest = rest[1:]
    if lead in _SET_LEAD and not qualifier and rest.startswith("的"):
        rest = rest[1:]  # 各县的部门
    through_government = not qualifier and rest in _GOVERNMENT_DEPARTMENTS
    # 直 says "its departments" only when nothing else follows it (县直, 县直单位; not 市直部门和县…).
    department = rest in _DEPARTMENTS or (qualifier.startswith("直") and not rest) or through_government
    government = rest in _GOVERNMENT
    if rest and not (department or government):
        return None
    set_departments = lead in _SET_LEAD and department and not (qualifier or paired)
    if not through_government and (not (lead or qualifier or paired or spoken)
                                   or (lead and (qualifier or paired or rest) and not set_departments)):
        return None  # 县部门 is not speech; 本县里 and 本县部门 are left to the words
    place_end = "" if row["names_level"] else row["place_end"]
    if government and spoken:
        return None  # 地级市政府: the level's name is read alone (its governments), 政府 stays a word
    if government:
        return IssuerConcept(word, (("人民政府", 1.0), ("人民政府办公室", OFFICE_WEIGHT)), row["level"], row["unit"], place_end)
    return IssuerConcept(word, (), row["level"], row["unit"], place_end, department=department)


# ---------------------------------------------------------------- report side


@dataclass
class IssuerTable:
    """Per report code: the issuer's function (index into ``functions``), unit, place end, level."""

    function: np.ndarray
    functions: list[str]
    unit: np.ndarray  # index into UNITS
    place_end: list[str]
    level: list[str]
    names: list[str] = field(default_factory=list)  # the agency name as read (cleaned), for a sector's endings
    masks: dict = field(default_factory=dict)  # concept key -> (per-doc weights), per generation


def read_issuer(agency: str, level: str) -> tuple[str | None, str, str]:
    """(function, unit, place end) of a report's agency name as the index stores it."""
    text = names.clean(agency).text
    if not text:
        return None, "", ""
    central = names.central_function(text) if level == "central" else None
    place, function = names.split_name(text)
    if function is None:
        # 吴忠市公安局利通区分局: a branch named after its parent body, which says the function.
        for end in range(len(text) - 1, 2, -1):
            place, function = names.split_name(text[:end])
            if function is not None:
                break
        else:
            place = text
    function = central or function
    unit = names.local_unit(text)
    unit_kind = unit.kind if unit else ""
    if function is None and unit is not None:
        function = names.default_function(unit)
    if function is None and _PLACE_END.search(text):
        function, place = "人民政府", text  # 福清市: a place alone is its government's report
    if unit_kind == "township":
        return function, unit_kind, next((k for w, k in _TOWNSHIP_END.items() if unit.name.endswith(w)), "")
    end = _PLACE_END.search(place or "")
    return function, unit_kind, end.group(1)[-1] if end else ""


def issuer_table(searcher) -> IssuerTable:
    """The issuers of this searcher's generation, read once and shared."""
    return searcher.cache.get("issuers", lambda: _read_table(searcher))


def unread_issuers(searcher) -> np.ndarray:
    """Per report code, whether the parser read no issuer for the report (read once per generation)."""
    return searcher.cache.get("unread_issuers",
                              lambda: np.array([not name for name in issuer_table(searcher).names], dtype=bool))


def _read_table(searcher) -> IssuerTable:
    arrays = arrays_for(searcher)
    reports = arrays.codes(searcher, "report_id").codes
    count = int(reports.max(initial=-1)) + 1
    facet, level = arrays.codes(searcher, "agency_facet"), arrays.codes(searcher, "level")
    agency_of = np.full(count, -1, dtype=np.int64)
    level_of = np.full(count, -1, dtype=np.int64)
    agency_of[reports] = facet.codes
    level_of[reports] = level.codes
    functions: list[str] = []
    index: dict[str, int] = {}
    function = np.full(count, -1, dtype=np.int64)
    unit = np.zeros(count, dtype=np.int64)
    place_end = [""] * count
    levels = [""] * count
    agency_names = [""] * count
    read: dict[tuple[int, int], tuple] = {}
    for code in range(count):
        a, lv = int(agency_of[code]), int(level_of[code])
        level_value = str(level.values[lv]) if lv >= 0 else ""
        levels[code] = level_value
        if a < 0:
            continue
        if (a, lv) not in read:
            name = "" if facet.values[a] == "未知机构" else str(facet.values[a])
            read[(a, lv)] = (*read_issuer(name, level_value), names.clean(name).text if name else "")
        f, u, end, agency_names[code] = read[(a, lv)]
        if f is not None:
            if f not in index:
                index[f] = len(functions)
                functions.append(f)
            function[code] = index[f]
        unit[code] = UNITS.index(u) if u in UNITS else 0
        place_end[code] = end
    return IssuerTable(function, functions, unit, place_end, levels, agency_names)


def reports_of(searcher, groups: list[list[str]]) -> np.ndarray:
    """Per report code: whether its issuer fits, for every group of names, one of them (民政局; 财政局或税务局)."""
    fits = np.ones(len(issuer_table(searcher).function), dtype=bool)
    for group in groups:
        fits &= np.any([report_weights(searcher, concept_of(name)) > 0 for name in group], axis=0)
    return fits


def report_weights(searcher, concept: IssuerConcept) -> np.ndarray:
    """Per report code: how well its issuer fits the concept (0 when not at all)."""
    table = issuer_table(searcher)
    key = concept.key
    found = table.masks.get(key)
    if found is not None:
        return found
    count = len(table.function)
    weights = np.ones(count)
    if concept.functions:
        by_function = np.zeros(len(table.functions) + 1)
        for f, w in concept.functions:
            if f in table.functions:
                by_function[table.functions.index(f)] = w
        weights = by_function[table.function]  # -1 (unknown) reads the last cell: 0
    if concept.sector:  # the sector's own bodies, by how their names end; its department (above) after them
        own = np.array([n.endswith(concept.sector) and not n.endswith(concept.sector_except) if n else False
                        for n in table.names], dtype=bool)
        weights = np.where(own, 1.0, weights)
    if concept.level:
        weights = weights * np.array([lv == concept.level for lv in table.level], dtype=float)
    if concept.unit:
        wanted = UNITS.index(concept.unit)
        unknown = table.unit == 0
        # A township-level report whose name was not read (no agency) may still be a township.
        # A street office is a township-level body too (乡镇街道): for 乡镇 it follows the townships.
        same_level = (table.unit == UNITS.index("street")) if concept.unit == "township" else np.zeros(count, dtype=bool)
        weights = weights * np.where(table.unit == wanted, 1.0, np.where(unknown & bool(concept.level), 0.5,
                                                                          np.where(same_level, STREET_FOR_TOWNSHIP, 0.0)))
    if concept.central:
        weights = weights * np.array([1.0 if lv == "central" else LOCAL_NAMESAKE for lv in table.level])
    if concept.place_end:
        fits = np.array([end == concept.place_end for end in table.place_end], dtype=bool)
        # 镇政府 and 乡政府 name a kind of township; the other kind, or one whose name was not
        # read, is still of the level asked for.
        other = OTHER_TOWNSHIP if concept.unit == "township" else 0.0
        weights = weights * np.where(fits, 1.0, other)
    if concept.department:
        # A zone's 管委会 too, as /stats counts it (QA 43 #2: 各部门 ranked 平潭综合实验区 among the departments).
        governments = np.array([f == STREET_OFFICE or fold_kind(f) in GOVERNMENT_KINDS for f in table.functions]
                               + [False])
        weights = weights * np.where(governments[table.function], GOVERNMENT_FOR_DEPARTMENT, 1.0)
    table.masks[key] = weights
    return weights


class IssuerQuery(Q.Query):
    """Matches the sections of reports whose issuer fits ``concept``, scored like an agency hit."""

    def __init__(self, concept: IssuerConcept, boost: float = 1.0):
        self.concept = concept
        self.boost = boost

    def __repr__(self) -> str:
        return f"IssuerQuery({self.concept.word!r}, boost={self.boost})"

    def __eq__(self, other) -> bool:
        return type(other) is IssuerQuery and other.concept.key == self.concept.key and other.boost == self.boost

    def __hash__(self) -> int:
        return hash((IssuerQuery, self.concept.key, self.boost))

    def is_leaf(self) -> bool:
        return True

    def normalize(self):
        return self

    def evaluate_arrays(self, searcher) -> tuple[np.ndarray, np.ndarray]:
        """(mask, scores) over every document of the index."""
        reports = arrays_for(searcher).codes(searcher, "report_id").codes
        weights = report_weights(searcher, self.concept)[reports]
        mask = weights > 0
        docs = int(mask.sum())
        idf = math.log(len(mask) / (docs + 1)) + 1
        return mask, np.where(mask, weights * idf * FIELD_BOOSTS["agency"] * self.boost, 0.0)
