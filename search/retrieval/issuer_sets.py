"""Queries that name a set of issuers rather than words of the text: 省级部门, 区县, 乡镇街道, 各部门,
学校, 医院系统 (round 21).

A journalist who types 省级部门和市级部门 收到申请数量比较 or 学校的信息公开年报 asks for the reports
of a kind of body. The reports' words do not say what kind of body wrote them; the index does: each
report's level, and the function, unit and name of its issuer (search/retrieval/issuers.py reads
them, and reads the query's level, kind and sector words into the same attributes). Until now such a
word was one item among the query's words, its issuers scored like an agency hit, so a government
that writes 收到申请 well stood above the departments asked for, and a report of another kind that
writes 学校 above an education bureau that does not.

``take_issuer_sets`` records, for each item of the query naming a set (a level, a unit, the
departments as opposed to governments, a sector's bodies), the set, with a note in Chinese; at search
time ``sets_first`` puts the reports whose issuer belongs to it before every other (as a place word
does: signals.py), the words and any figure asked ordering within; a year typed as a word (2020年)
and a place outrank it, being the narrower and explicit constraints. Belonging is the issuer's
weight for the set above ``issuers.GOVERNMENT_FOR_DEPARTMENT``: a government (or its general office)
is no department of its level, a local namesake no ministry; a report of the level whose issuer's
name was not read may be of the set and is counted in. A sector's own bodies (a school: a name ending
in 中学, 小学 …) come first, then the department governing the sector (an education bureau), then
the rest.

A place character whose 级 names its level (县: 县级) names the whole level as a set, a county-level city's bodies
included; 区 and 旗 name one kind of county-level place, said 区级 in the notes (whole_level). A level typed right
before a body's name (县教育局, 省民政厅) is read as the two typed apart are (session 36). The set's item is held by
the issuer's membership, whatever the text (set_items.py); beside a body named by function (教育局), the body's own
reports come first among the set's.

A sector word may be a topic rather than a set of issuers (医院收费标准: the fees of hospitals, found
in the reports of whoever publishes them): it orders the list only when said as a set (各类学校,
医院系统) or when it is the query's only topic beside places, years, other issuers and the figure
asked (学校的信息公开年报, 江苏 医院 年报).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from search.retrieval.arrays import arrays_for
from search.retrieval.issuers import (GOVERNMENT_FOR_DEPARTMENT, IssuerConcept, concept_of, issuer_table,
                                     report_weights, reports_of)
from search.retrieval.place_governments import place_governments, typed_government
from search.retrieval.query import DOC_WORDS, ParsedQuery, topic_words
from search.retrieval.query_syntax import typed_words

LEVEL_NAMES = {"central": "中央", "province": "省级", "city": "市级", "county": "县级", "township": "乡镇级"}
UNIT_NAMES = {"township": "乡镇", "street": "街道办事处", "zone": "开发区"}


@dataclass(frozen=True)
class IssuerSet:
    """One item of the query naming a set of issuers: its words (alternatives: 省级部门 or 市级部门)."""

    words: tuple[str, ...]
    typed: tuple[str, ...] = ()  # the words as typed, where the reading is not (湖南政府 for 省政府): the notes quote them
    inside: bool = False  # a place's government said by its short form: any government follows the level's own
    units: tuple = ()  # that place's divisions: the governments inside them, and only those, follow the level's own

    @property
    def concepts(self) -> list[IssuerConcept]:
        return [c for c in map(concept_of, self.words) if c is not None]

    @property
    def sector(self) -> bool:
        return any(c.sector for c in self.concepts)

    @property
    def tiered(self) -> bool:
        """Whether the set's own members come before its other members (a sector's bodies, a level's government)."""
        return self.sector or self.inside


def names_set(concept: IssuerConcept | None) -> bool:
    """Whether an issuer word names a set of bodies by level, kind or sector (not one body's function)."""
    if concept is None or (concept.central and concept.functions):
        return False  # a ministry's other name (法务部) is one body
    return bool(concept.level or concept.unit or concept.department or concept.sector)


