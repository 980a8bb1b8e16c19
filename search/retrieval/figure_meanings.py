"""A table row asked in the citizen's words: the row's meaning read as a family of wordings.

``figure_words.tsv`` names each row of the template by words (被起诉, 部分公开, 重新出具); a citizen
asks for the same row in her own (被人告过, 只公开了一部分, 让他们再开一份已经拿到过的材料). The rules of
``data/figure_meanings.tsv`` are built from each row's meaning: a family of verbs × a family of
objects (收 … 费用), a negation × a verb (不 处理), the passive and the active (被人告, 告政府). A span
they read is written as the row's name in the reports' words, in the query's text, so that the figure
rule names the row and the spoken words, which no report writes, are no longer required words.

A threshold said in words (收到一千五百多件申请, 超过五百件, 几千件) is read here too: ``said_at_least``.

Each element of a rule must start and end where the query's words do (jieba's cut): 收 … 费 reads
收了申请人的费用 but not 交通费, 再 开 reads 再开一份 but not 再开发.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search.analysis import cut

MEANINGS_FILE = Path(__file__).resolve().parent.parent / "data" / "figure_meanings.tsv"
# Words of no meaning that may stand between two elements (只公开了一部分, 被人告过): ``~`` in a rule.
FILLERS = "了 过 的 都 也 就 还 给 予 来 去 再 被 已 人 这 那 个 一 只 未 其中 这个 那个".split()
_CLAUSE = r"[^\s，,。？?！!；;、：:]"  # ``…``: anything within one clause, a few characters
# ... but no second negation joined to the first (没有复议也没有被起诉: two things that did not happen, not 未经复议
# 直接起诉): 也没, 又不 start a clause of their own though no comma says so.
_NO_SECOND_NEGATION = r"(?!(?:也|又|还|并|且|和)(?:没|不|未|无))"
LONG_GAP = 6


@dataclass(frozen=True)
class Meaning:
    """One rule: the row it reads, the row's name as the reports write it, its needs, its pattern."""

    key: str
    term: str
    needs: str
    pattern: re.Pattern


@lru_cache(maxsize=1)
def meanings() -> tuple[Meaning, ...]:
    """The rules of the meanings file, in file order, compiled."""
    families, rows = read_rules(MEANINGS_FILE)
    return tuple(Meaning(key.strip(), term.strip(), needs.strip(), compile_pattern(pattern.split(), families))
                 for key, term, pattern, needs in ((fields + ["", "", ""])[:4] for fields in rows))


def read_rules(path: Path) -> tuple[dict[str, list[str]], list[list[str]]]:
    """A file of this grammar (figure_meanings.tsv, template_concepts.tsv): its families (a line ``@NAME<TAB>words``)
    and each rule's tab-separated fields, in file order; blank lines and ``#`` comments are skipped."""
    families: dict[str, list[str]] = {}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0].startswith("@"):
            families[fields[0][1:]] = fields[1].split()
        else:
            rows.append(fields)
    return families, rows


def compile_pattern(elements: list[str], families: dict[str, list[str]]) -> re.Pattern:
    """A rule's elements as one pattern, each element a numbered group (its bounds are checked)."""
    out, gap = [], ""
    for element in elements:
        if element in ("~", "…"):
            gap = element
            continue
        optional = element.endswith("?")
        element = element.rstrip("?")
        words = [w for part in element.split("|") for w in (families[part[1:]] if part.startswith("@") else [part])]
        group = "(" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"
        if out and gap == "~":
            out.append("(?:" + "|".join(map(re.escape, sorted(FILLERS, key=len, reverse=True))) + "){0,2}?")
        elif out and gap == "…":
            out.append(f"(?:{_NO_SECOND_NEGATION}{_CLAUSE}){{0,{LONG_GAP}}}?")
        out.append(group + ("?" if optional else ""))
        gap = ""
    return re.compile("".join(out))


@lru_cache(maxsize=None)
def row_words(key: str) -> frozenset[str]:
    """Every word the rules of a row read (its verbs, objects and names): once the row is asked, they
    say nothing else (规范性文件 印发了几件: 印发 is the row's verb, no other topic)."""
    out: set[str] = set()
    for meaning in meanings():
        if meaning.key == key:
            out.update(w for alternatives in _LITERALS.findall(meaning.pattern.pattern)
                       for w in alternatives.split("|") if len(w) > 1)
            out.update(meaning.term.split())
    return frozenset(out)


_LITERALS = re.compile(r"\(([^()?:\[\]{}\\]+)\)")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of jieba's cut of ``text`` stand (character offsets)."""
    out, position = [], 0
    for word in cut(text):
        found = text.find(word, position)
        if found >= 0:
            out.append((found, found + len(word)))
            position = found + len(word)
    return out


def other_forms(text: str, found: list[Meaning]) -> list[str]:
    """``text`` (as ``read_meanings`` wrote it) with each term of several forms in its other forms."""
    out = []
    for meaning in found:
        first, *rest = meaning.term.split("|")
        out += [text.replace(first, form) for form in rest if first in text]
    return out


