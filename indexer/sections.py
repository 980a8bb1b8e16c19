"""Split a report's blocks into the template's six parts.

Headings come in many forms: '一、总体情况', a bare '总体情况', '## 一、总体情况',
'五、政府信息公开工作存在的主要问题及改进情况', '一、 概述' (pre-2019), or run into the text on
crawled pages ('二、主动公开政府信息情况（一）主动公开…'). Table row labels such as
'一、本年新收政府信息公开申请数量' look like headings and are not. Some reports number their
own chapters (一…六) and restart the numbering for the template's tables; so every candidate is
scored and the parts are chosen as the best-scoring increasing sequence, not by numeral alone.
"""
# Over 350 lines, kept whole: the heading classifier and the choice of the best increasing sequence share the
# candidate scores and patterns; parts inferred afterwards are in missing_parts.py.
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.memo import for_short_texts
from indexer.contents import contents_list
from indexer.model import SECTION_NAMES, Block, Section, Subheading, Table
from indexer.normalize import clean_line, squeeze
from indexer.script import to_key

NUMERALS = "一二三四五六七八九十"
# (two marks, '一,、', on spam copies that put a comma before every 、: round 24)
_NUMBERED = re.compile(rf"^([{NUMERALS}]{{1,3}})\s*[、丶.．,，]{{1,2}}\s*(.*)$")
_CHAPTER = re.compile(rf"^第([{NUMERALS}]{{1,3}})部分[:：、.．,，]?")  # '第二部分：主动公开…' numbers like '二、'
_LABEL = re.compile(rf"^(第[{NUMERALS}]{{1,3}}部分|[{NUMERALS}]{{1,3}}\s*[、丶.．,，])")

# The template's headings as reports write them (squeezed, no spaces). A title that matches
# one of these whole is strong evidence of its part.
TITLES = {
    1: r"(?:总体情况|概述|概况|总体概况|基本情况|综述|总述)",
    2: r"(?:主动公开政府信息(?:的)?(?:工作)?情况|主动公开(?:工作)?情况)",
    3: r"(?:收到和处理政府信息公开申请(?:的)?情况|(?:政府信息)?依申请公开(?:政府信息)?(?:工作)?(?:的)?情况|政府信息依申请公开(?:工作)?情况)",
    4: r"(?:(?:政府信息公开|因政府信息公开(?:申请|工作)?)?(?:被申请)?(?:提起)?行政复议[、和及]?(?:提起)?行政诉讼(?:的)?情况|政府信息公开行政复议、行政诉讼情况)",
    5: r"(?:(?:政府信息公开)?(?:工作)?存在的?(?:主要)?问题(?:及|和|与)?(?:改进|整改)(?:情况|措施|计划)?)",
    6: r"(?:其[他它]需要报告的事项|其[他它]需要报告事项|其[他它]事项)",
}
_TITLE_RE = {part: re.compile(rf"^{pattern}[。.:：]?$") for part, pattern in TITLES.items()}
# Without a numeral only the template's own wording counts: '主动公开情况' alone is a sub-heading.
_OFFICIAL = {
    1: re.compile(r"^(?:总体情况|(?:主要工作|工作)?概述)$"),
    # (and the 2008 template's: '政府信息主动公开情况', '依申请公开政府信息情况', its pre-2019 reports' own)
    2: re.compile(r"^(?:主动公开政府信息|政府信息主动公开)情况$"),
    3: re.compile(r"^(?:收到和处理政府信息公开申请|依申请公开政府信息|政府信息依申请公开)情况$"),
    4: re.compile(r"^(?:政府信息公开)?行政复议[、和]行政诉讼情况$"),
    5: re.compile(r"^(?:政府信息公开)?(?:工作)?存在的主要问题及改进情况$"
                  # (the older template's, the problems and the measures: '主要问题和改进措施', '存在的主要问题和改进措施',
                  # a last chapter a report may leave unnumbered, round 38)
                  r"|^(?:政府信息公开)?(?:工作)?(?:所?存在的)?主要问题(?:和|及)改进措施$"),
    6: re.compile(r"^其[他它]需要报告的事项$"),
}
# A numeral glued to the template's own title, its 、 lost by the copy ('一概述', '二主动公开政府信息情况', round 38): read as
# numbered only when the rest is a template title whole ('一是…', '一般…' are prose).
_GLUED = re.compile(rf"^([{NUMERALS}])(?![是般年])(.+)$")

# Looser evidence: the heading mentions the part's subject. A heading on two subjects
# ('二、主动公开及依申请公开情况') maps to a part only when its numeral names one of them.
_KEYWORDS = [
    (6, re.compile(r"其[他它](?:需要)?(?:报告)?的?事项|需要说明的?(?:事项|问题)|(?:其[他它])?说明事项")),  # '六、需要说明的事项' (2008)
    (5, re.compile(r"问题.*(?:改进|整改|措施|不足)|存在的?(?:主要)?(?:问题|不足)|改进(?:情况|措施)")),
    (4, re.compile(r"复议|诉讼")),
    # not '因政府信息公开申请(提起)行政复议', '因依申请公开引起行政复议' (round 58) nor '因…申请引起的行政复议': the review a
    # request led to, whichever words lead to it
    (3, re.compile(r"申请(?!(?:公开)?而?(?:提起|引起|引发|产生)?的?(?:行政)?复议)")),
    (2, re.compile(r"主动公开")),
    (1, re.compile(r"总体|概述|概况|基本情况|综述|总述")),
]