def take_issuer_sets(parsed: ParsedQuery) -> None:
    """Record the query's items that name a set of issuers in ``parsed.issuer_sets``, with notes (in place)."""
    places = {h.word for h in parsed.place_hints}
    found: list[IssuerSet] = []
    words_of: list[list[str]] = []
    for clause in parsed.must:
        if clause.phrase:
            continue
        if len(clause.alternatives) > 1 and all(names_set(concept_of(a)) for a in clause.alternatives):
            # Issuers side by side (either.py): one item, a report of either fits.
            found.append(IssuerSet(tuple(clause.alternatives)))
            words_of.append(list(clause.alternatives))
            continue
        # Else the words as typed: the other alternatives are the search's own forms of them (大西北的县政府 OR
        # 陕西的县政府 …, 江浙沪 OR 上海 …), no more topics than the typed word is, unless typed too (rev33 #11).
        typed = clause.alternatives[0]
        words, loose = topic_words(typed)
        words_of.append(words)
        found += [IssuerSet((w,), (w,)) for w in _glued_levels(typed, words, loose)]
        inside = [IssuerSet((g.word,), (g.typed,), inside=True, units=g.units) for g in place_governments(typed)]
        # A bracket at a group's ends is no part of its words ((湖南政府 OR 江苏政府): QA 36 #3).
        either = [g for alt in clause.alternatives[1:] for word in typed_words(alt) if word in parsed.typed
                  for g in place_governments(word)]
        if inside and either:  # 湖南政府 OR 江苏政府: one item, the governments of either place, each as typed
            every = [*inside, *(IssuerSet((g.word,), (g.typed,), inside=True, units=g.units) for g in either)]
            inside = [IssuerSet(tuple(dict.fromkeys(w for s in every for w in s.words)),
                                tuple(dict.fromkeys(t for s in every for t in s.typed)), inside=True,
                                units=tuple(dict.fromkeys(u for s in every for u in s.units)))]
        found += inside + [IssuerSet((w,), (typed_government(w, typed),)) for w in words
                           if names_set(concept_of(w)) and not any(s.words == (w,) for s in inside)]
    if not found:
        return
    # Another topic beside the words naming issuers, places, the report itself (年报) and the figure
    # asked (医院 收费标准):
    # then a bare sector word may be that topic, and does not order the list.
    figure_words = set(getattr(parsed.figure, "others", ()) or ()) if parsed.figure is not None else None
    others = [w for words in words_of for w in words
              if concept_of(w) is None and w not in places and w not in DOC_WORDS
              and (figure_words is None or w in figure_words)]
    kept = [s for s in found if not s.sector or not others or all(c.marked for c in s.concepts)]
    kept = list({(s.words, s.inside, s.units): s for s in kept}.values())
    parsed.issuer_sets = kept
    parsed.notes += [set_note(s) for s in kept]


def _glued_levels(typed: str, words: list[str], loose: list[str]) -> list[str]:
    """The level a body's name typed right after its place character says (县教育局, 区民政局, 省民政厅: the character cut
    off the run, a loose word that only ranks): the set, as 县 教育局 typed apart is; the body's name stays the word its
    reports must hold. Not inside a name (章丘区文化和旅游局: 区 is part of the place's name, a body named)."""
    bodies = [w for w in words if (c := concept_of(w)) is not None and c.functions and not names_set(c)]
    return [w for w in loose if names_set(c := concept_of(w)) and c.level and not c.functions
            and any(typed == w + body for body in bodies)]


def glued_items(parsed: ParsedQuery, typed: str) -> list[str]:
    """The levels a run read with a level before a body's name (县教育局) makes items of their own, as 县 教育局 typed apart
    does (query_tree.labeled_report_units): a report holds the level by its issuer's membership (set_items.py), not by
    the body's name alone, so that the count and the near misses are those of the set's note (QA 43 F1)."""
    sets = {found.words for found in parsed.issuer_sets}
    return [w for w in _glued_levels(typed, *topic_words(typed)) if (w,) in sets]


# A shortfall that compares the members of a set with one another (各部门标准不一样, 各乡镇进展不平衡, 各搞一套: its
# synonyms say 不统一): the members differ among themselves, which the body over them admits, not each member.
DISPARITY = frozenset("不统一 不一致 不一样 不平衡 不均衡 参差不齐 各搞一套 各自为政 五花八门 各管各的".split())


def drop_compared_sets(parsed: ParsedQuery) -> None:
    """Take back the sets of issuers of a problem question whose shortfall compares the set's members (in place):
    there the set is the problem's subject (各部门各搞一套: the departments differ), not the issuers asked for."""
    from search.retrieval.shortcomings import PROBLEM_PART
    from search.retrieval.synonyms import searched

    if not parsed.issuer_sets or parsed.prefer_part != PROBLEM_PART:
        return
    if not any(form in DISPARITY for word in parsed.rank_words for form in [word, *searched(word)]):
        return
    notes = {set_note(s) for s in parsed.issuer_sets}
    parsed.notes = [n for n in parsed.notes if n not in notes]
    parsed.issuer_sets = []


