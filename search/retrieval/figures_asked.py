"""Meaning over mention: a query that names one of the template's figures ranks by the figure.

Every report carries the template's tables, so `被起诉` or `行政复议 案件` occur as headings in
nearly all of them, most with a row of zeros. What the citizen asks is which bodies were sued.
``take_figures`` reads the figure a query names (``data/figure_words.tsv``) and how it asks
about it:

* the figure alone (被起诉, 律师事务所申请信息公开): reports whose figure is above 0 rank above
  those whose table says 0 or does not say;
* 最多 / 最高: by the figure's size, largest first (政府信息公开申请最多); 最少: smallest first;
* 上千 / 上百 / 上万: reports whose figure reaches that size first (申请数量上千);
* 没有 / 未 / 零: reports whose figure is 0 (or whose prose says none came) first (没有收到申请);
  before a verb of the template's outcomes it names that outcome instead (没有公开: 不予公开).

A row asked in the citizen's words (被人告过, 只给了一部分, 不归他们管) is read by its meaning
first (``figure_meanings``: families of verbs × objects, negations, the passive and the active), and
a size said in words (收到一千五百多件申请) as 上千 is; a comparison said as a statement (财政局和税务局
申请数量比较) orders the bodies named as 谁多 does.

The size words are taken out of the text (no report writes 最多 beside its figure); the figure's
own words stay and still have to match, and the words a rule of meaning read are written as the row's
name; an item typed apart that holds only the row's own verbs (规范性文件 | 印发了几件) is dropped.
``figure_values`` (figure_values.py) reads the figure per report.
"""
# Over 350 lines, kept whole: which row a query names, how it asks (most, at least, none, a comparison) and which
# of its words the row has read are one decision: each reading changes what the others see (a size word leaves the
# text before the row is looked for; a row read by its meaning decides which items are left as required words).
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from search.figures.columns import REVIEW_CORRECTED
from search.retrieval.complaints import MANNER
from search.retrieval.issuers import concept_of
from search.vocabulary import ROW_LABELS
from search.analysis import cut
from search.retrieval.frames import asked_of
from search.retrieval.figure_meanings import other_forms, read_meanings, row_words, said_at_least, strip_at_least
from search.retrieval.query import SOFT_WORDS, Clause, ParsedQuery, topic_words
from search.retrieval.synonyms import expand

FIGURE_WORDS = Path(__file__).resolve().parent.parent / "data" / "figure_words.tsv"
_MOST = re.compile(r"(?:数量|人数|件数|次数|条数|篇数|个数|数目|金额)?(?:最多|最高|最大|排名最前|排第一|第一多)(?:的)?")
# 最少 before a number says "at least" (最少收到100件: 上百 and the like read that); elsewhere it asks for the
# fewest (哪个部门收到的申请最少), the smallest figure first.
_LEAST = re.compile(r"(?:数量|人数|件数|次数|条数|篇数|个数|数目|金额)?(?:最少|最低|最小|排名最后|垫底)"
                    r"(?![^\s，。？?\d]{0,3}[\d百千万一二两三四五六七八九十几])(?:的)?")
# Which of them has more (谁收到的申请多, 哪个局被复议的多, 哪家更多): among the bodies asked, the
# figure's size orders them, as 最多 does. The 多 is a size word; 多少 asks how many.
_MORE = re.compile(r"(?:谁|哪个|哪家|哪一个|哪些|哪边)[^\s，。？?]{0,12}?(更多|多)(?!少)(?=$|[的吗呢些一？?\s])")
# A comparison said as a statement (税务和财政 申请数量比较, 两个局的复议对比): the figure's size orders the
# bodies compared, as 谁多 does; the word is no text of the reports.
_COMPARED = re.compile(r"(?:比较|对比|相比|比一比|谁多谁少|多还是少|排名|排行榜|排行)(?![少低])")
# A ranking asked (申请数量排名, 复议案件排行榜) orders every body by the figure, with no body named; not beside
# another topic (申请内容排行, 政务公开第三方评估排名: a list or a ranking the reports tell of).
_RANKED = re.compile(r"排名|排行")
_AT_LEAST = [(re.compile(r"(上万|过万|逾万|万件以上|超过一万|一万以上|10000以上)"), 10000),
             (re.compile(r"(上千|过千|逾千|千余|千件以上|超过一千|一千以上|1000以上)"), 1000),
             (re.compile(r"(上百|过百|逾百|百余|百件以上|超过一百|一百以上|100以上)"), 100)]
