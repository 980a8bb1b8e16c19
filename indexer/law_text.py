"""Is a text about the regulations themselves (an explainer, a Q&A, a keyword page quoting the 条例)?

Round 65 refuses a long text on disclosure that tells no one's year, unless the regulations are named: a body's account
cites them as its ground in every way ('根据《条例》第三十一条规定，现公布…', '按照《条例》第十九条、第二十条规定的范围',
'贯彻落实政府信息公开条例', '“条例”', '《…条例（2019年修订）》', '告知理由和法律依据'), so naming them keeps a text. Only what a
text ABOUT the law has, and a body's account never has, takes that ground away (round 68, narrowed after review 36 #4):
  a heading          the regulations' name opens the text as its title, alone on its line or followed only by a
                     site and a date ('中华人民共和国政府信息公开条例 某某网 2018年06月15日', a keyword page over the
                     articles' text); not '…条例2019年5月15日起施行以来'
  a quoted article   a line that opens with '法律依据：', or with an article number (after the regulations' name or
                     alone) followed straight by the article's words ('《…条例》第四条各级人民政府…', '第十九条 对涉及…'),
                     not by 规定/要求/，as a lead-in's citation is, nor by 第…项 as the template's table rows are
                     ('第二十条第（一）项' opens a row of part 二 in every 2021 report)
  a definition list  two sentences or more that open with a term and 是指 ('主动公开是指…', '依申请公开是指…'); one
                     '…就是指…' inside a sentence is a body's prose
  a Q&A              lines opening with 问： and with 答：
and even these count only when no body speaks of its own work ('我局', '本机关', '共收到', '共受理'): a genuine report is
never dropped for quoting the law, it is kept with the warning every such page gets.
"""
from __future__ import annotations

import re

from indexer.normalize import compact, fold_width
from indexer.script import to_key

_NUMBER = r"[一二三四五六七八九十百零〇\d]{1,4}"
# (the name may be masked by a site's filter: '中华人民***和国')
_NAME = r"(?:中华人民[^《》，,。]{0,4}和国)?政府信息公开条例"
_DATE = r"(?:19|20)\d{2}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?"
_HEADING = re.compile(rf"^{_NAME}(?:$|[^。，,；;（(]{{0,20}}?{_DATE}(?!\d|[^。，,；;]{{0,6}}?(?:施行|实施|起|以来|修订|公布|通过)))")
_ARTICLE = re.compile(rf"^(?:法律依据[:：]|(?:《?{_NAME}》?)?第{_NUMBER}条(?![规要之的第，,、和及与有（(]))")
_DEFINITION = re.compile(r"(?:^|[。；;！？!?])[^，,。；;：:！？!?]{2,12}?是指")
_QUESTION = re.compile(r"^(?:问|Q)[:：]")
_ANSWER = re.compile(r"^(?:答|A)[:：]")
_OWN_WORK = re.compile(r"我(?:局|委|办|厅|院|站|所|中心|单位|部门|市|县|区|镇|乡|街道|校|司)|本(?:机关|单位|部门|局|委|办|厅)"
                       r"|共(?:收到|受理|办理)")


def about_the_law(lines: list[str]) -> bool:
    """Whether a text's first lines are about the regulations, not a body's account citing them (see above)."""
    keyed = [to_key(fold_width(x)).strip() for x in lines if x.strip()]
    squeezed = [compact(x) for x in keyed]
    if _OWN_WORK.search("".join(squeezed)):
        return False
    definitions = sum(len(_DEFINITION.findall(x)) for x in squeezed)
    return (bool(squeezed) and bool(_HEADING.match(squeezed[0]))
            or any(_ARTICLE.match(x) for x in squeezed)
            or definitions >= 2
            or (any(_QUESTION.match(x) for x in squeezed) and any(_ANSWER.match(x) for x in squeezed)))
