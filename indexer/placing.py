"""Level and region of a parsed report's issuer: the evidence a report offers, gathered for ``locate``.

The issuer's own name decides first (indexer.places). What else counts, most direct first:
  the same body named with its place elsewhere in the text   民政局 -> '辽源市民政局' (contact line)
  lines that say where the body is                            地址：某某市某某路1号; 发布机构; a gov.cn site
  the body's registration code on the page's metadata table   索引号 11330682… -> 330682
  the page's address                                          www.longmen.gov.cn -> 龙门县
A report that does not name its issuer still says what it is ('我乡' -> a township). Anything read
off the address or guessed from such words is said in a warning.
"""
from __future__ import annotations

# Over 350 lines, kept whole: place_of weighs one report's evidence on its place in one pass (the name, the text's
# mentions, the contact line, the address, the 我 words), and its helpers each read one kind of that evidence.

import re
from collections import Counter

from indexer.hostnames import address_text, gov_hosts, mirror_folder_province
from indexer.issuer import PREDICATE, agency_name, contact_issuer, lead_in_issuer
from indexer.metadata import signature_issuer
from indexer.model import Block, Document, Report, Table
from indexer.gazetteer import load_gazetteer
from indexer.own_government import COUNTY_UNITS, lower_level, own_area, own_government, own_scope
from indexer.place_mentions import (MENTIONS, account_short_form, mentioned_place, outlet_short_form,
                                    own_kind_short_form)
from indexer.places import (BARE, CREDIT_CODE, LANDFORM_NAME, MUNICIPALITIES, PLACELESS_BODY, TOWN_ZONE, ZONE, Place,
                            bound_chains, find_chains, locate)
from indexer.script import to_key

LEVEL_NAMES = {"central": "中央", "province": "省级", "city": "地市级", "county": "县级", "township": "乡镇级"}
# ('主办：某某县人民政府' / '承办：…': the footer of the site the report is on names its owner)
# ('来源：某某市人民政府': a byline's or metadata table's source names the body that published the page; so does
# the copyright line of the site's footer, '版权所有：某某县卫生健康局')
_PLACE_HINT = re.compile(r"地址|地\s*址|gov\.cn|网址|网站|发布机构|单位[:：]|主办[:：]|承办[:：]|来\s*源\s*[:：|]|版权所有")
# the labels of a metadata table's cells whose value says where the body is ('发布机构', '发文机关', '来源')
_TABLE_HINT = re.compile(r"^[\[【(（]?(?:发布机构|发文机关|发布单位|发布机关|来源|主办单位)[\]】)）:：]?$")
# a company's line says where a copy's site or its owner is, not the issuer
_COMPANY = re.compile(r"公司")
_SELF = re.compile(r"我(街道|苏木|乡|镇|街|县|旗|市|州|盟|省|部|局|委|办|厅|中心|处|单位)")
_MAX_HINTS = 16
_CLAUSE_START = re.compile(r"[，,。；;：:（(（]")  # searched in the reversed text before a keyword
_CONTEXT = 6000


