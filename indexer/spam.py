"""Gambling advertisements spliced into mirrored report pages, taken out before anything reads them.

Hijacked mirrors of government pages splice betting-site names into the text, often inside the
issuer's own cell (`发布机构: BET3365手机下载_365体育官方入口app下载_beat365app下载官网林业服务中心`)
or a sentence (`公开网(bt365博彩手机版)`). Left in, they end up in the issuer, the snippets and the
index. A splice is a run that holds at least one betting mark (a brand such as bet365 / beat365 /
bt365, 博彩, 百家乐, 娱乐城, 投注 …) and the site words around it (体育, 官方入口, app下载, 官网 …);
the site words alone are ordinary Chinese (教育体育局, 官方网站, 附件下载) and are never taken out.
The file itself is kept as it was; the report says what was removed. Marks are read on the text's
simplified key (`script.to_char_key`, one character to one), so that a traditional-script mirror's
澳門賭場 is found like 澳门赌场 and the text is cut as written.
"""
from __future__ import annotations

import re

from indexer.model import Block, Table
from indexer.script import to_char_key

# A betting mark: a brand written with Latin letters and digits, or a word that means betting.
# (Every alternative holds a word of _MARK_WORDS or a match of _MARK_LATIN, the quick test below: add one there too.)
# Each Latin or digit alternative starts where its run starts (the lookbehinds), so that a long run
# is tried once, not from each of its characters (quadratic on a crawled one-line page).
_MARK = (r"(?:(?<![A-Za-z0-9])(?i:[a-z]*bet\d+[a-z]*|\d+bet[a-z]*|beat\d+[a-z]*|bei\d+[a-z]*|bt\d{3,}[a-z]*)"
         r"|(?<![A-Za-z])[A-Za-z]+365[A-Za-z]*|365(?=体育|娱乐|官网|官方|彩|棋牌|提款|提现|网址|平台|bet|BET)"
         # a brand of digits glued to 体育 or 娱乐 ('188体育', '888娱乐'; never a year: '2022体育节', nor a count of
         # venues: '100体育场')
         r"|(?<![0-9A-Za-z])(?!19\d\d|20\d\d)\d{3,4}(?=体育(?!场|馆|中心|公园|局|总局|委|学院|运动|节|课|设施|器材|项目)|娱乐|真人|棋牌)"
         r"|博彩业?|百家乐|娱乐城|真人娱乐|赌场|葡京|投注|体育官网|体育官方(?:网站)?"
         # brands written in Chinese, as the splices write them: '英国威廉希尔公司县林业局'
         r"|(?:英国)?威廉希尔(?:公司)?|皇冠体育"
         # football betting's and slot machines' names with the site words a splice gives them (中国足彩网, 足彩app,
         # 老虎机游戏): alone they are words a report may use (体育彩票（含足彩）, 查处老虎机等赌博机具)
         r"|中国足彩(?:网(?!络)|在线)?|足彩(?=网(?!络)|在线|(?i:app)|官网|平台)|老虎机(?=游戏|平台|官网|在线|(?i:app))"
         # (names no report uses for anything else)
         r"|尊龙(?:凯时)?|凯时|华体会|九游会|雷竞技|球盟会|金宝博|威尼斯人|新葡京|太阳城集团|德赢|(?<![A-Za-z])(?i:vwin)(?![A-Za-z])"
         # (and names made of ordinary words, 半岛, 星空, 太阳城, 开云, only with the site words they come with; a casino's, 美高梅,
         # too, round 42: a report may name its hotel, '美高梅酒店')
         r"|(?:开云|九游|亚博|乐鱼|星空|半岛|米乐|爱游戏|欧宝|博亚|天博|必威|伟德|沙巴|大发|万博|乐动|明升|龙8|凯发|太阳城|永利|银河|美高梅"
         r"|(?<![A-Za-z])(?i:bob|ky|im|ag))"
         # Not before 平台, 下载, 入口 or 集团: reports write 半岛集团, 政务IM平台, 星空平台下载量, 银河集团.
         r"(?=体育(?!场|馆|中心|公园|局|总局|委|学院|运动)|娱乐|官网|官方|(?i:app)|真人|棋牌|国际厅|国际(?:登录|登陆|官网|娱乐|平台)|电竞|彩票|皇宫|开云"
         r"|(?i:m\d)))")
# The site words that stand around a mark in a splice.
_SITE = (r"(?:体育|亚洲|官方网站|官方|入口|官网|网址|下载|(?i:app)|手机版|手机|客户端|(?i:ios)|在线|娱乐场(?!所)|娱乐|登录|登陆|"
         r"平台|中文网|中文|资讯网|最新版|提现|提款|世界杯|欧洲杯|足球网|足球|澳门|金沙城中心|金沙|推荐|"
         r"[(（]中国[)）]|安卓|通用版|真人|棋牌|国际厅|旗舰厅|电竞|彩票|集团|人生就是博|网平台|主页|皇宫|(?i:ag|m\d)|\d{4}(?=[_\-])"
         # the search phrase a splice was made for: '…app哪个是正规的'
         r"|哪个是正规的?|哪个正规|哪个好|哪个靠谱|靠谱吗|正规吗|游戏|国际(?=登录|登陆|官网|官方|娱乐|平台|(?i:app)))")
