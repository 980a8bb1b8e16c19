"""The pages bench/presentation_robustness.py transforms: a report page, its title as its first lines show it, where
its parts' headings stand, and the edits that put made-up lines around the title or replace it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import opencc

from indexer.model import UnreadableFile
from indexer.parser import parse_file
from indexer.script import to_key

# A title at the start of one of the page's first lines, on the simplified key (same offsets as the text).
_TAIL = r"(?P<tail>(?:政府)?信息公开[^\s，。,；;:：]{0,14}?(?:报告|年报))(?=\s|$)"  # (a sentence going on is no title)
_YEAR = r"(?P<year>(?:19|20)\d{2})\s*年度?+"
_ISSUER = r"(?P<issuer>[^\s，。,；;:：|>》《“”\"()（）【】\d]{2,40}?)"
TITLE = re.compile(rf"\s*{_ISSUER}{_YEAR}{_TAIL}")
YEAR_FIRST = re.compile(rf"\s*{_YEAR}(?!(?:政府)?信息公开){_ISSUER}{_TAIL}")  # ('2019年政府信息公开…': none)

@dataclass
class Page:
    """One report page: its text, its address and what its untransformed parse found."""

    name: str
    text: str
    address: str
    reading: dict | None = None
    heads: dict | None = None  # part number -> (start, end) of its numeral in the text

    def title(self):
        """(match, line start, year-first) of the title in the page's first lines, or None."""
        key, start = to_key(self.text), 0
        for line in key.split("\n")[:4]:
            for pattern, first in ((TITLE, False), (YEAR_FIRST, True)):
                found = pattern.match(line)
                if found and found.end() <= 90:
                    return found, start, first
            start += len(line) + 1
        return None


def read(text: str, address: str | None, folder: Path) -> dict | str:
    """The fields of the text's parse, or the refusal's reason."""
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    try:
        report = parse_file(path, address=address)
    except UnreadableFile as exc:
        return str(exc)
    return {"agency": report.agency, "year": report.year, "level": report.level,
            "province": (report.region or {}).get("province"),
            "parts": [s.number for s in report.sections if not s.inferred],
            "titles": {s.number: s.title for s in report.sections if not s.inferred and s.title}}


def find_heads(page: Page) -> dict:
    """Where each part's heading numeral and its mark stand in the text, by the parse's own headings."""
    key, heads, at = to_key(page.text), {}, 0
    for number, title in sorted(page.reading["titles"].items()):
        head = re.match(r"\s*([一二三四五六七八])\s*[、.．]\s*(\S{1,3})", to_key(title))
        if not head:
            continue
        found = re.compile(re.escape(head.group(1)) + r"\s*[、.．]" + r"(?=\s*" + re.escape(head.group(2)) + ")"
                           ).search(key, at)
        if found:
            heads[number] = found.span()
            at = found.end()
    return heads


def lines_before(text: str, lines: list[str]) -> str:
    """The text with lines put before it."""
    return "\n".join(lines) + "\n" + text


def around_title(page: Page, before: list[str], after: list[str]) -> str:
    """Lines put before the title and after it (all before the page when it has no title)."""
    found = page.title()
    if not found:
        return lines_before(page.text, before + after)
    match, start, _ = found
    s, e = start + len(match.group(0)) - len(match.group(0).lstrip()), start + match.end()
    t = page.text
    return t[:s] + "".join(f"{line}\n" for line in before) + t[s:e] + "".join(f"\n{line}" for line in after) + t[e:]


def retitle(page: Page, make) -> str | None:
    """The page with its title replaced by make(issuer, year words, tail, year first), or None without a title."""
    found = page.title()
    if not found:
        return None
    match, start, first = found
    t = page.text
    issuer = t[start + match.start("issuer"):start + match.end("issuer")]
    year = t[start + match.end("issuer"):start + match.start("tail")] if not first else \
        t[start + match.start("year"):start + match.start("issuer")]
    tail = t[start + match.start("tail"):start + match.end("tail")]
    lead = start + len(match.group(0)) - len(match.group(0).lstrip())
    return t[:lead] + make(issuer, year.strip(), tail, first) + t[start + match.end():]


def is_traditional(page: Page) -> bool:
    """Whether the page is written in traditional script."""
    return to_key(page.text) != page.text


def in_script(page: Page, text: str) -> str:
    """Text in the page's script: a traditional page's inserted words are traditional too."""
    return CONVERT.convert(text) if is_traditional(page) else text


CONVERT = opencc.OpenCC("s2t")
