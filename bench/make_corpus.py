"""Make a deterministic synthetic corpus of annual reports by recombining parts of the samples.

    python -m bench.make_corpus N OUT [--seed S] [--check K]

Each report gets an agency built from the official division list (indexer/data/divisions.tsv)
plus a bureau name, a reporting year (2019-2024) and its own scale factor for the figures. Its
preamble and each of its six parts come from a sample that has that part (split with
``parse_file``); paragraphs are swapped between samples and sentences dropped or borrowed, so
document lengths and term co-occurrences vary as in a real crawl instead of repeating five files.
Figures are scaled by one integer per report: every linear identity of the template's tables
(new + carried over = handled + carried forward) still holds, and a count quoted in the text
and in a table changes the same way. Place names, web hosts and years of the sample are
rewritten to the new agency's. Files go to OUT/NNN/NNNNNN.txt (1,000 per folder), with
OUT/.corpus.json describing the run (hidden, so the indexer does not read it).
"""
# Over 350 lines, kept whole: one script that plans, writes and checks a synthetic corpus; its
# vocabulary of agencies and report parts is only its own.
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from indexer.model import Table
from indexer.parser import parse_file
from search.vocabulary import PART_NUMERALS as NUMERALS, SECTION_NAMES

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DIVISIONS = ROOT / "indexer" / "data" / "divisions.tsv"
YEARS = range(2019, 2025)
MUNICIPALITIES = {"11", "12", "31", "50"}

PROVINCE_DEPTS = ["民政厅", "财政厅", "教育厅", "人民政府办公厅", "自然资源厅", "生态环境厅", "交通运输厅",
                  "住房和城乡建设厅", "农业农村厅", "卫生健康委员会", "人力资源和社会保障厅", "司法厅",
                  "水利厅", "审计厅", "市场监督管理局", "统计局", "应急管理厅", "文化和旅游厅"]
BUREAUS = ["民政局", "财政局", "教育局", "人民政府", "人民政府办公室", "公安局", "人力资源和社会保障局",
           "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "水务局",
           "卫生健康委员会", "市场监督管理局", "应急管理局", "审计局", "统计局", "医疗保障局",
           "退役军人事务局", "文化和旅游局", "司法局", "林业和草原局", "发展和改革局", "民政和社会保障局"]
TOWNS = ["城关镇", "新城镇", "太平镇", "永安镇", "和平镇", "新华镇", "东风镇", "红旗镇", "城南镇", "城北镇",
         "河东镇", "河西镇", "龙泉镇", "石桥镇", "金山镇", "白马镇", "青山镇", "长安镇", "大兴镇", "兴隆镇",
         "三河镇", "双河镇", "古城镇", "高桥镇", "马鞍镇", "柳林镇", "杨庄乡", "李家乡", "王集乡", "张湾乡",
         "东城街道", "西城街道", "南关街道", "北关街道", "城东街道", "城西街道", "新华街道", "人民路街道"]
# Level mix of a real crawl: mostly county bureaus, then city, township and province bodies.
LEVEL_WEIGHTS = {"county": 55, "city": 25, "township": 12, "province": 8}
SCALES = [1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20]

_YEAR = re.compile(r"(?<![\d.])(20[0-2]\d)(?![\d.%])")
_COUNT = re.compile(r"(?<![\d.〔\-])(\d{1,6})(\s*)(?=条|件|次|个|场|人次|份|篇|期|项|余)")
_INT_CELL = re.compile(r"^([\s\xa0]*)([+-]?)(\d{1,7})([\s\xa0]*)$")
_HOST = re.compile(r"(?<=www\.)[a-z0-9]+(?=\.gov\.cn)")
_SENTENCE = re.compile(r"[^。；]*[。；]|[^。；]+$")
_HEADING_NUMERAL = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*")
_SUBHEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")


