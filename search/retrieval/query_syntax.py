"""The query language's syntax, in one place: its items, its field filters and its operators (query.py reads a query
with them; the query cap, the English and initials readings and the report page's bar use them too).

The bar of a report page lists the words the user typed (不回复, not the 没答复 the search reads it as), so it needs
the typed words apart from the syntax around them (rev33 #6): before, it re-read the query with its own copy of the
rules, and listed OR as a word not found, (不回复 with its bracket and “不回复” with its quotes.
"""
from __future__ import annotations

import re

from search.retrieval.either_ends import EITHER, OPERATORS, dangling_either_notes
from search.retrieval.query_groups import empty_branch_notes, group_branches, plain_group, stray_closing_notes
from search.retrieval.typed_forms import typed_forms
from search.retrieval.typed_runs import typed_note

# A query's items (english.py, initials.py read them too): -, "phrase" (closed at the end), field:"value", a bare word,
# which ends at a quote: a phrase glued to its words (政务公开“五公开”) read as one word lost its quotes and its sense.
TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+?:"[^"]*"?|[^\s"]+))')
# A filter's field, as typed (English or Chinese), and the filter it sets: the one table the query, its notes and the
# English reading take it from (review 35 #12).
FIELD_KINDS = {"agency": "agency", "year": "year", "section": "section", "level": "level", "region": "region",
               "机构": "agency", "年份": "year", "年度": "year", "部分": "section", "层级": "level", "地区": "region",
               "省份": "region"}  # level:, region: choose what the 层级 and 地区 facets do (field_filters.py)
FIELD = re.compile(rf"^({'|'.join(FIELD_KINDS)}):(.+)$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W_]+")  # a run of letters, digits or characters: what a bare word's marks stand around


def typed_words(text: str) -> list[str]:
    """The words and phrases of ``text`` (quotes narrowed to '"') as typed, without the syntax around them: no
    operator, -word or field filter, no bracket or + at a word's ends, a phrase without its quotes."""
    words = []
    for match in TOKEN.finditer(spelled_operators(text)[0]):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if negated or (bare is not None and (bare in OPERATORS or FIELD.match(bare))):
            continue
        if quoted is not None:
            pieces = [quoted.strip()]
        else:
            # A bare word's marks are no part of it (『低保』, 《低保》, 低保？, ||低保, 低保(特困): the search reads the
            # letters between them, QA 36 #7), and a mark inside it parts two words.
            pieces = _LETTERS.findall(bare)
        words += [w for w in pieces if w and w not in OPERATORS]
    return list(dict.fromkeys(words))


