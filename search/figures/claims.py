"""What a report's prose says about its own figures, for checking against its tables and for
ranking where the tables are cut or absent.

Reports often state the year's requests in words ("2020年未收到依申请公开政府信息的申请件",
"通过政府网站互动平台收到依申请公开1件"), whether any review case arose
("全年未发生因政府信息公开申请引发的行政复议、行政诉讼"), and the template's other figures
(data/prose_figures.tsv: "因政府信息公开申请引发行政复议2件、行政诉讼1件", "不予公开3件"). Claims
are read clause by clause (a clause ends at ，。；), only from paragraphs, never from tables, so the
table's own labels (未经复议直接起诉) are not taken for claims.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from search.figures.area_scope import SENTENCE_END as _SENTENCE_END, area_named, government_s_own_area
from search.folding import traditional_to_simplified

_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_NEGATION = re.compile(r"(?:未|没有|无)(?:收到|受理|接到|接收|发生|出现|产生|有)")
_REQUEST_WORDS = re.compile(r"信息公开|依申请")
# Clauses about other things that happen to hold the same words.
_NOT_ABOUT_REQUESTS = re.compile(r"复议|诉讼|逾期|答复|补正|不予|举报|投诉|咨询")
# 未发生…被行政复议纠错、行政诉讼败诉: no case was lost, which says nothing of how many there were.
_OUTCOME = re.compile(r"纠错|纠正|败诉|撤销|确认违法|被改变")
_NUMERAL = r"\d+|[零〇一二两三四五六七八九十百]+"
_NUMERAL_COMMAS = r"\d[\d,]*|[零〇一二两三四五六七八九十百]+"
# A count whose unit and clause end a page lost, the next item of its list glued to it: '…本年度共收到依申请公开事项0三是
# 政府信息管理方面' (一是…二是…三是…, the sentence marks between the items gone). An Arabic numeral cannot run on into a
# Chinese one, so the item's ordinal (二是 … 十是) ends the count as its unit would; a Chinese numeral could (三二是) and
# is never read so.
NEXT_ITEM = re.compile(r"(?<=\d)[二三四五六七八九十]是")
_REQUEST_COUNT = re.compile(
    r"(?:收到|受理|接收|接到)[^，。；]{0,30}?(?:信息公开|依申请公开?)(?:[^，。；\d零〇一二两三四五六七八九十百]{0,12}?)"
    rf"(?:共|总计|合计)?\s*({_NUMERAL})(?:\s*(?:件|条|个|份|宗)|(?=[二三四五六七八九十]是)(?<=\d))"
)
# A count over several kinds, the request kind one item of a list it closes with 等 (收到群众来信、依申请公开等26件):
# no count of requests. The clause after it that names the kind (其中依申请公开7件) gives that count.
_MIXED_TOTAL = re.compile(r"[、和及与].*等\s*(?:共|总计|合计|计)?\s*$")
_OF_WHICH = re.compile(
    r"^其中[^，。；\d]{0,12}?(?:依申请公开?|信息公开申请|政府信息公开|新收)"
    rf"[^，。；\d零〇一二两三四五六七八九十百]{{0,8}}?({_NUMERAL})\s*(?:件|条|个|份|宗)")
# A count that holds the requests carried over from the year before is no count of the year's new requests: the
# new ones are the count less those carried over when the text states both (受理申请24件(含上年结转1件)), else
# unknown (含上年结转申请, no number).
# Said right after the count (a clause of its own: 办结168件(含上年结转14件) is the next count's).
_CARRIED = re.compile(r"^\s*[（(]?\s*(?:含|包括|包含|其中)[^，。；]{0,8}?上一?年度?结转")
_CARRIED_COUNT = re.compile(rf"^[^，。；\d]{{0,8}}?({_NUMERAL})\s*(?:件|条|个|份|宗)")
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MAX_QUOTE = 120
# The figure a claim that none came speaks of: the table's key for each kind of "none" (全年未收到政府信息公开申请).
CLAIMS_OF_NONE = {"requests_new": "no_requests", "reconsideration_total": "no_reconsideration",
                  "litigation_total": "no_litigation"}
_NONE_OF = {claim: key for key, claim in CLAIMS_OF_NONE.items()}

PROSE_FIGURES = Path(__file__).resolve().parent.parent / "data" / "prose_figures.tsv"
COUNT_GAP = 10  # characters, none a digit, between a figure's wording and its count (行政复议案件共 2 件)
# Words between a review's name and a count that make it the count of an outcome, not of cases
# (行政复议被纠错0件, 行政诉讼败诉0件, 行政复议结果维持5件): kept apart from the figure.
OUTCOME_BETWEEN = re.compile(r"纠错|纠正|败诉|胜诉|撤销|确认违法|被改变|维持|驳回|结果|审结|终止|费用|金额")
# A figure its clause names after the year before (上年度结转下年度办理的…2件已办结, 较上年度增加行政复议2件) is that year's
# count, or a change, never this year's (review 36 #9).
# Only in the figure's own item: 予以公开76件(含上年结转5件)、不予公开7件 states this year's 7.
_LAST_YEAR = re.compile(r"上一?年度?|去年|往年|以前年度")
_ITEM_START = re.compile(r"[\d零〇一二两三四五六七八九十百]+\s*(?:件|个|宗|条|起|例|次)|[、)）]")
_DISCLOSURE = re.compile(r"信息公开|政府信息|依申请")
# A body's own review work (a justice bureau's 办理行政复议案件150件) is no review of its disclosure
# unless the clause says it is.
_HANDLING = re.compile(r"(?:审理|办理|受理|审结|承办|代理|参加|出庭)[^，。；]{0,4}$")
# Two reviews named together before one count (涉及行政复议、行政诉讼案件36件, 行政复议和行政诉讼共5件): the count is of
# both, and names neither (session 30). 各 says it is each one's (行政复议、行政诉讼各1件), and none of both (0件) is none
# of each.
_JOINED = re.compile(r"\s*(?:、|和|及|与|以及|或|/)\s*")
@lru_cache(maxsize=1)
def _prose_rows() -> tuple[re.Pattern, dict[str, list[tuple[str, frozenset[str], bool, str]]]]:
    """The wordings of data/prose_figures.tsv as one pattern (longest first) and, per wording, its
    rows: (figure key, units, whether it needs a disclosure context, the review it is an outcome of)."""
    by_wording: dict[str, list[tuple[str, frozenset[str], bool, str]]] = {}
    for line in PROSE_FIGURES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("figure\t"):
            continue
        key, wordings, units, context, of = (line.split("\t") + ["", "", "", ""])[:5]
        for wording in wordings.split():
            by_wording.setdefault(wording, []).append(
                (key.strip(), frozenset(units.split()), context.strip() == "disclosure", of.strip()))
    pattern = re.compile("|".join(map(re.escape, sorted(by_wording, key=len, reverse=True))))
    return pattern, by_wording


def prose_figure_keys() -> frozenset[str]:
    """The figures a report's prose can state where its table does not (requests_new and the rows
    of data/prose_figures.tsv)."""
    return frozenset({"requests_new", *(key for options in _prose_rows()[1].values() for key, *_ in options)})


def stated_counts(clause: str, section: int | None, paragraph: str, review: str = "") -> tuple[list[tuple[str, int]], str]:
    """(figure key, count) the clause states of the template's figures (data/prose_figures.tsv), and
    the review it names last (or ``review``, the one an earlier clause of its sentence named):
    因政府信息公开申请引发行政复议2件、行政诉讼0件 -> reconsideration_total 2, litigation_total 0."""
    pattern, rows = _prose_rows()
    reviews = {of for options in rows.values() for *_, of in options if of}
    found = list(pattern.finditer(clause))
    out = []
    for i, match in enumerate(found):
        options = rows[match.group()]
        row = next((r for r in options if not r[3]), None) or next((r for r in options if r[3] == review), None)
        if row is None:  # an outcome (纠正) with no review named before it in its sentence
            continue
        key, units, needs_context, of = row
        if _LAST_YEAR.search(_ITEM_START.split(clause[:match.start()])[-1]):  # 上年度结转下年度办理的申请2件
            continue
        if key in reviews:
            review = key
        end = found[i + 1].start() if i + 1 < len(found) else len(clause)
        rest = clause[match.end():end]
        count = re.match(rf"([^\d零〇一二两三四五六七八九十百]{{0,{COUNT_GAP}}}?)\s*({_NUMERAL_COMMAS})\s*(\S)", rest)
        if not count or (count.group(3) not in units and not NEXT_ITEM.match(rest, count.start(3))) \
                or (not of and OUTCOME_BETWEEN.search(count.group(1))):
            continue
        joined = key in reviews and i > 0 and _joined_review(clause, found[i - 1], match, rows, reviews)
        if joined and "各" not in count.group(1) and count.group(2) not in ("0", "零"):
            continue
        if needs_context and not (section == 4 or _DISCLOSURE.search(paragraph)):
            continue
        if needs_context and _HANDLING.search(clause[: match.start()]) and not _DISCLOSURE.search(clause):
            continue
        value = chinese_number(count.group(2).replace(",", ""))
        if value is not None:
            if joined:  # none of both together is none of each; 各 gives each the count
                out.append((rows[found[i - 1].group()][0][0], value))
            out.append((key, value))
    return out, review


def _joined_review(clause: str, before: re.Match, match: re.Match, rows: dict, reviews: set) -> bool:
    """Whether the review ``match`` names is joined to the one named right before it with no count between
    (行政复议、行政诉讼案件36件): the count after it is then of both."""
    return (any(key in reviews and key != rows[match.group()][0][0] for key, *_ in rows[before.group()])
            and bool(_JOINED.fullmatch(clause[before.end():match.start()])))


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
    """(section number, paragraph text, the text in simplified characters) of a stored report, tables left out.
    The patterns are read on the simplified text (未收到…依申請公開請求 of a traditional-script copy is a claim
    as its simplified form is); one character stands for one, so a match's span quotes the text as written."""
    table = traditional_to_simplified()
    if report.get("preamble"):
        yield 0, report["preamble"], report["preamble"].translate(table)
    for section in report.get("sections", []):
        for block in section.get("blocks", []):
            if block.get("type") == "p" and block.get("text"):
                yield section.get("number"), block["text"], block["text"].translate(table)