@dataclass(frozen=True)
class Unit:
    """One administrative division from the gazetteer."""

    code: str
    name: str
    stem: str
    host: str

    @property
    def level(self) -> str:
        """province, city or county, from the code."""
        if self.code[2:] == "0000":
            return "province"
        return "city" if self.code[4:] == "00" else "county"


@dataclass(frozen=True)
class Agency:
    """A generated issuing body: its name, level and the place names its text should use."""

    name: str
    level: str
    province: Unit
    city: Unit | None
    county: Unit | None
    town: str | None

    def finest(self) -> Unit:
        """The smallest unit the agency sits in."""
        return self.county or self.city or self.province


def load_units() -> dict[str, Unit]:
    """Current divisions by code."""
    units = {}
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, stem, hosts, era = line.split("\t")
        if era == "c":
            units[code] = Unit(code, name, stem or name, hosts.split(",")[0])
    return units


def make_agency(rng: random.Random, units: dict[str, Unit], by_level: dict[str, list[Unit]],
                name_count: dict[str, int]) -> Agency:
    """A random agency of a random level; county names shared by several places get their city."""
    level = rng.choices(list(LEVEL_WEIGHTS), weights=list(LEVEL_WEIGHTS.values()))[0]
    if level == "province":
        prov = rng.choice(by_level["province"])
        dept = rng.choice(BUREAUS if prov.code[:2] in MUNICIPALITIES else PROVINCE_DEPTS)
        return Agency(prov.name + dept, "province", prov, None, None, None)
    if level == "city":
        city = rng.choice(by_level["city"])
        return Agency(city.name + rng.choice(BUREAUS), "city", units[city.code[:2] + "0000"], city, None, None)
    county = rng.choice(by_level["county"])
    prov = units[county.code[:2] + "0000"]
    city = units.get(county.code[:4] + "00")
    place = county.name
    if name_count[county.name] > 1:
        place = (city or prov).name + county.name  # 鼓楼区 alone names five places
    if level == "county":
        return Agency(place + rng.choice(BUREAUS), "county", prov, city, county, None)
    town = rng.choice(TOWNS)
    tail = "办事处" if town.endswith("街道") else "人民政府"
    return Agency(place + town + tail, "township", prov, city, county, town)


@dataclass
class Donor:
    """A parsed sample and what must be rewritten in its text."""

    name: str
    year: int
    preamble: list[str]
    sections: dict[int, tuple[str, list]]  # number -> (heading without numeral, blocks)
    places: list[tuple[str, str]]  # (text in the sample, which part of the new agency replaces it)


def _block_text(block) -> str:
    return block.to_text() if isinstance(block, Table) else block


def load_donors(units: dict[str, Unit]) -> list[Donor]:
    """The samples split into preamble and parts, with their place names to rewrite."""
    by_name: dict[str, Unit] = {}
    for unit in units.values():
        by_name.setdefault(unit.name, unit)
    donors = []
    for path in sorted(SAMPLES.glob("*.txt")):
        report = parse_file(path)
        if not report.agency or not report.year:
            raise SystemExit(f"{path.name}: the parser finds no agency or year; cannot use it as a donor")
        places = [(report.agency, "agency")]
        town = re.search(r"([\u4e00-\u9fff]{2})(镇|乡|街道)", report.agency)
        if town:
            places.append((town.group(0), "town"))
        for part in ("county", "city", "province"):
            name = (report.region or {}).get(part)
            if name:
                places.append((name, part))
                unit = by_name.get(name)
                if unit and unit.stem != name and len(unit.stem) >= 2:
                    places.append((unit.stem, part + "_stem"))
        preamble = []
        for block in report.preamble:
            text = _block_text(block)
            tail = text.find("年度报告")
            if 0 <= tail < 60:
                text = text[tail + 4 :]  # title (and agency line) are written anew
            elif text == report.agency or len(text) <= 20:
                continue
            if len(text) > 20:
                preamble.append(text)
        sections = {s.number: (_HEADING_NUMERAL.sub("", s.title) or SECTION_NAMES[s.number],
                               [b for b in s.blocks]) for s in report.sections}
        donors.append(Donor(path.name, report.year, preamble, sections, places))
    return donors


