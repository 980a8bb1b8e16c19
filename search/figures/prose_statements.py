"""What a report's prose states of the two figures no table of the templates holds: the information-processing
fees charged (2021 template, part 六) and the items of information disclosed of a body's own accord (part 一 or 二).

Each is read from a stored report's paragraphs (``claims.prose_paragraphs``) with the sentence that says it, for the
hit to quote. The index writer reads them when it indexes the report and keeps them in its digest
(``search/figures/digest.py``): a question about fees asks it of every report, and decoding each stored report on
a process's first such question cost 5 s of CPU at 10,000 reports (27 s of wall time on a busy machine).

The indexer imports this module through the digest; it imports nothing of ``search.retrieval``.
"""
from __future__ import annotations

import re

from search.figures.claims import MAX_QUOTE, prose_paragraphs

PROSE_FEES = "processing_fees"
# Fees charged, amount not stated (收取信息处理费2笔). Ranked by 最多 as value + 1 + at most 0.5 of
# the words' score (signals._by_figure), so it must stand at least 0.5 above 0 元 to rank above it,
# and below 1 元, the least amount written.
CHARGED_NO_AMOUNT = 0.5
# The fee's full name since its 2020 rules is 政府信息公开信息处理费 (收取政府信息公开信息处理费2650元).
# Before 2021 the reports wrote the fees as 收取费用0元 or 收取政府信息公开相关费用.
_FEES_CHARGED = re.compile(r"收取(?:了)?(?:(?:政府信息公开)?(?:政府)?信息(?:公开)?处理费|(?:政府信息公开)?(?:相关)?费用)"
                           r"[^，。；\d]{0,8}?(\d[\d,.]*)\s*(万元|元|件|笔)")
# The amount a count of charges goes on to give, in the same sentence (2笔，共计300元).
_AMOUNT_AFTER = re.compile(r"^[^。；]*?(?:共计|合计|共|金额|计)[^。；\d]{0,4}(\d[\d,.]*)\s*(万元|元)")
# None charged, as the 2021 rules word it (未收取信息处理费) and as the 2008 template's part 收费及减免情况 was answered:
# to whom it was not charged between (未向公民、法人和其他组织收取任何费用), or the part itself said empty
# (无政府信息公开的收费及减免情况).
_NO_FEES = re.compile(r"(?:未|没有|无|不|免于)(?:(?:向|对)[^，。；]{0,16}?)?(?:收取|产生|发生|发出)[^，。；]{0,12}"
                      r"(?:处理费|费用|收费)|免费提供|(?:没有|无)(?:政府信息公开的?)?收费(?:及|和|与)减免")


def _yuan(number: str, unit: str) -> float:
    value = float(number.replace(",", "").rstrip(".") or 0)
    return round(value * 10000, 2) if unit == "万元" else value  # 0.07万元 is 700 元, not 700.0000000000001


def _sentence(paragraph: str, start: int, end: int) -> str:
    """The sentence of ``paragraph`` holding the span start–end, for a reader to check a figure by."""
    left = max(paragraph.rfind(mark, 0, start) for mark in "。；\n") + 1
    stops = [i for i in (paragraph.find(mark, end) for mark in "。；\n") if i >= 0]
    right = min(stops) + 1 if stops else len(paragraph)
    if right - left <= MAX_QUOTE:
        return paragraph[left:right].strip()
    # A long sentence is cut around the figure, not before it (巴州's 120 characters of preamble).
    begin = max(left, min(start, end + 20 - MAX_QUOTE))
    return ("…" if begin > left else "") + paragraph[begin:begin + MAX_QUOTE].strip() + "…"


def _larger(kept: tuple | None, value: float, said: tuple[int, str]) -> tuple:
    """The larger of the amount kept so far and this one, each with where it is said."""
    return (value, said) if kept is None or value > kept[0] else kept


