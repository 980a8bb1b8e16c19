"""A sentence naming where the public reads disclosed information (查阅点, 查阅场所) names no issuer, nor do two
bodies joined as one sentence's subject (session 30). The texts are made up for these tests."""
from __future__ import annotations

import pytest

from indexer.issuer import self_described_issuer


@pytest.mark.parametrize("text", [
    "某某市档案馆和某某市图书馆为市级行政机关政府信息公开查阅点，提供查阅服务。",
    "市档案馆为市级行政机关政府信息公开查阅场所，为公众提供查阅服务。",
    "县档案馆和县图书馆为县级行政机关的服务单位。",
])
def test_a_reading_place_or_two_bodies_are_no_issuer(text):
    assert self_described_issuer(text) is None


@pytest.mark.parametrize("text,name", [
    ("某某县统计局是县人民政府工作部门，负责统计工作。", "某某县统计局"),
    ("某某县住房和城乡建设局是县人民政府工作部门。", "某某县住房和城乡建设局"),
])
def test_a_body_describing_itself_is_still_read(text, name):
    assert self_described_issuer(text) == name