def as_typed(text: str, labels: list[str]) -> list[str]:
    """``labels`` (words the search read, folded: e4%, bd) as ``text`` writes them, those standing side by side in it
    joined again (E4%BD: a typed 100%E4%BD was told as “e4%、bd”, pieces the user never typed; QA 39 #6). A label
    the text does not hold as it stands (a word read otherwise) stays as it is."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return list(labels)
    runs: list[list] = []  # [start, end] in text, or [label] when not found
    at = 0
    for label in labels:
        start = lowered.find(label.lower(), at)
        start = lowered.find(label.lower()) if start < 0 else start
        if start < 0 or not label:
            runs.append([label])
            continue
        end = start + len(label)
        if runs and len(runs[-1]) == 2 and runs[-1][1] == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
        at = end
    return list(dict.fromkeys(text[run[0]:run[1]] if len(run) == 2 else run[0] for run in runs))


_OPENING, _CLOSING = "(（[【", ")）]】"  # a group's brackets (query_length.py cuts a query around them too)
_CHINESE = re.compile(r"[\u3400-\u9fff]")
CANNOT_EXCLUDE_ALL = ("不能排除同时含有{both}的报告，已忽略“{typed}”；要排除含有其中任何一个的报告，请写 {instead}，"
                      "或在括号内用 OR 连接。")
NO_DOUBLE_EXCLUSION = "已忽略括号内的“{typed}”：排除的括号里不能再写排除（-）。"
NESTED_EXCLUSION = "已忽略“{typed}”：排除的括号里又有括号，无法确定要排除什么；请写 -词 -词，或 -(词 OR 词)。"
# A filter cannot be negated (-year:2020 excluded nothing, and inside a group the page named it among the words it
# excluded: QA 38 #4, QA 39 #5): it is left out, and the page says what to write instead.
NEGATED_FILTER = {"year": "已忽略“{typed}”：年份只能限定，不能排除；请写要看的年份，如 year:2021-2024。",
                  "section": "已忽略“{typed}”：部分只能限定，不能排除；请写要看的部分，如 section:2。",
                  "agency": "已忽略“{typed}”：机构筛选不能排除；要排除一个机构的报告，请写 -{value}。",
                  "level": "已忽略“{typed}”：层级只能限定，不能排除；请写要看的层级，如 level:县区级。",
                  "region": "已忽略“{typed}”：地区筛选不能排除；要排除一个地区的报告，请写 -{value}。"}
# OR joins words to look for: beside an exclusion (民政 OR -低保) it was dropped without a word (QA 39 #4).
EITHER_BESIDE_EXCLUSION = "已忽略“{typed}”中的 {either}：{either} 只能连接要查找的词语，排除的词语总是排除。"
# Nor does it join a filter (year:2020 OR 低保 listed the 2020 reports holding 低保, without a word; session 36):
# filters of one field (year:2020 OR year:2021) are either of them already.
EITHER_BESIDE_FILTER = "已忽略“{typed}”中的 {either}：{either} 不能连接筛选条件，筛选条件总是限定结果。"
# NOT NOT 低保 and NOT -低保: a doubled exclusion is one, as --低保 is (session 37: it was read so in silence).
DOUBLED_NOT = "“{typed}”中重复的排除按一个理解：已排除“{word}”。"
DOUBLED_NOT_GROUP = "“{typed}”中重复的排除按一个理解，即“{word}”。"
# A minus parted from its word or phrase by a space (公开 - 低保, 低保 - "特困") is no exclusion: the word is looked for.
LONE_MINUS = "“{typed}”中的“-”与词语之间有空格，已按要查找的词语“{word}”查找；要排除它，请写 {instead}。"


def spelled_operators(text: str, notes: list[str] | None = None) -> tuple[str, list[str]]:
    """``text`` with its operators as the search reads them, and ``notes`` with what it could not read: a lowercase or
    between two words of a Chinese query is OR (低保 or 特困; beside an operator it stays a word), an OR beside an
    exclusion joins nothing and is dropped (民政 OR -低保), a negated filter is dropped (-year:2020), a minus parted
    from its word is none (- 低保) and a negated group, its minus parted from it or not, excludes each of its OR
    branches that is one item (-(行政复议 OR 低保) is -行政复议 -低保; session 35, QA 38 #4 #5, QA 39 #4 #5). The
    search read the group's brackets as parts of words, so it excluded the first member only and required the others
    (QA 36). A branch of words all required (-(低保 OR 特困 救助): OR binds 低保 alone), a branch holding an exclusion
    of its own (-(低保 OR -特困)) and a group of groups are no exclusion the search can make: each is left out with a
    note naming it (rev34 #8). The group closes at its bracket, inside a word too (-(低保 OR 特困)救助 requires 救助)."""
    typed = text
    notes = list(notes or []) + ([] if _english(text) else stray_closing_notes(list(TOKEN.finditer(text))))
    text, notes = _spelled(typed_forms(text, _english(text)), notes)
    for _ in range(2):  # what a group's brackets hid is read once they are gone: ( -低保 ) OR ( -特困 ) (QA 41 #9)
        again, notes = _spelled(text, notes)
        text, changed = again, again != text
        if not changed:
            break
    notes += [NEGATED_YEAR.format(typed=m.group(0), word=m.group(3), year=year.group(1)) for m in TOKEN.finditer(text)
              if m.group(1) and (year := _YEAR.match(m.group(3) or ""))]
    text = _without_negated_filters(text, notes)
    notes += [] if _english(text) else dangling_either_notes(text, TOKEN)  # 低保 OR, OR 低保: either_ends.py
    return text, list(dict.fromkeys(typed_note(note, typed, OPERATORS) for note in notes))  # as typed: typed_runs.py


# 低保 -2020 excluded the parts writing 2020 (the 2021 reports' comparisons too) without a word (QA 41 #10): most who
# write it mean the year, which only year: can choose.
NEGATED_YEAR = ("“{typed}”排除的是写有“{word}”的章节，不是 {year} 年的报告；年份只能限定，不能排除，"
                "请写要看的年份，如 year:2021-2024。")
_YEAR = re.compile(r"^((?:19|20)\d{2})年?$")


def _spelled(text: str, notes: list[str]) -> tuple[str, list[str]]:
    if _english(text):
        return text, notes  # an English query is read by english.py, its own or included
    tokens = list(TOKEN.finditer(text))
    out, at, beside = [], 0, []  # beside: the ORs dropped beside an exclusion, by token
    for i, match in enumerate(tokens):
        if match.start() < at:
            continue
        bare = match.group(3)
        lone = bare in ("-", "NOT") and not match.group(1) and i + 1 < len(tokens)
        if _either(tokens, i) and (_excluding(tokens, i - 1) or _excluding(tokens, i + 1)):
            beside.append(i)
            out.append(text[at:match.start()])
            at = match.end()
        elif _either(tokens, i) and _filter_beside(tokens, i):
            notes.append(EITHER_BESIDE_FILTER.format(typed=text[tokens[i - 1].start():tokens[i + 1].end()], either=bare))
            out.append(text[at:match.start()])
            at = match.end()
        elif bare is not None and bare.lower() == "or" and bare != "OR" and (_either(tokens, i) or _at_end(tokens, i)):
            out += [text[at:match.start()], "OR"]  # at an end it joins nothing, and is said so (either_ends.py)
            at = match.end()
        elif bare == "NOT" and not match.group(1) and (j := _past_nots(tokens, i)) < len(tokens) and tokens[j].group(1):
            following = tokens[j]  # NOT NOT 低保 (the last NOT read as -低保): one exclusion, said of every NOT typed
            end, word = following.end(), following.group(3) or following.group(2) or ""
            template = DOUBLED_NOT
            if word.startswith(tuple(_OPENING)):  # NOT -(低保 OR 收费): the whole group, each member (review 37 #2)
                end, branches, _ = group_branches(tokens, j)
                word = "”“".join(item for branch in branches for item, _ in branch)
                if not all(len(branch) == 1 for branch in branches):  # -(低保 特困): the group's own note says what
                    template, word = DOUBLED_NOT_GROUP, text[following.start():end]
            notes.append(template.format(typed=text[match.start():end], word=word))
            out.append(text[at:match.start()])
            at = following.start()
        elif bare == "NOT" and not match.group(1) and (j := _past_nots(tokens, i)) < len(tokens) - 1 \
                and tokens[j].group(3) == "-" and not tokens[j].group(1) and (word := _parted_word(tokens, j)) \
                and not word.startswith(tuple(_OPENING)):
            # NOT - 低保: the search excludes 低保 (NOT reads the next word, past the minus), so it is one exclusion,
            # not the word looked for that the lone minus's note said beside the exclusion's own (review 37 #9)
            notes.append(DOUBLED_NOT.format(typed=text[match.start():tokens[j + 1].end()], word=word.strip('"')))
            out += [text[at:match.start()], "-"]
            at = tokens[j + 1].start()
        elif (match.group(1) == "-" and bare is not None and bare.startswith(tuple(_OPENING))) or (
                lone and (tokens[i + 1].group(3) or "").startswith(tuple(_OPENING)) and not tokens[i + 1].group(1)):
            # -(低保 OR 特困), and - (低保 OR 特困) or NOT (低保 OR 特困): the group the minus stands before (QA 38 #5)
            stop, branches, nested = group_branches(tokens, i if match.group(1) else i + 1)
            empty_branch_notes(text[match.start():stop], branches, notes)  # -(低保 OR): its OR joins nothing
            out += [text[at:match.start()], _excluded(text[match.start():stop], branches, nested, notes)]
            _beside_note(text, tokens, beside, notes)
            after = _EITHER_FIRST.match(text, stop)  # -(低保 OR 特困) OR 民政
            if after:
                following = TOKEN.search(text, after.end())
                notes.append(EITHER_BESIDE_EXCLUSION.format(typed=text[match.start():following.end() if following
                                                                   else after.end()].strip(),
                                                            either=after.group(0).strip()))
            rest, notes = _spelled(text[after.end() if after else stop:], notes)  # read afresh: 特困)救助's 救助
            return "".join(out) + (" " if rest[:1].strip() else "") + rest, notes
        elif lone and bare == "-" and (word := _parted_word(tokens, i)):
            notes.append(LONE_MINUS.format(typed=text[match.start():tokens[i + 1].end()], word=word.strip('"'),
                                           instead="-" + word))
        elif bare is not None and bare.startswith(tuple(_OPENING)) and (items := plain_group(tokens, i, notes)) is not None:
            # (民政 -低保), (-低保), (低保 OR 特困): a group is its items; read as words, its brackets turned -低保 into
            # a required 低保 and quoted “低保)” in the exclusion's note (QA 39 #2, #3)
            stop, words = items
            out += [text[at:match.start()], words]
            _beside_note(text, tokens, beside, notes)
            rest, notes = _spelled(text[stop:], notes)
            return "".join(out) + (" " if rest[:1].strip() else "") + rest, notes
    _beside_note(text, tokens, beside, notes)
    return "".join(out) + text[at:], notes


def _past_nots(tokens: list[re.Match], i: int) -> int:
    """The index of the first item after the run of NOTs from ``i`` (NOT NOT NOT 低保: QA 44 F4 quoted two of three)."""
    while i < len(tokens) and tokens[i].group(3) == "NOT" and not tokens[i].group(1):
        i += 1
    return i


def _english(text: str) -> bool:
    """Whether ``text`` is a query in English, which english.py reads (its or too): no Chinese, and a word of letters
    that is no filter or operator. A query of filters alone (-(year:2020), NOT year:2020) is the syntax's: read as
    English, its negated group was searched as the word “(year:2020)” with no note (review 35 #4)."""
    if _CHINESE.search(text):
        return False
    for match in TOKEN.finditer(text):
        word = (match.group(3) or match.group(2) or "").strip(_OPENING + _CLOSING)
        if word not in OPERATORS and word.lower() != "or" and not FIELD.match(word) and re.search("[A-Za-z]{2}", word):
            return True
    return False


def _at_end(tokens: list[re.Match], i: int) -> bool:
    """Whether item ``i`` (a lowercase or) is a Chinese query's first or last item, beside no operator: an OR joining
    nothing (低保 or), not the English word, which no Chinese report writes (it was searched as one)."""
    if len(tokens) < 2 or 0 < i < len(tokens) - 1 or not _CHINESE.search(tokens[i].string):
        return False
    return not _operator(tokens[1 if i == 0 else i - 1])


def _filter_beside(tokens: list[re.Match], i: int) -> bool:
    """Whether the OR at ``i`` stands beside a filter, and not between two filters of one field."""
    kinds = [FIELD_KINDS[f.group(1).lower()] if (f := FIELD.match(tokens[j].group(3) or "")) and not tokens[j].group(1)
             else None for j in (i - 1, i + 1)]
    return any(kinds) and kinds[0] != kinds[1]


def _parted_word(tokens: list[re.Match], i: int) -> str | None:
    """The word or "phrase" a lone minus stands before, parted from it by a space (- 低保, - "特困": a phrase was
    required with no note, review 35 #6); None when it is none: an operator, a number (2019 - 2021), a -word."""
    following = tokens[i + 1]
    word = following.group(3) if following.group(2) is None else f'"{following.group(2).strip()}"'
    if following.group(1) or not word.strip('"') or word in OPERATORS or word.isdigit():
        return None
    return None if i and tokens[i - 1].group(0).isdigit() else word


def _beside_note(text: str, tokens: list[re.Match], beside: list[int], notes: list[str]) -> None:
    """One note for the ORs dropped beside exclusions (民政 OR -低保 OR -特困), quoting the run they stood in."""
    if beside:
        either = "、".join(dict.fromkeys(tokens[i].group(3) for i in beside))
        typed = text[tokens[beside[0] - 1].start():tokens[beside[-1] + 1].end()]
        notes.append(EITHER_BESIDE_EXCLUSION.format(typed=typed, either=either))


# OR however it is spelled (OR, |, ||, any case of or), at the start of what follows a group: the same spellings
# _either reads between two items (review 35 #12: oR after a negated group was read apart).
_EITHER_FIRST = re.compile(r"\s*(?:\|\|?|(?i:or))(?=\s|$)")


def _without_negated_filters(text: str, notes: list[str]) -> str:
    """``text`` without its negated field filters (-year:2020), ``notes`` telling of each."""
    said = len(notes)

    def dropped(match: re.Match) -> str:
        field = FIELD.match(match.group(3) or "") if match.group(1) else None
        if field is None:
            return match.group(0)
        notes.append(_negated_filter_note(match.group(0), field))
        return ""
    kept = TOKEN.sub(dropped, text) if "-" in text else text
    return " ".join(kept.split()) if len(notes) > said else text


def _negated_filter_note(typed: str, field: re.Match) -> str:
    kind, value = FIELD_KINDS[field.group(1).lower()], field.group(2).strip('"').strip()
    # 东山 民政局 as -东山 民政局 would exclude 东山 and require 民政局 (review 35 #5): the words of a name, written together
    value = "".join(value.split()) if _CHINESE.search(value) else (f'"{value}"' if " " in value else value)
    return NEGATED_FILTER[kind].format(typed=typed, value=value)


def _either(tokens: list[re.Match], i: int) -> bool:
    """Whether item ``i`` is OR (|, ||, or a lowercase or) between two items, neither an operator."""
    bare = tokens[i].group(3)
    if bare is None or not (bare in EITHER or bare.lower() == "or") or not 0 < i < len(tokens) - 1:
        return False
    return not any(_operator(tokens[j]) and not _excluding(tokens, j) for j in (i - 1, i + 1))


def _excluding(tokens: list[re.Match], i: int) -> bool:
    """Whether item ``i`` is an exclusion: a -word, a -(group), or NOT or a lone - before a group. A lone - before a word
    is no exclusion: the word is searched, and said so (LONE_MINUS), so an OR beside it joins it (民政 OR - 低保 is 民政 OR
    低保 with that note, not an OR dropped beside an exclusion: review 35 #3)."""
    if not 0 <= i < len(tokens):
        return False
    if tokens[i].group(1) == "-":
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].group(3) in ("-", "NOT") and following is not None and not following.group(1) \
        and (following.group(3) or "").startswith(tuple(_OPENING))


def _operator(match: re.Match) -> bool:
    """An operator, or an item with its own minus (民政 or -低保 keeps its or as a word, as 民政 or AND does)."""
    bare = match.group(3)
    return match.group(1) == "-" or bare is not None and (bare in OPERATORS or bare.lower() == "or")


def _excluded(typed: str, branches: list[list[tuple[str, bool]]], nested: bool, notes: list[str]) -> str:
    """The exclusions a negated group's branches make, as -items; ``notes`` told of each branch left out."""
    branches = [b for b in branches if b]
    if nested and any(len(b) > 1 or b[0][1] for b in branches):
        notes.append(NESTED_EXCLUSION.format(typed=typed))
        return ""
    kept = []
    for branch in branches:
        words = [("-" if negated else "") + item for item, negated in branch]
        if any(negated for _, negated in branch):
            notes.append(NO_DOUBLE_EXCLUSION.format(typed=" ".join(words)))
        elif len(branch) > 1:
            notes.append(CANNOT_EXCLUDE_ALL.format(
                both="和".join(f"“{w.strip(chr(34))}”" for w in words),
                typed=typed if len(branches) == 1 else " ".join(words), instead=" ".join("-" + w for w in words)))
        elif field := FIELD.match(words[0]):
            notes.append(_negated_filter_note("-" + words[0], field))  # -(year:2020 OR 低保): 低保 alone is excluded
        else:
            kept.append("-" + words[0])
    return " ".join(kept)
