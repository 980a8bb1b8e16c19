"""Who issued a report, when its title does not say: names, lead-ins, first sentences, contacts.

Pages name their issuer in several places; the parser takes the first of these that names one
(docs/parsing.md, "Issuer"). This module reads the places other than the title line:

  cover line    '某某市统计局' alone above the lead-in (a PDF cover copied into a page)
  lead-in       '…现公布某某县民政局2016年政府信息公开工作年度报告', '由某某市水务局编制的2008年度…',
                '某某部编制了本级行政机关2019年…', '现将某某镇2020年度政府信息公开工作情况报告如下'
  first sentence of a page with no title and no lead-in: '2020年，某某镇严格按照《条例》…'
  contact line  '如对本报告有任何疑问，请与某某县财政局办公室联系'

Names are cleaned of web chrome and checked (``agency_name``): a name ends like a body or a
place (局, 委员会, 人民政府, 街道, 镇, 市 …), holds no digits, Latin letters or site words, and is
not a self-reference (我局, 本机关). Every rule matches on the simplified key (indexer.script) and
returns the name as the page writes it.
"""
# Over 350 lines, kept whole: every place a name is read from (lead-ins, first sentences, contacts) ends in
# the one name check, agency_name, and shares the patterns of years, subjects and body words with it.
from __future__ import annotations

import re
from functools import lru_cache

from indexer.places import LANDFORM_NAME, ZONE_WORDS, find_chains
from indexer.script import strip_glosses, to_key

# How names of issuing bodies end (on the simplified key): bodies, then places.
_BODY_END = (r"(?:局|委|委员会|办|办公室|办公厅|厅|部|署|院|政府|会|镇|乡|街道|街|处|中心|所|站|队|场|"
             r"苏木|机关|海关|馆|社|室|司|科|园|团|"
             # public institutions that publish such reports: universities and schools (学院 ends in 院)
             r"大学|学校|中学|小学|党校|"
             # and schools by their short forms, a numeral before 中 or 小 ('某某二中', '某某市第十一中', '某某县一小')
             r"(?<=[\u4e00-\u9fff]{2})第?[一二三四五六七八九十]{1,3}[中小]|中专|职专|"
             # bodies whose names end otherwise: the central bank's branches, observatories and stations, people's
             # organisations named by their short forms, prisons ('某某市中心支行', '某某县气象台', '某某县妇联')
             r"银行|分行|支行|营业管理部|气象台|天文台|电视台|电台|妇联|残联|侨联|文联|科协|工商联|社科联|监狱)")
_PLACE_END = r"(?:区|县|市|州|盟|旗|省)"
# A vertical system's offices in one place may report as one: '某某市气象部门' ('各部门', '各工作部门' name no one).
# ('某某省邮政管理系统', '某某市气象系统': the same offices called a system, 管理 between or not)
_SYSTEM_END = r"(?<=气象|税务|统计|调查|海事|地震|邮政|烟草|水文|测绘)(?:管理)?(?:部门|系统)"
# A place's own offices together, its departments left out: '某某市本级', '某某市市本级' (a level word alone before it,
# '市本级', names no place); a department's own office without the units under it: '某某县民政局本级', as
# '海关总署(本级机关)' writes it in brackets.
_OWN_LEVEL = r"(?:(?<=[\u4e00-\u9fff]{2}[区县市州盟旗省])|(?<=政府)|(?<=[\u4e00-\u9fff]{2}[局委办厅署]))本级"
# The whole place a report covers, after the place's name: '某某市全市' (of a consolidated report) is 某某市.
_PLACE_TWICE = re.compile(r"^([\u4e00-\u9fff]{1,20}?(?:省|市|区|县|州|盟|旗))\1(?=[\u4e00-\u9fff]{2})")


def _place_twice(key: str) -> int:
    """The length of a place written twice at the name's start ('某某市某某区某某市某某区…', a place named without its
    unit word as the gazetteer knows it: '某某某某高新区'), else 0."""
    twice = _PLACE_TWICE.match(key)
    if twice:
        return twice.end(1)
    # (the gazetteer may read the second of the two only, the first standing before it)
    n = next((c.start for c in find_chains(key)[:2] if c.start >= 2 and key[:c.start] == key[c.start:c.end]), 0)
    return n if len(key) >= 2 * n + 2 else 0
_WHOLE_SCOPE = re.compile(r"(?<=[区县市州盟旗省])全[区县市州盟旗省]$")
_NAME_END = re.compile(rf"(?:{_BODY_END}|{_PLACE_END}|{_SYSTEM_END}|{_OWN_LEVEL})$")
# Han characters, the extensions included: place names write rare characters ('䢺川镇', '𬇙水镇'), and a name is
# checked for being Han, not for being common.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# What joins two bodies' names into one issuer besides a space: the middle dot in its forms (traditional-script pages
# write U+2027 or the katakana U+30FB: '某某县统计局‧国家统计局某某调查队'), and 、.
JOINERS = "•·・‧、"
_ZERO = re.compile(r"(?<=[一二三四五六七八九十〇○])[〇○]")
# A qualifier or a second body after the name stays with it: '海关总署(本级机关)', '某某市人民政府(市人民政府办公厅)'.
# (a second body's full name may be long: '某某县人民政府外事办公室(某某县人民政府港澳事务办公室)'; several bodies may
# be listed: '某某县卫生健康局（某某县中医药管理局、某某县爱国卫生运动委员会办公室）')
_QUALIFIER = re.compile(rf"[(（][{HAN}][{HAN}{JOINERS}]{{0,39}}[)）]$")
# What no issuer's name holds: site furniture, dates, self-references, generic words.
_NOT_A_NAME = re.compile(
    # (网 is a site's word, but 网信, 网络安全 and 互联网信息 name bodies: '某某市委网信办', '国家互联网信息办公室', and 网格 a centre's work)
    r"[0-9A-Za-z]|(?<!互联)网(?!信|格|络安全)|首页|位置|当前|来源|发布|浏览|字体|字号|打印|分享|时间|日期|索引|点击|欢迎|访问|正文|栏目|"
    r"年报|报告|条例|规定|通知|专栏|目录|是|的|部署$|社会$|"
    # a site's widgets: '登录个人中心', '无障碍浏览', '长辈版', '扫描二维码'
    r"登录|个人中心|用户中心|会员中心|无障碍|长辈版|移动端|客户端|二维码|微信|微博|智能问答|本站|收藏|^(?:子站|分站|总站)$|"
    # a government's office named without its place ('政府政务公开办'): whose it is the name does not say
    r"^(?:人民)?政府[\u4e00-\u9fff]{0,8}?办(?:公室|公厅)?$|^(?:乡镇|街道|部门|镇街|区县|县区|单位|机关|政府|人民政府|大学|学院|学校|医院|中学|小学|党校)$|^(?:镇|乡|街道|苏木|县|市|区|旗|州|盟|省)(?:人民)?政府$|"
    # (a place whose name begins with such a character is a name: '对坊乡', '在城镇', '由义街道'; not a clause on the
    # body itself or on its places, a word of pointing or of all next ('在本镇', '由该镇人民政府', '对全镇', '在各乡镇'))
    # (round 71: and a lead-in's verbs of summing up, '汇总全镇…情况编制本报告')
    r"^(?:根据|按照|依据|推进|为|在|对|由|通过|关于|现将|结合|围绕|坚持|加强|年|汇总|总结|梳理)"
    r"(?!(?![本我该此全各其这那每下辖乡镇村街社度])[\u4e00-\u9fff]{1,3}(?:乡|镇|街道|苏木|村|社区)(?:人民政府|办事处)?$)|"
    r"^[省市县区旗]委[、和及]?[省市县区旗](?:人民)?政府$|"  # '市委市政府': the party committee and the government
    r"我(?:局|委|办|厅|署|院|站|所|部|中心)|"  # (round 71) the body's word for itself after a place: '某某市我局(办公室)'
    # what an office does ('…办公室归口管理全局…'), the governments of a place together ('某某省各级政府'), a body's
    # word glued to 政府信息公开 ('2012年度局政府信息公开工作')
    r"归口|各级|^[局委办厅处室科股所站队院]政府$|^(?:人民)?政府本级$|"
    # an office named without its body ('请与办公室联系'): whose office it is the text does not say here
    # (round 71: and its staff, '办公厅机关')
    r"^(?:办公室|办公厅|综合办|党政办|政务办|党政综合办|综合办公室|党政办公室|政务办公室)(?:机关)?$|"
    # a group's office named without its body ('协调小组办公室', what a splice or a site prefix left of a name), and a
    # centre named without its body ('信息中心')
    r"^(?:工作)?(?:领导|协调)?小组(?:办公室)?$|^(?:信息|政务服务|便民服务|综合服务|指挥|数据)?中心$|"
    # a vertical system named without its place ('税务部门', '气象系统'): whose offices they are the name does not say
    r"^(?:气象|税务|统计|调查|海事|地震|邮政|烟草|水文|测绘)(?:管理)?(?:部门|系统)$|"
    # a jurisdiction's common noun ending in a place word ('各分支机构结合辖区实际', round 38): no place's name
    r"^(?:辖区|片区|景区|小区|市区)$|"
    # (round 45) who leads the work, read after 由 up to a body word ('由局主要领导牵头、分管领导主抓、局综合股主管…':
    # 综合 of 综合股 taken for the verb): the leaders' duties are a clause, no body's name holds them
    r"牵头|主抓|主要领导|分管领导"
)
# A self-reference opens with one of these (我局, 本机关, 该局, 各部门, 全县, 贵局), unless a place's
# name does: 贵阳市民政局, 本溪市财政局, 全椒县人民政府 are names, and so is 全国 (全国海关).
_SELF_START = re.compile(r"^(?:[我本该各贵]|全(?!国))")
# A set of bodies is no one body: '汇总某某市各区县人民政府、市政府各部门…年度报告编制' names the reports
# a consolidated report sums up, not its issuer (round 30; 各 opening a name is a self-reference, above)
# 各 after a level word, a government or a list mark ('某某市各区县', '市政府各部门', '、各委办局'): inside a
# township's own name (下各镇, 上杨各乡) it is a place's character.
_SEVERAL_BODIES = re.compile(r"(?<=[省市县区州盟旗府、，,])各(?:区|县|市|乡|镇|街道|部门|委|办|局|单位|直属|级)")
# A zone word alone names no zone ('结合2019年高新区政府信息公开工作'), as 全区 names no district.
# ('结合园区政府信息公开…' too, and the kinds a place's own name stands before: 台商投资区, 旅游度假区, 风景名胜区, 管理区)
_BARE_ZONE = re.compile(rf"(?:国家级?)?(?:{ZONE_WORDS}|园区|工业园|产业园|(?:台商)?投资区|(?:旅游)?度假区|风景(?:名胜)?区|景区|管理区)")
# (round 56) A zone run together with the district that shares its government, the district in brackets after the
# zone word ('高新区(某某区)', '经开区（某某县）'): the bracket names the zone's place, so the pair is a name.
# (round 59) A street's or town's name in the brackets too ('开发区(某某街道)'): a zone run as one with the street
# office that shares its staff, the pair named so by the report's own lead-in.
_ZONE_WITH_DISTRICT = re.compile(rf"^[(（](?!.*(?:{ZONE_WORDS}|园区))[{HAN}]{{1,8}}(?:[区县市旗镇乡]|街道)[)）]$")
# Site words glued before a name by a spam mirror or a portal ('某某体育官网入口民政局',
# '某某市政府门户网站民政局'): the name is what follows the last of them.
_SITE_WORD = re.compile(r"官方网站|门户网站|官网|网站|入口|首页|主页|正文|打印本页|打印|当前位置|浏览|字号|字体|分享|点击|欢迎|访问")
# An announcing verb is no part of the name it announces: a first sentence '现公布某某局2020年…年度报告'
# read up to its body word, '特向社会公布某某局…'. No body's name opens with one of these.
_ANNOUNCING = re.compile(r"^(?:(?:现|特|兹|今)?(?:向社会)?(?:予以|予)?(?:公布|发布|印发)(?:了)?|现将|特将)")
_ANNOUNCED_AFTER = re.compile(r"(?:现|特)(?:向社会)?(?:予以)?(?:公布|发布)了?|现将|特将")
# A lead-in's verb between two copies of the name: '某某委编制了某某委员会2022年…' ('机构编制委员会' is a body's name).
_COMPILED = re.compile(r"(?:编制|编写|撰写|印发)(?!委|办)(?:了|完成)?")
# Everything up to the last of these is chrome: breadcrumbs ('首页 > 政务公开 >'), labels
# ('标题:', '名称：'), a bracketed tag ('【2019】'), a site name joined by a dash or a pipe.
_CHROME_CUT = re.compile(r"^.*[>»›/|:：】\]_—–-]")
# Two areas joined by a dash before a zone's or scenic area's word name one body ('某山—某湖风景名胜区管委会', round 58):
# that dash cuts no chrome off. The first is a place, ending as one does (山, 湖, 县 …): a site's or a portal's name
# before a dash ends otherwise ('东山县政府—', '东山在线—', '东山之窗—', '东山门户—') and still goes.
_JOINED_AREAS = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,5}[山湖江河海岛峰岭湾峡洞泉溪谷岩滩潭池港关城镇乡村县市州省盟旗坡林川洲国]"
                           r"([—–])[\u4e00-\u9fff]{2,20}?"
                           r"(?:风景名胜区|风景区|景区|合作区|试验区|示范区|开发区|新区|园区)")
