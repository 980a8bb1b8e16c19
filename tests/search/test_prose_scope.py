"""A count the prose gives is the report's own figure only when it counts what the figure counts (session 30):
two reviews named together before one count (涉及行政复议、行政诉讼案件N件) count both and name neither; an area's
total (全省共受理…申请N件) gives way to the body's own count the passage also gives. And a snippet quoting a table
total its own row's parts dispute marks it as the figures pages do. The texts are made up for these tests."""
from __future__ import annotations

import pytest

from search.figures.claims import read_claims
from search.figures.text_figures import area_figures, figures_from_text
from search.retrieval.table_rows import APPLICANT_NAMES, describe, review_line


def _claims(*paragraphs: str, section: int = 1) -> list[tuple[str, int]]:
    report = {"sections": [{"number": section, "blocks": [{"type": "p", "text": p} for p in paragraphs]}]}
    return [(c.get("figure") or c["claim"], c["value"]) for c in read_claims(report) if c["claim"] != "no_requests"]


@pytest.mark.parametrize("text,counts", [
    # both together: neither alone
    ("全市各级机关共办理政府信息公开申请120件。涉及行政复议、行政诉讼案件37件，均依法应诉。", []),
    ("因政府信息公开申请引发行政复议和行政诉讼共5件。", []),
    ("因政府信息公开申请引发行政复议及行政诉讼案件3件。", []),
    # none of both is none of each; 各 gives each the count
    ("其中因政府信息公开申请发生行政复议、行政诉讼案件0件。", [("reconsideration_total", 0), ("litigation_total", 0)]),
    ("因政府信息公开申请引发行政复议、行政诉讼各1件。", [("reconsideration_total", 1), ("litigation_total", 1)]),
    # each with its own count, as before
    ("因政府信息公开申请引发行政复议2件、行政诉讼1件。", [("reconsideration_total", 2), ("litigation_total", 1)]),
])
def test_reviews_counted_together_name_neither(text, counts):
    assert _claims(text) == counts


@pytest.mark.parametrize("paragraphs,requests_new", [
    # the area's total and the body's own in one passage: the body's own
    (("全省各级行政机关共受理政府信息公开申请5230件。省政府办公厅受理政府信息公开申请28件，均已办结。",), 28),
    (("全市各级行政机关共收到政府信息公开申请900件，其中市政府办公室收到政府信息公开申请31件。",), 31),
    (("全县共收到政府信息公开申请300件。", "本机关全年共受理政府信息公开申请12件。"), 12),
    # the body's count compared with its area's is the body's
    (("本机关共受理政府信息公开申请28件，占全省的1.5%。",), 28),
])
def test_an_area_total_gives_way_to_the_body_own(paragraphs, requests_new):
    report = {"sections": [{"number": 3, "blocks": [{"type": "p", "text": p} for p in paragraphs]}]}
    assert figures_from_text({"requests_new": None}, read_claims(report))["requests_new"] == requests_new


@pytest.mark.parametrize("text,key,total", [
    ("2020年，全区共收到政府信息公开申请85件，均已答复。", "requests_new", 85),
    # 各级、各部门 names every body of the area (QA 42 F3)
    ("2020年，北山市各级、各部门共收到政府信息公开申请347件，结转下年度办理3件。", "requests_new", 347),
    ("北山市各级、各部门共收到政府信息公开申请347件。收到行政复议66件，结果维持33件，结果纠正10件。", "reconsideration_total", 66),
    ("北山市各级、各部门共收到政府信息公开申请347件。收到行政复议66件，结果维持33件，结果纠正10件。", "reconsideration_corrected", 10),
])
def test_an_area_total_alone_is_kept_apart(text, key, total):
    """Alone, an area's total is still no figure of a department's (QA 42 F3): it is kept apart, never counted as its
    (a government's is its own: test_area_scope)."""
    report = {"agency": "北山市民政局", "sections": [{"number": 1, "blocks": [{"type": "p", "text": text}]}]}
    claims = read_claims(report)
    assert key not in figures_from_text({key: None}, claims)
    assert area_figures({key: None}, claims)[key] == total
    assert key not in area_figures({key: 5}, claims)  # a table's figure leaves nothing to show apart


def _review_figures(upheld: int, corrected: int, total: int) -> dict:
    figures = {f"{g}_{c}": 0 for g in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
               for c in ("upheld", "corrected", "other", "pending", "total")}
    figures.update(reconsideration_upheld=upheld, reconsideration_corrected=corrected, reconsideration_total=total)
    return figures


def test_a_review_total_its_parts_dispute_is_marked_in_the_snippet():
    line = review_line(_review_figures(10, 1, 0))
    assert line.startswith("行政复议 0*（维持 10 · 纠正 1；*表中分项之和为 11，与所填总计 0 不符）")
    assert review_line(_review_figures(10, 1, 11)).startswith("行政复议 11（维持 10 · 纠正 1）")
    assert "*" not in review_line(_review_figures(10, 1, 11))


def test_an_applicant_total_its_parts_dispute_is_marked():
    assert describe(APPLICANT_NAMES, ["1", "2", "0", "0", "0", "0", "1"])[0] == \
        "自然人 1 · 商业企业 2 · 总计 1*（*表中分项之和为 3，与所填总计 1 不符）"
    assert describe(APPLICANT_NAMES, ["1", "2", "0", "0", "0", "0", "3"])[0] == "自然人 1 · 商业企业 2 · 总计 3"
    # a blank part disputes only a total the parts written exceed
    assert "*" not in describe(APPLICANT_NAMES, ["1", "–", "0", "0", "0", "0", "3"])[0]
    assert "超过所填总计" in describe(APPLICANT_NAMES, ["4", "–", "0", "0", "0", "0", "3"])[0]


def test_an_area_s_total_is_no_claim_about_the_body_s_table():
    from search.figures.crosscheck import check_prose
    from search.figures.records import ReportRecord

    def record(text):
        report = {"agency": "北山市民政局", "sections": [{"number": 1, "blocks": [{"type": "p", "text": text}]}]}
        return ReportRecord("r1", "北山市民政局", 2020, "city", "", "", "2021", "x.txt", [1],
                            {"requests_new": 5}, {}, read_claims(report))

    assert check_prose(record("2020年，北山市各级、各部门共收到政府信息公开申请347件。")) == []
    assert [i.rule for i in check_prose(record("2020年，本机关共收到政府信息公开申请347件。"))] == ["requests_count"]
