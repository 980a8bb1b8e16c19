"""Where an old agency id went: the alias table each build writes (indexer/agency_aliases.py), read once per
generation. /agencies/<old id> redirects (301) to the body's current page; an id never known gets the 404 page
with a search for the name it holds."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

from search.echo import echo

ALIASES_FILE = "agency_aliases.json"


def _read(searcher) -> dict[str, str]:
    folder = getattr(getattr(searcher, "generation", None), "path", None)
    if folder is None:
        return {}
    try:
        table = json.loads((Path(folder) / ALIASES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def moved_agency(searcher, agency_id: str) -> str | None:
    """The current id of a body whose old id is ``agency_id`` (a rebuild read its name otherwise), or None."""
    cache = getattr(searcher, "cache", None)
    table = cache.get("agency aliases", lambda: _read(searcher)) if cache is not None else _read(searcher)
    return table.get(agency_id)


def unknown_agency(agency_id: str) -> tuple[str, list[tuple[str, str]]]:
    """What the 404 page says of an id no body has ever had, and its links (text, address): the bodies' list and the
    reports searched by the name the id holds ('320800:水利局' -> 水利局; none when it holds no name)."""
    message = f"没有编号为“{echo(agency_id, 80)}”的机构。"
    name = agency_id.rsplit(":", 1)[-1].strip()[:40]
    if not name or not any(c.isalnum() for c in name):  # no name to search for: the bodies' list at least (QA 33 #6)
        return message, [("浏览全部机构", "/agencies")]
    if name.isascii():  # an English name (some bodies have one) or a mistyped id: the list, and the name looked up there
        return message, [("浏览全部机构", "/agencies"), (f"在机构列表中查找“{name}”", "/agencies?" + urlencode({"name": name}))]
    return message, [(f"在机构列表中查找“{name}”", "/agencies?" + urlencode({"name": name})),
                     (f"搜索“{name}”的报告", "/?" + urlencode({"q": name}))]