def place_of(report: Report, doc: Document, blocks: list[Block], raw: list[Block],
             address: str | None, spliced: bool = False) -> tuple[Place, list[str]]:
    """The issuer's Place and the warnings on what was guessed (read off the address, a 我局).

    ``spliced``: betting splices were taken out of the text (indexer/spam.py); they stand where the
    place's name was, so a government named without its place lost it to them."""
    # a name placed only in 台湾, 香港 or 澳门 is a betting splice read as the issuer ('澳门特区'): the text speaks for it
    agency = None if _outside_only(report.agency) else report.agency
    # (round 69) the lines kept apart: a search box's '请输入搜索内容' over the title '县某某局2021年…' names no '容县某某局'
    text = "\n".join(b for b in blocks if isinstance(b, str))
    context = to_key(text[:_CONTEXT])
    self_word = _self_word(context) if agency is None else None
    fuller = _named_with_place(agency, context) or _self_named(self_word, context)
    # A government or its office named without its place ('人民政府办公室') is left to what names it:
    # such an office also compiles its government's report, and the places a text mentions would
    # then tie it to a body it is not (the identity of agencies must never merge two bodies).
    # A splice that stood for the place leaves the mentions as the only evidence of it.
    # '青石湾滨海新区' writing '滨海新区' alone (a site, an address, a cited site) means itself, not 天津's district
    shared = _shared_division(agency)
    cited = context[:MENTIONS].replace(to_key(shared), "") if shared else context[:MENTIONS]
    mentioned = mentioned_place(cited) if spliced or _mentions_apply(agency) else None
    mentioned = mentioned or _own_province(agency, cited)
    mentioned = mentioned or own_kind_short_form(agency, cited)
    regions = [mentioned] if mentioned else []
    hints = ([fuller] if fuller else []) + _text_hints(doc, blocks, raw, text)
    if shared:
        hints = [h.replace(shared, "") for h in hints]
    # '水务局' written '县水务局' elsewhere is located as a county's 水务局.
    # '台创园' written '锡山台创园' elsewhere is located as that name: a zone's word after a short form places it (round 25)
    name = fuller if fuller and (BARE.match(fuller) or (agency and TOWN_ZONE.match(to_key(agency)))) else agency
    place = locate(name, hints, self_word, context, regions)
    warnings = []
    named = placed_by = None
    if place.level is None:
        # no name, or one without place or level ('海关'), and no 我 word that tells the level: the body the contact
        # line or the lead-in names, when it is the same one, does ('请与海关总署办公厅信息公开室联系' -> 海关总署, central)
        named = contact_issuer(text[:_CONTEXT]) or lead_in_issuer(text[:3000])
        # (round 55) ...or, when the text names none, the page's metadata field naming the issuing body ('发文机关：某某市
        # 某某镇'): the body that issued the page, as the field says; no agency by the pages' convention, but its place
        field = None if named or agency is not None else _issuing_field(raw, doc)
        named = named or field
        same = named and (agency is None or to_key(agency) in to_key(named)) and named != agency
        own_place = locate(named, hints, None, context, regions) if same else None
        if own_place and own_place.level:
            place, placed_by = own_place, named
            warnings.append(f"报告没有写明发布机关，级别和地区根据网页信息栏中的发布机关“{named}”推定为{LEVEL_NAMES[place.level]}。"
                            if field else
                            f"发布机关的名称没有表明级别，级别根据报告中提到的“{named}”推定为{LEVEL_NAMES[place.level]}。"
                            if agency else f"报告没有写明发布机关，级别根据报告中提到的“{named}”推定为{LEVEL_NAMES[place.level]}。")
    if name != agency and place.level:
        warnings.append(f"发布机关“{agency}”没有写明级别，级别根据正文中的“{fuller}”推定为{LEVEL_NAMES[place.level]}。")
    if regions and place != locate(name, hints, self_word, context):
        warnings.append(f"发布机关的所在地区根据报告中引用的文件、网站、邮编或电话区号推定为“{mentioned}”。")
    if address:
        folder = mirror_folder_province(address) if not regions else None
        # (round 55: the body that placed the report, when its name did, is placed again with the address)
        with_address = locate(placed_by or name, hints + [address, address_text(address)], None if placed_by else self_word,
                              context,
                              regions + ([folder] if folder else []))
        if with_address != place:
            host = (gov_hosts(address) or [""])[0]
            shown = f"{host}.gov.cn" if host else address[:80]
            warnings.append(f"发布机关的所在地区或级别取自网页地址“{shown}”。")
            place = with_address
    own = None
    if (place.level == "province" and place.province and _municipality(place.province) and agency
            and not BARE.match(to_key(agency)) and not _MUNICIPAL_GOVERNMENT.fullmatch(to_key(agency))):
        # a body named after its municipality alone ('重庆某某古镇管理委员会') that works under 区委、区政府 is a district's
        own = own_government(context[:MENTIONS])
        if own and own[1] == "county":
            place = Place("county", place.province, None, place.county, "government")
            warnings.append(f"发布机关“{agency}”只写了直辖市的名称，已按报告中提到的“{own[0]}”推定为县级。")
        own = None
    area = own_area(context[:MENTIONS]) if place.level is None and agency is None and self_word is None else None
    if area and place.province in (None, area.province) and (place.city is None or area.kind != "province") \
            and (place.county is None or area.kind == "county"):
        # a report naming no issuer whose subject is a place's governments at all levels ('某某省各级政府认真贯彻…') is that
        # place's government's report, as one speaking of '全省' is (round 24)
        place = Place(area.kind, *area.parts, "government")
        warnings.append(f"报告没有写明发布机关，级别和地区根据正文中的“{area.name}各级政府”推定为{LEVEL_NAMES[place.level]}。")
    if place.level is None and _department(agency, self_word):
        # a report naming no issuer and no 我 word that speaks of its whole area ('全区政府信息公开工作稳步推进') is
        # that area's government's: the 市委、市政府 whose requirements it follows are above it (of the two, the lower:
        # '全省' twice in a city bureau's text is its province's standing, its 市委、市政府 its own)
        own = lower_level(own_scope(context[:MENTIONS]) if agency is None and self_word is None else None,
                          own_government(context[:MENTIONS]))
        if own:
            level = "province" if own[1] == "city" and place.province and _municipality(place.province) else own[1]
            if level == "city" and place.county and place.county.endswith("市"):
                level = "county"  # the 市政府 of a county-level city (大冶市) is a county's government
            named = (_county_level_cities(context[:MENTIONS], place.province)
                     if level == "city" and not place.county and own[0].startswith("市") else [])
            if named:
                # (round 57) the 市 of that 市委、市政府 may be a county-level city the text names ('某某市统计年鉴') as well as
                # a prefecture: city would be wrong for the one, county for the other, so the level stays open; the
                # province they share stands
                provinces = {u.province for u in named} | ({place.province} if place.province else set())
                place = Place(None, provinces.pop() if len(provinces) == 1 else None, None, None, "open")
                warnings.append(f"发布机关的名称没有表明级别，报告中的“{own[0]}”也可能是县级市“{named[0].name}”的，级别没有推定。")
                own = None
            else:
                place = Place(level, place.province, place.city if level != "province" else None,
                              place.county if level == "county" else None, "government")
    inner = None
    if place.level is None and _department(agency, self_word) and (inner := COUNTY_UNITS.search(context[:MENTIONS])):
        # a county's departments are divided into 股 (a city's into 科, a province's into 处): '各股室按职责分工'
        place = Place("county", place.province, place.city, place.county, "units")
        warnings.append(f"发布机关的名称没有表明级别，已按报告中提到的县级部门内设机构“{inner.group(0)}”推定为县级。")
    district = None
    if (place.level is None and agency is None and "我区" in context
            and ((place.county or "").endswith("区") or (place.city and not place.county))
            and not ZONE.search(context[:MENTIONS])):
        # '我区' is a district's or a zone's; placed at a district, or in a city (one of its districts), with no zone
        # named, it is the district's report
        district = place = Place("county", place.province, place.city, place.county, "self")
    own_city = None
    if (agency is None and (self_word is None or self_word in _DEPARTMENT_SELF) and not district
            and (place.level is None or (place.level == "province" and not (place.province and _municipality(place.province))))
            and _OUR_CITY.search(context[:MENTIONS]) and not _OUR_OTHER.search(context[:MENTIONS])):
        # (round 32) a report naming no issuer whose text says 我市 ('做好政务公开是我市落实《条例》的重要举措') speaks for a
        # city's department, whatever province's rules it cites; a county-level city's (placed there) for a county's
        own_city = Place("county" if (place.county or "").endswith("市") else "city", place.province, place.city,
                         place.county if (place.county or "").endswith("市") else None, "self")
        place = own_city
    if place.level is None and agency is None and self_word == "厅":
        # (round 32) 我厅 with nothing else to tell the level is a province's department (a province's 办公厅 too); only
        # then, since a city's 办公厅 says 我厅 as well and its 市委、市政府, its site's code or host tell its level above
        place = Place("province", place.province, None, None, "self")
    spliced_province = None
    if spliced and place.level == "province" and place.province is None:
        # (round 42) a splice stood where a province-level body's place was ('澳门赌场办公厅…', its 省委、省政府 telling the
        # level): the one province its opening writes in full is its own, as for a provincial government named bare
        # (_own_province); two provinces named place nothing
        provinces = set(_PROVINCE_NAME.findall(context[:MENTIONS]))
        if len(provinces) == 1:
            spliced_province = provinces.pop()
            place = Place("province", spliced_province, None, None, place.basis)
    account = warn_outlet = None
    if place.level in ("city", "county") and place.province is None and not (agency and find_chains(to_key(agency))):
        # the body's own account named by its place's short form, once the level is known ('“健康某某官微”微信公众号')
        account = account_short_form(place.level, context[:MENTIONS])
        if account:
            place = Place(place.level, *account[0].parts, place.basis)
        elif outlet := outlet_short_form(place.level, context[:MENTIONS]):
            # (round 32) its papers and news sites by the same short form ('某某日报', '某某宣传网'): the province only,
            # since a body may also publish in a neighbouring city's paper of its province
            place = Place(place.level, outlet[0].province, None, None, place.basis)
            warn_outlet = f"发布机关的所在地区根据报告中提到的“{outlet[1]}”推定为“{outlet[0].province}”。"
    if fuller and place.province and (name == agency or not BARE.match(fuller)):
        warnings.append(f"发布机关“{agency}”没有写明所在地，地区根据正文中的“{fuller}”推定。" if agency
                        else f"报告没有写明发布机关，所在地区根据正文中的“{fuller}”推定。")
    if own and place.basis == "government":
        warnings.append(f"发布机关的名称没有表明级别，已按报告中提到的“{own[0]}”推定为{LEVEL_NAMES[place.level]}。")
    elif district:
        warnings.append(f"报告没有写明发布机关，级别根据报告中的“我区”和所在地“{place.county or place.city}”推定为县级。")
    elif own_city:
        warnings.append(f"报告没有写明发布机关，级别根据报告中的“我市”推定为{LEVEL_NAMES[place.level]}。")
    elif agency is None and self_word and place.level:
        said = f"我{self_word}" if f"我{self_word}" in context else self_word  # '街道收到…' writes the bare word
        warnings.append(f"报告没有写明发布机关，级别根据报告中的“{said}”推定为{LEVEL_NAMES[place.level]}。")
    elif place.basis == "evidence" and place.level:
        where = place.county or place.city or place.province
        warnings.append(f"发布机关的名称没有表明级别，已按所在地“{where}”推定为{LEVEL_NAMES[place.level]}。")
    if account:
        warnings.append(f"发布机关的所在地区根据报告中提到的账号“{account[1]}”推定为“{account[0].name}”。")
    if warn_outlet:
        warnings.append(warn_outlet)
    if spliced_province:
        warnings.append(f"发布机关的名称处夹杂博彩广告文字，所在地区根据正文中的“{spliced_province}”推定。")
    return place, warnings


