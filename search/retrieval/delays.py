"""A delay said as people say it: 好久没更新, 很久没有回复, 迟迟不答复, 等了好几个月才答复.

A stretch of time and a negation (or 才) says that something came late or not at all; the reports
admit it as 不及时 (更新不及时, 答复不及时, in part 五). jieba cuts these phrases every which way (好久没 |
更新, 很 | 久 | 才), so they are read on the text: ``take_delays`` rewrites the delay into the reports'
wording after the rest (好久没更新 → 更新不及时), and the problem reading (problems.py) then takes 不及时
as the shortcoming and the verb as its subject. A stretch of time that goes on doing something
(长期坚持公开) says no delay and is left alone.
"""
from __future__ import annotations

import re

from search.retrieval.query import Clause, ParsedQuery

_DELAY = re.compile(r"(?:好久|很久|老半天|半天|迟迟|一直|长期|好长时间|很长时间|长时间|这么久|那么久|(?:好)?几个月|(?:好)?几天)"
                    r"(?:了|都|也|还)?(?:没有人|没人|没有|没|未|不|才)")
# A wait said long with no negation (等了好久, 拖了半天, 一拖再拖) is a delay too (round 32d).
_WAITED = re.compile(r"(?:等了?|拖了?)(?:好久|很久|老半天|半天|好长时间|很长时间|这么久|那么久|(?:好)?几个月|(?:好)?几天)"
                     r"|一拖再拖|拖来拖去")
WRITTEN = "不及时"  # how the reports admit a delay


# After a delay the one character of a change (好久不换, 一直没改) says the thing was not renewed: the reports admit it as
# 更新不及时. Nobody after the delay (很久都没人更新) is the delay's too, no person to find.
_RENEWED = re.compile(r"(" + _DELAY.pattern + r")[换改](?=$|了|\s)")
RENEWED = "更新"


def said_delay(text: str) -> str:
    """``text`` with a delay said in everyday words rewritten as the reports admit it."""
    rest = _WAITED.sub("", _DELAY.sub("", _RENEWED.sub(RENEWED, text)))
    return text if rest == text else rest + WRITTEN


def take_delays(parsed: ParsedQuery) -> None:
    """Rewrite the delays of the query's words (in place); phrases stay as typed."""
    parsed.must = [c if c.phrase else Clause([said_delay(a) for a in c.alternatives], False, c.shown)
                   for c in parsed.must]