_JOINED_DASH = "\x00"


def _joined_areas(name: str) -> str:
    """name with the dash joining two areas' names (see _JOINED_AREAS) hidden from the chrome cut."""
    key = to_key(name)
    joined = _JOINED_AREAS.search(key) if len(key) == len(name) else None
    if joined is None or _SITE_WORD.search(key[joined.start():joined.start(1)]):
        return name
    return name[:joined.start(1)] + _JOINED_DASH + name[joined.end(1):]


_SITE_PREFIX = re.compile(r"^(?:(?:政府信息公开|政务公开|信息公开)(?:年度报告|年报|专栏|目录)?|年度报告|年报)")
# A metadata table's label left before the title when its separator was a space: '标 题 某某市…'; the row that repeats
# the title under a summary's label too ('内容概述 市某局2014年…报告', round 63: read as '内容概述市某局', a longer name of
# the same body, it won over the title itself). No body's name opens with a whole label.
FIELD_LABELS = r"(?:信息名称|文章标题|文件名称|标题名称|信息标题|文件标题|内容概述|内容摘要|内容提要|内容简介|标题|名称|题名)"
_LABEL = re.compile(rf"^{FIELD_LABELS}[:：|｜]*(?=.{{2}})")
# A mirror's domain or spam word glued before the name: 'example.com沙头镇' is 沙头镇.
_LATIN_PREFIX = re.compile(r"^[A-Za-z0-9][\w.\-]*[A-Za-z][\w.\-]*(?=[\u4e00-\u9fff])", re.ASCII)
# A government portal's name ('中国南平', '中国·东山') glued before a name opening with the same place: '中国南平南平市民政局'.
_PORTAL_PREFIX = re.compile(r"^中国[·•・]?([\u4e00-\u9fff]{2,4}?)(?=\1)")
_GLUED_SITE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:人民政府|政府)(?:门户网站|网站|网)?(?=[\u4e00-\u9fff]{3})")
_ALIAS = re.compile(r"[(（](?:以下简称|下称|简称)[^)）]*[)）]")
_LEVEL_WORDS = "省市县区"
# A place's party committee and its government named together ('党委、政府', '县委县政府', '党工委、办事处').
_PARTY_AND_GOVERNMENT = re.compile(r"(?:党委|党工委|委)[、和及与]?[省市县区旗镇乡]?(?:人民)?(?:政府|办事处)$")
# ('某某县本级及所属部门': the place's own level and its departments, as a whole, are the place's; 本级 alone, a
# report of the place's own level, stays in the name as the title writes it; so are the places under it, named as a
# whole: '某某市本级和各县区', '某某省各市州', '某某县及各乡镇')
_ITS_UNITS = re.compile(r"(?:本级)?(?:各|(?:及其|及|和|与)(?:所属|工作|下属|直属|各)?)(?:科室|股室|处室|部门|单位|站所|直属单位|下属单位|科|股|处|室)$"
                        r"|(?:本级)?(?:各|(?:及|和|与)(?:所辖|下辖|各)+)(?:市州|市县区|市县|县市区|县区|区县|县市|乡镇街道|乡镇|镇街|街道|苏木乡镇)$")
# A compiling office is not the issuer: '某某局政务公开政府信息公开工作领导小组办公室', '某某局信息公开工作
# 办公室' are 某某局's. Only a group or working office of the disclosure work is one: '某某县扶贫开发领导小组
# 办公室' is a body, and so is a government's standing '政务公开办公室'.
_COMPILING_OFFICE = re.compile(r"(?:(?:政务公开|政府信息公开|信息公开)(?:和|及|与|、)?)+"
                               # '某某大学信息公开办公室' compiles its university's report (a government's
                               # standing 政务公开办公室 is a body of its own)
                               # (and so is its '政务公开工作办公室', the same office with 工作 in its name)
                               r"(?:(?:工作)?(?:领导|协调)小组(?:办公室)?|(?<!政务公开)工作办公室|(?<!政务公开)办公室)$")
MAX_NAME = 40