_DEPARTMENT_SELF = {"局", "委", "办", "厅", "中心", "处", "单位"}
_OUR_CITY = re.compile(r"(?<!自)我市")  # not 自我 before 市场 (增强自我市场意识)
_OUR_OTHER = re.compile(r"我(?:省|县|区|州|盟|旗|镇|乡|街道)")  # a body of another level speaks of its own area

# A municipality's own government, its office or its organs ('重庆市人民政府', '某直辖市政府办公厅', '…人民政府机关'):
# the province-level body itself, never a district's, whatever district governments its text directs (round 23)
_MUNICIPAL_GOVERNMENT = re.compile(r"(?:北京|天津|上海|重庆)市?(?:人民)?政府(?:办公厅|办公室|机关)?")


# A township's government is named by the township ('大路镇人民政府'), a name many provinces share: the places
# its text mentions settle which one, as they do for a department's.
_TOWNSHIP_GOVERNMENT = re.compile(r"(?:镇|乡|街道|苏木)(?:人民政府|政府)(?:办公室)?$")


def _mentions_apply(agency: str | None) -> bool:
    """Whether the places a text mentions may place its issuer: not for a government or its office named without its
    place (but a township's), which is left to what names it. One named with its place ('鼓楼区政府办公室') keeps it:
    the mentions only choose among the units of that name (鼓楼区 of four cities) and never move it elsewhere (round 19)."""
    key = to_key(agency or "")
    return "政府" not in key or bool(_TOWNSHIP_GOVERNMENT.search(key)) or bool(bound_chains(find_chains(key)))


