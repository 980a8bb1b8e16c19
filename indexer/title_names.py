"""How a title's issuer relates to a name on the line above it or in its lead-in: a place alone over a body named without
one ('某某县' / '民政局2019年…报告'), an autonomous unit's everyday short form ('某某旗' of '某某族自治旗').

Read by indexer.titles (moved out of it in round 54 to keep that module under the layout's line limit).
"""
from __future__ import annotations

import re

from indexer.issuer import agency_name
from indexer.places import find_chains
from indexer.script import to_key


_AUTONOMOUS = re.compile(r"自治(?=[旗县州])")


def autonomous_short(short: str, full: str) -> bool:
    """True when ``short`` is the everyday short form of the autonomous banner, county or prefecture ``full`` names (or
    of a body of it): '某某旗' of '某某族自治旗', '某某县民政局' of '某某某族自治县民政局' (the nationality and 自治 left
    out, the name's opening kept). A page's own title line writes the full name, its lead-in often the short one
    ('现公布某某旗2019年…报告'): the same body, not the title of another report (round 26)."""
    for match in _AUTONOMOUS.finditer(full):
        tail = full[match.end():]  # '旗', '县民政局'
        if not short.endswith(tail) or len(short) - len(tail) < 2:
            continue
        head = short[: len(short) - len(tail)]  # '某某'
        if full[: match.start()].startswith(head):
            return True
    return False


def placed_above(line: str, agency: str) -> bool:
    """True when line is a place's name alone (某某县, 某某市某某区) and agency a body named without any place."""
    key, body = to_key(line), to_key(agency)
    if not 2 <= len(key) <= 12 or not _PLACE_ALONE.search(key) or agency_name(line) != line:
        return False
    if body.startswith(key):
        return False  # the name opens with the line again: a copy of it cut short above the title, not its place
    # (a place the gazetteer lacks counts: the unit word and the name check say it is one)
    return not find_chains(body, opening_province_stem=True) and bool(_BODY_ALONE.match(body))


# A place's name ends with its unit word; a body named without place is a department's (民政局, 发展和改革委员会).
_PLACE_ALONE = re.compile(r"(?:省|自治区|市|州|盟|地区|县|旗|区)$")
_BODY_ALONE = re.compile(r"^[\u4e00-\u9fff]{1,14}(?:局|委|委员会|办|办公室|厅|中心)$")
