"""Table recovery from the text forms real reports come in, and the glued-digit splitter."""
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer import tokens as tokens_module
from indexer.figures import extract_figures, figure_keys
from indexer.model import Table
from indexer.tables import is_part_heading, normalise_cell, recover_tables, split_glued_row

from tests.conftest import DATA, REAL

SEEDS = DATA / "seeds"
TOP_LABELS = ("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "结转下年度继续办理")


def lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def tables(blocks) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def test_tab_rows_become_one_table_and_prose_stays():
    blocks = ["二、主动公开政府信息情况", "第二十条第（一）项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
              "规章\t0\t0\t0", "行政规范性文件\t0\t0\t1", "三、收到和处理政府信息公开申请情况", "本年度我局共收到申请1件。"]
    out = recover_tables(blocks)
    assert out[0] == "二、主动公开政府信息情况"
    assert out[1].rows == [["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                           ["规章", "0", "0", "0"], ["行政规范性文件", "0", "0", "1"]]
    assert out[2:] == ["三、收到和处理政府信息公开申请情况", "本年度我局共收到申请1件。"]


def test_one_cell_per_line_rows_are_rebuilt_from_labels():
    blocks = ["\t第二十条第（一）项", "\t信息内容", "\t本年新", "制作数量", "\t本年新", "公开数量", "\t对外公开总数量",
              "\t规章", "\t0", "\t0", "\t0", "\t规范性文件", "\t4", "\t4", "\t13",
              "三、收到和处理政府信息公开申请情况",
              "\t三、本年度办理结果", "\t（一）予以公开", "\t0\xa0", "\t0", "\t0", "\t0", "\t0", "\t0", "\t\xa0 0",
              "\t（三）不予公开", "\t1.属于国家秘密", "\t1", "\t0", "\t0", "\t0", "\t0", "\t0", "\t1"]
    out = recover_tables(blocks)
    assert out[0].rows == [["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                           ["规章", "0", "0", "0"], ["规范性文件", "4", "4", "13"]]
    assert out[1] == "三、收到和处理政府信息公开申请情况"
    assert out[2].rows == [["三、本年度办理结果", "（一）予以公开"] + ["0"] * 7,
                           ["（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"]]


def test_one_cell_per_line_without_tabs():
    blocks = ["二、主动公开政府信息情况", "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
              "行政许可", "88", "-30", "58", "其他对外管理服务事项", "115", "+199", "43051", "注", "三、收到和处理政府信息公开申请情况"]
    out = recover_tables(blocks)
    assert out[2:] == ["注", "三、收到和处理政府信息公开申请情况"]  # a short stray line ends the table
    assert out[1].rows == [["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                           ["行政许可", "88", "-30", "58"], ["其他对外管理服务事项", "115", "+199", "43051"]]
    assert out[0] == "二、主动公开政府信息情况"


def test_markdown_fragments_and_promoted_row_labels_join_one_table():
    blocks = ["## 三、收到和处理政府信息公开申请情况",
              "### 一、本年新收政府信息公开申请数量",
              "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |", "|---|---|---|---|---|---|---|---|",
              "| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |",
              "### 二、上年结转政府信息公开申请数量",
              "| 上年结转政府信息公开申请数量 | - | — | 0 | 0 | 0 | 0 | 36 |",
              "— 5 —",
              "### 三、本年度办理结果",
              "| 四、结转下年度继续办理 | 31 | 0 | 0 | 0 | 0 | 0 |  |",
              "## 四、政府信息公开行政复议、行政诉讼情况"]
    out = recover_tables(blocks)
    assert out[0] == "## 三、收到和处理政府信息公开申请情况"
    assert out[2] == "## 四、政府信息公开行政复议、行政诉讼情况"
    assert out[1].rows == [
        ["一、本年新收政府信息公开申请数量"],
        ["类别", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"],
        ["本年新收政府信息公开申请数量", "705", "3", "0", "0", "5", "0", "713"],
        ["二、上年结转政府信息公开申请数量"],
        ["上年结转政府信息公开申请数量", "", "", "0", "0", "0", "0", "36"],
        ["三、本年度办理结果"],  # the page number between them kept the table whole and is no row of it
        ["四、结转下年度继续办理", "31", "0", "0", "0", "0", "0", ""],
    ]


def test_flattened_pipe_rows():
    out = recover_tables(["规章 | 0 | 0 | 0", "行政规范性文件 | 6 | 1 | 32"])
    assert out == [Table(rows=[["规章", "0", "0", "0"], ["行政规范性文件", "6", "1", "32"]])]


def test_glued_crawled_page_is_split_at_labels():
    page = ("一、总体情况 本年度工作有序推进。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数"
            "现行有效件数规章000行政规范性文件6233440第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费18651.06"
            "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益 组织 法律服务 机构 其他"
            "一、本年新收政府信息公开申请数量21710000218（三）不予公开1.属于国家秘密40000042.其他法律行政法规禁止公开0000000"
            "四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持总计21317000001324019"
            "五、存在的主要问题及改进情况2024年，仍有不足。")
    out = recover_tables([page])
    assert out[0] == "一、总体情况 本年度工作有序推进。"
    assert out[1] == "二、主动公开政府信息情况"
    assert out[2].rows == [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                           ["规章", "000"], ["行政规范性文件", "6233440"], ["第二十条第（八）项"],
                           ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "18651.06"]]
    assert out[3] == "三、收到和处理政府信息公开申请情况"
    assert out[4].rows[0] == ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益 组织",
                              "法律服务 机构", "其他"]
    assert out[4].rows[1:] == [["一、本年新收政府信息公开申请数量", "21710000218"],
                               ["（三）不予公开", "1.属于国家秘密", "4000004"],
                               ["2.其他法律行政法规禁止公开", "0000000"], ["四、结转下年度继续办理", "0000000"]]
    assert out[5] == "四、政府信息公开行政复议、行政诉讼情况"
    assert out[6].rows == [["行政复议", "行政诉讼", "结果维持", "总计"], ["21317000001324019"]]
    assert out[7] == "五、存在的主要问题及改进情况2024年，仍有不足。"


def test_sentence_naming_a_row_is_not_a_table():
    line = "全年本年新收政府信息公开申请数量5件，上年结转政府信息公开申请数量0件，均已按期答复，没有出现超期情况，群众满意。" * 2
    assert recover_tables([line]) == [line]


def test_reader_tables_are_normalised_not_merged():
    reader = Table(rows=[[" 一、本年新收政府信息公开申请数量 ", "**5**", "-", "—", "0", "0", "0", "5"]])
    out = recover_tables(["规章\t0\t0\t0", reader, "四、结转下年度继续办理"])
    assert out[0] == Table(rows=[["规章", "0", "0", "0"]])
    assert out[1] == Table(rows=[["一、本年新收政府信息公开申请数量", "5", "", "", "0", "0", "0", "5"]])
    assert out[2] == "四、结转下年度继续办理"


def test_indented_heading_with_a_tab_stays_text():
    assert recover_tables(["\t六、其他需要报告的事项", "无。"]) == ["\t六、其他需要报告的事项", "无。"]


def test_normalise_cell_and_headings():
    assert normalise_cell("\xa0 0 ") == "0"
    assert normalise_cell("—") == "" and normalise_cell("**12**") == "12"
    assert is_part_heading("四、政府信息公开行政复议、行政诉讼情况")
    assert is_part_heading("政府信息公开行政复议、行政诉讼情况")  # seed 003: no numeral
    assert not is_part_heading("## 表二：主动公开政府信息情况")
    assert not is_part_heading("一、本年新收政府信息公开申请数量")


@pytest.mark.parametrize("digits, n, sums, expected", [
    ("21710000218", 7, [(range(6), 6)], [217, 1, 0, 0, 0, 0, 218]),
    ("0000000", 7, [(range(6), 6)], [0] * 7),
    ("710000071", 7, [(range(6), 6)], [71, 0, 0, 0, 0, 0, 71]),
    ("21317000001324019", 15, [(range(5 * g, 5 * g + 4), 5 * g + 4) for g in range(3)],
     [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]),
    ("000", 3, [], [0, 0, 0]),
    ("0101", 2, [], [0, 101]),  # '01' is never a number
    ("6233440", 3, [], None),  # no arithmetic to tell 62|334|40 from 6|233|440
    ("11011", 3, [([0, 1], 2)], None),  # 1+10=11 and 11+0=11: ambiguous
    ("1234", 7, [(range(6), 6)], None),  # too few digits
    ("12a4", 2, [], None),
])
def test_split_glued_row(digits, n, sums, expected):
    assert split_glued_row(digits, n, sums) == expected


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_row_labels_end_up_inside_tables(path):
    out = recover_tables(lines(path))
    loose = [b for b in out if isinstance(b, str) and any(label in b for label in TOP_LABELS) and "。" not in b]
    assert loose == []
    assert any(any("本年新收" in cell for row in t.rows for cell in row) for t in tables(out))
    assert recover_tables(out) == out  # idempotent


@pytest.mark.parametrize("window", range(2, 12))
def test_one_cell_per_line_tables_do_not_depend_on_the_reading_window(window, monkeypatch):
    # Long runs of bare cells are tokenised in growing windows (linear time); a label wrapped over
    # a window's edge ('本年新' / '制作数量') must read as if the run were read whole. Seed 003 with
    # its tabs stripped is such a run: one cell per line, wrapped labels.
    text = [line.strip() for line in lines(SEEDS / "003_102efd9b51b31bb4.txt")]
    whole = recover_tables(text)
    monkeypatch.setattr(tokens_module, "_WINDOW", window)
    assert recover_tables(text) == whole


def test_seed_003_keeps_its_unnumbered_part_heading():
    out = recover_tables(lines(SEEDS / "003_102efd9b51b31bb4.txt"))
    assert "政府信息公开行政复议、行政诉讼情况" in out


@pytest.mark.real
@pytest.mark.parametrize("name", ["shuyang-county-2025.txt", "shanghai-science-commission-2024.txt",
                                  "shanghai-general-office-2025.txt", "pingtan-zone-2024.txt"])
def test_real_row_labels_end_up_inside_tables(name):
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is absent: the real-report corpus lives outside the project")
    out = recover_tables(lines(REAL / name))
    loose = [b for b in out if isinstance(b, str) and any(label in b for label in TOP_LABELS) and "。" not in b]
    assert loose == []
    assert recover_tables(out) == out


# Lines and tables made of the pieces real tables are made of, joined the ways extraction joins them.
CELLS = st.sampled_from(["一、本年新收政府信息公开申请数量", "（七）总计", "3.其他", "信息内容", "本年制发件数", "规章",
                         "行政许可", "第二十条第（一）项", "行政复议", "结果维持", "总计", "自然人", "无", "-", "", "0",
                         "12", "+3", "-1", "21710000218", "18651.06", "（三）不予公开", "1.属于国家秘密", "|---|",
                         "四、结转下年度继续办理", "三、收到和处理政府信息公开申请情况", "本年收费金额（单位：万元）",
                         "12万元", "— 4 —", "本年度我局未收到申请。"])
ROW = st.lists(CELLS, min_size=1, max_size=12)
BLOCK = st.one_of(ROW.map("\t".join), ROW.map(lambda r: "| " + " | ".join(r) + " |"), ROW.map("".join),
                  CELLS.map(lambda c: "\t" + c), CELLS, st.lists(ROW, max_size=5).map(lambda rows: Table(rows=rows)))


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BLOCK, max_size=25))
def test_recovery_is_idempotent_and_figures_never_raise(blocks):
    once = recover_tables(blocks)
    assert recover_tables(once) == once
    assert all(isinstance(c, str) for t in tables(once) for row in t.rows for c in row)
    result = extract_figures(blocks)
    assert list(result.figures) == figure_keys()
    assert all(v is None or isinstance(v, (int, float, str)) for v in result.figures.values())
    assert result.template in (None, "2019", "2021", "pre2019")


def brute_force_splits(digits: str, n: int, sums) -> list[list[int]]:
    """Every split of digits into n numbers (no leading zeros) obeying sums: the definition."""
    out = []
    for cuts in combinations(range(1, len(digits)), n - 1):
        bounds = [0, *cuts, len(digits)]
        pieces = [digits[bounds[i]:bounds[i + 1]] for i in range(n)]
        if any(len(p) > 1 and p[0] == "0" for p in pieces):
            continue
        values = [int(p) for p in pieces]
        if all(sum(values[i] for i in idx) == values[total] for idx, total in sums):
            out.append(values)
    return out


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 120), min_size=6, max_size=6), st.booleans(), st.integers(0, 3))
def test_split_glued_row_matches_brute_force(parts, balanced, slip):
    # Rows as crawled pages glue them: six applicant cells and their total (or a total off by slip).
    row = parts + [sum(parts) + (0 if balanced else slip)]
    digits = "".join(map(str, row))
    sums = [(range(6), 6)]
    solutions = brute_force_splits(digits, 7, sums)
    assert split_glued_row(digits, 7, sums) == (solutions[0] if len(solutions) == 1 else None)


def test_split_glued_row_gives_up_on_long_rows_quickly():
    # 60 digits into 15 cells has astronomically many splits to try; the search is memoised and
    # bounded, so it answers (None: nothing certain) instead of running for hours.
    sums = [(range(5 * g, 5 * g + 4), 5 * g + 4) for g in range(3)]
    assert split_glued_row("1" * 60, 15, sums) is None
    assert split_glued_row("21317000001324019", 15, sums) == [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]
