"""What a report's prose says about its own figures, for checking against its tables.

Reports often state the year's requests in words ("2020年未收到依申请公开政府信息的申请件",
"通过政府网站互动平台收到依申请公开1件") and whether any review case arose
("全年未发生因政府信息公开申请引发的行政复议、行政诉讼"). Claims are read clause by clause
(a clause ends at ，。；), only from paragraphs, never from tables, so the table's own labels
(未经复议直接起诉) are not taken for claims.
"""
from __future__ import annotations

import re

_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_NEGATION = re.compile(r"(?:未|没有|无)(?:收到|受理|接到|接收|发生|出现|产生|有)")
_REQUEST_WORDS = re.compile(r"信息公开|依申请")
# Clauses about other things that happen to hold the same words.
_NOT_ABOUT_REQUESTS = re.compile(r"复议|诉讼|逾期|答复|补正|不予|举报|投诉|咨询")
# 未发生…被行政复议纠错、行政诉讼败诉: no case was lost, which says nothing of how many there were.
_OUTCOME = re.compile(r"纠错|纠正|败诉|撤销|确认违法|被改变")
_NUMERAL = r"\d+|[零〇一二两三四五六七八九十百]+"
_REQUEST_COUNT = re.compile(
    r"(?:收到|受理|接收|接到)[^，。；]{0,30}?(?:信息公开|依申请公开?)(?:[^，。；\d零〇一二两三四五六七八九十百]{0,12}?)"
    rf"(?:共|总计|合计)?\s*({_NUMERAL})\s*(?:件|条|个|份|宗)"
)
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MAX_QUOTE = 120


def chinese_number(text: str) -> int | None:
    """'12' -> 12, '十二' -> 12, '二十' -> 20, '一百零五' -> 105; None for anything else."""
    if text.isascii() and text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def prose_paragraphs(report: dict):
    """(section number, paragraph text) of a stored report, tables left out."""
    if report.get("preamble"):
        yield 0, report["preamble"]
    for section in report.get("sections", []):
        for block in section.get("blocks", []):
            if block.get("type") == "p" and block.get("text"):
                yield section.get("number"), block["text"]


def read_claims(report: dict) -> list[dict]:
    """Claims of the prose: ``{"claim", "section", "text", "value"}`` in reading order.

    ``claim`` is ``no_requests`` (未收到政府信息公开申请), ``requests_count`` (收到…申请 N 件, the
    number in ``value``), ``no_reconsideration`` or ``no_litigation`` (未发生…行政复议、行政诉讼; not
    未发生…被复议纠错、诉讼败诉, which denies only an outcome).
    """
    claims = []
    for number, text in prose_paragraphs(report):
        for match in _CLAUSE.finditer(text):
            clause = match.group().strip()
            quote = clause[:MAX_QUOTE]
            # The table's column 未经复议直接起诉 and phrases like it are no claim about cases.
            plain = clause.replace("未经复议", "")
            negated = _NEGATION.search(plain)
            if negated and "申请" in plain and _REQUEST_WORDS.search(plain) and not _NOT_ABOUT_REQUESTS.search(plain):
                claims.append({"claim": "no_requests", "section": number, "text": quote, "value": 0})
                continue
            if negated and ("复议" in plain or "诉讼" in plain):
                tail = plain[negated.start():]
                if _OUTCOME.search(tail):
                    continue
                if "复议" in tail:
                    claims.append({"claim": "no_reconsideration", "section": number, "text": quote, "value": 0})
                if "诉讼" in tail:
                    claims.append({"claim": "no_litigation", "section": number, "text": quote, "value": 0})
                continue
            count = _REQUEST_COUNT.search(plain)
            if count and not _NOT_ABOUT_REQUESTS.search(plain[: count.start(1)]):
                value = chinese_number(count.group(1))
                if value is not None:
                    claims.append({"claim": "requests_count", "section": number, "text": quote, "value": value})
    return claims