# Particles jieba glues to a verb (告过, 发了, 交了): a word read by an element and a gap of these is read whole.
_GLUED = frozenset("了过着的")


def fits_words(match: re.Match, words: list[tuple[int, int]]) -> bool:
    """Whether the match reads whole words: no word of the cut straddles its ends, none lies in one of
    its elements and a gap at once (交 | 通 of 交通费, 再出 of 再出台), and it is not one word read
    inside (交通费 as 交 … 费): jieba cuts spoken phrases oddly (被 | 人告 | 了), so an element may
    end inside a word whose rest is another element's."""
    elements = [(match.start(g), match.end(g)) for g in range(1, (match.re.groups or 0) + 1)
                if match.group(g)]
    inside = 0
    for start, end in words:
        if end <= match.start() or start >= match.end():
            continue
        if start < match.start() or end > match.end():
            return False
        inside += 1
        covered = {i for a, b in elements for i in range(max(start, a), min(end, b))}
        rest = [match.string[i] for i in range(start, end) if i not in covered]
        if covered and rest and not set(rest) <= _GLUED:
            return False
    return inside > 1 or len(elements) == 1


def read_meanings(text: str, requested: bool, named=lambda span: None) -> tuple[str, list[Meaning]]:
    """``text`` with every span a rule reads written as its row's name, and the rules read, in the
    order of the file. ``requested``: whether the query speaks of a request (申请), which the rules
    that need one ask for (不处理 of 不处理的申请, never of 投诉没人处理). ``named``: the figure key of a
    word of figure_words.tsv (None for another word): a span that is one is left to its row there
    (反复申请 is searched as typed and as 重复申请). A term of several forms (收费|信息处理费) is written
    in its first; ``other_forms`` gives the text in the others."""
    found: list[Meaning] = []
    for meaning in meanings():
        if meaning.needs == "request" and not requested:
            continue
        words = word_spans(text)
        for match in meaning.pattern.finditer(text):
            if match.end() > match.start() and fits_words(match, words) and named(match.group().strip()) is None:
                # The row's own name read inside the span (收了处理费: 处理费) stays as typed: it is the reports'.
                term = next((g for g in match.groups() if g and named(g) == meaning.key), meaning.term.split("|")[0])
                text = text[: match.start()] + f" {term} " + text[match.end() :]
                found.append(meaning)
                break
    return " ".join(text.split()), found


# A threshold said in words: a number (digits or Chinese numerals) with a word of "more than" before or
# after it, and a count unit; never a year, a date, a sum of money or a number of bodies (十多个部门).
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "几": 1}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_NUMBER = r"(\d+|[零〇一二两三四五六七八九十百千万几]*[十百千万][零〇一二两三四五六七八九十百千万几]*)"
_BEFORE = r"超过|多于|大于|高于|至少|不少于|不低于|不止|逾|过|上|成"
_AFTER = r"多|余|来|以上|出头|开外"
_UNIT = r"件|宗|次|起|条|份|个|人次"
_NOT_A_COUNT_AFTER = (rf"(?!(?:{_UNIT})?(?:[年月日号天元%％岁]|万元|工作日|小时|部门|单位|机关|区|县|市|镇|乡|街道|局|委|省"
                      r"|家|人民政府))")
_AT_LEAST_SAID = re.compile(
    rf"(?:(?:{_BEFORE}){_NUMBER}(?:{_AFTER})?(?:{_UNIT})?(?:以上)?"
    rf"|{_NUMBER}(?:{_AFTER})(?:{_UNIT})?(?:以上)?"
    rf"|{_NUMBER}(?:{_UNIT})(?:以上|多)"
    rf"|(几[十百千万])(?:{_UNIT})?){_NOT_A_COUNT_AFTER}")


def said_at_least(text: str) -> tuple[int, re.Match] | None:
    """The size a "more than" said in words asks for (一千多件: 1000, 超过500件: 500, 几千件: 1000)."""
    for match in _AT_LEAST_SAID.finditer(text):
        number = next((g for g in match.groups() if g), "")
        value = int(number) if number.isdigit() else _chinese_number(number)
        if value >= 2:
            return value, match
    return None


def strip_at_least(text: str) -> str:
    """``text`` without a threshold said in words (the size is no word of the reports)."""
    said = said_at_least(text)
    return text if said is None else text[: said[1].start()] + " " + text[said[1].end() :]


def _chinese_number(text: str) -> int:
    """一千 1000, 两千五 2500, 五十 50, 十二 12, 几千 1000 (几 as one: "some thousands" is a thousand
    at least), 一万 10000; 0 when it is no number."""
    total, section, digit, last_unit = 0, 0, None, 1
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char == "万":
            total = (total + section + (digit or 0)) * 10000
            section, digit, last_unit = 0, None, 10000
        elif char in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[char]
            digit, last_unit = None, _CN_UNITS[char]
        else:
            return 0
    if digit is not None:  # 两千五: the digit after a unit counts in the unit below it
        section += digit * (last_unit // 10 if last_unit >= 10 else 1)
    return total + section
