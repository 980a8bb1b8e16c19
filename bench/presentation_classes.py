"""The transforms of bench/presentation_robustness.py for issue 15's later classes (round 71), made-up strings only.

- ``body_only``: title and lead-in taken off, the body speaking of ``我局``/``我委`` where it named the issuer, and a
  contact line naming it at the end (``如对本报告有任何疑问，请与<issuer>办公室联系（地址：<place>某某路1号…）``);
- ``leadin_由编制``, ``leadin_编制了``: the title replaced by ``本报告是根据《条例》要求，由<issuer>编制的<year>年度…报告``
  or ``<short name>编制了<issuer><year>年…报告`` (short: ``某某委`` for ``某某委员会``, ``县民政局`` for ``某某县民政局``);
- ``place_twice``, ``place_twice_leadin``: the issuer's place written twice (``某某市某某区某某市某某区某某局``, a template
  slip) in the title, or in a ``由…编制的`` lead-in replacing it; the body names it once;
- ``glossed_name``: the traditional text with pinyin glosses inside the issuer's name (``應(yīng)急管理部``);
- ``stat_period``: the title's year taken off, the lead-in's year written ``本年度``, a byline with the next year's
  date and document number ``〔year+1〕`` after the title and ``本报告中所列数据的统计期限自<year>年1月1日起至<year>年12月31日止``
  after the lead-in;
- ``subheads_one``, ``subheads_full``: the 2021 template's part-一 sub-headings ``（一）主动公开`` … ``（五）监督保障``
  put after part 一's opening paragraph, on the page cut where part 二 starts (part 一 expected) and on the whole page;
- ``zone_address``: the issuer (of a city or county) renamed a made-up zone's committee (``青柯经济开发区管委会``)
  written without its place, which stands only in an address line at the end (``联系地址：<place>某某路1号…``); expected are that name and the level and province read when the
  title writes the place before it.
"""
from __future__ import annotations

import re

from pypinyin import Style, pinyin

from bench.presentation_pages import CONVERT, Page, in_script, retitle
from indexer.places import find_chains
from indexer.script import to_key

_WE = (("委员会", "我委"), ("委", "我委"), ("局", "我局"), ("办公室", "我办"), ("办", "我办"), ("厅", "我厅"),
       ("署", "我署"), ("院", "我院"), ("中心", "我中心"), ("站", "我站"), ("所", "我所"), ("部", "我部"))
_LAW = "根据《中华人民共和国政府信息公开条例》要求，"
ZONE = "青柯经济开发区管委会"  # (no page of the corpus or the batches names 青柯)
SUBHEADS = ["（一）主动公开", "全年在门户网站主动公开文件若干件。", "（二）依申请公开", "全年受理的公开申请均在法定期限内答复。",
            "（三）政府信息管理", "健全公开前保密审查机制。", "（四）平台建设", "门户网站栏目持续优化。",
            "（五）监督保障", "将公开工作纳入年度考核。"]


def place_of(name: str) -> str | None:
    """The leading place of a name ('广州市番禺区' of '广州市番禺区统计局'), by the gazetteer; None without one."""
    chains = find_chains(to_key(name))
    end = chains[0].end if chains and chains[0].start == 0 else 0
    return name[:end] if end and len(name) - end >= 2 else None


def _title_parts(page: Page):
    """(issuer, year as four digits, tail, title start, title end) of the page's title, or None."""
    found = page.title()
    if not found:
        return None
    match, start, _ = found
    t = page.text
    return (t[start + match.start("issuer"):start + match.end("issuer")], match.group("year"),
            t[start + match.start("tail"):start + match.end("tail")],
            start + len(match.group(0)) - len(match.group(0).lstrip()), start + match.end())


def _names(page: Page, issuer: str) -> list[str]:
    """The issuer's names as the page writes them, longest first (the title's and the parse's)."""
    return sorted({n for n in (issuer, page.reading["agency"]) if n and len(n) >= 3}, key=len, reverse=True)


def _without_lead_in(text: str, at: int) -> str:
    """The text with the first line from `at` taken off when it is a short lead-in naming the report."""
    stripped = text[at:].lstrip("\n")
    end = stripped.find("\n")
    line = stripped[:end] if end >= 0 else stripped
    if end < 0 or len(line) > 300 or not re.search("报告|条例", to_key(line)):
        return text
    return text[:at] + "\n" + stripped[end + 1:]


def _renamed(page: Page, text: str, issuer: str, new: str) -> str:
    for name in _names(page, issuer):
        text = text.replace(name, new)
    return text


def _body_only(page: Page) -> str | None:
    found = _title_parts(page)
    if not found:
        return None
    issuer, _, _, s, e = found
    we = next((w for suffix, w in _WE if to_key(issuer).endswith(suffix)), None)
    if not we:
        return None
    body = _renamed(page, _without_lead_in(page.text[e:], 0), issuer, in_script(page, we))
    office = "" if re.search(r"办公室|办公厅|办$", to_key(issuer)) else "办公室"  # (an office is reached itself)
    contact = f"如对本报告有任何疑问，请与{issuer}{office}联系（地址：{place_of(issuer) or ''}某某路1号，邮编：000000）。"
    return page.text[:s] + body.rstrip() + "\n" + in_script(page, contact) + "\n"


def _short(issuer: str) -> str | None:
    key, place = to_key(issuer), place_of(issuer)
    if key.endswith("委员会"):
        return issuer[:-3] + "委"
    return issuer[len(place) - 1:] if place else None


