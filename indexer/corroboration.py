"""Where a name's words end: words glued before an issuer's name that the page never writes again go.

A page writes its issuer's name more than once: in the title, the lead-in, the first sentence, the
contact line, the byline. Words glued before one copy of it (a spam mirror's '某某娱乐', a site's
'新闻中心', a label, a verb: '鸿运娱乐青石镇2020年…年度报告') are written there and nowhere else,
while the name itself recurs without them ('青石镇严格按照…'). No list of junk words is needed: the
page says which part of the candidate is the name.

  '鸿运娱乐青石镇'   with '…青石镇严格按照…' elsewhere        -> '青石镇'       (the words before never recur)
  '编辑部东山县民政局' with '东山县民政局' written alone        -> '东山县民政局' (a site's word, though it ends in 部)
  '翠山湖管委会'     with '…翠山湖新区…' and '管委会' elsewhere -> kept (翠山湖 recurs: it is the name's)
  '国家税务总局东山县税务局', '第一师某某镇'                   -> kept (words that rank a body above its place)
  '某某市民政局'     with '市民政局' in a breadcrumb           -> kept (a place, known to the gazetteer or not,
                                                                        stands before a level word)

With no shorter name written alone the name is kept as written: the page then gives no evidence of where
the name starts ('鸿运娱乐青石镇' on a page that says only 我镇), and nothing is invented.
"""
from __future__ import annotations

import re

from indexer.gazetteer import load_gazetteer
from indexer.places import ABOVE_PLACE, LANDFORM_NAME, ZONE_WORDS, find_chains
from indexer.script import to_key

# Separators left between two names joined into one ('某某市统计局•国家统计局某某调查总队'): the words before
# them are checked without them.
_JOINER = re.compile(r"[•·・‧、]+$")
# Words before a name that hold a unit or a body's word (县, 镇, 街道, 局, 委, 师 …) or a place are the name's own:
# '泉州市泉港区卫生局', '第六师芳草湖农场', '国家统计局某某调查总队', '全国海关', '某某乡人民政府' are never cut.
_NAME_PART = re.compile(r"[省市县区旗州盟乡镇村街局委办厅部署院会府处室队站所司团校馆师场关国]")
# A shorter name opening with a level or unit word ('市民政局' in '某某市民政局') would leave a place's name
# behind its first half: the words before are that place's, whether or not the gazetteer knows it. 苏木 is Inner
# Mongolia's 乡: '我苏木' refers back to '某某苏木' as '我镇' to '某某镇' (round 37).
_UNIT_START = re.compile(r"[省市县区州盟旗乡镇村街]|苏木")
_RANKING = re.compile(r"国|中共|共青团|兵团|第[一二三四五六七八九十]{1,3}师")
# A shorter name made of a kind of body alone ('管理区', '管委会', '街道办事处', '人民政府') names no body: the
# page writing it alone ('管理区共主动公开…') refers back to the name, whose first words are its own; any
# shorter cut would fall inside the kind's word ('理区').
# The same holds of a farm's kind ('农场共公开…') and of the bodies of vertical systems that a page writes alone
# for the system ('中国海关', '全国海事系统'): their names always carry the place they serve. So do the kinds of a
# public institution ('推进世界一流大学建设', '医院共发布…' in the report of 某某大学, 某某医院), and of a park
# ('以园区政务公开促…' in the report of 某某工业园区: the park's name is all of it). So do a company's and a group's
# kinds: a public utility's report says '我公司', '集团共发布…' for '某某水务有限公司' (round 39), and '公司' is no name.
# So does a central administration's: its report says '总局' ('以下统称总局', '总局认真贯彻…') for '某某总局' and
# '总署' for '某某总署' (round 41): the words before are the short name's own ('某监总局'), no site's label.
_KIND_ONLY = re.compile(rf"(?:{ZONE_WORDS}|园区|工业园|产业园|管理区|管理委员会|管委会|街道办事处|办事处|街道|人民政府|政府|办公室|"
                        rf"农场|林场|牧场|团场|大学|学院|学校|医院|(?:股份)?有限(?:责任)?公司|公司|集团|总局|总署|"
                        rf"{ABOVE_PLACE.pattern})+")
