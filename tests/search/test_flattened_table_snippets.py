"""Session 31 (2026-12-07, QA 30 #6 and rank31's note): a statistics table a converter ran into a paragraph
(网站公开条41815092.政府公报公开条77受理…总数条00其中…) was shown as a snippet's passage beside, or before, the prose holding
the same words; it reads as glued cells, not as a sentence. Such a passage is no prose: prose holding the words is
shown and the flattened table is not repeated. Made-up texts."""
from __future__ import annotations

import pytest

from search.retrieval.snippets import _flattened_table, make_snippet

FLATTENED = ("（三）统计：1.网站公开条41815092.政府公报公开条77受理依申请公开信息总数条00其中：1.当面申请数条002.传真申请数条"
             "003.电子邮件申请数条004.网上申请数条00")
PROSE = "本年度收到依申请公开申请28件，办结28件，平均用时5.5个工作日。"


def test_a_flattened_table_gives_way_to_prose_holding_the_same_words():
    snippet = str(make_snippet(f"三是依申请公开工作机制仍需进一步规范；\n{FLATTENED}\n{PROSE}", ["依申请公开"]))
    assert "28件" in snippet and "规范" in snippet
    assert "条41815092" not in snippet


def test_a_flattened_table_alone_is_still_shown():
    # (nothing else holds the words: the passage is all there is)
    assert "依申请公开" in str(make_snippet(FLATTENED, ["依申请公开"]))


@pytest.mark.parametrize("passage", [
    PROSE,
    "第1季度共发布信息35条，第2季度40条，第3季度38条。",
    "全年整改不规范描述22处、失效链接43处、各类错误信息83处。",
    "發佈航行通告141條、航行警告134條，應急與處置資訊68條。",  # traditional script: 條 is 条
    "国办发〔2019〕5号文件要求，通过12345热线受理。",
])
def test_numbers_with_what_they_count_are_prose(passage):
    assert not _flattened_table(passage)


def test_numbers_run_into_the_next_label_are_a_flattened_table():
    assert _flattened_table(FLATTENED)
