"""A problem question read from the query: the shortcoming (不全面, 太少, 看不懂, 不重视) taken out of the
required words and kept to rank, and the query marked to prefer part 五 (search/retrieval/problems.py ranks it).

The citizen writes the shortcoming in a word that says it (不规范, 弱), in words of its form (太少: 太 + one
character; 看不懂: a verb, 不 and its result; 难找), with a degree word (不够深入) or as 不 before a verb of a duty
(不重视). A question (多不多, 满意不满意), the public's concern (群众反映的问题) and a shortcoming that is only the
condition of another question (做得不好有没有人被追责) are no problem asked about.
"""
from __future__ import annotations

import re

import jieba

from search.analysis import cut, init_jieba
from search.retrieval.deficiency import adjective, attributive, deficiency_forms, read_grammar
from search.retrieval.everyday import is_everyday
from search.retrieval.complaints import DEDICATED, complaint_forms, family_of, join_complaints
from search.retrieval.query import STOP_WORDS, Clause, ParsedQuery, query_words
from search.retrieval.synonyms import searched

PROBLEM_PART = 5

# Words that say something falls short (as jieba cuts them), and those that do with the next word
# (不 规范, 有待 提高, 较 少).
SHORT = frozenset("不高 不够 不足 不好 不多 不强 不深 不细 不畅 不便 不熟 不熟悉 不到位 不规范 不全 不全面 不完整 不完善 不及时"
                  " 不准确 不统一 不充分 不明确 弱 较弱 偏弱 薄弱 滞后 欠缺 缺乏 短板 差距 问题 困难 较少 偏少 单一 不足之处"
                  # A lone adjective after its subject (更新慢, 人员少, 质量差) and the nouns and adjectives
                  # of faults (错别字, 差错, 混乱, 意识淡薄, 变动频繁).
                  " 慢 少 差 乱 错误 差错 错漏 错别字 混乱 随意 缺失 淡薄 频繁 陈旧"
                  # a text copied, not worked (照搬照抄, 生搬硬套, 千篇一律): admitted as 不够深入, 形式单一
                  " 照抄 照搬 照搬照抄 照本宣科 生搬硬套 千篇一律"
                  # late beyond a time limit, as a citizen and a report say it (超期, 逾期), and lacking (缺少, as 缺乏)
                  " 超期 逾期 超时 拖延 延误 缺少".split())