_JOIN = r"[_\-|·/ :：]*"  # (a colon after a splice: it stood for a label's value, the label keeps its own)
# Macao's name stands before the mark in some splices (澳门特区赌场); two splices may be joined by a
# comma where the place's name was (澳门特区赌场,澳门博彩业网址水务局): a comma joins only when what
# follows it is site words and a mark again.
_LEAD = r"(?:澳门特别行政区|澳门特区|澳门)?"
# A Latin brand right after a mark goes with it: '九游会J9官网', '雷竞技RAYBET官网'.
_LATIN_BRAND = r"(?<=[\u4e00-\u9fff])[A-Za-z]{1,10}\d{0,3}(?![A-Za-z0-9])"
# A few Latin letters glued before a mark written in Chinese are the splice's own ('pa凯发国际登录').
_LATIN_LEAD = r"(?:(?<![A-Za-z])[A-Za-z]{1,4}(?=[\u4e00-\u9fff]))?"
_RUN = re.compile(rf"{_LATIN_LEAD}{_LEAD}{_MARK}(?:{_JOIN}(?:{_MARK}|{_SITE}|{_LATIN_BRAND})|[,，]{_LEAD}(?:{_SITE})*{_MARK})*{_JOIN}")
# A chain's last piece opens with a mark (888娱乐城: a number glued before it) or a brand (mobile888).
_TAIL_RUN = re.compile(rf"(?:\d*{_MARK}|[A-Za-z]+ ?\d+[A-Za-z]*)(?:{_JOIN}(?:{_MARK}|{_SITE}))*{_JOIN}")
# Splices chain their pieces with '_' or '-' (never written between Chinese words in a report): every
# piece of a chain that holds a mark is spam; only the chain's two ends may hold the report's own words.
_PIECE = r"[^\s_\-【】\[\]，。；：、,;:()（）《》“”\"|]+"
# A chain starts where a piece starts (the lookbehind: linear time on a line with no separator).
# A brand split by a space ('…下载_mobile 777123456人民政府') goes on past it: Latin or digits on both sides.
_CHAIN = re.compile(rf"(?<!{_PIECE[:-1]})(?:{_PIECE})?(?:[_\-【】]+{_PIECE})+(?:(?<=[A-Za-z0-9]) (?=[A-Za-z0-9]){_PIECE})?"
                    r"[_\-【】]*")
_MARK_RE = re.compile(_MARK)
# What every mark holds: one of its words, or the Latin letters or digits its other forms start with. Found in
# nearly no report, and fast to look for (literals, no lookbehind at every character as _MARK has): where neither
# is found, _MARK cannot match either.
_MARK_WORDS = re.compile(r"足彩|老虎机|博彩|百家乐|娱乐城|真人娱乐|赌场|葡京|投注|体育官网|体育官方|威廉希尔|皇冠体育|尊龙|凯时|华体会|九游会|雷竞技"
                         r"|球盟会|金宝博|威尼斯人|新葡京|太阳城集团|开云|九游|亚博|乐鱼|星空|半岛|米乐|爱游戏|欧宝|博亚|天博|必威|伟德"
                         r"|沙巴|大发|万博|乐动|明升|龙8|凯发|太阳城|永利|银河|德赢|美高梅")
# (?i:) as in _MARK: the same case folding
_MARK_LATIN = re.compile(r"365|\d(?:体育|娱乐|真人|棋牌)|(?i:b(?:e(?:at\d|i\d|t)|t\d|ob)|ky|im|ag|vwin)")


def may_hold_mark(key: str) -> bool:
    """False when the key (``to_char_key``) holds no betting mark for certain; True when it may hold one."""
    return bool(_MARK_WORDS.search(key) or _MARK_LATIN.search(key))


# Where the spam starts in a chain's first piece: a brand's digits or letters (not a date's, a count's),
# or a mark, with the site words right before it (体育365…); or site words that end the piece (澳门金沙).
_SPAM_START = re.compile(rf"(?:{_SITE})*(?:\d+(?![\d年月日号条件个元万亿%．.])|[A-Za-z]|{_MARK})|(?:{_SITE})+$")
_JUNK_BEFORE_BODY = re.compile(r"\d*[\u4e00-\u9fff]{1,10}?(?=人民政府)")
_EMPTY_BRACKETS = re.compile(r"[（(【\[]\s*[)）】\]]")


