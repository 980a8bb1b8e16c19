"""A copy cut short: a text that stops before the report's end, and the words it stops on.

A page cut short ends mid-sentence, inside a table or inside a heading, before part 六. A complete
report ends with its last part, a signature or a date; and a saved page may add, after any of these, its
attachment and print links ('…费用1万元。 附件下载', '附件:', '【打印本页】【关闭窗口】'), which say nothing of
the text. A report before 2019 may end with its statistics table, cells run together on a crawled page
('…附件1：某某县政府信息公开情况统计表 指标名称计量单位…行政诉讼数条00'); any table may end on its total row.
When unsure the text is not called cut: a wrong "incomplete" tells a reader a complete report lost text
(bench/cut_off_accuracy.py measures the guess against the gold's ``complete``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.issuer import agency_name
from indexer.model import Block, Section, Table

_SENTENCE_END = tuple("。！？；…”’」』)）】.!?;")
# A list marker alone ('（三）', '第二十条第(一)') closes no sentence: its bracket is no sentence end.
_BARE_MARKER = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]$")
_LIST_START = re.compile(r"^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]")
_DATE = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
                   r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")
# What may stand before a closing date: the line's start, a space, a sentence's end or a signature's last character
# (not '截至2019年12月31日', a sentence cut after its date).
_BEFORE_DATE = re.compile(r"(?:^|[\s|。！？；.!?;)）]|[局室府会院委办处镇乡队所站心厅部社司]\s*)$")
_SIGNATURE_END = re.compile(r"(?:人民政府|局|办公室|委员会|办事处)$")
_PLACED = re.compile(r"[省市县区镇乡州旗]")
# A saved page's links after the text: attachments, print/close/share widgets, a file's name, an address.
# (a link's words no sentence ends on are taken wherever they stand, the page may have dropped the space before them;
# the short ones, '附件' '打印' '关闭', only after a space or a sentence's end)
_CHROME_TAIL = re.compile(
    r"(?:[【\[]?(?:附件下载|相关附件|下载附件|相关下载|打印本页|打印本文|关闭窗口|返回顶部)"
    r"|(?:^|(?<=[\s|。！？；.!?;)）】\]]))[【\[]?(?:附件|打印|关闭|返回|分享到|收藏|扫一扫[^。]{0,20}"
    r"|(?:附件\s*\d*\s*[:：]\s*)?[^\s。，；|]{1,60}\.(?:docx?|xlsx?|pdf|wps|et|zip|rar)|https?://\S+))"
    r"[】\]]?\s*[:：]?\s*[|\s]*$")
# The old template's statistics table (指标名称 / 计量单位 columns), or a table the report calls its 统计表 / 附表.
_STATISTICS = re.compile(r"指标名称|计量单位|统计表|附表")
_TOTAL_ROW = re.compile(r"^[(（]?[一二三四五六七八九十\d]{0,3}[)）、.．]?\s*(?:总计|合计|共计)")


@dataclass
class Cut:
    """Where a text cut short stops: its last words, or inside a table the label of its last row ('' for none)."""

    words: str
    in_table: bool

    def phrase(self) -> str:
        """The sentence a reader is told, quoting only words the report wrote."""
        if self.in_table:
            return f"报告文本在表格中中断（到“{self.words}”一行为止）" if self.words else "报告文本在表格中中断"
        return f"报告文本在“{self.words}”处中断"


def _quoted(text: str) -> str:
    """The last words of a text, to quote: no quote marks of its own, no punctuation to open the quote."""
    return re.sub(r"[“”\"]", "", text)[-20:].lstrip("，,。；;：:、 |")


# A line in brackets that is no numbered item ((四) 结果… is one): the table's note on its arithmetic.
_NOTE_LINE = re.compile(r"^[(（](?![一二三四五六七八九十\d]{1,3}[)）])")


def _label(text: str) -> str:
    """A row's label, to quote: known by its start, with … where it was shortened (QA 36 #5)."""
    text = re.sub(r"[“”\"]", "", text).strip()
    return text if len(text) <= 20 else text[:20] + "…"


def drop_chrome(text: str) -> str:
    """The text without the page's links and widgets after its last words."""
    while text:
        m = _CHROME_TAIL.search(text)
        if not m or m.start() == m.end():
            return text
        text = text[:m.start()].rstrip(" |")
    return text