# A province's or an autonomous region's government, or its office, named by its level word alone ('自治区人民政府办公厅',
# '省政府办公厅'): the government above it is the State Council, which has no place, so the province its text names
# ('深入贯彻习近平总书记视察某某重要讲话精神', '某某政府网') is its own.
# (A bare 市's office whose text names a municipality was read as the municipality's in round 17 and withdrawn: the
# municipality's office then took the same agency id as a page of its government's report, merging two bodies.)
_PROVINCIAL_GOVERNMENT = re.compile(r"(?:中共)?(自治区|省)(?:人民)?政府(?:办公厅|办公室)?$")


def _own_province(agency: str | None, text: str) -> str | None:
    """The province a provincial government or office named without its place is in, from the places its text mentions:
    the province they agree on, when its name ends with the level word the body gives itself (an 自治区's is one of the
    five regions); else None."""
    bare = _PROVINCIAL_GOVERNMENT.fullmatch(to_key(agency or ""))
    mentioned = mentioned_place(text) if bare else None
    units = load_gazetteer().by_name.get(mentioned or "", ())
    provinces = {u.province for u in units}
    if bare and not mentioned:
        # no document, site, postcode or area code places it: the one province its opening writes in full does
        # ('某某自治区2018年政府信息公开工作年度报告由自治区人民政府办公厅汇总…编制', '2017年，某某省各级
        # 行政机关…'); two provinces named, or a short form alone ('我省', '全区'), place nothing (round 30)
        provinces = {name for name in _PROVINCE_NAME.findall(text)}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    return province if province.endswith(bare.group(1)) else None