def read_claims(report: dict) -> list[dict]:
    """Claims of the prose: ``{"claim", "section", "text", "value"}`` in reading order.

    ``claim`` is ``no_requests`` (未收到政府信息公开申请), ``requests_count`` (收到…申请 N 件, the
    number in ``value``), ``no_reconsideration`` or ``no_litigation`` (未发生…行政复议、行政诉讼; not
    未发生…被复议纠错、诉讼败诉, which denies only an outcome), or ``count``: a count of another of the
    template's figures (its key in ``figure``; 引发行政复议2件, 不予公开3件).
    """
    claims = []
    for number, written, text in prose_paragraphs(report):
        review = ""
        for match in _CLAUSE.finditer(text):
            clause = match.group().strip()
            quote = written[match.start():match.end()].strip()[:MAX_QUOTE]
            if match.start() == 0 or text[match.start() - 1] in _SENTENCE_END:
                review = ""  # an outcome (结果纠正10件) is of the review its own sentence names
            counts, review = stated_counts(clause, number, text, review)
            wide = area_named(text, match.start(), match.end())
            for key, value in counts:
                claims.append({"claim": "count", "figure": key, "section": number, "text": quote, "value": value,
                               **({"area": wide} if wide else {})})
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
                value, with_next = _new_requests(plain[count.start(): count.start(1)], chinese_number(count.group(1)),
                                                 plain[count.end():], _rest_of_sentence(text, match.end()))
                if value is not None:
                    if with_next:  # read with the clause after it: the quote holds both
                        quote = _quote_through(written, text, match.start(), match.end())
                    claims.append({"claim": "requests_count", "section": number, "text": quote, "value": value,
                                   **({"area": wide} if wide else {})})
    return _own_before_area(claims, report)


