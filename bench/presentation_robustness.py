"""Metamorphic test of the parser: a report's reading must not change when only its page's presentation does.

    NIANBAO_CORPUS=/work/shared/corpus NIANBAO_EXTRA_PAGES=/work/notes/extra-pages-147:... \\
        .venv/bin/python bench/presentation_robustness.py [--changes] [--only NAME,...] [--address]

An issuer's name, the year reported on, the level, the province and the parts a report holds do not change when
the page around the report changes the way agencies' sites and mirrors present it (issue 15, "What goes wrong").
The script takes every report of the shared pages' dev half (``bench.parsing_accuracy.page_split``; the test half
is never read) and of the extra pages (``NIANBAO_EXTRA_PAGES`` as ``bench/extra_pages.py`` reads it; pages whose gold
says ``"report": false`` are left out), parses each as it is, then again under each transform below, and counts per
transform the reports whose reading kept the same agency (compared on the simplified key, glosses off), year, level,
province, parts (numbers of the parts found, not inferred) and were not refused. The pages are read from their text
alone (``--address`` passes each page's address, as a crawl would).

The transforms (chrome strings are made up; no real host or name is written here):

- ``breadcrumb``, ``breadcrumb2``: a breadcrumb line before the page (``当前位置：首页 > 政务公开 > …``);
- ``widgets``: accessibility and font-size widgets before the page and share/print widgets after the title;
- ``metadata``: a flattened metadata table (``索引号|…|发布机构|<the parse's issuer>|发文日期|…``) before the title;
- ``site_glued``: a column's name glued before the title (``政府信息公开某某局2019年…``);
- ``year_first``: the title's year moved first (``2019年某某局…`` ↔ ``某某局2019年…``);
- ``title_split``: the title's issuer on its own line;
- ``title_removed``: the title taken off, the lead-in and body left;
- ``leadin_公布``, ``leadin_向社会``, ``leadin_特向``, ``leadin_现将``: the title replaced by a lead-in that names it
  (``根据《条例》规定，现公布/现向社会公布/特向社会公布 <title>。``, ``现将<issuer><year>政府信息公开工作情况报告如下``);
- ``byline``: a byline with the next year's publication date and document number after the title;
- ``traditional``, ``glossed``: the text in traditional script (OpenCC s2t), and with pinyin glosses after some
  characters as mirror converters write them (``本報(bào)告``);
- ``fullwidth``: digits written full-width;
- ``arabic_dot``, ``arabic_comma``: the parts' headings renumbered ``1.`` / ``1、``;
- ``cut_after_one``: the page cut where part 二's heading starts (the parts expected are then part 一 only);
- the transforms of ``bench/presentation_classes.py`` (round 71: the issuer named only in the body, ``由…编制的`` and
  ``…编制了…`` lead-ins, the place written twice, glosses inside the name, a statistics period as the only year,
  part 一's sub-headings, a zone placed only by its address).

Title transforms apply where the page's first lines hold a title ``<issuer><year>年…公开…报告`` or its year-first
form; part transforms where the parse found the parts' headings in the text; a transform that does not apply is
not counted. A field that becomes null where the transformed text no longer names the value (the title taken off
and no lead-in naming the issuer; a year or issuer only after the cut) is counted as "may become null", not as a
change; level and province may become null with the issuer. Every change is listed with ``--changes``.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extra_pages import VARIABLE, load as load_extra  # noqa: E402
from bench.parsing_accuracy import SHARED, load as load_gold  # noqa: E402
from bench.presentation_classes import EXPECTED, MORE  # noqa: E402
from bench.presentation_pages import (CONVERT, Page, around_title, is_traditional, lines_before,  # noqa: E402
                                      retitle, in_script, find_heads, read)
from indexer.script import strip_glosses, to_key  # noqa: E402

FIELDS = ("agency", "year", "level", "province", "parts")
# Traditional characters mirrors gloss, with their syllable (a fixed choice: some characters, not all).
GLOSSES = dict(zip("國開簡稱實來聯應區鎮統政報縣務關據會員鄉廳處辦衛農業發總體況",
                   "guó kāi jiǎn chēng shí lái lián yīng qū zhèn tǒng zhèng bào xiàn wù guān jù huì yuán xiāng "
                   "tīng chù bàn wèi nóng yè fā zǒng tǐ kuàng".split()))
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def pages() -> list[Page]:
    """The dev half of the shared pages and the extra pages' reports, in order."""
    out = [Page(g["file"], (SHARED / g["file"]).read_text(encoding="utf-8"), g["source"])
           for g in load_gold(SHARED / "pages.gold.jsonl", "pages-dev")]
    for folder in (Path(p) for p in os.environ.get(VARIABLE, "").split(os.pathsep) if p):
        out += [Page(f"{folder.name}/{g['file']}", (folder / g["file"]).read_text(encoding="utf-8"), g["source"])
                for g in load_extra(folder) if g.get("report") is not False]
    return out