# the full names of the provinces and autonomous regions (the municipalities' governments are placed by their own names)
_PROVINCE_NAME = re.compile("|".join(sorted(
    {u.name for units in load_gazetteer().by_name.values() for u in units
     if u.kind == "province" and u.current and not u.name.endswith("市")}, key=len, reverse=True)))


def _department(agency: str | None, self_word: str | None) -> bool:
    """A department whose name tells no level (林业局), or a report naming none that says 我局."""
    if agency is None:
        return self_word is None or self_word in _DEPARTMENT_SELF
    key = to_key(agency)
    return (bool(PLACELESS_BODY.match(key)) and not TOWN_ZONE.search(key) and not BARE.match(key)
            and not bound_chains(find_chains(key)))


# A page's metadata field naming the body that issued it, as a line of the page ('- 发文机关:某某市某某镇 成文日期:…') or
# the container's 发布机构.
_ISSUING_FIELD = re.compile(r"(?:发文机关|发布机关|发布机构|发文单位|发布单位)\s*[:：]\s*([\u4e00-\u9fff]{2,30})")


def _issuing_field(raw: list[Block], doc: Document) -> str | None:
    """The issuing body a page's metadata field names, when it is a body's name, else None."""
    for block in raw[:20]:
        match = _ISSUING_FIELD.search(to_key(block)) if isinstance(block, str) else None
        if match:
            return agency_name(block[match.start(1) : match.end(1)])
    return agency_name(doc.meta["publisher"]) if doc.meta.get("publisher") else None


