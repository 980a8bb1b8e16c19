"""How a report numbers its parts (一、…六、, （一）…（六）, or 1. … 6.) and the parts that numbering gives.

Most reports number their parts 一、…六、; ``sections`` reads that. Some number them with Arabic digits in their own
words ('1.概述', '3.依申请公开政府信息办理情况', '5.存在的问题及改进措施'; '1、', '１．' alike), or run the heading into a
one-line page ('… 1.总体情况 2022年，…'). The same digits number the items of a part ('一、总体情况' over '1.主动公开
2.依申请公开'; '（一）…' over '1.…'; '1.完善制度 2.加强培训' in part 五), so the digits are read as the parts (round 70)
only as a whole report's top-level run, one rule:

- the run opens at the report's first heading numbered 1 (short, no sentence in it: a lead-in's list '1、报告依据：…。'
  opens none), or 一、, or at a page's first digit line when it heads a part ('3.依申请…' on a page cut before it);
  it goes on with the next number; a list that starts again at 1 is nested under the line before it and goes on
  by its own numbers (a number both could take is the innermost list's, as lists are read, unless that list's items
  are sentences and the line is a part's heading: '1、经统计，…。' '2、…。' then '3.存在的主要问题和改进措施'); a number
  further on than the next counts only where its line reads as a part heading under that numeral (a report that
  skips a part); a line numbered in Chinese numerals with the next number goes on with the run (a report mixing both);
- the run is read as if numbered 一、二、…, by the same choice of parts as any report (``sections``), and is the
  report's parts only when that reading finds two parts at the run's digit lines, or one heading part 一 (or a
  template title whole: a page cut after its first part); one of them part 一 or in a part's words under its own
  number (an explainer's '1. 主动公开：' '2. 依申请公开：' is no report); when none is read as the part its digit
  numbers, no sentence introducing the run as its list ('主要做了以下工作：' over '1.主动公开情况' '2.依申请公开情况'
  '3.存在的问题', read as parts 二, 三, 五; a report's own '1.主动公开政府信息情况' after its preamble is one); no fewer
  parts than the reading without it;
  none of its lines a topic only part 一 of the 2021 template tells ('3、政府信息管理': part 一's items, its heading lost);
- and only when the reading without it found no part heading numbered another way (一、, （一）, 第一部分) off the run,
  and none before the run's first line, nor stands a sub-heading （一） before it: then the digits are their items.

The run's other digit lines are items, never part headings; headings in one line with nothing but other headings
between them are a list of the parts ('本报告由以下部分组成：1.总体情况 2.…', '内容包括：1.…；2.…；'), never a run.
Table rows and dates never open a run: a table is no line, and a number opening a line is read only with its mark
('1.', '1、') and no digit after it but a year's (1.5万条 and 2022.1.5 are none; '1.2014年政府信息公开工作基本情况' is
one).
"""
from __future__ import annotations

import re

from indexer.model import Block, Section, Table
from indexer.normalize import clean_line, squeeze
from indexer.script import to_key
from indexer.sections import (BRACKETED, MAX_RAW, TITLES, NUMERALS, Candidate, choose,
                              combined_chapter, numbered, promoted_topic, classify_heading, find_subheadings,
                              heading_number, list_items)

_ANY = re.compile(r"\d\s*[、.．]")
# (a decimal is no number of a line, '1.5万条'; a year after the mark is: '1.2014年政府信息公开工作基本情况')
_DIGIT = re.compile(r"^(\d{1,2})\s*[、.．](?:(?!\d)|(?=(?:19|20)\d{2}年))\s*(.*)$")
# A heading run into its paragraph at the start of a line: '2、主动公开政府信息的情况。一年来，我局…'.
_RUN_IN = re.compile(r"^(\d{1,2})\s*[、.．]\s*([^。；;：:，,（(]{2,30}?)[。；;：:]\s*(?=\S)")
# Inside a line (a crawled one-line page), after a sentence's end or a space: a template title, or a short phrase
# ending as headings end and followed by a space or a bracket, as sections._INLINE reads '三、…情况 '.
_TEMPLATE = "|".join([*TITLES.values(), r"政府信息主动公开情况", r"概\s*[述况]"])
_START_TITLE = re.compile(rf"^\s*(\d{{1,2}})\s*[.、．]\s*(?:{_TEMPLATE})[。：:]?")
_INLINE = re.compile(rf"(?<=[。；！？：:\s])(\d{{1,2}})\s*[.、．](?!\d)\s*(?:(?:{_TEMPLATE})[。：:]?"
                     rf"|[^。，；：:（(\s\d][^。，；：:（(\s]{{1,29}}?(?:情况|措施|事项|概述|概况)(?=\s|[（(]|$))")


