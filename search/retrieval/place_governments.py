"""A place's government typed glued to its name (湖南省政府, 淮安市政府, 沭阳县人民政府): the place and its level's government.

Typed apart (湖南 省政府) the level's word was always read as an issuer; glued, 政府 was a word every report holds and
the place's own government, which writes 人民政府, was not asked for. See docs/query-language.md ("Issuers").
"""
from __future__ import annotations

from search.retrieval.issuers import concept_of

_GOVERNMENT = ("政府", "人民政府")


def level_governments(words: list[str]) -> list[str]:
    """政府 after a place that ends in its level's character is that level's government (湖南省 政府 -> 湖南省 省政府,
    沭阳县 人民政府 -> 沭阳县 县人民政府): an issuer word of the level, as 湖南 省政府 typed apart is, where 政府 alone
    is only a word every report's text holds. A municipality's government (上海市政府) is of the provincial level."""
    out = list(words)
    for i in range(1, len(out)):
        if out[i] not in _GOVERNMENT or len(out[i - 1]) < 2:
            continue
        from search.retrieval.places import full_name_units  # (places imports query, which imports this)

        units = full_name_units(out[i - 1])  # a place's name, not a level word (地级市 政府)
        level = "省" if units and all(u.kind == "province" for u in units) else out[i - 1][-1]
        if units and concept_of(level + out[i]) is not None:
            out[i] = level + out[i]
    return out