def _outside_only(agency: str | None) -> bool:
    """True when every place the name writes lies where the 条例 does not bind (台湾, 香港, 澳门)."""
    chains = find_chains(to_key(agency), opening_province_stem=True) if agency else []
    return bool(chains) and not bound_chains(chains)


def _county_level_cities(text: str, province: str | None) -> list:
    """The county-level cities (县级市) the text names, each alone in its chain, in the province when one is known."""
    # A city's name before 场 is a market's ('义乌市场', '晋江市场主体'): 市场 is read first, as a reader does.
    return [c.units[0] for c in find_chains(text) if len(c.units) == 1 and c.units[0].kind == "county"
            and c.units[0].name.endswith("市") and province in (None, c.units[0].province)
            and not text.startswith("场", c.end)]


def _municipality(province: str) -> bool:
    return any(u.code[:2] in MUNICIPALITIES for u in load_gazetteer().by_name.get(province, ()))


def _self_word(context: str) -> str | None:
    """What the report calls its issuer most often: 乡 for 我乡, 局 for 我局, or None.

    A township's report may say neither and open its clauses with the bare word instead ('2024年，街道收到申请3件',
    '本街道…'): that counts when no 我 word is written."""
    counts = Counter(m.group(1) for m in _SELF.finditer(context))
    title = _TITLE_SELF.match(context) if not counts else None
    if title:
        return title.group(1)  # '镇人民政府2023年…年度报告': the title names the issuer by its unit word alone
    if not counts:
        counts = Counter(m.group(1) for m in _BARE_SELF.finditer(context))
    return counts.most_common(1)[0][0] if counts else None


# A title naming the issuer by a township's unit word alone ('镇人民政府2023年政府信息公开工作年度报告', '街道办事处…'):
# the issuer stage names no body from it, but the word is the report's own, as 我镇 is (round 20)
_TITLE_SELF = re.compile(r"[^\u4e00-\u9fff]{0,6}(街道|苏木|乡|镇)(?:人民政府|政府|办事处|党委|党工委)(?=[^\u4e00-\u9fff]{0,3}"
                         r"(?:\d{4}|[一二〇零○]{4})年)")
# '，街道主动公开…', '本镇…': a township's own bare word opening a clause before what it did
_BARE_SELF = re.compile(r"(?:本|(?<=[，,。；;：:]))(街道|苏木|乡|镇)(?=" + PREDICATE.pattern + ")")


def _named_with_place(agency: str | None, context: str) -> str | None:
    """The issuer named with its place elsewhere in the text: '市民政局' -> '辽源市民政局', or None.

    A township's government is looked for by the township's name ('大坡乡人民政府' -> '某某县大坡乡'),
    and a name without a level word is also found after one ('水务局' -> '县水务局': a county's)."""
    if not agency:
        return None
    key = to_key(agency)
    if find_chains(key, opening_province_stem=True):
        return None  # the name has its place
    bare = BARE.match(key)
    core = key[bare.end():] if bare else key
    township = re.match(r"(.{2,8}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处)$", core)
    core = township.group(1) if township else core
    if len(core) < 3 or core.startswith(("人民政府", "政府")):
        return None
    # (str.find, not a pattern made of the name: compiling one per report cost more than the search)
    at = context.find(core)
    while at >= 0:  # each occurrence, not overlapping, left to right
        window = context[max(0, at - 12) : at]
        # read with the name after it: a short form counts before a zone's word ('锡山台创园' for '台创园', round 25)
        chains = [c for c in find_chains(window + core, town_zones=True) if c.end <= len(window)]
        if chains and chains[-1].end == len(window):
            return window[chains[-1].start :] + core
        at = context.find(core, at + len(core))
    if bare or township:
        return None
    at = context.find(core, 1)
    while at >= 0:  # the first occurrence after a level word that follows no Chinese character
        if context[at - 1] in _LEVEL_WORDS and not (at >= 2 and "\u4e00" <= context[at - 2] <= "\u9fff"):
            return context[at - 1] + core  # '2017年，县水务局严格按照…': the level word before the name
        at = context.find(core, at + 1)
    # a byline's publisher naming the same kind of body with its level word, in other words ('卫计局' published by
    # '发布单位：县卫生和计划生育局')
    for match in _PUBLISHER.finditer(context):
        if _kind(match.group(1)) == _kind(core):
            return match.group(1)
    return None


