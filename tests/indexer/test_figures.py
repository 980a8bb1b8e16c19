"""Figures read by row and column labels, template detection, and the template's arithmetic checks."""
# Over 350 lines, kept whole: the figures of the template's three tables and their checks are read
# by one reader; its tests share the fixture tables written out below.
from pathlib import Path

import pytest

from indexer.checks import run_checks
from indexer.figures import extract_figures, figure_keys
from indexer.model import Table
from indexer.readers import read_document
from indexer.template import decide_template

from tests.conftest import DATA, REAL, REAL_GOLD_FILE, SEED_GOLD_FILE, load_gold
from tests.indexer.sentences import sentence_problem

SIX = ["requests_new", "requests_carried_over", "requests_total", "requests_carried_forward",
       "reconsideration_total", "litigation_total"]
ZEROS = "\t0\t0\t0\t0\t0\t0\t0"


def lines(path: Path, keep_blank_cells: bool = False) -> list[str]:
    text = path.read_text(encoding="utf-8-sig").splitlines()
    # The text reader drops whitespace-only lines; a tab-only line is an empty cell, so try both.
    return [line for line in text if (line if keep_blank_cells else line.strip())]


def read(blocks):
    result = extract_figures(blocks)
    return result, run_checks(result.figures, result.template)


# --- hand-made tables -------------------------------------------------------------------------

