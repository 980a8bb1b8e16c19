"""A bracketed group of a query, read into its OR branches (query_syntax.py reads the query with it; session 37 moved it
here with what the page says of a group read otherwise than its brackets suggest).

OR binds its two neighbours alone, so a group's brackets add nothing to it: (低保 OR 特困) 公开 is 低保 OR 特困 公开. Two
readings went unsaid: a branch with nothing in it, ((低保 OR) 特困, whose OR was dropped), and brackets around several
words beside an OR outside them ((低保 特困) OR 救助, searched 低保 AND (特困 OR 救助), not what the brackets suggest).
"""
from __future__ import annotations

import re

from search.retrieval.either_ends import EITHER, EITHER_ALONE, EITHER_AT_END, EITHER_AT_START, EITHER_REPEATED

_OPENING, _CLOSING = "(（[【", ")）]】"
# OR beside a group of several words: the group is no one side of it.
GROUP_BESIDE_EITHER = "“{typed}”中的括号不能把几个词语合为 OR 的一边：OR 只连接紧挨着它的两个词语，已按 {read} 查找。"


STRAY_CLOSING = "已忽略“{typed}”中多余的右括号“{marks}”：前面没有与之配对的左括号。"


def stray_closing_notes(tokens: list[re.Match]) -> list[str]:
    """The notes for closing brackets that close no group (低保))), 低保)) OR (): the search reads the word without
    them, which the page did in silence (fix37/web46 leftovers). A word's own brackets (低保(特困)) are paired."""
    notes, depth = [], 0
    for match in tokens:
        stray = []
        for ch in match.group(3) or "":
            if ch in _OPENING:
                depth += 1
            elif ch in _CLOSING and depth:
                depth -= 1
            elif ch in _CLOSING:
                stray.append(ch)
        if stray:
            notes.append(STRAY_CLOSING.format(typed=match.group(0), marks="".join(stray)))
    return notes


def empty_branch_notes(typed: str, branches: list[list], notes: list[str]) -> None:
    """``notes`` told of the ORs of a group (``typed``) with nothing on one side: (低保 OR), (OR 低保), (低保 OR OR 特困)."""
    if not any(branches) or all(branches):
        return
    either = next((w for w in re.split(r"[\s()（）\[\]【】]+", typed) if w in EITHER or w.lower() == "or"), "OR")
    template = (EITHER_AT_START if not branches[0] else EITHER_AT_END if not branches[-1] else EITHER_REPEATED)
    notes.append(template.format(typed=typed, either=either, one=either))


def beside_either_note(tokens: list[re.Match], start: int, stop: int, words: str) -> str | None:
    """The note for a group of several words (``words``, as read) standing beside an OR outside its brackets."""
    text = tokens[start].string
    before = [t for t in tokens[:start] if t.group(3) is not None]
    after = re.match(r"\s*(?:\|\|?|(?i:or))(?=\s|$)", text[stop:])
    parts = [part if "-" not in part else "" for part in words.split(" OR ")]  # an exclusion's OR is said apart
    if after and len(parts[-1].split()) > 1:
        following = next((t for t in tokens if t.start() >= stop + after.end()), None)
        end = following.end() if following is not None else stop + after.end()
        return GROUP_BESIDE_EITHER.format(typed=text[tokens[start].start():end].strip(),
                                          read=" ".join((words + text[stop:end]).split()))
    if before and tokens[start - 1] is before[-1] and _either_word(before[-1].group(3)) and len(parts[0].split()) > 1 \
            and start >= 2:
        begin = tokens[start - 2].start()
        return GROUP_BESIDE_EITHER.format(typed=text[begin:stop].strip(),
                                          read=" ".join((text[begin:tokens[start].start()] + words).split()))
    return None


def _either_word(bare: str | None) -> bool:
    return bare is not None and (bare in EITHER or bare.lower() == "or")


