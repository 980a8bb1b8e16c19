"""How long a query may be: one cap, read by the search, the pages that take a search (statistics, trends, checks,
agencies, feeds) and the comparison's finder, and one sentence saying a query was cut and what was left out.

A search uses 24 words at most (query_limits.py). 200 characters hold an ordinary English question with its year
(`how many administrative reconsideration cases did the … commission report for 2024` is 113) as well as 24 Chinese
words. At 100 such a question lost its year and ended in a fragment (…commission rep) that the notes quoted back as
typed (rev33 #4). Every link that keeps the query copies it (each facet, pager, sort and feed link, the API's facets):
at 500 characters a query of 申请 repeated made /api/search 0.67 MB and its feed 0.59 MB, against 0.16 MB each at 100
(QA 34 #13) and about 0.3 MB at 200 (docs/web-ui.md).

A query is cut between its items, never inside one: not inside a -word (-投诉 cut to -投 excluded far more), a
"phrase" (its closing quote lost), a field:value (year:2020 cut to y) or an English word. Only an item that is one
long run of Chinese is cut inside, at the end of a jieba word, so that no word is broken."""
from __future__ import annotations

import re

from search.analysis import cut, fold, narrow
from search.echo import printable
from search.retrieval.query_syntax import OPERATORS, TOKEN
from search.vocabulary import echoed

MAX_QUERY = 200  # characters; longer input is cut between items, with a message that starts with QUERY_CUT
QUERY_CUT = f"查询过长（超过 {MAX_QUERY} 个字符）"
DROPPED = "，只使用了前面的部分，忽略了末尾的：{dropped}。"
NOTHING_KEPT = "，其中第一个词语就超过了这一长度，没有可查找的部分：{dropped}。"
# The quotes the query's reading folds (“” 「」) as '"', as query_syntax.TOKEN reads them.
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "＂": '"', "「": '"', "」": '"'})
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_OPENING, _CLOSING = "(（[【", ")）]】"  # a group's brackets, as the query's reading takes them
_LONGEST_WORD = 16  # characters past the cap read to find where the word at the cap ends


def cut_query(q: str) -> tuple[str, str]:
    """``q`` within MAX_QUERY characters, cut between items, and the message naming what was left out ('' when
    nothing was)."""
    if len(q) <= MAX_QUERY:
        return q, ""
    kept = q[: _cut_at(q)]
    dropped = q[len(kept):].strip()
    return kept, QUERY_CUT + (DROPPED if kept else NOTHING_KEPT).format(dropped=echoed(printable(dropped)))


def _cut_at(q: str) -> int:
    """Where ``q`` is cut: after the last item that ends within MAX_QUERY, or inside the item that crosses it at the
    end of a jieba word when that item starts with a run of Chinese (a pasted sentence, 申请 × 250). An operator (OR,
    a lone -) means nothing without what followed it: the cut goes before it. A bracketed group ((行政复议 OR 行政诉讼))
    is one item: kept whole or left out whole, since half of it would require one word of an either-or (QA 36 #1)."""
    read = narrow(q).translate(_QUOTE_MARKS)  # one character for one: offsets hold
    end, depth, before_group = 0, 0, 0
    for item in TOKEN.finditer(read):
        text = item.group().lstrip("-+")
        opens = len(text) - len(text.lstrip(_OPENING))
        closes = len(text) - len(text.rstrip(_CLOSING))
        if depth == 0 and opens:
            before_group = end
        after = max(depth + opens - closes, 0)
        if item.end() <= MAX_QUERY:
            if after == 0 and item.group() not in OPERATORS:
                end = item.end()
            depth = after
            continue
        if depth or opens:
            end = before_group
        elif item.start() < MAX_QUERY:
            end = max(end, word_end(read, item.start(), MAX_QUERY))
        break
    return end


def word_end(read: str, start: int, limit: int) -> int:
    """The end of the last jieba word of the Chinese run at ``start`` that ends within ``limit``; 0 if none."""
    # Cut a little past the limit, so that the word the limit falls in is read whole and left out whole.
    run = _CJK_RUN.match(read, start, limit + _LONGEST_WORD)
    if run is None:
        return 0
    text, at, end = fold(run.group()), 0, 0
    for word in cut(text):
        at = text.find(word, at) + len(word)
        if start + at > limit:
            break
        end = start + at
    return end


def cut_note(messages) -> str:
    """The message saying the query was cut, when ``messages`` (a search's) hold it, else '': for a page that shows
    no messages (a feed says it in its subtitle)."""
    return next((m for m in messages if m.startswith(QUERY_CUT)), "")