# A question of how many (收到多少申请, 申请几件) asks the figure as a size word does: 申请 beside it names
# the figure, where alone it is in most queries.
# The kinds of question (frames.py) asking a way or a time, which a figure only named does not answer.
WAY_KINDS = frozenset({"apply", "handle", "time", "remedy"})  # remedy: what a requester can do, not how many did
_HOW_MANY = re.compile(r"多少|几[件个宗次起条]|件数")
# A question of how long or how much it costs (依申请公开多少天, 多长时间答复, 申请要多少钱) asks about
# the procedure, time limits and fees in the text, no count of the table: no figure is read from it.
_NOT_A_COUNT = re.compile(r"多少(?:天|日|个?工作日|时间|小时|钱|元|费)|多长时间|多久|几天|几个工作日")
# Unless the money was collected already (信息处理费收了多少钱, 一共收了多少元): then it asks the amount
# charged, a figure the prose states (session 21); a question of time stays one (全年收到的申请多少天答复).
_CHARGED = re.compile(r"(?:收取?|缴纳?|交)(?:了|过)|(?:共|一共|总共|累计|全年)收")
_MONEY = re.compile(r"多少(?:钱|元|费)")
NONE_WORDS = frozenset("没有 没 未 未曾 从未 从没 不曾 无 零".split())
# A count of nothing typed in digits (申请 0件, 申请数为0) asks what 没有 does; a digit before or after it is
# another number (10件, 2020).
_ZERO_PIECE = re.compile(r"[0０]|[件次个宗起条例]")  # the zero's pieces typed apart (申请 0 件)
_ZERO = re.compile(r"(?:为|是|等于)\s*[0０](?![\d０-９.])|(?<![\d０-９.])[0０]\s*(?:件|次|个|宗|起|条|例)")
# Words that come with a figure in a question and say nothing else (收到申请, 继续办理, 案件数量).
# A negation before a verb of the template's outcomes names the outcome, not a figure of 0: 哪些申请没有
# 公开 asks for the refusals (不予公开 > 0), where 没有收到申请 asks for reports that received none.
NEGATED_OUTCOMES = {"公开": "不予公开", "提供": "无法提供", "处理": "不予处理", "受理": "不予处理"}
# So are the words that ask for the figure's detail (不予公开 理由: the refusals' reasons are the rows
# under the figure; 行政复议 结果: its outcome columns).
WHOLE_NAME = 4  # characters from which a figure's name is looked for inside the typed text
# A word of losing or of correction beside a review's figure asks for its corrected column (part 四's
# 结果纠正): 官司输了, 复议后答复被纠正, 被撤销. The answer reviewed (答复, 决定) then says nothing else.
CORRECTED = {"reconsideration_total": "reconsideration_corrected", "litigation_total": "litigation_corrected"}
CORRECTION_WORDS = frozenset("纠正 纠错 撤销 败诉 输 输了 打输 输掉 改判".split())
REVIEWED_WORDS = frozenset("答复 决定 结果 被".split())
# The other result columns of the review and lawsuit tables (复议维持, 行政诉讼 结果维持): beside a review they
# say which of its figures, not another topic; read as one, the figure was a mere boost and the reports writing
# 维持 0 came first (session 21). Only 结果纠正 has a column of its own to ask (CORRECTED).
RESULT_COLUMN_WORDS = frozenset("维持 结果维持 其他结果 尚未审结 未审结 审结".split())
# A correction said in the passive or as the table heads it, with no review or lawsuit named (被纠错,
# 被纠正的案件, 结果纠正): either kind corrected (REVIEW_CORRECTED, their sum). Bare 纠错 is not: 网站纠错 is
# the sites' error reports; nor is a passive said of another topic (网站被纠错, 营业执照被撤销).
_CORRECTION_SAID = re.compile(r"被[^\s，。？?]{0,4}?(?:纠正|纠错|撤销)|结果纠正")


