"""Where a report file came from: the optional ``FILE.url`` sidecar beside it.

A crawler or a person saving a page can record its address next to it, so that the parser may
use the address as a hint to where the issuer is (docs/parsing.md, "The page's address"):

  reports/某某县民政局2020.html        the saved page
  reports/某某县民政局2020.html.url    one line: http://www.example.gov.cn/art/2021/1/5/art_1.html

The sidecar is either that one line or an Internet shortcut as browsers and Windows write it
('[InternetShortcut]' / 'URL=http://…'). ``indexer build`` reads sidecars and does not index them.
"""
from __future__ import annotations

import re
from pathlib import Path

SUFFIX = ".url"
_ADDRESS = re.compile(r"^(?:URL=)?\s*(https?://\S+)\s*$", re.IGNORECASE | re.MULTILINE)
_MAX_BYTES = 4096


def sidecar_path(path: Path) -> Path:
    """The sidecar of a report file: its name plus '.url'."""
    return path.with_name(path.name + SUFFIX)


def is_sidecar(path: Path) -> bool:
    """True for a '.url' file that sits beside the report it describes."""
    return path.suffix.lower() == SUFFIX and path.with_name(path.stem).is_file()


def read_sidecar(path: Path) -> str | None:
    """The address recorded beside a report file, or None when there is no readable sidecar."""
    side = sidecar_path(Path(path))
    try:
        if not side.is_file() or side.stat().st_size > _MAX_BYTES:
            return None
        text = side.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    match = _ADDRESS.search(text)
    return match.group(1) if match else None
