"""A problem's subject is named by the word that tells it apart (宣传 of 信息公开宣传不够), not by one nearly
every part 五 holds (信息公开): problems.discount_other_subjects. The reports are made up for these tests; none of
them and none of the queries is in the judged relevance set."""
from __future__ import annotations

import pytest

from search.retrieval import problems
from tests.conftest import made_up_report as report, ranked_agencies, written

PLACES = "甲乙丙丁戊己庚辛壬癸"
# Ten bureaus publicise their work (宣传, part 二) and admit in part 五 other shortfalls of their disclosure work,
# each with 信息公开 and 不够 several times; one admits, once and briefly, that its publicity falls short.
REPORTS = {f"other{i}.txt": report(f"{c}县住建局", 2022, {
    1: "本局主动公开住房保障信息。",
    2: f"开展政策宣传活动{i + 3}场，发放宣传资料{i + 100}份。",
    5: "一是信息公开工作机制不够健全，信息公开平台不够完善；二是信息公开内容不够全面，信息公开时效不够及时。"})
    for i, c in enumerate(PLACES)}
# Twenty more write neither of publicity nor of shortfalls: 宣传 is a word few parts hold, 信息公开 one most do.
REPORTS.update({f"quiet{i}.txt": report(f"{c}镇人民政府", 2022, {
    1: f"本镇主动公开信息公开目录内的财政预算信息{i + 6}条。", 3: f"办理信息公开申请{i + 1}件。"})
    for i, c in enumerate("东西南北中上下左右前后里外春夏秋冬金木水")})
REPORTS["admits.txt"] = report("子县住建局", 2022, {
    1: "本局主动公开住房保障信息，全年公开保障房分配信息40条，办理依申请公开3件，接受群众咨询120人次。",
    2: "公开棚户区改造项目信息15条。",
    5: "一是信息公开宣传不够，群众知晓率低。下一步将完善住房保障信息公开目录，规范公开流程，加强人员培训。"})


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("problem_subjects", written(REPORTS))


def test_the_report_admitting_the_telling_subject_leads(idx):
    assert ranked_agencies(idx, "信息公开宣传不够")[:1] == ["子县住建局"]


def test_a_subject_of_common_words_only_is_named_by_any(idx):
    # 信息公开工作 tells no problem apart: every part 五 admitting shortfalls of its disclosure work still leads
    # the reports that never admit any.
    assert set(ranked_agencies(idx, "信息公开工作不够")[:11]) >= {f"{c}县住建局" for c in PLACES}