# Pre-2019 reports that call part 二 only '政府信息公开情况' (what was disclosed: '本年主动公开信息46条');
# under the numeral 二 it is that part, under any other numeral it names no part.
# ('二、公开政府信息情况', the words turned round, likewise; and what was put on line: '二、政务信息网上公开情况')
# (round 54: not '二、政府信息公开基本情况', the overview by its name: 基本情况 is part 一's word under any numeral, as the
# pages' gold maps an older report's chapters by meaning; a page of an article starting there holds part 一)
_DISCLOSED = re.compile(r"^(?:(?:政府|政务)?信息(?:网上)?公开(?:工作)?|(?:网上)?公开(?:政府|政务)?信息)的?情况$")
# Under the numeral 一 the year's disclosure work ('一、政务信息公开工作情况') is the overview (round 24); what was
# disclosed or put on line ('一、政务信息网上公开情况') names no part there.
_DISCLOSURE_WORK = re.compile(r"^(?:政府|政务)?信息公开工作的?(?:基本)?情况$")
# (round 44) Under the numeral 二 a chapter named by the disclosure work pushed on, in the report's own words
# ('二、政务公开情况', '二、围绕中心工作，推进政务公开各项工作的情况', '二、稳步推进政府信息公开工作'), sits where part 二 sits in
# the pre-2019 layout (一 概述, 二 what was disclosed) and holds it; under any other numeral it names no part.
_DISCLOSURE_PUSHED = re.compile(r"^(?:[^，,]{2,14}[，,])?[^，,]{0,6}?(?:推进|推动|做好|抓好|开展|落实)?"
                                r"(?:政务公开|政府信息公开|信息公开)(?:各项)?(?:工作)?的?(?:情况)?$")

# Pre-2019 reports whose fifth chapter is next year's work ('五、下一步工作计划', '五、2016年工作安排'): it fills the
# template's part 五 (problems and improvements) under the numeral 五 only.
_NEXT_STEPS = re.compile(r"^(?:下一?步|今后|明年|下一?年度?|(?:19|20)\d{2}年度?)的?(?:工作)?(?:计划|打算|安排|思路|重点|设想)$")

# (round 61) The fees an older report gives a chapter of its own ('三、依申请信息公开收费情况', '四、政府信息公开的收费及减免
# 情况'): the pages' gold maps it to no part; its 申请 read it as part 三, over the report's own '二、政府信息依申请公开办理情况'.
# The fees are its subject when they end it, the words before them one phrase: a chapter listing them among others
# ('三、依申请公开、不予公开、收费及咨询政府信息情况') is on requests.
_FEES = re.compile(r"^[^、，,及和与]{0,16}?(?:收费|减免|费用)(?:(?:和|及|与)?(?:减免|收费))?的?(?:情况)?$")

# Rows of the part-3 table that are numbered like parts ('一、本年新收政府信息公开申请数量').
_TABLE_ROW = re.compile(r"^(?:本年新收|上年结转|本年度?办理结果|结转下年度|本年度办|本法提供)")

_SUBHEADING = re.compile(rf"^[(（]([{NUMERALS}]{{1,3}})[)）]\s*(.+)$")
# A remark in brackets after a heading: '一、年度工作总体情况（本报告数据的统计期限自…止。）'.
_REMARK = re.compile(r"[(（][^()（）]{4,80}[)）]$")
# Parts numbered with Arabic digits ('1. 总体情况', '2、主动公开政府信息情况'). Inside part 一 the
# same digits number its items ('1、主动公开情况', '5、政府信息公开行政复议、行政诉讼情况'), so a
# digit-numbered line heads a part only in the template's own words and with the part's number.
_ARABIC = re.compile(r"^(\d{1,2})\s*[、.．]\s*(.*)$")
BRACKETED = re.compile(rf"^\(([{NUMERALS}]{{1,3}})\)\s*(.*)$")  # on squeezed text: '（一）' is '(一)'
MAX_HEADING = 40
MAX_RAW = 200  # a line longer than this, spaces and markup included, is no heading


@dataclass
class Candidate:
    """A line that may head a part."""

    index: int
    part: int
    score: float
    title: str


def classify_heading(line: str, bracketed: bool = False) -> tuple[int, float] | None:
    """Return (part, score) when a line reads like a part heading, else None.

    Scores: 4 for the template's own title, 3 for a usual variant of it, 2 for a heading on the
    part's subject; +1 when the numeral agrees with the part. Unnumbered lines count only with
    the template's own title. ``bracketed``: the report numbers its parts （一）…（六）, the way
    others number sub-headings.
    """
    if len(line) > MAX_RAW or "\t" in line:
        return None
    return _classify(line, bracketed)


