"""The government a body answers to, as its text names it by level word alone ('在县委、县政府的领导下', '按照市政府办公室
要求', '全区…'): the level of a department or a report that names neither its place nor its level.

Read by indexer/placing.py; docs/places.md ("The government a department answers to").
"""
from __future__ import annotations

import re
from collections import Counter

from indexer.place_mentions import CONJUNCTIONS
from indexer.places import find_chains
from indexer.gazetteer import Unit

# The government a department answers to, named by its level alone: '在县委、县政府的领导下',
# '按照市政府办公室要求', '区委区政府'. A 局 of a county speaks of 县政府, a city's of 市政府.
_OWN_GOVERNMENT = re.compile(r"(省|市|县|区|旗|州|盟)(?:委[、和及]?(?:省|市|县|区|旗|州|盟))?(?:人民)?政府(?!信息|令)")  # 市人民政府令: a decree cited
# The internal units a county's department names ('各股室', '股(室)', '股长'): 股 are a county department's units only
COUNTY_UNITS = re.compile(r"股室|股\(室\)|各股|股长|业务股")
# '根据市政务服务和大数据管理局转发的《…》': a notice reaches a department through its own government's office or bureau
_FORWARDED = re.compile(r"(省|市|县|区|旗|州|盟)[\u4e00-\u9fff]{2,16}?(?:局|办公室|办|委员会|委|厅)转发")
# '按照县政务公开办的要求': the office that runs its government's disclosure work, named by the level word alone, is the
# body's own government's (round 29), like '按照市政府办公室要求'
_OWN_DISCLOSURE_OFFICE = re.compile(r"(省|市|县|区|旗|州|盟)(?:政务公开|政府信息公开|政务信息公开)(?:工作)?(?:领导小组)?"
                                    r"(?:办公室|办)")
# '市本级发布…、各县区发布…': the level a consolidated report calls its own
_OWN_LEVEL = re.compile(r"(省|市|县|区|旗|州|盟)本级")
# '按照党中央、国务院和省委、省政府的部署': a government listed after the centre is a superior, not the body's own
_SUPERIORS = re.compile(r"(?:中央|国务院)[和、及与，,]?$")
# An autonomous region's own words for itself: its Party committee is the 区党委 (a district's is the 区委) and its
# government's office the 区政府办公厅 (a district's is an 办公室). '自治区人民政府' is that region, never a district's.
_REGION_OWN = re.compile(r"区党委|区(?:人民)?政府办公厅")
# '区县政府', '市县政府', '县区政府': two level words joined name a tier of several governments (those a report directs,
# '督促指导各区县政府…'), never the body's own (round 23). The same word twice is a name and its level ('某某新区区委').
_LEVEL_WORDS = "省市县区旗州盟"
_GOVERNMENT_LEVELS = {"省": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county",
                      "旗": "county"}
_LEVEL_ORDER = ["province", "city", "county"]


def own_government(text: str) -> tuple[str, str] | None:
    """(the words, the level) of the government the text names most by its level alone (the lower of two named equally
    often), or None.

    '某某县政府' (a place's name before it) is another body's government, and '各县政府' several."""
    found = [m for pattern in (_OWN_GOVERNMENT, _OWN_LEVEL, _REGION_OWN, _FORWARDED, _OWN_DISCLOSURE_OFFICE)
             for m in pattern.finditer(text)
             if text[m.start() - 1 : m.start()] not in ("各", "全", "本")
             and not _combined(text, m.start())
             and (not _named_before(text, m.start()) or _leads(text, m))
             and not _SUPERIORS.search(text, max(0, m.start() - 6), m.start())
             and not (m.re is not _REGION_OWN and m.group(1) == "区" and _region_word(text, m))]
    # '在县委、县政府的领导下': the Party committee and the government a body works under outweigh a
    # government it only cites ('按照市政府《信息公开指南》')
    counts = Counter()
    for m in found:
        counts[_level_of(m)] += 2 if m.re is _OWN_GOVERNMENT and "委" in m.group(0) else 1
    if not counts:
        return None
    # two levels named equally often ('根据省政府办公厅文件精神，依照区政府办公室的要求'): the lower is the body's own, as a
    # body cites the governments above it and names those below it only as several ('各县政府', excluded above)
    top = max(counts.values())
    level = max((lvl for lvl, n in counts.items() if n == top), key=_LEVEL_ORDER.index)
    return next(m.group(0) for m in found if _level_of(m) == level), level