def split_sections(blocks: list[Block]) -> tuple[list[Block], list[Section]]:
    """Split blocks into (preamble, parts in order).

    Parts are numbered 一、…六、; only a report in which that finds fewer than two parts is read
    again with （一）…（六） as part numbers (otherwise those are sub-headings: '（一）主动公开情况'
    inside 总体情况 must not become part 二); digits number the parts where they make a top-level run (above).
    """
    chosen = choose(blocks, bracketed=False)
    if len(chosen) < 2:
        again = choose(blocks, bracketed=True)
        # Brackets after a numbered part heading are that part's sub-headings: '一、总体情况' over
        # '（一）概述 （二）主动公开政府信息情况 （三）依申请公开…' (the 2019 template's part 一).
        if chosen and again and chosen[0].index < again[0].index:
            again = []
        chosen = again if len(again) > len(chosen) else chosen
    digits = _digit_reading(blocks, chosen)
    if digits:
        blocks, chosen = digits
    chosen = promoted_topic(blocks, combined_chapter(blocks, chosen))
    if not chosen:
        return blocks, []
    preamble = blocks[: chosen[0].index]
    sections = []
    for k, cand in enumerate(chosen):
        end = chosen[k + 1].index if k + 1 < len(chosen) else len(blocks)
        section = Section(number=cand.part, title=cand.title, blocks=list(blocks[cand.index + 1 : end]))
        find_subheadings(section, heading_number(chosen[k + 1].title) if k + 1 < len(chosen) else None)
        sections.append(section)
    return preamble, sections


