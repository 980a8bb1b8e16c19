"""China's administrative divisions, each with the names of the units above it.

Read from ``indexer/data/divisions.tsv`` (made by scripts/make_gazetteer.py: code, name, short form,
web-host keys, era) by both sides that need places: the parser's gazetteer (indexer/gazetteer.py)
and the query's place words (search/retrieval/places.py). The reading lives here because the
indexer may use ``search`` and ``search`` never uses the indexer.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DIVISIONS = Path(__file__).resolve().parent.parent / "indexer" / "data" / "divisions.tsv"


@dataclass(frozen=True)
class Unit:
    """One division with the names of the units above it."""

    code: str
    name: str
    kind: str  # "province", "city" or "county"
    current: bool
    province: str
    city: str | None  # the prefecture-level unit; None for a 直辖市 district or 省直辖 county
    stem: str = ""  # the short form (铜陵 for 铜陵市), '' when it has none

    @property
    def parts(self) -> tuple[str, str | None, str | None]:
        """(province, city, county) names of this unit."""
        if self.kind == "province":
            return (self.province, None, None)
        if self.kind == "city":
            return (self.province, self.name, None)
        return (self.province, self.city, self.name)

    def within(self, other: Unit) -> bool:
        """True when this unit is other or lies inside it."""
        if other.kind == "province":
            return self.code[:2] == other.code[:2]
        if other.kind == "city":
            return self.kind != "province" and self.code[:4] == other.code[:4]
        return self.code == other.code and self.name == other.name


def read_units(path: Path = DIVISIONS) -> list[tuple[Unit, list[str]]]:
    """Every row of the divisions file as a unit and its web-host keys, in the file's order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, stem, keys, era = line.split("\t")
            rows.append((code, name, stem, keys, era == "c"))
    # Current names first so that a reused code reads as it does today.
    names: dict[str, str] = {}
    for code, name, _, _, current in sorted(rows, key=lambda r: not r[4]):
        names.setdefault(code, name)
    units = []
    for code, name, stem, keys, current in rows:
        kind = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
        city = names.get(code[:4] + "00") if kind == "county" else None
        units.append((Unit(code, name, kind, current, names[code[:2] + "0000"], city, stem), keys.split(",")))
    return units
