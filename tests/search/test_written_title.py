"""The title a report was read with is shown (the report page's 原标题, a feed's summary, the API's ``title``) only as a
title (QA 31 #11): a web page's label before it is dropped, and a metadata row or breadcrumb the parser took for the
title is no title. The titles here are made up in the forms the QA found."""
from __future__ import annotations

import pytest

from search.vocabulary import written_title


@pytest.mark.parametrize("read, shown", [
    ("索引号|000000000/2026-000001|分类|信息公开年报", ""),
    ("内容概述|某某市人民政府2011年政府信息公开工作年度报告", "某某市人民政府2011年政府信息公开工作年度报告"),
    ("当前位置:政府信息公开年度报告", ""),
    ("首页 > 政务公开 > 年度报告", ""),
    ("标题某某自治区政府国资委2023年度政府信息公开工作年度报告", "某某自治区政府国资委2023年度政府信息公开工作年度报告"),
    ("标题：县政府办2022年政府信息公开工作年度报告", "县政府办2022年政府信息公开工作年度报告"),
    ("某某县民政局2020年政府信息公开工作年报", "某某县民政局2020年政府信息公开工作年报"),
    ("政务公开", ""),
    # Chrome around a title is trimmed off, not the title with it (session 32).
    ("当前位置:首页 > 政务公开 > 某某县民政局2020年政府信息公开工作年报", "某某县民政局2020年政府信息公开工作年报"),
    ("您现在的位置：首页＞信息公开＞某某镇人民政府2019年度政府信息公开工作报告", "某某镇人民政府2019年度政府信息公开工作报告"),
    ("索引号|000000000/2026-000001|标题|某某市人民政府2021年政府信息公开工作年度报告",
     "某某市人民政府2021年政府信息公开工作年度报告"),
    ("某某区水务局二〇二二年政府信息公开工作年度报告｜发布机构｜某某区水务局", "某某区水务局二〇二二年政府信息公开工作年度报告"),
    ("发文日期：2021-01-05 某某县农业农村局2020年政府信息公开工作年度报告",
     "某某县农业农村局2020年政府信息公开工作年度报告"),
    ("索引号|000000000/2026-000001|发布机构|某某县民政局|分类|年度报告", ""),
    ("", ""),
    (None, ""),
])
def test_only_a_title_is_shown_as_the_title_as_written(read, shown):
    assert written_title(read) == shown


def test_the_report_json_and_page_carry_the_title_cleaned(client):
    import json

    hits = json.loads(client.get("/api/search?per_page=50").data)["hits"]
    for report_id in {h["report_id"] for h in hits}:
        response = client.get(f"/api/reports/{report_id}")
        assert response.status_code == 200
        title = response.get_json()["title"]
        assert title == written_title(title)
