"""Years typed as words: 民政局 2020, 2009年 年报, 十四五开局之年, 条例实施第一年, 二十大召开那年.

A citizen who types a year means the reports on that year, not the string 2020 somewhere in the
text (every report of 2021 says what it did "2020年" too). ``take_years`` moves year-like words
and the period phrases of ``data/periods.tsv`` (the five-year plans' years and the Party
congresses' derived by rule, an event followed by 那年 or 当年 standing for its year) out of the
text into ``ParsedQuery.year_hints``; the search then ranks the reports on those years first
(search/retrieval/signals.py), and a query left with no words lists them all.
``year:`` stays the strict filter.
"""
# Over 350 lines, kept whole: each form of a year (a period's phrase, an event, a plan's year, numerals, a short year, a
# range, digits) is read out of the text in turn, and what one reading leaves is what the next sees.
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from search.analysis import cut, cuts_through, fold
from search.figures.claims import chinese_number
from search.retrieval.query import DOC_WORDS, SOFT_WORDS, STOP_WORDS, Clause, ParsedQuery

PERIODS = Path(__file__).resolve().parent.parent / "data" / "periods.tsv"
YEARS = (1990, 2100)
# A year standing alone (not inside 12345 or 2020.5), optionally a range, optionally 年/年度.
# A range may say 年 on both ends and be opened by 从 / 自 (从2019年到2021年, 2019年至2021年度).
_YEAR = re.compile(r"(?:(?<![来出源])[从自]\s*)?(?<![\d.])((?:19|20)\d{2})(?:\s*(?:年度|年)?\s*[-–—~至到]\s*((?:19|20)\d{2}))?"
                   r"\s*(?:年度|年)?(?![\d.])")
_NUMERALS = "一二三四五"
# A year with one end left open (2019年以来, 2017年以后, 2015年起, 2017年以前, 2018年之前): every year from it on, or
# every year before it, not that one year with 以前 left as a word to find (session 24). The years run from the
# first reports (2008, the regulations' first year) to OPEN_LAST and are cut to the index's own years once it is
# read (take_recent_years). 以来, 起, 以后 and 之后 hold the year itself; 以前 and 之前 end the year before it.
# Not before a comparison or a count, within a few characters (2019年以来累计, 2020年以前的数据相比: the year's own
# reading stays); the check stands before the optional 的, which a trailing check let the match give back (2019年
# 以来的累计 was read open). 从 / 自 before it are the open end's too (自2015年起), as _YEAR takes them.
_OPEN_YEAR = re.compile(r"(?:(?<![来出源])[从自]\s*)?(?<![\d.])((?:19|20)\d{2})\s*(?:年度|年)?\s*"
                        r"(?:(以来|以后|之后|起|至今)|(以前|之前))"
                        r"(?!的?[^\s，。,；;、]{0,6}?(?:累计|相比|比较|对比|相较))(?:的)?")
FIRST_REPORTS = 2008
OPEN_LAST = 2030
# The year's 年 and, after it, 度 (二〇二〇年度): both the year's, as after a year in digits. Four numerals
# standing alone are a year without the 年 too (区政府 二〇一九, 审计局二〇一六), as four digits are; a longer
# run of numerals is a number, not a year.
_NUMERAL = "〇零○一二三四五六七八九十百千万"
_CHINESE_YEAR = re.compile(rf"(?<![{_NUMERAL}])([一二][〇零○一二三四五六七八九]{{3}})(?![{_NUMERAL}])(?:年度?)?")
# A year said by its last two figures (19年的年报, 民政局 二〇年; 08年 and 09年, the first reports'): only as a
# word of its own, typed at the start or after a space, and before a report word, 的 or the end: 近20年, 第12年,
# 工作15年 and 12年义务教育 are spans or counts.
_SHORT_YEAR = re.compile(rf"(?:^|(?<=[\s'’‘]))(0[89]|1\d|2\d|[一二][〇零○一二三四五六七八九])年(?:度)?(?=$|\s|的|年|报|工作)")
# A range of years said by their last two figures (12年到15年, 从18到20年), on the same terms; the 年 of the
# second end is required (12到15 is a span of numbers).
_SHORT_RANGE = re.compile(r"(?:^|(?<=[\s'’‘]))(?:[从自])?(0[89]|1\d|2\d)(?:年度?)?\s*[-–—~至到]\s*(09|1\d|2\d)年(?:度)?"
                          r"(?=$|\s|的|年|报|工作)")