def describe(concept: IssuerConcept) -> str:
    """The set a concept names, in words: 省级部门, 县级政府, 乡镇, 学校等."""
    if concept.sector:
        return f"名称以{'、'.join(concept.sector[:3])}等结尾的单位"
    level = LEVEL_NAMES.get(concept.level, "")
    if whole_level(concept).place_end and not concept.unit:  # 区, 区政府: one kind of place of the level (区级)
        level = f"{concept.place_end}级"
    if concept.unit:
        return UNIT_NAMES[concept.unit]
    if concept.department:
        return f"{level}部门" if level else "政府部门"
    if any(f == "人民政府" for f, _ in concept.functions):
        return f"{level}政府"
    return f"{level}机关"


def typed_quote(found: IssuerSet) -> str:
    """The set's words as the notes quote them, as typed: a 的 the reading took along (哪个省的 of 哪个省的政府) is no
    part of them, and a level's government read from a place's name is quoted as the place and 政府 typed (QA 33)."""
    return "或".join(f"“{w.removesuffix('的') or w}”" for w in (found.typed or found.words))


INSIDE_NOTE = "，其次是{place}其他各级政府的报告"


def _inside(found: IssuerSet) -> str:
    """The place whose governments follow the level's own, as the notes name it (江苏省): only those are ranked."""
    from search.retrieval.places import PlaceHint  # (places imports query, as this module does)

    return PlaceHint("", found.units).label if found.units else "该地"


def set_note(found: IssuerSet) -> str:
    """The note of a set read from the query and ranked first."""
    typed = typed_quote(found)
    concepts = found.concepts
    named = "或".join(dict.fromkeys(describe(c) for c in concepts))
    note = f"{typed}按发布机关理解：{named}发布的报告排在前面"
    if any(c.department for c in concepts):
        note += "，政府本身及其办公厅（室）的报告排在部门之后"
    authorities = [f for c in concepts if c.sector for f, w in c.functions[:1]]
    if authorities:
        note += f"，其次是主管部门（{'、'.join(dict.fromkeys(authorities))}）的报告"
    return note + (INSIDE_NOTE.format(place=_inside(found)) if found.inside else "") + "。"


def set_sorted_note(found: IssuerSet) -> str:
    """The note when the list is sorted by date or agency: the set ranks first only by relevance."""
    return set_note(found).replace("发布的报告排在前面", "发布的报告在按相关度排序时排在前面", 1)


def set_absent_note(found: IssuerSet, others: bool = False) -> str:
    """The note when no listed report is of the set itself (no school's own report: the governing
    department's come first, or none of either; no province's government: ``others``, other governments first)."""
    typed = typed_quote(found)
    named = "或".join(dict.fromkeys(describe(c) for c in found.concepts))
    authorities = [f for c in found.concepts if c.sector for f, w in c.functions[:1]]
    if authorities:
        return (f"{typed}按发布机关理解，但没有{named}发布的符合查询的报告；"
                f"主管部门（{'、'.join(dict.fromkeys(authorities))}）的报告排在前面。")
    if found.inside and others:
        return f"{typed}按发布机关理解，但没有{named}发布的符合查询的报告；{_inside(found)}其他各级政府的报告排在前面。"
    return f"{typed}按发布机关理解，但没有{named}发布的报告符合查询，下面是其他机关的报告。"


def set_later_note(found: IssuerSet) -> str:
    """The note when the set's reports are listed only among the looser matches further down."""
    typed = typed_quote(found)
    named = "或".join(dict.fromkeys(describe(c) for c in found.concepts))
    return f"{typed}按发布机关理解，但{named}发布的报告只出现在后面较宽松的匹配结果中。"


def members(searcher, found: IssuerSet, own: bool = False) -> np.ndarray:
    """Per report code: whether its issuer belongs to the set (``own``: a sector's own bodies, a level's own government
    for a place's short form, inside the place; else with the governments of every level inside it: ``IssuerSet.inside``)."""
    table = issuer_table(searcher)
    key = ("set", found.words, own, found.inside, found.units)
    cached = table.masks.get(key)
    if cached is not None:
        return cached
    fits = None
    for concept in found.concepts:
        weights = report_weights(searcher, concept if found.inside else whole_level(concept))
        member = weights >= 1.0 if own and concept.sector else weights > GOVERNMENT_FOR_DEPARTMENT
        if concept.level and not concept.sector:
            # A report of the level whose issuer's name was not read (a township page naming no body)
            # may well be of the set: it is not put below the set's named members' others.
            member = member | ((table.function < 0) & np.array([lv == concept.level for lv in table.level]))
        if found.inside:
            # Inside the place only (rev33 #5): a government elsewhere (another province's county) is no nearer to
            # 江苏政府 民政局 than a department of Jiangsu; nor is another province's own (QA 36 #2: 湖南政府 OR
            # 江苏政府 行政复议, where no place word ranks the places first as 湖南政府 alone has).
            place = _in_place(searcher, found.units)
            member = (member | _any_government(searcher, concept)) & place if not own else member & place
        fits = member if fits is None else fits | member
    fits = fits if fits is not None else np.zeros(len(table.function), dtype=bool)
    table.masks[key] = fits  # per generation, as the issuer weights are
    return fits


