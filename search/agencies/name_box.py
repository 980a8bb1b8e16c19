"""The name box's reading of words as bodies (/agencies' ``name``, the compare page's finder): every word in one of
a body's names or its place, a word that reads as a function (卫健委, 发改局) matching the body's kind."""
from __future__ import annotations

from collections import Counter

from search import agency_names as names
from search.agencies.directory import Agency, directory, function_line
from search.agencies.kinds import kind_of
from search.analysis import fold
from search.echo import printable
from search.retrieval.query_length import DROPPED, NOTHING_KEPT, word_end
from search.vocabulary import echoed


# Words of nearly every government's name that hold another body's function word across their own
# parts: 民政 (the civil-affairs bureau) inside 人民政府. A run strictly inside one of them is no
# mention of that function, or a name box typed 民政 lists every 人民政府.
_CROSSED = ("人民政府",)
# The name box's example when the index has no body of a kind in a city (an empty index): a phrase, not a promise.
NO_EXAMPLE = "民政局"
MAX_NAME = 50  # characters of the name box's words read; the spaces between them are not counted
NAME_CUT = f"机构名称过长（超过 {MAX_NAME} 个字符）"


def cut_name(typed: str | None) -> tuple[str, str]:
    """The name box's words within MAX_NAME characters, and the message naming what was left out ('' when nothing
    was), said as the query's cap says it (QA 36 #8). Spaces only part words: a run of them is one, and none counts
    against the cap. Words are kept whole; a run of Chinese crossing the cap is cut at the end of a jieba word."""
    words = printable(typed or "").split()
    if sum(map(len, words)) <= MAX_NAME:
        return " ".join(words), ""
    kept, used = [], 0
    for word in words:
        if used + len(word) > MAX_NAME:
            head = word[: word_end(word, 0, MAX_NAME - used)]
            kept += [head] if head else []
            break
        kept.append(word)
        used += len(word)
    name = " ".join(kept)
    dropped = " ".join(words)[len(name):].strip()
    return name, NAME_CUT + (DROPPED if name else NOTHING_KEPT).format(dropped=echoed(dropped))


def _holds(text: str, word: str) -> bool:
    """Whether ``word`` is in ``text`` other than strictly inside one of _CROSSED (its start and its
    end both within it: 民政 in 人民政府; 人民政府, 政府 and 江苏省人民 are held)."""
    inside = [(at, at + len(generic)) for generic in _CROSSED for at in _occurrences(text, generic)]
    return any(not any(g < at and at + len(word) < h for g, h in inside) for at in _occurrences(text, word))


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _same_function(typed: str, agency: Agency) -> bool:
    """Whether a function typed names the body's kind across the reforms: 卫计委 the body that is a
    卫生健康委员会 today, 卫健委 a 卫生局 the index knows only from before them (its line led there)."""
    code = None if agency.central or not agency.resolved else agency.code
    kinds = ("rename", "merge")
    # The id's function and the kind the kind list shows (kinds.kind_of): an id may keep an office's or a place's
    # words (卫生健康委员会办公室, 沙河生态环境局) that 职能 folds away, and a body listed under 卫生健康委员会 must be
    # found by 卫健委 as well.
    own = dict.fromkeys((agency.kind, kind_of(agency.id)))
    return any(kind in function_line(typed, code, kinds) or typed in function_line(kind, code, kinds) for kind in own)


def is_named(agency: Agency, words: list[str]) -> bool:
    """Whether every word is in one of the body's names or its place; a word that reads as a
    function (卫健委, 发改局) matches the body's kind, also under the names it had or took in a reform
    (what the search reads as one body's function), the rest of it its place or names."""
    haystack = fold(" ".join([*agency.names, agency.place or (agency.reported.label if agency.reported else "")]))
    for word in words:
        if word in haystack and _holds(haystack, word):
            continue
        place, function = names.split_name(word)
        if function and _same_function(function, agency) and (not place or place in haystack):
            continue
        return False
    return True


def bodies_named(searcher, words: list[str]) -> list[Agency]:
    """The bodies whose names or place hold every word, as the name box reads them (卫健委 finds
    卫生健康局, 淮安 the bodies of 淮安市), in the directory's order."""
    folded = [fold(w) for w in words if w.strip()]
    known = directory(searcher)
    return sorted((a for a in known.agencies.values() if folded and is_named(a, folded)), key=lambda a: a.sort_key)


def name_example(known) -> str:
    """The name box's example, from the index itself so that it finds something on any index: the commonest kind of
    body with the city holding most of them ('淮安 民政局'); worked out once per generation."""
    found = getattr(known, "name_example", None)
    if found is None:
        cities = Counter((a.place_names[1], a.kind) for a in known.agencies.values()
                         if a.resolved and not a.central and a.place_names[1] and not a.unit)
        found = NO_EXAMPLE
        for (city, kind), _ in sorted(cities.items(), key=lambda ck: (-ck[1], ck[0])):
            words = [city.removesuffix("市"), kind]
            if any(a.kind == kind and is_named(a, [fold(w) for w in words]) for a in known.agencies.values()):
                found = " ".join(words)
                break
        known.name_example = found  # a generation's directory is shared: one benign race computes the same text
    return found