def _is_correction(word: str) -> bool:
    """A word of correction, alone or as one word with the result it corrects (结果纠正, 被纠错)."""
    return word in CORRECTION_WORDS or any(word == r + c for r in REVIEWED_WORDS for c in CORRECTION_WORDS)

# Words of requesting, beside which an applicant named as people say it is the applicant column.
REQUEST_WORDS = frozenset("申请 申请人 提交 提出 递交 依申请".split())
EXTRA_WORDS = frozenset("提交 提出 递交 数量 多少 件数 条数 篇数 个数 数目 案件 单位 机关 部门 哪个 哪些 情况 收到 新收 受理 继续 办理 情形 发生"
                        " 信息公开 政府信息公开 政府信息 信息 公开 收取 收到 保护"
                        " 理由 原因 结果 明细 详情 具体 统计 数据 数字 政府 一件 一次 申请人 要求 同样 相同 同一"
                        " 一年 每年 全年 一年到头 当年 本年 本年度 年度 一共 总共 共计 今年 前年 近年 历年 往年 次"
                        " 一起 一个 一宗 一例"
                        # the measures a figure is stated in (收取信息处理费 金额, 处理费 总额): the figure itself
                        " 金额 数额 总额 总数 总量".split())


@dataclass(frozen=True)
class FigureAsked:
    """The figure a query asks about and how."""

    key: str
    word: str  # as the query names it
    mode: str  # "positive", "most", "at_least", "none", or for a rate (rates.py) "rate" or "least"
    threshold: int = 0
    others: tuple[str, ...] = ()  # the query's words that name neither the figure nor an issuer
    issuers: tuple[str, ...] = ()  # the query's words that name an issuer (哪个区申请最多: 区)
    also: tuple[str, ...] = ()  # other figures a "none" question negates with it (复议和诉讼都没有)

    @property
    def alone(self) -> bool:
        """Whether the query asks for the figure and nothing else (行政复议 案件): no other topic, no issuer."""
        return not self.others and not self.issuers


@lru_cache(maxsize=1)
def _table() -> list[tuple[str, str, str, str]]:
    """(word, figure key, what else it needs: "size", "request" or "", how the reports write it or ""),
    in file order."""
    rows = []
    for line in FIGURE_WORDS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("word\t"):
            continue
        word, key, needs, written = (line.split("\t") + ["", "", ""])[:4]
        rows.append((word.strip(), key.strip(), needs.strip(), written.strip()))
    return rows


@lru_cache(maxsize=1)
def _rows() -> list[tuple[str, str, str]]:
    """(word, figure key, what else it needs), in file order; after a row named 行政 + two characters
    (行政处罚, 行政许可), the two characters alone (处罚, 许可): a citizen leaves out the 行政 every row of
    part 二 and of the reviews shares, and no other row is named by them."""
    rows = [row[:3] for row in _table()]
    named = {word for word, _, _ in rows}
    out = []
    for word, key, needs in rows:
        out.append((word, key, needs))
        if word.startswith("行政") and len(word) == 4 and not needs and word[2:] not in named:
            out.append((word[2:], key, needs))
            named.add(word[2:])
    return out


def _read_meanings(parsed: ParsedQuery, texts: list[str]) -> list:
    """The rows the query's words mean (figure_meanings.py), its clauses rewritten in place with each
    span read written as the row's name."""
    requested = any(r in text for text in texts for r in REQUEST_WORDS)
    meant, must = [], []
    for clause in parsed.must:
        if clause.phrase:
            must.append(clause)
            continue
        alternatives = []
        for alternative in clause.alternatives:
            rewritten, found = read_meanings(alternative, requested, _row_key)
            alternatives += [rewritten or alternative, *other_forms(rewritten, found)]
            meant += found
        must.append(clause if alternatives == clause.alternatives else
                    Clause(list(dict.fromkeys(alternatives)), shown=clause.shown))
    parsed.must = must
    return meant


