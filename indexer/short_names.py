"""A body named without its place ('县蚕桑站', '市水利局'), completed from the page's other names for it.

A report's text often names its body by its level word and kind alone (`2019年，市水利局按照…`), and the first sentence
is read before the contact line (indexer.metadata's order of trust). When a later source names the same body in full
('如对本报告有任何疑问，请与某某市水利局办公室联系'), the full name is the issuer's: the same body, its place said
(issue 15, class 5: a name that omits its place takes it from the lead-in or the contact line; round 71).
"""
from __future__ import annotations

import re

from indexer.script import to_key

# A name opening with a bare level word: '市水利局', '县蚕桑站' ('市级…' is no level word alone).
_LEVEL_FIRST = re.compile(r"^(?:省|市|县|区|镇|乡|旗)(?!级)")
# What may stand before the short name in the full one: a place's own name, no body's word in it.
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,12}")
_BODY_WORD = re.compile(r"[局委办厅部署院会府处室队站所司团校馆]")


def _same_government(key: str) -> str:
    """'人民政府' as '政府': '县政府办公室' is the short form of '某某县人民政府办公室'."""
    return key.replace("人民政府", "政府")


def with_its_place(name: str, others) -> str:
    """The first of ``others`` naming the body of ``name`` with its place before it, else ``name``.

    '县蚕桑站' with '青岚县蚕桑站' among the others -> '青岚县蚕桑站'; '市水利局' with '某某县水利局' -> '市水利局' (the
    level word differs: another body)."""
    key = _same_government(to_key(name))
    if not _LEVEL_FIRST.match(key) or len(key) < 3:
        return name
    for other in others:
        other_key = _same_government(to_key(other or ""))
        before = other_key[:len(other_key) - len(key)]
        if other_key.endswith(key) and _PLACE_BEFORE.fullmatch(before) and not _BODY_WORD.search(before):
            return other
    return name