_FIRST = r"开局之年|开局年|开局|起步之年|起步年|第一年|首年|头一年"
_LAST = r"收官之年|收官年|收官|最后一年|决胜之年|末年"
_NTH = r"第([一二三四五])年"
_WHOLE = r"期间|时期|以来"
# An event standing for its year: 北京奥运会那年, 二十大召开的那一年, 机构改革当年 (the time word is
# required: 二十大精神 is a topic, not a year).
_HAPPENED = r"(?:召开|举行|举办|开幕|闭幕|发生|暴发|爆发|实施|施行|启动)?(?:的)?"
# The verb may come first as well (开二十大那年, 召开党的二十大的那一年, 举办奥运会那年); 公开 and 展开 are no
# such verb.
_HELD = r"(?:召开|举行|举办|(?<![公展])开(?:完|了)?)?(?:了)?"
_WHEN = r"(?:那一年|那年|当年|这一年|这年|之年|的年份|那个年份)"
_CONGRESS = r"(?:党的)?((?:二十|十)[一二三四五六七八九]?|二十)大"
FIRST_CONGRESS = (11, 1977)  # the 11th national congress of the Party, 1977; one every five years since
# Years said relative to now, as years back from the newest year the index holds reports on: a report
# on a year is published early the next, so the newest is "last year's" (去年的年报 in 2026: 2025).
# A comparison or a carry-over is no year of reports (与上一年度相比, 较去年同期, 上一年度结转的申请), and
# 最新 says which year only before a report word (最新动态 is no year). 今年 is read as the newest year too:
# no report on the running year exists before the next spring, and a citizen asking 今年发了多少 wants the
# latest reports (本年, the template's own word, stays a word to find); 今年 before a comparison
# (今年比去年多还是少, 今年和去年相比) is the comparison's present, no year of reports; 占比, 比例, 比率 and
# 比重 compare nothing (今年依申请公开占比 asks the newest reports' share).
_RECENT = re.compile(r"(?<![与较比同和])(大前年|前年|去年|今年(?![^，。,\s]*?(?:(?<!占)比(?![例率重])|较|相比|对比|同期))|上一年|最近一年|最新一年|最新(?=$|\s|的|年|报告|一份|一期)|最近(?=$|\s|的?(?:年报|报告|一份)))"
                     r"(?!度?的?(?:同期|相比|比较|同比|以来|结转|增|减|底|末))(?:度)?(?:的)?")
_RECENT_BACK = {"大前年": 2, "前年": 1}
# The last few years (近三年, 最近5年, 近两年来): the index's newest years, as many as said.
_LAST_YEARS = re.compile(r"(?:最近|近)([一两二三四五六七八九十]{1,3}|\d{1,2})(?:个)?年(?:来|以来)?(?:的)?")

@lru_cache(maxsize=1)
def _periods() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """(five-year plans: name -> first year, phrases: phrase -> year, anniversaries: name -> the
    year counted from, events: name -> its year) from data/periods.tsv."""
    tables: dict[str, dict[str, int]] = {"plan": {}, "phrase": {}, "anniversary": {}, "event": {}}
    for line in PERIODS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, name, year = line.split("\t")[:3]
        tables[kind][name] = int(year)
    return tables["plan"], tables["phrase"], tables["anniversary"], tables["event"]


# What may stand right before the regulations' bare name (新条例, 的条例, 2019年条例, 在条例实施第一年): any other
# character is the end of another regulation's name (物业管理条例, 档案法实施条例; session 21 review).
_NOT_A_NAME = "新的年在是于从自即为了和与及"
_OURS = rf"(?<![^\W\d_{_NOT_A_NAME}])"


def _named(name: str) -> str:
    """A period's name as a pattern: one of the regulations' (条例实施) not right after another regulation's name
    (物业管理条例实施第一年 is that regulation's first year)."""
    return (_OURS if name.startswith("条例") else "") + re.escape(name)


@lru_cache(maxsize=1)
def _phrase_patterns() -> list[tuple[re.Pattern, int]]:
    """Each period phrase's pattern and year, the longest first."""
    phrases = _periods()[1]
    return [(re.compile(_named(p)), phrases[p]) for p in sorted(phrases, key=len, reverse=True)]


