"""The statistics columns that add up template rows read every row they add, in both templates.

Session 25: 其他处理 (三（六）, in the 2021 template the sum of rows 1–3) was blank for every 2021-template report
and its total 0, because the compact records the statistics pages read (search/figures/digest.py) dropped every
figure whose key ends as an applicant column's does, and 3.其他 (outcome_other_other) ends in _other (其他).
"""
from __future__ import annotations

import csv
import io
import json

import pytest

from search.figures.columns import COLUMNS
from search.figures.digest import report_digest
from search.figures.records import _from_digest, figures_read
from search.vocabulary import APPLICANT_CELLS, OTHER_2021, figure_keys
from tests.conftest import DATA, REAL, written
from tests.indexer.test_real_figures import LEFT
from tests.stats_corpus import derive, requests_row

# Keys only one template's table has: the 2019 template's part 二 columns and its one row of （六）.
_ONLY_2019 = {"outcome_other_total"} | {k for k in figure_keys()
                                        if k.endswith(("_new", "_published", "_items_prev", "_items_change"))
                                        or k in ("regulations_total", "normative_docs_total")}
_ONLY_2021 = set(OTHER_2021) | {k for k in figure_keys() if k.endswith(("_made", "_repealed", "_in_force"))}


def every_figure(leave_out: set[str]) -> dict:
    """Figures of a report whose table gives every key but ``leave_out``, each a different number."""
    figures = {}
    for i, key in enumerate(figure_keys(), start=1):
        if key in leave_out:
            figures[key] = None
        elif key.endswith("_unit"):
            figures[key] = "万元"
        else:
            figures[key] = i
    return figures


@pytest.mark.parametrize("template, leave_out", [("2021", _ONLY_2019), ("2019", _ONLY_2021)])
def test_every_column_reads_what_the_records_keep(template, leave_out):
    # The statistics, trends and checks read each report's compact record, not its whole figures: a column
    # computed from a figure the record leaves out is blank there whatever the table says.
    figures = every_figure(leave_out)
    record = _from_digest(report_digest({"id": "r", "template": template, "sections": [], "figures": figures}))
    for column in COLUMNS:
        assert figures_read(column.key, figures).isdisjoint(APPLICANT_CELLS), column.key
        assert record.values[column.key] == column.value(figures), column.key
        assert column.value(record.figures) == column.value(figures), column.key


def test_only_the_applicant_cells_are_left_out_of_a_record():
    figures = every_figure(set())
    kept = report_digest({"id": "r", "sections": [], "figures": figures})["figures"]
    assert set(figures) - set(kept) == APPLICANT_CELLS
    # The rows whose own keys end as an applicant column's do stay: 3.其他 of （六）, the reviews' 其他结果.
    assert {"outcome_other_other", "reconsideration_other", "litigation_direct_other"} <= set(kept)


OTHER_ROWS = {"不补正": [2, 0, 0, 0, 0, 0, 2], "收费通知": [0, 1, 0, 0, 0, 0, 1], r"^3\. 其他": [3, 0, 0, 0, 1, 0, 4],
              "本年新收": requests_row(8), "总计": requests_row(8)}


@pytest.fixture(scope="module")
def other_app(indexes):
    # A 2021-template report whose （六） rows hold 2, 1 and 4, and the sample it is derived from (all three 0).
    return indexes.app("stats-other-outcomes", written({
        "other.txt": derive(year=2022, agency="甲阳县民政局", rows=OTHER_ROWS), "zero.txt": derive()}))


def test_other_outcomes_of_the_2021_template_are_added_up(other_app):
    client = other_app.test_client()
    data = client.get("/api/stats").get_json()
    values = {row["agency"]: row["values"] for row in data["rows"]}
    assert values["甲阳县民政局"]["outcome_other"] == 7
    assert values["吴忠市民政局"]["outcome_other"] == 0  # read as 0, not unknown
    assert data["totals"]["outcome_other"] == 7 and data["counts"]["outcome_other"] == 2
    page = client.get("/stats?view=requests&by=outcome_other").get_data(as_text=True)
    assert ">7<" in page
    table = list(csv.reader(io.StringIO(client.get("/api/export?what=stats&format=csv").get_data(as_text=True))))
    column = table[0].index("其他处理")
    assert sorted(row[column] for row in table[1:3]) == ["0", "7"] and table[3][column] == "7"  # then 合计


# Read by hand from each report's part-三 table: （六） rows 1–3, their sum (session 25).
OTHER_BY_HAND = {"huaian-city-2024.pdf": (71, 6, 110, 187), "shanghai-general-office-2025.txt": (43, 0, 276, 319),
                 "shuyang-county-2025.txt": (9, 7, 143, 159), "pingtan-zone-2024.txt": (1, 0, 2, 3)}
REAL_GOLD = {json.loads(line)["file"].split("/")[-1]: json.loads(line)
             for line in (DATA / "real_figures.gold.jsonl").read_text(encoding="utf-8").splitlines()}


@pytest.mark.real
@pytest.mark.parametrize("name", sorted(REAL_GOLD))
def test_real_reports_columns_are_what_their_tables_give(name):
    if not REAL.is_dir():
        pytest.skip(f"real corpus not found at {REAL} (it sits beside the clone in CI)")
    from indexer.parser import parse_file, report_to_dict

    gold = REAL_GOLD[name]
    record = _from_digest(report_digest(report_to_dict(parse_file(REAL / name))))
    # Every column the hand-read figures settle (none of its figures in doubt) is what the record gives.
    for column in COLUMNS:
        settled = set(gold["figures"]) - set(gold.get("doubt", [])) - LEFT.get(name, set())
        needed = figures_read(column.key, gold["figures"]) - ({column.key} - set(gold["figures"]))
        if needed <= settled:
            assert record.values[column.key] == column.value(gold["figures"]), column.key
    if name in OTHER_BY_HAND:
        *rows, total = OTHER_BY_HAND[name]
        assert [gold["figures"][k] for k in OTHER_2021] == rows
        assert record.values["outcome_other"] == total