# Reflow, the choice of parts and the report test classify the same lines of a report again, and
# template lines recur in every report; only lines of at most MAX_RAW characters get this far.
@lru_cache(maxsize=1 << 13)
def _classify(line: str, bracketed: bool) -> tuple[int, float] | None:
    english = _ENGLISH_PART.match(re.sub(r"\s+", " ", line.strip()))
    if english:  # (round 47) an English translation's part heading: 'I. Overview', 'III. Disclosure … upon application'
        numeral = _ROMAN.index(english.group(1)) + 1
        part = next((p for p, pattern in _ENGLISH_TITLES.items() if pattern.search(english.group(2))), None)
        return (part, 3.0 + (numeral == part)) if part else None
    key = _REMARK.sub("", squeeze(clean_line(line)))
    if not key or len(key) > MAX_HEADING + 4:
        return None
    numeral = None
    key = key.lstrip("、")  # '、总体情况': a heading whose numeral the copy lost reads as unnumbered
    rest = key
    arabic = _ARABIC.match(key)
    if arabic:
        return _classify_arabic(int(arabic.group(1)), arabic.group(2).rstrip("。.:："))
    match = numbered(key) or (BRACKETED.match(key) if bracketed else None) or _glued(key)
    if match:
        numeral, rest = NUMERALS.index(match.group(1)[-1]) + 1 if len(match.group(1)) == 1 else None, match.group(2)
        if _TABLE_ROW.match(rest):
            return None
    elif len(key) > 20:
        return None
    rest = rest.rstrip("。.:：?？")  # ('?': a spam copy's glyph for what it could not encode)
    if not rest or len(rest) > MAX_HEADING or "。" in rest:
        return None
    for part, pattern in _OFFICIAL.items():
        if pattern.match(rest):
            return part, 4.0 + (numeral == part)
    if numeral is None:
        return None  # an unnumbered line must be a template title, else it is prose
    for part, pattern in _TITLE_RE.items():
        if pattern.match(rest):
            return part, 3.0 + (numeral == part)
    if numeral == 2 and (_DISCLOSED.match(rest) or _DISCLOSURE_PUSHED.match(rest)):
        return 2, 2.0  # pre-2019 '二、政府信息公开情况': what was disclosed, between 概述 and 依申请公开
    if numeral == 1 and _DISCLOSURE_WORK.match(rest):
        return 1, 2.0  # pre-2019 '一、政务信息公开工作情况' (also '一,、…' on a spam copy): the year's work, its overview
    if numeral == 5 and _NEXT_STEPS.match(rest):
        return 5, 2.0
    if _FEES.search(rest):
        return None  # (round 61) an older report's chapter on fees names no part, whatever request it charges for
    parts = [part for part, pattern in _KEYWORDS if pattern.search(rest)]
    if len(parts) > 1:
        parts = [part for part in parts if part == numeral]  # ambiguous unless the numeral decides
    if len(parts) == 1:
        return parts[0], 2.0 + (numeral == parts[0])
    return None


# (round 47) The parts as an English translation of a report names them, numbered in Roman numerals ('I. Overview').
_ROMAN = ("I", "II", "III", "IV", "V", "VI")
_ENGLISH_PART = re.compile(r"^(VI|V|IV|III|II|I)[.、,] ?([A-Z][A-Za-z ,'’()-]{3,120}?)[.:]?$")
_ENGLISH_TITLES = {
    1: re.compile(r"^(?:Overview|General situation|Summary|Overall situation)$", re.IGNORECASE),
    2: re.compile(r"^(?:Proactive|Active|Voluntary) (?:disclosure|release|openness) of government information", re.IGNORECASE),
    3: re.compile(r"(?:upon|on|by) (?:request|application)|Receipt and handling of (?:government information disclosure )?"
                  r"applications", re.IGNORECASE),
    4: re.compile(r"(?:administrative )?reconsideration.{0,40}(?:administrative )?litigation", re.IGNORECASE),
    5: re.compile(r"^(?:The )?main problems", re.IGNORECASE),
    6: re.compile(r"^Other matters", re.IGNORECASE),
}


def _glued(key: str) -> re.Match | None:
    match = _GLUED.match(key)
    rest = match and match.group(2).rstrip("。.:：")
    if rest and any(p.match(rest) for p in (*_OFFICIAL.values(), *_TITLE_RE.values())):
        return match
    # (round 55) '三是收到和处理政府信息公开申请情况': 、 mistyped 是, the template's own title whole after it on a line of its
    # own (prose's '一是…' goes on past a title)
    match = _MISTYPED.match(key)
    rest = match and match.group(2).rstrip("。.:：")
    if rest and any(p.match(rest) for p in _OFFICIAL.values()):
        return match
    return None


_MISTYPED = re.compile(rf"^([{NUMERALS}])是(.+)$")


def _classify_arabic(number: int, rest: str) -> tuple[int, float] | None:
    """(part, score) of a digit-numbered line: only a template title under its own number, scored
    below the same title numbered 一、 (a report that mixes both numbers its parts with 一、)."""
    if not 1 <= number <= 6 or not rest or len(rest) > MAX_HEADING:
        return None
    if _OFFICIAL[number].match(rest):
        return number, 4.5
    if _TITLE_RE[number].match(rest):
        return number, 3.5
    return None


def looks_like_heading(line: str) -> bool:
    """True for a line that could head a part or a numbered sub-part (used to stop reflow)."""
    if len(line) > MAX_RAW:
        return False
    return _looks_like_heading(line)