@lru_cache(maxsize=1)
def _anniversary_pattern() -> re.Pattern:
    names = "|".join(map(_named, sorted(_periods()[2], key=len, reverse=True)))
    # 周年, or 年 said of the count alone (建国70年, 改革开放四十年; not 以来 / 来: a span up to now), and
    # the year's own words after it (华诞, 那年, 之际).
    return re.compile(rf"({names})(\d{{1,3}}|[一二三四五六七八九十百]+)(?:周年|年(?![来以间]))(?:华诞|大庆|庆典)?"
                      rf"(?:之际|{_WHEN})?")


@lru_cache(maxsize=1)
def _event_pattern() -> re.Pattern:
    names = "|".join(map(re.escape, sorted(_periods()[3], key=len, reverse=True)))
    return re.compile(rf"{_HELD}(?:({names})|{_CONGRESS}){_HAPPENED}{_WHEN}")


def _event_year(match: re.Match) -> int | None:
    """The year of an event phrase: from the table, or a congress's from its number."""
    if match.group(1):
        return _periods()[3][match.group(1)]
    number = chinese_number(match.group(2))
    if not number or number < FIRST_CONGRESS[0]:
        return None
    return FIRST_CONGRESS[1] + 5 * (number - FIRST_CONGRESS[0])


def _chinese_year(text: str) -> int | None:
    """二〇二〇 -> 2020 (a year written digit by digit in Chinese numerals)."""
    digits = "〇一二三四五六七八九"
    out = 0
    for ch in text:
        ch = {"零": "〇", "○": "〇"}.get(ch, ch)
        if ch not in digits:
            return None
        out = out * 10 + digits.index(ch)
    return out


@lru_cache(maxsize=1)
def _plan_names() -> dict[str, str]:
    """Each way a plan is named -> its name in the table: 十二五 itself and, written out, 第十二个五年(规划)."""
    return {form: name for name in _periods()[0] for form in (name, f"第{name[:-1]}个五年")}


@lru_cache(maxsize=1)
def _plan_pattern() -> re.Pattern:
    plans = "|".join(map(re.escape, sorted(_plan_names(), key=len, reverse=True)))
    return re.compile(rf"({plans})(?:规划)?(?:纲要)?(?:的)?(?:({_FIRST})|({_LAST})|{_NTH}|({_WHOLE}))")


def _left(match: re.Match) -> str:
    """What a year read leaves: nothing, but the 年 of 年报 where jieba cuts 年报 from it (2021年报, 21年报里的数据;
    not 2020年报告, 年报表): the 年 is the year's and the report's, and a lone 报 would be a word to find."""
    rest = match.string[match.end():]
    return " 年" if match.group(0).endswith("年") and rest.startswith("报") and cut("年" + rest)[:1] == ["年报"] else " "


# The regulations named in a period phrase as a citizen names them, read as the table names them (条例, 新条例 for
# the 2019 revision; 实施 for their coming into force; 第一年 for its first year): 新修订的《政府信息公开条例》施行
# 头一年 is 新条例施行第一年. Only where a phrase or an anniversary of the table is then found: the regulations'
# name in any other query (政府信息公开条例 第十六条) stays as typed.
_REGULATIONS = r"(?:《?(?:中华人民共和国)?(?:政府)?信息公开条例》?|《?条例》?)"
_REVISED = re.compile(rf"(?:新修订|新修改|修订后|修改后|新版|修订版|新)的?{_REGULATIONS}"
                      # or the revision said after the name, as a clause (条例修订后, 条例修改以后的)
                      # (of ours only: 物业管理条例修订后 is another regulation's revision, as _IN_FORCE reads it)
                      rf"|{_OURS}{_REGULATIONS}(?:修订|修改)(?:后|以后|之后)的?")
# Another regulation (《物业管理条例》, 档案法实施条例) is none of these (_OURS).
_NAMED_IN_FULL = re.compile(rf"《?(?:中华人民共和国)?(?:政府)?信息公开条例》?|《条例》?|{_OURS}条例》?")
# The first year said with the verb of coming into force, or after the name alone (新条例第一年, 条例修订后第一年):
# a first year of the regulations is the first year they were in force.
_IN_FORCE = re.compile(rf"(?<=条例)(?<![^\W\d_{_NOT_A_NAME}]条例)(?:(?:正式)?(?:实施|施行|生效)(?:的)?(?:第一年|首年|头一年|元年|第1年|那一?年)"
                       rf"|(?:的)?(?:第一年|首年|头一年|元年|第1年))")


