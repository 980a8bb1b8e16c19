"""The parser on tests/layouts: report layouts as agencies publish them, against their gold.

Each gold line (tests/layouts/gold.jsonl) says what a careful reader finds in one file: agency as
written in the title, reporting year, level and province of the issuing body, the template parts
whose headings appear, the key figures of the tables (null where the table leaves them blank or
the report has no such table), the balance rule, the template, or the reason a file must be
refused. docs/parsing.md describes the set.

Every field must match. Warnings must read as plain Chinese sentences.
"""
from __future__ import annotations

import re
from functools import cache

import pytest

from indexer.model import Report, UnreadableFile
from indexer.parser import parse_file
from tests.conftest import LAYOUT_GOLD_FILE, LAYOUTS, load_gold
from tests.indexer.sentences import sentence_problem
from tests.indexer.scans import require_tesseract

FIGURES = ["requests_new", "requests_carried_over", "requests_total", "requests_carried_forward",
           "reconsideration_total", "litigation_total"]
BALANCES = {"ok", "mismatch", "incomplete"}
MAX_FOLDER_BYTES = 3 * 2**20


GOLD = load_gold(LAYOUT_GOLD_FILE)
REPORTS = [g for g in GOLD if "error" not in g]
REFUSED = [g for g in GOLD if "error" in g]


@cache
def parsed(name: str) -> Report | UnreadableFile:
    """The parsed report of one layout file (or its refusal), parsed once per test run."""
    try:
        return parse_file(LAYOUTS / name)
    except UnreadableFile as exc:
        return exc


def report_of(gold: dict) -> Report:
    result = parsed(gold["file"])
    if isinstance(result, UnreadableFile):
        if "needs OCR" in str(result):
            require_tesseract()  # a scan: skipped (failed in CI) where Tesseract is missing
        pytest.fail(f"{gold['file']} refused: {result}")
    return result


def balance_of(report: Report) -> str | None:
    """The parser's verdict on 第一项加第二项之和，等于第三项加第四项之和."""
    return report.checks.get("requests_balance", report.figures.get("requests_balance"))


def ids(gold: dict) -> str:
    return gold["file"]


# --- the gold file itself ----------------------------------------------------------------

def test_every_layout_file_has_one_gold_line():
    files = sorted(p.name for p in LAYOUTS.iterdir() if p.is_file() and p.name != "gold.jsonl")
    golds = [g["file"] for g in GOLD]
    assert sorted(golds) == files
    assert len(set(golds)) == len(golds)
    assert len(REPORTS) >= 24


def test_layout_folder_stays_small():
    assert sum(p.stat().st_size for p in LAYOUTS.iterdir()) < MAX_FOLDER_BYTES


@pytest.mark.parametrize("gold", GOLD, ids=ids)
def test_gold_is_consistent(gold):
    """Every record is complete, and its balance follows from its own figures."""
    assert set(gold["figures"]) == set(FIGURES)
    assert gold["requests_balance"] in BALANCES
    assert gold["template"] in {"2019", "2021", "pre2019", None}
    assert gold["level"] in {"central", "province", "city", "county", "township", None}
    assert gold["sections"] == sorted(set(gold["sections"]))
    f = gold["figures"]
    four = [f["requests_new"], f["requests_carried_over"], f["requests_total"], f["requests_carried_forward"]]
    if None in four:
        assert gold["requests_balance"] == "incomplete"
    else:
        holds = four[0] + four[1] == four[2] + four[3]
        assert gold["requests_balance"] == ("ok" if holds else "mismatch")


# --- what the parser must get right today ------------------------------------------------

@pytest.mark.parametrize("field", ["agency", "year", "level", "province"])
@pytest.mark.parametrize("gold", REPORTS, ids=ids)
def test_metadata(gold, field):
    report = report_of(gold)
    got = report.region["province"] if field == "province" else getattr(report, field)
    assert got == gold[field], f"{gold['file']}: {field}"


@pytest.mark.parametrize("gold", REPORTS, ids=ids)
def test_sections(gold):
    report = report_of(gold)
    assert [s.number for s in report.sections if not s.inferred] == gold["sections"]


@pytest.mark.parametrize("gold", REFUSED, ids=ids)
def test_refused_with_reason(gold):
    result = parsed(gold["file"])
    assert isinstance(result, UnreadableFile), f"{gold['file']} was parsed, not refused"
    assert re.search(re.escape(gold["error"]), str(result))


# --- figures, balance and template ----------------------------------------------------------

@pytest.mark.parametrize("key", FIGURES)
@pytest.mark.parametrize("gold", REPORTS, ids=ids)
def test_figure(gold, key):
    report = report_of(gold)
    got = report.figures.get(key)
    assert got == gold["figures"][key], f"{gold['file']}: {key}"


@pytest.mark.parametrize("gold", REPORTS, ids=ids)
def test_balance(gold):
    report = report_of(gold)
    got = balance_of(report)
    assert got == gold["requests_balance"]


@pytest.mark.parametrize("gold", REPORTS, ids=ids)
def test_template(gold):
    report = report_of(gold)
    assert report.template == gold["template"]


# --- warnings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("gold", REPORTS, ids=ids)
def test_warnings_are_plain_sentences(gold):
    for warning in report_of(gold).warnings:
        assert sentence_problem(warning) is None, (warning, sentence_problem(warning))


def test_missing_parts_are_named_in_warnings():
    # No heading 五, only （一）存在的主要问题 / （二）改进措施: part 五 is inferred, and says so.
    zunyi = report_of(next(g for g in REPORTS if g["file"].startswith("zunyi")))
    assert [(s.number, s.inferred) for s in zunyi.sections][3:6] == [(4, False), (5, True), (6, False)]
    assert "第五部分（存在的主要问题及改进情况）没有标题，已根据其中的小标题“（一）存在的主要问题”推定。" in zunyi.warnings
    wuzhen = report_of(next(g for g in REPORTS if g["file"].startswith("wuzhen")))
    assert [(s.number, s.inferred) for s in wuzhen.sections][2:5] == [(3, False), (4, True), (5, False)]
    assert any(w.startswith("第四部分（政府信息公开行政复议、行政诉讼情况）没有标题，已根据") and w.endswith("推定。")
               for w in wuzhen.warnings)
