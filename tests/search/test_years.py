"""Years typed as words rank the reports on that year first instead of being searched as text.
The reports are made up for these tests; none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.query import parse_query
from search.retrieval.years import find_years
from tests.conftest import made_up_report, written


def _report(agency: str, year: int, body: str) -> str:
    return made_up_report(agency, year, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    "civil-2019.txt": _report("灵武市民政局", 2019, "2019年，本局公开低保资金发放信息。"),
    "civil-2020.txt": _report("灵武市民政局", 2020, "本局公开临时救助信息。"),
    # Says 2020 four times, but it is the report on 2021.
    "civil-2021.txt": _report("灵武市民政局", 2021, "与2020年相比，2020年的救助对象减少；2020年底至2020年末完成清理。"),
    "finance-2021.txt": _report("灵武市财政局", 2021, "本局公开预决算信息。"),
    "finance-2008.txt": _report("灵武市财政局", 2008, "本局按照条例要求公开财政信息。"),
    "finance-2020.txt": _report("灵武市财政局", 2020, "拨付12345热线运行经费。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("years", written(REPORTS))


def listed(searcher, q: str) -> list[tuple[str, int]]:
    return [(h.agency, h.year) for h in run_search(searcher, SearchParams(q=q)).hits]


def test_a_year_with_words_ranks_that_years_reports_first_and_keeps_the_others(idx):
    got = listed(idx, "民政局 2020")
    assert got[0] == ("灵武市民政局", 2020)  # not the 2021 report that writes 2020 four times
    assert set(got) == {("灵武市民政局", 2019), ("灵武市民政局", 2020), ("灵武市民政局", 2021)}
    assert listed(idx, "财政局2021")[0] == ("灵武市财政局", 2021)  # typed without a space

    assert "“2020”按报告年份理解：2020 年的报告排在前面（只看该年份可用 year:2020）。" in \
        run_search(idx, SearchParams(q="民政局 2020")).messages


def test_a_year_typed_apart_from_its_nian_takes_the_nian_with_it(idx):
    # 2020 年 with a space: the 年 is the year's; searched as a word it would mark 年 in every snippet.
    for typed in ("民政局 2020 年", "民政局 2020 年度"):
        assert [c.alternatives for c in parse_query(typed).must] == [["民政局"]]
        assert listed(idx, typed)[0] == ("灵武市民政局", 2020)
    # A 年 that follows no year stays a word.
    assert ["年"] in [c.alternatives for c in parse_query("民政局 年").must]


def test_a_year_no_matching_report_has_is_said_to_be_absent(idx):
    # 民政局 has reports of 2019–2021 only: the list holds other years, and the note says so.
    result = run_search(idx, SearchParams(q="民政局 2008"))
    assert result.hits and all(h.year != 2008 for h in result.hits)
    assert "“2008”按报告年份理解，但没有 2008 年的报告符合查询，下面是其他年份的报告。" in result.messages
    assert not any("报告排在前面" in m for m in result.messages)
    # Listed only among the looser matches that follow (民政局 holds no 财政信息): the note says where.
    result = run_search(idx, SearchParams(q="民政局 财政信息 2008"))
    assert [h.year for h in result.hits][-1] == 2008 and result.hits[0].year != 2008
    assert "“2008”按报告年份理解，但 2008 年的报告只出现在后面较宽松的匹配结果中。" in result.messages
    assert not any("排在前面" in m or "没有 2008" in m for m in result.messages)

def test_sorted_by_date_the_note_promises_no_year_first(idx):
    result = run_search(idx, SearchParams(q="民政局 2020", sort="newest"))
    assert [h.year for h in result.hits] == [2021, 2020, 2019]
    assert "“2020”按报告年份理解：按相关度排序时 2020 年的报告排在前面（只看该年份可用 year:2020）。" in result.messages


def test_the_looser_matches_that_follow_are_ordered_by_the_year_too(idx):
    """乌鲁木齐 is in no report: every report listed comes from the whole-report ranking that follows a
    short list; the year the note promises first is first among them too."""
    result = run_search(idx, SearchParams(q="2020 公开信息 乌鲁木齐"))
    assert [h.year for h in result.hits][:2] == [2020, 2020] and len(result.hits) > 2
    assert "“2020”按报告年份理解：2020 年的报告排在前面（只看该年份可用 year:2020）。" in result.messages


def test_a_year_alone_lists_that_years_reports_with_a_note(idx):
    result = run_search(idx, SearchParams(q="2020年"))
    assert {(h.agency, h.year) for h in result.hits} == {("灵武市民政局", 2020), ("灵武市财政局", 2020)}
    assert any("2020" in m and "年份" in m for m in result.messages)
    # Words naming what every report is (年报, 政府信息公开年度报告) do not narrow the year.
    for q in ("2020 年报", "2020年政府信息公开工作年度报告"):
        assert {(h.agency, h.year) for h in run_search(idx, SearchParams(q=q)).hits} == {
            ("灵武市民政局", 2020), ("灵武市财政局", 2020)}, q


def test_period_phrases_stand_for_their_year(idx):
    assert listed(idx, "条例实施第一年") == [("灵武市财政局", 2008)]
    assert {y for _, y in listed(idx, "十四五开局之年")} == {2021}
    assert find_years("十三五收官之年 低保") == ([2020], "  低保")
    # The plan written out, as the reports' lead-ins name it: 第十三个五年规划 is 十三五.
    assert find_years("第十三个五年规划收官之年 低保")[0] == [2020]
    assert find_years("第十四个五年规划纲要的头一年")[0] == [2021]
    assert find_years("第十二个五年期间")[0] == [2011, 2012, 2013, 2014, 2015]
    assert find_years("十二五期间")[0] == [2011, 2012, 2013, 2014, 2015]
    # Anniversaries count from their year; a year may be written in Chinese numerals.
    assert find_years("建党100周年")[0] == [2021] and find_years("条例实施十周年")[0] == [2018]


def test_an_event_followed_by_a_time_word_stands_for_its_year(idx):
    # The Party's congresses by their number (every five years since the 11th, 1977), table
    # events by name; without a time word the event is a topic (十九大精神), not a year.
    assert find_years("十九大召开的那一年 财政局") == ([2017], "  财政局")
    assert find_years("党的十七大那年")[0] == [2007] and find_years("汶川地震当年")[0] == [2008]
    assert find_years("十九大精神")[0] == [] and find_years("十大那年")[0] == []
    assert listed(idx, "北京奥运会那年 财政局")[0] == ("灵武市财政局", 2008) == listed(idx, "北京奥运会那年")[0]
    assert listed(idx, "二〇二〇年 财政局")[0] == ("灵武市财政局", 2020)


def test_a_year_in_chinese_numerals_takes_its_du_as_a_digit_year_does(idx):
    # 二〇二〇年度 is the year as 2020年度 is: the 度 is no word left to find (alone it would be required).
    assert find_years("二〇二〇年度 财政局") == ([2020], "  财政局") and find_years("2020年度 财政局")[0] == [2020]
    assert parse_query("二〇二〇年度 财政局").must == parse_query("2020年度 财政局").must
    assert listed(idx, "二〇二〇年度 财政局")[0] == ("灵武市财政局", 2020)
    assert parse_query("二〇二〇年度 年报").years == [(2020, 2020)]  # the year is the question


def test_numbers_that_are_not_years_stay_words(idx):
    assert find_years("12345热线") == ([], "12345热线")
    assert parse_query("12345").year_hints == []
    assert listed(idx, "12345") == [("灵武市财政局", 2020)]
    # A quoted year is text, and year: stays the strict filter.
    assert parse_query('"2020年"').year_hints == []
    assert listed(idx, "民政局 year:2019") == [("灵武市民政局", 2019)]


def test_last_year_is_the_newest_year_the_index_holds_reports_on(idx):
    # The newest reports here are on 2021: 去年的 … reads as 2021, 前年 as 2020, with a note.
    result = run_search(idx, SearchParams(q="去年的民政局年报"))
    assert (result.hits[0].agency, result.hits[0].year) == ("灵武市民政局", 2021)
    assert any("最新的报告年份" in m and "2021" in m for m in result.messages)
    # One note says it: no second note quoting a year the user never typed (“2021”按报告年份理解).
    assert not any("“2021”" in m for m in result.messages) and sum("2021" in m for m in result.messages) == 1
    # With a typed year beside it, still one note for both years.
    both = run_search(idx, SearchParams(q="2019 去年 民政局"))
    assert sum("按报告年份" in m or "最新的报告年份" in m for m in both.messages) == 1
    # A typed year and 去年 with nothing else: both years are the filter, said in one note.
    alone = run_search(idx, SearchParams(q="2019 去年"))
    assert {h.year for h in alone.hits} == {2019, 2021}
    assert [m for m in alone.messages if "年份" in m] == ["“去年”按索引中最新的报告年份（2021 年）理解：列出 2019、2021 年的报告。"]
    # The note quotes the words typed, the years in order.
    assert any(m.startswith("“前年”“去年”按") and "2020、2021" in m for m in run_search(idx, SearchParams(q="前年 去年 财政局")).messages)
    # A comparison or a carry-over is no year of reports, and 最新 before a topic is no year.
    for text in ("与上一年度相比", "上一年度结转的申请", "较去年同期", "最新动态"):
        assert parse_query(text).recent_years == [], text
    assert listed(idx, "前年 财政局")[0] == ("灵武市财政局", 2020)
    # Alone, the relative year is the filter: every report on 2021, and only those.
    assert set(listed(idx, "去年的年报")) == {("灵武市民政局", 2021), ("灵武市财政局", 2021)}
    # The word is not searched as text: no report writes 去年, yet the words beside it still match.
    # 最新 beside a topic orders the matches by year (year_order.py), not the index's newest year.
    assert parse_query("最新 财政局").year_order == "newest" and [c.alternatives for c in parse_query("最新 财政局").must] == [["财政局"]]


def test_a_range_of_years_said_in_words_is_every_year_in_it(idx):
    """2019年到2021年, 从2019年至2021年度: the whole run of years, not its two ends, and no 到 left
    over as a word to find; the note offers the filter for the run."""
    for typed in ("2019年到2021年 民政局", "从2019年到2021年民政局", "民政局 2019年至2021年度", "2019-2021 民政局"):
        parsed = parse_query(typed)
        assert parsed.year_hints == [2019, 2020, 2021], typed
        assert [c.alternatives for c in parsed.must] == [["民政局"]], typed
    result = run_search(idx, SearchParams(q="2019年到2021年 民政局"))
    assert {(h.agency, h.year) for h in result.hits[:3]} == {("灵武市民政局", y) for y in (2019, 2020, 2021)}
    assert "“2019–2021”按报告年份理解：2019–2021 年的报告排在前面（只看这些年份可用 year:2019-2021）。" in result.messages


def test_the_last_few_years_are_the_newest_the_index_holds(idx):
    """近三年, 最近两年: as many of the index's newest report years (here 2021 and before)."""
    result = run_search(idx, SearchParams(q="近两年 财政局"))
    assert [(h.agency, h.year) for h in result.hits[:2]] == [("灵武市财政局", 2021), ("灵武市财政局", 2020)]
    assert any(m.startswith("“近两年”按索引中最新的报告年份（2021 年）理解") and "2020、2021" in m for m in result.messages)
    assert parse_query("最近5年的复议").recent_years == [0, 1, 2, 3, 4]
    assert parse_query("近三年来 民政局").recent_years == [0, 1, 2]
    # Alone, they are the filter.
    assert {y for _, y in listed(idx, "近两年的年报")} == {2020, 2021}
    # 近年来 names no number of years: it stays a word.
    assert parse_query("近年来 工作").recent_years == []


