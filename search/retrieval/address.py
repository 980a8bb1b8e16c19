"""Words of a query that are not its topic as typed: a request or a closing addressed to the search (我想知道…,
帮我查一下…, …谢谢), and a negation spelt out where the everyday table writes it glued (没有回复: 没回复). Read on the text
before its items are taken (query.parse_query), on a boundary of jieba's cut only.
"""
from __future__ import annotations

import re

from search.analysis import cut, fold
from search.retrieval.everyday import is_everyday

# jieba reads 没收到 (not received) as 没收 (confiscate) + 到, which hides the negation from every rule
# after it (没收到申请 asks for the reports that received none); typed 没有收到, it cuts 没有 | 收到. So with the
# other words 收 begins in the template and in speech of its two acts, receiving requests (收到) and charging
# for them (收取, 收费, 收钱): 没收钱的 asks for the bodies that charged nothing, not for confiscations (没收
# 违法所得, 没收物 stay: 收 is then no word with what follows; so do 没收钱物, 没收钱款, 没收钱财, where 钱 opens the
# confiscated goods' own word: review of session 23).
_GLUED_NEGATION = re.compile(r"没收(?=到|取|费|钱(?![物款财]))")


def unglued_receiving(text: str) -> str:
    """``text`` with 没收到, 没收钱 … written 没有收到, 没有收钱, as jieba cuts them apart."""
    return _GLUED_NEGATION.sub("没有收", text)


# A negation spelt out (没有回复, 没有人管) where the everyday table writes it glued (没回复, 没人管): jieba cuts 没有 | 回复,
# so the row was not read, 没有 was required as text and marked in every snippet (没有收到申请), and the reports'
# wordings (逾期答复, 答复期限) were not searched. 有没有 asks (有没有回复: was there a reply) and stays.
_SPELT_NEGATION = re.compile(r"(?<!有)没有")
_GLUED_SPAN = 4  # characters after the negation that may close an everyday phrase (没人照顾)


def glued_negations(text: str) -> str:
    """``text`` with 没有 written 没 where an everyday phrase of the table begins with it (没有回复: 没回复); a quoted
    phrase stays as typed."""
    if '"' in text:
        pieces = text.split('"')
        return '"'.join(glued_negations(p) if i % 2 == 0 else p for i, p in enumerate(pieces))
    out, at = [], 0
    for match in _SPELT_NEGATION.finditer(text):
        after = text[match.end(): match.end() + _GLUED_SPAN]
        if any(is_everyday("没" + after[:k]) for k in range(len(after), 0, -1)):
            out.append(text[at: match.start()] + "没")
            at = match.end()
    return "".join(out) + text[at:]


# A request addressed to the search before the question (我想知道…, 想了解…, 帮我查一下…, 请告诉我…) or a closing after
# it (谢谢, 拜托了, 急): no topic, as 请问 is none. Read as words, 知道, 了解, 一下, 谢谢 were required as text and, beside
# a figure, counted as another topic, so that 我想知道收到多少申请 lost the figure's order and answer. Only a lead-in of
# someone wanting or asking (我想, 想, 帮我, 请…, 告诉我) is one, and a bare 查 or 搜 (查派出所, 查一下…: QA 41 #1); a word
# that merely begins with a verb of looking (查处, 看病, 了解情况) stays, and either must stand on a boundary of jieba's
# cut (想法, 我要求: 我 | 要求; 应急 keeps its 急). 找 and 看 alone stay: 找区长 is a mailbox (给县长写信).
_REQUEST_LEAD_IN = re.compile(
    r"^((?:请问一下|(?:请问|请|麻烦(?:你|您)?|能不能|能否|可不可以|可以)?"
    r"(?:帮我|帮忙|给我|替我|告诉我|我想要|我想|我要|想要|我希望|想)"
    r"(?:知道|了解|问问|问一下|问|打听一下|打听|查一查|查一下|查查|查询一下|查询|查|看一看|看一下|看看|看|搜一下|搜索|搜"
    r"|找一下|找找|找)?(?:一下)?|(?:请|帮忙|麻烦)?(?:查一查|查一下|查查|查询一下|查|搜一下|搜索一下|搜)))[\s，,：:。]*")
_CLOSING = re.compile(r"[\s，,。.!！~～?？]*(((?:谢谢(?:你|您|了|啦)?|多谢|感谢(?:你|您)?|拜托(?:你|您)?(?:了|啦)?|麻烦(?:你|您)?了"
                      r"|在线等(?:急)?|急+))[\s，,。.!！~～?？]*)$")


def _word_edges(run: str) -> set[int] | None:
    """Where jieba's words of ``run`` begin and end (offsets), or None when its cut is not the run's every character."""
    words = cut(run)
    if "".join(words) != fold(run):
        return None
    edges, at = {0}, 0
    for word in words:
        at += len(word)
        edges.add(at)
    return edges


def without_address(text: str) -> str:
    """``text`` without the words addressed to the search before or after the question (我想知道收到多少申请，谢谢:
    收到多少申请); such words alone stay as typed."""
    match = _REQUEST_LEAD_IN.match(text)
    if match is not None and match.group(1) and text[match.end():].strip():
        edges = _word_edges(re.match(r"\w*", text).group())
        if edges is None or match.end(1) in edges:
            text = text[match.end():]
    match = _CLOSING.search(text)
    if match is not None and text[: match.start()].strip():
        at, end = match.start(1), match.start(1) + len(match.group(2))
        run = re.search(r"\w*$", text[:end]).group()  # the stretch of word characters the closing ends
        edges = _word_edges(run)
        if edges is None or at - (end - len(run)) in edges:
            text = text[: match.start()]
    return text
