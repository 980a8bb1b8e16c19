"""/compare beside a report whose text stops early says the later parts were not received, not that the report lacks
them (a new user's session 36: a page cut in part 一 read 本报告没有这一部分 under 二, 三 and 五). Made-up reports."""
from __future__ import annotations

from werkzeug.datastructures import MultiDict

from search import compare_reports
from tests.conftest import made_up_report, written

WHOLE = made_up_report("鹤汀县农机服务中心", 2022, {n: f"第{n}部分的内容，本中心依法办理。" for n in range(1, 7)})
# Cut inside part 一: the text stops mid-sentence, parts 二 to 六 never reached; part 三 is missing from a whole one
CUT = "鹤汀县农垦服务中心2022年政府信息公开工作年度报告\n\n一、总体情况\n2022年，本中心认真贯彻条例，扎实推进主动公开，在抓好"
GAP = made_up_report("鹤汀县农资服务中心", 2022, {n: f"第{n}部分的内容，本中心依法办理。" for n in (1, 2, 4, 5, 6)})


def _texts(idx, agencies: list[str]) -> dict[int, dict[str, object]]:
    hits = {r["agency"]: r["report_id"] for r in _reports(idx)}
    comparison = compare_reports(idx, MultiDict([("id", hits[a]) for a in agencies]))
    return {p.number: {t.report.split()[0]: t for t in p.texts} for p in comparison.parts}


def _reports(idx):
    from search import SearchParams, run_search
    return [{"agency": h.agency, "report_id": h.report_id} for h in run_search(idx, SearchParams(q="", sort="newest")).hits]


def test_parts_after_the_cut_are_said_not_received_and_a_gap_stays_missing(indexes):
    idx = indexes.searcher("compare-cut", written({"whole.txt": WHOLE, "cut.txt": CUT, "gap.txt": GAP}))
    parts = _texts(idx, ["鹤汀县农机服务中心", "鹤汀县农垦服务中心", "鹤汀县农资服务中心"])
    cut = {n: texts["鹤汀县农垦服务中心"] for n, texts in parts.items() if n}
    assert cut[1].present and not cut[1].cut_before
    assert all(not cut[n].present and cut[n].cut_before for n in (2, 3, 5)), cut
    gap = parts[3]["鹤汀县农资服务中心"]
    assert not gap.present and not gap.cut_before  # a whole report without part 三 lacks it
    assert all(not t.cut_before for t in parts[2].values() if t.present)
