"""Questions asking for a kind of content: a way, a time limit, a reason, an outcome.

A citizen's question carries its topic and a frame around it: 公租房怎么申请 (a way to apply), 群众投诉怎么
处理 (a way of handling), 申请后多久答复 (a time limit), 为什么不给公开 (a reason for a refusal), 考核结果怎么样
(an outcome). The frame words are stop words or words no report writes (query.STOP_WORDS: 怎么, 多久; 打分,
排名 said of oneself), so alone the frame is lost and only the topic is searched. But each kind of content
has a fixed place in the report template, written in the template's own words in every report
(``data/asked_content.tsv``):

* a way to apply: the part on requests names the channels and the guide (受理, 当面 / 网上 / 信函申请,
  公开指南, 办理流程);
* a way of handling: 办理, 答复, 回应, 办结;
* a time limit: the statutory limit (法定期限, 工作日), and its outcome, stated as 均按期答复, 在法定期限内答复;
* a reason for a refusal: the refusal rows of 不予公开 by reason (国家秘密, 第三方合法权益, 过程性信息 …),
  read as the 不予公开 figure (figures_asked.py), since a report states its refusals there;
* an outcome of oversight: 考核, 评议, 责任追究 as mechanisms (纳入年度考核), and their results (考核结果为
  优秀, 位列第三, 零问责) ranked above them: a question about an outcome is answered by a report that
  states one, not by one that names the mechanism.

Where to read something (在哪看, 去哪查) is no kind here: measured and left out (docs/relevance.md, round
17), since most reports name the channels and they lift those above the reports on the topic asked about.

The kinds are recognised by the question's form — closed classes of interrogatives (怎么, 如何, 多久, 为什么)
and of the verbs or nouns they ask about (申请, 答复, 拒绝, 考核) — and the words are the template's; neither
comes from a list of queries. The words only rank (``ParsedQuery.frame_words`` below a typed word,
``outcome_words`` above them, and a part stating an outcome beside the kind's words comes first:
``signals.apply_signals``), except that a reason for a refusal is searched as 不予公开; nothing is
excluded, and the page says how the question was read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search.analysis import cut
from search.retrieval.query import STOP_WORDS, Clause, ParsedQuery

KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "asked_content.tsv"
_GAP = r"[^，,。？?！!；;\s]"  # within one clause: a question's parts are not split by punctuation
_WAY = r"(?:怎么|怎样|如何|通过什么|用什么|以什么)"
# A way to apply: 怎么申请, 怎么向政府申请, 用什么方式申请, 去哪申请, 向谁申请; 申请渠道 / 申请流程 said as nouns.
# 申请 followed by 人, 数, 量 or 件 is the figure (怎么统计申请数量), not applying.
_APPLY = re.compile(rf"(?:{_WAY}|在哪里?|去哪里?|到哪里?|哪里|向谁|找谁|(?:什么|哪些|哪种|哪几种)(?:方式|途径|渠道))"
                    rf"(?P<gap>{_GAP}{{0,8}}?)(?:提出|提交|递交)?申请(?![人数量件])"
                    r"|申请的?(?:方式|途径|渠道|流程|程序|步骤|手续|方法)")
# A verb of handling inside the gap makes it a question of handling (怎么处理政府信息公开申请), not applying.
_HANDLING = re.compile(r"处理|办理|答复|回复|回应|统计")
# A way of handling: 怎么处理, 如何回应, 怎么答复的; with a few words between (怎么给群众答复).
_HANDLE = re.compile(rf"{_WAY}(?:处理|办理|回应|答复|回复|解决|办)|{_WAY}{_GAP}{{1,6}}?(?:处理|办理|回应|答复|回复|解决)")
# A time limit: how long before a request is answered (申请后多久答复, 几个工作日能拿到).
_HOW_LONG = r"多久|多长时间|多少天|几天|多少个?工作日|几个工作日|什么时候|何时|多快"
_TIME = re.compile(_HOW_LONG)
_TIME_OF = re.compile(r"答复|回复|申请|公开|办结|处理|受理|拿到|反馈|回应|给")
_TIME_SAID = re.compile(rf"(?:要|需要|得)?等?(?:{_HOW_LONG})(?:才(?:能|会)?|能|会|可以)?")
# A reason for a refusal: 为什么不给公开, 申请被驳回是什么原因, 凭什么拒绝. The why word and the refusal said
# are no text to match: the reports state refusals as 不予公开 and its rows.
_WHY = re.compile(r"为什么|为何|为啥|凭什么|根据什么|(?:是)?什么原因|(?:是)?啥原因|的?原因|的?理由|的?依据")
_REFUSED = re.compile(r"(?:被|遭)?(?:拒绝|拒|驳回|不给(?:我|我们)?|不让(?:我|我们)?看?|不予公开|不公开|没有?公开|不批|不同意|不提供)")
REFUSAL = "不予公开"
# An outcome of oversight: an oversight noun with a word asking its result (考核结果, 评议排名, 被问责,
# 打分 said alone: a grade given). The result words are no text to match: the reports state a result as
# 优秀, 位列第三, 得分 …, and 打分 / 名次 / 怎么样 are never written.
_OVERSIGHT = re.compile(r"考核|考评|评议|评估|测评|督查|问责|追责|责任追究|绩效|打分|评分")
_RESULT = re.compile(r"结果|排名|名次|第几|得分|打分|评分|几分|多少分|怎么样|好不好|等次|等级"
                     r"|被(?:问责|追责|追究|处分|通报|批评|约谈)|(?:问责|追责|追究)(?:了|过|情况)")
# The result words no report writes (打分, 名次, 几分, 怎么样) are no text to match; those the reports
# write (排名, 得分, 等次, 结果) stay required as typed: dropping them lost on dev (docs/relevance.md, round 22).
_RESULT_UNWRITTEN = re.compile(r"打分|名次|第几名?|几分|多少分|怎么样|好不好")
MECHANISM = "考核"  # what stays required when the question named only a grade given (上级给打分)

# A remedy: a requester who disagrees with an answer or a decision and asks what to do (申请人不满意怎么办, 对答复不服
#找谁) asks for the law's remedies, which the reports state as 行政复议 and 行政诉讼 (the table of part 四) and as
# 投诉 / 举报. Neither the disagreement nor 怎么办 is text to match: 不满意 is no shortcoming of the body's (it was read
# as one: 不 before a verb, shortcomings.negated_verb) and 怎么办 no way of handling (按办理方式理解 was shown).
_DISAGREE = re.compile(r"不满意|不服气?|不认可|不认同|不接受|有异议")
_WHAT_TO_DO = re.compile(r"怎么办|咋办|怎么处理|如何处理|怎么解决|如何解决|找谁|向谁|去哪里?|到哪里?|(?:怎么|如何)维权"
                         r"|(?:能不能|可不可以|可以|能)告|有什么办法|有啥办法|该怎么|怎么弄")
REMEDIES = ("行政复议", "行政诉讼")  # what stays required: any report whose requests could be challenged holds one
# The remedies typed beside the disagreement (行政复议 诉讼 申请人不满意) say what to do as well as 怎么办 does.
_REMEDY_TYPED = re.compile(r"复议|诉讼|起诉|投诉|举报")

# The kind a what-question asks for: 要带什么材料, 有什么补贴, 有哪些手续. The noun after the question word names
# the class of the answer, and a report answering names its members (身份证明, 申请表; 就业补助, 社保补贴), seldom
# the class itself: beside the question's topic it ranks, it selects nothing (grouped._common_items).
_CATEGORY = r"(?:什么|哪些|哪种|哪几种|哪类|哪几类|啥)(?:样的)?"


def asked_category(text: str, word: str) -> bool:
    """Whether ``word`` stands right after a question word asking what kind (什么材料, 哪些手续) in ``text``."""
    return bool(word) and re.search(_CATEGORY + re.escape(word), text) is not None


@dataclass(frozen=True)
class AskedKind:
    """One kind of content a question can ask for, and the template's words for it."""

    kind: str
    label: str
    answer: tuple[str, ...]
    outcome: tuple[str, ...]
    note: str