@lru_cache(maxsize=1 << 13)  # (as _classify: the same lines are asked about again)
def _looks_like_heading(line: str) -> bool:
    key = squeeze(clean_line(line))
    return classify_heading(line) is not None or bool(
        _SUBHEADING.match(key) and len(key) <= MAX_HEADING
    ) or _chapter_heading(key) or _digit_heading(key)


# A report's own chapter heading ('一、压实工作责任，扎实做好重点领域公开'): numbered, short, no sentence
# in it. It stands alone, so a wrapped-line re-join must not glue the next paragraph to it.
_MAX_CHAPTER = 30


def _chapter_heading(key: str) -> bool:
    match = numbered(key)
    return bool(match and len(key) <= _MAX_CHAPTER and match.group(2)
                and not _SENTENCE_MARK.search(key) and not _TABLE_ROW.match(match.group(2)))


def _digit_heading(key: str) -> bool:
    """(round 70) A short line numbered with a digit that reads as a part heading under that Chinese numeral
    ('2.依申请公开信息的情况和不予公开信息的情况' as '二、…'): it stands alone as that heading would, whether the
    report's parts or a part's items are numbered so (numbering.py tells which)."""
    match = _ARABIC.match(key)
    return bool(match and len(key) <= _MAX_CHAPTER and 1 <= int(match.group(1)) <= len(NUMERALS)
                and not _SENTENCE_MARK.search(key) and _classify(f"{NUMERALS[int(match.group(1)) - 1]}、{match.group(2)}", False))


_SENTENCE_MARK = re.compile(r"[。；;：:！？!?]")
_CLAUSE_MARK = re.compile(r"[。，,；;]")


# Part headings run into the text of crawled one-line pages. A numbered template title is one
# anywhere (even glued to table digits, or opening what table recovery left of a line:
# '五、存在的主要问题及改进情况 一是…'). In a long line, so is a short numbered phrase ending like a
# heading after a sentence end or a space, then a space or a sub-heading bracket:
# '…有关工作。三、依申请公开和咨询政府信息情况 （一）申请情况…', or opening the line: '二、政府信息公开情况
# （一）门户网站：…', or ending it ('…暂无依申请公开事项。 四、行政复议和诉讼情况').
# '概 述' is written with a space between its characters as often as without.
# (round 46) Part 五 in the 2008 template's words run in right after another heading: '三、… 六、…存在的主要问题 2008年…'.
_PROBLEMS_RUN_IN = rf"(?<=情况\s)[{NUMERALS}]、[^。，；：:（(\s]{{0,12}}存在的?(?:主要)?问题(?=\s)"
_INLINE_TITLE = rf"[{NUMERALS}]、\s*(?:{'|'.join(TITLES.values())}|概\s+[述况])[。：:]?"
_INLINE = re.compile(
    rf"({_INLINE_TITLE}"
    rf"|(?:(?<=[。；\s])|^)[{NUMERALS}]、[^。，；：:（(\s]{{2,30}}?(?:情况|措施|事项|概述|概况)(?=\s|[（(]|$)"
    rf"|{_PROBLEMS_RUN_IN})"
)
# At the start or after a sentence; and, opening a line, a numbered phrase ending like a heading and closed by a
# full stop, its paragraph run in after it: '二、受理依申请公开的件数及办理情况。2010年，我局…' (the 2008 template's
# headings in an agency's own words), or followed by its first sub-heading: '二、政府信息公开情况 （一）门户网站：…'.
# And, after a sentence, a numbered phrase ending like a heading that ends the line, its paragraph on the
# next one: '…暂无依申请公开事项。 四、行政复议和诉讼情况' (a copy that ran each heading onto the paragraph before).
_INLINE_SHORT = re.compile(rf"(?<![^。；！？\s\d])({_INLINE_TITLE})|{_PROBLEMS_RUN_IN}"
                           rf"|^\s*[{NUMERALS}]、[^。，；：:（(\s]{{2,30}}?(?:情况|措施|事项|概述|概况)"
                           rf"(?:。(?=.)|(?=\s*[（(][{NUMERALS}][)）]))"
                           rf"|(?<=[。；！？])\s*[{NUMERALS}]、[^。，；：:（(\s]{{2,30}}?(?:情况|措施|事项|概述|概况)\s*$")
_LONG_LINE = 200
_LIST_GAP = re.compile(r"\s*[，,、;；]\s*")
_LIST_CLOSE = re.compile(r"\s*[;；]\s*")