def _signed(text: str) -> bool:
    """Whether a text ends as a complete report may: a date, or a body's name on a line of its own or after a space."""
    m = _DATE.search(text)
    if m and _BEFORE_DATE.search(text[:m.start()]):
        return True
    if len(text) <= 30 and not _LIST_START.match(text) and agency_name(text) == text:
        return True
    # After a space, any name. Glued to the words before (the page's space squeezed out), only a body's full name: a
    # government, bureau, office or committee, after a sentence's end or named with its place ('…年度报告东山县龙门镇人民
    # 政府'), not '…方面。积极探索政府' or '…明确市政府办公厅', phrases cut short.
    spaced = re.search(r"[\s|]([^\s|]{3,30})$", text)
    if spaced and agency_name(spaced.group(1)) == spaced.group(1):
        return True
    for n in range(4, min(len(text), 30) + 1):
        tail = text[-n:]
        if _SIGNATURE_END.search(tail) and agency_name(tail) == tail and (
                text[-n - 1:-n] in "。！？；!?;" or _PLACED.search(tail[:-2])):
            return True
    return False


def _table_ends(table: Table, before: str) -> bool:
    """Whether a table at a text's end is a whole table: the statistics table that closes an old report, or one
    ending on its total row."""
    head = " ".join(c for row in table.rows[:3] for c in row)
    if _STATISTICS.search(head) or _STATISTICS.search(before[-40:]):
        return True
    last = [c for c in table.rows[-1] if c.strip()] if table.rows else []
    return len(last) >= 2 and bool(_TOTAL_ROW.match(last[0].strip()))


def _ends_on_statistics(text: str) -> bool:
    """A run-together statistics table closing the text: after its last sentence, a 统计表 / 指标名称 label, then
    only cells (labels, units, numbers) ending on a number."""
    tail = re.split(r"[。！？；]", text)[-1]
    return bool(_STATISTICS.search(tail)) and bool(re.search(r"\d$", tail))


def find_cut(blocks: list[Block], sections: list[Section]) -> Cut | None:
    """Where a text stops when it was cut before the report's end, else None."""
    found = {s.number for s in sections if not s.inferred}
    if 6 in found:
        return None
    blocks = list(blocks)
    while blocks and isinstance(blocks[-1], str) and not drop_chrome(blocks[-1].strip()):
        blocks.pop()  # a line of links only
    if not blocks:
        return None
    last = blocks[-1]
    if isinstance(last, Table):
        before = next((b for b in reversed(blocks[:-1]) if isinstance(b, str)), "")
        if _table_ends(last, before):
            return None
        # The last row that holds words, by its label: a cell alone ('0') would tell a reader nothing.
        # A bracketed line is the template's note on the table ((本列数据的勾稽关系为:…), no row of it (QA 36 #5).
        labels = [label for label in map(_row_label, last.rows) if label and not _NOTE_LINE.match(label)]
        return Cut(_label(labels[-1]) if labels else "", in_table=True)
    text = drop_chrome(last.strip().rstrip("| "))  # a table's edge left after the last cell
    if not re.search(r"[\u4e00-\u9fff]", text) or _signed(text) or _ends_on_statistics(text):
        return None
    if text.endswith(_SENTENCE_END) and not _BARE_MARKER.search(text):
        return None
    # A numbered label right after a table, on a line of its own, is the table's next row, cut ('(三)不予公开' ends
    # the table, '1.属于' follows): the text stops inside the table, not in prose (QA 36 #6). A part's heading cut
    # short after its table ('三、收到', read as part 三's heading) is no row.
    after_table = len(blocks) > 1 and isinstance(blocks[-2], Table)
    heading = any(s.title.strip() == text for s in sections)
    if after_table and not heading and _LIST_START.match(text) and len(text) <= _ROW_LABEL and not _PROSE.search(text):
        return Cut(_label(text), in_table=True)
    return Cut(_quoted(text), in_table=False)


_ROW_LABEL = 40  # characters: a row's label is short; a longer line after a table is prose
_PROSE = re.compile(r"[，。；：,;:]")  # marks of a sentence, which no row label of the template holds


def _row_label(row: list[str]) -> str:
    """A row's own label: its first cell with words, or the numbered item after it that the row is of
    ('(三)不予公开 | 1.属于国家秘密 | 0 …' is the row of 1.属于国家秘密; QA 36 #6)."""
    leading = []
    for cell in (c.strip() for c in row):
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", cell):
            if leading:
                break  # the figures: the labels are before them
            continue
        leading.append(cell)
    if len(leading) > 1 and _LIST_START.match(leading[-1]):
        return leading[-1]
    return leading[0] if leading else ""
