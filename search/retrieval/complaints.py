"""A problem said as a complaint, not in the reports' words (round 32d): 网站老是不更新, 电话打不通, 留言没人理,
能不能快一点; and its subject said by its kind: 人手 and 负责公开的人 for the staff, 老百姓 for the public.

The citizen complains by forms, not by a list of words: an adverb of repetition before a verb (老是 | 不 | 更新,
总是 | 变), a verb, 不 and its result (看 | 不 | 明白, 打 | 不通, 找 | 不到), nobody doing it (没人 | 回复, 没 | 人理),
a wish for speed (快 | 一点), or a shortcoming jieba glued to its subject (管理混乱). ``join_complaints`` joins each
into one word that ``shortcomings.shortcoming`` reads as a shortcoming, and ``complaint_forms`` gives the words the
reports' part 五 admits it in (更新不及时, 人员变动频繁, and the words that admit a shortfall at all: 存在的不足, 有待,
差距). The verb of a form that names the work (更新, 回复) stays the subject. A wait said long (等了好久, 一拖再拖)
is read with the other delays (delays.py).

The people a problem is about are said in many words, each of which few reports use (人手, 负责公开的人, 老百姓);
the reports name them by a few (工作人员, 人员力量, 兼职; 群众, 社会公众). ``family_of`` reads such a word as its kind,
searched as any of the kind's words.
"""
from __future__ import annotations

from search.analysis import cut

# An adverb of repetition says that something happens too often (人员老是换: 变动频繁) and, before a negation, that
# it keeps not being done (老是不更新: 更新不及时); before anything else it says how often (经常咨询). 老 and 总 alone are left out: 总 asks for a total (总收到多少).
REPEAT = frozenset("老是 总是 经常 常常 动不动 三天两头".split())
NEGATIONS = frozenset("不 没 没有 不能 未".split())
# Alone, an adverb of repetition complains only before a change or a failure (老是换, 总是变, 经常出错).
CHANGES = frozenset("换 变 改 调 出错 错 断 卡 停 关".split())
# The longer words of a change or a failure. A word that only begins with one of CHANGES names none (关心, 关注,
# 调研, 改进, 调度: 群众经常关心的问题 asks a topic, not a problem).
CHANGE_WORDS = frozenset("换人 更换 调换 换来换去 变动 变化 变更 变来变去 改动 改来改去 调整 调动 出问题 断网 断线 掉线 "
                         "卡顿 停用 停更 关闭 关门 打不开".split())
_CHANGE_TAILS = frozenset("了 掉 来 去 过".split())  # 换了, 改掉: the change's own character with a particle


def _a_change(word: str) -> bool:
    return word in CHANGES or word in CHANGE_WORDS or (word[:1] in CHANGES and word[1:] in _CHANGE_TAILS)
# The results a verb fails to reach (看不明白, 打不通, 找不到, 跟不上, 查不全).
RESULTS = frozenset("懂 明白 清楚 清 到 通 上 全 着 进 进去 动 会 了".split())
# 没人 before a figure's verb (没人申请, 没人起诉) says a count of nought, which the figures read, not a problem.
FIGURE_VERBS = frozenset("申请 提出 收到 复议 诉讼 起诉 告 投诉 举报 来 要".split())
ONE_CHAR_VERBS = frozenset("理 管 回 问 看 接 听 办 答".split())
# What Chinese puts between a negation and its verb, saying nothing of either: 来 / 去 before the verb of its
# purpose (没人来申请, 没人去管) and an adverb of manner or time (没人主动申请, 从来没人, 没人真正管). Left between,
# it hid the verb from the rules that read a negation (没人 | 来 | 申请 was read as a problem, the count of nought
# not at all). 专门 and 专职 say more: nobody does the work as their own (没人专门管) is the lack of dedicated
# staff, which the reports admit as 专人, 专职人员 (read as 没有专人).
MANNER = frozenset("来 去 主动 专门 专职 专程 特意 亲自 真正 正式 一直 还 也 曾经 从来".split())
DEDICATED = frozenset("专门 专职".split())
_NEGATORS = ("没", "没有")


def _nobody_apart(words: list[str]) -> list[str]:
    """``words`` with the manner words after nobody (没 | 人, 没有 | 人, 没人) left out, nobody then said apart (没 | 人)
    before a figure's verb as jieba cuts 没人申请; a glued 没人来, 人来 cut first. 没人专门 reads 没有 | 专人."""
    pieces: list[str] = []
    for w in words:
        if w.startswith("没人") and w[2:] in MANNER:
            pieces += ["没", "人", w[2:]]
        elif w[:1] == "人" and w[1:] in MANNER and pieces[-1:] and pieces[-1] in _NEGATORS:
            pieces += ["人", w[1:]]
        else:
            pieces.append(w)
    out: list[str] = []
    for i, w in enumerate(pieces):
        nobody = out[-1:] == ["没人"] or (out[-1:] == ["人"] and out[-2:-1] and out[-2] in _NEGATORS)
        if nobody and w in MANNER:
            if w in DEDICATED:
                out[-2 if out[-1] == "人" else -1:] = ["没有", "专人"]
            continue
        if out[-1:] == ["没人"] and w in FIGURE_VERBS:
            out[-1:] = ["没", "人"]
        out.append(w)
    return out