@lru_cache(maxsize=1)
def asked_kinds() -> dict[str, AskedKind]:
    """The kinds of ``data/asked_content.tsv`` by name."""
    kinds = {}
    for line in KINDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, label, answer, outcome, note = (line.split("\t") + [""] * 5)[:5]
        kinds[kind] = AskedKind(kind, label, tuple(answer.split()), tuple(outcome.split()), note.strip())
    return kinds


def kinds_asked(text: str) -> list[str]:
    """The kinds of content ``text`` asks for, in the table's order (none for a plain topic)."""
    found = []
    apply = next((m for m in _APPLY.finditer(text) if not _HANDLING.search(m.group("gap") or "")), None)
    if apply is not None:
        found.append("apply")
    remedy = bool(_DISAGREE.search(text) and (_WHAT_TO_DO.search(text) or _REMEDY_TYPED.search(text)))
    if _HANDLE.search(text) and not remedy:  # 不服怎么办: 怎么办 asks the remedy, not a way of handling
        found.append("handle")
    if _TIME.search(text) and _TIME_OF.search(_TIME.sub("", text)):
        found.append("time")
    if _WHY.search(text) and _REFUSED.search(text):
        found.append("reason")
    if _OVERSIGHT.search(text) and _RESULT.search(text):
        found.append("oversight")
    if remedy:
        found.append("remedy")
    return found


