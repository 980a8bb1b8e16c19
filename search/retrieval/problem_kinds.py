"""The kinds of problem part 五 admits, so that an admission of one does not lead a question about another.

Parts 五 (存在的主要问题及改进情况) admit a handful of recurring problems, each in its own words: the policy
explanations (解读 形式单一, 通俗性不强), the staff (人员力量薄弱, 业务能力有待提高), the timeliness of updates
(更新不及时, 时效性不强), the completeness of what is published (内容不够全面, 深度和广度), the standardisation
(规范化水平不高), the platforms (网站功能不完善, 平台建设滞后), the publicity (宣传力度不大, 知晓率低), the
attitude (重视程度不够, 认识不到位), the mechanisms (机制不健全, 考核不到位), the handling of requests
(依申请公开答复), the interaction with the public (回应不及时, 留言回复) and the balance between units
(发展不平衡, 参差不齐). KINDS lists each kind by the words the reports use for it; the question's words (its
subject and its shortcoming, with their synonyms) name its kinds the same way.

A part 五 that admits problems (clauses before its plans that say a shortfall) none of which is of a kind the
question names, and names no such kind anywhere before its plans, admits another problem: 公开内容不够规范 answers
公开内容不全面 only by the words they share. Such a part keeps OTHER_KIND of its admission score
(problems.discount_other_kinds), enough to drop it below the leaders when another admits the kind asked. A part
naming the kind asked outside its shortfall clauses (各单位信息公开工作均由办公室人员兼职经办 for too few staff) keeps
its score: reports admit a problem by describing it too. A question naming no kind, or a part
whose admitting clauses name none, is left as it was: the table only tells kinds apart, it finds nothing.
"""
from __future__ import annotations

import re

from search.retrieval.aims import turn_at

# kind -> the words the reports (and citizens) name it by. Read from how parts 五 phrase their problems, not
# from any question; a word may name two kinds (更新 of a website is both timeliness and the platform).
KINDS: dict[str, tuple[str, ...]] = {
    "interpretation": ("解读", "通俗", "可读", "看不懂", "读不懂", "难懂", "图解"),
    "staff": ("人员", "人手", "队伍", "专人", "专职", "兼职", "力量", "业务能力", "业务水平", "业务素质", "培训",
              "流动", "变动", "老换"),
    "timeliness": ("及时", "时效", "滞后", "更新", "逾期", "超期", "超时", "拖延", "慢"),
    "completeness": ("全面", "完整", "不全", "深度", "广度", "丰富", "细化", "深化", "覆盖"),
    "standard": ("规范", "标准化", "统一", "不一致", "准确", "错别字", "错字", "差错", "有误"),
    "platform": ("平台", "网站", "官网", "栏目", "专区", "新媒体", "微博", "微信", "公开栏", "信息化", "功能",
                 "检索", "载体"),
    "publicity": ("宣传", "知晓", "关注度", "认知度", "利用率", "影响力", "传播力"),
    "attitude": ("重视", "认识", "意识", "理解"),
    "mechanism": ("机制", "制度", "考核", "监督", "督促", "问责", "统筹", "协调"),
    "requests": ("依申请", "申请", "答复", "告知书", "文书"),
    "interaction": ("互动", "回应", "留言", "回复", "咨询", "关切"),
    "balance": ("平衡", "参差不齐", "基层", "各自为政", "各搞一套"),
}
OTHER_KIND = 0.4  # what a part 五 admitting only problems of other kinds keeps of its admission score

# A clause of a part 五: what lies between these marks (一是……；二是……。).
CLAUSE = re.compile(r"[。；;！!？?\n]|[一二三四五六七八九十]是")


def kinds_of(text: str) -> set[str]:
    """The kinds whose words ``text`` holds."""
    return {kind for kind, words in KINDS.items() if any(w in text for w in words)}


def admitted_kinds(text: str, shortfall: tuple[str, ...]) -> set[str]:
    """The kinds of the problems ``text`` (a part, folded) admits: those named in its clauses that say a shortfall,
    before it turns to its plans (aims.turn_at)."""
    turn = turn_at(text)
    admitting = text if turn is None else text[:turn]
    kinds: set[str] = set()
    for clause in CLAUSE.split(admitting):
        if any(s in clause for s in shortfall):
            kinds |= kinds_of(clause)
    return kinds


def named_kinds(text: str) -> set[str]:
    """The kinds ``text`` (a part, folded) names anywhere before it turns to its plans."""
    turn = turn_at(text)
    return kinds_of(text if turn is None else text[:turn])