# 超过期限 (超过 | 期限): beyond a limit of time is a shortcoming; 超过 before a number is a size (超过100件).
OVERDUE = (frozenset("超过 超出 过了".split()), frozenset("期限 时限 期 时间".split()))
# 没有 before what a body should have to do the work (没有专人, 没有制度) says it lacks it, as 缺乏 does; the noun
# stays the subject. Before anything else 没有 is a negation the figures read (没有收到申请, 没有行政复议).
LACKING = frozenset("没有 没 无".split())
# How the reports admit a lack (人员力量薄弱, 缺乏专职人员, 配备不足): what a 没有 read as a lack ranks by.
LACKING_FORMS = ("缺乏", "缺少", "不足", "薄弱", "欠缺")
RESOURCES = frozenset("专人 专职 人员 人手 专职人员 工作人员 制度 机制 经费 资金 平台 栏目 渠道 培训 考核 监督 机构".split())
WITH_NEXT = frozenset("不 有待 亟待 较 偏 仍需 还需 太 过于 难".split())
# A mild degree before a shortcoming (比较乱, 有点慢, 挺少): dropped, the shortcoming alone is read.
MILD = frozenset("比较 较为 有点 有点儿 有些 挺 蛮 很 非常 特别 十分".split())
_MILD_LONGEST_FIRST = sorted(MILD, key=len, reverse=True)  # 有点儿 before 有点
# A measure before a shortcoming (力度不够, 水平不高): how much of the subject, said with the shortfall; the reports
# admit the same problem without it (公开的事项不够完整 for 主动公开力度不够), so it is no word to require.
MEASURES = frozenset("力度 程度 水平 深度 广度".split())
# A degree word says a shortcoming with the word after it (不够深入, 不太及时): that word is part of the
# shortcoming, not a subject word to require (深入 is in every report: 深入推进). Alone at the end
# (力度不够) 不够 is the shortcoming itself.
DEGREE = frozenset("不够 不太 不很 不怎么 还不够 仍不够".split())
_DEGREE_LONGEST_FIRST = sorted(DEGREE, key=len, reverse=True)  # 还不够 before 不够
# Shortcomings by their form, beyond the list: 太少, 太慢 (太 + one character), 看不懂, 跟不上 (a verb, 不
# and its result), 难懂, 难找 (难 + one character), 没人看, 没人管.
_SHORT_FORM = re.compile(r"^(?:太.|.不.|难.|没人.?)$")
# 老换, 总变: 老 / 总 (always) glued to a verb by jieba, a word its dictionary does not hold (老人, 总结 it
# does). The reports say it with 频繁 (更换频繁, 变动频繁).
_OFTEN_FORM = re.compile(r"^[老总].$")
OFTEN = "频繁"
# 不 before a verb of two characters or more (不重视, 不回复, 不配合) says a duty is not done: the reports
# admit it as the verb and a shortfall (重视程度不够, 回复不及时, 配合不到位). 不 before one character
# (不给公开的理由) only negates, and before the template's outcomes (不公开, 不处理) it names a figure.
_NEGATED_VERB = re.compile(r"^不..+$")
OUTCOME_VERBS = frozenset("公开 予以 提供 处理 受理".split())
SHORTFALL = ("不够", "不足", "不到位", "不及时")
# A shortcoming denied (没有照抄, 未拖延, 杜绝照搬照抄) asks for no admission of it: the words are the topic. (Review of
# session 24: 照抄 joined the list, and 没有照抄 was read as the problem 照抄 with 没有 a word to find. 不存在 never
# reaches here: 不 and 存在 are stop words, dropped before.)
DENIALS = frozenset("没有 没 未 无 并未 从未 杜绝 避免 防止".split())
# Verbs of an attitude (重视, 关注): said falling short after them (重视不够), they are the shortcoming, not its subject.
ATTITUDES = frozenset("重视 关注 关心 配合 参与 认识".split())


def _often(word: str) -> bool:
    if not _OFTEN_FORM.match(word) or adjective(word):  # 老旧 is old, not often
        return False
    init_jieba()
    return not jieba.dt.FREQ.get(word)


# A verb or adjective, 不 and itself again (多不多, 好不好, 是不是) asks a question; it says nothing falls short.
_A_NOT_A = re.compile(r"^(.)不\1$")


# 问题 after what the public does with it (关心的问题, 反映的问题, 咨询的问题) is the public's concern or
# question, which a body answers (回应关切), not a shortcoming it admits.
CONCERN_VERBS = ("关心", "关注", "关切", "反映", "提出", "咨询", "询问", "留言", "投诉", "举报", "提")


def _a_concern(words: list[str], i: int) -> bool:
    """Whether words[i] is 问题 said of the public's concern (关心的问题, 群众反映 | 的 | 问题)."""
    before = words[i - 2] if i >= 2 and words[i - 1] == "的" else words[i - 1] if i >= 1 else ""
    return words[i] == "问题" and before.endswith(CONCERN_VERBS)


def _asked_either_way(before: str, after: str) -> bool:
    """Whether ``before`` 不 ``after`` is an A 不 A question: 满意 | 不 | 满意, or the verb alone first and the
    word whole after (收 | 不 | 收费, 公 | 不 | 公开), as people ask a yes or no of a verb of two characters."""
    return before.endswith(after) or after.startswith(before[-1:]) and len(before) == 1