WISH_HEADS = frozenset("快 及时 早 勤".split())
WISH_TAILS = frozenset("一点 点 些 一些 一点儿".split())
# A change counted many times (换了好几拨, 调了好多次): 了, a count of many and its measure.
COUNTS = ("好几", "好多", "多")
MEASURES = frozenset("拨批次回茬任个趟遍轮")
# Only one kind of something (就一种形式, 只有一个渠道): the reports admit it as 单一.
ONLY = frozenset("就 只 只有 仅 仅有 光".split())
ONE_KIND = frozenset("一种 一个 一类 一样 一套".split())
SINGLE = ("单一",)


def _counted(after: list[str]) -> int:
    """How many words of ``after`` (and the change before them) say a count of many with its measure
    (了 | 好几 | 拨人: 3), 0 when they do not."""
    j = 1 if after[:1] == ["了"] else 0
    if after[j:j + 1] == ["好"] and j + 1 < len(after) and after[j + 1][:1] in "几多" and after[j + 1][-1:] in MEASURES:
        return j + 3  # 好 | 多次, 好 | 几次: jieba cuts the count after 好
    if j < len(after) and after[j] in COUNTS and j + 1 < len(after) and after[j + 1][:1] in MEASURES:
        return j + 3
    if j < len(after) and after[j].startswith(COUNTS) and after[j][-1:] in MEASURES and len(after[j]) > 1:
        return j + 2  # 好几回 glued
    return 0


# Before a time a wish's words say when, not "sooner": 早些年, 早一些年, 早些日子 are years ago (jieba cuts 早些 | 年).
WISH_TIMES = frozenset("年 年间 年份 日子 天 阵子".split())
# Shortcomings jieba glues to the subject before them (管理混乱, 人手不足): cut apart again. Nouns of faults (问题,
# 困难, 差距) are left glued: 就业困难, 安全问题 name topics.
GLUED = ("不规范", "不到位", "不及时", "不完善", "不全面", "不健全", "不够", "不足", "不强", "不高", "不畅", "混乱",
         "滞后", "薄弱", "欠缺", "缺失", "淡薄", "频繁", "陈旧", "随意")

# How the reports admit what a complaint says, with the words of their part 五 that name a shortfall at all
# (存在的不足, 差距, 有待): a complaint names no report's word, so these are what it finds.
ADMITTED = ("不足", "差距", "有待", "不到位")
LATE = ("不及时", "滞后", "较慢") + ADMITTED
OFTEN = ("频繁", "不稳定", "流动") + ADMITTED
# A verb failing its result (看不明白, 找不到) ranks by its synonyms alone (看不明白 => 通俗易懂, synonyms.txt): the
# shortfall words beside it (不便, 不够, 有待) lifted every part 五 that admits anything (measured, round 32d).
UNREACHED: tuple[str, ...] = ()
NOBODY = ("无人", "缺乏") + ADMITTED  # not 不及时: its bigram 及时 is praise too (及时开展回应)

STAFF = ("工作人员", "人员", "人手", "专人", "专职人员", "兼职", "力量")
PUBLIC = ("群众", "公众", "社会公众", "老百姓")
# Only the citizen's words are read as their kind: a report's own word (工作人员, 群众) already finds its reports.
_FAMILIES = ({w: STAFF for w in ("人手", "专人", "干部", "工作者", "职工", "员工", "办事员")}
             | {w: PUBLIC for w in ("老百姓", "百姓", "老百姓们", "大家", "市民", "居民")})
# 负责公开的人, 管这事的人: the person who does the work is the staff; 的 | 人 after another verb (办事的人) is the public.
_DOERS = ("负责", "管", "分管", "主管", "搞", "做", "干")


def complaint_forms(word: str) -> tuple[str, ...] | None:
    """The reports' wording of a complaint joined by ``join_complaints`` (None for any other word)."""
    if word in REPEAT or (len(word) >= 3 and any(c in word for c in COUNTS) and word[-1] in MEASURES):
        return OFTEN
    if any(word.startswith(r) and word[len(r):] in CHANGES for r in REPEAT):
        return OFTEN  # 老是换, 经常变: joined by join_complaints
    if any(word.startswith(o) and word[len(o):] in ONE_KIND for o in ONLY):
        return SINGLE
    if any(word.startswith(r) and word[len(r):] in NEGATIONS for r in REPEAT):
        return LATE
    if word.startswith("没人") and len(word) <= 3:
        return NOBODY
    if any(word.startswith(h) and word[len(h):] in WISH_TAILS for h in WISH_HEADS):
        return LATE
    if len(word) >= 3 and word[1] == "不" and word[2:] in RESULTS:
        return UNREACHED
    return None