def _row_key(word: str) -> str | None:
    """The figure key of a row word of figure_words.tsv (None for another word)."""
    return next((key for w, key, _ in _rows() if w == word), None)


def written_as(word: str) -> str:
    """How the reports write a figure's everyday name (官司: 行政诉讼; several forms apart by spaces),
    or "" when they use the word."""
    return next((w for x, _, _, w in _table() if x == word and w), "")


def figure_word(word: str) -> bool:
    """Whether ``word`` names a figure of the template (for joining cut pieces again)."""
    return any(word == w for w, _, _ in _rows())


def take_figures(parsed: ParsedQuery) -> None:
    """Set ``parsed.figure`` when the query names a figure; size words leave the text (in place)."""
    texts = [alt for c in parsed.must if not c.phrase for alt in c.alternatives]
    if not texts:
        return
    typed_must = list(parsed.must)
    asked = [m.group() for m in _NOT_A_COUNT.finditer(" ".join(texts))]
    if asked and not (_CHARGED.search(" ".join(texts)) and all(map(_MONEY.fullmatch, asked))):
        return
    # A row asked in other words than its name (被人告过, 只公开了一部分): read by its meaning
    # (figure_meanings.py), the words read written as the row's name, which the reports use.
    meant = _read_meanings(parsed, texts)
    if any(_outcomes(text) != text for text in texts) or meant:  # searched as the template writes it, too
        parsed.must = [c if c.phrase else Clause([_outcomes(a) for a in c.alternatives], shown=c.shown)
                       for c in parsed.must]
        texts = [alt for c in parsed.must if not c.phrase for alt in c.alternatives]
    joined = " ".join(texts)
    mode, threshold = "positive", 0
    if _MOST.search(joined) or _MORE.search(joined) or _COMPARED.search(joined):
        mode = "most"
    elif _LEAST.search(joined):
        mode = "least"
    else:
        for pattern, size in _AT_LEAST:
            if pattern.search(joined):
                mode, threshold = "at_least", size
                break
        else:
            said = said_at_least(joined)  # 一千多件, 超过五百件: a size said in words
            if said is not None:
                mode, threshold = "at_least", said[0]
            elif _ZERO.search(joined) or _negates_a_figure(cut(joined)):
                mode = "none"
    if mode == "positive" and not _HOW_MANY.search(joined) and WAY_KINDS.intersection(asked_of(parsed)):
        # 怎么申请公开 asks the way to apply, not how many applied: ranking the reports that received requests
        # first (本年新收申请 > 0) answers another question. Asked with a size (收到多少申请) it is the figure.
        parsed.must = typed_must
        return
    words = []
    for text in texts:
        topic, loose = topic_words(_strip(text))
        words += topic + loose
    # A figure's longer name is looked for in the text as typed too: jieba cuts 收到信息公开申请 into
    # 收到 / 信息公开 / 申请, and 信息公开申请 is then no word of the query.
    typed = "".join("".join(_strip(text).split()) for text in texts)
    requested = any(r in w for w in words for r in REQUEST_WORDS)  # 申请 inside 申请信息公开 too
    sized = mode != "positive" or bool(_HOW_MANY.search(joined))
    joins = _joins(texts)
    allowed = [(word, key, needs) for word, key, needs in _rows()
               if (sized or needs != "size") and (needs != "request" or requested)]
    named_rows = [row for row in allowed
                  if row[0] in words or (row[0] in typed and (len(row[0]) >= WHOLE_NAME or row[0] in joins))]
    # A row read by its meaning is the most specific the query names: its rule read several words.
    named_rows = list(dict.fromkeys([(m.term, m.key, m.needs) for m in meant if sized or m.needs != "size"]
                                    + named_rows))
    # A row before the total it is an item of (国家秘密 before 不予公开 in 因为是国家秘密不给公开的).
    keys = [row[1] for row in named_rows]
    named_rows.sort(key=lambda row: any(other.startswith(row[1] + "_") for other in keys))
    if not named_rows:
        # Named otherwise than the table words it: by a synonym (申请公开: 依申请公开) or by its pieces
        # in another order (投诉举报: 信访举报投诉).
        named = {alt for w in words for alt in expand(w)} | _reordered(texts)
        named_rows = [row for row in allowed if row[0] in named]
    if not named_rows and (said_correction := _CORRECTION_SAID.search(typed)):
        named_rows = [(said_correction.group(), REVIEW_CORRECTED, "")]
    if not named_rows:
        return
    word, key, needs = named_rows[0]
    # A negation of several figures at once (行政复议和行政诉讼都没有) asks for none of each: the other
    # figures named, each by a name no earlier row holds (诉讼 of 行政诉讼 is the same figure).
    also = tuple(dict.fromkeys(k for w, k, _ in named_rows[1:] if k != key and not any(w in x for x, _, _ in named_rows
                                                                                       if x != w)))
    corrected = key in CORRECTED and any(map(_is_correction, words + cut(typed)))
    if corrected:
        key = CORRECTED[key]
    corrected = corrected or key == REVIEW_CORRECTED
    said = CORRECTION_WORDS | REVIEWED_WORDS if corrected or key in CORRECTED.values() else frozenset()
    places = {hint.word for hint in parsed.place_hints}  # a place is no other topic (浙江 个人提交的申请)
    own = row_words(key)  # the row's own verbs and objects (印发 of 规范性文件 印发了几件) name no other topic
    others = [w for w in words if w != word and not any(map(figure_word, expand(w))) and w not in EXTRA_WORDS
              and not (mode == "none" and (_between(w) or _negation_apart([w]) != [w]))
              and w not in SOFT_WORDS and concept_of(w) is None and len(w) > 1 and w not in said and w not in own
              and not (said and _is_correction(w)) and not (key in CORRECTED and w in RESULT_COLUMN_WORDS)
              and w not in word and w not in places and w not in ROW_LABELS.get(key, "")]
    # (a piece of the figure's own name, 反复 of 反复申请, is no other topic, nor one of the row's name as the table
    # writes it, 已获取信息 of 要求行政机关确认或重新出具已获取信息)
    if key == REVIEW_CORRECTED and others:
        return  # 网站被纠错, 营业执照被撤销: what was corrected is named, and it is no review
    issuers = tuple(w for w in words if concept_of(w) is not None)
    if mode == "most" and not issuers and not (_MOST.search(joined) or _MORE.search(joined)
                                                    or (_RANKED.search(joined) and not others)):
        mode = "positive"  # 比较 with no body named compares nothing the figure can order
    parsed.figure = FigureAsked(key, word, mode, threshold, tuple(others), issuers, also if mode == "none" else ())
    # The size words leave the text before it is searched in other words too (被纠错超过10件: no 被 纠正 超过 10 件,
    # whose size words, cut apart, no longer read as one)
    if mode != "positive":
        kept = []
        for clause in parsed.must:
            alternatives = clause.alternatives if clause.phrase else [" ".join(_strip(a).split()) for a in clause.alternatives]
            alternatives = [a for a in alternatives if a and not (mode == "none" and _ZERO_PIECE.fullmatch(a))]
            if alternatives:
                kept.append(Clause(alternatives, clause.phrase))
        parsed.must = kept
    # 被撤销, 纠错: also searched as the table heads the column (结果纠正), the word as typed kept; not for a
    # rate (复议 纠错率), which the table gives whatever its text says (rates.take_rate_column)
    if corrected and not parsed.rate_said:
        typed_corrections = [w for w in words + cut(typed) if w in CORRECTION_WORDS and w != "纠正"]
        # (结果纠正 is the heading itself; 被纠正 holds it)
        for said_word in dict.fromkeys(typed_corrections):
            # (as a word of the alternative's cut: 输 of 官司输了, never the 输 inside 交通运输局)
            parsed.must = [c if c.phrase or not any(said_word in cut(a) for a in c.alternatives) else
                           Clause(list(dict.fromkeys([*c.alternatives, *(" ".join("纠正" if w == said_word else w
                                                                                  for w in cut(a))
                                                                         for a in c.alternatives if said_word in cut(a))])))
                           for c in parsed.must]
    if written_as(word):  # 官司: also searched as the reports write it (行政诉讼), the word as typed kept
        forms = written_as(word).split()
        parsed.must = [c if c.phrase or not any(word in a for a in c.alternatives) else
                       Clause(list(dict.fromkeys([*c.alternatives, *(" ".join(a.replace(word, f" {form} ").split())
                                                                       for form in forms for a in c.alternatives
                                                                       if word in a)])))
                       for c in parsed.must]
    # 个人提交的申请: searched as the table names the column (自然人), not as typed; beside another topic
    # (群众申请低保) the request is for that, not for information, and the words stay as typed.
    if needs == "request" and not others:
        parsed.must = [c if c.phrase else Clause([_as_column(a, key) for a in c.alternatives]) for c in parsed.must]
    _consume(parsed, own)