def split_inline_headings(blocks: list[Block]) -> list[Block]:
    """Break lines where a part heading runs into the text (crawled one-line pages)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            out.append(block)
            continue
        # (a short line's pieces are worked out once per process: template lines recur in every report)
        out += _pieces(block)
    return out


@for_short_texts(_LONG_LINE - 1)  # a short line's pieces: template lines recur in every report
def _pieces(block: str) -> tuple[str, ...]:
    pattern = _INLINE if len(block) >= _LONG_LINE else _INLINE_SHORT
    # Matched on the simplified key (same offsets), cut in the text as written.
    key = to_key(block)
    matches = list(pattern.finditer(key))
    # (round 44) Titles joined only by a comma or 、 are a lead-in's list of the parts ('本报告分为六个部分：一、总体情况，
    # 二、主动公开政府信息情况，…'), not headings: no heading is followed by a comma and the next heading.
    listed = set()
    for i, (match, after) in enumerate(zip(matches, matches[1:])):
        if _LIST_GAP.fullmatch(key[match.end() : after.start()]):
            listed |= {i, i + 1}
    # (round 55) ...and a title closed by a semicolon ending the line is a list's item ('一、总体情况；' on a line of its
    # own, the next part's title on the next: sections.list_items reads the list whole)
    listed |= {i for i, match in enumerate(matches) if _LIST_CLOSE.fullmatch(key[match.end():])}
    cuts = [0]
    for i, match in enumerate(matches):
        if i in listed:
            continue
        cuts += [match.start(), match.end()]
    cuts.append(len(block))
    return tuple(block[a:b].strip() for a, b in zip(cuts, cuts[1:]) if block[a:b].strip())



def _best_sequence(candidates: list[Candidate]) -> list[Candidate]:
    """The highest-scoring subsequence whose parts strictly increase (weighted LIS).

    Parts are 1..6, so it keeps, per part, the best sequence ending in that part so far: linear
    in the number of candidates. Ties go to the earliest candidates.
    """
    if not candidates:
        return []
    best: list[float] = []
    back: list[int] = []
    ending: dict[int, tuple[float, int]] = {}  # part -> (best score of a sequence ending there, index)
    for i, cand in enumerate(candidates):
        prev = [ending[q] for q in ending if q < cand.part]
        top = max(prev, key=lambda e: (e[0], -e[1])) if prev else None
        best.append(cand.score + (top[0] if top else 0.0))
        back.append(top[1] if top else -1)
        if cand.part not in ending or best[i] > ending[cand.part][0]:
            ending[cand.part] = (best[i], i)
    i = max(range(len(candidates)), key=lambda k: (best[k], -k))
    chosen = []
    while i != -1:
        chosen.append(candidates[i])
        i = back[i]
    return chosen[::-1]


# A dash before 、 is the numeral 一 as a scan's text layer or a hurried typist writes it ('—、总体情况', '－、概述').
_DASHES = "—―－─-"
_DASH_ONE = re.compile(rf"^[{_DASHES}](?=\s*、)")


def numbered(key: str) -> re.Match | None:
    """(numeral, rest) of a numbered heading in squeezed text: '二、…', '二．…', '第二部分：…', '—、…'."""
    # (both patterns are anchored at their first character: a key opening otherwise is matched as it is)
    if key[:1] in _DASHES:
        key = _DASH_ONE.sub("一", key)
    return _NUMBERED.match(_CHAPTER.sub(r"\1、", key) if key.startswith("第") else key)


def heading_number(title: str) -> int | None:
    """The value of a heading's leading numeral ('十一、' -> 11), or None."""
    match = numbered(squeeze(title))
    if not match:
        return None
    digits = [NUMERALS.index(ch) + 1 for ch in match.group(1)]
    if len(digits) == 1:
        return digits[0]
    if digits[0] == 10:  # 十一 … 十九
        return 10 + digits[1] if len(digits) == 2 else None
    return digits[0] * 10 + (digits[2] if len(digits) == 3 else 0) if digits[1] == 10 else None


def _own_heading(block: str, low: int | None, high: int | None) -> bool:
    """A chapter heading of the report's own ('四、政府信息公开的收费及减免情况') numbered after its
    part's heading and before the next part's (or anywhere after it when the numbering restarts)."""
    if low is None or len(block) > MAX_RAW:
        return False
    key = squeeze(clean_line(block))
    match = numbered(key)
    if not match or len(key) > MAX_HEADING or _CLAUSE_MARK.search(key):
        return False
    if _TABLE_ROW.match(match.group(2)):
        return False
    n = heading_number(key)
    return n is not None and n > low and (high is None or high <= low or n < high)


def find_subheadings(section: Section, next_numeral: int | None = None) -> None:
    """Record the sub-headings of a part with anchors for the report page: numbered ones （一）…,
    and the report's own chapter headings that map to no template part (kept as written)."""
    section.subheadings = []
    low = heading_number(section.title) if section.title else None
    for index, block in enumerate(section.blocks):
        if isinstance(block, Table) or "\t" in block:
            continue  # a table row, not a heading
        match = _SUBHEADING.match(squeeze(block[:MAX_RAW]))  # a run-in heading opens a long paragraph
        if match:
            label = f"（{match.group(1)}）"
            title = re.split(r"[。；]", clean_line(block), maxsplit=1)[0]
            if len(title) > MAX_HEADING + 4:
                continue
        elif _own_heading(block, low, next_numeral):
            title = clean_line(block)
            found = _LABEL.match(title)
            label = found.group(1).replace(" ", "") if found else title[:2]
        else:
            continue
        section.subheadings.append(
            Subheading(label=label, title=title, anchor=f"section-{section.number}-{len(section.subheadings) + 1}",
                       block=index)
        )


# (round 55) A lead-in may list the report's chapters, one per line, each closed by a semicolon and the last by a full stop
# ('本报告包含以下7个部分内容:' / '1.政府信息公开工作的基本情况;' … '7.…存在的主要问题及改进情况。'; also '（一）总体情况；' or
# '一、总体情况；' lines): a list, not the parts. No heading ends in a semicolon, so a run of lines numbered alike and in
# order, each but the last ending in one and two at least, is a list, whatever its lines' words, wherever it stands.
_LIST_LABEL = re.compile(rf"^(?:(\d{{1,2}})\s*[、.．]|[(（]([{NUMERALS}]{{1,3}}|\d{{1,2}})[)）]|([{NUMERALS}]{{1,3}})\s*[、丶.．])")
_LIST_END = re.compile(r"[;；]$")