def whole_level(concept: IssuerConcept) -> IssuerConcept:
    """The set a place character names whose 级 is its level's own name (县: 县级; not 区 or 旗, one kind of county-level
    place, 区级 a district's level): the whole level (县 教育局: a county-level city's education bureau too, as 县里 and
    县直 read it, issuers._level_phrase). The kind named still ranks first through its item's issuer match and text."""
    if not concept.place_end or not concept.level or concept.unit:
        return concept
    level = concept_of(concept.place_end + "级")
    return replace(concept, place_end="") if level is not None and not level.place_end else concept


def _any_government(searcher, concept: IssuerConcept) -> np.ndarray:
    """Per report code: whether its issuer is a government (or its office) of any level, as ``concept``'s functions
    are its level's; a name of place words only (桃源县某某乡, whose function was not read) is its government's."""
    table = issuer_table(searcher)
    anywhere = IssuerConcept(concept.word, concept.functions)
    place_only = np.array([_PLACE_NAME.search(n) is not None for n in table.names], dtype=bool)
    return (report_weights(searcher, anywhere) > GOVERNMENT_FOR_DEPARTMENT) | ((table.function < 0) & place_only)


def _in_place(searcher, units: tuple) -> np.ndarray:
    """Per report code: whether the report is located in one of ``units`` (as a place word's reports are)."""
    from search.retrieval.places import PlaceHint, region_mask  # (places imports query, as this module does)

    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    inside = np.zeros(len(issuer_table(searcher).function), dtype=bool)
    inside[codes[region_mask(searcher, [PlaceHint("", units)])]] = True
    return inside


_PLACE_NAME = re.compile(r"(?:乡|镇|苏木|县|市|区|旗|州|盟)$")  # a name ending as a division does: the place's own


def sets_first(searcher, parsed: ParsedQuery, mask: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Scores that put the reports of every named set first (a sector's own bodies before its
    governing department), each group in its own order."""
    from search.retrieval.signals import first_of

    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    chosen = np.ones(len(mask), dtype=bool)
    own = np.ones(len(mask), dtype=bool)
    for found in parsed.issuer_sets:
        chosen &= members(searcher, found)[codes]
        own &= members(searcher, found, own=True)[codes]
    kinds = kinds_beside(parsed)
    if kinds:  # 县 教育局: of the set's reports, the bureaus' own before a county government's naming its bureau
        scores = first_of(mask, scores, reports_of(searcher, kinds)[codes])
    scores = first_of(mask, scores, chosen)
    if any(s.tiered for s in parsed.issuer_sets):
        scores = first_of(mask, scores, own)
    return scores


def kinds_beside(parsed: ParsedQuery) -> list[list[str]]:
    """The bodies named by function beside the sets (教育局 of 县 教育局 and of 县教育局), as ``reports_of`` takes them."""
    sets = {w for found in parsed.issuer_sets for w in found.words}
    words = [w for c in parsed.must if not c.phrase and len(c.alternatives) == 1 for w in topic_words(c.alternatives[0])[0]]
    return [[w] for w in dict.fromkeys(words) if w not in sets and (c := concept_of(w)) is not None and c.functions
            and not names_set(c)]


def set_notes(searcher, parsed: ParsedQuery, hits: np.ndarray, first: np.ndarray, messages: list[str],
              sort: str) -> list[str]:
    """``messages`` with each set's note rewritten when the list is not sorted by relevance, or when
    the first hit is not of the set (hint_notes.py does the same for places and years)."""
    if not parsed.issuer_sets:
        return messages
    codes = arrays_for(searcher).codes(searcher, "report_id").codes
    rewritten: dict[str, str] = {}
    for found in parsed.issuer_sets:
        if sort != "relevance":
            rewritten[set_note(found)] = set_sorted_note(found)
        elif not (first & members(searcher, found, own=True)[codes]).any():
            if found.inside:  # other governments of the place may come first: they are what follows the level's
                rewritten[set_note(found)] = set_absent_note(found, (first & members(searcher, found)[codes]).any())
                continue
            later = not found.sector and (hits & members(searcher, found)[codes]).any()
            rewritten[set_note(found)] = set_later_note(found) if later else set_absent_note(found)
    return [rewritten.get(m, m) for m in messages]

