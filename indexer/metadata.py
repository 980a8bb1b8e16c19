"""Title, agency and year of a report, read from its title lines.

Titles come in several layouts, all seen in real reports:
  '沙坡头区民政和社会保障局 2020 年政府信息公开工作年度报告'        one line
  '兴庆区民政局' / '2019 年政府信息公开工作年度报告'               agency, then year + title
  '2024 年上海市科委政府信息公开工作' / '年度报告'                   year first, wrapped
  '平潭综合实验区地方税务局2013年信息公开年度报告'                   no 政府 / 工作
  '# 沐阳县人民政府 2025 年 政府信息公开工作年度报告'                markdown
  '泉州市丰泽区人民政府关于2019年度政府信息公开工作的报告'           关于…的报告
  '济南市历下区人民政府2020年政府信息公开工作报告'                   no 年度
The year is the year reported on, never the publication date ('(2026年1月23日)').
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from indexer.model import Block, Table
from indexer.normalize import clean_line, squeeze

# '…工作年度报告', '…信息公开年报', '…2020年政府信息公开工作报告' and '…关于2019年度政府信息公开
# 工作的报告'; not the preamble's '现将…工作情况报告如下'.
_TITLE_TAIL = re.compile(r"(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:(?:年度?)?报告|年报|(?:情况)?的报告)(?!如下)")
_YEAR = re.compile(r"((?:19|20)\d{2})年度?")
_LEAD = re.compile(r"^(?:标题[:：]|关于|正文)")
_TRAIL = re.compile(r"(?:的|关于|-.*)$")
_HEAD_LINES = 12


@dataclass
class TitleInfo:
    """What the title lines say."""

    title: str | None
    agency: str | None
    year: int | None


def _clean_agency(text: str) -> str | None:
    text = _LEAD.sub("", text)
    text = re.sub(r"[《》“”\"#*]", "", text)
    text = _TRAIL.sub("", text).strip(" ，,:：")
    return text or None


def _parse_title(title: str) -> TitleInfo | None:
    """Read agency and year from one title string (already squeezed); None for a sentence."""
    tail = _TITLE_TAIL.search(title)
    if not tail:
        return None
    head = title[: tail.start()]
    if re.search(r"[。；;！？]", head):
        return None  # prose that names the report: '…包括机构职能、…政府信息公开工作年度报告等'
    title = title[: tail.end()] if re.search(r"[。；;，,]", title[tail.end():]) else title
    year_match = None
    for year_match in _YEAR.finditer(head):
        pass  # the last year before the tail is the reported one
    if year_match is None:
        return TitleInfo(title, _clean_agency(head), None)
    before, after = head[: year_match.start()], head[year_match.end() :]
    agency = _clean_agency(before) or _clean_agency(after)
    return TitleInfo(title, agency, int(year_match.group(1)))


def _plausible(info: TitleInfo | None) -> bool:
    """An agency and a year, the agency short and free of sentence punctuation."""
    return bool(info and info.agency and info.year and len(info.agency) <= 40
                and not re.search(r"[，,。；;（(]", info.agency))


def read_title(blocks: list[Block], hints: list[str] = ()) -> TitleInfo:
    """Find the title among the container's hints and the first lines; read agency and year.

    Hints (a PDF's /Title, an HTML page's <h1>) come first: the body's first lines may be
    prose that also names the report ('现向社会公布沭阳县发展和改革局2023年度…报告').
    """
    for hint in hints:
        info = _parse_title(squeeze(hint))
        if _plausible(info):
            return info
    lines = [squeeze(clean_line(b)) for b in blocks[:_HEAD_LINES] if isinstance(b, str)]
    lines = [line for line in lines if line]
    best: TitleInfo | None = None
    for i, line in enumerate(lines):
        # A title may wrap: try the line alone, then joined with the next one.
        for joined in (line, line + (lines[i + 1] if i + 1 < len(lines) else "")):
            info = _parse_title(joined[:80])
            if not info:
                continue
            prev = i - 1
            if info.agency is None and prev >= 0 and len(lines[prev]) <= 30 and not _YEAR.search(lines[prev]):
                info.agency = _clean_agency(lines[prev])  # agency on its own line above
                info.title = lines[prev] + joined
            if _plausible(info):
                return info
            if best is None or (best.year is None and info.year):
                best = info if info.agency is None or len(info.agency) <= 40 else TitleInfo(info.title, None, info.year)
            break
    return best or TitleInfo(None, None, None)


_PERIOD = re.compile(r"(?:统计期限|统计时限|统计周期|统计时间)[^。]{0,12}?((?:19|20)\d{2})年")
_THIS_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度)?(?:，|,|我|本|全年|以来)")


def guess_year(blocks: list[Block]) -> int | None:
    """The reported year when the title has none: the statistics period, else the commonest '20xx年，'."""
    text = squeeze("\n".join(b for b in blocks[:60] if not isinstance(b, Table)))
    match = _PERIOD.search(text)
    if match:
        return int(match.group(1))
    counts = Counter(int(m.group(1)) for m in _THIS_YEAR.finditer(text))
    return counts.most_common(1)[0][0] if counts else None
