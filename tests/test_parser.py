"""The parser on the sample reports, against the gold file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.__main__ import main
from indexer.model import Document, Table
from indexer.parser import parse_document, parse_file, report_to_dict
from indexer.sections import classify_heading, split_sections

from .conftest import DATA, REAL, load_gold

GOLD = load_gold()


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: Path(g["file"]).stem)
def test_seed_metadata_and_sections(gold):
    report = parse_file(DATA / "seeds" / Path(gold["file"]).name)
    assert report.agency == gold["agency"]
    assert report.year == gold["year"]
    assert report.level == gold["level"]
    assert report.region["province"] == gold["province"]
    assert [s.number for s in report.sections if not s.inferred] == gold["sections"]


@pytest.mark.parametrize(
    "line, part",
    [
        ("一、总体情况", 1),
        ("总体情况", 1),
        ("## 一、总体情况", 1),
        ("一、 概述", 1),
        ("二、主动公开政府信息情况", 2),
        ("三、收到和处理政府信息公开申请情况", 3),
        ("政府信息公开行政复议、行政诉讼情况", 4),
        ("五、政府信息公开工作存在的主要问题及改进情况", 5),
        ("五、存在的主要问题及整改措施", 5),
        ("六、其他需要报告的事项", 6),
        ("**六、其他需要报告的事项**", 6),
    ],
)
def test_heading_forms(line, part):
    assert classify_heading(line)[0] == part


@pytest.mark.parametrize(
    "line",
    [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果",
        "四、结转下年度继续办理",
        "一是深化信息公开。",
        "主动公开情况",  # a sub-heading of part 1 in seed 003, not part 2
        "2020年，我局认真贯彻落实《条例》，主动公开政府信息。",
    ],
)
def test_not_headings(line):
    assert classify_heading(line) is None


def test_table_row_labels_do_not_split_parts():
    lines = ["某某局2020年政府信息公开工作年度报告", "一、总体情况", "正文。", "三、收到和处理政府信息公开申请情况",
             "一、本年新收政府信息公开申请数量\t1", "二、上年结转政府信息公开申请数量\t0", "三、本年度办理结果",
             "四、结转下年度继续办理\t0", "六、其他需要报告的事项", "无。"]
    preamble, sections = split_sections(lines)
    assert preamble == ["某某局2020年政府信息公开工作年度报告"]
    assert [s.number for s in sections] == [1, 3, 6]
    assert "三、本年度办理结果" in sections[1].text


def test_own_chapter_numbering_that_restarts_is_not_taken_for_parts():
    # A report numbering its own chapters 一…六, then restarting for the template's tables.
    lines = ["一、总体情况", "x", "二、工作机制保障", "x", "三、主动公开工作情况", "x", "五、政府信息管理", "x",
             "六、政府信息公开平台建设", "x", "一、主动公开政府信息情况", "t", "二、收到和处理政府信息公开申请情况", "t",
             "三、政府信息公开行政复议、行政诉讼情况", "t", "五、其他需要报告的事项", "x"]
    _, sections = split_sections(lines)
    assert [(s.number, s.title) for s in sections] == [
        (1, "一、总体情况"), (2, "一、主动公开政府信息情况"), (3, "二、收到和处理政府信息公开申请情况"),
        (4, "三、政府信息公开行政复议、行政诉讼情况"), (6, "五、其他需要报告的事项"),
    ]


def test_title_layouts():
    cases = {
        ("兴庆区民政局", "2019 年政府信息公开工作年度报告"): ("兴庆区民政局", 2019),
        ("2024 年上海市科委政府信息公开工作", "年度报告"): ("上海市科委", 2024),
        ("# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "沐阳县人民政府", "(2026年1月23日)"): ("沐阳县人民政府", 2025),
        ("平潭综合实验区地方税务局2013年信息公开年度报告",): ("平潭综合实验区地方税务局", 2013),
        ("海盐县民政局2020年度政府信息公开工作年度报告",): ("海盐县民政局", 2020),
    }
    for head, (agency, year) in cases.items():
        report = parse_document(Document(list(head) + ["一、总体情况", "正文。"], "txt"), "x.txt")
        assert (report.agency, report.year) == (agency, year), head


def test_preamble_kept_and_sub_headings_anchored():
    report = parse_file(DATA / "seeds" / "000_a24194704c1fd16a.txt")
    assert "本年度报告根据" in report_to_dict(report)["preamble"]
    part1 = report.sections[0]
    assert [h.label for h in part1.subheadings][:2] == ["（一）", "（二）"]
    assert part1.subheadings[0].anchor == "section-1-1"
    assert part1.blocks[part1.subheadings[0].block].startswith("（一）加强组织领导")


def test_crlf_and_bom(tmp_path):
    text = "\ufeff某某县民政局2021年政府信息公开工作年度报告\r\n一、总体情况\r\n我局公开信息。\r\n六、其他需要报告的事项\r\n无。\r\n"
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode("utf-8"))
    report = parse_file(path)
    assert (report.agency, report.year) == ("某某县民政局", 2021)
    assert [s.number for s in report.sections] == [1, 6]
    assert report.sections[0].text == "我局公开信息。"


def test_parse_cli_prints_documented_json(capsys):
    assert main(["parse", str(DATA / "seeds" / "004_6c81e5c04cdd17c4.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("title", "agency", "year", "level", "region", "template", "sections", "figures", "checks", "warnings"):
        assert key in data
    assert data["agency"] == "吴忠市民政局" and data["year"] == 2021
    assert [s["number"] for s in data["sections"]] == [1, 2, 3, 4, 5, 6]
    assert all({"number", "title", "text"} <= set(s) for s in data["sections"])
    assert data["sections"][0]["title"] == "一、总体情况"


def test_parse_cli_reports_unreadable_file(capsys):
    assert main(["parse", str(DATA / "bad" / "empty.txt")]) == 2
    assert "empty" in capsys.readouterr().err


def test_not_a_report_is_refused(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("这是一份会议通知，请各单位按时参加。", encoding="utf-8")
    with pytest.raises(Exception, match="not an annual report"):
        parse_file(path)


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("gold", GOLD, ids=lambda g: Path(g["file"]).stem)
def test_seed_forms_agree_with_the_text(gold, form):
    stem = Path(gold["file"]).stem
    report = parse_file(DATA / form / f"{stem}.{form}")
    assert report.kind == form
    assert (report.agency, report.year, report.level) == (gold["agency"], gold["year"], gold["level"])
    assert [s.number for s in report.sections if not s.inferred] == gold["sections"]


REAL_GOLD_FILE = REAL.parent / "real.gold.jsonl"
REAL_GOLD = [json.loads(line) for line in REAL_GOLD_FILE.read_text(encoding="utf-8").splitlines()] if REAL_GOLD_FILE.exists() else []


@pytest.mark.real
@pytest.mark.parametrize("gold", REAL_GOLD or [pytest.param(None, marks=pytest.mark.skip(reason="../shared/corpus/real is absent"))],
                         ids=lambda g: Path(g["file"]).stem if g else "real")
def test_real_reports_metadata_and_sections(gold, real_corpus):
    report = parse_file(real_corpus / Path(gold["file"]).name)
    assert report.agency == gold["agency"]
    assert report.year == gold["year"]
    assert [s.number for s in report.sections if not s.inferred] == gold["sections"]