def agency_name(text: str | None, keep_office: bool = False) -> str | None:
    """The issuer's name in text cleaned of chrome, or None when text is not a body's name.

    '当前位置:首页>年报>【2019】马关县交通运输局' -> '马关县交通运输局'; '我局', '365体育官网' -> None.
    ``keep_office``: a disclosure office named as the one that compiled a consolidated report is the name (see
    ``lead_in_issuer``).
    """
    if not text:
        return None
    name = re.sub(r"\s+", "", text)
    # '【某某局】2020年…报告': the name in brackets of its own, nothing after the separator
    name = re.sub(r"^[【\[]([^【】\[\]]{2,40})[】\]]$", r"\1", name)
    name = re.sub(r"^[【\[★☆●◆■▲►※]+(?=[\u4e00-\u9fff])", "", name)  # '★某某局…', '【某某局…年度报告】'
    # a document viewer's page mark before the first line ('1、某某保税区2018年…年度报告', a shared .docx split into
    # numbered pages): no name opens with a digit, so the mark is no part of one (round 39)
    name = re.sub(r"^\d{1,2}[、.．](?=[\u4e00-\u9fff])", "", name)

    # a colon ending the text cuts nothing after it: '某某县民政局：' over its title is the name (a breadcrumb
    # ending in '>' still names a site's section, not the issuer)
    name = _CHROME_CUT.sub("", _joined_areas(name.rstrip(":："))).replace(_JOINED_DASH, "—")
    name = _LATIN_PREFIX.sub("", name)
    name = _PORTAL_PREFIX.sub("", name)
    announcing = _ANNOUNCING.match(to_key(name))  # (on the key: a traditional copy's '現向社會公佈某某局…', round 69)
    if announcing and len(name) - announcing.end() >= 2:
        name = name[announcing.end():]
    # (round 69) a site's menu run into the lead-in ('首页 政务公开 互动交流' + '现将某某局2018年…报告如下'): the
    # name is what the announcing verb is followed by
    inside = list(_ANNOUNCED_AFTER.finditer(to_key(name)))
    if inside and inside[-1].start() >= 2 and len(name) - inside[-1].end() >= 2:
        name = name[inside[-1].end():]
    # 'X编制了X2022年…报告' read up to the year: the body named after the verb is the report's
    compiled = _COMPILED.search(to_key(name))
    if compiled and compiled.start() >= 2 and len(name) - compiled.end() >= 2:
        name = name[compiled.end():]
    name = _before_place_cut(name)
    key = to_key(name)
    for match in reversed(list(_ALIAS.finditer(key))):  # on the key: '(以下簡稱…)' too
        name, key = name[: match.start()] + name[match.end():], key[: match.start()] + key[match.end():]
    cut = key.find("关于")
    if cut > 0:  # '某某厅关于报送2020年…报告的函'
        name, key = name[:cut], key[:cut]
    label = _LABEL.match(key)
    if label:
        name, key = name[label.end():], key[label.end():]
    site = _SITE_PREFIX.match(key)
    if site and len(key) - site.end() >= 2:  # the site's name glued to the title: '政府信息公开某某县'
        name, key = name[site.end():], key[site.end():]
    name, key = name.strip("的，,。:：《》“”\"'#* "), key.strip("的，,。:：《》“”\"'#* ")
    name, key = name.lstrip(")）"), key.lstrip(")）")  # what is left of '（2022年）某某局…' before the name
    half = len(key) // 2
    if len(key) % 2 == 0 and key[:half] == key[half:]:
        name, key = name[half:], key[half:]  # a byline's name run into the title's: '某某局某某局'
    twice = _place_twice(key)
    if twice:  # (round 71) a template's slip, the place filled in twice: '某某市某某区某某市某某区某某局' is 某某市某某区某某局
        name, key = name[twice:], key[twice:]
    if key[:1] in _LEVEL_WORDS and len(key) > 3:
        # a level word left alone before a full place name ('市 吴江市2008年…', a column's label): not the name's
        chains = find_chains(key)
        if chains and chains[0].start == 1 and key[chains[0].end - 1] in _LEVEL_WORDS + "州旗":
            name, key = name[1:], key[1:]
    glued = _GLUED_SITE.match(key)
    if glued and find_chains(key[glued.end():]):
        # a government's name (its site's) glued before the body's own: '某某县人民政府某某县民政局'
        chain = find_chains(key[glued.end():])[0]
        if chain.start == 0:
            name, key = name[glued.end():], key[glued.end():]
    office = None if keep_office else _COMPILING_OFFICE.search(key)
    if office and office.start() >= 2:
        # '某某市人民政府信息公开工作领导小组办公室' is 某某市人民政府's: 政府 is the name's.
        end = office.start() + (2 if key[: office.start()].endswith("人民") and key.startswith("政府", office.start()) else 0)
        name, key = name[:end], key[:end]
    scope = _WHOLE_SCOPE.search(key)
    if scope and scope.start() >= 2:  # '2020年某某市全市政府信息公开…': the whole place's report is the place's
        name, key = name[: scope.start()], key[: scope.start()]
    units = _ITS_UNITS.search(key)
    # '某某街道各科室的信息公开工作', a consolidated '某某县人民政府及其工作部门…报告': the units of a body are the body's
    if units and units.start() >= 2:
        name, key = name[: units.start()], key[: units.start()]
    pair = _PARTY_AND_GOVERNMENT.search(key)
    if pair and pair.start() >= 2 and re.search(rf"{_PLACE_END}|镇|乡|街道", key[: pair.start()].rstrip(")）")[-2:]):
        # '某某镇党委、政府高度重视…', '某某县委县政府…': the place's party committee and government together; the
        # report is the place's, named by the place (also a place named with its second name in brackets, round 59:
        # '开发区(某某街道)党工委、办事处')
        name, key = name[: pair.start()], key[: pair.start()]
    core = _QUALIFIER.sub("", key)
    sites = list(_SITE_WORD.finditer(key))
    if sites and sites[-1].end() < len(key):  # '…官方网站民政局': the name after the site's words
        return agency_name(name[sites[-1].end():])
    if not 2 <= len(core) <= MAX_NAME or _NOT_A_NAME.search(core) or not _NAME_END.search(core):
        return None
    if _BARE_ZONE.fullmatch(core) and not _ZONE_WITH_DISTRICT.search(key[len(core):]):
        return None
    if _SELF_START.match(core) and not _opens_with_place(core):
        return None
    if _SEVERAL_BODIES.search(core):
        return None
    # (a zero in Chinese numerals is no Han character: '第六师一〇二团', a regiment, writes it after a numeral)
    written = _ZERO.sub("一", core)
    joined = _JOINED_AREAS.match(written)  # (the dash joining two areas' names, round 58)
    if joined:
        written = written[:joined.start(1)] + written[joined.end(1):]
    if re.search(rf"[^{HAN}{JOINERS}()（）]", written):
        return None
    return name


# Full-width forms of the ASCII characters the clean-up folds them to ('（' for '('): a name is read on folded text
# and given back as the page writes it.
_WIDE = {chr(code - 0xFEE0): chr(code) for code in range(0xFF01, 0xFF5F)}


@lru_cache(maxsize=4096)
def _written_pattern(name: str) -> re.Pattern:
    """The name's characters in either width with any spaces between them. Cached: a build meets the
    same bodies' names year after year, and compiling one per report cost a build about 2% (10,000
    synthetic reports, 2026-12-04)."""
    return re.compile(r"\s*".join(f"[{re.escape(ch)}{re.escape(_WIDE[ch])}]" if ch in _WIDE else re.escape(ch)
                                   for ch in name))


def as_written(name: str | None, texts) -> str | None:
    """The name with the width of its brackets and letters as the page writes it: '某某局（某某局）' stays so.

    The clean-up folds full-width forms for matching; the name is the page's own, so it is looked up in the
    page's text as read (spaces inside it dropped, as everywhere) and kept folded when it is not found there.
    """
    if not name:
        return name
    pattern = _written_pattern(name)
    for text in texts:
        # (glosses out first: '海關(guān)總署（本級機關）' is read '海關總署(本級機關)', and written with its own brackets)
        found = pattern.search(strip_glosses(text)) if isinstance(text, str) else None
        if found:
            return _joined_as_written(found.group())
    return name


_BODY_NAME_END = re.compile(rf"{_BODY_END}$")
# A place's unit word within a name's first characters (a place the gazetteer lacks): '某某县人民政府办公室'.
_UNIT_START = re.compile(r"^[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|州|盟|地区|县|旗|区|镇|乡|街道|苏木)")


def _joined_as_written(written: str) -> str:
    """The name without the spaces inside it, unless it is two bodies' full names side by side: '中共某某县委办公室
    某某县人民政府办公室' (one office with two names) keeps the space between them, and so do a place's two names
    (a district and the zone it runs as one: '东山区 东山开发区', '东山区 东山开发区政务公开工作办公室'); '某某县 民政局'
    is one name."""
    pieces = written.split()
    later = len(pieces) > 1 and all(_opens_with_place(to_key(p)) or _RANKING_PREFIX.match(to_key(p))
                                    or _UNIT_START.match(to_key(p)) for p in pieces[1:])
    if later and (all(len(p) >= 4 and _BODY_NAME_END.search(to_key(p)) for p in pieces)
                  or all(_PLACE_ALONE.fullmatch(to_key(p)) for p in pieces[:-1])):
        return re.sub(r"\s+", lambda m: m.group()[0], written.strip())
    return re.sub(r"\s+", "", written)


# A place's name alone, as the first of a place's two names: '东山区', '东山经济开发区'.
_PLACE_ALONE = re.compile(rf"[{HAN}]{{1,12}}(?:区|县|市|州|盟|旗|地区)")


# A name opens with its place (某某县民政局), or with words that rank it above a place: a party's or the
# state's (中共, 中国共产党, 共青团, 国家, 中国, 中华人民共和国), the Corps' divisions (第一师), a central body's (国家税务总局某某县税务局), a
# government's (某某县人民政府某某分局). Words before the place that are none of these (a verb, a spam
# mirror's words, a site's label) are no part of the name.
_RANKING_PREFIX = re.compile(r"^(?:第[一二三四五六七八九十]{1,3}师|新疆生产建设兵团|兵团|中共|中国共产党|共青团|国家|中国|中华人民共和国|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)")
_NOT_UNDER_THE_RULES = ("香港", "澳门", "台湾")
_BODY_CHARS = re.compile(r"[局委办厅部署院会府处室队站所司团校馆]")


def _before_place_cut(name: str) -> str:
    """The name from its place on, when only words of no name stand before the place."""
    key = to_key(name)
    # 香港, 澳门 and 台湾 open no issuer's name (the 条例 binds the mainland's bodies): a spam mirror's words
    chains = [c for c in find_chains(key[:20], opening_province_stem=True) if key[c.start : c.start + 2] not in _NOT_UNDER_THE_RULES]
    if not chains or chains[0].start < 2 or len(key) - chains[0].start < 3:
        return name
    prefix = key[: chains[0].start]
    if _RANKING_PREFIX.match(prefix) or _BODY_CHARS.search(prefix) or not re.fullmatch(r"[\u4e00-\u9fff]+", prefix) \
            or LANDFORM_NAME.fullmatch(prefix):  # '银湖湾滨海新区': a place's name the divisions list lacks
        return name
    return name[chains[0].start:]


def _opens_with_place(key: str) -> bool:
    """True when a place's name opens the key (贵阳市…, 本溪市…, 全椒县…: not a self-reference)."""
    chains = find_chains(key[:12], opening_province_stem=True)
    return bool(chains and chains[0].start == 0)


# --- lead-in ---------------------------------------------------------------------------------

_YEAR = r"(?:19|20)\d{2}"
# A year written in Chinese numerals ('二〇二二年'), read as digits: four characters for four, so that
# offsets in a key stay offsets in the text as written.
_CHINESE_YEAR = re.compile(r"[一二][〇○零O０0一二三四五六七八九]{3}(?=年)")
_DIGIT = {ch: str(i) for i, chars in enumerate(("〇○零O０0", "一", "二", "三", "四", "五", "六", "七", "八", "九"))
          for ch in chars}


def digit_year(key: str) -> str:
    """The key with years in Chinese numerals written in digits ('二〇二二年' -> '2022年')."""
    return _CHINESE_YEAR.sub(lambda m: "".join(_DIGIT[ch] for ch in m.group(0)), key)