_LEVEL_WORDS = "省市县区旗"


def _kind(name: str) -> str:
    """The kind of body a name ends with: 局, 委 (委员会 too), 办 (办公室 too)."""
    return "委" if name.endswith("委员会") else "办" if name.endswith("办公室") else name[-1]


_PUBLISHER = re.compile(r"(?:发布|来源)(?:单位|机构|部门)[:：]\s*([省市县区旗][\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|办))")


# A report naming itself only '我局' may write its full name in a later sentence ('2022年度，某某县交通运输局
#未发生…'): a body of the self word's kind opening with a place, written at least twice and more than
# any other such name, is where the report is (a hint, never its issuer's name).
_SELF_NAMED = re.compile(r"[\u4e00-\u9fff]{3,16}?(?:局|委员会|委|办公室|办)")


def _self_named(self_word: str | None, context: str) -> str | None:
    if self_word not in ("局", "委", "办"):
        return None
    counts: Counter = Counter()
    for chain in find_chains(context[:MENTIONS]):
        match = _SELF_NAMED.match(context, chain.start)
        if match and match.group(0).endswith(self_word) or (match and self_word == "委" and match.group(0).endswith("委员会")):
            counts[match.group(0)] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return agency_name(ranked[0][0])


def _shared_division(agency: str | None) -> str | None:
    """The division's name inside an agency named after a place the list lacks ('青石湾滨海新区' -> '滨海新区')."""
    chains = find_chains(agency) if agency else []
    if chains and LANDFORM_NAME.fullmatch(agency[: chains[0].start]):
        return agency[chains[0].start : chains[0].end]
    return None


def _text_hints(doc: Document, blocks: list[Block], raw: list[Block], text: str) -> list[str]:
    """Short lines that say where the issuer is: 发布机构, addresses, sites, contacts, codes."""
    hints = [doc.meta["publisher"]] if doc.meta.get("publisher") else []
    for block in blocks:
        # read on the simplified key: a traditional-script mirror writes 網站, 發布機構, 單位, 主辦 (same length)
        key = to_key(block) if isinstance(block, str) else ""
        if _PLACE_HINT.search(key):
            for match in _PLACE_HINT.finditer(key):
                # From the clause's start: '…可在某某族自治旗旗政府门户网站下载' names the place well before 网站.
                clause = _CLAUSE_START.search(block[max(0, match.start() - 40) : match.start()][::-1])
                start = match.start() - (clause.start() if clause else min(40, match.start()))
                hint = block[start : match.end() + 40]
                if match.group(0) != "版权所有" or not _COMPANY.search(key[start : match.end() + 40]):
                    hints.append(hint)  # a copy's footer ('北京某某科技有限公司 版权所有') is its site owner's
    # a metadata table read as a table ('[ 发布机构 ] | 某某县某某管委会 |'): the cell after a label that says where the body is
    for block in blocks[:12]:
        if isinstance(block, Table):
            for row in block.rows[:6]:
                cells = [cell.strip() for cell in row]
                for label, value in zip(cells, cells[1:]):
                    if value and _TABLE_HINT.search(re.sub(r"\s", "", to_key(label))) and not _COMPANY.search(value):
                        hints.append(value)
    # and the body that signs the report ('平阳县科学技术局' under a title naming '县科技局')
    named = [contact_issuer(text[:_CONTEXT]), lead_in_issuer(text[:3000]), signature_issuer(blocks[-6:])]
    cells = " ".join(" ".join(" ".join(row) for row in b.rows) if isinstance(b, Table) else b for b in raw[:40])
    codes = [m.group(0) for m in CREDIT_CODE.finditer(cells)]
    return [h for h in named if h] + codes + hints[:_MAX_HINTS]
