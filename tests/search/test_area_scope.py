"""Whose count a sentence of the prose gives (review 36 #2, #3, #9): an area's total is its government's own figure
(the government's table counts the whole area too) and only a department's report keeps it apart; the area's subject
goes on into the sentences that open with a connective (因, 其中, 此外 …) or a count's verb; and last year's
carry-over (上年度结转下年度办理的…) is no count of this year's. The bodies and texts are made up for these tests."""
from __future__ import annotations

import pytest

from search.figures.claims import read_claims
from search.figures.text_figures import area_figures, figures_from_text


def _report(text: str, agency: str | None = None, level: str | None = None, section: int = 3) -> dict:
    report = {"sections": [{"number": section, "blocks": [{"type": "p", "text": text}]}]}
    if agency:
        report.update(agency=agency, agency_id=f"unresolved:{agency}#")
    if level:
        report["level"] = level
    return report


def _counted(report: dict, key: str):
    claims = read_claims(report)
    return figures_from_text({key: None}, claims).get(key), area_figures({key: None}, claims).get(key)


@pytest.mark.parametrize("agency,level", [
    ("青栎县人民政府", "county"),
    ("青栎县人民政府办公室", "county"),
    ("青栎县", "county"),  # a report named by its place only: the area's own
    (None, None),
])
def test_a_government_s_area_total_is_its_own_figure(agency, level):
    text = "2023年，全县共受理政府信息公开申请21件，均已按时答复。"
    assert _counted(_report(text, agency, level), "requests_new") == (21, None)


@pytest.mark.parametrize("agency", ["青栎县民政局", "翠屏湾市教育局"])
def test_a_department_s_area_total_is_kept_apart(agency):
    text = "2023年，全县各级行政机关共受理政府信息公开申请90件。"
    assert _counted(_report(text, agency, "county"), "requests_new") == (None, 90)


def test_a_government_s_own_count_still_wins_over_its_area_s():
    text = "全县各级行政机关共受理政府信息公开申请300件。县政府办公室受理政府信息公开申请12件。"
    assert _counted(_report(text, "青栎县人民政府", "county"), "requests_new") == (12, None)


def test_a_wider_area_than_the_government_s_own_is_kept_apart():
    """A county's report quoting its province's total does not count the province as its own."""
    text = "全省共受理政府信息公开申请5230件。"
    assert _counted(_report(text, "青栎县人民政府", "county"), "requests_new") == (None, 5230)


@pytest.mark.parametrize("second", [
    "因政府信息公开申请引起行政复议5件。",
    "因政府信息公开引起的行政复议5件；行政诉讼案件2件。",
    "此外，因政府信息公开申请引发行政复议5件。",
    "由于申请人不服答复，提起行政复议5件。",
    "同时，收到因政府信息公开申请引发的行政复议5件。",
    "全年因政府信息公开申请引发行政复议5件。",
])
def test_the_area_s_subject_goes_on_into_a_sentence_opening_with_a_connective(second):
    text = "全县各级行政机关共收到政府信息公开申请90件。" + second
    assert _counted(_report(text, "青栎县民政局", "county"), "reconsideration_total") == (None, 5)


@pytest.mark.parametrize("second", [
    "本局因政府信息公开申请引发行政复议5件。",
    "因政府信息公开申请，本机关被申请行政复议5件。",
])
def test_a_sentence_naming_its_own_subject_is_the_body_s(second):
    text = "全县各级行政机关共收到政府信息公开申请90件。" + second
    assert _counted(_report(text, "青栎县民政局", "county"), "reconsideration_total") == (5, None)


@pytest.mark.parametrize("text,carried", [
    ("上年度结转下年度办理的政府信息公开申请2件已全部办结，本年度收到政府信息公开申请5件。", None),
    ("上一年度结转下一年度办理的申请3件已办结。", None),
    ("去年转入下一年度办理的申请1件已于今年办结。", None),
    # this year's own carry-forward is read, as before
    ("全年共收到政府信息公开申请10件，办结9件，转下一年度办理1件。", 1),
    ("与上年度相比有所增加，结转下年度办理3件。", 3),
])
def test_last_year_s_carry_over_is_no_carry_forward(text, carried):
    assert _counted(_report(text, "青栎县民政局", "county"), "requests_carried_forward")[0] == carried


def test_last_year_named_in_another_item_leaves_this_one_read():
    text = "予以公开76件（含上年结转5件）、部分公开1件、不予公开7件、无法提供1件，结转下年度办理2件。"
    report = _report(text, "青栎县民政局", "county")
    assert _counted(report, "outcome_refused")[0] == 7 and _counted(report, "requests_carried_forward")[0] == 2