def _own_before_area(claims: list[dict], report: dict) -> list[dict]:
    """``claims`` without the counts of a whole area (``area``) of a figure the prose also counts for the body alone.
    An area's count left (the prose gives no count of the body's own) is the figure of the area's government
    (``area_scope.government_s_own_area``): its mark goes. Of any other body it keeps its mark: the area's total, not
    the body's figure, counted apart (``own_claims``; QA 42 F3, review 36 #2, docs/stats.md)."""
    own = {claim_figure(c) for c in claims if not says_none(c) and not c.get("area")}
    kept = [c for c in claims if not (c.get("area") and claim_figure(c) in own)]
    return [c if not c.get("area") else {k: v for k, v in c.items() if k != "area"}
            if government_s_own_area(report, c["area"]) else {**c, "area": True} for c in kept]


def own_claims(claims: list[dict]) -> list[dict]:
    """The claims of the body's own figures: an area's total (全市各级、各部门共收到…申请347件) left out."""
    return [c for c in claims if not c.get("area")]


def area_claims(claims: list[dict]) -> list[dict]:
    """The counts the prose states of a whole area or all its bodies, and of no figure it also counts for the body."""
    return [c for c in claims if c.get("area")]


def _quote_through(written: str, text: str, start: int, end: int) -> str:
    """The text as written from ``start`` through the clause after ``end`` (its sentence's next clause)."""
    following = _CLAUSE.match(text, end + 1) if end < len(text) and text[end] not in _SENTENCE_END else None
    return written[start:following.end() if following else end].strip()[:MAX_QUOTE]