# 政府信息公开, 信息公开, 政务信息公开; and the report's name with 公开 dropped ('现将某某街道办事处2024年度政府信息工作
# 年度报告予以公开'), read only where the report's own words follow
_ABOUT = r"(?:(?:政府|政务)?(?:信息|政务信息|政务)公开|(?:政府|政务)信息(?=(?:工作)?年度报告))"
_REPORT = rf"{_ABOUT}(?:工作)?(?:{_YEAR})?(?:年度?)?(?:年度|工作)?(?:报告|年报|情况)"
_NAME = rf"[^，,。；;：:《》“”\"()（）\s]{{2,40}}?(?:[(（][{HAN}][{HAN}{JOINERS}]{{0,39}}[)）])?"
_COMPILER_WORD = r"(?:办公室|综合科|综合处|党政办|秘书科|办公科)"  # an office that writes its body's report
# '现公布/现发布/特向社会公布 X2016年…报告', '现将X2020年度…情况报告如下', '编制X2020年…', '依据X2010年…':
# a verb (or two: '梳理编制X2023年…', '编制并向社会公布X2021年度…'), the issuer, the year, then what
# the report is about.
_VERBS = r"(?:公布|发布|公开|现将|现就|编制|现形成|形成|依据|报送|汇总|梳理)"
_LEAD_PATTERNS = [
    # '本报告内容主要为X2012年度的政府信息公开工作情况': whose work the report covers, said of the report itself
    # ('本报告是X2020年度政府信息公开工作的总结', '本年报反映X2020年度…工作情况')
    re.compile(rf"本(?:年度)?(?:报告|年报)(?:的)?(?:内容)?(?:主要)?(?:为|是|系|反映|总结)了?(?P<name>{_NAME})(?P<year>{_YEAR})\s*年度?的?"
               rf"{_ABOUT}工作"),
    # '…编制，反映了X2020年度政府信息公开工作情况': the name before the year of the work it sums up
    # ('内容涵盖X2011年1月1日至12月31日期间的政府信息公开工作情况': the body whose period the report covers, round 36;
    # the period's days are taken out before, 期间 stays)
    re.compile(rf"(?:总结|回顾|反映|展示|涵盖|覆盖)(?:了)?(?P<name>{_NAME})(?P<year>{_YEAR})\s*年度?(?:期间)?的?{_ABOUT}工作"),
    # '经X局务会审定，现公布2020年度…': the body whose meeting approved the report
    re.compile(rf"经(?P<name>{_NAME})(?:局务会|委务会|党组会|党委会|办公会|常务会|务会|党组|领导班子)(?:议|会议)?(?:审定|审议|研究|讨论)"),
    # 'X发布2020年度…年度报告', 'X向社会公布本报告': the name opens its clause, the verb after it
    re.compile(rf"(?:^|[，,。；;：:)）])(?P<name>{_NAME})(?:特|现|正式)?(?:向社会)?(?:发布|公布)(?:了)?(?=本|此|{_YEAR}|《)"),
    # 《X关于2022年度政府信息公开工作的报告》 quoted whole in the lead-in
    re.compile(rf"《(?P<name>{_NAME})关于(?P<year>{_YEAR})\s*年度?的?{_ABOUT}(?:工作)?(?:情况)?的?(?:年度)?报告》"),
    # 《X2022年政府信息公开工作年度报告》 quoted whole in the lead-in
    re.compile(rf"《(?P<name>{_NAME})(?P<year>{_YEAR})\s*年度?{_REPORT}》"),
    # ('…2021政府信息公开…' with 年 lost: a year before what the report is about is its year all the same)
    re.compile(rf"{_VERBS}(?:(?:并|和|及)?(?:向社会|予以)?{_VERBS})*(?:了)?(?P<name>{_NAME})(?P<year>{_YEAR})\s*(?:年度?)?{_ABOUT}"),
    # '现公开X信息公开2018年度报告', '现发布《X政府信息公开工作2010年度报告》': the year after what the
    # report is about; so in a first-era summary ('现将X政务信息公开2009年工作总结和2010年工作安排报告如下', round 34)
    # ('现将X政府信息公开工作2024年度工作情况报告如下': the year's account of the work, round 36)
    re.compile(rf"{_VERBS}(?:了)?《?(?P<name>{_NAME}){_ABOUT}(?:工作)?(?P<year>{_YEAR})\s*年度?(?:工作)?(?:情况)?(?:报告|年报|总结)"),
    # '特向社会公开2022年度X政府信息公开年度报告', '汇总2014年度X的政府信息公开年度报告'
    # ('某某办公室编制了2019年X政府信息公开工作年度报告', '…编制完成了2021年X…': the title a compiling office made, round 34)
    re.compile(rf"{_VERBS}(?:完成)?(?:了)?(?P<year>{_YEAR})\s*年度?(?P<name>{_NAME})的?{_REPORT}"),
    # the report's own title inside the lead-in: '…编制。2017年度X政府信息公开年度报告全文包括…' names the
    # body whose report it is, before the office that compiled it
    re.compile(rf"(?<![《\w])(?P<year>{_YEAR})\s*年度?(?P<name>{_NAME})的?{_ABOUT}(?:工作)?(?:年度)?(?:报告|年报)"
               rf"(?!编制|编写|的编制|的通知|格式|有关|发布|工作的通知)"),
    # '在认真总结2020年X政府信息公开工作的基础上', '结合2019年X政府信息公开工作实际', '为全面反映2020年X政府信息
    # 公开工作情况', '在2016年度X政府信息
    # 公开工作年度报告的基础上编制' (last year's report, or this one, named whole as the ground of the work)
    # ('根据2023年X信息公开工作实际编制而成': the work the report was made from)
    re.compile(rf"(?:总结|结合|回顾|反映|展示|梳理|根据|依据|按照)(?:了)?(?P<year>{_YEAR})\s*年度?(?P<name>{_NAME})的?{_ABOUT}工作"),
    re.compile(rf"在(?P<year>{_YEAR})\s*年度?(?P<name>{_NAME})的?{_ABOUT}(?:工作)?(?:年度)?(?:报告|年报)?的?基础上"),
    # '在X2013年度政府信息公开工作的基础上编制': the name before the year
    re.compile(rf"在(?P<name>{_NAME})(?P<year>{_YEAR})\s*年度?的?{_ABOUT}(?:工作)?(?:年度)?(?:报告|年报)?的?基础上"),
    # '结合X政府信息公开情况编制', '结合X政府信息公开工作实际编制': no year, the body whose work it is
    # ('结合X(以下简称“镇政府”)2025年度政府信息公开工作实际编制': the year between, the alias taken out before)
    re.compile(rf"结合(?P<name>{_NAME})的?(?:{_YEAR}\s*年度?)?的?{_ABOUT}(?:工作)?(?:实际|情况|实际情况)(?:[^，,。；;]{{0,6}})?编制"),
    # '现结合X实际工作，编制本报告', '结合X2022年度工作实际，特编制…', '结合X实际，编制本报告': the body whose
    # work the report is made from
    re.compile(rf"结合(?P<name>{_NAME})的?(?:{_YEAR}\s*年度?)?(?:工作)?(?:实际|情况)(?:工作|情况)?[，,]?(?:特|现)?(?:编制|撰写|制作)"),
    # '根据《…规定》及X信息公开相关情况编制', '依据《条例》和X政府信息公开工作实际情况编写', '按照《条例》要求及X
    # 实际工作情况撰写': the rules, then (及/和/以及) the body whose work the report was made from
    # ('依据《条例》和2011年度X信息公开工作情况编制': the year before the name)
    re.compile(rf"(?:根据|依据|按照|依照)[^，,。；;]{{0,40}}?(?:以及|及|和|与)(?:{_YEAR}\s*年度?)?(?P<name>{_NAME})的?(?:{_YEAR}\s*年度?)?(?:{_ABOUT})?"
               rf"(?:工作)?(?:相关|有关)?(?:实际工作|工作实际|实际|工作)?(?:情况|实际)(?:[^，,。；;]{{0,6}})?(?:编制|编写|撰写)"),
    # '本报告综合X2020年政府信息公开工作情况编制而成', '本报告根据X2020年度政府信息公开工作实际编写': the body whose year's
    # work the report was made from, the year after its name (a compiling verb must follow: '按照X2020年政务公开工作要点'
    # names a plan's issuer)
    # ('根据X2022年政府信息与政务公开工作基本情况编制本报告': the two disclosures named together, the work's 基本情况, round 38)
    re.compile(rf"(?:综合|根据|依据|按照|结合|汇总)(?:了)?(?P<name>{_NAME})(?P<year>{_YEAR})\s*年度?的?"
               rf"(?:(?:{_ABOUT}|(?:政府|政务)?信息)(?:与|和|及|、))?{_ABOUT}(?:工作)?"
               rf"(?:相关|有关)?(?:实际工作|工作实际|实际|工作)?(?:基本)?(?:情况|实际|数据|统计数据)(?:[^，,。；;]{{0,8}}?)(?:编制|编写|撰写|形成|制作)"),
    # (round 42) '根据X的政府信息公开年度工作情况进行编制': the same without a year, the name closed by 的 (no rules' or
    # plan's name: '根据国务院办公厅政府信息公开工作要求编制' writes no 情况 or 实际)
    re.compile(rf"(?:根据|依据|按照)(?P<name>{_NAME})的{_ABOUT}(?:年度)?(?:工作)?(?:实际情况|情况|实际)(?:[^，,。；;]{{0,6}}?)"
               rf"(?:编制|编写|撰写)"),
    # '所列数据为X机关年度统计数据': the body whose figures the report gives
    re.compile(rf"数据(?:为|是)(?P<name>{_NAME})(?:机关|本级)?的?(?:{_YEAR}\s*年度?)?(?:年度)?(?:统计)?数据"),
    # 《X信息公开2014年度工作报告》 quoted whole, the subject before the year
    re.compile(rf"《(?P<name>{_NAME})(?:政府|政务)?信息公开(?:工作)?(?P<year>{_YEAR})\s*年度?(?:工作)?(?:报告|年报)》"),
    # '现公开X人民政府信息公开年度报告', '特向社会公布X政府信息公开工作年度报告': the report's title without a
    # year right after an announcing verb is this report's (a year in it would be read above)
    re.compile(rf"(?:(?:现|特|兹)(?:向社会|予以)?(?:公开|公布|发布)(?:了)?|现将|特将)(?P<name>{_NAME}){_ABOUT}(?:工作)?(?:年度)?"
               rf"(?:报告|年报)(?!编制|编写|的编制|的通知|格式|有关|工作的通知|报送|制度|模板|范本)"),
    # '由X编制', '由X综合…编制而成', '由X汇总…', '由X根据《条例》…编制', '本报告是X根据《条例》…编制的…'
    # ('由X围绕2020年度…工作情况编制而成', '由X对2020年…进行梳理编制', '由X在总结…的基础上编制', '由X会同各科室编制':
    # what the work was on, or with whom, between; '由X（以下简称Y）按2021年度…工作实际编制而成': 按 alone before the year;
    # '由X在综合汇总各区…年度报告基础上编写而成': what a government's office drew on)
    # ('由某某县委某某部(县某某局)办公室编制': the office after a body's second name in brackets, round 32)
    # ('由X进行编制', '由X负责进行编写', '由X进行汇总编制': 进行 before the verb, round 39)
    re.compile(rf"(?:由|报告(?:是|系))(?P<name>{_NAME}(?:(?<=[)）]){_COMPILER_WORD})?)(?:\([^)]*\)|（[^）]*）)?(?:负责)?(?:进行)?(?:(?:组织|负责|牵头|统一|起草)?(?:编制|编写|撰写|制作|起草)|综合|汇总|根据|依据|按照|依照|结合|"
               rf"会同|收集|汇集|(?:围绕|针对|对|就|在|按)(?={_YEAR}|本(?:年度|机关|单位)|(?:认真|全面)?(?:总结|梳理)|综合|汇总))"),
    # 'X编制了本级行政机关2019年…', 'X特编制2023年…报告', 'X编制《…》': the name opens its clause
    # ('X办公室组织编制完成本报告', 'X负责编制了本报告': the office organised the compiling; 'X认真编写了2025年…',
    # 'X精心编制了…', 'X撰写了本报告': the other compiling verbs and adverbs of care, round 35)
    re.compile(rf"(?:^|[，,。；;：:)）])(?P<name>{_NAME})(?:特|特此|认真|精心|现)?(?:组织|负责|牵头)?(?:编制|编写|撰写)(?:了|完成)?"
               rf"(?=本|此|{_YEAR}|《)"),
    # 'X2010年年报根据《条例》…编制', 'X2012年度报告依据…': a sentence opening with the name, the year and the
    # word for the report, then the rules it follows (a wiki's copy whose title names no one)
    re.compile(rf"(?:^|[。；;！？])(?P<name>{_NAME})(?P<year>{_YEAR})\s*年度?(?:年报|年度报告|报告)"
               rf"(?:是|系)?(?:根据|依据|按照|依照)"),
    # '全文包括X政府信息公开总体情况' (the name is the owner of the parts listed)
    # ('全文包括X2025年政府信息公开总体情况': the year between; '本报告包括X信息公开总体情况', '本年度报告包括…', round 34)
    re.compile(rf"(?:全文|本(?:年度)?报告|本年报|报告)(?:包括|包含|由)[:：]?(?P<name>{_NAME})(?:{_YEAR}\s*年度?)?{_ABOUT}(?:工作)?总体情况"),
    # '为认真做好X政府信息公开工作，我局…' (the body whose work the report is on)
    re.compile(rf"做好(?P<name>{_NAME})的?(?:政府信息公开|信息公开|政务公开)工作"),
]
# '由X根据…汇总某某市各县…编制而成', '由X综合各…编制': a consolidated report's compiling office.
# (round 44) ...or the office opening its clause without 由 ('…要求，某市人民政府信息公开办公室汇总全市…编制而成本报告')
_CONSOLIDATED_BY = re.compile(r"(?:由|(?<![^，,。；;：:)）])(?![^，,。；;：:]{0,40}?由))(?P<name>[^，,。；;：:《》“”\"()（）\s]{2,40}?(?:办公室|公开办))(?=根据|依据|按照|汇总|综合)"
                              r"[^，,。；;]{0,120}?[，,]?(?:汇总|综合)[^。；;]{0,60}?(?:编制|编写)")