# What a negation says "none came" of: receiving (没有收到申请, 从未受理), or the figure itself (无行政复议,
# 零申请, 未被起诉); words between say nothing (都没有人申请过). A negation of anything else says the
# body did not do something (申请了没答复: the reply is missing, the request is not), which is no figure
# of 0.
RECEIVED = frozenset("收到 新收 受理 接到 接收 发生 申请 收 收取".split())
BETWEEN = frozenset("有 过 人 都 曾 被 一 一件 一起 一个 一宗 一例 任何 再".split())
# Nor do the words Chinese puts between a negation and its verb (complaints.MANNER: 没人来申请, 没人主动申请). jieba
# glues some to the negation or to 人 (没人来, 人来): such a word, all of whose characters say nothing between, is
# read as its pieces.


def _between(word: str) -> bool:
    """Whether ``word`` stands between a negation and its verb saying nothing (人, 都, 来, 主动; 人来 glued)."""
    return word in BETWEEN or word in MANNER or (len(word) > 1 and all(c in BETWEEN or c in MANNER for c in word))


_NEGATIONS_LONGEST_FIRST = sorted(NONE_WORDS, key=len, reverse=True)


def _negation_apart(words: list[str]) -> list[str]:
    """``words`` with a negation jieba glued to nobody and what stands between it and the verb (没人来: 没 | 人来,
    无人: 无 | 人) apart."""
    out: list[str] = []
    for word in words:
        # (only where 人 follows the negation: jieba glues nobody so, while a word it keeps whole of a negation's
        # character and a word between has a sense of its own: 未来 is the future, not 未 | 来; review of session 23)
        head = next((n for n in _NEGATIONS_LONGEST_FIRST
                     if word.startswith(n) and word[len(n):len(n) + 1] == "人" and _between(word[len(n):])), None)
        out += [head, word[len(head):]] if head else [word]
    return out