def _words_of(asked: list[str], field: str) -> list[str]:
    """The table's ``answer`` or ``outcome`` words of the kinds asked, once each, in order."""
    kinds = asked_kinds()
    return list(dict.fromkeys(w for kind in asked for w in getattr(kinds[kind], field)))


def frame_words(text: str) -> list[str]:
    """The template's words that answer the kinds of content ``text`` asks for (none when it asks none)."""
    return _words_of(kinds_asked(text), "answer")


_QUOTED_OR_EXCLUDED = re.compile(r'-?"[^"]*"?|(?:^|\s)-\S+')


def asked_of(parsed: ParsedQuery) -> list[str]:
    """The kinds asked by the query's own words: a quoted phrase is text as typed, an excluded word no question."""
    return kinds_asked(_QUOTED_OR_EXCLUDED.sub(" ", parsed.text))


def _without(parsed: ParsedQuery, pattern: re.Pattern) -> None:
    """Take the words ``pattern`` finds out of the query's unquoted items; an item left with no
    topic (only question words) is dropped. The rest is read by its words, not its spaces: 不予公开的理由是什么
    leaves 是什么 glued, which is two question words, not a word to require (session 21)."""
    kept = []
    for clause in parsed.must:
        if clause.phrase:
            kept.append(clause)
            continue
        alternatives = [rest for alt in clause.alternatives
                        if (rest := pattern.sub(" ", alt).strip()) and any(w not in STOP_WORDS for w in cut(rest))]
        if alternatives:
            kept.append(Clause([" ".join(a.split()) for a in alternatives], False, clause.shown))
    parsed.must = kept


def take_reasons(parsed: ParsedQuery) -> None:
    """A question of why a request was refused is searched as 不予公开 (before the figures and the
    problems read it: 为什么不给公开 is no shortcoming of the body's, it asks for the refusal rows)."""
    if "reason" not in asked_of(parsed):
        return
    _without(parsed, re.compile(f"(?:{_WHY.pattern})|(?:{_REFUSED.pattern})"))
    parsed.must = [c for c in parsed.must if not (len(c.alternatives) == 1 and c.alternatives[0] in ("申请", "信息", "公开"))]
    if not any(REFUSAL in alt for c in parsed.must for alt in c.alternatives):
        parsed.must.insert(0, Clause([REFUSAL]))


def take_remedy(parsed: ParsedQuery) -> None:
    """A disagreeing requester's question of what to do is searched as the remedies (before the problems read 不满意
    as a shortcoming): the disagreement and 怎么办 go, and 行政复议 OR 行政诉讼 is required."""
    if "remedy" not in asked_of(parsed):
        return
    _without(parsed, re.compile(f"(?:{_DISAGREE.pattern})|(?:{_WHAT_TO_DO.pattern})"))
    if not any(r in alt for c in parsed.must for alt in c.alternatives for r in REMEDIES):
        parsed.must.insert(0, Clause(list(REMEDIES)))


def take_frames(parsed: ParsedQuery) -> None:
    """Rank by the template's words for the content the question asks for, beside its topic, and
    say how the question was read."""
    kinds = asked_kinds()
    asked = asked_of(parsed)
    if not asked:
        return
    if "time" in asked:
        _without(parsed, _TIME_SAID)
    if "oversight" in asked:
        _without(parsed, _RESULT_UNWRITTEN)
        if not parsed.must:
            parsed.must = [Clause([MECHANISM])]
    typed = {alt for clause in parsed.must for alt in clause.alternatives}
    parsed.frame_words = [w for w in _words_of(asked, "answer") if w not in typed]
    parsed.outcome_words = [w for w in _words_of(asked, "outcome") if w not in typed]
    for kind in asked:
        parsed.notes.append(f"按{kinds[kind].label}理解：{kinds[kind].note}")