def _list_label(block: Block) -> tuple[str, int] | None:
    """(numbering style, number) of a line opening with a list's label ('3.', '（三）', '三、'), else None."""
    if isinstance(block, Table) or len(block) > MAX_RAW:
        return None
    match = _LIST_LABEL.match(squeeze(clean_line(block)))
    if not match:
        return None
    if match.group(1):
        return "digit", int(match.group(1))
    numeral = match.group(2) or match.group(3)
    style = "bracket" if match.group(2) else "numeral"
    number = int(numeral) if numeral.isdigit() else heading_number(f"{numeral}、")
    return (style, number) if number else None


def list_items(blocks: list[Block]) -> set[int]:
    """Indices of the blocks that are items of a list (see above) or of a table of contents (``contents``): never
    part headings."""
    items: set[int] = contents_list(blocks)
    run: list[int] = []  # the current run: items numbered alike and in order, each but the newest closed by a semicolon
    closed = 0  # how many of the run's items end in a semicolon
    previous: tuple[str, int] | None = None  # the newest item's label
    for index, block in enumerate(blocks):
        label = _list_label(block)
        ends = label is not None and bool(_LIST_END.search(squeeze(clean_line(block))))
        if run and label and previous and label == (previous[0], previous[1] + 1) and closed == len(run):
            run.append(index)
        else:
            if closed >= 2:
                items.update(run)
            run, closed = ([index], 0) if label else ([], 0)
        closed += ends
        previous = label
    if closed >= 2:
        items.update(run)
    return items


def choose(blocks: list[Block], bracketed: bool, items: set[int] = frozenset()) -> list[Candidate]:
    """The part headings among the blocks: the best increasing sequence of candidates.

    ``bracketed``: read only （一）…（六） lines as part headings; that reading counts only when it
    opens with （一） on part 一 (a report numbering its parts so starts with （一）总体情况, while
    part 一's own sub-headings start at （一）主动公开).
    """
    candidates = []
    listed = list_items(blocks) | items  # (``items``: lines a list numbers, never part headings)
    for i, block in enumerate(blocks):
        if isinstance(block, Table) or i in listed:
            continue
        if bracketed and not BRACKETED.match(squeeze(block[:MAX_RAW])):
            continue
        found = classify_heading(block, bracketed)
        if found:
            candidates.append(Candidate(i, found[0], found[1], clean_line(block)))
    if bracketed:
        chosen = _best_sequence(candidates)
        if not (chosen and chosen[0].part == 1 and chosen[0].title.lstrip("(（").startswith("一")):
            return []
        # Two bracketed lines, the second not in a part's template words ('（一）概述', '（二）主动公开信息情况': the
        # 2019 template's part 一 on a page that lost its heading '一、总体情况') are part 一's sub-headings; a report
        # numbering its parts so writes a later part's title ('（二）主动公开政府信息情况') or goes on to a third part.
        return chosen if len(chosen) >= 3 or any(c.score >= 4 for c in chosen[1:]) else []
    candidates = _without_counted_items(blocks, candidates, listed)
    candidates += _overview(blocks, candidates, listed) + _cut_heading(blocks, candidates)
    candidates.sort(key=lambda c: c.index)
    if any(c.part == 1 and numbered(squeeze(c.title)) and _CURRENT_ONE.search(c.title) for c in candidates):
        # under the current template's '一、总体情况', the 2008 template's words without a numeral are part
        # 一's own sub-headings ('政府信息主动公开情况：'), as the 2021 template lists them inside it
        candidates = [c for c in candidates if not (_WORDS_2008.match(squeeze(c.title)))]
    return _best_sequence(candidates)


_ITEM_NUMBER = re.compile(r"^(\d{1,2})\s*[、.．](?!\d)")  # not a decimal opening a line (1.5万条)


def _without_counted_items(blocks: list[Block], candidates: list[Candidate], listed: set[int]) -> list[Candidate]:
    """The candidates (in reading order) less a digit-numbered template title that goes on counting items begun at 1
    under a part heading numbered 一、 (round 57): '一、政府信息公开工作情况' over '1.主动公开情况' '2.公开方式'
    '3.依申请公开政府信息的情况' numbers that part's items, so its 3. is no part 三 (a report mixing both numbers its parts
    on, never from 1 again below a numbered heading). One pass over the blocks after each heading: linear."""
    kept: list[Candidate] = []
    items = -1  # how many items since the last numbered heading, numbered 1, 2, … in order; -1: none before, or out of order
    seen = 0
    for cand in candidates:
        if numbered(squeeze(cand.title)):
            items, seen = 0, cand.index + 1
            kept.append(cand)
            continue
        digit = _ITEM_NUMBER.match(squeeze(cand.title))
        if digit and items >= 0:
            for i in range(seen, cand.index):
                if (items >= 0 and i not in listed and isinstance(blocks[i], str)
                        and (m := _ITEM_NUMBER.match(squeeze(blocks[i][:MAX_RAW])))):
                    items = items + 1 if int(m.group(1)) == items + 1 else -1
            seen = max(seen, cand.index)
            if items >= 1 and int(digit.group(1)) == items + 1:
                continue
        kept.append(cand)
    return kept