def _leadin(verb: str):
    def make(page: Page) -> str | None:
        law = "根据《中华人民共和国政府信息公开条例》规定，"
        return retitle(page, lambda i, y, t, f: in_script(page, law + verb) + f"{i}{y}{t}。\n")
    return make


def _renumber(mark: str):
    def make(page: Page) -> str | None:
        heads, t = page.heads, page.text
        if not heads:
            return None
        for s, e in sorted(heads.values(), reverse=True):  # (the numeral as written: a report may skip one)
            t = t[:s] + f"{'一二三四五六七八'.index(to_key(t[s])) + 1}{mark}" + t[e:]
        return t
    return make


def _cut_after_one(page: Page) -> str | None:
    later = [s for n, (s, _) in page.heads.items() if n > 1]
    return page.text[:min(later)] if 1 in page.heads and later else None


def _metadata(page: Page) -> str:
    year = (page.reading["year"] or 2020) + 1
    issuer = f"|发布机构：|{page.reading['agency']}" if page.reading["agency"] else ""
    row = f"索引号：|000000000/{year}-00012|分类：|政务公开{issuer}|发文日期：|{year}-02-05|文号：||有效性：|有效"
    return around_title(page, [row], [])


def _byline(page: Page) -> str:
    year = (page.reading["year"] or 2020) + 1
    return around_title(page, [], [f"发布时间：{year}-02-05 来源：本网 浏览次数：128 政办发〔{year}〕12号"])


def _glossed(page: Page) -> str:
    return "".join(f"{c}({GLOSSES[c]})" if c in GLOSSES else c for c in CONVERT.convert(page.text))


TRANSFORMS = {
    "breadcrumb": lambda p: lines_before(p.text, ["当前位置：首页 > 政务公开 > 政府信息公开年报 >"]),
    "breadcrumb2": lambda p: lines_before(p.text, ["您当前的位置：首页>>信息公开>>法定主动公开内容>>年度报告"]),
    "widgets": lambda p: around_title(p, ["无障碍浏览 | 长者模式 | 简体 | 繁體", "请输入搜索内容"],
                                       ["【字体：大 中 小】 打印 关闭", "分享到："]),
    "metadata": _metadata,
    "site_glued": lambda p: retitle(p, lambda i, y, t, f: "政府信息公开" + (f"{y}{i}{t}" if f else f"{i}{y}{t}")),
    "year_first": lambda p: retitle(p, lambda i, y, t, f: f"{i}{y}{t}" if f else f"{y}{i}{t}"),
    "title_split": lambda p: retitle(p, lambda i, y, t, f: f"{i}\n{y}{t}"),
    "title_removed": lambda p: retitle(p, lambda i, y, t, f: ""),
    "leadin_公布": _leadin("现公布"),
    "leadin_向社会": _leadin("现向社会公布"),
    "leadin_特向": _leadin("特向社会公布"),
    "leadin_现将": lambda p: retitle(p, lambda i, y, t, f: in_script(p, f"现将{i}{y}政府信息公开工作情况报告如下。\n")),
    "byline": _byline,
    "traditional": lambda p: None if is_traditional(p) else CONVERT.convert(p.text),
    "glossed": lambda p: None if is_traditional(p) else _glossed(p),
    "fullwidth": lambda p: p.text.translate(FULL_WIDTH),
    "arabic_dot": _renumber("."),
    "arabic_comma": _renumber("、"),
    "cut_after_one": _cut_after_one,
    **MORE,
}


