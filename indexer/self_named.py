"""The body a lead-in calls by its kind alone and names once in full beside it (round 54).

'…以公开促进青石镇各项工作再上台阶。现将我镇2016年度政府信息公开年度报告如下' names no issuer in the words the lead-in
patterns read (我镇 is no name), yet the one town it names is the 镇 it calls 我镇. A lead-in that says 我镇, 我乡, 我街道,
我局 or 我委 and names exactly one body of that kind outside the notices and document numbers it cites gives that body;
two such bodies, or none, give nothing (read by ``metadata._fallback_candidates`` after the lead-in's patterns).

A town is known by the township list (``indexer/data/townships.tsv``), so its name needs no place before it; a
department (局, 委) is taken only with its place's name opening it (``某某县民政局``), and never where the lead-in cites it
as the body whose requirements or leadership it follows ('按照某某市统计局的要求', '在某某县卫健委的指导下'): a
department's report names its superior of the same kind far more often than itself.
"""
from __future__ import annotations

import re

from indexer.issuer import agency_name
from indexer.places import find_chains
from indexer.script import to_key
from indexer.townships import township_table

_SELF = re.compile(r"我(镇|乡|街道|局|委)")
# What a lead-in cites, masked before names are looked for: notices' titles and bracketed document numbers
# ('（某委办发〔2016〕33号）').
_CITED = re.compile(r"《[^《》]{0,80}》|[(（][^()（）]{0,40}[)）]")
# A lead-in's contact sentence ('如对本报告有任何疑问，请与某某县财政局办公室联系'): a body named there is the contact line's
# to read (with its own warning, and often named more fully there than elsewhere), so the lead-in gives none.
_CONTACT = re.compile(r"(?:如|若)对[^。]{0,30}?(?:疑问|异议|意见|建议)[^。]{0,100}|(?:请与|请联系|可与|请致电|可致电|联系单位|联系人)"
                      r"[^。]{0,100}")
# A town's name that is also a common word of the reports ('推进中心镇建设', '小城镇').
_COMMON_WORDS = {"中心镇", "小城镇", "新城镇", "新市镇", "新镇", "中心乡", "中心街道", "城区街道"}
# (not the 政府 of '某某乡政府信息公开工作': the topic's word)
_TOWN_TAIL = {"镇": r"(?:人民政府|政府(?!信息|政务))?", "乡": r"(?:人民政府|政府(?!信息|政务))?", "街道": r"(?:办事处)?"}
_MAX_TOWN = 15
_CLAUSE = re.compile(r"[，,。；;：:、！!？?\s_]")
# A department the body follows, not the body itself: a basis or a leader before it in its clause, or what it asks after.
_FOLLOWED = re.compile(r"根据|按照|依据|依照|遵照|落实|贯彻|在|经|向|报")
_ASKING = re.compile(r"的?(?:统一|有关|相关)?(?:要求|部署|安排|通知|关于|领导|指导|转发|印发|批准|审核)")
_DEPARTMENT = {"局": re.compile(r"局"), "委": re.compile(r"(?:委员会|委)(?![员会])")}
# ('县委', '市委', '党委': a Party committee, not a commission)
_PARTY = re.compile(r"(?:[省市县区州盟旗]|党|党工)委$")


def self_named_issuer(text: str) -> str | None:
    """The one body of the kind the lead-in calls itself (我镇 …), as written, or None."""
    key = to_key(text)
    kinds = {m.group(1) for m in _SELF.finditer(key)}
    if not kinds:
        return None
    masked = _CITED.sub(lambda m: "_" * len(m.group(0)), key)
    contact = [m.span() for m in _CONTACT.finditer(key)]
    names: dict[str, str] = {}
    for kind in sorted(kinds):
        spans = _towns(masked, kind) if kind in _TOWN_TAIL else _departments(masked, kind)
        for start, end in spans:
            name = agency_name(text[start:end])
            if name and any(left <= start < right for left, right in contact):
                return None
            if name:
                names.setdefault(to_key(name), name)
    return next(iter(names.values())) if len(names) == 1 else None


def _towns(key: str, kind: str) -> list[tuple[int, int]]:
    """Spans of the known towns of ``kind`` the text names (the longest name the township list knows ending at each
    kind word), with their government's or office's word after them."""
    table, spans = township_table(), []
    for match in re.finditer(kind, key):
        end = match.end()
        if key[match.start() - 1 : match.start()] == "我":
            continue
        start = next((s for s in range(max(0, end - _MAX_TOWN), end - len(kind) - 1) if key[s:end] in table), None)
        if start is None or key[start:end] in _COMMON_WORDS:
            continue
        tail = re.compile(_TOWN_TAIL[kind]).match(key, end)
        spans.append((start, tail.end() if tail else end))
    return spans


def _departments(key: str, kind: str) -> list[tuple[int, int]]:
    """Spans of the departments of ``kind`` the text names with their place opening the name, none the body follows."""
    spans = []
    for match in _DEPARTMENT[kind].finditer(key):
        if key[match.start() - 1 : match.start()] == "我" or _PARTY.search(key, 0, match.end()):
            continue
        clause = max((m.end() for m in _CLAUSE.finditer(key, max(0, match.start() - 30), match.start())),
                     default=max(0, match.start() - 30))
        chains = find_chains(key[clause : match.start()])
        if not chains:
            continue
        start = clause + chains[0].start
        if start + chains[0].end - chains[0].start >= match.start():  # a place and nothing else before the kind word
            continue
        if _FOLLOWED.search(key, clause, start) or _ASKING.match(key, match.end()):
            continue
        spans.append((start, match.end()))
    return spans
