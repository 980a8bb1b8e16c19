"""Made-up reports of made-up years for the agency tests: one body under several names, renamed and
merged bodies, bodies that must stay apart, each written as a whole report and indexed for real.

A report here is our own prose (title, lead-in, six parts) around the statistical tables of the
2021 template, taken from the bundled sample 004 (the template's rows, not its text) with the
figures a test wants: ``made_up_report("徐州市卫计委", 2018, carried_forward=2)``. Names are
invented in the form real ones take; no text of the shared corpus is copied.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from indexer.places import load_gazetteer
from search import agency_names as names
from search.agency_names import Change
from tests.stats_corpus import SOURCE, requests_row, set_row

_TABLES_FROM, _TABLES_TO = "二、主动公开政府信息情况", "五、存在的主要问题及改进情况"


def _tables() -> str:
    """Parts 二 to 四 of the sample: the template's tables under their headings."""
    text = SOURCE.read_text(encoding="utf-8")
    return text[text.index(_TABLES_FROM):text.index(_TABLES_TO)]


def made_up_report(agency: str, year: int, new: int = 3, carried_over: int = 0, carried_forward: int = 0,
                   in_force: int = 1, made: int = 0, repealed: int = 0, title: str | None = None) -> str:
    """A whole report of ``agency`` for ``year`` whose tables give these figures (part 三's rows
    balance: every new or carried-over request not carried forward is disclosed)."""
    disclosed = new + carried_over - carried_forward
    tables = _tables()
    for pattern, values in (("本年新收", requests_row(new)), ("上年结转", requests_row(carried_over)),
                            ("予以公开", requests_row(disclosed)), ("不掌握", requests_row(0)),
                            (r"总计\t", requests_row(disclosed)), ("结转下年度", requests_row(carried_forward)),
                            ("行政规范性文件", [made, repealed, in_force])):
        tables = set_row(tables, pattern, values)
    heading = title or f"{agency}{year}年政府信息公开工作年度报告"
    return "\n\n".join([
        heading,
        f"本报告由{agency}依据《中华人民共和国政府信息公开条例》编制，统计期限自{year}年1月1日至{year}年12月31日。",
        "一、总体情况",
        f"{year}年，本机关坚持以公开为常态、不公开为例外，依法做好主动公开和依申请公开工作，"
        f"全年共收到政府信息公开申请{new}件，均在法定期限内答复。",
        tables.strip(),
        _TABLES_TO,
        "本机关政府信息公开工作仍存在公开内容不够全面、解读形式比较单一等问题，下一年将加强培训，完善制度。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]) + "\n"


def write_reports(folder: Path, reports: dict[str, str]) -> Path:
    """Write reports (file name -> text) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# Bodies that must never share an id, in groups: (agency as written, year).
NEVER_MERGED = [
    # a government and its own office
    [("郏县人民政府", 2019), ("郏县人民政府办公室", 2019)],
    [("上海市人民政府", 2020), ("上海市人民政府办公厅", 2020)],
    # a city bureau and a district bureau of the same name
    [("吴忠市民政局", 2021), ("利通区民政局", 2021)],
    [("哈尔滨市人民政府", 2021), ("哈尔滨市道里区人民政府", 2021)],
    [("浙江省民政厅", 2022), ("金华市民政局", 2022), ("海盐县民政局", 2022)],
    # same-named counties in different provinces
    [("北京市朝阳区人民政府", 2021), ("长春市朝阳区人民政府", 2021)],
    [("鞍山市铁东区退役军人事务局", 2025), ("四平市铁东区退役军人事务局", 2025)],
    [("兰州市城关区卫生健康局", 2022), ("拉萨市城关区卫生健康委员会", 2022)],
    [("天津市和平区人民政府", 2019), ("沈阳市和平区人民政府", 2019)],
    # a township or street and the county around it, or a district of the same name
    [("沙坡头区宣和镇人民政府", 2020), ("沙坡头区人民政府", 2020)],
    [("山海关区南关街道办事处", 2024), ("长春市南关区人民政府", 2024)],
    # a zone's 管委会 and the county it sits in; a zone's bureau and the county's
    [("平潭综合实验区", 2017), ("平潭县人民政府", 2011)],
    [("平潭综合实验区地方税务局", 2013), ("平潭县地方税务局", 2013)],
    # the headquarters' own report and the whole system's
    [("海关总署(本级机关)", 2020), ("海关总署", 2020)],
    # one district, two functions
    [("重庆市渝中区民政局", 2023), ("重庆市渝中区市场监督管理局", 2023)],
]


@dataclass(frozen=True)
class RenameExample:
    """Made-up names before and after one row of search/data/agency_renames.tsv."""

    change: Change
    old: str
    old_year: int
    new: str
    new_year: int
    province: str | None = None  # the province of a place row: its old name may be ambiguous alone


def rename_examples() -> list[RenameExample]:
    """One example per row: a function row in 海盐县 (the old function the year before the decision,
    the new one the year after), or as a provincial body for a province's own reform; a place row as
    its government under the old and the new name."""
    out = []
    for change in names.changes():
        if change.what == "function" and change.scope != "national":
            # A province's own reform: its provincial body, in that province
            province = next(u.province for us in load_gazetteer().by_name.values() for u in us
                            if u.code[:2] == change.scope)
            out.append(RenameExample(change, province + change.old, change.year - 1, province + change.new,
                                     change.year + 1, province))
            continue
        if change.what == "function":
            out.append(RenameExample(change, "海盐县" + change.old, change.year - 1, "海盐县" + change.new,
                                     change.year + 1))
            continue
        units = [u for us in load_gazetteer().by_name.values() for u in us if u.code[:2] == change.scope]
        # 城区 and 郊区 are names only after their city: 长治市城区
        parent = next((u.name for u in units if u.code == change.old[:4] + "00"), "")
        written = parent + change.old_name if change.old_name in ("城区", "郊区", "矿区") else change.old_name
        out.append(RenameExample(change, written + "人民政府", change.year - 1, change.new_name + "人民政府",
                                 change.year + 1, units[0].province))
    return out


# One body's reports across a rename and a spelling, and two bodies a reform merged: (file name,
# agency as written, year, figures). 2018 continues 2017 (carried over 1 = carried forward 1);
# 2019 does not (3 carried over, 2 carried forward the year before): the check crosses the rename.
SERIES = [
    ("xz-health-2017.txt", "徐州市卫生和计划生育委员会", 2017, {"new": 4, "carried_forward": 1}),
    ("xz-health-2018.txt", "徐州市卫计委", 2018, {"new": 6, "carried_over": 1, "carried_forward": 2}),
    ("xz-health-2019.txt", "徐州市卫生健康委员会", 2019, {"new": 5, "carried_over": 3}),
    ("xq-civil-2019.txt", "兴庆区民政局", 2019, {"new": 2, "carried_forward": 1, "in_force": 2}),
    ("xq-civil-2020.txt", "银川市兴庆区民政局", 2020, {"new": 1, "carried_over": 1, "made": 1, "in_force": 3}),
    ("xz-aic-2018.txt", "徐州市工商行政管理局", 2018, {"new": 9, "carried_forward": 4}),
    ("xz-market-2019.txt", "徐州市市场监督管理局", 2019, {"new": 7}),
    # a township whose county nothing names, twice: two unidentified bodies, never one
    ("town-2020.txt", "七里坪镇", 2020, {"new": 1}),
    ("town-2021.txt", "七里坪镇", 2021, {"new": 2}),
]


def write_agency_corpus(folder: Path) -> list[Path]:
    """The series above, an example pair for every row of the renames table, and every group of
    bodies that must stay apart, each as a whole report (identical ones are indexed once)."""
    reports = {name: made_up_report(agency, year, **figures) for name, agency, year, figures in SERIES}
    for i, example in enumerate(rename_examples()):
        reports[f"rename-{i:02d}-old.txt"] = made_up_report(example.old, example.old_year)
        reports[f"rename-{i:02d}-new.txt"] = made_up_report(example.new, example.new_year)
    for i, group in enumerate(NEVER_MERGED):
        for j, (agency, year) in enumerate(group):
            reports[f"apart-{i:02d}-{j}.txt"] = made_up_report(agency, year)
    return [write_reports(folder, reports)]
