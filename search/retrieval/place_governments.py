"""A place's government typed glued to its name (湖南省政府, 淮安市政府, 沭阳县人民政府): the place and its level's government.

Typed apart (湖南 省政府) the level's word was always read as an issuer; glued, 政府 was a word every report holds and
the place's own government, which writes 人民政府, was not asked for. See docs/query-language.md ("Issuers").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.retrieval.issuers import concept_of

_GOVERNMENT = ("政府", "人民政府")


def level_governments(words: list[str], text: str = "") -> list[str]:
    """政府 after a place's name is that place's level's government (湖南省 政府 -> 湖南省 省政府,
    沭阳县 人民政府 -> 沭阳县 县人民政府): an issuer word of the level, as 湖南 省政府 typed apart is, where 政府 alone
    is only a word every report's text holds. A municipality's government (上海市政府) is of the provincial level.
    A short form's (湖南政府) 政府 stays as typed, as its reports write the short form (湖南 of 湖南省):
    ``place_governments`` reads it as the place's governments."""
    out = list(words)
    for i, word, form, _ in _readings(words, text):
        if form != _WRITTEN:
            out[i] = word
    return out


@dataclass(frozen=True)
class PlaceGovernment:
    """政府 read after a place's short form: the level's issuer word and the words typed."""

    word: str  # 省政府
    typed: str  # 湖南政府, as the notes quote it
    units: tuple = ()  # the divisions the short form names (湖南省): the governments inside them follow the level's


def place_governments(text: str) -> list[PlaceGovernment]:
    """The governments named by a place glued to 政府 in ``text`` (one typed run). A short form says the place as
    people say it, not its level: 湖南政府 is the province's government first, then any government inside Hunan (its
    cities', counties', townships'), before a department whose text quotes 省政府 (QA 33). Its 政府 stays a word of
    the text (``level_governments``), so the place's reports are all matched, and the issuer sets order them."""
    from search.retrieval.query import query_words  # (query imports this module)

    words = query_words(text)  # a full name's 政府 is read already (湖南省 省政府): its level's alone is asked
    return [PlaceGovernment(word, _typed_run(words, i, text), units) for i, word, form, units in _readings(words, text)
            if form != _FULL]


def typed_government(word: str, text: str) -> str:
    """How ``text`` (one typed run) said the level's government ``word``: the word itself, or the place and 政府 it
    was read from (昆山市政府 for 县政府): a note quotes what the user typed, never the reading."""
    from search.retrieval.query import query_words  # (query imports this module)

    words = query_words(text)
    return word if word in text or word not in words else _typed_run(words, words.index(word), text)


def _typed_run(words: list[str], i: int, text: str) -> str:
    for government in _GOVERNMENT[::-1]:  # 人民政府 before 政府
        if words[i - 1] + government in text:
            return words[i - 1] + government
    return words[i - 1] + words[i]


# How the place before 政府 was named: its full name (湖南省); a short form its reports write, the start of the name
# (湖南 of 湖南省, 浦东 of 浦东新区), where 政府 stays a word of the text; or one they do not (延边州 for 延边朝鲜族自治州),
# where only the level's word finds its government.
_FULL, _WRITTEN, _SAID = "full", "written", "said"


def _readings(words: list[str], text: str):
    """(index, the level's issuer word, how the place was named, its divisions) for each 政府 read after a place's name: a short
    form (湖南, 延边州) only where ``text`` has it glued to 政府 ending a run (湖南政府): typed apart or with a noun after
    (天津 政府微信公众号, 广州政府网站) 政府 is any government's, of the place or not."""
    from search.retrieval.places import full_name_units  # (places imports query, which imports this)

    for i in range(1, len(words)):
        if len(words[i - 1]) < 2 or not any(words[i].endswith(g) and words[i - 1] + g in text for g in _GOVERNMENT):
            continue  # (a level's word read already, 延边州 市政府, is read again: the same place and 政府)
        government = next(g for g in _GOVERNMENT[::-1] if words[i].endswith(g))
        units = full_name_units(words[i - 1])  # a place's name, not a level word (地级市 政府)
        short = not units
        if short and _ends_a_run(words[i - 1] + government, text):
            units = government_place_units(words[i - 1])
        names = {u.name for u in units}  # a short form's division writes its level's character (浦东 -> 浦东新区)
        word = _level_word(names.pop() if len(names) == 1 else words[i - 1], {u.kind for u in units}, government)
        if word is not None:
            written = units and all(u.name.startswith(words[i - 1]) for u in units)
            yield i, word, _FULL if not short else _WRITTEN if written else _SAID, tuple(units)


def _ends_a_run(glued: str, text: str) -> bool:
    return re.search(re.escape(glued) + r"(?![\u3400-\u9fff])", text) is not None


def government_place_units(word: str) -> tuple:
    """The divisions ``word`` names when 政府 follows it: a full name (湖南省, 昆山市), or a short form, which 政府
    after it makes a place's (湖南政府, 广州政府, 昆山政府: typed alone a city's or a county's short form is already a
    place; in a run only before 政府), or an autonomous prefecture's or a league's short form with its 州 or 盟 (延边州,
    凉山州, 锡林郭勒盟: how people and the press name them). Never an everyday word (东方政府, 地方政府)."""
    from search.retrieval.places import full_name_units, short_form_units  # (places imports query, which imports this)

    units = full_name_units(word)
    if units:
        return units
    if len(word) > 2 and word.endswith(_PREFECTURE_ENDS):
        return tuple(u for u in short_form_units(word[:-1], whole=True)
                     if u.kind == "city" and u.name.endswith(word[-1]))
    return short_form_units(word, whole=True)


def is_government(word: str) -> bool:
    """Whether ``word`` is 政府 or 人民政府, a government said without its level."""
    return word in _GOVERNMENT


_PREFECTURE_ENDS = ("州", "盟")

# The level's own character where the place's last one names no government of its level: an autonomous prefecture
# (延边朝鲜族自治州) or a league (锡林郭勒盟) is of the city level, and 州政府, 盟政府 are no issuer words.
_LEVEL_CHARACTER = {"province": "省", "city": "市", "county": "县"}


def _level_word(place: str, kinds: set[str], government: str) -> str | None:
    """The issuer word for ``government`` after ``place`` whose units are of ``kinds``: the place's last character's
    (区政府, 旗政府) where that word is of the place's level, else the level's (省, 市, 县). By level, not by the last
    character alone: a county-level city's 市政府 (昆山市政府) would ask for the city level's governments, which
    昆山市人民政府 is not. None when the name is no place's, or places of several levels."""
    if len(kinds) != 1:
        return None
    level = kinds.pop()
    if level == "province":  # a municipality (上海市) too: its 市 is a province's
        return "省" + government
    concept = concept_of(place[-1] + government)
    if concept is not None and concept.level == level:
        return place[-1] + government
    return _LEVEL_CHARACTER[level] + government if level in _LEVEL_CHARACTER else None
