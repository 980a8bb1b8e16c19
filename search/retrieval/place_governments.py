"""A place's government typed glued to its name (湖南省政府, 淮安市政府, 沭阳县人民政府): the place and its level's government.

Typed apart (湖南 省政府) the level's word was always read as an issuer; glued, 政府 was a word every report holds and
the place's own government, which writes 人民政府, was not asked for. See docs/query-language.md ("Issuers").
"""
from __future__ import annotations

from search.retrieval.issuers import concept_of

_GOVERNMENT = ("政府", "人民政府")


def level_governments(words: list[str]) -> list[str]:
    """政府 after a place's full name is that place's level's government (湖南省 政府 -> 湖南省 省政府,
    沭阳县 人民政府 -> 沭阳县 县人民政府): an issuer word of the level, as 湖南 省政府 typed apart is, where 政府 alone
    is only a word every report's text holds. A municipality's government (上海市政府) is of the provincial level."""
    out = list(words)
    for i in range(1, len(out)):
        if out[i] not in _GOVERNMENT or len(out[i - 1]) < 2:
            continue
        from search.retrieval.places import full_name_units  # (places imports query, which imports this)

        units = full_name_units(out[i - 1])  # a place's name, not a level word (地级市 政府)
        word = _level_word(out[i - 1], {u.kind for u in units}, out[i])
        if word is not None:
            out[i] = word
    return out


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
