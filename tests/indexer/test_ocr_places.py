"""A place name OCR misread by one character in a scanned report's issuer is read as the division
it stands for, with a warning; never when two divisions are as close, never in a typed report."""
import pytest

from indexer.model import Report
from indexer.ocr_places import correct_issuer
from indexer.places import Place
from tests.indexer.sentences import sentence_problem

HUAIAN = Place(level="county", province="江苏省", city="淮安市", county="洪泽区")
SCANNED = {"pages": [1], "confidence": 88.0, "uncertain_figures": []}


def scanned(agency: str, ocr: dict | None = SCANNED) -> Report:
    return Report(source="scan.pdf", kind="pdf", agency=agency, title=f"{agency}2023年政府信息公开工作年度报告",
                  ocr=ocr)


@pytest.mark.parametrize("read, meant", [
    ("潜泽区人民政府", "洪泽区人民政府"),
    ("淮安市洪译区人民政府", "淮安市洪泽区人民政府"),  # after a place the list knows
    ("洪泽匹人民政府", None),  # the last character is the kind of division: never changed
])
def test_a_name_one_character_off_a_division_of_its_city_is_corrected_with_a_warning(read, meant):
    report = scanned(read)
    warning = correct_issuer(report, HUAIAN)
    if meant is None:
        assert warning is None and report.agency == read
        return
    assert report.agency == meant and report.title == f"{meant}2023年政府信息公开工作年度报告"
    assert "只差一个字" in warning and f"“{meant}”" in warning and sentence_problem(warning) is None


def test_two_divisions_as_close_leave_the_name_as_read():
    report = scanned("南城区人民政府")  # 东城区 and 西城区 of 北京市 are both one character off
    assert correct_issuer(report, Place(level="county", province="北京市")) is None
    assert report.agency == "南城区人民政府"


@pytest.mark.parametrize("agency, place, ocr", [
    ("潜泽区人民政府", HUAIAN, None),  # typed: the issuer's own spelling
    ("潜泽区人民政府", Place(level="county"), SCANNED),  # placed nowhere: no division to compare with
    ("洪泽区人民政府", HUAIAN, SCANNED),  # a real division
    ("淮安市经济技术开发区管委会", HUAIAN, SCANNED),  # a zone, not a division
    ("市民政局", HUAIAN, SCANNED),
])
def test_names_that_stay(agency, place, ocr):
    report = scanned(agency, ocr)
    assert correct_issuer(report, place) is None and report.agency == agency