# (round 59) Junk words a splice left where the place's name was are learnt where 人民政府 follows them, and taken off
# after the splice's other copies too ('…365bet官网提现某某词统计局': the same words before 统计局, before 政府信息公开),
# unless they end as a place's name does (then the splice stood before the place, which stays).
_PLACE_LIKE_END = re.compile(r"[省市县区州盟旗镇乡村]$|街道$|苏木$")


def _chain_tail(chain: str) -> tuple[str, bool]:
    """The chain's last piece after its marks and site words, and whether such a run was found."""
    pieces = re.split(r"[_\-【】]+", chain)
    tail = pieces[-1] if len(pieces) > 1 else ""
    run = _TAIL_RUN.match(tail)
    return (tail[run.end():] if run else tail), bool(run)


def _learnt_junk(key: str) -> frozenset:
    """The junk words that stand before 人民政府 right after a splice in ``key`` (a text's key), as _cut_chain drops them."""
    words = set()
    for match in _CHAIN.finditer(key):
        if not _MARK_RE.search(match.group(0)):
            continue
        kept_tail, run = _chain_tail(match.group(0))
        junk = _JUNK_BEFORE_BODY.match(kept_tail) if run and not kept_tail.startswith("人民政府") else None
        if junk and len(junk.group()) >= 2 and not re.search(r"\d", junk.group()) and not _PLACE_LIKE_END.search(junk.group()):
            words.add(junk.group())
    return frozenset(words)


def _cut_chain(match: re.Match, junk_words: frozenset = frozenset()) -> tuple[int, int]:
    """How many characters of a chain's start and end are the report's own words: its inner pieces
    go whole, its ends from or up to the spam."""
    chain = match.group(0)
    if not _MARK_RE.search(chain):
        return len(chain), 0
    pieces = re.split(r"[_\-【】]+", chain)
    head = pieces[0]
    # The first piece: the report's words, then the spam.
    start = _SPAM_START.search(head)
    kept_head = head[:start.start()] if start else head
    # The last piece: a mark and site words, then the report's words again (…365bet中文资讯网政府信息公开);
    # a few more junk words may stand where the place was, before 人民政府 (365提款一直在处理中人民政府).
    kept_tail, run = _chain_tail(chain)
    if (run or kept_tail[:1].isdigit()) and not kept_tail.startswith("人民政府"):
        junk = _JUNK_BEFORE_BODY.match(kept_tail)
        if junk:
            kept_tail = kept_tail[junk.end():]
        elif run:
            learnt = next((word for word in junk_words if kept_tail.startswith(word) and len(kept_tail) > len(word)), None)
            if learnt:
                kept_tail = kept_tail[len(learnt):]
    return len(kept_head), len(kept_tail)


def _on_key(pattern: re.Pattern, text: str, cut) -> tuple[str, int]:
    """text with each match of pattern on its key replaced: cut(match) gives how many of the match's
    characters to keep at its start and at its end (the key has the text's offsets)."""
    pieces, count, last = [], 0, 0
    for match in pattern.finditer(to_char_key(text)):
        head, tail = cut(match)
        start, end = match.span()
        if head + tail == end - start:
            continue
        pieces.append(text[last:start + head])
        pieces.append(text[end - tail:end])
        last = end
        count += 1
    pieces.append(text[last:])
    return "".join(pieces), count


def remove_splices(text: str, junk_words: frozenset = frozenset()) -> tuple[str, int]:
    """The text without betting splices, and how many were taken out (``junk_words``: see _learnt_junk)."""
    cleaned, count = _on_key(_CHAIN, text, lambda match: _cut_chain(match, junk_words))
    cleaned, runs = _on_key(_RUN, cleaned, lambda match: (0, 0))
    count += runs
    if count:
        cleaned = _EMPTY_BRACKETS.sub("", cleaned)
    return cleaned, count


def clean_blocks(blocks: list[Block]) -> tuple[list[Block], int]:
    """Blocks without betting splices (lines left empty are dropped), and how many were removed."""
    texts = (cell for b in blocks for cell in ([b] if isinstance(b, str) else [c for row in b.rows for c in row]))
    key = to_char_key("\n".join(texts))
    if not may_hold_mark(key) or not _MARK_RE.search(key):
        return list(blocks), 0  # nearly every report: one pass, nothing to take out
    junk_words = _learnt_junk(key)
    out: list[Block] = []
    total = 0
    for block in blocks:
        if isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells = []
                for cell in row:
                    cell, n = remove_splices(cell, junk_words)
                    total += n
                    cells.append(cell)
                rows.append(cells)
            out.append(Table(rows))
            continue
        cleaned, n = remove_splices(block, junk_words)
        total += n
        if n and not cleaned.strip():
            continue
        out.append(cleaned)
    return out, total


def splice_warning(count: int) -> str:
    """The report's warning when splices were removed."""
    return f"页面中夹杂的博彩广告文字（{count} 处）已删除，原始文件未改动。"