def plain_group(tokens: list[re.Match], start: int, notes: list[str]) -> tuple[int, str] | None:
    """(the offset past its bracket, its items as words) of a bracketed group with no group inside it; None for any
    other. OR binds its two neighbours alone, so a group's brackets add nothing to it: (低保 OR 特困) 公开 is
    低保 OR 特困 公开, where the brackets stayed in the words (“(低保”“特困)”) and in the notes' quotes (review 35 #7).
    ``notes`` told of an OR in it joining nothing and of brackets that an OR outside them does not take as one side."""
    stop, branches, nested = group_branches(tokens, start)
    if nested:
        return None
    if not any(branches):  # (), (OR): nothing to search; an OR beside it joins nothing and is said (review 37 #7)
        typed = tokens[start].string[tokens[start].start():stop]
        either = next((w for w in re.split(r"[\s()（）\[\]【】]+", typed) if _either_word(w)), None)
        notes += [EITHER_ALONE.format(typed=typed, either=either.upper())] if either else []
        return stop, ""
    words = " OR ".join(" ".join(("-" if negated or item.startswith("-") else "") + item.lstrip("-")
                                 for item, negated in branch) for branch in branches if branch)
    empty_branch_notes(tokens[start].string[tokens[start].start():stop], branches, notes)
    beside = beside_either_note(tokens, start, stop, words)
    notes += [beside] if beside else []
    return stop, words


def group_branches(tokens: list[re.Match], start: int) -> tuple[int, list[list[tuple[str, bool]]], bool]:
    """(the offset just past the group's closing bracket, its OR branches as (item, written with its own minus), whether
    a bracket opens inside it). A word's own brackets (低保(特困)) stay in it."""
    depth, branches, nested, minus_at = 0, [[]], False, None
    for i in range(start, len(tokens)):
        match = tokens[i]
        quoted, bare = match.group(2), match.group(3)
        if match.group(1) == "-" and i > start:
            minus_at = depth  # the exclusion lasts for this item, or for the group it opens
        if bare is not None and (bare in EITHER or bare.lower() == "or"):
            branches.append([])
            continue
        stop, item = match.end(), ""
        if bare is not None:
            opens = len(bare) - len(bare.lstrip(_OPENING))
            nested |= opens > (0 if i > start else 1)
            depth += opens
            kept, own = [], 0
            for k, ch in enumerate(bare[opens:]):
                if ch in _OPENING:
                    own += 1
                elif ch in _CLOSING and not own:
                    depth -= 1  # closes the group, or one inside it
                    if depth <= 0:
                        stop = match.start(3) + opens + k + 1
                        break
                    continue
                elif ch in _CLOSING:
                    own -= 1
                kept.append(ch)
            word = "".join(kept)
            item = word if word not in _operators() and not _either_word(word) else ""
            if _either_word(word):  # an OR glued to the group's bracket, (低保 OR) or (OR 低保), parts its branches too
                branches.append([])
            if item.startswith("-") and item.strip("-"):  # -(-低保): its own minus, as in -(低保 OR -特困) (QA 41 #6)
                item, minus_at = item.lstrip("-"), depth if minus_at is None else minus_at
        elif quoted and quoted.strip():
            item = f'"{quoted.strip()}"'
        if item:
            branches[-1].append((item, minus_at is not None))
        if minus_at is not None and depth <= minus_at:
            minus_at = None
        if depth <= 0:
            return stop, branches, nested
    return len(tokens) and tokens[-1].end(), branches, nested  # an unclosed group runs to the end


def _operators():
    from search.retrieval.query_syntax import OPERATORS  # (the syntax reads its groups with this module)

    return OPERATORS


def negated_members(text: str) -> str:
    """An English query (english.py) with each negated group written as its members' exclusions, as the syntax reads a
    Chinese one: -(police OR fees) is -police -fees (read word by word, it excluded 公安 and required 收费); a branch
    of several words is one phrase excluded (-"police station"). A group inside the group is left as typed."""
    from search.retrieval.query_syntax import TOKEN

    tokens, out, at, i = list(TOKEN.finditer(text)), [], 0, 0
    while i < len(tokens):
        match, following = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
        opens = (match.group(3) or "").startswith(tuple(_OPENING))
        spaced = match.group(3) == "NOT" and following is not None and not following.group(1) \
            and (following.group(3) or "").startswith(tuple(_OPENING))
        if (match.group(1) == "-" and opens) or spaced:
            stop, branches, nested = group_branches(tokens, i + 1 if spaced else i)
            if not nested:
                words = [" ".join(item for item, _ in branch) for branch in branches if branch]
                out += [text[at:match.start()], " ".join("-" + (f'"{w}"' if " " in w else w) for w in words)]
                at = stop
                while i < len(tokens) and tokens[i].start() < stop:
                    i += 1
                continue
        i += 1
    return "".join(out) + text[at:]