def test_this_year_said_in_words_is_the_newest_year_not_a_word_to_find(idx):
    """今年 (no report writes its running year before the next spring) reads as the newest year the index
    holds, as 去年 does, and is no word the reports must hold; 今年以来 or 较今年 is no year of reports, and
    the template's own 本年 stays a word."""
    result = run_search(idx, SearchParams(q="今年 民政局"))
    assert (result.hits[0].agency, result.hits[0].year) == ("灵武市民政局", 2021)
    assert any(m.startswith("“今年”按索引中最新的报告年份（2021 年）理解") for m in result.messages)
    assert not any("用到“今年”" in m for m in result.messages)
    assert set(listed(idx, "今年的年报")) == {("灵武市民政局", 2021), ("灵武市财政局", 2021)}
    for text in ("今年以来", "较今年同期", "本年新收申请", "今年复议比去年多还是少", "今年和去年相比"):
        assert parse_query(text).recent_years == [], text


def test_this_year_inside_another_word_or_beside_a_share_is_read_as_it_stands():
    """今年 that begins inside a word of the query (如今 | 年轻人) is no year, and stays in the words; 占比, 比例,
    比率 and 比重 compare nothing, so 今年 beside them is the newest year as anywhere else (review of round 34)."""
    parsed = parse_query("如今年轻人 就业")
    assert parsed.recent_years == [] and [c.alternatives for c in parsed.must] == [["如今年轻人"], ["就业"]]
    for text in ("今年依申请公开占比", "今年主动公开比例", "今年复议纠错比率"):
        assert parse_query(text).recent_years == [0], text
    assert parse_query("今年申请比去年多").recent_years == []  # a comparison still


