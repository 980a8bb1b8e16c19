"""A body's kind (职能) in words, one vocabulary for every page: /agencies' kind list and ``kind=``, /stats'
机构类型 (``agency_type``), their CSV and JSON.

The kind is read from the agency id (docs/agencies.md), whose function part is how the name was built: place +
function + unit. The id keeps the function as the build read it (some functions the vocabulary lacks are kept as
written), so the kind folds what the id may still hold of a name's other parts:

- a development zone's or area's committee is 管理委员会, whatever the zone is called (…综保区管理委员会,
  …开发建设管委会, …古镇管理委员会), unless the vocabulary knows the whole (国有资产监督管理委员会);
- an office is the government's (人民政府办公室: 政府办, 行政公署办公室) or its body's (卫生健康委员会办公室 →
  卫生健康委员会, 管理委员会办公室 → 管理委员会); 行署外事办公室 is the prefecture's 外事办公室;
- a known function after a place's words is that function (沙河生态环境局 → 生态环境局: 沙河 is 沙河市's short form);
- customs (海关, 直属海关, 全国海关, 海关总署) are one kind, 海关: the level facet tells the central one;
- a ministry is its own kind (民政部), as the central name of its function; a central unit whose function the
  vocabulary lacks is of the body its name opens with (中国科学院…研究所 → 中国科学院, 国家统计局调查总队 → 国家统计局);
- a body whose kind nothing reads (a name of place words only, an English name) is 其他 (``OTHER``, with
  ``OTHER_NOTE``), never a piece of its name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from search import agency_names as names

OTHER = "其他"
OTHER_NOTE = "“其他”：名称中读不出职能的机构（如只写了地名、园区名或英文名称）。"
GOVERNMENT_OFFICE = "人民政府办公室"
COMMITTEE = "管理委员会"
CUSTOMS = "海关"
# The kinds of a government: one answering for its whole place (a county government's figures, its area's totals),
# where a department answers for its own field (search/figures/records.py peers, area_scope.py).
GOVERNMENT_KINDS = frozenset({"人民政府", GOVERNMENT_OFFICE, COMMITTEE})
_GOVERNMENT = ("人民政府", "行政公署", "政府", "行署")  # a government's own words before its office
_GOVERNMENT_OFFICE = re.compile(r"(?:人民政府|政府|行政公署|行署)?(?:办公室|办公厅|办)")
_COMMITTEE = re.compile(r"(?:管理委员会|管委会|管委)$")
_OFFICE = re.compile(r"(?:办公室|办公厅)$")
# A central unit whose function the vocabulary lacks is of the body its name opens with: up to the first body word
# (中国科学院…研究所 -> 中国科学院, 国家统计局调查总队 -> 国家统计局), so a kind is never one unit's whole name.
_CENTRAL_PARENT = re.compile(r".{2,}?(?:科学院|工程院|委员会|总局|部|局|署)(?=.)")


def fold_kind(function: str | None) -> str:
    """The kind a function part (as an id keeps it) is of: see the module's rules; ``OTHER`` for none."""
    if not function:
        return OTHER
    function = function.removesuffix("本级")
    if CUSTOMS in function:
        return CUSTOMS
    if _GOVERNMENT_OFFICE.fullmatch(function):
        return GOVERNMENT_OFFICE
    office = _OFFICE.search(function)
    if office and function[:office.start()]:
        body = function[:office.start()]
        if names.function_of(body) or _COMMITTEE.search(body):
            return fold_kind(body)
    known = names.function_of(function)
    if known:
        return known
    for head in _GOVERNMENT:
        if function.startswith(head) and len(function) > len(head):
            return fold_kind(function[len(head):])
    if _COMMITTEE.search(function):
        return COMMITTEE
    for i in range(1, len(function) - 1):
        if names.names_a_division(function[:i]) and names.function_of(function[i:]):
            return names.function_of(function[i:])
    return function


@lru_cache(maxsize=65536)  # every list of bodies and every /stats row asks it again: ids are few, requests many
def kind_of(agency_id: str) -> str:
    """The kind of the body an agency id names, in words (民政局, 人民政府, 管理委员会, 民政部, 海关, 其他)."""
    code, _, rest = agency_id.partition(":")
    place = code.split("/", 1)[0]
    if place == "unresolved" or not rest:
        text = rest.rsplit("#", 1)[0]
        kind = names.name_kind(text) or _street(text)
        return fold_kind(kind) if kind else OTHER
    function = rest.removesuffix("本级")
    if place == "central":
        if names.central_function(function) is None and (parent := _CENTRAL_PARENT.match(function)):
            function = parent.group(0)  # 中国科学院城市环境研究所, 中国科学院机关: a unit of 中国科学院, its kind
        kind = fold_kind(names.central_function(function) or function)
        return kind if kind in (CUSTOMS, OTHER) else names.central_name(kind)
    return fold_kind(function)


def _street(name: str) -> str | None:
    """A street's office written without 道 (甲乙街, 丙丁里街办事处) is the kind 街道办事处; a road's name before another
    body's (…大街发展服务中心) is not, since the name then ends with that body."""
    return "街道办事处" if re.search(r"..街(?:办事处|办)?$", name) else None
