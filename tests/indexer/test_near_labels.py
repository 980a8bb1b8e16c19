"""Table labels a character or two off the template's are read as the template's own (OCR misreads
them), named in a warning; labels the figure code knows, and labels near no template text, stay."""
import pytest

from indexer.figures import extract_figures
from indexer.model import Table
from indexer.near_labels import nearest
from indexer.normalize import quoted
from tests.indexer.sentences import sentence_problem

SEVEN = ["0"] * 7


@pytest.mark.parametrize("misread, meant", [
    ("二、上年结轉政府信息公开申请数量", "二、上年结转政府信息公开申请数量"),  # one Traditional character
    ("十年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量"),  # 二、上 read as 十
    ("2. 其他法律行政法规茜上公开", "2.其他法律行政法规禁止公开"),
    ("4. 无正当理由大最反复申请", "4.无正当理由大量反复申请"),
    ("(一) 子以公开", "（一）予以公开"),
    ("行政处昼", "行政处罚"),
    ("斌年度止件数", "本年度止件数"),
])
def test_a_misread_label_is_read_as_the_templates(misread, meant):
    assert nearest(misread) == meant


@pytest.mark.parametrize("cell", [
    "一、本年新收政府信息公开申请数量",  # read as it is already
    "1.信访举报投诉类申请",  # its own words name the row
    "2.其他法律行政法规禁止公开",
    "规章", "规重",  # two letters: one misread is half the word, too little to tell
    "[tt 六补",  # nothing near
    "0", "12.5", "无", "",  # values
    "本年制止件数",  # as near 本年制发件数 as 本年废止件数 (and 本年度止件数): never a guess
])
def test_known_labels_values_and_labels_near_nothing_or_several_stay(cell):
    assert nearest(cell) is None


def test_a_table_with_misread_labels_gives_its_figures_and_names_the_labels_in_a_warning():
    table = Table(rows=[
        ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "", "申请人情况", "", "", "", "", "", "总计"],
        ["", "", "自然人", "法人或其他组织", "", "", "", "", ""],
        ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
        ["一、本年新收政府信息公开申请数量", "", "8", "1", "0", "0", "1", "0", "10"],
        ["十年结转政府信息公开申请数量", "", "2", "0", "0", "0", "0", "0", "2"],
        ["三、本年度办理结果", "(一) 子以公开", "5", "1", "0", "0", "0", "0", "6"],
        ["", "(三)不予公开", "3.危及“三安全一稳定”", *SEVEN],
    ])
    result = extract_figures(["三、收到和处理政府信息公开申请情况", table])
    assert (result.figures["requests_new"], result.figures["requests_carried_over"]) == (10, 2)
    assert (result.figures["outcome_disclosed"], result.figures["outcome_disclosed_commercial"]) == (6, 1)
    assert result.figures["outcome_refused_security"] == 0
    [warning] = [w for w in result.warnings if "最接近的模板文字" in w]
    assert "“十年结转政府信息公开申请数量”读作“二、上年结转政府信息公开申请数量”" in warning
    assert "“(一) 子以公开”读作“（一）予以公开”" in warning
    assert sentence_problem(warning) is None


def test_a_label_with_quotes_of_its_own_is_quoted_so_the_warning_stays_one_sentence():
    assert quoted("3.危及“三安全一稳定”") == "“3.危及‘三安全一稳定’”"
    table = Table(rows=[["", "(三)不予公开", "3.危贰“二安定”", "0", "0", "x", "0", "0", "0", "0"]])
    result = extract_figures(["三、收到和处理政府信息公开申请情况", table])
    assert result.warnings and all(sentence_problem(w) is None for w in result.warnings), result.warnings