def _plain(value) -> str:
    return to_key(strip_glosses(str(value)))


def expected(page: Page, name: str, reread) -> dict:
    """The reading a transform should keep: the page's own, but for what the transform changes on purpose."""
    base = page.reading
    if name == "cut_after_one":
        return dict(base, parts=[n for n in base["parts"] if n == 1])
    return dict(base, **EXPECTED[name](page, reread)) if name in EXPECTED else base


def compare(page: Page, name: str, text: str, got: dict | str, want: dict | None = None) -> dict[str, str]:
    """{field: 'kept' | 'null' (may become null) | 'changed'} and the refusal as 'refused'."""
    base = page.reading
    if isinstance(got, str):
        return {"refused": got}
    want = want or page.reading
    plain = _plain(text).translate({ord(c): ord(str(i)) for i, c in enumerate("０１２３４５６７８９")})
    out = {}
    for field in FIELDS:
        old, new = want[field], got[field]
        same = _plain(old) == _plain(new) if field == "agency" and old and new else old == new
        named = field in ("level", "province") or _plain(old) in plain
        lost_issuer = field in ("level", "province") and got["agency"] is None and base["agency"] is not None
        out[field] = "kept" if same else "null" if new is None and (not named or lost_issuer) else "changed"
    return out


def run(pages_: list[Page], only: list[str], with_address: bool) -> tuple[dict, list[str]]:
    """Counts per transform and the changes, one line each."""
    counts: dict[str, Counter] = {name: Counter() for name in only}
    changes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for page in pages_:
            address = page.address if with_address else None
            page.reading = read(page.text, address, folder)
            if isinstance(page.reading, str):
                changes.append(f"- (as is) {page.name}: refused ({page.reading})")
                continue
            page.heads = find_heads(page)
            for name in only:
                text = TRANSFORMS[name](page)
                if text is None or text == page.text:
                    continue
                want = expected(page, name, lambda t: read(t, address, folder))
                result = compare(page, name, text, read(text, address, folder), want)
                counts[name]["applied"] += 1
                if "refused" in result:
                    counts[name]["refused"] += 1
                    changes.append(f"- {name} {page.name}: refused ({result['refused']})")
                    continue
                for field, verdict in result.items():
                    counts[name][f"{field} {verdict}"] += 1
                    if verdict == "changed":
                        got = read(text, address, folder)[field]
                        old = want[field]
                        changes.append(f"- {name} {page.name}: {field} {old!r} -> {got!r}")
    return counts, changes


def table(counts: dict) -> str:
    """Markdown: per transform, pages it applied to and fields kept (may become null in brackets)."""
    rows = ["| transform | applied | kept (not refused) | " + " | ".join(FIELDS) + " |",
            "| --- | --- | --- |" + " --- |" * len(FIELDS)]
    for name, c in counts.items():
        n = c["applied"]
        cells = [f"{c[f + ' kept']}/{n}" + (f" (+{c[f + ' null']} null)" if c[f + " null"] else "") for f in FIELDS]
        rows.append(f"| {name} | {n} | {n - c['refused']}/{n} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and with --changes every change); 0 when nothing is to be read."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--changes", action="store_true", help="list every field a transform changed")
    ap.add_argument("--only", default="", help="comma-separated transforms (default: all)")
    ap.add_argument("--address", action="store_true", help="pass each page's address to the parser")
    args = ap.parse_args(argv)
    only = [n for n in args.only.split(",") if n] or list(TRANSFORMS)
    unknown = [n for n in only if n not in TRANSFORMS]
    if unknown:
        ap.error(f"unknown transform(s): {', '.join(unknown)}; known: {', '.join(TRANSFORMS)}")
    found = pages()
    if not found:
        print(f"no pages: set NIANBAO_CORPUS to the shared corpus and/or {VARIABLE} to extra pages' folders")
        return 0
    counts, changes = run(found, only, args.address)
    print(f"{len(found)} reports, read {'with their address' if args.address else 'from their text alone'}\n")
    print(table(counts))
    if args.changes:
        print("\n" + "\n".join(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