PART_2_2021 = [
    "二、主动公开政府信息情况",
    "第二十条第（一）项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
    "规章\t0\t0\t2", "行政规范性文件\t3\t1\t12",
    "第二十条第（五）项\t\t\t", "信息内容\t本年处理决定数量\t\t", "行政许可\t1,234\t\t",
    "第二十条第（六）项\t\t\t", "信息内容\t本年处理决定数量\t\t", "行政处罚\t56\t\t", "行政强制\t无\t\t",
    "第二十条第（八）项\t\t\t", "信息内容\t本年收费金额（单位：万元）\t\t", "行政事业性收费\t12.5\t\t",
]
PART_3_2021 = [
    "三、收到和处理政府信息公开申请情况",
    "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计",
    "\t\t自然人\t法人或其他组织\t\t\t\t\t",
    "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
    "一、本年新收政府信息公开申请数量\t\t8\t1\t0\t0\t1\t0\t10\t",
    "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t",
    "三、本年度办理结果\t(一) 予以公开\t5\t1\t0\t0\t0\t0\t6\t",
    "\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t1\t0\t0\t0\t0\t0\t1\t",
    "\t(三) 不予公开\t1. 属于国家秘密" + ZEROS, "\t\t2. 其他法律行政法规禁止公开" + ZEROS,
    "\t\t3. 危及“三安全一稳定”" + ZEROS,
    # a table cut off here ends the 2021 fixture in test_cut_off_table
    "\t\t4. 保护第三方合法权益" + ZEROS, "\t\t5. 属于三类内部事务信息" + ZEROS,
    "\t\t6. 属于四类过程性信息" + ZEROS, "\t\t7. 属于行政执法案卷" + ZEROS, "\t\t8. 属于行政查询事项" + ZEROS,
    "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t2\t0\t0\t0\t1\t0\t3",
    "\t\t2. 没有现成信息需要另行制作" + ZEROS, "\t\t3. 补正后申请内容仍不明确" + ZEROS,
    "\t(五) 不予处理\t1. 信访举报投诉类申请" + ZEROS, "\t\t2. 重复申请" + ZEROS, "\t\t3. 要求提供公开出版物" + ZEROS,
    "\t\t4. 无正当理由大量反复申请" + ZEROS, "\t\t5. 要求行政机关确认或重新出具已获取信息" + ZEROS,
    "\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" + ZEROS,
    "\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" + ZEROS,
    "3. 其他\t\t1\t0\t0\t0\t0\t0\t1\t",
    "(七) 总计\t9\t1\t0\t0\t1\t0\t11\t\t",
    "四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1\t",
]
PART_4 = [
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议\t\t\t\t\t行政诉讼" + "\t" * 9,
    "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
    "\t\t\t\t\t" + "\t".join(["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 2),
    "1\t1\t0\t1\t3\t0\t1\t0\t0\t1\t2\t0\t0\t0\t2",
    "五、存在的主要问题及改进情况",
]


def test_complete_2021_table():
    result, checks = read(PART_2_2021 + PART_3_2021 + PART_4)
    f = result.figures
    assert result.template == "2021"
    assert (f["regulations_made"], f["regulations_repealed"], f["regulations_in_force"]) == (0, 0, 2)
    assert (f["normative_docs_made"], f["normative_docs_repealed"], f["normative_docs_in_force"]) == (3, 1, 12)
    assert f["regulations_new"] is None  # a 2019 column: not in this table
    assert (f["licensing_decisions"], f["punishment_decisions"], f["coercion_decisions"]) == (1234, 56, None)
    assert (f["fees_amount"], f["fees_amount_unit"], f["fees_amount_yuan"]) == (12.5, "万元", 125000.0)
    assert [f[k] for k in SIX] == [10, 2, 11, 1, 3, 3]
    assert [f[f"requests_new_{a}"] for a in ("natural_person", "commercial", "research", "social_org",
                                              "legal_service", "other")] == [8, 1, 0, 0, 1, 0]
    assert (f["outcome_disclosed"], f["outcome_partly_disclosed"], f["outcome_unavailable_not_held"]) == (6, 1, 3)
    assert f["outcome_unavailable_not_held_legal_service"] == 1
    assert (f["outcome_other_other"], f["outcome_other_no_correction"], f["outcome_other_total"]) == (1, 0, None)
    assert f["requests_total_natural_person"] == 9
    assert [f[f"reconsideration_{c}"] for c in ("upheld", "corrected", "other", "pending", "total")] == [1, 1, 0, 1, 3]
    assert (f["litigation_direct_total"], f["litigation_after_reconsideration_total"]) == (1, 2)
    assert checks["requests_balance"] == "ok"
    assert checks["failures"] == []
    # balance per column, row sums (all but the 2019 row （六）其他处理), outcome sums per column, review sums
    assert checks["checked"] == 7 + 25 + 7 + 3
    assert result.warnings == []
    assert set(f) == set(figure_keys())


def test_complete_2019_table_in_markdown_with_label_variants():
    blocks = [
        "## 二、主动公开政府信息情况",
        "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "|---|---|---|---|",
        "| 规章 | 0 | 0 | 0 |", "| 规范性文件 | 2 | 2 | 15 |",
        "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", "|---|---|---|---|",
        "| 行政许可 | 12 | +3 | 40 |", "| 行政处罚 | 5 | -2 | 7 |",
        "| 信息内容 | 采购项目数量 | 采购总金额 |", "| 政府集中采购 | 2 | 18.5万元 |",
        "## 三、收到和处理政府信息公开申请情况",
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益 组织 | 法律服务机构 | 其他 | 总计 |",
        "| 一、本年新收政府信息公开申请数量 | ３ | 0 | 0 | 0 | 0 | 0 | ３ |",  # full-width digits
        "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "| (二) 部分 公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| （三）不 予公开 | 1. 属于国家 秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| （四）无法提供 | 3. 补正后申请内容仍不准确 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "| （七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
        "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ]
    result, checks = read(blocks)
    f = result.figures
    assert result.template == "2019"
    assert (f["normative_docs_new"], f["normative_docs_published"], f["normative_docs_total"]) == (2, 2, 15)
    assert (f["licensing_items_prev"], f["licensing_items_change"], f["licensing_decisions"]) == (12, 3, 40)
    assert f["punishment_items_change"] == -2
    assert (f["procurement_items"], f["procurement_amount"], f["procurement_amount_yuan"]) == (2, 18.5, 185000.0)
    assert (f["requests_new"], f["outcome_disclosed"], f["outcome_partly_disclosed"]) == (3, 1, 0)
    assert (f["outcome_refused_state_secret"], f["outcome_unavailable_unclear"], f["outcome_other_total"]) == (0, 1, 1)
    assert checks["requests_balance"] == "ok" and checks["failures"] == []


def test_header_variants_reports_print_are_matched():
    # '本年度止件数' for 本年废止件数 (a common typo), spaced and full-width header words.
    result, _ = read(["二、主动公开政府信息情况", "信息内容\t本年制发件数\t本年度止件数\t现行 有效件数",
                      "规章\t１\t0\t４", "行政规范性文件\t3\t+1\t12"])
    f = result.figures
    assert result.template == "2021"
    assert (f["regulations_made"], f["regulations_repealed"], f["regulations_in_force"]) == (1, 0, 4)
    assert f["normative_docs_repealed"] == 1


def test_older_statistics_table_gives_no_template_figures_nor_warnings():
    # The 2008-era table ('指标名称 | 单位 | 统计数'), cut in two by a row that reads like a heading.
    result, checks = read(["指标名称\t单位\t统计数", "（一）收到申请数\t件\t87", "（二）申请办结数\t件\t85",
                           "四、因政府信息公开申请行政复议、提起行政诉讼情况\t\t",
                           "（一）行政复议数\t件\t4", "（二）行政诉讼数\t件\t1"])
    assert result.template == "pre2019"
    assert all(v is None for v in result.figures.values())
    assert result.warnings == [] and checks["checked"] == 0


def test_zero_amount_needs_no_unit():
    result, _ = read(["信息内容\t采购项目数量\t采购总金额", "政府集中采购\t0\t0"])
    f = result.figures
    assert (f["procurement_amount"], f["procurement_amount_yuan"]) == (0.0, 0.0)
    assert result.warnings == []


def test_doubtful_cells_are_named_in_chinese_warnings():
    # Each doubt names its row, the cell or numbers concerned, and what was done with them.
    result, _ = read(["二、主动公开政府信息情况", "行政处罚\t5\t0\t3",
                      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t12%\t2", "规章\t5\t0\t2",
                      "行政许可\t1\t2\t3",
                      "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "行政规范性文件\t1\t1\t1",
                      "信息内容\t采购项目数量\t采购总金额", "政府集中采购\t2\t680000",
                      "四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
                      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "1\t0\t0\t0\t1\t0\t0"])
    f = result.figures
    assert (f["regulations_made"], f["regulations_repealed"], f["procurement_amount_yuan"]) == (0, None, None)
    assert f["punishment_decisions"] is None and f["reconsideration_total"] is None
    assert result.template == "2021"
    assert result.warnings == [
        "“行政处罚”一行上方没有表头，未采用。",
        "“规章”一行的单元格“12%”不是数字，该项留空。",
        "“规章”一行出现了两次，同一项分别为 0 和 5，保留第一次的数值。",
        "“规章”一行出现了两次，同一项分别为空白和 0，保留第一次的数值。",
        "模板中“行政许可”一行没有“本年制发件数”这一列，该单元格未采用。",
        "模板中“行政许可”一行没有“本年废止件数”这一列，该单元格未采用。",
        "模板中“行政许可”一行没有“现行有效件数”这一列，该单元格未采用。",
        "“政府集中采购”一行的金额 680000 未注明单位（元或万元），未换算为元。",
        "行政复议、行政诉讼情况表中的一行有 7 个数字，与该表的 5、10 或 15 列都对不上，未采用。",
        "第二部分的表头混用了 2019 版模板和 2021 版模板，按先出现的 2021 版模板认定。",
    ]
    assert all(sentence_problem(w) is None for w in result.warnings)


def test_template_later_than_the_reporting_year_is_named():
    assert decide_template("2021", 2017, [], True) == \
        ("2021", ["统计表采用 2021 版模板，而报告年度 2017 年时该模板尚未发布。"])


def test_mismatching_table_lists_every_failure():
    blocks = ["三、收到和处理政府信息公开申请情况",
              "一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t5",
              "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
              "三、本年度办理结果\t(一) 予以公开\t3\t1\t0\t0\t0\t0\t4",
              "\t(七) 总计\t3\t1\t0\t0\t0\t0\t4",
              "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0"]
    result, checks = read(blocks)
    assert [result.figures[k] for k in SIX[:4]] == [5, 0, 4, 0]
    assert checks["requests_balance"] == "mismatch"
    assert checks["failures"] == [
        {"check": "balance", "row": "一 + 二 = 三（七）总计 + 四", "column": "总计", "expected": 5, "found": 4},
        {"check": "row_sum", "row": "一、本年新收政府信息公开申请数量", "column": "总计", "key": "requests_new",
         "expected": 4, "found": 5},
    ]


def test_blank_none_and_dash_cells_are_none_never_zero():
    blocks = ["一、本年新收政府信息公开申请数量\t无\t无\t无\t无\t无\t无\t无",
              "二、上年结转政府信息公开申请数量\t-\t—\t\t\t\t\t2"]
    result, checks = read(blocks)
    f = result.figures
    assert f["requests_new"] is None and f["requests_new_natural_person"] is None
    assert (f["requests_carried_over"], f["requests_carried_over_natural_person"]) == (2, None)
    assert checks == {"requests_balance": "incomplete", "checked": 0, "failures": []}


def test_cut_off_table():
    cut = PART_3_2021[:PART_3_2021.index("\t\t3. 危及“三安全一稳定”" + ZEROS) + 1]
    result, checks = read(PART_2_2021 + cut)
    f = result.figures
    assert (f["requests_new"], f["requests_carried_over"], f["outcome_refused_security"]) == (10, 2, 0)
    assert f["outcome_refused_third_party"] is None and f["requests_total"] is None
    assert f["requests_carried_forward"] is None and f["reconsideration_total"] is None
    assert checks["requests_balance"] == "incomplete"


def test_labels_detached_from_their_numbers():
    blocks = ["一，本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
              "三，本\t（一）予以公开\t\t\t\t\t\t",  # its numbers are on the next line
              "\t0\t0\t0\t0\t0\t0\t0",
              "年度办 理结果\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t\t1\t0\t0\t0\t0\t0\t1",
              "\t(四) 无 法提供\t1. 本机关不掌握相关 政府信息\t1\t0\t0\t0\t0\t0\t0",
              "三、本年度办理结果\t(三) 不予公开\t1. 属于国家秘密\t\t\t\t\t\t\t",
              "\t2\t0\t0\t0\t0\t0\t2"]
    result, checks = read(blocks)
    f = result.figures
    assert (f["requests_new"], f["outcome_disclosed"], f["outcome_partly_disclosed"]) == (1, 0, 1)
    assert f["outcome_refused_state_secret"] == 2
    assert (f["outcome_unavailable_not_held"], f["outcome_unavailable_not_held_natural_person"]) == (0, 1)
    assert checks["failures"] == [{"check": "row_sum", "row": "（四）无法提供 1.本机关不掌握相关政府信息",
                                   "column": "总计", "key": "outcome_unavailable_not_held", "expected": 1, "found": 0}]


def test_reader_table_with_label_columns_and_an_empty_total():
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    table = Table(rows=[
        [note] * 3 + ["申请人情况"] * 7,
        [note] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计"],
        [note] * 3 + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
        ["一、本年新收政府信息公开申请数量", "", "", "8", "1", "0", "0", "1", "0", "10"],
        ["二、上年结转政府信息公开申请数量"] * 3 + ["", "0", "0", "0", "0", "0", "2"],
        ["三、本年度办理结果", "（一）予以公开", "", "5", "1", "0", "0", "0", "0", "6"],
        ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"],
        ["三、本年度办理结果", "（六）其他处理", "3.其他", "1", "0", "0", "0", "0", "0", ""],
        ["三、本年度办理结果", "（七）总计", "（七）总计", "9", "1", "0", "0", "1", "0", "11"],
        ["四、结转下年度继续办理", "", "", "1", "0", "0", "0", "0", "0", "1"],
    ])
    result, checks = read(["三、收到和处理政府信息公开申请情况", table])
    f = result.figures
    assert [f[k] for k in SIX[:4]] == [10, 2, 11, 1]
    assert (f["requests_new_natural_person"], f["requests_carried_over_natural_person"]) == (8, None)
    assert (f["outcome_disclosed"], f["outcome_refused_state_secret"]) == (6, 0)
    assert (f["outcome_other_other"], f["outcome_other_other_natural_person"]) == (None, 1)
    assert checks["requests_balance"] == "ok"


def test_glued_page_splits_only_where_arithmetic_decides():
    page = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            "行政规范性文件6233440第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费18651.06"
            "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000"
            "三、本年度办 理结果 （一）予以公开710000071（七）总计21710000218四、结转下年度继续办理0000000"
            "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持总计21317000001324019五、存在的主要问题及改进情况无。")
    result, checks = read(["标题: 某地2024年度政府信息公开工作年度报告", page])
    f = result.figures
    assert (f["regulations_made"], f["regulations_repealed"], f["regulations_in_force"]) == (0, 0, 0)
    assert f["normative_docs_made"] is None and f["normative_docs_in_force"] is None
    assert "“行政规范性文件”一行的数字 6233440 连在一起，无法确定唯一的拆分方式，各项数字留空。" in result.warnings
    assert f["fees_amount_yuan"] == 186510600.0
    assert [f[k] for k in SIX[:4]] == [218, 0, 218, 0]
    assert (f["requests_new_natural_person"], f["requests_new_commercial"], f["outcome_disclosed"]) == (217, 1, 71)
    assert (f["reconsideration_total"], f["litigation_direct_total"], f["litigation_total"]) == (7, 0, 19)
    assert checks["requests_balance"] == "ok"


def test_no_tables_and_pre2019_statistics():
    assert extract_figures(["一、总体情况", "本年度未收到申请。"]).template is None
    old = ["2017年度政府信息公开情况统计表", "指标名称\t计量单位\t2017年度\t历年累计", "主动公开文件数\t条\t2122\t10037"]
    assert extract_figures(old).template == "pre2019"


# --- checks on their own ----------------------------------------------------------------------

def test_balance_states():
    base = {"requests_new": 3, "requests_carried_over": 1, "requests_total": 2, "requests_carried_forward": 2}
    assert run_checks(base)["requests_balance"] == "ok"
    assert run_checks({**base, "requests_total": 1})["requests_balance"] == "mismatch"
    assert run_checks({**base, "requests_carried_forward": None})["requests_balance"] == "incomplete"


def test_partial_rows_fail_only_when_known_parts_exceed_the_total():
    row = {"requests_new": 5, "requests_new_natural_person": 3, "requests_new_commercial": None}
    assert run_checks(row)["failures"] == []
    row["requests_new_natural_person"] = 6
    assert run_checks(row)["failures"] == [{"check": "row_sum", "row": "一、本年新收政府信息公开申请数量",
                                            "column": "总计", "key": "requests_new", "expected": 6, "found": 5}]


def test_review_sums():
    figures = {"reconsideration_upheld": 10, "reconsideration_corrected": 1, "reconsideration_other": 0,
               "reconsideration_pending": 0, "reconsideration_total": 0}
    # "key": the total the parts dispute, for the pages that show it (a trend's 行政复议 0).
    assert run_checks(figures)["failures"] == [{"check": "review_sum", "row": "行政复议", "column": "总计",
                                                "key": "reconsideration_total", "expected": 11, "found": 0}]


# --- the seeds and the real corpus ------------------------------------------------------------

SEED_GOLD = load_gold(SEED_GOLD_FILE)


@pytest.mark.parametrize("keep_blank_cells", [False, True], ids=["reader-lines", "all-lines"])
@pytest.mark.parametrize("entry", SEED_GOLD, ids=lambda e: e["file"][6:9])
def test_seed_figures_match_gold(entry, keep_blank_cells):
    result, checks = read(lines(DATA / entry["file"], keep_blank_cells))
    assert {k: result.figures[k] for k in entry["figures"]} == entry["figures"]
    assert checks["requests_balance"] == entry["requests_balance"]
    assert result.template == ("2021" if entry["year"] >= 2021 else "2019")


def test_seed_000_own_row_sum_error_is_reported():
    _, checks = read(lines(DATA / "seeds/000_a24194704c1fd16a.txt"))
    assert checks["failures"] == [{"check": "row_sum", "row": "（四）无法提供 1.本机关不掌握相关政府信息",
                                   "column": "总计", "key": "outcome_unavailable_not_held", "expected": 1, "found": 0}]


def test_seed_001_none_cells_and_003_signs_and_units():
    f = extract_figures(lines(DATA / "seeds/001_8faff2b7f5fbbbed.txt")).figures
    assert (f["licensing_items_prev"], f["licensing_decisions"], f["procurement_items"]) == (None, None, None)
    assert (f["other_services_items_prev"], f["other_services_items_change"]) == (9270, 144)
    f = extract_figures(lines(DATA / "seeds/003_102efd9b51b31bb4.txt")).figures
    assert (f["licensing_items_change"], f["other_services_items_change"], f["punishment_items_change"]) == (-30, 199, -1)
    assert (f["procurement_amount"], f["procurement_amount_unit"], f["procurement_amount_yuan"]) == \
        (12293400.0, "元", 12293400.0)
    assert (f["outcome_other_total"], f["reconsideration_total"], f["litigation_total"]) == (0, 0, 0)


def test_seed_004_2021_part_two():
    f = extract_figures(lines(DATA / "seeds/004_6c81e5c04cdd17c4.txt")).figures
    assert (f["regulations_made"], f["regulations_repealed"], f["normative_docs_in_force"]) == (0, 0, 1)
    assert (f["licensing_decisions"], f["fees_amount_yuan"]) == (34, 0.0)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("entry", SEED_GOLD, ids=lambda e: e["file"][6:9])
def test_docx_and_pdf_give_the_seed_figures(entry, kind):
    text = extract_figures(lines(DATA / entry["file"]))
    stem = Path(entry["file"]).stem
    other = extract_figures(read_document(DATA / kind / f"{stem}.{kind}").blocks)
    assert other.figures == text.figures
    assert other.template == text.template


# The 2013 report has no statistics table at all; the 2011 and 2017 ones have the older kind.
REAL_TEMPLATES = {"real/pingtan-county-2011.txt": "pre2019", "real/pingtan-local-tax-2013.txt": None,
                  "real/pingtan-zone-2017.txt": "pre2019"}


def _real_entries():
    return load_gold(REAL_GOLD_FILE)


@pytest.mark.real
@pytest.mark.parametrize("entry", _real_entries() or [None], ids=lambda e: e["file"][5:] if e else "absent")
def test_real_figures_match_gold(entry):
    if entry is None or not REAL.is_dir():
        pytest.skip(f"{REAL} is absent: the real-report corpus lives outside the project")
    path = REAL.parent / entry["file"]
    blocks = lines(path) if path.suffix == ".txt" else read_document(path).blocks
    result, checks = read(blocks)
    figures = entry.get("figures") or {}
    assert {k: result.figures[k] for k in figures} == figures
    if "requests_balance" in entry:
        assert checks["requests_balance"] == entry["requests_balance"]
    assert result.template == REAL_TEMPLATES.get(entry["file"], "2021")


@pytest.mark.real
def test_real_unreadable_cells_are_none_with_a_warning():
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is absent: the real-report corpus lives outside the project")
    result = extract_figures(lines(REAL / "shanghai-general-office-2025.txt"))
    assert result.figures["regulations_made"] is None  # '| 规章 | 22 | 235 |': a column lost
    assert "“规章”一行有 2 个单元格，表头却有 3 列，各项数字留空。" in result.warnings
    result = extract_figures(lines(REAL / "shanghai-science-commission-2024.txt"))
    assert result.figures["requests_carried_forward"] is None  # its 总计 cell is empty
    assert result.figures["requests_carried_forward_natural_person"] == 1
