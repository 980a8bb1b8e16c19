"""A region filter's value as the index holds it: province= and city= name a division in full (江苏省,
徐州市), as the facet links write them; a value typed by hand or by a script in its short form (江苏, 徐州,
广西) matched no report and emptied the list without a word. Such a value is read as the one division of
that kind its short form names, and the page says so; any other value is kept as given."""
from __future__ import annotations

from search.analysis import fold
from search.retrieval.places import load_divisions


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
