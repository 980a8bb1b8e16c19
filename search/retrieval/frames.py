"""Question frames: what a 怎么 / 哪里 question asks for, read as the template's words for the answer.

A citizen's question carries its topic and a frame around it: 城市规划在哪里看 (where to read it),
公租房怎么申请 (how to apply), 群众投诉怎么处理 (how it is handled). The frame words are stop words
(query.STOP_WORDS: no report writes 在哪里看), so today the frame is lost and only the topic is
searched. But each frame has a fixed answer in the report template, written in the template's own
words in every report:

* where to read or look something up: the part on proactive disclosure names its channels —
  门户网站, 政务新媒体, 公开栏, 查阅点, 公报 (2008 and 2019 templates, 主动公开 / 平台建设); measured
  and not used (see FRAMES);
* how to apply: the part on disclosure on request names how requests are made and received —
  公开指南, 受理, 当面 / 网上 / 信函申请, 办理流程;
* how something is handled or answered: 办理, 答复, 回应, 办结.

The frames are closed classes of the language (an interrogative and a verb of reading, applying or
handling), and the words are the template's; neither comes from a list of queries. The words only
rank (``ParsedQuery.frame_words``, weighed below a typed word): a report that answers the frame
comes before one that only names the topic, and nothing is excluded.
"""
from __future__ import annotations

import re

from search.retrieval.query import ParsedQuery

FRAMES: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    # Where to read or look something up (在哪看, 去哪查, 能看到吗) would point at the channels (门户网站,
    # 政务新媒体, 公开栏, 查阅点, 公报): measured and left out (docs/relevance.md, round 17), since most
    # reports name the channels and they lift those above the reports on the topic asked about.
    # how / where to apply: 怎么申请, 去哪申请, 向谁申请
    (re.compile(r"(?:怎么|如何|怎样|在哪里?|去哪里?|到哪里?|哪里|向谁|找谁)(?:提出|提交|去|来)?申请"),
     ("公开指南", "受理", "当面申请", "网上申请", "信函申请", "办理流程")),
    # how something is handled or answered: 怎么处理, 如何回应, 怎么答复
    (re.compile(r"(?:怎么|如何|怎样)(?:处理|办理|回应|答复|回复|解决|办)"),
     ("办理", "答复", "回应", "办结")),
)


def frame_words(text: str) -> list[str]:
    """The template's words that answer the question frames in ``text`` (none when it has no frame)."""
    words: list[str] = []
    for pattern, answer in FRAMES:
        if pattern.search(text):
            words += answer
    return list(dict.fromkeys(words))


def take_frames(parsed: ParsedQuery) -> None:
    """Rank by the template's words for what the question's frame asks, beside its topic."""
    typed = {alt for clause in parsed.must for alt in clause.alternatives}
    parsed.frame_words = [w for w in frame_words(parsed.text) if w not in typed]
