"""Round 26's class, from round 25's fresh check (docs/parsing.md, "Round 26"): a page whose own title line names an
autonomous banner, county or prefecture (or a body of one) in full, its lead-in by the everyday short form. Every
report text here is made up."""
from __future__ import annotations

import pytest

from indexer.title_names import autonomous_short as _autonomous_short
from indexer.titles import read_title

T = "2019年政府信息公开工作年度报告"


@pytest.mark.parametrize("lines, agency", [
    (["青岚族自治旗" + T, "发布时间：2020-01-22", "现公布青岚旗" + T + "。本年度报告所列数据…"], "青岚族自治旗"),
    (["长岭土家族自治县民政局" + T, "现予公布长岭县民政局" + T + "。"], "长岭土家族自治县民政局"),
    (["青石彝族回族自治县" + T, "现将青石县" + T + "予以公布。"], "青石彝族回族自治县"),
    (["北岭朝鲜族自治州统计局" + T, "特发布北岭州统计局" + T + "。"], "北岭朝鲜族自治州统计局"),
])
def test_the_title_lines_full_name_beats_the_lead_ins_short_form(lines, agency):
    assert read_title(lines, lead="".join(lines[1:])).agency == agency


@pytest.mark.parametrize("lines, agency", [
    (["青石县" + T, "现公布北山县" + T + "。"], "北山县"),  # another report named in the lead-in still wins
    (["青石族自治县" + T, "现公布青山县" + T + "。"], "青山县"),  # a short form of another name is another body
    (["青石族自治县" + T, "现公布青石县" + "2018年政府信息公开工作年度报告。"], "青石县"),  # another year's report
])
def test_another_body_or_year_in_the_lead_in_is_still_another_report(lines, agency):
    assert read_title(lines, lead="".join(lines[1:])).agency == agency


@pytest.mark.parametrize("short, full, same", [
    ("某某旗", "某某族自治旗", True),
    ("某某旗", "某某自治旗", True),
    ("某某县民政局", "某某土家族自治县民政局", True),
    ("某某县财政局", "某某土家族自治县民政局", False),
    ("某旗", "某某族自治旗", False),  # one character: too little to be sure
    ("某某县", "某某县", False),  # no autonomous name at all
])
def test_autonomous_short_form(short, full, same):
    assert _autonomous_short(short, full) is same
