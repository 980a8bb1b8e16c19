"""A quote mark without its partner in a query (QA 32 #6), read before the query's items (query.parse_query)."""
from __future__ import annotations

import re

from search.echo import echo

# A quote mark left open (“低保 申请, 行政复议 "纠正 维持), common in text pasted from a report, used to quote the rest of
# the query as one phrase that no report holds, and its words were lost. The mark that pairs with none (marks pair from
# the left, so it is the last) now quotes the run of characters right after it, up to the next space (“五公开 是: the
# phrase 五公开); with nothing after it (低保” 申请) it is ignored. The page says which.
UNPAIRED_QUOTE_NOTE = "查询中有一个引号没有配对：只把紧接其后的“{run}”当作短语，其余按普通词语查找。"
IGNORED_QUOTE_NOTE = "查询中有一个引号没有配对，其后没有紧接的词语，已忽略这个引号。"
_RUN = re.compile(r"[^\s\"]+")


def closed_quotes(text: str) -> tuple[str, list[str]]:
    """``text`` (its quotes narrowed to '"') with an unpaired quote mark closed after the run that follows it, or left
    out when none does; and the notes saying so (none when every mark has its partner)."""
    if text.count('"') % 2 == 0:
        return text, []
    at = text.rindex('"')
    run = _RUN.match(text, at + 1)
    if run is not None:
        return text[: run.end()] + '"' + text[run.end():], [UNPAIRED_QUOTE_NOTE.format(run=echo(run.group(), 30))]
    return text[:at] + " " + text[at + 1:], [IGNORED_QUOTE_NOTE]
