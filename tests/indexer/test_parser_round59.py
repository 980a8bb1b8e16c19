"""Round 59's parser classes (docs/parsing.md, "Round 59"): junk words a betting splice left where the place was, also
before a department's name; a zone named with its street in brackets, and with its 党工委、办事处 after them; the province
the leader's speeches on it or its decisions name; a pre-2019 chapter on disclosure as a whole whose second sub-heading is
part 三. Every text here is made up."""
from __future__ import annotations

from tests.indexer.made_up import parsed

# --- A. '…777bet官网提现请稍候统计局': the splice's junk words learnt before 人民政府, dropped before 统计局 too --------

SPLICE = "足球777网投_777bet777用址_777bet官网提现"


def _spliced(place: str) -> list[str]:
    return [
        f"本报告是根据《中华人民共和国政府信息公开条例》和{SPLICE}{place}人民政府办公室《关于做好2016年政府信息公开工作年度报告"
        f"编制工作的通知》要求,由{SPLICE}{place}统计局编制的2016年度政府信息公开工作年度报告。",
        "一、概述",
        "2016年,我局认真贯彻《条例》,全年主动公开政府信息58条。",
    ]


def test_junk_words_a_splice_left_before_the_government_go_before_a_department_too():
    assert parsed(_spliced("请稍候")).agency == "统计局"


def test_a_place_after_the_splice_is_no_junk():
    # (words ending as a place does are the place the splice stood before: learnt nowhere, kept before 统计局)
    assert parsed(_spliced("东山县")).agency == "东山县统计局"