# A shorter name opening with one character and a unit word ('泽区人民政府' of '潜泽区人民政府') is a place's name cut in
# two when the page writes those two characters only behind one more that makes a division's name ('洪泽区'): the
# slip in the name's first character is then corrected later (indexer.ocr_places), never cut. A shorter name opening
# with a place (泉州市, 通州区: 州 and 市 as the second character), a division's own two-character name (城区, 和县) or
# words written alone (城乡规划局) are names the page may write alone.
_HALF_PLACE = re.compile(r"^.(?:省|市|区|县|旗|州|盟|镇|乡)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MIN_NAME = 2
_MIN_CANDIDATE = 4  # a name of three characters or fewer has nothing glued before it worth cutting


def page_key(text: str) -> str:
    """The page's text as names are counted in it: simplified, without white space."""
    return to_key(re.sub(r"\s+", "", text))


def _place_in(words: str) -> bool:
    """True when words hold a place's name; 香港, 澳门 and 台湾 open no issuer's (spam mirrors' words)."""
    return any(words[c.start : c.start + 2] not in ("香港", "澳门", "台湾") for c in find_chains(words))


def _opens_with_place(key: str) -> bool:
    chains = find_chains(key[:12], opening_province_stem=True)
    return bool(chains and chains[0].start == 0)


def _opening_place_end(key: str) -> int:
    """Where the place a name opens with ends (0 when it opens with none): a city's short form before another
    place's name ('某州滨海新区': the chain reader takes a short form only at a name's opening) is read here."""
    chains = find_chains(key[:12], opening_province_stem=True)
    if not chains or chains[0].start != 0 or key[:2] in ("香港", "澳门", "台湾"):
        return 0
    return chains[0].end


def _half_place(suffix: str, key_text: str) -> bool:
    if not _HALF_PLACE.match(suffix) or _opens_with_place(suffix):
        return False
    names, word = load_gazetteer().by_name, suffix[:2]
    if word in names:
        return False
    before = [key_text[m.start() - 1] if m.start() else "" for m in re.finditer(re.escape(word), key_text)]
    return all(_CJK.fullmatch(c) for c in before) and any(c + word in names for c in before)


def corroborated_name(name: str, key_text: str, is_name) -> tuple[str, str]:
    """(the name, the words cut before it: '' when none) as the page ``key_text`` corroborates it.

    A suffix of the name is taken instead of the whole when the suffix is itself a name (``is_name``:
    the name check of indexer.issuer) that the page writes somewhere without the words before it, and
    those words are written nowhere but glued to this name. The longest such suffix wins; a name whose
    opening words recur elsewhere, or a page that never writes a shorter name alone, keeps the whole.
    """
    key = to_key(name)
    if len(key) < _MIN_CANDIDATE:
        return name, ""
    whole = key_text.count(key)
    placed = _opens_with_place(key)
    opening = _opening_place_end(key)
    for cut in range(1, len(key) - _MIN_NAME + 1):
        suffix = key[cut:]
        if key_text.count(suffix) <= whole:
            continue  # the shorter name never stands alone: nothing says where the name starts
        if _KIND_ONLY.fullmatch(suffix):
            break  # the name's own words all stand before its kind: no shorter cut is a name
        if _UNIT_START.match(suffix) or _half_place(suffix, key_text):
            continue
        prefix = _JOINER.sub("", key[:cut])
        if not prefix or key_text.count(prefix) > whole or _place_in(prefix) or _RANKING.search(prefix) \
                or LANDFORM_NAME.fullmatch(prefix) or cut <= opening:  # '银湖湾滨海新区': a place's name the list lacks
            # the words before recur on their own, or are a place's (the opening city's short form too: '某州滨海新区'
            # is no spam before 滨海新区, which another province holds, round 39) or rank a body: the name's
            return name, ""
        if _NAME_PART.search(prefix) and not _opens_with_place(suffix):
            return name, ""  # a body's word before a name without a place: '某某师青石农场' is one name
        if placed and not _opens_with_place(suffix):
            continue  # a name opening with its place is cut only to a name opening with a place
        shorter = name[cut:]
        if is_name(shorter) == shorter:
            return shorter, name[:cut]
    return name, ""