def _headings(index: int, block: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of the digit-numbered headings a text block holds: at its start and run in after it."""
    if not _ANY.search(block):
        return []
    key = to_key(block)  # (same offsets as the block)
    out = []
    start = _DIGIT.match(squeeze(clean_line(block[:MAX_RAW])))
    if start:
        run_in = _RUN_IN.match(block)
        title = _START_TITLE.match(key)
        end = len(block) if len(block) <= MAX_RAW else None
        if title:  # a template title glued to its paragraph: '5.因政府信息公开申请行政复议、提起行政诉讼情况我局…'
            end = title.end()
        elif run_in and _reads_as_part(int(run_in.group(1)), run_in.group(2)):
            end = run_in.end()
        if end is None:  # a long paragraph opening with an item's number: an item, never a heading
            end = next((m.start() for m in _INLINE.finditer(key)), len(block))
        out.append((0, end, int(start.group(1))))
    for found in _INLINE.finditer(key):
        if not out or found.start() >= out[-1][1]:
            out.append((found.start(), found.end(), int(found.group(1))))
    # Headings with nothing but other headings between them are a list of the parts ('本报告由以下部分组成：1.总体情况
    # 2.主动公开政府信息情况 …'; '内容包括：1.…；2.…；'), never the parts themselves.
    if len(out) >= 2 and all(_LIST_GAP.fullmatch(key[a[1]:b[0]]) for a, b in zip(out, out[1:])):
        return []
    return out


def _reads_as_part(number: int, rest: str) -> tuple[int, float] | None:
    """(part, score) of a digit-numbered line read as if numbered in Chinese numerals ('3.…' as '三、…')."""
    if not 1 <= number <= len(NUMERALS):
        return None
    return classify_heading(f"{NUMERALS[number - 1]}、{squeeze(clean_line(rest)).rstrip('。.:：;；')}")


def _heading_like(rest: str) -> bool:
    """A heading's words: short, no sentence in them ('组织领导方面', '工作开展情况'), or a part's heading."""
    rest = rest.rstrip("。.:：")
    return bool(rest) and (len(rest) <= _MAX_WORDS and not _SENTENCE.search(rest) or bool(_reads_as_part(1, rest)))


_MAX_WORDS = 28
_LIST_GAP = re.compile(r"[\s；;，,、。]*")
_PART_ONE_TOPICS = re.compile(r"(?:政府信息管理|(?:政府信息公开)?平台建设|监督保障)(?:工作)?(?:情况|方面)?(?:$|[。.:：])")
_SENTENCE = re.compile(r"[。；;：:！？!?]")
_CLAUSE = re.compile(r"[，,]")


def _top_run(blocks: list[Block], listed: set[int]) -> tuple[list[tuple], set[int]]:
    """(the events of the report's numbered lines, which of them are the top-level run) as described above.

    An event is (block, start, end, number, digits?); a list is a stack of counters, the run's own at the bottom."""
    events: list[tuple] = []
    members: set[int] = set()
    top, nested = 0, []
    for index, block in enumerate(blocks):
        if isinstance(block, Table) or "\t" in block or index in listed:
            continue
        found = _headings(index, block)
        if not found:
            chinese = numbered(squeeze(clean_line(block[:MAX_RAW])))
            if chinese and len(chinese.group(1)) == 1 and NUMERALS.index(chinese.group(1)) == top:
                top, nested = top + 1, []
                members.add(len(events))
                events.append((index, 0, len(block), top, False))
            continue
        for start, end, number in found:
            events.append((index, start, end, number, True))
            if not top:
                head = _DIGIT.match(squeeze(clean_line(block[start:end][:MAX_RAW]))).group(2)
                # the run opens at a heading numbered 1, or at a page's first digit line heading a part ('3.依申请…'
                # on a page cut before it); a lead-in's list ('1、报告依据：《条例》。') opens none
                if (number == 1 and _heading_like(head)) or (len(events) == 1 and _reads_as_part(number, head)):
                    top = number
                    members.add(len(events) - 1)
                continue
            head = _DIGIT.match(squeeze(clean_line(block[start:end][:MAX_RAW]))).group(2)
            level = next((k for k in range(len(nested) - 1, -1, -1) if number == nested[k][0] + 1), None)
            if (level is not None and nested[level][1] and number == top + 1 and _heading_like(head)
                    and _reads_as_part(number, head)):
                level = None  # a list of sentences ('1、经统计，…。') goes on with no heading: '3.存在的主要问题和改进措施'
            if level is not None:
                nested = nested[:level + 1]
                nested[level][0] = number
            elif number == top + 1 or (top < number <= len(NUMERALS) and _reads_as_part(number, head)):
                top, nested = number, []
                members.add(len(events) - 1)
            elif number == 1:
                # (its count, and whether its items are sentences: no words of a heading before the first one's end)
                sentence = not _heading_like(head) or bool(_CLAUSE.search(head))
                nested.append([1, sentence and not _RUN_IN.match(block[start:])])
    return events, members


def _digit_reading(blocks: list[Block], chosen: list[Candidate]) -> tuple[list[Block], list[Candidate]] | None:
    """(blocks with the run's run-in headings cut off, the parts the run heads) when digits number the report's
    parts (the rule above), else None. ``chosen``: the parts read without the digits."""
    listed = list_items(blocks)
    events, members = _top_run(blocks, listed)
    if not members:
        return None
    first = events[min(members)][0]
    on_run = {events[k][0] for k in members if not events[k][4]}  # the run's lines in Chinese numerals
    for cand in chosen:
        key = squeeze(cand.title)
        other = (numbered(key) or BRACKETED.match(key)) and cand.index not in on_run
        if other or cand.index < first:
            return None
    # A sub-heading numbered （一） before the run's first line: the digits are its items ('（二）公开形式' over '1.门户网站。').
    if any(isinstance(b, str) and i not in listed and BRACKETED.match(squeeze(clean_line(b[:MAX_RAW])))
           for i, b in enumerate(blocks[:first])):
        return None
    # A topic only part 一 of the 2021 template tells ('3、政府信息管理。'): the run is part 一's items, its heading lost.
    if any(events[k][4] and _PART_ONE_TOPICS.match(_DIGIT.match(squeeze(clean_line(
            blocks[events[k][0]][events[k][1]:events[k][2]][:MAX_RAW]))).group(2)) for k in members):
        return None
    # Cut the run's headings out of their lines; read them as numbered 一、… and the other digit lines as items.
    cuts: dict[int, list[tuple[int, int, int]]] = {}
    for k in sorted(members):
        index, start, end, number, digits = events[k]
        if digits:
            cuts.setdefault(index, []).append((start, end, number))
    out: list[Block] = []
    read: list[Block] = []
    heads: set[int] = set()
    numbers: dict[int, int] = {}  # a head's digit
    items: set[int] = set()
    item_lines = {e[0] for k, e in enumerate(events) if e[4] and e[1] == 0 and k not in members}
    for index, block in enumerate(blocks):
        if index not in cuts:
            if index in item_lines:
                items.add(len(out))
            out.append(block)
            read.append(block)
            continue
        at = 0
        for start, end, number in cuts[index]:
            if block[at:start].strip():
                out.append(block[at:start].strip())
                read.append(out[-1])
            head = block[start:end].strip()
            heads.add(len(out))
            numbers[len(out)] = number
            out.append(head)
            rest = _DIGIT.match(squeeze(clean_line(head))).group(2)
            read.append(f"{NUMERALS[number - 1]}、{rest}" if number <= len(NUMERALS) else head)
            at = end
        if block[at:].strip():
            out.append(block[at:].strip())
            read.append(out[-1])
    found = promoted_topic(read, combined_chapter(read, choose(read, bracketed=False, items=items)))
    on_heads = [c for c in found if c.index in heads]
    one = on_heads[0] if len(on_heads) == 1 else None
    strong = one and (one.part == 1 or (classify_heading(read[one.index]) or (0, 0.0))[1] >= 4)
    # (and one of them part 一 or in a part's words under its own number: an explainer's '1. 主动公开：' '2. 依申请公开：'
    # names two subjects, no report's parts)
    sure = any(c.part == 1 or c.score >= 3 for c in on_heads)
    # A run whose digits all disagree with the parts they head ('1.主动公开情况' read as part 二) is a report's own
    # numbering ('1.主动公开政府信息情况 2.依申请公开… 三、存在的困难和问题') unless a sentence introduces it as its list
    # ('主要做了以下工作：'); where they agree, a lead-in's colon is the report's own ('现将有关情况报告如下：').
    agree = any(c.part == 1 for c in found) or any(c.part == numbers[c.index] for c in on_heads)
    before = blocks[first - 1] if first else None
    if not agree and isinstance(before, str) and before.rstrip().endswith(("：", ":")):
        sure = False
    if not (len(on_heads) >= 2 or strong) or not sure or len(found) < len(chosen):
        return None
    return out, [Candidate(c.index, c.part, c.score, clean_line(out[c.index])) for c in found]