# What may close a sentence after its negation: a negation ending the question, or the clause before
# 的 (一件申请也没有的单位), after the figure it negates (行政复议和行政诉讼都没有) says that none
# came, as one before the figure does.
ENDING = frozenset("的 了 吗 呢 吧 啊 也".split())


def _joins(texts: list[str]) -> set[str]:
    """Two or three neighbouring pieces of each text's cut, joined (复印 | 费 -> 复印费, 被 | 罚 -> 被罚):
    a figure's everyday name jieba does not hold as one word."""
    out: set[str] = set()
    for text in texts:
        pieces = cut(text)
        for span in (2, 3):
            out.update("".join(pieces[i : i + span]) for i in range(len(pieces) - span + 1))
    return out


def _reordered(texts: list[str]) -> set[str]:
    """The figure names whose pieces a run of two or three typed pieces holds in another order or with
    one piece left out (投诉举报, 举报投诉: 信访举报投诉): citizens rarely type a row's name as the
    table words it, and none of its pieces alone names the figure."""
    runs = []
    for text in texts:
        pieces = cut(text)
        for span in (2, 3):
            runs += [pieces[i : i + span] for i in range(len(pieces) - span + 1)]
    runs = [run for run in runs if all(len(p) > 1 for p in run)]
    out = set()
    for word, _, _ in _rows():
        own = _pieces(word)
        for run in runs:
            if len(set(run)) == len(run) and set(run) <= own and len(own) - len(run) <= 1:
                out.add(word)
    return out