# A notice or rule a lead-in cites by its title names who issued the notice, not the report.
# ('《X关于2022年度…工作的报告》', a report's own title, is no notice)
_CITED_NOTICE = re.compile(r"《[^《》]{0,80}?(?:关于|通知|意见|办法|规定|要点)[^《》]{0,80}(?<!报告)》")
_COMPILED_BY = re.compile(r"(综合[\u4e00-\u9fff]{1,14}?)(?:编制|编写|撰写|制作|起草)")


def _listed(key: str, start: int, end: int) -> bool:
    """True when the words from start to end are one item of a list ('信息3条、某某局2024年…年度报告、2025年…'):
    a report the body published during the year, not this report naming itself."""
    before = key[max(0, start - 1) : start]
    return before == "、" and key[end : end + 1] in ("、", "等")


# An office that compiles the report for its body: '由某某局办公室编制' is 某某局's report.
# (round 63) ...and so is one listed with other units of the same body ('由某某局办公室、信息中心编制', '…办公室和法规科…'):
# the office still closes the department's name.
_COMPILER = re.compile(rf"{_COMPILER_WORD}(?:[、和及与][\u4e00-\u9fff]{{1,8}}?(?:中心|科|股|室|组))*$")
_CLOSING = re.compile(r"[)）]$")
_DEPARTMENT_END = re.compile(r"(?:局|委|委员会|厅|部|(?<![行公])署|院|中心)$")  # 行署's office: as a government's
_DEPARTMENT = re.compile(r"(?:局|委员会|厅|(?<![行公])署)")  # a prefecture's 行署 (行政公署) is a government, its offices bodies
# A town's or street's own office after its government or its name ('某某镇人民政府党政办公室', '某某街道党政办公室'),
# or a section of that office ('…街道党政办公室综合科'): no body of its own, unlike a county's 人民政府办公室.
# (a zone's too: '由某某高新区党政办公室编制' names the zone, whose general office it is)
_TOWN_OFFICE = re.compile(r"(?:政府|街道|街道办事处|镇|乡|高新区|开发区|新区|园区|管委会|管理委员会)(?P<office>(?:党政综合办公室|党政办公室|党政综合办|党政办|党政和人大办公室)"
                          r"(?:综合科|秘书科|综合股|综合组)?)$")
_INNER_UNIT = 6  # '指挥中心', '政治处', '法制科': a unit inside a department, named in a few characters
# ('编制的2013度政府信息公开年度报告': 年 dropped before 度, a typo; round 48)
# (round 71) a date is no year reported on: a welcome line's '2024年05月09日' run into a title without its year (a
# period written out after the year, '2021年1月1日至12月31日', is the year's)
_DATE = r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?!\s*起?(?:至|到|—|–|-|～|~)))"
_LEAD_YEAR = re.compile(rf"(?P<year>{_YEAR})\s*(?:学?年度?{_DATE}|度(?={_ABOUT})|(?={_ABOUT}))(?:[^，,。；;《》]{{0,30}}?{_ABOUT}(?:工作)?(?:年度|情况)?(?:的)?(?:年度)?(?:报告|年报)"
                        rf"|(?:主要)?(?:{_ABOUT})?(?:工作)?(?:开展)?(?:有关|相关)?情况(?:报告|公布|通报|汇报)?如下"
                        # '对2022年度政府信息公开工作进行了总结', '梳理2022年政府信息公开工作，编制本报告', '现将2022年政府信息
                        # 公开工作总结如下'
                        rf"|的?{_ABOUT}工作(?=进行|情况|的基础|[，,。]|编制|总结如下|小结如下|汇报如下|报告如下))")


# The period a report covers written out after its year: '现将X2020年1月1日至12月31日政府信息公开工作情况报告如下',
# 'X2020年度（2020年1月1日—12月31日）政府信息公开…'. The lead-in's patterns want the year right before what the
# report is about, so the span goes (as an alias does) and the year stays.
_PERIOD_SPAN = re.compile(rf"(?<=\d年)度?[(（]?(?:{_YEAR}年)?\d{{1,2}}月(?:\d{{1,2}}日)?起?(?:至|到|—|–|-|～|~)"
                          rf"(?:{_YEAR}年)?\d{{1,2}}月(?:\d{{1,2}}日)?止?[)）]?")


def lead_in_issuer(text: str) -> str | None:
    """The issuer a lead-in names ('…现公布某某县民政局2016年…年度报告' -> '某某县民政局'), or None."""
    # '公布某某市人民政府办公室(以下简称市府办公室)2013年…': the alias between name and year goes.
    key = digit_year(to_key(text))
    # (round 42) each alias the lead-in declares, with the words written right before it ('…市人民政府办公室(以下简称市府办公室)')
    declared = [(_ALIAS_NAME.sub("", m.group(0)), key[max(0, m.start() - 40) : m.start()]) for m in _ALIAS.finditer(key)]
    for match in sorted([*_ALIAS.finditer(key), *_PERIOD_SPAN.finditer(key)], key=lambda m: -m.start()):
        text = text[: match.start()] + text[match.end():]
        key = key[: match.start()] + key[match.end():]
    cited = [m.span() for m in _CITED_NOTICE.finditer(key)]
    consolidated = _CONSOLIDATED_BY.search(key)
    if consolidated:
        # '本报告由某某市人民政府信息公开工作领导小组办公室…汇总全市…编制而成': the office that puts the whole
        # place's reports together is the only body the lead-in names, and it is named as written (as the pages'
        # gold names '由某某市人民政府政务公开办公室综合…编制' by its office)
        name = agency_name(text[consolidated.start("name") : consolidated.end("name")], keep_office=True)
        if name and _COMPILING_OFFICE.search(to_key(name)):
            return name
    names = _pattern_names(text, key, cited)
    first = next(names, None)
    if first and _LEVEL_SHORT.match(to_key(first)):
        # (round 41) '现公布某某镇人民政府办公室2009年…报告。…内容涵盖镇政府办公室2009年…': a name by its level word
        # alone, read first by the patterns' order, gives way to the same body's full name the lead-in also writes
        short = to_key(first)
        # (round 42) ...or the alias it declared for the full name, alone or joined to its government by 及 or 和
        # ('内容涵盖市政府及市府办公室2011年…' after '现公布某市人民政府办公室(以下简称市府办公室)2011年…')
        members = set(_JOINED.split(short))
        full = next((n for n in names if len(to_key(n)) > len(short) and (_GOVERNMENT_WORD.sub("政府", to_key(n)).endswith(
            _GOVERNMENT_WORD.sub("政府", short)) or any(alias in members and before.endswith(to_key(n))
                                                       for alias, before in declared))), None)
        return full or first
    return first or _titled_issuer(text, key)


