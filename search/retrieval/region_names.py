"""A region filter's value as the index holds it: province= and city= name a division in full (江苏省,
徐州市), as the facet links write them; a value typed by hand or by a script in its short form (江苏, 徐州,
广西) matched no report and emptied the list without a word. Such a value is read as the one division of
that kind its short form names, and the page says so; any other value is kept as given."""
from __future__ import annotations

from functools import cache

from search.analysis import fold
from search.echo import echo
from search.retrieval.places import load_divisions


KIND_WORDS = {"province": "省级地区", "city": "市级地区"}
UNKNOWN_REGION = "unknown"  # the index's value for a report whose region could not be told (indexer/documents.py)


def read_region(value: str, kind: str) -> tuple[str | None, str]:
    """A province= or city= value as the index holds it, and what the page says about it: a full name as it is; a
    short form or another script as its full name (full_region); a division code, which /api/agencies gives as a
    body's place_code (152200), as that division's name; a value naming no division at all (火星) is no filter (None)
    and is said to be ignored, as an unknown level is: before, it emptied the list without a word."""
    full = full_region(value, kind)
    if full is not None:
        return full, f"地区“{echo(value)}”按“{full}”理解。"
    if value == UNKNOWN_REGION or load_divisions().by_name.get(value):
        return value, ""
    named = _of_kind(_by_code().get(value.strip(), ()), kind)
    if len(named) == 1:
        full = next(iter(named))
        return full, f"地区代码“{echo(value)}”按“{full}”理解。"
    return None, f"忽略了未知的{KIND_WORDS.get(kind, '地区')}：{echo(value)}（须为地区全称、简称或行政区划代码，如 江苏省、江苏、320000）"


@cache
def _by_code() -> dict[str, list]:
    """The divisions by their six-digit code."""
    codes: dict[str, list] = {}
    for units in load_divisions().by_name.values():
        for unit in units:
            codes.setdefault(unit.code, []).append(unit)
    return codes


def is_division_code(code: str) -> bool:
    """Whether ``code`` is the six-digit code of a division of the table, current or former."""
    return code in _by_code()


def division_name(code: str) -> str:
    """The name of the division of ``code`` (a current one first), '' when no division has it."""
    units = sorted(_by_code().get(code, ()), key=lambda u: not u.current)
    return units[0].name if units else ""


def _of_kind(units, kind: str) -> set[str]:
    """The names of the current divisions of ``kind`` among ``units``."""
    return {u.name for u in units if u.kind == kind and u.current}


def full_region(value: str, kind: str) -> str | None:
    """The full name a short form stands for (江苏 -> 江苏省 for ``kind`` province; 江蘇省 -> 江苏省), None when ``value``
    is a full name already, names no division of that kind, or names more than one."""
    divisions = load_divisions()  # the table the query's place words are read by (places.py)
    if _of_kind(divisions.by_name.get(value, ()), kind):
        return None
    # (on the simplified, half-width key: 江蘇 or a pasted ＂江苏省＂ with spaces matched no report either; review 24)
    key = fold(value).strip()
    if _of_kind(divisions.by_name.get(key, ()), kind):
        return key
    names = _of_kind(divisions.by_stem.get(key, ()), kind)
    return next(iter(names)) if len(names) == 1 else None