def _compiled(page: Page) -> str | None:
    return retitle(page, lambda i, y, t, f: in_script(page, f"本报告是{_LAW}由") + f"{i}编制的{_digits(y)}年度{t}。\n")


def _compiled_by_short(page: Page) -> str | None:
    found = _title_parts(page)
    short = found and _short(found[0])
    if not short:
        return None
    return retitle(page, lambda i, y, t, f: in_script(page, _LAW) + f"{short}编制了{i}{_digits(y)}年{t}。\n")


def _digits(year_words: str) -> str:
    return re.search(r"\d{4}", to_key(year_words)).group(0)


def _place_twice(leadin: bool):
    def make(page: Page) -> str | None:
        found = _title_parts(page)
        place = found and place_of(found[0])
        if not place:
            return None
        if leadin:
            return retitle(page, lambda i, y, t, f: in_script(page, f"本报告是{_LAW}由") +
                           f"{place}{i}编制的{_digits(y)}年度{t}。\n")
        return retitle(page, lambda i, y, t, f: f"{y}{place}{i}{t}" if f else f"{place}{i}{y}{t}")
    return make


def _gloss(name: str) -> str:
    """The name with a pinyin gloss after every other character, the first included (應(yīng)急管(guǎn)理部)."""
    syllables = pinyin(to_key(name), style=Style.TONE, errors=lambda chars: [""] * len(chars))
    return "".join(f"{c}({s[0]})" if i % 2 == 0 and s and s[0] else c for i, (c, s) in enumerate(zip(name, syllables)))


def _glossed_name(page: Page) -> str | None:
    found = _title_parts(page)
    if not found:
        return None
    text = CONVERT.convert(page.text)
    for name in sorted({CONVERT.convert(n) for n in _names(page, found[0])}, key=len, reverse=True):
        text = text.replace(name, _gloss(name))
    return text


def _stat_period(page: Page) -> str | None:
    found = _title_parts(page)
    if not found:
        return None
    issuer, year, tail, s, e = found
    t, nxt = page.text, int(year) + 1
    rest = t[e:]
    first = (page.heads or {}).get(1, (len(t), 0))[0] - e
    lead = re.sub(rf"{year}\s*年度?(?!\d)", "本年度", rest[:max(0, min(first, 400))]) + rest[max(0, min(first, 400)):]
    at = lead.find("\n", lead.find("\n") + 1) if lead.startswith("\n") else lead.find("\n")
    period = in_script(page, f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    lead = lead[:at] + "\n" + period + lead[at:] if 0 <= at <= 400 else "\n" + period + lead
    byline = f"\n发布时间：{nxt}-01-20 来源：本网 政办发〔{nxt}〕3号"
    return t[:s] + issuer + tail + in_script(page, byline) + lead


def _subheads(cut: bool):
    def make(page: Page) -> str | None:
        heads, t = page.heads or {}, page.text
        later = [s for n, (s, _) in heads.items() if n > 1]
        if 1 not in heads or (cut and not later):
            return None
        title = page.reading["titles"].get(1, "")
        start = heads[1][0]
        at = start + len(title) if t[start:start + len(title)] == title else t.find("\n", start)
        if at < 0:
            return None
        # (after the part's opening paragraph, where the template puts them: that paragraph may name the body)
        opening = re.compile(r"[^\n]*\n\s*\S[^\n]*").match(t, at)  # (the heading's line ends, then the paragraph's)
        at = opening.end() if opening and opening.end() < min(later or [len(t)]) else at
        end = min(later) if cut else len(t)
        if re.search(r"[(（]一[)）]", to_key(t[start:min(later or [len(t)])])):
            return None  # (a page with sub-headings of its own already shows this presentation)
        return t[:at] + "\n" + in_script(page, "\n".join(SUBHEADS)) + "\n" + t[at:end].lstrip("\n")
    return make


def _zone(page: Page, named: bool) -> str | None:
    found = _title_parts(page)
    place = found and place_of(found[0])
    if not place or re.search(r"(?:省|自治区|^(?:北京|天津|上海|重庆)市?)$", to_key(place)):
        return None  # (a zone is a city's or a county's)
    issuer, _, _, s, e = found
    zone = in_script(page, ZONE)
    body = _renamed(page, _without_lead_in(page.text[e:], 0), issuer, zone)
    address = in_script(page, f"联系地址：{place}某某路1号，邮编：000000。")
    title = page.text[s:e].replace(issuer, (place if named else "") + zone, 1)
    return page.text[:s] + title + body.rstrip() + "\n" + address + "\n"


MORE = {
    "body_only": _body_only,
    "leadin_由编制": _compiled,
    "leadin_编制了": _compiled_by_short,
    "place_twice": _place_twice(False),
    "place_twice_leadin": _place_twice(True),
    "glossed_name": _glossed_name,
    "stat_period": _stat_period,
    "subheads_one": _subheads(True),
    "subheads_full": _subheads(False),
    "zone_address": lambda p: _zone(p, False),
}


def _zone_expected(page: Page, reread) -> dict:
    """The zone's name, and the level and province read when its title writes the place before the name."""
    named = reread(_zone(page, True))
    return {"agency": in_script(page, ZONE)} if isinstance(named, str) else \
        {"agency": in_script(page, ZONE), "level": named["level"], "province": named["province"]}


# What a transform expects where it is not the page's own reading: reread(text) parses a text the same way.
EXPECTED = {
    "subheads_one": lambda page, reread: {"parts": [n for n in page.reading["parts"] if n == 1]},
    "zone_address": _zone_expected,
}