@lru_cache(maxsize=None)
def _pieces(word: str) -> frozenset[str]:
    """A figure name's pieces as jieba cuts it (信访举报投诉: 信访, 举报, 投诉)."""
    return frozenset(cut(word))


def _negates_a_figure(words: list[str]) -> bool:
    """Whether a negation in ``words`` says that none of a figure came (see RECEIVED)."""
    words = _negation_apart(words)
    for i, word in enumerate(words):
        if word not in NONE_WORDS:
            continue
        rest = [w for w in words[i + 1 :] if not _between(w)]
        # (a correction negated, 没有被纠正, 从未被纠错: none of the corrected column; read as asked, the reports
        # with corrections came first)
        if not rest or rest[0] in RECEIVED or _names_figure(rest[0]) or _is_correction(rest[0]):
            return True
        closes = all(w in ENDING for w in rest) or rest[0] == "的"
        if closes and any(map(_names_figure, words[:i])):
            return True
    return False


def _names_figure(word: str) -> bool:
    """Whether ``word`` or one of its synonyms names a figure of the template."""
    return figure_word(word) or any(map(figure_word, expand(word)))


def _consume(parsed: ParsedQuery, own: frozenset[str]) -> None:
    """Drop the items typed apart from the row's name that hold only the row's own words or words that
    say nothing beside a figure (规范性文件 | 印发了几件: 印发 is read): they stay no required words."""
    if not own or len(parsed.must) < 2:
        return
    def read(clause: Clause) -> bool:
        words = [w for alt in clause.alternatives for part in topic_words(_strip(alt)) for w in part]
        return any(w in own for w in words) and all(w in own or w in EXTRA_WORDS or w in SOFT_WORDS for w in words) \
            and not any(map(figure_word, words))
    kept = [c for c in parsed.must if c.phrase or not read(c)]
    if kept:
        parsed.must = kept


def _outcomes(text: str) -> str:
    """The text with a negated outcome verb written as the template names that outcome (没有公开 ->
    不予公开), so that the negation is not read as "none came"."""
    words = cut(text)
    if not any(w in NONE_WORDS for w in words):
        return text
    out, i = [], 0
    while i < len(words):
        if words[i] in NONE_WORDS and i + 1 < len(words) and words[i + 1] in NEGATED_OUTCOMES:
            out.append(" " + NEGATED_OUTCOMES[words[i + 1]] + " ")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join("".join(out).split())


def _as_column(text: str, key: str) -> str:
    """The text with the everyday names of an applicant column written as the table's name and without
    verbs of requesting (老百姓个人提交的申请 -> 自然人的申请): the column's row without needs names it."""
    rows = [(w, n) for w, k, n in _rows() if k == key]
    column = next((w for w, n in rows if not n), None)
    everyday = {w for w, n in rows if n == "request"}
    if column is None:
        return text
    out: list[str] = []
    for piece in cut(text):
        piece = column if piece in everyday else piece
        if piece in REQUEST_WORDS and piece != "申请" and piece != "依申请":
            continue  # 提交, 提出: how a request is made says nothing the table does not
        if not (piece == column and out and out[-1] == column):
            out.append(piece)
    return "".join(out)


def _strip(text: str) -> str:
    """The text without size words (最多, 上千, 一千多件, 比较, 没有)."""
    text = _COMPARED.sub(" ", _LEAST.sub(" ", _MOST.sub(" ", text)))
    more = _MORE.search(text)
    if more:
        text = text[: more.start(1)] + " " + text[more.end(1) :]
    for pattern, _ in _AT_LEAST:
        text = pattern.sub(" ", text)
    text = _ZERO.sub(" ", strip_at_least(text))
    return " ".join(w for w in cut(text) if w not in NONE_WORDS) if any(w in NONE_WORDS for w in cut(text)) else text
