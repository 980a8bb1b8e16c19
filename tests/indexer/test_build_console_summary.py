"""The build's console summary lists no fewer lines than it announces without saying how many more there are, and it
says how many reports carry parse warnings (QA 34 #12: 14 unidentified bodies announced, 10 listed; 169 of 173 reports
with 546 warnings, never mentioned)."""
from __future__ import annotations

import contextlib
import io
import json

import indexer.__main__ as cli
from indexer import build_summary
from tests.agency_corpus import made_up_report, write_reports


def test_the_summary_says_how_many_more_and_counts_the_warnings(tmp_path, monkeypatch):
    corpus = write_reports(tmp_path / "c", {
        "town-2020.txt": made_up_report("雾桥坪镇", 2020),  # a made-up township whose county nothing names: unidentified
        "town-2021.txt": made_up_report("雾桥坪镇", 2021),
        "known.txt": made_up_report("吴忠市民政局", 2020),
    })
    monkeypatch.setattr(build_summary, "SHOWN", 1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["build", str(corpus), "--index", str(tmp_path / "index"), "--quiet", "--jobs", "1",
                         "--report", str(tmp_path / "report.json")])
    assert code == 0
    lines = out.getvalue().splitlines()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert len(report["unidentified"]) == 2
    assert "  … and 1 more (还有 1 份)" in lines  # the header says once that --report lists them all (rev33 #11)
    assert sum("--report lists them all" in line for line in lines) == 1
    warned, notes = len(report["warnings"]), sum(len(w) for w in report["warnings"].values())
    assert warned >= 2
    assert f"{warned} of the 3 reports carry parse warnings ({notes} in all; --report lists them, " \
           "and each report's page shows its own under 解析提示)" in lines


def test_a_list_shown_whole_has_no_more_line(tmp_path):
    corpus = write_reports(tmp_path / "c", {"town.txt": made_up_report("雾桥坪镇", 2020)})
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["build", str(corpus), "--index", str(tmp_path / "index"), "--quiet", "--jobs", "1"]) == 0
    assert "more (还有" not in out.getvalue() and "of the 1 reports carry parse warnings" in out.getvalue()