# A name opening with a level word, no place before it: '镇政府办公室', '县民政局', '市政府办公厅' (a short form).
_LEVEL_SHORT = re.compile(r"^(?:省|市|县|区|镇|乡|旗)(?!级)")
_GOVERNMENT_WORD = re.compile(r"人民政府")
_ALIAS_NAME = re.compile(r"^[(（](?:以下简称|下称|简称)[“”\"‘’「」]?|[“”\"‘’「」]?[)）]$")
_JOINED = re.compile(r"及|和|与|、")


def _pattern_names(text: str, key: str, cited: list[tuple[int, int]]):
    """The names the lead-in's patterns read, in the patterns' order of trust."""
    for pattern in _LEAD_PATTERNS:
        for match in pattern.finditer(key):
            start, end = match.span("name")
            if any(left < start < right for left, right in cited):
                continue  # inside a cited notice's title: '《某某领导小组办公室关于做好2021年度…报告…的通知》'
            if _listed(key, start, match.end()):
                continue
            if key.startswith("综合", end):
                # '由某某区综合行政服务中心编制': 综合 opens the body's word, not the verb 'compiled together'
                longer = _COMPILED_BY.match(key, end)
                if longer and agency_name(text[start : longer.end(1)]):
                    end = longer.end(1)
            # '全文包括…人民政府信息公开总体情况': 政府 belongs to the name when it ends in 人民.
            if key[end - 2 : end] == "人民" and key[end : end + 2] == "政府":
                end += 2
            office = _COMPILER.search(key, start, end)
            # '由某某县公安局指挥中心办公室编制': the office of a unit inside the department
            inner = list(_DEPARTMENT.finditer(key, start, office.start())) if office else []
            if inner and _CLOSING.fullmatch(key[inner[-1].end() : office.start()]):
                end = office.start()  # the department's second name in brackets closes right before its office
            elif inner and office.start() - inner[-1].end() <= _INNER_UNIT:
                end = inner[-1].end()
            elif office and _DEPARTMENT_END.search(_CLOSING.sub("", key[start : office.start()])):
                # ('某某县委某某部(县某某局)': a body with its second name in brackets, the department's word inside)
                end = office.start()  # the department, not the office that wrote its report
            elif town := _TOWN_OFFICE.search(key, start, end):
                end = town.start("office")  # '由某某镇人民政府党政办公室编制': the town's report, its office compiled it
            name = agency_name(text[start:end])
            if name:
                yield _area_compiler(text, key, name) or name


# A government's own general office compiling its area's report: '由某县政府办公室编制。2017年度某县政府信息公开年度
# 报告全文包括…', '某市人民政府办公室编制了《某市2016年…年度报告》'. The report's title names only the area; the
# office is the body the lead-in names (A3 of docs/parsing.md: a government's office compiling its area's report is
# that office, as written; two fresh batches' gold writers read it so on their own).
# (round 43) ...and so is the area's disclosure leading group's office ('由某区政务公开工作领导小组办公室编制'): named
# after the area alone, it is the area's standing body for the work, as its 政务公开办公室 is; after a department
# ('某局政务公开工作领导小组办公室') it is the department's, and the department stays the issuer (agency_name).
_GOVERNMENT_OFFICE = (r"(?:人民政府办公室|人民政府办公厅|政府办公室|政府办公厅"
                      r"|(?:人民政府|政府)?(?:政务公开|政府信息公开|信息公开)(?:工作)?领导小组办公室)")
_AREA_COMPILER = re.compile(rf"(?:由|^|[，,。；;：:)）]由?)(?P<name>{_NAME}?{_GOVERNMENT_OFFICE})(?:特|现)?(?:组织|负责|牵头)?(?:进行)?"
                            r"(?:编制|编写|撰写)")


# an area's name, not a department's: a place's unit word closes it ('某市某区', '某旗', '某县人民政府')
_AREA_END = re.compile(r"(?:省|市|区|县|旗|州|盟|人民政府|政府)$")


def _area_compiler(text: str, key: str, name: str) -> str | None:
    """The government's office the lead-in says compiled the report, when ``name`` (the body the lead-in's title or
    parts name) is that government's bare area; None otherwise."""
    area = to_key(name)
    # Each start is tried, not only where the last match ended: at the opening ('^') the name may run over
    # '本报告由' up to the office and hide the match that starts at 由 ('本报告由某县政府办公室编制').
    match = _AREA_COMPILER.search(key)
    while match:
        office = key[match.start("name") : match.end("name")]
        if office.startswith(area) and re.fullmatch(_GOVERNMENT_OFFICE, office[len(area):]) \
                and (office.endswith(("办公室", "办公厅")) and _AREA_END.search(area)
                     or not office.endswith("领导小组办公室")):
            return agency_name(text[match.start("name") : match.end("name")], keep_office=True)
        match = _AREA_COMPILER.search(key, match.start() + 1)
    return None


# The report's own title anywhere in a lead-in, whatever verb stands before it: '…经审定，现予印发北山县
# 民政局2019年政府信息公开工作年度报告', '…在2016年度X政府信息公开工作年度报告的基础上…'. A title is the
# phrase on what the report is about with a year beside it; the issuer is the clause before it (or between
# the year and the phrase), past the last verb or function word.
_TITLE_PHRASE = re.compile(rf"{_ABOUT}(?:工作)?(?P<year>{_YEAR}\s*年度?)?(?:工作)?(?:年度)?(?:报告|年报)"
                           rf"(?!编制|编写|的编制|的通知|格式|有关|发布|工作的通知|报送|制度|模板|范本)")
_CLAUSE_START = re.compile(r"[，,。；;：:《》“”\"\s、]")  # not brackets: '某某区委(区政府)办公室' is one name
_YEAR_AT_END = re.compile(rf"(?:{_YEAR})\s*年度?的?$")
_YEAR_AT_START = re.compile(rf"^(?:{_YEAR})\s*年度?")
_LEAD_WORDS = re.compile(r"(?:公布|发布|公开|编制|编写|撰写|制作|形成|完成|印发|予以|现将|特将|向社会|现就|将|把|了|是|为|在|对|即|的)")
_NOTICE_WORDS = re.compile(r"关于|做好|通知|要点|格式")
_BARE_OFFICE = re.compile(r"(?:办公室|办公厅|综合办|党政办)")  # an office named without its body names no one


def _titled_issuer(text: str, key: str) -> str | None:
    """The issuer named by the report's own title inside a lead-in, or None."""
    for phrase in _TITLE_PHRASE.finditer(key):
        begin = phrase.start()
        bound = max((m.end() for m in _CLAUSE_START.finditer(key, max(0, begin - 50), begin)), default=max(0, begin - 50))
        clause = key[bound:begin]
        if not clause or _NOTICE_WORDS.search(clause):
            continue
        start, end = bound, begin
        if (year := _YEAR_AT_END.search(clause)) and phrase.group("year") is None:
            end = bound + year.start()  # 'X2019年政府信息公开…报告'
        elif (year := _YEAR_AT_START.match(clause)) and phrase.group("year") is None:
            start = bound + year.end()  # '2016年度X政府信息公开…报告'
        elif phrase.group("year") is None:
            continue  # no year: a report in general, not this one's title
        words = list(_LEAD_WORDS.finditer(key, start, end))
        if words:
            start = words[-1].end()
        if key[end - 2 : end] == "人民" and key.startswith("政府", end):
            end += 2  # 'X人民政府信息公开…': 政府 is the name's
        name = agency_name(text[start:end]) if end - start >= 2 else None
        if name and not _BARE_OFFICE.fullmatch(name):
            return name
    return None


# '…政府信息公开工作2010年度报告': the year after what the report is about; so in a first-era report that calls itself
# a summary ('现将某某局政务公开2011年工作总结和2012年工作安排报告如下', round 30: the summed-up year, not the plan's)
_LEAD_YEAR_AFTER = re.compile(rf"{_ABOUT}(?:工作)?(?P<year>{_YEAR})\s*年度?(?:工作)?(?:情况)?(?:报告|年报|总结)")
# '为全面反映2020年X政府信息公开工作情况': the year of the work the report sums up, a body's name between.
_SUMMED_YEAR = re.compile(rf"(?:总结|回顾|反映|展示|梳理)(?:了)?(?P<year>{_YEAR})\s*年度?[^，,。；;《》]{{0,30}}?{_ABOUT}工作"
                          # '根据2023年X信息公开工作实际编制': the work of that year (not a plan: '按照2023年政务公开工作要点');
                          # '结合2023年X各科室的信息公开工作实际情况编制', '结合X（以下简称“镇政府”）2025年度…工作实际编制'
                          rf"|(?:根据|依据|按照|结合)(?:[^，,。；;《》\d]{{2,40}}?)?(?P<work>{_YEAR})\s*年度?[^，,。；;《》]{{0,30}}?"
                          rf"{_ABOUT}工作(?:实际|情况)"
                          # '本年报由2022年度政府信息公开工作总体情况、…组成', '报告全文包括：2025年度总体情况、…': the parts listed
                          rf"|(?:全文|报告|年报)(?:包括|包含|由|分为|涵盖)[:：]?(?P<parts>{_YEAR})\s*年度?(?:{_ABOUT})?(?:工作)?总体情况")


