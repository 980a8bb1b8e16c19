"""Traditional script and mirror glosses: how the parser reads reports copied by converters.

Reports circulate on mirrors that convert them to traditional characters (統計局, 政府資訊公開),
some of which leave a pinyin gloss after a character ('統(tǒng)計局'). The parser keeps the text
as written (an agency is shown as its page writes it) but matches headings, titles and place
names on a *key*: the same text with every traditional character mapped to its simplified form,
one character to one, so that a match on the key is a slice of the original at the same offsets.

  strip_glosses('本報(bào)告')      -> '本報告'        (glosses go: they are no part of the text)
  to_key('主動公開政府資訊情況')     -> '主动公开政府信息情况'
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from indexer.memo import for_short_texts
from search.folding import traditional_to_simplified

# A gloss is a parenthesised pinyin syllable with a tone mark right after a Chinese character:
# '公開(kāi)', '鎮(zhèn)'. Real abbreviations in brackets ('(AQI)', '(PM2.5)') carry no tone mark.
# Some converters write the syllable without its tone ('青(qing)石(shi)縣', '北(bei)(bei)山', round 29): a
# lower-case syllable of two letters or more that is spelt as pinyin is one too. One letter ('(a)', '(e)', a list's
# item) and what pinyin cannot spell ('(pdf)', '(gov)', '(web)', '(AQI)') stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un"
             r"|ue|üe|ve|a|o|e|i|u|ü|v)")
# (a character glossed twice, '北(bei)(bei)山', loses both: the glosses after a character go as one run)
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:\((?:(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}"
                    rf"|(?=[a-zü]{{2,6}}\))(?:{_SYLLABLE}|ng|hm|hng))\))+")
# Taiwan wording that mirrors substitute for template words, each the same length as the word
# it stands for so that offsets hold: 政府資訊公開 is 政府信息公开.
_TAIWAN_WORDS = {"資訊": "信息", "资讯": "信息"}
_TAIWAN = re.compile("|".join(_TAIWAN_WORDS))
# 於 is left as it is by the character map (it is a simplified surname and a place's character too: 於潜), but in
# 關於 and 對於 it is the preposition 于: '某某局關於2020年度…的報告' is read as '…关于…' (same length).
_YU_WORDS = {"关於": "关于", "对於": "对于"}
_YU = re.compile("|".join(_YU_WORDS))


def strip_glosses(text: str) -> str:
    """Drop the pinyin glosses a mirror converter put after characters: '統(tǒng)計' -> '統計'.

    A gloss without a tone mark counts only where the line holds another gloss: a converter glosses every
    character or most, while a report's own '人工智能(ai)' or '电子证照(ca)' is one bracket of Latin letters."""
    if "(" not in text:
        return text
    found = list(_GLOSS.finditer(text))
    if len(found) == 1 and not any(c in _TONED for c in found[0].group(0)) and found[0].group(0).count("(") == 1:
        return text
    return _GLOSS.sub("", text)


@for_short_texts()  # stages read the same lines on their keys again (hints, run-in headings, titles)
def to_key(text: str) -> str:
    """Simplified form of text for matching, the same length as text ('總體情況' -> '总体情况')."""
    key = _key(text)
    if "於" in key:
        key = _YU.sub(lambda m: _YU_WORDS[m.group(0)], key)
    return _TAIWAN.sub(lambda m: _TAIWAN_WORDS[m.group(0)], key) if "资讯" in key else key



def to_char_key(text: str) -> str:
    """to_key without the Taiwan words: each character simplified, no word replaced (资讯 stays)."""
    return _key(text)


_LONG = 200  # characters above which a text is mapped as an array


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset, np.ndarray]:
    """The characters the table maps, and the table as an array of code points (BMP and plane 2):
    translate() with a dict costs a lookup per character; a long text maps in one array step and a
    short one is first checked for any character to map, which most have none of."""
    table = traditional_to_simplified()
    codes = np.arange(0x30000, dtype=np.uint32)
    for code, simple in table.items():
        if code < len(codes):
            codes[code] = ord(simple)
    return frozenset(map(chr, table)), codes


def _key(text: str) -> str:
    mapped, codes = _tables()
    if len(text) > _LONG:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if len(points) and points.max() < len(codes):
            return codes[points].tobytes().decode("utf-32-le", "surrogatepass")
    elif mapped.isdisjoint(text):
        return text
    return text.translate(traditional_to_simplified())  # the search side's table (search.folding)
