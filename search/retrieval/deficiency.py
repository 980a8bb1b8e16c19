"""A complaint read by its grammar, beyond the words of ``shortcomings.SHORT`` (session 33): an evaluative adjective
of deficiency said of a subject (网站信息过时, 关注度低, 能力不行), a degree complement (回应得慢: 得 glued to the
adjective by jieba), nobody said vaguely (没什么人关注), a duty's verb negated by 没 (政策没解释) and an attitude said
by the disposal idiom (不把信息公开当回事).

Each form is mapped to how the reports' part 五 (存在的主要问题) admits it, written from the template's wording of
problems: a thing late or old as 不及时 and 滞后 (信息更新不及时, 平台建设滞后), too little as 不足 and 较少, disorder as
不规范, poor quality as 不高 and 有待提高 (业务水平有待提高), an error as 有误 and 不准确, and an attitude as 不重视 (重视
程度不够). An adjective before 的 and a noun (过时的文件) says which thing is meant, not that it falls short: it stays a
word of the topic.
"""
from __future__ import annotations

STALE = ("不及时", "滞后")
FEW = ("不足", "较少", "欠缺")
DISORDER = ("不规范", "混乱")
POOR = ("不高", "薄弱", "有待提高")
WRONG = ("有误", "不准确", "差错")
UNEVEN = ("不统一", "不一致", "参差不齐")
# The adjectives of deficiency a citizen says of a subject, by what part 五 admits for them. The single characters
# (慢, 少, 乱, 差) jieba cuts alone only where they are said as adjectives (慢性, 少年, 乱码, 差额 are its words).
DEFICIENT: dict[str, tuple[str, ...]] = {
    **{w: STALE for w in ("慢", "迟", "晚", "旧", "老旧", "陈旧", "过时", "过气", "落后", "跟不上")},
    **{w: FEW for w in ("少", "稀少", "不多", "太少")},
    **{w: DISORDER for w in ("乱", "杂乱", "混乱", "随意")},
    **{w: POOR for w in ("差", "低", "弱", "不行", "不好", "较差", "很差")},
    **{w: WRONG for w in ("不对", "错", "有错")},
    **{w: UNEVEN for w in ("不一样", "不协调", "各不相同", "不一")},
}
# Of the adjectives shortcomings.SHORT also holds, these rank by their own words alone (慢, 少, 差, 乱 …): read with
# the part-五 words below they moved their queries' lists to reports admitting any delay or weakness (measured,
# session 33). The others SHORT holds (弱, 不好, 不多) were not measured apart and keep their forms.
LISTED = frozenset("慢 少 差 乱 混乱 随意 陈旧".split())
# A degree before the adjective, glued to it by jieba (太旧, 很差, 得慢: 得 of a degree complement).
DEGREES = ("太", "很", "较", "偏", "挺", "好", "真")
# What follows an attributive adjective: 过时的 | 文件.
ATTRIBUTIVE = frozenset("的 之".split())


def adjective(word: str) -> str:
    """The adjective of deficiency ``word`` says (旧 of 太旧, 慢 of 得慢), or ''."""
    if word in DEFICIENT:
        return word
    for degree in DEGREES:
        rest = word[len(degree):]
        if word.startswith(degree) and rest in DEFICIENT:
            return rest
    return ""


def deficiency_forms(word: str) -> tuple[str, ...]:
    """How the reports admit the deficiency ``word`` says (过时: 不及时, 滞后), or ()."""
    found = adjective(word)
    return DEFICIENT[found] if found and found not in LISTED else ()


def attributive(words: list[str], i: int) -> bool:
    """Whether the adjective words[i] describes the noun after 的 (过时的 | 红头文件), rather than being said of it."""
    return words[i + 1:i + 2] != [] and words[i + 1] in ATTRIBUTIVE and i + 2 < len(words)


_WHO = frozenset("人")
# 没什么人, 没啥人: nobody, said vaguely (jieba cuts 没什么 | 人), read as 没人.
_VAGUE_NOBODY = frozenset("没什么 没啥 没几个".split())
# The duties part 五 admits falling short in, said negated by 没 / 没有 / 未 (没解释, 一直没回复): the negated verb
# 不解释 as 不 before it is read (shortcomings.negated_verb). Not the template's outcomes and figures (没公开, 没有收到:
# 不予公开 and the counts), which the figures read.
DUTIES = frozenset("更新 解释 解读 回应 回复 反馈 维护 宣传 公示 落实 跟进 整改 理睬 重视".split())
_NOT = frozenset("没 没有 未 从未 从没".split())
# 不把 X 当回事, 没当回事: an attitude falling short, as the reports admit it (重视程度不够, read from 不重视).
_AS_NOTHING = frozenset("当回事 当一回事 当成回事 当成一回事 放在心上 上心".split())
_NEGATIONS = frozenset("不 没 没有 未 从不 从没".split())
# Words that only strengthen the negation after them (根本不把…当回事, 压根没更新).
_INTENSIFIERS = frozenset("根本 压根 压根儿 完全 从来 一点 丝毫 毫".split())
DISREGARD = ["不", "重视"]  # as typed 不 | 重视, the words take_problem joins


def read_grammar(words: list[str]) -> list[str]:
    """``words`` with the complaint forms above rewritten to those ``take_problem`` reads (得 | 慢, 没 | 人,
    不解释, 不重视); other words as they are."""
    words = _disposal(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w[-1:] == "得" and len(w) > 1 and nxt and (adjective(nxt) or nxt in ("不", "太", "很") or "不" in nxt):
            # 写得 | 看不懂, 更新得 | 不 | 及时: the verb before the complement is its subject; of one character (写)
            # it is no word a report holds alone, only the manner of the shortfall.
            out += ([w[:-1]] if len(w) > 2 else []) + ["得"]
        elif w in _INTENSIFIERS and nxt in _NEGATIONS:
            pass  # 根本 | 不, 压根 | 没: how strongly, no word to find
        elif len(w) == 2 and w[0] in _WHO and w[1] in DEFICIENT:
            out += [w[0], w[1]]  # 看的 | 人少: the people and how few (jieba glues them)
        elif w in _VAGUE_NOBODY and nxt == "人":
            out += ["没", "人"]
            i += 1
        elif w in _NOT and nxt in DUTIES:
            out += ["不", nxt]  # 没 | 解释 as 不 | 解释
            i += 1
        else:
            out.append(w)
        i += 1
    return out


def _disposal(words: list[str]) -> list[str]:
    """不 | 把 | X | 当回事 as X | 不重视 (and 没当回事, 不当回事: 不重视 alone); ``words`` unchanged without the idiom."""
    at = next((j for j, w in enumerate(words) if w in _AS_NOTHING), -1)
    if at < 0:
        return words
    neg = next((j for j in range(at - 1, -1, -1) if words[j] in _NEGATIONS), -1)
    if neg < 0:
        return words
    between = [w for w in words[neg + 1:at] if w not in ("把", "将", "拿")]
    start = neg - 1 if neg and words[neg - 1] in _INTENSIFIERS else neg  # 根本 | 不 | 把: how strongly
    return words[:start] + between + DISREGARD + words[at + 1:]