_CURRENT_ONE = re.compile(r"总体情况")
_WORDS_2008 = re.compile(r"^(?:政府信息主动公开|依申请公开政府信息|政府信息依申请公开)情况[。.:：]?$")


# A report's first chapter is its overview even when it is not called 总体情况 or 概述:
# '一、工作开展情况', '一、组织领导方面', '一、政府信息公开基础工作' (pre-2019 reports) head part 一.
_OVERVIEW_TITLES = ("概述", "概况", "总体情况", "综述", "总述")
# '一、健全组织、强化领导', '一、强化组织保障，严格执行《条例》' (a rule's name quoted)
_OVERVIEW_WORDS = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、，,《》]{1,22}[\u4e00-\u9fff》]")
_YEAR_ANY = re.compile(r"(?:19|20)\d{2}年度?")


def _overview(blocks: list[Block], candidates: list[Candidate], listed: set[int] = frozenset()) -> list[Candidate]:
    """Part 一 from the first '一、' heading when nothing else names part 一 and it heads no other part (a list's
    items, ``listed``, are passed over)."""
    if any(c.part == 1 for c in candidates):
        return []
    taken = {c.index for c in candidates}
    for i, block in enumerate(blocks):
        if isinstance(block, Table) or len(block) > MAX_RAW or i in listed:
            continue
        key = squeeze(clean_line(block))
        match = numbered(key)
        if not match:
            continue
        if i in taken or match.group(1) != "一" or _TABLE_ROW.match(match.group(2)):
            return []
        # '一、2009年工作情况': a first chapter titled by the year reported on is the overview too
        # ('一、政府信息公开2020年工作要点落实情况': the year inside the title reads the same)
        rest = _YEAR_ANY.sub("", match.group(2).rstrip("。:："))
        # '一、概' with the rest of 概述 lost by the copy is still the overview's heading
        # ('一、' alone, the whole title lost, right before a paragraph: that paragraph is the overview, round 37)
        lost = not rest and i + 1 < len(blocks) and isinstance(blocks[i + 1], str) and "。" in blocks[i + 1]
        if _OVERVIEW_WORDS.fullmatch(rest) or (rest and any(t.startswith(rest) for t in _OVERVIEW_TITLES)) or lost:
            return [Candidate(i, 1, 2.0, clean_line(block))]
        return []
    return []


def _cut_heading(blocks: list[Block], candidates: list[Candidate] = ()) -> list[Candidate]:
    """A part heading cut off by the end of the text ('五、存在的主'): the page stops inside it.
    It counts when what is left is the start of that part's template title, under that part's number; in a report
    whose headings (``candidates``) follow the 2008 template, from 四 on only when its words tell one part."""
    last = next((b for b in reversed(blocks) if not isinstance(b, Table)), None)
    if last is None or last is not blocks[-1]:
        return []
    key = squeeze(clean_line(last))
    match = numbered(key)
    arabic = _ARABIC.match(key) if not match else None
    if arabic and 1 <= int(arabic.group(1)) <= 6:
        # a digit-numbered part heading cut the same way ('3.收到和处理'): only the template's title under its own number
        part, rest = int(arabic.group(1)), arabic.group(2)
        if len(rest) >= 2 and SECTION_NAMES[part].startswith(rest) and rest != SECTION_NAMES[part]:
            return [Candidate(len(blocks) - 1, part, 3.0, clean_line(last))]
        return []
    if not match:
        # A copy that ran each heading onto the paragraph before, cut right after the heading's first
        # characters: '…请联系我局办公室。 一、总体' (the rest of the text is the paragraph's, no heading's).
        match = _CUT_AFTER_SENTENCE.search(key)
    if not match or len(match.group(1)) != 1:
        return []
    part = NUMERALS.index(match.group(1)) + 1
    rest = match.group(2)
    older = part >= 4 and any(_CHAPTERS_2008.search(c.title) for c in candidates)
    if part <= 6 and rest and SECTION_NAMES[part].startswith(rest) and rest != SECTION_NAMES[part] and not older:
        return [Candidate(len(blocks) - 1, part, 3.0, clean_line(last))]
    # A pre-2019 report numbers its chapters its own way ('四、…收费及减免情况', '五、因政'): what is left
    # counts, as subject evidence, when it starts the titles of one part only.
    # ('五、工作' is the start of too many chapters: a title opening with 工作 wants its third character, round 39)
    parts = {p for p, titles in _CUT_TITLES.items() for t in titles
             if len(rest) >= (3 if t.startswith("工作") else 2) and t.startswith(rest) and rest != t}
    if len(parts) == 1:
        return [Candidate(len(blocks) - 1, parts.pop(), 2.0, clean_line(last))]
    return []


# The 2008 template's chapter 三 ('依申请公开政府信息和不予公开政府信息的情况') and 四 ('政府信息公开的收费及减免情况'), which
# the current one lacks: under them 四 is the fees, 五 the appeals, so a cut heading's number from 四 on names no part of
# the current template ('四、政府信' is '四、政府信息公开的收费…', round 37)
_CHAPTERS_2008 = re.compile(r"不予公开|收费")


