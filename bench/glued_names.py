"""Stress test of where issuer names start: made-up junk glued before the name on real dev pages.

    NIANBAO_EXTRA_PAGES=dir1:dir2 .venv/bin/python bench/glued_names.py [--list 1|2|3] [--details]

Spam mirrors, site templates and lead-ins glue words before an issuer's name ('鸿运娱乐青石镇2020年…').
For every dev page of ../shared/corpus/pages (never a test page) and every page of the extra sets whose gold
agency is written in its first 25 lines, each junk word of a list is glued directly before the first copy of
the name, the copy is parsed (with its address) in a temporary folder and the agency compared with the gold.
Real texts are only read and copied to that folder, never kept. The junk words are made up; list 1 was
used while building indexer/corroboration.py, lists 2 and 3 were written before their first runs
(docs/parsing.md, "Round 7").
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extra_pages import VARIABLE, load as load_extra  # noqa: E402
from bench.parsing_accuracy import SHARED, load, page_split  # noqa: E402
from indexer.model import UnreadableFile  # noqa: E402
from indexer.parser import parse_file  # noqa: E402

JUNK = {
    "1": ["鸿运娱乐", "提款秒到账", "转载自", "详细内容", "正文", "金沙棋牌平台", "发布单位", "打印本页", "阅读次数",
          "青石新闻", "特此公布", "新闻中心"],
    "2": ["永利皇宫", "免费下载", "转发", "编辑部", "信息详情", "收藏本页", "手机版", "返回顶部", "大发快三", "官方推荐",
          "责任编辑", "更多"],
    "3": ["澳门新葡京", "下载中心", "上一篇", "网上办事", "大小", "关注我们", "无障碍阅读", "体彩官方", "来源于", "专题专栏",
          "热门推荐", "秒速赛车"],
}
_FIRST_LINES = 25


def pages(folders: list[Path]) -> list[tuple[Path, dict]]:
    """(text file, gold) of the dev pages and the extra sets' pages."""
    found = []
    gold_file = SHARED / "pages.gold.jsonl"
    if gold_file.is_file():
        found += [(SHARED / g["file"], g) for g in load(gold_file) if page_split(g["source"]) == "dev"]
    for folder in folders:
        found += [(folder / g["file"], g) for g in load_extra(folder)]
    return found


def run(junk: list[str], folders: list[Path]) -> tuple[dict[str, list[int]], list[str]]:
    """{junk word: [right, scored]} and the misses."""
    counts = {word: [0, 0] for word in junk}
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (path, gold) in enumerate(pages(folders)):
            agency = gold.get("agency")
            text = path.read_text(encoding="utf-8") if agency else ""
            at = text.find(agency) if agency else -1
            if at < 0 or text.count("\n", 0, at) > _FIRST_LINES:
                continue
            copy = Path(tmp) / f"{n}.txt"
            for word in junk:
                copy.write_text(text[:at] + word + text[at:], encoding="utf-8")
                try:
                    got = parse_file(copy, address=gold["source"]).agency
                except UnreadableFile:
                    got = "(refused)"
                counts[word][1] += 1
                counts[word][0] += got == agency
                if got != agency:
                    misses.append(f"{word}: {path.parent.parent.name}/{path.name}: expected {agency!r}, got {got!r}")
    return counts, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", choices=sorted(JUNK), default="1")
    ap.add_argument("--details", action="store_true", help="list every wrong name")
    args = ap.parse_args(argv)
    folders = [Path(p) for p in os.environ.get(VARIABLE, "").split(os.pathsep) if p]
    counts, misses = run(JUNK[args.list], folders)
    print("| junk glued before the name | right |\n| --- | --- |")
    for word, (right, total) in counts.items():
        print(f"| {word} | {right}/{total} |")
    right, total = sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())
    print(f"| all | {right}/{total} |")
    if args.details:
        print("\n" + "\n".join(f"- {m}" for m in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