def _mild_apart(word: str) -> list[str]:
    """A mild degree jieba glued to the shortcoming after it (比较慢, 有点乱) apart, as 有点 | 慢 is cut."""
    for mild in _MILD_LONGEST_FIRST:
        if word.startswith(mild) and len(word) > len(mild) and shortcoming(word[len(mild):]):
            return [mild, word[len(mild):]]
    return [word]


def _de_apart(words: list[str]) -> list[str]:
    """The words with 得 cut apart from a shortcoming jieba glued it to the start of (落实 | 得不到 | 位, as if 得不到
    'cannot get' were meant): 得, then the shortcoming whole (不到位), as 公开 | 得 | 不全 is cut."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if len(word) > 1 and word[0] == "得" and i + 1 < len(words) and shortcoming(word[1:] + words[i + 1]):
            out += ["得", word[1:] + words[i + 1]]
            i += 2
        else:
            out.append(word)
            i += 1
    return out


def _denied(words: list[str], i: int) -> bool:
    """Whether words[i] stands right after a denial (没有 | 照抄, 杜绝 | 照搬照抄)."""
    return i > 0 and words[i - 1] in DENIALS


def _second_half_of_a_question(words: list[str], i: int) -> bool:
    """Whether words[i] is the 不X of an A 不 A question jieba cut apart (办得好 | 不好)."""
    word = words[i]
    return i > 0 and len(word) == 2 and word[0] == "不" and words[i - 1].endswith(word[1])


def shortcoming(word: str) -> bool:
    """Whether a word (as jieba cuts it) says that something falls short."""
    if _A_NOT_A.match(word):
        return False
    # An idiom whose one-way synonyms say a shortfall is one (各搞一套 => 不统一, 对不上 => 不准确: synonyms.txt).
    return (word in SHORT or bool(_SHORT_FORM.match(word)) or _often(word) or complaint_forms(word) is not None
            or bool(adjective(word)) or any(s in SHORT for s in searched(word)[1:]))


def listed(word: str) -> bool:
    """Whether a word is a shortcoming of the list or its synonyms' (错字, 少; not a form: 老院 of 养老院 is no 老换)."""
    return not _A_NOT_A.match(word) and (word in SHORT or any(s in SHORT for s in searched(word)[1:]))


def negated_verb(word: str) -> bool:
    """Whether ``word`` is 不 and a verb of two characters or more that says a duty not done (不重视)."""
    verb = word[1:]
    return (bool(_NEGATED_VERB.match(word)) and word not in SHORT and len(cut(verb)) == 1 and "不" not in verb
            and not any(verb.startswith(v) for v in OUTCOME_VERBS | {"予"}))


def degree_rest(word: str) -> str:
    """What a shortcoming ``take_problem`` reads as a degree word and the word after it says falls short (及时 of
    不太及时, 关注 of 不怎么关注, 深入 of 不够深入), or '' when ``word`` is no such shortcoming."""
    for degree in _DEGREE_LONGEST_FIRST:
        rest = word[len(degree):]
        if word.startswith(degree) and rest and rest not in STOP_WORDS:
            return rest
    return ""


def overdue(word: str) -> bool:
    """Whether ``word`` is a verb of going beyond and a limit of time, as ``take_problem`` joins them (超过期限)."""
    return any(word.startswith(a) and word[len(a):] in OVERDUE[1] for a in OVERDUE[0])


def report_forms(word: str) -> list[str]:
    """How the reports write a shortcoming: its synonyms, 频繁 for one said with 老 / 总 (老换), and
    the shortfall words for a negated verb (不重视: 重视程度不够); for a degree and a word (不太及时) the word
    negated (不及时, a shortcoming of the list when the reports write it so) and the shortfall words (关注不够);
    beyond a time limit (超过期限) in the words for lateness (超期, and their synonyms: 逾期)."""
    rest = degree_rest(word)
    return (searched(word) + ([OFTEN] if _often(word) else []) + (list(SHORTFALL) if negated_verb(word) else [])
            + list(complaint_forms(word) or ()) + list(deficiency_forms(word)) + (list(LACKING_FORMS) if word in LACKING else [])
            + (searched("不" + rest) + list(SHORTFALL) if rest else [])
            + ([f for late in LATE for f in searched(late)] if overdue(word) else []))