def _split_glued(word: str, shortcoming=None) -> list[str]:
    """``word`` cut before the shortcoming jieba glued to it (管理混乱; 写错字, 人少 when ``shortcoming``, a listed
    shortcoming's test, is given), or whole."""
    for tail in GLUED:
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= 2 and len(cut(head)) == 1:
            return [head, tail]
    if (shortcoming is not None and len(word) >= 2 and word[1:] not in FAULT_NOUNS and shortcoming(word[1:])
            and not (len(word) == 3 and word[1] == "不" and word[0] == word[2])):  # 多不多 asks
        # One character glued to the shortcoming after it (写错字: 写 | 错字), in a word of three characters or more.
        # Not in one of two that jieba's dictionary lacks (人少): such a word is as often a typo (a misspelling
        # query fell 0.84 -> 0.38 on dev-A, round 35b). The character is kept only when it names people; a verb's
        # one character (写 of 写错字) is no word the reports hold alone, and would be required.
        if len(word) >= 3:
            return [word[0], word[1:]] if word[0] in PEOPLE else [word[1:]]
    return [word]


PEOPLE = frozenset("人")
# Nouns of faults name topics after a character (新问题, 老问题, 大困难), as GLUED leaves them.
FAULT_NOUNS = frozenset("问题 困难 差距 短板 不足之处".split())


def join_complaints(words: list[str], stop_words: frozenset[str], shortcoming, listed=None) -> list[str]:
    """``words`` with each complaint form joined into one word (看 | 不 | 明白 -> 看不明白; 没 | 人 | 回复 ->
    没人 | 回复) and a shortcoming glued to its subject cut off (管理混乱 -> 管理 | 混乱)."""
    # (a shortcoming stays whole unless it is nobody glued to a manner word, 没人来: that is read apart)
    words = _nobody_apart([p for w in words for p in ([w] if shortcoming(w) and _nobody_apart([w]) == [w]
                                                     else _split_glued(w, listed))])
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        after = words[i + 2] if i + 2 < len(words) else ""
        verb = len(w) == 1 and w not in stop_words and w not in "不得的地"  # 公开 | 得 | 不全: 得 is no verb
        glued_wish = any(w.startswith(h) and w[len(h):] in WISH_TAILS for h in WISH_HEADS)
        if glued_wish and nxt in WISH_TIMES:
            out.append(w + nxt)  # 早些 | 年: a time, one word that no complaint form reads
            i += 2
        elif w in WISH_HEADS and nxt in WISH_TAILS and after in WISH_TIMES:
            out.append(w + nxt + after)  # 早 | 一些 | 年
            i += 3
        elif verb and nxt == "不" and after in RESULTS:
            out.append(w + nxt + after)
            i += 3
        elif verb and nxt[:1] == "不" and nxt[1:] in RESULTS:
            out.append(w + nxt)
            i += 2
        elif w in REPEAT and nxt in NEGATIONS:
            out.append(w + nxt)
            i += 2
        elif w in REPEAT and nxt in CHANGES:
            # 老是 | 换, 经常 | 变: the change's one character is no word the reports hold (they write 更换频繁,
            # 变动频繁); it is the complaint's, as 换 of 换了好几拨 is, not a subject to require.
            out.append(w + nxt)
            i += 2
        elif w in REPEAT and not _a_change(nxt):
            i += 1  # 经常咨询的事项, 总是问什么: how often, no complaint (and no word a report holds)
        elif w in ("没", "没有") and nxt == "人" and after and after not in FIGURE_VERBS:
            out.append("没人" + (after if after in ONE_CHAR_VERBS else ""))
            i += 3 if after in ONE_CHAR_VERBS else 2
        elif w in ("没", "没有") and nxt[:1] == "人" and nxt[1:] in ONE_CHAR_VERBS:
            out.append("没人" + nxt[1:])
            i += 2
        elif w == "没人" and nxt not in FIGURE_VERBS:
            out.append(w + (nxt if nxt in ONE_CHAR_VERBS else ""))
            i += 2 if nxt in ONE_CHAR_VERBS else 1
        elif w in WISH_HEADS and nxt in WISH_TAILS:
            out.append(w + nxt)
            i += 2
        elif _a_change(w) and _counted(words[i + 1:]):
            # 换了好几拨人, 改了好多次: a change counted many times is one made too often (变动频繁).
            n = _counted(words[i + 1:])
            last = words[i + n - 1]
            cut_at = next(k for k, c in enumerate(last) if c in MEASURES) + 1
            out.append("".join(words[i:i + n - 1]) + last[:cut_at])
            if last[cut_at:]:
                out.append(last[cut_at:])  # 拨 | 人: the 人 stays the subject
            i += n
        elif w in ONLY and nxt in ONE_KIND:
            out.append(w + nxt)  # 就 | 一种 (形式): only one kind, 单一
            i += 2
        else:
            out.append(w)
            i += 1
    return out


def family_of(rest: list[str], j: int) -> tuple[str, ...] | None:
    """The kind of people ``rest[j]`` names in a problem's subject (STAFF, PUBLIC), or None: 人手, 工作人员;
    老百姓; the 人 of 负责公开的人."""
    word = rest[j]
    if word == "人" and j >= 2 and rest[j - 1] == "的":
        return STAFF if any(w.startswith(_DOERS) for w in rest[:j - 1]) else PUBLIC
    return _FAMILIES.get(word)
