"""A place name in the issuer of a typed report, misspelt by one look-alike character, read as the
division it stands for — for the place, level and province only: the agency stays as written.

Reports and their copies misspell their own place (a made-up example: a city 亳州市 written 毫州市), and
then no division list knows the issuer: level and province stay open and a search by place misses the
report. OCR'd scans have their own correction (indexer/ocr_places.py), which rewrites the issuer; a typed
name is the issuer's own spelling, so here only the place is read, with a warning saying what was assumed.

A place word of the issuer (opening it, or right after a place the list knows) that no division has
(not a full name, a short form, a historical name) is compared with every current division of the same
kind of name (same length, same last character, three characters or more). It is read as one of them
only when exactly one candidate is left after the evidence is heard, and the evidence must say so:

- the report's text names the candidate's province or city by its full name, or the page's gov.cn host
  is the candidate's or a unit above or below it: the candidates are narrowed to those, and one must be
  left — never a guess between two;
- else, of the candidates the evidence leaves (all current divisions when it names none), the one whose
  differing character is a known look-alike (``LOOK_ALIKE``: 亳/毫, 泸/沪 …) is read, when only one is:
  毫州市 is one character off dozens of cities (滁州市 …), but a look-alike swap of only 亳州市.
"""
from __future__ import annotations

import re

from indexer.gazetteer import Unit, load_gazetteer
from indexer.hostnames import gov_hosts
from indexer.ocr_places import _one_off
from indexer.places import ZONE

# Characters that typists and converters confuse in place names (same phonetic part, a radical a stroke
# apart, an old form): a swap of one of these pairs is a misspelling, not another name.
LOOK_ALIKE = frozenset(frozenset(p) for p in (
    "沭沐", "泸沪", "汩汨", "亳毫", "郓鄆", "涿琢", "邳丕", "鄞勤", "睢雎", "濮璞", "荥荣", "莒筥", "郯剡", "兖衮",
    "宕岩", "汶纹", "泗洒", "沅源", "澧沣", "桦华", "洮姚", "郏夹", "鄢焉", "杞祀", "浚俊", "淇琪", "滦栾", "蔚尉",
    "崇祟", "凯恺", "峄泽", "歙翕", "婺骛", "衢瞿", "嵊乘", "阆朗", "邛卬", "郫陴", "犍健", "邕雍", "梧悟", "潢璜",
    "溧栗", "柘拓", "盱旴", "沛沸", "泾经", "邺业", "娄楼", "澄橙", "洲州", "阳杨", "城诚", "宁柠", "平坪", "江汪",
    "汜氾", "沔丏", "涪培", "郴彬", "醴澧", "攸悠", "耒来", "隰湿", "忻欣", "岢苛", "泌沁", "渑绳", "偃堰", "郾匽",
    "黟黝", "旌族", "猗椅", "崞埻", "洺铭", "滏釜", "鄱番", "弋戈", "婺务", "骊丽",
))
_UNIT_WORDS = "省市区县旗州盟"
_LONGEST = 16  # an autonomous county's or ethnic township's name with its peoples
_MIN_LENGTH = 3  # two-character names ('某县') are one character off too many others
_TEXT = 3000  # the report's opening, where it names the province or city it works in


def _look_alike(word: str, name: str) -> bool:
    return any(frozenset((a, b)) in LOOK_ALIKE for a, b in zip(word, name) if a != b)


def _near(word: str) -> list[Unit]:
    """Current divisions one character off ``word`` with the same last character (one per name and code)."""
    return [u for u in load_gazetteer().by_code.values()
            if u.current and u.kind != "province" and u.name[-1] == word[-1] and _one_off(u.name, word)]


def _host_units(address: str | None) -> list[Unit]:
    keys = load_gazetteer().by_key
    return [u for host in gov_hosts(address or "") for label in host.split(".") for u in keys.get(label, ())]


def _supported(unit: Unit, text: str, hosts: list[Unit]) -> bool:
    """The text names the unit's province or city in full, or the host is the unit's, above or below it."""
    named = [n for n in (unit.province, unit.city) if n]
    return any(n in text for n in named) or any(unit.within(h) or h.within(unit) for h in hosts)


def misspelt_place(agency: str | None, text: str, address: str | None) -> tuple[str, str, Unit] | None:
    """(the place word as written, the agency with it read as the division, the division), or None."""
    if not agency:
        return None
    names = load_gazetteer().by_name
    pos = 0
    while True:
        # the place words that go on from pos, up to three: the lazy pattern reads '满州里市' as 满州 + 里市 and
        # '沪州市' as 沪州 alone, so every end at a unit word is tried
        spans = [e for e in range(pos + 2, min(len(agency), pos + _LONGEST) + 1) if agency[e - 1] in _UNIT_WORDS][:3]
        if not spans:
            return None  # the issuer's place words are done: what follows is its office
        known = [e for e in spans if agency[pos:e] in names]
        if known:
            pos = known[-1]
            continue
        for end in spans:
            word = agency[pos:end]
            if len(word) < _MIN_LENGTH or ZONE.search(word) or word.startswith("中共"):
                continue
            unit = _read_as(word, agency, text, address)
            if unit:
                return word, agency[:pos] + unit.name + agency[end:], unit
        return None


def _read_as(word: str, agency: str, text: str, address: str | None) -> Unit | None:
    """The one division the evidence lets ``word`` stand for, or None."""
    near = _near(word)
    if not near:
        return None
    hosts = _host_units(address)
    opening = text[:_TEXT].replace(agency, "")
    backed = [u for u in near if _supported(u, opening, hosts)]
    if len(backed) == 1:
        return backed[0]
    # of the candidates the evidence leaves (all of them when it names none), the one a look-alike swap gives
    alike = [u for u in (backed or near) if _look_alike(word, u.name)]
    return alike[0] if len(alike) == 1 else None
