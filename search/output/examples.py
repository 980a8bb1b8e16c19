"""Searches offered as examples: on the home page before anything is typed, and in the help.

Each shows one thing the search understands beyond matching words, and each finds reports in the
bundled samples (tests/web/test_examples.py), so a first visitor's first click is never empty.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    """A query and what it shows a visitor."""

    query: str
    shows: str


EXAMPLE_SEARCHES = (
    Example("低保", "简称也找全称（最低生活保障）"),
    Example("民政局 2020", "机构和年份"),
    Example("收到多少申请", "问数字：每条结果列出该数字"),
    Example("行政复议 案件", "有复议案件的报告排在前面"),
    Example("申请最多", "按申请数量从多到少"),
    Example("宁夏 依申请公开", "按地区"),
    Example("公开内容不全面", "问问题：看报告第五部分"),
    Example("不予公开 year:2019-2021", "搜索语法：限定年份"),
)