# The words for lateness the list holds (SHORT), what 超过期限 is said in.
LATE = ("超期", "超时")


def admitted(word: str) -> bool:
    """Whether a shortcoming word surely says a problem: 不 before one character (不给公开的理由)
    only negates; before a verb (不重视) it says a duty is not done. A degree and the word after it (不太及时,
    不够深入) and beyond a time limit (超过期限) are the shortcomings ``take_problem`` joins from two words."""
    return (shortcoming(word) or negated_verb(word) or word in LACKING or bool(degree_rest(word)) or overdue(word)
            or any(word.startswith(w) and len(word) > len(w) for w in WITH_NEXT - {"不"}))


# 存在的主要问题, 存在哪些问题; 得 joins a verb to the shortcoming that follows it (公开得不全, 回复得太慢): the
# verb is the subject, the 得 is the shortcoming's and no word to find.
# A complaint's question and wish words (为什么老是…, 能不能…快一点) ask nothing a report holds.
FILLER = frozenset("存在 主要 哪些 什么 的 有 得 为什么 为啥 怎么 咋 能不能 能 不能 能否 可不可以 可以 这么 那么".split())


# A yes-no question after the shortcoming asks about what follows it (有没有人被追责), not whether it is admitted.
YES_NO = frozenset("有没有 是否 有无 会不会".split())


def _asks_after(after: list[str]) -> bool:
    """Whether the words after a shortcoming ask a yes-no question about something (有没有 | 人 | 被 | 追责)."""
    return any(w in YES_NO and any(x not in STOP_WORDS for x in after[j + 1:]) for j, w in enumerate(after))