@pytest.mark.parametrize("typed, years", [
    ("县政府 12年到15年 年度报告", [2012, 2013, 2014, 2015]),
    ("从18到20年 民政局", [2018, 2019, 2020]),
    ("19年至21年度的报告", [2019, 2020, 2021]),
    # The first reports' years, their two figures opening with 0 (2008, 2009).
    ("09到11年 信息公开年报", [2009, 2010, 2011]),
    ("08年-10年 县政府", [2008, 2009, 2010]),
])
def test_a_range_of_years_said_by_their_last_two_figures_is_those_years(typed, years):
    assert parse_query(typed).year_hints == years


@pytest.mark.parametrize("typed", ["12到15 件", "近12年到15年", "申请 3年到5年"])
def test_a_span_of_numbers_or_of_a_few_years_is_no_range_of_years(typed):
    assert not parse_query(typed).year_hints


@pytest.mark.parametrize("typed, years", [("09年的年报", [2009]), ("民政局 08年", [2008]), ("05年 民政局", [])])
def test_a_year_of_the_first_reports_said_by_its_last_two_figures(typed, years):
    # 2008 is the regulation's first year: 08年 and 09年 are years of reports, 05年 none (it stays a word).
    assert parse_query(typed).year_hints == years


NAMELESS = {
    "audit-2008.txt": _report("灵武市审计局", 2008, "本局公开审计结果。"),
    # Its heading names no kind of document: no 年度报告, no 年报 anywhere in its text.
    "water-2008.txt": "灵武市水务局2008年政府信息公开工作情况\n\n一、概述\n本局公开水利工程信息。\n\n二、主动公开政府信息情况\n全年主动公开信息十条。\n",
    "audit-2019.txt": _report("灵武市审计局", 2019, "本局公开审计结果。"),
}