def _regulations_as_the_table_names_them(text: str) -> str:
    text = _NAMED_IN_FULL.sub("条例", _REVISED.sub("新条例", text))
    return _IN_FORCE.sub("实施第一年", text).replace("新新条例", "新条例")


def find_years(text: str) -> tuple[list[int], str]:
    """The years a typed text names and the text without them (a phrase, a plan year, a number)."""
    plans, phrases, anniversaries, _ = _periods()
    years: list[int] = []
    named = _regulations_as_the_table_names_them(text)
    if named != text and (any(p in named for p in phrases) or _anniversary_pattern().search(named)):
        text = named
    for pattern, year in _phrase_patterns():
        if pattern.search(text):
            years.append(year)
            text = pattern.sub(" ", text)

    def event(match: re.Match) -> str:
        year = _event_year(match)
        if year is None:
            return match.group(0)
        years.append(year)
        return " "

    text = _event_pattern().sub(event, text)

    def plan_year(match: re.Match) -> str:
        start = plans[_plan_names()[match.group(1)]]
        if match.group(2):
            years.append(start)
        elif match.group(3):
            years.append(start + 4)
        elif match.group(4):
            years.append(start + _NUMERALS.index(match.group(4)))
        else:
            years.extend(range(start, start + 5))
        return " "

    text = _plan_pattern().sub(plan_year, text)

    def anniversary(match: re.Match) -> str:
        count = int(match.group(2)) if match.group(2).isdigit() else chinese_number(match.group(2))
        if not count:
            return match.group(0)
        years.append(anniversaries[match.group(1)] + count)
        return " "

    text = _anniversary_pattern().sub(anniversary, text)

    def chinese(match: re.Match) -> str:
        year = _chinese_year(match.group(1))
        if year is None or not YEARS[0] <= year <= YEARS[1]:
            return match.group(0)
        years.append(year)
        return _left(match)

    text = _CHINESE_YEAR.sub(chinese, text)

    def short(match: re.Match) -> str:
        figures = match.group(1)
        value = int(figures) if figures.isdigit() else _chinese_year(figures)
        if value is None or not 8 <= value <= 30:  # 2008 (the first reports) to 2030
            return match.group(0)
        years.append(2000 + value)
        return _left(match)

    def short_range(match: re.Match) -> str:
        low, high = int(match.group(1)), int(match.group(2))
        if not 8 <= low < high <= 30:  # 2008 (the first reports) to 2030
            return match.group(0)
        years.extend(2000 + value for value in range(low, high + 1))
        return _left(match)

    text = _SHORT_RANGE.sub(short_range, text)
    text = _SHORT_YEAR.sub(short, text)

    def number(match: re.Match) -> str:
        low = int(match.group(1))
        high = int(match.group(2) or low)
        low, high = sorted((low, high))
        if not (YEARS[0] <= low and high <= YEARS[1]) or high - low > 30:
            return match.group(0)
        years.extend(range(low, high + 1))
        return _left(match)

    def open_year(match: re.Match) -> str:
        span = _open_span(match)
        if not span:
            return match.group(0)
        years.extend(span)
        return " "

    text = _OPEN_YEAR.sub(open_year, text)
    text = _YEAR.sub(number, text)
    return list(dict.fromkeys(years)), text


def _open_span(match: re.Match) -> range:
    """The years an open end names (empty when none: 2008年以前 ends before the first reports, 2040年以来 after the last)."""
    year = int(match.group(1))
    if not YEARS[0] <= year <= YEARS[1]:
        return range(0)
    return range(max(year, FIRST_REPORTS), OPEN_LAST + 1) if match.group(2) else range(FIRST_REPORTS, year)


def open_spans(text: str) -> list[str]:
    """The years with an open end as typed in ``text`` (2017年以前), for the notes; only those read as years open at
    one end (2008年以前 is read as 2008 and its 以前 kept as a word, so the note must not name it)."""
    return [m.group(0).removesuffix("的") for m in _OPEN_YEAR.finditer(text) if _open_span(m)]


