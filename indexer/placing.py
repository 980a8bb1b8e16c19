"""Level and region of a parsed report's issuer: the evidence a report offers, gathered for ``locate``.

The issuer's own name decides first (indexer.places). What else counts, most direct first:
  the same body named with its place elsewhere in the text   民政局 -> '辽源市民政局' (contact line)
  lines that say where the body is                            地址：某某市某某路1号; 发布机构; a gov.cn site
  the body's registration code on the page's metadata table   索引号 11330682… -> 330682
  the page's address                                          www.xuwen.gov.cn -> 徐闻县
A report that does not name its issuer still says what it is ('我乡' -> a township). Anything read
off the address or guessed from such words is said in a warning.
"""
from __future__ import annotations

import re
from collections import Counter

from indexer.hostnames import address_text, gov_hosts
from indexer.issuer import contact_issuer, lead_in_issuer
from indexer.model import Block, Document, Report, Table
from indexer.places import BARE, CREDIT_CODE, Place, find_chains, locate
from indexer.script import to_key

LEVEL_NAMES = {"central": "中央", "province": "省级", "city": "地市级", "county": "县级", "township": "乡镇级"}
_PLACE_HINT = re.compile(r"地址|地\s*址|gov\.cn|网址|网站|发布机构|单位[:：]")
_SELF = re.compile(r"我(街道|苏木|乡|镇|街|县|旗|市|州|盟|省|局|委|办|厅|中心|处|单位)")
_MAX_HINTS = 16
_CONTEXT = 6000


def place_of(report: Report, doc: Document, blocks: list[Block], raw: list[Block],
             address: str | None) -> tuple[Place, list[str]]:
    """The issuer's Place and the warnings on what was guessed (read off the address, a 我局)."""
    text = "".join(b for b in blocks if isinstance(b, str))
    context = to_key(text[:_CONTEXT])
    self_word = _self_word(context) if report.agency is None else None
    fuller = _named_with_place(report.agency, context)
    hints = ([fuller] if fuller else []) + _text_hints(doc, blocks, raw, text)
    place = locate(report.agency, hints, self_word, context)
    warnings = []
    if address:
        with_address = locate(report.agency, hints + [address, address_text(address)], self_word, context)
        if with_address != place:
            host = (gov_hosts(address) or [""])[0]
            shown = f"{host}.gov.cn" if host else address[:80]
            warnings.append(f"发布机关的所在地区或级别取自网页地址“{shown}”。")
            place = with_address
    if fuller and place.province:
        warnings.append(f"发布机关“{report.agency}”没有写明所在地，地区根据正文中的“{fuller}”推定。")
    if report.agency is None and self_word and place.level:
        warnings.append(f"报告没有写明发布机关，级别根据报告中的“我{self_word}”推定为{LEVEL_NAMES[place.level]}。")
    elif place.basis == "evidence" and place.level:
        where = place.county or place.city or place.province
        warnings.append(f"发布机关的名称没有表明级别，已按所在地“{where}”推定为{LEVEL_NAMES[place.level]}。")
    return place, warnings


def _self_word(context: str) -> str | None:
    """What the report calls its issuer most often: 乡 for 我乡, 局 for 我局, or None."""
    counts = Counter(m.group(1) for m in _SELF.finditer(context))
    return counts.most_common(1)[0][0] if counts else None


def _named_with_place(agency: str | None, context: str) -> str | None:
    """The issuer named with its place elsewhere in the text: '市民政局' -> '辽源市民政局', or None."""
    if not agency:
        return None
    key = to_key(agency)
    if find_chains(key, opening_province_stem=True):
        return None  # the name has its place
    bare = BARE.match(key)
    core = key[bare.end():] if bare else key
    if len(core) < 3 or core.startswith(("人民政府", "政府")):
        return None
    for match in re.finditer(re.escape(core), context):
        window = context[max(0, match.start() - 12) : match.start()]
        chains = find_chains(window)
        if chains and chains[-1].end == len(window):
            return window[chains[-1].start :] + core
    return None


def _text_hints(doc: Document, blocks: list[Block], raw: list[Block], text: str) -> list[str]:
    """Short lines that say where the issuer is: 发布机构, addresses, sites, contacts, codes."""
    hints = [doc.meta["publisher"]] if doc.meta.get("publisher") else []
    for block in blocks:
        if isinstance(block, str) and _PLACE_HINT.search(block):
            for match in _PLACE_HINT.finditer(block):
                hints.append(block[max(0, match.start() - 10) : match.end() + 40])
    named = [contact_issuer(text[:_CONTEXT]), lead_in_issuer(text[:3000])]
    cells = " ".join(" ".join(" ".join(row) for row in b.rows) if isinstance(b, Table) else b for b in raw[:40])
    codes = [m.group(0) for m in CREDIT_CODE.finditer(cells)]
    return [h for h in named if h] + codes + hints[:_MAX_HINTS]