# A numeral and the start of a title after a sentence's end, ending the text ('…联系。一、总体'): at least two
# characters of the title, so that a bare numeral or one character reads no heading.
_CUT_AFTER_SENTENCE = re.compile(r"(?<=[。；！？])([一二三四五六])、([^。；！？，,：:、]{2,12})$")


# Titles a cut heading may be the start of, the template's and the older reports' own.
_CUT_TITLES = {
    1: ("总体情况", "概述", "概况", "基本情况"),
    2: ("主动公开政府信息情况", "主动公开政府信息的情况"),
    3: ("收到和处理政府信息公开申请情况", "依申请公开政府信息情况", "依申请公开政府信息和不予公开政府信息的情况",
        "政府信息依申请公开情况"),
    4: ("政府信息公开行政复议、行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
        "因政府信息公开申请提起行政复议和行政诉讼的情况", "行政复议、行政诉讼情况"),
    5: ("存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的问题及改进措施",
        "政府信息公开工作存在的主要问题及改进措施",
        # an older report's '五、工作中存在的问题和改进措施' (round 39)
        "工作中存在的主要问题和改进措施", "工作中存在的问题和改进措施", "工作中存在的主要问题及改进措施", "工作中存在的问题及改进措施"),
    6: ("其他需要报告的事项", "其它需要报告的事项"),
}


def combined_chapter(blocks: list[Block], chosen: list[Candidate]) -> list[Candidate]:
    """chosen with part 三 added at the second sub-heading of a chapter on disclosure as a whole (round 59).

    A pre-2019 report's chapter numbered 二 naming neither kind of disclosure ('二、信息公开情况', '二、2016年政府信息公开
    工作情况') whose sub-headings open with '（一）主动公开…' and go on with '（二）依申请公开…' tells both parts, as the
    pages' gold maps an old report's chapters by meaning: the second sub-heading heads part 三 when no heading of the
    report's own does. A chapter naming a kind ('二、主动公开…'), or a first sub-heading on anything else, is left as it is.
    """
    if any(c.part == 3 for c in chosen):
        return chosen
    for k, cand in enumerate(chosen):
        match = numbered(squeeze(cand.title)) if cand.part == 2 else None
        if match is None:
            continue
        if match.group(1) != "二" or re.search(r"主动|申请", to_key(match.group(2))):
            return chosen
        end = chosen[k + 1].index if k + 1 < len(chosen) else len(blocks)
        opened = False
        for i in range(cand.index + 1, end):
            block = blocks[i]
            if isinstance(block, Table) or len(block) > MAX_RAW:
                continue
            bracket = BRACKETED.match(squeeze(block))
            if not bracket:
                continue
            found = classify_heading(block, True)
            if not opened:
                opened = bracket.group(1) == "一" and found is not None and found[0] == 2
                if not opened:
                    return chosen
                continue
            if bracket.group(1) == "二" and found is not None and found[0] == 3:
                return chosen[: k + 1] + [Candidate(i, 3, found[1], clean_line(block))] + chosen[k + 1 :]
            return chosen
        return chosen
    return chosen


# The 2021 template's part 一 tells its work under five topics, three of which no other part has (round 61).
_PART_ONE_TOPIC = re.compile(r"^(?:政府信息管理|(?:政府信息公开)?平台建设|监督保障)(?:工作)?(?:情况|方面)?[。.:：]?$")


def promoted_topic(blocks: list[Block], chosen: list[Candidate]) -> list[Candidate]:
    """chosen with a first heading '一、主动公开情况' read as part 一 when its sub-headings are that part's (round 61).

    A report that dropped its '一、总体情况' and raised the part's first topic in its place ('一、主动公开情况' over '（一）依申请
    公开情况 （二）政府信息管理情况 …') heads part 一 with it: a sub-heading on managing information, on the platforms or on
    oversight is a topic only part 一 of the 2021 template tells. It may have lost part 二 to the report's own heading
    of that part below ('二、主动公开政府信息情况'), or be the only one. An older report's first chapter on 主动公开 over its
    own sub-headings ('（一）公开的主要内容') stays part 二.
    """
    if any(c.part == 1 for c in chosen):
        return chosen
    stop = chosen[0].index if chosen else len(blocks)
    for i in range(stop + 1 if chosen and chosen[0].part == 2 else stop):
        block = blocks[i]
        if isinstance(block, Table) or len(block) > MAX_RAW:
            continue
        match = numbered(squeeze(clean_line(block)))
        if match is None:
            continue
        found = classify_heading(block)
        if match.group(1) != "一" or found is None or found[0] != 2:
            return chosen
        rest = [c for c in chosen if c.index > i]
        end = rest[0].index if rest else len(blocks)
        for sub in blocks[i + 1 : end]:
            if isinstance(sub, Table) or len(sub) > MAX_RAW:
                continue
            bracket = BRACKETED.match(squeeze(clean_line(sub)))
            if bracket and _PART_ONE_TOPIC.match(bracket.group(2)):
                return [Candidate(i, 1, found[1], clean_line(block)), *rest]
        return chosen
    return chosen
