"""A region filter's value as the index holds it: province= and city= name a division in full (江苏省,
徐州市), as the facet links write them; a value typed by hand or by a script in its short form (江苏, 徐州,
广西) matched no report and emptied the list without a word. Such a value is read as the one division of
that kind its short form names, and the page says so; any other value is kept as given."""
from __future__ import annotations

from functools import cache

from search.analysis import fold
from search.divisions import read_units


@cache
def _names() -> dict[str, tuple[frozenset[str], dict[str, frozenset[str]]]]:
    """Per kind (province, city): the full names, and each short form -> the full names it stands for."""
    out: dict[str, tuple[set[str], dict[str, set[str]]]] = {"province": (set(), {}), "city": (set(), {})}
    for unit, _ in read_units():
        if unit.kind not in out or not unit.current:
            continue
        full, short = out[unit.kind]
        full.add(unit.name)
        if unit.stem:
            short.setdefault(unit.stem, set()).add(unit.name)
    return {kind: (frozenset(full), {s: frozenset(n) for s, n in short.items()}) for kind, (full, short) in out.items()}


def full_region(value: str, kind: str) -> str | None:
    """The full name a short form stands for (江苏 -> 江苏省 for ``kind`` province; 江蘇省 -> 江苏省), None when ``value``
    is a full name already, names no division of that kind, or names more than one."""
    full, short = _names()[kind]
    if value in full:
        return None
    # (on the simplified, half-width key: 江蘇 or a pasted ＂江苏省＂ with spaces matched no report either; review 24)
    key = fold(value).strip()
    if key in full:
        return key
    names = short.get(key, frozenset())
    return next(iter(names)) if len(names) == 1 else None
