"""A typed report that misspells its own place by one character (made-up fragments: 毫州市 for 亳州市) is
placed at the division it stands for when the evidence leaves one candidate; the agency stays as written."""
import pytest

from indexer.misspelt_places import misspelt_place
from indexer.model import Document
from indexer.parser import parse_document

PROVINCE_NAMED = "按照江苏省人民政府办公厅的部署，全面推进政务公开。"


def mini(agency: str, sentence: str = "", address: str | None = None):
    lines = [f"{agency}2023年政府信息公开工作年度报告", "一、总体情况",
             "2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。"]
    lines += [sentence] if sentence else []
    lines.append("二、主动公开政府信息情况")
    return parse_document(Document(lines, "txt"), "x.txt", address)


@pytest.mark.parametrize("agency, text, address, meant", [
    # a look-alike swap: of the cities one character off 毫州市 (滁州市 …), only 亳州市 is a look-alike's
    ("毫州市人民政府", "", None, "亳州市"),
    ("鄆城县财政局", "", None, "郓城县"),  # a traditional form
    ("满州里市财政局", "", None, "满洲里市"),  # the pattern splits 满州|里市: the words are tried joined
    ("沪州市教育局", "", None, "泸州市"),
    # no look-alike: the text naming the province, or the host, leaves one of 洪泽区 and 洪山区
    ("洪译区人民政府", PROVINCE_NAMED, None, "洪泽区"),
    ("洪译区人民政府", "", "http://www.hongze.gov.cn/zwgk/nb.html", "洪泽区"),
    ("淮安市洪译区人民政府", PROVINCE_NAMED, None, "洪泽区"),  # after a place the list knows
])
def test_a_misspelt_place_is_read_as_the_one_division_the_evidence_leaves(agency, text, address, meant):
    word, read, unit = misspelt_place(agency, text, address)
    assert unit.name == meant and meant in read and word not in read


@pytest.mark.parametrize("agency, text", [
    ("洪译区人民政府", ""),  # 洪泽区 or 洪山区: nothing says which, and 译 is no look-alike of either
    ("桥冬区财政局", "按照河北省人民政府办公厅的部署"),  # three in the province named: never a guess between two
    ("亳州市人民政府", ""),  # a division's own name
    ("中共毫州市委办公室", ""),  # a Party committee's name is no place word
    ("毫州经济开发区管理委员会", ""),  # zones are outside the tiers
    ("人民政府办公室", ""),
])
def test_names_that_stay_open(agency, text):
    assert misspelt_place(agency, text, None) is None


def test_the_report_keeps_its_agency_and_is_placed_with_a_warning():
    report = mini("毫州市教育局")
    assert report.agency == "毫州市教育局"
    assert report.level == "city" and report.region["province"] == "安徽省" and report.region["city"] == "亳州市"
    assert any("毫州市" in w and "亳州市" in w and "名称照原文" in w for w in report.warnings)


def test_the_province_named_in_the_text_places_a_misspelling_no_table_knows():
    report = mini("洪译区人民政府", PROVINCE_NAMED)
    assert report.agency == "洪译区人民政府"
    assert report.level == "county" and report.region["city"] == "淮安市"
    assert mini("洪译区人民政府").region["province"] is None
