"""The part-三 table as crawled pages flatten it (round 21): cells closed by pipes one per line, rows
short of cells, a row cut by the end of the text, glued digits whose split is ambiguous, traditional
labels. Every fragment here is made up, in the shapes the pages show."""
import pytest

from indexer.cells import glued_total
from indexer.figures import extract_figures
from indexer.tables import recover_tables
from indexer.model import Table

from tests.indexer.sentences import sentence_problem

HEADER = ["三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |",
          "申请人情况 |", "自然人 |", "法人或其他组织 |", "总计 |", "商业企业 |", "科研机构 |", "社会公益组织 |",
          "法律服务机构 |", "其他 |"]
NEW = "一、本年新收政府信息公开申请数量 |"
CARRIED = "二、上年结转政府信息公开申请数量 |"
RESULTS = ["三、本年度办理结果 |", "(一)予以公开 |"]


def closed(*cells: str) -> list[str]:
    """Cells one per line, each closed by a pipe ('5 |'); '' is a blank cell (' |')."""
    return [f"{cell} |" if cell else " |" for cell in cells]


def figures(lines: list[str]):
    result = extract_figures(lines)
    for warning in result.warnings:
        assert sentence_problem(warning) is None, warning
    return result


def test_cells_closed_by_pipes_one_per_line_are_rows():
    lines = HEADER + [NEW] + closed("5", "2", "0", "0", "0", "0", "7") + [CARRIED] + closed(*"0000000")
    lines += RESULTS + closed("5", "2", "0", "0", "0", "0", "7")
    result = figures(lines)
    assert result.figures["requests_new"] == 7
    assert result.figures["requests_new_natural_person"] == 5
    assert result.figures["requests_new_commercial"] == 2
    assert result.figures["requests_carried_over"] == 0


def test_pipe_runs_pad_rows_and_lone_pipes_are_blank_cells():
    # '||||' after a row holds no cell; a lone '|' between cells is a blank one: six blanks, then 总计.
    lines = HEADER[:2] + ["||||||||"] + HEADER[2:] + ["|||||"]
    lines += [NEW] + ["|"] * 6 + ["4 |", "||"] + [CARRIED] + ["|"] * 6 + ["0 |", "||"]
    result = figures(lines)
    assert result.figures["requests_new"] == 4
    assert result.figures["requests_new_natural_person"] is None
    assert result.figures["requests_carried_over"] == 0


def test_a_lone_pipe_after_every_cell_closes_it():
    cells = ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
             "其他", "一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "2", "3",
             "二、上年结转政府信息公开申请数量", "0", "", "0", "0", "0", "0", "0"]
    lines = ["三、收到和处理政府信息公开申请情况"]
    for cell in cells:
        lines += [cell, "|"] if cell else ["|"]
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    result = figures(lines)
    assert result.figures["requests_new"] == 3
    assert result.figures["requests_new_other"] == 2
    assert result.figures["requests_carried_over"] == 0
    assert result.figures["requests_carried_over_commercial"] is None  # the doubled lone pipe: a blank cell


def test_short_rows_give_their_total_only_when_it_is_the_sum_of_the_rest():
    lines = HEADER + [NEW] + closed("3", "3") + ["|||||||"] + [CARRIED] + closed("2", "3") + ["|||||||"]
    lines += RESULTS + closed("5") + ["||||||"]
    result = figures(lines)
    assert result.figures["requests_new"] == 3  # 3 | 3: the last is the sum of the others
    assert result.figures["requests_new_natural_person"] is None  # which column the first 3 is, nobody knows
    assert result.figures["requests_carried_over"] is None  # 2 | 3: no reading
    assert any("只有 2 个数字" in w and "取作总计" in w for w in result.warnings)
    assert any("上年结转" in w and "留空" in w for w in result.warnings)


def test_a_lone_zero_is_a_total_of_zero_but_a_lone_figure_is_not_read():
    lines = HEADER + [NEW] + ["|"] + closed("0") + ["|||||||"] + [CARRIED] + closed("5") + ["|||||||"]
    lines += RESULTS + closed("1")
    result = figures(lines)
    assert result.figures["requests_new"] == 0
    assert result.figures["requests_carried_over"] is None  # 5: 自然人 with a blank 总计, or 总计 alone?


@pytest.mark.parametrize("tail", [["0 |", "0"], ["0 |", "0 |"], ["|", "0 |"]])
def test_a_row_the_text_stops_in_gives_no_total(tail):
    # A page cut at its store's limit inside row 一: the cells shown are not the row's cells.
    lines = HEADER + [CARRIED] + closed(*"0000000") + [NEW] + tail
    result = figures(lines)
    assert result.figures["requests_new"] is None
    assert result.figures["requests_carried_over"] == 0