def _place_value(agency: Agency, part: str) -> str:
    """The new agency's name for the sample's place ``part`` (falling back to a coarser one)."""
    if part == "agency":
        return agency.name
    if part == "town":
        return agency.town or agency.finest().name
    stem = part.endswith("_stem")
    base = part.removesuffix("_stem")
    order = {"county": [agency.county, agency.city, agency.province],
             "city": [agency.city, agency.province], "province": [agency.province]}[base]
    unit = next(u for u in order if u is not None)
    return unit.stem if stem else unit.name


class Rewriter:
    """Rewrites one sample's text for one new report: places, hosts, years and figures."""

    def __init__(self, donor: Donor, agency: Agency, year: int, scale: int):
        pairs = {old: _place_value(agency, part) for old, part in donor.places}
        self.places = re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)))
        self.pairs = pairs
        self.shift = year - donor.year
        self.scale = scale
        self.host = agency.finest().host

    def prose(self, text: str) -> str:
        """A paragraph: place names, web host, years shifted, counts (N 条/件/次…) scaled."""
        text = self.places.sub(lambda m: self.pairs[m.group(0)], text)
        text = _HOST.sub(self.host, text)
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + self.shift), text)
        return _COUNT.sub(lambda m: f"{int(m.group(1)) * self.scale}{m.group(2)}", text)

    def row(self, text: str) -> str:
        """A tab-separated table row: every whole-number cell scaled, labels rewritten as prose."""
        cells = []
        for cell in text.split("\t"):
            match = _INT_CELL.match(cell)
            if match:
                lead, sign, digits, trail = match.groups()
                cells.append(f"{lead}{sign}{int(digits) * self.scale}{trail}")
            else:
                cells.append(self.places.sub(lambda m: self.pairs[m.group(0)], cell))
        return "\t".join(cells)


def _is_row(text: str) -> bool:
    return "\t" in text


def _vary(rng: random.Random, text: str, borrow: list[str]) -> str:
    """Drop some sentences of a paragraph and borrow one now and then; the first always stays."""
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    if len(sentences) < 3 or _SUBHEADING.match(text) and len(text) < 30:
        return text
    kept = [sentences[0]] + [s for s in sentences[1:] if rng.random() < 0.85]
    if borrow and rng.random() < 0.3:
        extra = [s for s in _SENTENCE.findall(rng.choice(borrow)) if s.strip() and len(s) > 8]
        if extra:
            kept.insert(rng.randint(1, len(kept)), rng.choice(extra))
    return "".join(kept)


def _title_lines(rng: random.Random, agency: str, year: int) -> list[str]:
    style = rng.randrange(4)
    if style == 0:
        return [agency, f"{year} 年政府信息公开工作年度报告"]
    if style == 1:
        return [f"{agency}{year}年政府信息公开工作年度报告"]
    if style == 2:
        return [f"{agency}{year}年度政府信息公开工作年度报告"]
    return [f"{agency} {year} 年政府信息公开工作年度报告"]