def take_years(parsed: ParsedQuery) -> None:
    """Move the years of the unquoted words into ``parsed.year_hints`` (in place); with no word
    left, they become the year filter."""
    kept: list[Clause] = []
    found: list[int] = []
    after_year = False
    for clause in parsed.must:
        if clause.phrase:
            kept.append(clause)
            after_year = False
            continue
        if after_year and clause.alternatives in (["年"], ["年度"]):
            after_year = False
            continue  # 2017 年 typed apart: the 年 is the year's, not a word to find
        before = len(found)
        rest = []
        for alt in clause.alternatives:
            years, text = find_years(alt)
            if years:
                parsed.open_said += [s for s in open_spans(alt) if s not in parsed.open_said]
            found += years
            said = _recent_said(text)
            recent = [_RECENT_BACK.get(m.group(1), 0) for m in said]
            parsed.recent_said += [m.group(1) for m in said if m.group(1) not in parsed.recent_said]
            for match in _LAST_YEARS.finditer(text):
                count = chinese_number(match.group(1))
                if count and count <= 30:
                    recent += list(range(count))
                    parsed.recent_said.append(match.group(0).removesuffix("的"))
                    text = text.replace(match.group(0), " ")
            if recent:
                parsed.recent_years += recent
                years = years + recent
                for match in reversed(said):
                    text = text[: match.start()] + " " + text[match.end() :]
            if cut(text):
                rest.append(" ".join(text.split()))
            elif not years:
                rest.append(alt)
        if len(rest) == 1 and len(clause.alternatives) == 1 and len(found) > before:
            # A year taken from inside a run (财政局2020年报) leaves its two sides as typed apart: one item of both
            # named no body, so the body's own reports lost their place to another's mention (session 21).
            kept += [Clause([piece], False) for piece in rest[0].split()]
        elif rest:
            kept.append(Clause(rest, False))
        after_year = len(found) > before and not rest
    if not found and not parsed.recent_years:
        if parsed.years and parsed.must and _names_the_report(parsed.must):
            parsed.must = []  # 年度报告 year:2008: the filter is the question, as for 2008年 年度报告
        return
    found = sorted(set(found))
    if _names_the_report(kept):
        kept = []  # 2009年 年报: every report is one; the year is the question
    parsed.must = kept
    if not found:
        return  # only recent years: take_recent_years reads them against the index
    parsed.year_hints = found
    said = _open_read(parsed)
    if kept or parsed.years:
        parsed.notes.append(year_note(found, said))
    else:
        parsed.years += [(year, year) for year in found]
        parsed.notes.append(f"{_read_as(found, said)}：列出 {_shown(found)} 年的报告。")


def _recent_said(text: str) -> list[re.Match]:
    """The relative years said in ``text``, each standing where a word begins: 今年 in 如今年轻人 (如今 | 年轻人)
    is no year."""
    folded = fold(text)
    return [m for m in _RECENT.finditer(text) if not cuts_through(folded, m.start(1), m.end(1))]


def _names_the_report(clauses: list[Clause]) -> bool:
    """Whether the words typed only name the report itself (年报, 年度报告), which every report is."""
    return all(w in DOC_WORDS or w in STOP_WORDS or w in SOFT_WORDS for c in clauses if not c.phrase
               for a in c.alternatives for w in cut(a)) and all(not c.phrase for c in clauses)


def take_recent_years(searcher, parsed: ParsedQuery) -> None:
    """Years said relative to now (去年, 前年) as the index's newest report year and those before it:
    ranked first beside other words, the filter when nothing else is asked (in place, once)."""
    if parsed.open_said:
        _open_years_held(searcher, parsed)
    if not parsed.recent_years:
        return
    from search.retrieval.arrays import arrays_for

    values = [v for v in arrays_for(searcher).codes(searcher, "year").values if isinstance(v, int) and v > 0]
    back, parsed.recent_years = sorted(set(parsed.recent_years)), []
    if not values:
        return
    years = sorted(max(values) - b for b in back)
    parsed.newest_year = max(values)
    said = _relative(parsed.newest_year, parsed.recent_said)
    typed = parsed.year_hints
    if typed:  # one note for all the years: the typed years' own note gives way to it
        # (an open year's notes name it: review of session 24 found 2019年以来 去年 gave two notes)
        open_read = _open_read(parsed)
        parsed.notes = [n for n in parsed.notes if n not in (year_note(typed), _listed_note(typed), year_note(typed, open_read),
                                                              f"{open_read}：列出 {_shown(typed)} 年的报告。")]
    if parsed.must:
        parsed.year_hints = sorted(set(typed + years))
        parsed.notes.append(year_note(parsed.year_hints, said))
    else:  # nothing else asked: the years are the filter (2020 去年: both years)
        parsed.years += [(year, year) for year in years]
        shown = sorted(set(typed + years))
        parsed.notes.append(f"{said}：列出 {_shown(shown)} 年的报告。")


