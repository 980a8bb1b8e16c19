"""Generate indexer/data/area_codes.tsv and indexer/data/postcodes.tsv: where a telephone area code
and a postal code are, as indexer.placing reads them (docs/places.md).

Source: the PyPI package phone 0.4.5 (MIT), whose ``phone/phone.dat`` lists, for every mobile
number block, the province, city, main postal code and telephone area code of the city it serves
(377 distinct cities). The sdist is read without importing it. Province and city names are matched
to ``indexer/data/divisions.tsv`` (the city's unit, or the prefecture holding a county-level city
the list names).

* area_codes.tsv: area code -> the province and, when every city the code serves lies in one
  prefecture, that prefecture (0762 -> 广东省 河源市; 028 -> 四川省, city left open: 成都, 资阳, 眉山).
* postcodes.tsv: the first two digits of a postal code -> the province most of the list's cities
  with those digits are in, and, where a city of another province shares them, a four-digit row
  for that city (7503: 阿拉善盟's 750300 among 宁夏's 75).

Usage::

    python scripts/make_phone_places.py              # pip-downloads the sdist
    python scripts/make_phone_places.py --sdist FILE # uses an sdist already downloaded
"""
from __future__ import annotations

import argparse
import hashlib
import struct
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

PACKAGE = ("phone", "0.4.5")
DATA = Path(__file__).resolve().parents[1] / "indexer" / "data"


def read_records(sdist: Path) -> list[tuple[str, str, str, str]]:
    """(province, city, postal code, area code) of every city in phone.dat."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("phone/phone.dat"))
        buf = tar.extractfile(member).read()
    _, first = struct.unpack("<4si", buf[:8])
    rows = {r.decode("utf-8") for r in buf[8:first].split(b"\x00") if r}
    records = []
    for row in sorted(rows):
        province, city, postcode, area = row.split("|")
        # A malformed area code ('00479' for 锡林郭勒, with 黑龙江's postal code 152500) marks a bad row.
        if postcode.isdigit() and area.isdigit() and len(area) <= 4 and not area.startswith("00"):
            records.append((province, city, postcode.zfill(6), area))
    return records


def divisions() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(province stem or name -> code, (province code, city stem or name) -> prefecture code)."""
    provinces, places = {}, {}
    for line in (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        code, name, stem, _, era = line.split("\t")
        if era != "c":
            continue
        if code.endswith("0000"):
            provinces[stem or name] = provinces[name] = code
            continue
        prefecture = code[:4] + "00" if code[4:] != "00" and code[2:4] not in ("90",) else code
        for word in {name, stem} - {""}:
            places.setdefault((code[:2] + "0000", word), prefecture)
    return provinces, places


def area_code_rows(records, provinces, places) -> list[str]:
    """'area code<TAB>province code<TAB>prefecture code or empty' rows."""
    served: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for province, city, _, area in records:
        pcode = provinces.get(province)
        if pcode:
            served[area].add((pcode, places.get((pcode, city))))
    rows = []
    for area, cities in sorted(served.items()):
        provinces_served = {p for p, _ in cities}
        if len(provinces_served) != 1:
            continue  # a code across provinces tells nothing
        prefectures = {c for _, c in cities}
        city = prefectures.pop() if len(prefectures) == 1 and None not in prefectures else ""
        rows.append(f"{area}\t{provinces_served.pop()}\t{city}")
    return rows


def postcode_rows(records, provinces) -> list[str]:
    """'prefix<TAB>province code' rows: two digits, and four where a city of another province shares them."""
    by_prefix: dict[str, Counter] = defaultdict(Counter)
    cities: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for province, _, postcode, _ in records:
        pcode = provinces.get(province)
        if pcode:
            by_prefix[postcode[:2]][pcode] += 1
            cities[postcode[:2]].append((postcode[:4], pcode))
    rows = []
    for prefix, counts in sorted(by_prefix.items()):
        main = counts.most_common(1)[0][0]
        rows.append(f"{prefix}\t{main}")
        for four in sorted({f for f, p in cities[prefix] if p != main}):
            owners = {p for f, p in cities[prefix] if f == four}
            if len(owners) == 1:
                rows.append(f"{four}\t{owners.pop()}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sdist", type=Path, help="phone-0.4.5.tar.gz already downloaded")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sdist = args.sdist
        if sdist is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                            "-d", tmp, f"{PACKAGE[0]}=={PACKAGE[1]}"], check=True)
            sdist = next(Path(tmp).glob("phone-*.tar.gz"))
        digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
        records = read_records(sdist)
    provinces, places = divisions()
    source = f"{PACKAGE[0]} {PACKAGE[1]} (MIT), phone/phone.dat, sdist sha256 {digest}"
    (DATA / "area_codes.tsv").write_text(
        "# Telephone area codes (区号), generated by scripts/make_phone_places.py from " + source + "\n"
        "# columns: area code, province code, prefecture code (empty when the code serves several)\n"
        + "\n".join(area_code_rows(records, provinces, places)) + "\n", encoding="utf-8")
    (DATA / "postcodes.tsv").write_text(
        "# Postal codes (邮政编码) by prefix, generated by scripts/make_phone_places.py from " + source + "\n"
        "# The first two digits name the province-level area; four-digit rows are cities of another\n"
        "# province sharing them. columns: prefix, province code\n"
        + "\n".join(postcode_rows(records, provinces)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