def make_report(rng: random.Random, donors: list[Donor], agency: Agency, year: int) -> str:
    """The text of one synthetic report."""
    scale = rng.choice(SCALES)
    rewriters = {d.name: Rewriter(d, agency, year, scale) for d in donors}
    lines = _title_lines(rng, agency.name, year) + [""]
    intro = rng.choice([d for d in donors if d.preamble])
    for text in intro.preamble:
        lines += [rewriters[intro.name].prose(text), ""]
    for number in sorted(SECTION_NAMES):
        having = [d for d in donors if number in d.sections]
        primary = rng.choice(having)
        heading, blocks = primary.sections[number]
        lines += [f"{NUMERALS[number - 1]}、{heading}", ""]
        # Paragraphs of the same part in the other samples, already rewritten for this report.
        pool = [rewriters[d.name].prose(_block_text(b)) for d in having if d is not primary
                for b in d.sections[number][1] if not _is_row(_block_text(b)) and len(_block_text(b)) > 40]
        rewrite = rewriters[primary.name]
        for block in blocks:
            text = _block_text(block)
            if _is_row(text):
                lines += [rewrite.row(row) for row in text.split("\n")]
                continue
            text = rewrite.prose(text)
            if pool and len(text) > 40 and rng.random() < 0.2:
                text = rng.choice(pool)
            lines += [_vary(rng, text, pool), ""]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def plan(n: int, seed: int, units: dict[str, Unit]) -> list[tuple[Agency, int]]:
    """N distinct (agency, year) pairs: each agency reports for one to six years, as in a crawl."""
    rng = random.Random(f"agencies-{seed}")
    by_level: dict[str, list[Unit]] = {"province": [], "city": [], "county": []}
    name_count: dict[str, int] = {}
    for unit in sorted(units.values(), key=lambda u: u.code):
        by_level[unit.level].append(unit)
        name_count[unit.name] = name_count.get(unit.name, 0) + 1
    seen: set[str] = set()
    pairs: list[tuple[Agency, int]] = []
    while len(pairs) < n:
        agency = make_agency(rng, units, by_level, name_count)
        if agency.name in seen:
            continue
        seen.add(agency.name)
        years = sorted(rng.sample(list(YEARS), rng.randint(1, len(YEARS))))
        pairs += [(agency, y) for y in years]
    rng.shuffle(pairs)
    return pairs[:n]


def file_path(out: Path, i: int) -> Path:
    """Where report ``i`` goes: 1,000 files per folder."""
    return out / f"{i // 1000:03d}" / f"{i:06d}.txt"


def check(out: Path, expected: list[tuple[Agency, int]], k: int) -> list[str]:
    """Parse ``k`` evenly spread outputs back; return one line per agency/year mismatch."""
    problems = []
    step = max(1, len(expected) // max(k, 1))
    for i in range(0, len(expected), step)[:k]:
        agency, year = expected[i]
        report = parse_file(file_path(out, i))
        if report.agency != agency.name or report.year != year:
            problems.append(f"{file_path(out, i)}: parsed {report.agency!r} {report.year}, made {agency.name!r} {year}")
        elif len(report.sections) != len(SECTION_NAMES):
            problems.append(f"{file_path(out, i)}: {len(report.sections)} parts parsed back, 6 written")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write the corpus and check a sample of it; exit 1 when a checked file parses wrong."""
    ap = argparse.ArgumentParser(prog="python -m bench.make_corpus", description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of reports")
    ap.add_argument("out", type=Path, help="output folder (created; must be empty or absent)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", type=int, default=50, help="parse this many outputs back (default 50)")
    args = ap.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        ap.error(f"{args.out} is not empty")
    started = time.monotonic()
    units = load_units()
    donors = load_donors(units)
    pairs = plan(args.n, args.seed, units)
    total_bytes = total_chars = 0
    levels: dict[str, int] = {}
    for i, (agency, year) in enumerate(pairs):
        text = make_report(random.Random(f"report-{args.seed}-{i}"), donors, agency, year)
        path = file_path(args.out, i)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total_bytes += len(data)
        total_chars += len(text)
        levels[agency.level] = levels.get(agency.level, 0) + 1
    meta = {"reports": args.n, "seed": args.seed, "bytes": total_bytes, "chars": total_chars,
            "agencies": len({a.name for a, _ in pairs}), "levels": levels,
            "donors": [d.name for d in donors], "seconds": round(time.monotonic() - started, 1)}
    (args.out / ".corpus.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    problems = check(args.out, pairs, args.check)
    print(f"wrote {args.n} reports ({total_bytes / 1e6:.1f} MB, {total_chars / 1e6:.2f} M chars, "
          f"{meta['agencies']} agencies) to {args.out} in {meta['seconds']} s; "
          f"checked {min(args.check, args.n)}: {len(problems)} wrong")
    for line in problems:
        print("  " + line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
