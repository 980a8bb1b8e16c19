"""The rule of why a blank figure is blank (search/figures/blank_reasons.py), on records made up in place."""
from types import SimpleNamespace

from search.figures.blank_reasons import CAUSES, ORDER, blank_causes, blank_reason
from search.figures.columns import COLUMNS


def _record(**kw):
    figures = kw.pop("figures", {})
    values = {c.key: c.value(figures) for c in COLUMNS}
    parts = {c.key: (c.numerator(figures), c.denominator(figures)) for c in COLUMNS if c.kind == "rate"}
    base = dict(template="2019", lacking=[], sections=[1, 2, 3, 4, 5, 6], cut_off=False, ocr=False, figures=figures,
                counted=values, parts=parts)
    return SimpleNamespace(**{**base, **kw})


def test_every_cause_has_its_place_in_the_line():
    assert set(ORDER) == set(CAUSES)


def test_an_amount_read_without_its_unit_is_said_so_not_unread():
    blanks = blank_causes(_record(figures={"procurement_amount": 680000.0, "procurement_amount_unit": None,
                                           "procurement_amount_yuan": None}))
    assert blanks["procurement_amount"] == "unit" and blanks["fees_amount"] == "unread"


def test_a_scan_a_missing_part_and_a_cut_text_each_say_their_own():
    assert set(blank_causes(_record(ocr=True)).values()) == {"ocr", "template"}
    missing = blank_causes(_record(lacking=[4], sections=[1, 2, 3, 5, 6]))
    assert missing["reconsideration_total"] == "no_part" and missing["requests_new"] == "unread"
    cut = blank_causes(_record(cut_off=True, sections=[1, 2, 3]))  # stops inside part 三: its figures too
    assert cut["requests_new"] == cut["litigation_total"] == "cut_off" and cut["licensing_decisions"] == "unread"


def test_the_line_puts_what_a_fuller_copy_may_fill_first_and_no_gap_last():
    line = blank_reason(blank_causes(_record(cut_off=True, sections=[1, 2, 3, 4], template="2021",
                                             figures={"licensing_decisions": 3})))
    assert line.text == "文本不完整（第四部分）；表格未读出（第二、三部分）；模板无此项"
    assert line.short == "文本不完整；表格未读出；模板无此项" and "所读文本在报告结束前中断" in line.title
    assert not blank_reason({}) and blank_reason({}).text == ""