def lead_in_year(text: str, quoted: bool = True) -> int | None:
    """The year a lead-in says it reports on ('编制的2012年度政府信息公开年度报告' -> 2012).

    Years inside 《》 (the notices a lead-in cites) count only when nothing outside them does, and
    only with ``quoted`` (the caller tries the statistics period before them)."""
    key = digit_year(to_key(re.sub(r"《[^》]{0,80}》", lambda m: "《" + "_" * (len(m.group(0)) - 2) + "》", text)))
    keys = (key, digit_year(to_key(text))) if quoted else (key,)
    match = next((m for k in keys for pattern in (_LEAD_YEAR, _LEAD_YEAR_AFTER, _SUMMED_YEAR) for m in pattern.finditer(k)
                  if not _PAST_RELEASE.search(k, max(0, m.start() - 20), m.start())
                  and not _PUBLISHED_TITLE.search(k, max(0, m.start() - 40), m.start())
                  and not _PUBLISHED_ITEM.search(k, max(0, m.start() - 80), m.start()) and not _listed_title(k, m)), None)
    return int(match.group("year") or match.groupdict().get("work") or match.groupdict().get("parts")) if match else None


_SEPARATOR = re.compile(r"[、，,。；;：:]")


def _listed_title(key: str, match: re.Match) -> bool:
    """True when a year's report title is one item of a list ('…3条、某某局2024年政府信息公开工作年度报告、2025年…')."""
    separators = list(_SEPARATOR.finditer(key, max(0, match.start() - 30), match.start()))
    return bool(separators) and separators[-1].group() == "、" and key[match.end() : match.end() + 1] in ("、", "等")


# A report published in the year reported on is an earlier one: '按时公布2010年区政府信息公开工作年度报告' in an
# overview of 2011 tells what was done that year, not which year this report is on.
# The adverb may stand apart from the verb: '已于3月底前发布2011年度…'.
_PAST_RELEASE = re.compile(r"(?:按时|按期|如期|及时|已经?|完成了?)[^，,。；;]{0,8}?(?:向社会)?(?:公布|发布|公开|上报|报送)(?:了)?$")
# (round 27b) The same act told of a report's title in 《》, among the year's disclosure work: '三是加强主动公开，公开发布
# 《某某局2021年政府信息公开工作年度报告》…' in an overview of 2022. A lead-in publishing its own report says
# so now ('现公布《…》', '特向社会公开发布《…》') and is not matched: the verb here stands bare, or in the perfective.
# (round 71) So is one published on time or already ('按时发布《我局2019年度…报告》' in an overview of 2020): the adverbs of
# _PAST_RELEASE before the title's 《.
_PUBLISHED_TITLE = re.compile(r"(?:(?<![现特兹社会以])公开发布|(?:发布|公布|公开|印发)了"
                              r"|(?:按时|按期|如期|及时|已经?)(?:向社会)?(?:公开)?(?:发布|公布|公开))《[^，,。；;《》]{0,30}$")
# (round 32) Nor is the last item of a list of what the year's work made public: '…公开了部门预算、规划计划及2019年度
# 政府信息公开工作年度报告' in an overview of 2020 (the perfective verb, then the items, then 及/和 before the year).
_PUBLISHED_ITEM = re.compile(r"(?:发布|公布|公开|更新|印发)了[^，,。；;《》]{2,60}?(?:以及|及|和|与)$")


# --- first sentence, contact line ------------------------------------------------------------

# Where the subject of a report's first sentence ends: a verb or adverb opening the predicate
# ('2020年，某某镇严格按照…', '2022年，某某乡政府信息公开工作在县委…').
PREDICATE = re.compile(
    # ('…政务公开工作办公室认真…', '…信息公开工作领导小组…': the office's name goes on, no predicate starts there)
    r"(?:现将|现就|现予|向社会|向公众|就(?=\d)|(?:政府信息公开|政务信息公开|政务信息|信息公开|政务公开)工作(?!办公室|领导小组|办)|"
    # ('某某镇政府信息主动公开工作严格…': the topic with 主动 or 依申请 inside, not 主动 as the predicate's adverb; round 34)
    r"(?:政府|政务)?信息(?:主动|依申请)公开工作|开展|着重|严格|认真|坚持|深入|依据|根据|按照|贯彻|进一步|"
    # (round 66: '全年共公开…', but not the 共 of 公共 or 共青团 inside a name, '某某市公共资源交易中心在市委…')
    r"高度|继续|通过|在|以|全面|紧紧|紧密|积极|不断|(?<!公)共(?!青团)|主动|围绕|扎实|切实|始终|持续|着力|紧扣|结合|"
    r"立足|把|将|对|"
    r"为|配备|成立|制定|完成|累计|全年|大力|加强|强化|聚焦|坚决|依法|落实|推进|着眼|紧抓|稳步|牢固|正式|开始|"
    r"依托|依靠|利用|借助|运用|注重|狠抓|抓好|秉持|秉承|及时)"
)
# The year between the subject and its predicate ('某某镇2023年及时更新…', '某某局2023年认真贯彻…'; round 48): an adverbial,
# passed over as the opening year is. A year and a month ('某某镇2019年5月制定了…') dates an act and stays.
_NO_NAME = re.compile(r"我|本|现|公布|发布|公开|印发|编制")
NAME_THEN_YEAR = re.compile(rf"[\u4e00-\u9fff]{{1,30}}?{_BODY_END}(\s*{_YEAR}\s*年度?(?!\s*\d{{1,2}}\s*月)[，,]?)")
# (round 54) ...and a place's name, then the year, then the work ('东山县2016年政府信息公开工作，认真贯彻…', no title, no
# lead-in): the place is the subject, as it is with the year before it ('2016年东山县政府信息公开工作，…')
_PLACE_THEN_YEAR = re.compile(rf"[\u4e00-\u9fff]{{1,30}}?{_PLACE_END}(\s*{_YEAR}\s*年度?(?!\s*\d{{1,2}}\s*月)[，,]?)"
                              rf"(?=(?:{_ABOUT})工作)")
_PREPOSITION = re.compile(r"在|以|对|把|将|为|通过|按照|根据|依据|结合|围绕|立足|紧扣|着眼")
# What may stand before the subject: the year, and an adverbial of who led the work
# ('2023年，在区委、区政府的坚强领导下，某某街道办事处认真贯彻…').
# A legal basis or a plan the work followed ('根据《条例》要求，', '按照区委区政府工作部署，', '根据《条例》，', '依照《条例》
# 第五十条，') may stand before the date or after it; a date may be a span ('2022年1月至12月，').
# A purpose may run on in members that each open with what they serve: the 条例's own first article, quoted
# as the report's purpose ('为了保障公民…获取政府信息，提高政府工作的透明度，促进依法行政，充分发挥政府信息…的服务
# 作用，2017年，某某县水务局严格按照…', round 27a); the subject follows the last member.
_PURPOSE_MEMBER = (r"(?:提高|促进|充分发挥|发挥|保障|推进|推动|加强|加快|规范|深化|增强|提升|确保|维护|满足|方便|"
                   r"更好地?|进一步)[^，,。；;]{1,40}?[，,]")
_BASIS_CLAUSE = (r"(?:(?:根据|按照|依据|依照|对照|遵照|遵循)[^，,。；;]{2,40}?[，,]"
                 rf"|为(?:了)?[^，,。；;]{{2,30}}[，,](?:{_PURPOSE_MEMBER}){{0,4}})")  # '为进一步推进政务公开，'
# ('2020年是“十三五”收官之年，', '过去一年，', and who led the work before the date: '在县委的领导下，2020年…')
# ('自《条例》实施以来，', '《条例》颁布施行以来，', '从2008年5月起至今，': since when the work has gone on)
_SINCE_CLAUSE = r"(?:(?:自|从)[^，,。；;]{2,40}?(?:以来|至今)|《[^《》]{1,40}》[^，,。；;《》]{0,12}?以来)[，,]"
# Adverbials that set the scene, one or several ('在县委的领导下，在县政务公开办的指导下，', '面对疫情防控的新形势，',
# '随着《条例》的深入实施，', '回顾2020年，', '围绕中心工作，'): the subject comes after them.
_SCENE_CLAUSE = (rf"(?:{_BASIS_CLAUSE}|{_SINCE_CLAUSE}|在[^，,。；;]{{2,40}}?(?:下|中)[，,]"
                 rf"|(?:面对|面临|随着|伴随|回顾|围绕|立足|聚焦|紧扣|着眼|针对)[^，,。；;]{{2,30}}?[，,])")
_OPENING = re.compile(rf"^(?:{_SCENE_CLAUSE}){{0,3}}"
                      rf"(?:(?:自|从|截至|截止)?{_YEAR}\s*年度?[\d年月日至到起止—～~\-以来度内初底末全]{{1,16}}[，,]"
                      rf"|{_YEAR}\s*年度?(?:是|为)[^，,。；;]{{2,30}}?[，,]"
                      rf"|(?:{_YEAR}\s*年度?(?:\d{{1,2}}月(?:\d{{1,2}}日)?起?)?(?:以来)?|今年来|今年(?:以来)?|本年度|一年来|近年来|一直以来|长期以来|多年来|过去(?:的)?一年|这一年)?[，,]?)"
                      rf"(?:{_SCENE_CLAUSE}){{0,3}}")


# A predicate word followed closely by 的 opens a relative clause ('区政府主动公开的政府信息'), unless what stands
# before 的 is whose the verb's object is: the party's, the state's, a government's or the public's ('坚持以党的…',
# '贯彻国家的…', '落实省里的…', '聚焦群众的关切').
_OWNER = r"(?:党|国家|中央|上级|省|市|县|区|镇|乡|政府|省里|市里|县里|区里|群众|公众|社会|人民|企业|基层)"
_RELATIVE = re.compile(rf"(?![\u4e00-\u9fff]?{_OWNER}的)[\u4e00-\u9fff]{{0,2}}的")
_SELF_NAMED = re.compile(r"我(?:局|委|办|厅|署|中心|镇|乡|街道|县|区|市|旗)[(（]([^()（）]{3,40})[)）]")


# The body's party group or leadership as the subject ('某某局党组高度重视…', '某某镇党委、政府…' is read by
# agency_name as the place): the body is the one the sentence names.
_LEADERS = re.compile(r"(?<=[局委办厅署院府处队站所心会])(?:党组|党委|党总支|党支部|领导班子|班子)(?:成员)?$")