def test_a_whole_row_the_text_stops_after_is_still_read():
    lines = HEADER + [NEW] + closed("2", "0", "0", "0", "0", "0", "2")
    assert figures(lines).figures["requests_new"] == 2


def test_lines_ending_in_a_pipe_around_prose_stay_text():
    lines = ["字号：大 中 小 |", "打印 |", "某某乡2020年政府信息公开工作年度报告", "一、总体情况",
             "本年度共公开信息12条，收到申请0件。", "分享到： |"]
    assert recover_tables(lines) == lines


@pytest.mark.parametrize("digits, total", [
    ("110000011", 11),  # 11|0|0|0|0|0|11 and 1|10|0|0|0|0|11: both 11
    ("1210000022", 22),  # 12|10|0|0|0|0|22 and 1|21|0|0|0|0|22
    ("21710000218", 218),  # one split only
    ("10100002", None),  # no split ends in the sum of the six before it
    ("00000000", None),  # eight zeros are not seven cells ('00' is never a number)
    ("12", None),
])
def test_glued_total(digits, total):
    assert glued_total(digits, 6) == total


def test_a_glued_row_whose_splits_agree_on_the_total_gives_the_total_only():
    text = ("某某镇2020年政府信息公开工作年度报告 三、收到和处理政府信息公开申请情况 "
            "一、本年新收政府信息公开申请数量110000011二、上年结转政府信息公开申请数量0000000三、本年度办理结果")
    result = figures([text])
    assert result.figures["requests_new"] == 11
    assert result.figures["requests_new_natural_person"] is None
    assert result.figures["requests_carried_over"] == 0
    assert any("每种拆分的总计都是 11" in w for w in result.warnings)


def test_traditional_labels_and_glosses_name_their_rows():
    lines = ["三、收到和處理政府信息公開申請情況",
             "一、本年新收政府信息公開申請數量\t4\t1\t0\t0\t0\t0\t5",
             "二、上年結轉政府信息公開申請(qǐng)數量\t1\t0\t0\t0\t0\t0\t1",
             "三、本年度辦理結果\t（一）予以公開\t4\t1\t0\t0\t0\t0\t5"]
    result = figures(lines)
    assert result.figures["requests_new"] == 5
    assert result.figures["requests_carried_over"] == 1
    assert not any("相差一两个字" in w for w in result.warnings)  # a script is no misreading


def test_pipe_closed_cells_become_one_table():
    out = recover_tables(HEADER + [NEW] + closed(*"1000001"))
    tables = [b for b in out if isinstance(b, Table)]
    assert len(tables) == 1
    assert ["一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"] in tables[0].rows


TOTAL_FIRST = ["三、收到和处理政府信息公开申请情况", "申请人情况\t总计\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]


def test_a_header_with_the_total_first_is_read_in_its_order_when_the_sums_say_so():
    lines = TOTAL_FIRST + ["一、本年新收政府信息公开申请数量\t16\t12\t3\t0\t0\t1\t0",
                           "二、上年结转政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3",
                           "三、本年度办理结果\t（一）予以公开\t9\t5\t2\t0\t0\t0\t0"]
    result = figures(lines)
    assert result.figures["requests_new"] == 16  # read in the template's order, 总计 would be 0
    assert result.figures["requests_new_natural_person"] == 12
    assert result.figures["requests_new_other"] == 0
    # 3 | 0 … 0 | 3 adds up in both orders: 总计 3, the applicants unknown (自然人 3, or 其他 3?)
    assert result.figures["requests_carried_over"] == 3
    assert result.figures["requests_carried_over_natural_person"] is None
    assert any("按哪种次序都不合计" in w for w in result.warnings)  # 9 ≠ 5+2, 0 ≠ 9+5+2


def test_a_total_first_header_over_rows_that_cannot_be_checked_gives_nothing():
    lines = TOTAL_FIRST + ["一、本年新收政府信息公开申请数量\t16\t12\t\t\t\t\t4"]
    result = figures(lines)
    assert result.figures["requests_new"] is None
    assert any("无法用合计核对" in w for w in result.warnings)


def test_the_template_header_keeps_the_template_order():
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况\t自然人\t法人或其他组织\t总计",
             "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
             "一、本年新收政府信息公开申请数量\t16\t12\t3\t0\t0\t1\t32"]
    assert figures(lines).figures["requests_new"] == 32


def test_a_part_heading_closed_by_a_lone_pipe_stays_a_heading():
    lines = ["二、主动公开政府信息情况", "|", "第二十条第(一)项 |", "|||", "信息内容 |", "本年制发件数 |", "本年废止件数 |",
             "现行有效件数 |", "规章 |", "0 |", "0 |", "0 |", "三、收到和处理政府信息公开申请情况", "|",
             "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |"]
    out = recover_tables(lines)
    assert "二、主动公开政府信息情况" in out and "三、收到和处理政府信息公开申请情况" in out
    assert figures(lines).figures["regulations_made"] == 0