def _open_read(parsed: ParsedQuery) -> str | None:
    """How the notes say a year with an open end was read (“2017年以前”按报告年份理解), None when none was typed."""
    return "".join(f"“{s}”" for s in parsed.open_said) + "按报告年份理解" if parsed.open_said else None


def _open_years_held(searcher, parsed: ParsedQuery) -> None:
    """A year with an open end (2017年以前) as the years the index holds reports on, its note saying so."""
    from search.retrieval.arrays import arrays_for

    values = [v for v in arrays_for(searcher).codes(searcher, "year").values if isinstance(v, int) and v > 0]
    if not values:
        return
    low, high = min(values), max(values)
    said = _open_read(parsed)
    old = parsed.year_hints
    new = [y for y in old if low <= y <= high] or old
    parsed.year_hints = new
    listed = f"{said}：列出 {_shown(old)} 年的报告。"
    if any(n == listed for n in parsed.notes):  # nothing else asked: the years are the filter
        parsed.years = [(lo, hi) for lo, hi in parsed.years if lo != hi or lo not in old or lo in new]
    parsed.notes = [year_note(new, said) if n == year_note(old, said)
                    else f"{said}：列出 {_shown(new)} 年的报告。" if n == listed else n for n in parsed.notes]


def _listed_note(years: list[int]) -> str:
    return f"{_read_as(years, None)}：列出 {_shown(years)} 年的报告。"


def _shown(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 2 and years == list(range(years[0], years[-1] + 1)) \
        else "、".join(map(str, years))


def _relative(newest: int, said: list[str] = ()) -> str:
    words = "".join(f"“{w}”" for w in said) or "“去年”“最新”"
    return f"{words}按索引中最新的报告年份（{newest} 年）理解"


def relative_said(parsed: ParsedQuery) -> str | None:
    """How the query's relative years were read, for its notes; None when it typed none."""
    return _relative(parsed.newest_year, parsed.recent_said) if parsed.newest_year else None


def _read_as(years: list[int], said: str | None) -> str:
    """How the notes say the years were read: ``said`` (去年 / 最新), else the years as typed."""
    return said or f"“{_shown(years)}”按报告年份理解"


def _only_hint(years: list[int]) -> str:
    """How to keep those years only: year:2019, or year:2019-2021 for a run of years."""
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"只看这些年份可用 year:{years[0]}-{years[-1]}"
    return f"只看该年份可用 year:{years[0]}"


def year_note(years: list[int], said: str | None = None) -> str:
    """The note of years read as the reports' years and ranked first (``said``: how 去年 / 最新 were read)."""
    return f"{_read_as(years, said)}：{_shown(years)} 年的报告排在前面（{_only_hint(years)}）。"


def year_within_bodies_note(years: list[int], said: str | None = None) -> str:
    """The note when the bodies the query names order before the year (县政府 2020年: the body is what is asked,
    the year which of its reports comes first; signals.explicit_first)."""
    return (f"{_read_as(years, said)}：所问机关的报告中 {_shown(years)} 年的排在前面，其他机关的报告排在所问机关各年的报告之后"
            f"（{_only_hint(years)}）。")


def year_absent_note(years: list[int], said: str | None = None) -> str:
    """The same note when no report of those years matches: the list holds other years only."""
    return f"{_read_as(years, said)}，但没有 {_shown(years)} 年的报告符合查询，下面是其他年份的报告。"


def year_later_note(years: list[int], said: str | None = None) -> str:
    """The note when the year's reports are listed only among the looser matches further down."""
    return f"{_read_as(years, said)}，但 {_shown(years)} 年的报告只出现在后面较宽松的匹配结果中。"


def year_sorted_note(years: list[int], said: str | None = None) -> str:
    """The note when the list is sorted by date or agency: the year ranks first only by relevance."""
    return f"{_read_as(years, said)}：按相关度排序时 {_shown(years)} 年的报告排在前面（{_only_hint(years)}）。"