# (round 55) A legal basis whose list of rules goes on past a comma ('根据《条例》,《某某省…制度》和《某某市…制度》的规定,
# 结合我县实际…'): the opening reads up to the first comma; the rules named after it, up to what they lay down, are the
# basis too. A body's name inside a rule's title is the rule's issuer, never the sentence's subject.
_MORE_BASIS = re.compile(r"^(?:[，,、和及与]?《[^《》]{1,80}》(?:[(（][^()（）]{0,30}[)）])?)+(?:等)?(?:文件)?(?:的)?(?:有关)?"
                         r"(?:规定|要求|精神|部署)?[，,]")


def sentence_subject(sentence: str) -> str | None:
    """The body a report's first sentence is about ('2020年，某某镇严格按照…' -> '某某镇'), or None."""
    sentence = re.sub(r"\s+", "", sentence)
    for match in reversed(list(_ALIAS.finditer(to_key(sentence)))):  # '某某局（以下简称“县民政局”）'
        sentence = sentence[: match.start()] + sentence[match.end():]
    # ('二〇二〇年，某某局…': a year in Chinese numerals opens the sentence as digits do)
    opening = _OPENING.match(digit_year(to_key(sentence)))
    rest = sentence[opening.end():] if opening else sentence
    key = to_key(rest)
    cited = _MORE_BASIS.match(key)
    if cited:  # the legal basis going on past a comma: the rules it names are no subject
        rest, key = rest[cited.end():], key[cited.end():]
    dated = NAME_THEN_YEAR.match(key) or (_PLACE_THEN_YEAR.match(key) if _opens_with_place(key) else None)
    # (only after a name: '现公布我乡人民政府2020年…情况' publishes, its year is the report's, no subject stands there)
    if dated and not _NO_NAME.search(key[: dated.start(1)]) and not PREDICATE.search(key, 0, dated.start(1)):
        rest, key = (t[: dated.start(1)] + t[dated.end(1):] for t in (rest, key))
    named = _SELF_NAMED.match(key)
    if named:  # '我局（某某县民政局）认真贯彻…': the name the self-reference gives itself
        return agency_name(rest[named.start(1) : named.end(1)])
    if PREDICATE.match(key) and not _opens_with_place(key) and not _RANKING_PREFIX.match(key):
        return None  # '2025年，紧扣市委、市政府中心工作部署，持续…': the sentence leaves its subject out
    predicate = PREDICATE.search(key, 2)
    if predicate is not None and predicate.start() <= MAX_NAME:
        # '区政府主动公开的政府信息包括…': a relative clause, the body is no subject; a preposition's object
        # may hold a 的 ('某某镇在县委的领导下', '某某街道以党的十八大精神为指导'), and so may the object of a
        # verb when it is the party's ('某某局坚持以党的二十大精神为指引', '某某局深入贯彻党的…': 党的 is no relative clause)
        if not _PREPOSITION.fullmatch(predicate.group(0)) and _RELATIVE.match(key[predicate.end():]):
            return None
        end = predicate.start()
        if key[end - 2 : end] == "人民" and key.startswith("政府", end):
            end += 2  # '某某乡人民政府信息公开工作紧紧围绕…': 政府 is the name's
        leaders = _LEADERS.search(key, 0, end)
        if leaders and leaders.start() >= 3:
            end = leaders.start()  # '某某局党组高度重视…': the body's leading group acts for the body
        name = agency_name(rest[:end])
        if name:
            return name
    return _name_opening(rest, key)


# A predicate no list foresees ('…民政局深化政务公开', '…民政局党组高度重视'): the name that opens the
# sentence ends at its first body word, extended by a body word that follows within a few characters
# ('某某县人民政府办公室', '某某县卫生健康委员会'), and never runs into digits.
_BODY_WORD = re.compile(_BODY_END)
_EXTENSION = 4


def _name_opening(rest: str, key: str) -> str | None:
    """The body's name opening ``rest`` when no known predicate word ends it, or None."""
    span = re.match(r"[\u4e00-\u9fff]{2,40}", key)
    if not span:
        return None
    words = span.group(0)
    topic = re.search(r"(?:政府|政务)?信息公开|政务公开", words)
    if topic:  # '…民政局政府信息公开': the name ends before what the sentence is about (人民政府 keeps its 政府)
        cut = topic.start() + (2 if words[: topic.start()].endswith("人民") and words.startswith("政府", topic.start()) else 0)
        words = words[:cut]
    ends = [m.end() for m in _BODY_WORD.finditer(words) if m.end() >= 3]
    if not ends:
        return None
    end = ends[0]
    for later in ends[1:]:
        if later - end > _EXTENSION:
            break
        end = later
    # only a name that opens with a place ('东山县…') or a level word ('县卫生健康局') is trusted so far
    if not (_opens_with_place(key[:end]) or re.match(r"[省市县区旗州]", key)):
        return None
    return agency_name(rest[:end])


_CONTACT = re.compile(r"(?:请与|请联系|联系人?[:：]|联系单位[:：]|联系方式[:：]|可与|可致电|请致电|可向|请咨询|请向)"
                      r"(?P<name>[^，,。；;:：()（）\s]{2,50}?)(?:联系|咨询|[(（，,：:；;。])")
# Offices that answer for the issuer in a contact line: '某某局办公室', '某某部政府信息公开办公室'.
_OFFICE = re.compile(r"(?:政府信息公开|政务公开|信息公开|党政综合办|综合办|政务办公室|政务办|行政办公室|党委办公室|校长办公室|办公室|办公厅|综合科|综合处|党政办|电子政务|资料管理|"
                     r"受理大厅|领导小组|秘书科|办公科|法规科|综合股|办公股|"
                     # (round 54) any section of a department ending the contact's name, numbered or not: '某某局综合一科',
                     # '某某局法规二科', '某某委外资处' - the section answers, the department before it is the body
                     r"(?:(?<=[局委厅署办])(?!员会|事处)|(?<=委员会))[\u4e00-\u9fff]{1,6}?[科股处]$)")


def contact_issuer(text: str) -> str | None:
    """The body a contact line names, its answering office dropped ('请与某某局办公室联系' -> '某某局')."""
    key = to_key(text)
    for match in _CONTACT.finditer(key):
        start, end = match.span("name")
        name_key = key[start:end]
        for office in _OFFICE.finditer(name_key):
            found = agency_name(text[start : start + office.start()])
            if found:
                return found
        found = agency_name(text[start:end])
        if found:
            return found
    return None


# A body describing itself, as an organisation section does: '某某市人民政府扶贫开发办公室属正乡科级行政机关',
# '某某县统计局是县人民政府工作部门'. The last resort of a page that names its issuer nowhere else.
_SELF_DESCRIPTION = re.compile(
    r"(?:^|[。；;，,：:\n])(?P<name>[^，,。；;：:《》“”\"()（）\s]{3,40}?)(?:是|为|系|属|属于)[^。；;，,]{0,30}?"
    r"(?:工作部门|组成部门|行政机关|直属机构|派出机构|行政单位|职能部门|事业单位)")


# A sentence naming where the public reads what was disclosed ('某某档案馆和某某图书馆为市级行政机关政府信息公开查阅点')
# describes a reading place, not the issuer (session 30): nothing after its predicate up to the clause's end may
# name one.
_READING_PLACE = re.compile(r"[^。；;，,]{0,30}?(?:查阅点|查阅场所|查阅室|查阅中心|查阅服务点|查询点|阅览室|公开点)")
# Two bodies joined as one subject ('某某档案馆和某某图书馆为…') are neither the issuer: a 和 after a body word
# ('住房和城乡建设局' has none before its 和).
_JOINED_BODIES = re.compile(rf"{_BODY_END}(?:和|与|及|、)[\u4e00-\u9fff]{{2,}}")


def self_described_issuer(text: str) -> str | None:
    """The body a text describes as what it is ('某某局属正科级行政机关' -> '某某局'), or None."""
    key = to_key(text)
    for match in _SELF_DESCRIPTION.finditer(key):
        if _READING_PLACE.match(key, match.end("name")):
            continue
        if _JOINED_BODIES.search(match.group("name")):
            continue
        name = agency_name(text[match.start("name") : match.end("name")])
        if name:
            return name
    return None


# The body whose site carries the report, when the report calls itself by the same kind of body: '本报告的电子版
# 可从某某市公安局网站…下载' with '请与我局联系'. A department's report on its government's site ('可在某某县人民政府
# 网站下载', 我局) names the site's owner, not the issuer: the kinds differ and nothing is taken.
_SITE_OWNER = re.compile(r"(?:电子版|全文)[^。；;]{0,8}?(?:从|在|于|通过|登录)(?P<name>[^，,。；;:：《》“”\"()（）\s]{2,40}?)"
                         r"(?:门户|官方|政务)?(?:网站|网)")
_SELF_KIND = re.compile(r"我(局|委|办|厅|署|中心|县|区|市|镇|乡|街道)")
_DEPARTMENT_KINDS = {"局", "委", "办", "厅", "署", "中心"}
_KIND_END = {"局": r"局", "委": r"(?:委|委员会)", "办": r"(?:办|办公室)", "厅": r"厅", "署": r"署", "中心": r"中心",
             "县": r"县(?:人民)?政府", "区": r"区(?:人民)?政府", "市": r"市(?:人民)?政府", "镇": r"镇(?:人民)?政府",
             "乡": r"乡(?:人民)?政府", "街道": r"街道(?:办事处)?"}


def site_owner_issuer(text: str) -> str | None:
    """The owner of the site a report says it is published on, when the report's 我局/我委/我县 is that kind of
    body ('…可从某某市公安局网站下载…请与我局联系' -> '某某市公安局'), else None."""
    key = to_key(text)
    kinds = {m.group(1) for m in _SELF_KIND.finditer(key)}
    # a department writes 我县 of its county as well as 我局 of itself: its own kind decides
    kinds = (kinds & _DEPARTMENT_KINDS) or kinds
    if not kinds:
        return None
    ends = re.compile(rf"(?:{'|'.join(_KIND_END[k] for k in sorted(kinds))})$")
    for match in _SITE_OWNER.finditer(key):
        name = agency_name(text[match.start("name") : match.end("name")])
        if name and ends.search(to_key(name)):
            return name
    return None