def _rest_of_sentence(text: str, end: int) -> list[str]:
    """The clauses of ``text`` after ``end`` up to its sentence's end."""
    stop = min((i for i in (text.find(mark, end) for mark in _SENTENCE_END) if i != -1), default=len(text))
    return [c.strip() for c in _CLAUSE.findall(text[end:stop]) if c.strip()]


def _new_requests(before: str, value: int | None, after: str, clauses: list[str]) -> tuple[int | None, bool]:
    """The year's new requests a request count states (``before``: its words from the verb to the number; ``after``:
    the rest of its clause; ``clauses``: the clauses after it in its sentence), or None when it is no such count: a
    count over several kinds without the kind's own (收到群众来信、依申请公开等26件), or one holding the requests carried
    over from the year before without their number (受理申请24件(含上年结转)). A wrong figure is worse than none.
    The second value says whether the next clause told it."""
    if value is None:
        return None, False
    of_which = next((m for m in map(_OF_WHICH.search, clauses[:1])
                     if m and not _NOT_ABOUT_REQUESTS.search(clauses[0][: m.start(1)])), None)
    if _MIXED_TOTAL.search(before):
        return (chinese_number(of_which.group(1)), True) if of_which else (None, False)
    for i, tail in enumerate([after, *clauses[:1]]):
        carried = _CARRIED.search(tail)
        if carried:
            if of_which and "新收" in of_which.group():
                return chinese_number(of_which.group(1)), True  # 其中本年新收23件、上年结转1件
            stated = _CARRIED_COUNT.search(tail[carried.end():])
            less = chinese_number(stated.group(1)) if stated else None
            return (value - less, i > 0) if less is not None and less <= value else (None, False)
    return value, False


def backing_claim(claims: list[dict], key: str) -> dict | None:
    """The claim a figure read from the prose stands on: the one stating the largest count, the value
    ``prose_count`` gives, or, when the prose states no count, the sentence saying none came (``no_requests``
    for requests_new: the hit then says 文字写明没有); None when the prose states neither. The count
    comes first as it does for the figure shown: 上年度未收到申请 beside 本年度受理申请3件 backs the 3."""
    counts = _count_claims(claims, key)
    if counts:
        return max(counts, key=lambda c: c["value"])
    return next((c for c in claims if says_none(c) and claim_figure(c) == key), None)


def area_claim(claims: list[dict], key: str) -> dict | None:
    """The claim stating a whole area's total of figure ``key`` (the largest), when the prose gives no count and no
    "none" of the body's own; None otherwise. It is shown as the area's, never counted as the body's."""
    if backing_claim(claims, key) is not None:
        return None
    counts = [c for c in area_claims(claims) if claim_figure(c) == key]
    return max(counts, key=lambda c: c["value"]) if counts else None


def prose_count(claims: list[dict], key: str) -> float | None:
    """The count of a figure the prose states (the claims of ``read_claims``), the largest when it states
    several (全年受理政府信息公开申请11件; 引发行政复议2件), None when it states none."""
    counts = _count_claims(claims, key)
    return float(max(c["value"] for c in counts)) if counts else None


def claim_figure(claim: dict) -> str | None:
    """The figure a claim speaks of (its table key), whether it states a count or that none came."""
    kind = claim.get("claim")
    if kind == "requests_count":
        return "requests_new"
    return claim.get("figure") if kind == "count" else _NONE_OF.get(kind)


def says_none(claim: dict) -> bool:
    """Whether a claim says none came (未收到申请), not a count."""
    return claim.get("claim") in _NONE_OF


def _count_claims(claims: list[dict], key: str) -> list[dict]:
    """The claims stating a count of the body's own figure ``key`` (an area's total is not one)."""
    return [c for c in claims if not says_none(c) and not c.get("area") and claim_figure(c) == key]