# The whole area a government's report speaks of: '全区', '全县政府系统' (not an autonomous region's '全区')
# ('全省各市' is a standing among others; '全市各级行政机关' is the whole area's agencies, the report's own, round 23;
# '在全省各级政府网站绩效评估中' is a standing again: only 各级机关 and 各级行政机关 count, round 24)
_SCOPE = re.compile(r"全(省|市|县|区|旗|州|盟)(?!委|各(?!级(?:行政)?机关))")


def own_scope(text: str) -> tuple[str, str] | None:
    """(the words, the level) of the area a report naming no issuer calls its whole ('全区' -> county), when one area
    word is written at least twice and more often than any other; an 自治区's text ('自治区', '区党委') gives no 区."""
    counts = Counter(m.group(1) for m in _SCOPE.finditer(text))
    if "区" in counts and ("自治区" in text or _REGION_OWN.search(text)):
        del counts["区"]
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return "全" + ranked[0][0], _GOVERNMENT_LEVELS[ranked[0][0]]


# '某某省各级政府认真贯彻《条例》': a place's governments at all its levels as the subject of a sentence (a verb
# follows) are the area a report naming no issuer speaks for, as '全省' is (round 24)
_AREA_AGENCIES = re.compile(r"各级(?:人民)?(?:政府|行政机关)(?:及其(?:工作)?部门)?(?=(?:高度)?重视|认真|坚持|深入|积极|按照|"
                            r"围绕|扎实|不断|进一步|全面|切实|始终|严格|依法|大力|把|将)")


def own_area(text: str) -> Unit | None:
    """The one division whose full name stands right before its governments at all levels as a sentence's subject
    ('某某省各级政府认真贯彻…' -> 某某省), or None (none, a short form, or two divisions)."""
    found = set()
    for m in _AREA_AGENCIES.finditer(text):
        window = text[max(0, m.start() - 12) : m.start()]
        chain = next((c for c in reversed(find_chains(window)) if c.end == len(window)), None)
        if chain and len(chain.units) == 1 and window[chain.start :].endswith(chain.units[0].name) \
                and window[chain.start - 1 : chain.start] not in ("在", "对", "和", "与", "、", "及", "各"):
            found.add(chain.units[0])
    return found.pop() if len(found) == 1 else None


def _combined(text: str, start: int) -> bool:
    """True when the level word at ``start`` is the second of two different ones ('区县政府', '旗县政府', '区、县政府'),
    not the level word of a place's name ending in another ('杭州市委': 杭州 ends in 州)."""
    before = text[start - 1 : start] if start else ""
    if before and before in "、/／" and start >= 2 and text[start] in "区县旗":
        # '区、县政府', '县/区政府': peers of one tier with a mark between (round 24); '省、市政府', '市、县政府' may be the
        # two governments above a body, one of them its own
        before = text[start - 2] if text[start - 2] in "区县旗" else ""
    # the character before may end a place's name whose level word this is ('杭州市委', '通州区委', '沙市区政府': a
    # name and its level, round 24), not a second level word
    return (bool(before) and before in _LEVEL_WORDS and before != text[start]
            and not _named_before(text, start))


def _leads(text: str, match: re.Match) -> bool:
    """True for the Party committee and government pair a body works under, named with their place: '在某某县委、县政府的
    领导下' is the body's own county whatever its name (a government it only cites, '某某县政府《…》', is not)."""
    return "委" in match.group(0) and "领导" in text[match.end() : match.end() + 12]


def _level_of(match: re.Match) -> str:
    return "province" if match.re is _REGION_OWN else _GOVERNMENT_LEVELS[match.group(1)]


def _region_word(text: str, match: re.Match) -> bool:
    """True when the 区 of a government's mention is an autonomous region's: '自治区人民政府', '区政府办公厅', or the
    government paired with a 区党委 ('区党委、区政府')."""
    before = text[max(0, match.start() - 4) : match.start()]
    return before.endswith("自治") or before.endswith(("党委、", "党委和", "党委")) or text.startswith("办公厅", match.end())


def _named_before(text: str, end: int) -> bool:
    """True when a place's name ends with the level word at ``end`` ('德江县' in '德江县政府'); a
    conjunction before it is none ('…和县政府办公室《关于…》' is 'and the county's', not 和县's)."""
    if text[end - 1 : end] in CONJUNCTIONS:
        return False
    window = text[max(0, end - 6) : end + 1]
    return any(chain.end == len(window) for chain in find_chains(window))


def lower_level(*found: tuple[str, str] | None) -> tuple[str, str] | None:
    """Of (words, level) readings, the one of the lowest level (a body names its superiors and its own area, never an
    area below it as its own); None when there is none."""
    readings = [f for f in found if f]
    return max(readings, key=lambda f: _LEVEL_ORDER.index(f[1]), default=None)