def take_problem(parsed: ParsedQuery) -> None:
    """Mark a query that asks about a shortcoming and drop the shortcoming words (in place); when
    nothing else is left (存在的主要问题), the words stay: they are the topic."""
    found = False
    kept: list[Clause] = []
    shortcomings: list[str] = []
    row = parsed.figure.word if parsed.figure is not None else ""
    families: list[tuple[str, ...]] = []
    # Each clause's words left, read for people and filler words only once the whole query is read: an item
    # typed before the shortcoming's (人手 | 不够, 为什么 | 网站老是不更新) is read as one after it is.
    staged: list[Clause | list[tuple[list[str], str]]] = []
    for clause in parsed.must:
        if clause.phrase:
            staged.append(clause)
            continue
        alternatives: list[tuple[list[str], str]] = []
        for alt in clause.alternatives:
            # An idiom jieba cuts apart (各 | 搞 | 一套) is joined again; other known words stay in pieces.
            pieces, rest, i = cut(alt), [], 0
            # A phrase of the everyday table (不上网: the places to read off line) is its row's, no 不 | 上网 shortfall.
            words = _de_apart([m for q in query_words(alt) for w in ([q] if q in pieces or shortcoming(q) or is_everyday(q)
                                                                    else cut(q))
                                for m in _mild_apart(w)])
            words = join_complaints(read_grammar(words), STOP_WORDS, shortcoming, listed)
            while i < len(words):
                if words[i] in (MILD | MEASURES) and i + 1 < len(words) and (
                        shortcoming(words[i + 1]) or words[i + 1] in WITH_NEXT | DEGREE and i + 2 < len(words)):
                    i += 1  # 比较 | 乱, 力度 | 不 | 大: neither the subject nor the shortcoming
                    continue
                if words[i] in DEGREE and i + 1 < len(words) and words[i + 1] not in STOP_WORDS:
                    taken = 2
                elif words[i] in ATTITUDES and i + 1 < len(words) and words[i + 1] in SHORTFALL + ("不高", "不强"):
                    # 重视不够 says 不重视: 重视 is the shortcoming's, not a word to require (the reports admit it as
                    # 认识不到位, 意识不强 as often; 宣传不够 keeps 宣传 as its subject).
                    shortcomings.append("不" + words[i])
                    taken = 2
                elif (shortcoming(words[i]) and not _second_half_of_a_question(words, i) and not _a_concern(words, i)
                      and not _denied(words, i) and not (adjective(words[i]) and attributive(words, i))):
                    taken = 1
                elif words[i] == "不" and 0 < i < len(words) - 1 and _asked_either_way(words[i - 1], words[i + 1]):
                    # (服务)满意 | 不 | 满意 asks, as 多不多 does: the word asked about stays, once; of 收 | 不 |
                    # 收费 (A 不 AB) it is the whole word, 收费.
                    if len(words[i + 1]) > len(words[i - 1]) and rest and rest[-1] == words[i - 1]:
                        rest[-1] = words[i + 1]
                    i += 2
                    continue
                elif words[i] in WITH_NEXT and i + 1 < len(words):
                    taken = 2
                elif words[i] in OVERDUE[0] and i + 1 < len(words) and words[i + 1] in OVERDUE[1]:
                    taken = 2
                elif words[i] in LACKING and i + 1 < len(words) and words[i + 1] in RESOURCES:
                    taken = 1
                elif words[i] in LACKING and words[i + 1:i + 2] and words[i + 1] in DEDICATED and words[i + 2:i + 3] \
                        and words[i + 2] in RESOURCES:
                    # 没有专门人员, 没有专职人员: the lack of the staff after it; 专门 says how, no word to require
                    shortcomings.append(words[i])
                    found, i = True, i + 2
                    continue
                else:
                    taken = 0
                if taken and row and "".join(words[i:i + taken]) in row:
                    taken = 0  # 不掌握: the name of the table row the query asks (figures_asked.py), no shortcoming
                if taken and _asks_after(words[i + taken:]):
                    return  # 做得不好 | 有没有 人 被 追责: the shortcoming is the condition of another question
                if taken:
                    found, i = True, i + taken
                    shortcomings.append("".join(words[i - taken:i]))
                else:
                    rest.append(words[i])
                    i += 1
            alternatives.append((rest, alt))
        staged.append(alternatives)
    for item in staged:
        if isinstance(item, Clause):
            kept.append(item)
            continue
        alternatives = []
        for rest, alt in item:
            if found:
                # The people the problem is about, said by their kind (人手, 负责公开的人, 老百姓): any word of the kind.
                # (a word jieba cut out of a longer one, 公众 of 公众号, names no one).
                typed = set(query_words(alt))
                # (专人 read from 没人专门管 is the staff as typed: complaints.DEDICATED)
                kinds = [family_of(rest, j) if rest[j] in typed or rest[j] in ("人", "专人") else None
                         for j in range(len(rest))]
                families.extend(k for k in kinds if k and k not in families)
                rest = [w for w, k in zip(rest, kinds) if not k and w not in FILLER]
                # What joined two shortcomings (问题和不足, 问题及不足) is left alone once they are taken: a
                # connector required alone matched nearly every report and was all their snippets marked.
                if all(w in STOP_WORDS for w in rest):
                    rest = []
            if rest:
                alternatives.append("".join(rest))
        if alternatives:
            kept.append(Clause(alternatives, False))
    if found:
        kept += [Clause(list(kind), False) for kind in families]
        if kept:
            # The shortcoming as typed still ranks: a report saying 关注度不高 word for word first.
            parsed.rank_words = list(dict.fromkeys(shortcomings)) + [a for c in parsed.must if not c.phrase
                                                                    for a in c.alternatives]
            parsed.must = kept
        parsed.prefer_part = PROBLEM_PART