def fee_statement(payload: dict) -> tuple[float, int, str] | None:
    """The information-processing fees a report's prose says it charged (2021 template, part 六), in
    元, with the part and the sentence saying so: the largest amount it gives, 0 when it says none
    were charged, None when silent. A count of charges (收取信息处理费2笔) says fees were charged but
    not how much: ranked in 元 beside amounts it would stand for 2 元, so unless the sentence goes on
    to the amount (2笔，共计300元) it is CHARGED_NO_AMOUNT."""
    amount = charged = None
    for number, written, paragraph in prose_paragraphs(payload):
        for match in _FEES_CHARGED.finditer(paragraph):
            said = (number, _sentence(written, match.start(), match.end()))
            if match.group(2) in ("件", "笔"):
                after = _AMOUNT_AFTER.match(paragraph[match.end():])
                if after:
                    amount = _larger(amount, _yuan(*after.groups()), said)
                elif _yuan(match.group(1), "元") > 0:
                    charged = (CHARGED_NO_AMOUNT, said)
                else:
                    charged = charged or (0.0, said)
            else:
                amount = _larger(amount, _yuan(*match.groups()), said)
        none = _NO_FEES.search(paragraph)
        if amount is None and charged is None and none:
            amount = (0.0, (number, _sentence(written, none.start(), none.end())))
    found = amount if amount is not None else charged
    if found is None:
        return None
    value, (section, sentence) = found
    return value, section, sentence



PROSE_ITEMS = "proactive_items"
# How the reports state what they disclosed of their own accord, in part 一 or 二 (no table of
# the 2019 template counts it): 主动公开政府信息8462条, 累计公开各类信息7.3万余条, 通过门户网站公开
# 政府信息3682条, 共发布各类政府信息13528条. The largest number so stated is the year's total (the
# others are its parts: 其中政策文件12条).
_ITEMS = re.compile(r"(?:公开|发布)[^，。；、\d]{0,12}?信息[^，。；、\d]{0,6}?(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(?:余|多)?\s*条")


# A count since an earlier date (《条例》颁布实施以来，累计…; 自2008年以来; 网站开通至今; 历年累计) is larger than any year's and
# no year's: the largest number was read as the year's (a city's count since 2008 over its year's). Since the
# start of the report's own year (今年以来, 2021年以来 in a report on 2021) is the year.
_SINCE = re.compile(r"以来|至今|迄今|历年")


def _since_earlier(paragraph: str, start: int, after: int, year: object) -> bool:
    """Whether the sentence of ``paragraph`` before ``start`` (from ``after``, the end of the count stated before it)
    counts from before the report's year."""
    left = max(max(paragraph.rfind(mark, 0, start) for mark in "。；;\n") + 1, after)
    own = rf"|{year}年(?:度|初)?" if str(year).isdigit() else ""
    return _SINCE.search(re.sub(rf"(?:今年|本年度?|年初{own})以来", "", paragraph[left:start])) is not None


def items_statement(payload: dict) -> tuple[float, int, str] | None:
    """The number of items of information a report's prose says it disclosed proactively (the
    largest so stated, a count since an earlier date left out), with the part and the sentence saying
    so; None when it states none."""
    found = None
    year = payload.get("year")
    for number, written, paragraph in prose_paragraphs(payload):
        after = 0
        for match in _ITEMS.finditer(paragraph):
            since, after = _since_earlier(paragraph, match.start(), after, year), match.end()
            if since:
                continue
            value = float(match.group(1).replace(",", "")) * (10000 if match.group(2) else 1)
            if found is None or value > found[0]:
                found = (value, number, _sentence(written, match.start(), match.end()))
    return found


def prose_statements(payload: dict) -> dict[str, tuple[float, int, str]]:
    """Each of PROSE_FEES and PROSE_ITEMS the stored report's prose states: (value, part, sentence); the silent
    ones left out (the digest of every report keeps this)."""
    found = {PROSE_FEES: fee_statement(payload), PROSE_ITEMS: items_statement(payload)}
    return {key: said for key, said in found.items() if said is not None}