def test_the_reports_name_beside_a_year_filter_lists_every_report_of_the_year(indexes):
    searcher = indexes.searcher("years-nameless", written(NAMELESS))
    assert set(listed(searcher, "year:2008")) == {("灵武市审计局", 2008), ("灵武市水务局", 2008)}
    # Every report is an annual report: typed beside the filter, the name selects nothing more.
    assert set(listed(searcher, "年度报告 year:2008")) == set(listed(searcher, "year:2008"))
    assert set(listed(searcher, "年报 year:2008")) == set(listed(searcher, "year:2008"))
    assert not parse_query("年度报告 year:2008").must and parse_query("审计 year:2008").must


@pytest.mark.parametrize("typed, words, years", [
    ("灵武市民政局 2021年报", [["灵武市民政局"], ["年报"]], [2021]),  # 年报 beside other words only ranks
    ("21年报 民政局", [["年报"], ["民政局"]], [2021]),
    ("二〇二一年报", [], [2021]),
    ("2021年报里的数据", [["年报里的数据"]], [2021]),
    ("2020年报告", [], [2020]),  # 报告 is no 年报: the 年 is the year's alone, as before
    ("2020年报表", [["报表"]], [2020]),
])
def test_the_year_of_a_glued_annual_report_leaves_the_report_not_a_lone_bao(typed, words, years):
    # Round 39: 2021年报 read 2021年 as the year and left 报, a word few reports use, required.
    parsed = parse_query(typed)
    assert [c.alternatives for c in parsed.must] == words
    assert parsed.year_hints == years


def test_a_body_and_its_glued_annual_report_list_the_bodys_report_of_the_year(idx):
    result = run_search(idx, SearchParams(q="灵武市民政局 2021年报"))
    assert [(h.agency, h.year) for h in result.hits][:1] == [("灵武市民政局", 2021)]
    assert not any("“报”" in m for m in result.messages)


def test_the_regulations_named_otherwise_in_a_period_phrase_are_read_as_the_table_names_them():
    # 新修订的条例, 修订后的《政府信息公开条例》, 新版条例: the 2019 revision, however its revision is said; the
    # regulations' full name is 条例; 头一年 and 元年 are its first year.
    for text in ("新修订条例实施首年", "新修订的政府信息公开条例施行第一年", "修订后的《政府信息公开条例》实施头一年",
                 "新版条例施行元年 民政局", "新条例生效第一年"):
        assert find_years(text)[0] == [2019], text
    for text in ("政府信息公开条例实施第一年", "《中华人民共和国政府信息公开条例》施行首年"):
        assert find_years(text)[0] == [2008], text
    assert find_years("新修订条例实施十周年")[0] == [2029]
    # no period phrase: the regulations' name stays as typed
    assert find_years("政府信息公开条例 第十六条") == ([], "政府信息公开条例 第十六条")


def test_another_regulation_in_a_period_phrase_is_not_the_information_regulations():
    # (session 21 review) 《物业管理条例》 read as 条例 made its first year the information regulations' (2008).
    for text in ("新修订的《物业管理条例》实施第一年", "物业管理条例施行那一年", "档案法实施条例生效首年",
                 "物业管理条例施行第一年", "城市绿化条例实施十周年"):
        assert find_years(text)[0] == [], text
    # a word before the regulations' own name is no name (在, a year)
    assert find_years("在条例实施第一年收到多少申请")[0] == [2008]
    assert find_years("2018年条例实施十周年")[0] == [2018]
