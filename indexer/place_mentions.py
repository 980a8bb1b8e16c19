"""Places a report's text names as its own, beyond its issuer's name and address lines.

A department or a township named without its place (民政局, 大路镇人民政府) is placed by what its text
mentions: the rules and notices of its government it cites, the sites it is published on, its postal
codes and telephone area codes. Each mention is a vote; ``mentioned_place`` gives the place most of
them agree on, or None when nothing is named or two places are equally supported.
"""
from __future__ import annotations

# Over 350 lines, kept whole: each kind of mention a text makes of its own place (cited rules, sites, codes, accounts,
# papers) is read here beside the others, since mentioned_place weighs them all as votes in one pass.

import re
from collections import Counter
from functools import cache
from pathlib import Path

from indexer.gazetteer import load_gazetteer, refine
from indexer.places import BARE, OUTSIDE_THE_RULES, a_town_s_name, find_chains
from indexer.script import to_key
from indexer.townships import township_table

# Places a report names as its own, beyond its issuer's name and address lines: the rules it follows
# ('《某某省政府信息公开规定》', '《2020年某某市政务公开工作要点》', '《某某市依申请公开政府信息实施办法》'), its government's notices
# ('某某市人民政府办公室《关于…》'), the site it is published on ('某某县人民政府门户网站'), postal
# codes ('邮编：325211') and telephone area codes ('电话：0762-7405328'), the last two read with the
# tables of data/postcodes.tsv and data/area_codes.tsv. Each mention is a vote; the place most of
# them agree on is a hint, and none when two places are equally supported.
MENTIONS = 3000  # characters of the opening whose mentions count
_CITED = re.compile(r"《([^《》]{2,40}?(?:政府信息公开|政务公开|信息公开|公开政府信息)[^《》]{0,30})》")
_TITLE = re.compile(r"《([^《》]{4,40})》")
_LED_BY = re.compile(r"在(?:中共)?([\u4e00-\u9fff]{2,12}?)(?:党委|委)[、和及]?[\u4e00-\u9fff]{0,10}?政府[^，,。；;]{0,10}?领导")
_NOTICE_OF = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:人民政府|政府)(?:办公室|办公厅)?)(?:《|关于|(?:的)?(?:统一)?(?:要求|部署))")
# The disclosure office of the body's government, whose requirements it follows ('按照某某市政务公开领导小组办公室的有关要求',
# '某某县政府信息公开办公室《关于…》'): the office that runs its government's disclosure work (round 19).
_DISCLOSURE_OFFICE_OF = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:政务公开|政府信息公开)(?:工作)?(?:领导小组)?(?:办公室|办))"
                                   r"(?:《|关于|(?:的)?(?:有关|相关|统一)?(?:工作)?(?:要求|部署))")
# The words such a name ends in. The patterns above open with a lazy run of up to 20 characters, which a scan
# tries at every position of the text (each cost 2% of a parse); read only around these words, they find the same.
_DISCLOSURE_OFFICE = re.compile(r"(?:政务公开|政府信息公开)(?:工作)?(?:领导小组)?(?:办公室|办)")
_GOVERNMENT = re.compile(r"政府")
# The disclosure work of the body's place whose requirements it follows, its office not named ('落实国务院及某某市政务公开工作
# 相关要求', '按照某某市政府信息公开工作的统一部署'; round 48): the place named before the work, as the office's above.
_DISCLOSURE_WORK_OF = re.compile(r"([\u4e00-\u9fff]{2,20}?)(?:政务公开|政府信息公开)工作(?:的)?(?:有关|相关|统一)?(?:工作)?(?:要求|部署)")
_DISCLOSURE_WORK = re.compile(r"(?:政务公开|政府信息公开)工作")


def _names_around(pattern: re.Pattern, anchor: re.Pattern, text: str) -> list[str]:
    """``pattern``'s first groups in ``text``, as ``finditer`` gives them, looked for around each ``anchor`` only
    (22 characters before it, 12 after: the longest run and tail the patterns allow)."""
    found, last = [], 0
    for word in anchor.finditer(text):
        if word.end() <= last:
            continue
        match = pattern.search(text, max(last, word.start() - 22), word.end() + 12)
        if match and match.start() >= last:
            found.append(match.group(1))
            last = match.end()
    return found
# The leader's speech on inspecting the report's own province, which reports cite as their guide:
# '深入贯彻习近平总书记考察某某重要讲话精神'.
_INSPECTION = re.compile(r"(?:考察|视察)([\u4e00-\u9fff]{2,8}?)(?:时的|时)?重要讲话"
                         # (round 59) and his speeches and instructions on it: '习近平总书记对某某的系列重要讲话和重要指示精神'
                         r"|总书记对([\u4e00-\u9fff]{2,8}?)(?:工作)?(?:的)?(?:系列)?重要(?:讲话|指示|批示)")
# (round 59) The authority above the body named after the State Council, whose decisions on disclosure it carries out
# ('认真落实党中央、国务院及某某市关于全面推进政务公开的决策部署'): the body's own province (or municipality).
_DECIDED_BY = re.compile(r"国务院(?:和|及|以及|、)([\u4e00-\u9fff]{2,12}?)关于[^，,。；;]{0,30}?(?:决策部署|部署|要求)")
_SITE_OF = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:人民政府|政府))(?:门户)?(?:网站|网)")
_POSTCODE = re.compile(r"(?:邮编|邮政编码|邮码)[:：\s]*(\d{6})(?!\d)")
_PHONE = re.compile(r"(?<![\d\w])[(（]?(0\d{2,3})[)）]?\s*[-—－–]?\s*\d{7,8}(?!\d)")
POSTCODES = Path(__file__).with_name("data") / "postcodes.tsv"
AREA_CODES = Path(__file__).with_name("data") / "area_codes.tsv"


def _rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


@cache
def _postcode_provinces() -> dict[str, str]:
    """Leading digits of a postal code (two, or four for a city across a border) -> province code."""
    return {row[0]: row[1] for row in _rows(POSTCODES)}


@cache
def _area_codes() -> dict[str, str]:
    """Telephone area code -> the code of the finest division it names (prefecture, else province)."""
    return {row[0]: (row[2] if len(row) > 2 and row[2] else row[1]) for row in _rows(AREA_CODES)}


ABBREVIATIONS = Path(__file__).with_name("data") / "province_abbreviations.tsv"


@cache
def _abbreviations() -> dict[str, str]:
    """A province's one-character abbreviation read in document numbers -> its division code."""
    return {row[1]: row[0] for row in _rows(ABBREVIATIONS) if row[2] == "1"}


# A document number of a province's government or its office: '（湘政办函〔2020〕5号）', '(沪府办发〔2012〕34号)', '（川办发〔2021〕16号）'
_DOC_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?:政|府|办(?=发|函))(?:办|厅)?(?:发|函|字|明电|电|秘|规)?\s*"
                         r"[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]")
_PROVINCE_WORD = re.compile(r"省|自治区")
# A number of a province's government affairs disclosure office ('闽政务公开协办〔2018〕7号', '藏公开办函〔2021〕4号'):
# the office that runs the disclosure work of a province numbers its documents with the province's abbreviation; the
# body cites it without naming it ('《关于做好…的通知》（赣政务公开办〔2019〕12号）'), so no level word is asked for.
_DISCLOSURE_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?:政务)?公开(?:协)?办(?:发|函|字)?\s*"
                                r"[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]")


def _numbered_places(text: str) -> list[str]:
    """Division codes of the provinces whose government's document numbers the text cites, each corroborated by the
    level word of the body it cites just before ('按照省政府办公厅《关于…》（湘政办函〔2020〕5号）'; a municipality's: 市)."""
    found = []
    for match in _DOC_NUMBER.finditer(text):
        code = _abbreviations().get(match.group(1))
        window = text[max(0, match.start() - 40) : match.start()]
        if code and (_PROVINCE_WORD.search(window) if code[:2] not in ("11", "12", "31", "50") else "市" in window):
            found.append(code)
    found += [code for match in _DISCLOSURE_NUMBER.finditer(text) if (code := _abbreviations().get(match.group(1)))]
    return found


def _coded_places(text: str) -> list[str]:
    """Division codes the text's postal codes and telephone area codes name."""
    postcodes, areas = _postcode_provinces(), _area_codes()
    found = [postcodes.get(m.group(1)[:4]) or postcodes.get(m.group(1)[:2]) for m in _POSTCODE.finditer(text)]
    found += [areas.get(m.group(1)) for m in _PHONE.finditer(text)]
    return [code for code in found if code]


# A site named by its area's name: '在某某扶贫网公开', '“某某省某某政务信息网”' (the name from the last
# preposition or quote before 网), whose opening place a province's short form may be.
# a platform of government information counts as a site ('某某县政府信息公开平台', '某某省政府信息公开目录管理系统'), and so
# does a government's open-data platform, where its bodies publish their data sets ('在某某市数据统一开放平台开放了…')
_SITE_WORD = re.compile(r"(?:门户)?(?:网站|网)(?![络格上民点页友])|平台|系统")
_PLATFORM_OF = re.compile(r"政府|政务|公开|数据[\u4e00-\u9fff]{0,4}开放")
_QUOTED_SITE = re.compile(r"[“\"「『]([^”\"」』]{2,10})[”\"」』]([省市县区旗])(?:人民)?政府$")
# (over line breaks: the placing stage keeps a page's lines apart, round 69)
_SITE_NAME_START = re.compile(r".*(?:[在于从至和及以经为、“”\"「」『』，,。；;：:（()）《》\s]|通过|登录|根据|依据|按照|依托)", re.S)


def _site_names(text: str) -> list[tuple]:
    """The places opening the names of the sites a text names ('辽宁某某网' -> 辽宁省)."""
    found = []
    for match in _SITE_WORD.finditer(text):
        name = text[max(0, match.start() - 20) : match.start()]
        cut = _SITE_NAME_START.match(name)
        name = re.sub(r"^中国[•·]?", "", name[cut.end():] if cut else name)
        if match.group(0) in ("平台", "系统") and not _PLATFORM_OF.search(name):
            continue  # '国家企业信用信息公示系统', '某某学习平台': no government's platform
        if name.endswith("政府"):
            # '“中国永嘉”县政府门户网站': the site's quoted name, then its government's level word
            quoted = _QUOTED_SITE.search(text, max(0, match.start() - 24), match.start())
            if quoted:
                stem = re.sub(r"^中国[•·]?", "", quoted.group(1)) + quoted.group(2)
                found += [c.units for c in find_chains(stem) if c.end == len(stem)][-1:]
            continue  # a government's site: _SITE_OF reads it
        chains = find_chains(name, opening_province_stem=True) if len(name) >= 2 else []
        if chains and chains[0].start == 0 and not a_town_s_name(name, chains[0]):  # '唐县镇网站' is a town's (round 37)
            found.append(chains[0].units)
    return found


# A government's portal named '中国' + its place ('“中国南平”网站', '“中国·芦溪”政府门户网站'): the quoted name is exactly the
# place's name or short form, and a site word follows; a city's shared platform is named so too ('通过“中国·某某”平台公开'),
# where its districts' bodies publish (round 19).
_CHINA_NAMED = re.compile(r"[“\"「『]中国[•·・]?([\u4e00-\u9fff]{2,6})[”\"」』][\u4e00-\u9fff]{0,6}?(?:网|平台)")


def _china_named_sites(text: str) -> list[tuple]:
    """The places that name the '中国某某' portals a text names."""
    gaz = load_gazetteer()
    return [units for match in _CHINA_NAMED.finditer(text)
            if (units := gaz.by_name.get(match.group(1)) or gaz.by_stem.get(match.group(1)))]


# Townships a text names ('在我县两城镇、马坡镇开展…'): a county that holds two or more of them by name is the text's own
# (two names agreeing on one county are no chance); a name that many counties hold alone settles nothing.
_TOWNSHIP_END = re.compile(r"镇|乡|街道|苏木")


def _township_places(text: str) -> list[tuple]:
    """The counties holding two or more of the townships a text names, as one mention, when they lie in one province."""
    table, gaz = township_table(), load_gazetteer()
    holders: dict[str, set] = {}
    for match in _TOWNSHIP_END.finditer(text):
        for start in range(max(0, match.end() - 8), match.end() - 1):
            name = text[start : match.end()]
            if name in table:  # the longest name ending here
                for code in table[name]:
                    holders.setdefault(code, set()).add(name)
                break
    counties = [gaz.by_code[code] for code, names in holders.items() if len(names) >= 2 and code in gaz.by_code]
    return [tuple(counties)] if counties and len({u.province for u in counties}) == 1 else []


# The body's own accounts, named in quotes before what they are: '“某某市某某区应急管理局”微信公众号'. A place opening
# such a name as a full name (or a province's short form, or a short form before a zone word) is a mention; a short form
# alone is not ('“友谊发布”' is a Shanghai street's account, not 友谊县's).
_ACCOUNT_KIND = r"(?:官方)?(?:微信公众号|微信公众平台|公众号|政务微博|微博|抖音号|头条号|视频号)"
# The name before the account's word or after it ('借助微信公众号平台“某某开发区”', round 25): the same account either way.
_ACCOUNT = re.compile(r"[“\"「『]([\u4e00-\u9fff]{2,20})[”\"」』]" + _ACCOUNT_KIND + "|" + _ACCOUNT_KIND
                      + r"(?:平台)?[“\"「『]([\u4e00-\u9fff]{2,20})[”\"」』]")


# The papers and broadcasters a body lists as where its news ran, named by their province's or a place's full name
# ('在中国某某报、某省日报、某某市广播电视台等媒体发稿'): a body's own outlets are its place's (round 29). The outlet's
# whole word before 日报 … must be the place ('北京青年报', '楚天都市报', '中国青年报' name none).
# (read at every character, a look-ahead: '在某某日报刊发' holds the outlet after 在)
_MEDIA = re.compile(r"(?=([\u4e00-\u9fff]{2,10}?)(?:日报|晚报|都市报|广播电视台|电视台|人民广播电台|广播电台))")


def _media_places(text: str) -> list[tuple]:
    """The places that name the papers and broadcasters a text lists ('某某日报', '某某市广播电视台'); none when they
    name no province in common (outlets of two provinces tell nothing of the body's)."""
    found = [chains[0].units for match in _MEDIA.finditer(text)
             if (chains := find_chains(match.group(1), opening_province_stem=True))
             and chains[0].start == 0 and chains[0].end == len(match.group(1))]
    common = set.intersection(*({u.province for u in units} for units in found)) if found else set()
    return found if common else []


def _account_places(text: str) -> list[tuple]:
    """The places opening the names of the accounts a text names ('“某某经济技术开发区某某园”微信公众号')."""
    return [chains[0].units for match in _ACCOUNT.finditer(text)
            if (chains := find_chains(match.group(1) or match.group(2), opening_province_stem=True))
            and chains[0].start == 0]


# The body's own account named by its place's short form, read only once the text has told the body's level ('健康某某官微'
# of a 市卫健委, '某某城事' of a district's 城管局): the short form heads the account's name, at its end or before one of
# the words accounts add (发布, 官微, 城事 …), and names one unit of that level; a slogan before it is read over ('健康',
# '平安'), and a short form that names units of that level in two provinces, or names none, places nothing. The short
# form must be written twice in the text (the body's own name recurs; a word met once by chance does not).
_ACCOUNT_WORD = r"(?:官方)?(?:微信公众号|微信公众平台|公众号|政务微博|微博|抖音号|头条号|视频号)"
_NAMED_ACCOUNT = re.compile(r"[“\"「『]([\u4e00-\u9fff]{2,12})[”\"」』]" + _ACCOUNT_WORD + "|" + _ACCOUNT_WORD
                            + r"[“\"「『]([\u4e00-\u9fff]{2,12})[”\"」』]")
_ACCOUNT_TAIL = re.compile(r"(?:官方)?(?:官微|发布|城事|在线|之声|政务|微讯|资讯|头条|融媒|新闻|微博)?$")
_KINDS = {"city": "city", "county": "county"}


def account_short_form(level: str | None, text: str) -> tuple | None:
    """(the unit, the account's name) of ``level`` (city or county) whose short form heads the body's own accounts in
    the text, or None."""
    if level not in _KINDS:
        return None
    stems = load_gazetteer().by_stem
    found = []  # in the text's order: the first account names the place in the warning
    for match in _NAMED_ACCOUNT.finditer(text):
        name = match.group(1) or match.group(2)
        head = name[: _ACCOUNT_TAIL.search(name).start()] or name
        for length in (4, 3, 2):
            stem = head[-length:]
            units = [u for u in stems.get(stem, ()) if u.kind == _KINDS[level] and u.current]
            if len(head) >= length and units:
                if text.count(stem) >= 2:
                    found += [(u, name) for u in units]
                break
    return found[0] if len({u for u, _ in found}) == 1 else None


# (round 32) A city's or county's own paper and sites named by its place's short form ('在某某日报刊发', '某某宣传网'),
# read like the accounts above: once the level is known, the short form naming one unit of that level, in two of its
# outlets' names. One outlet, however often cited, is not enough: a national paper's name can be a district's short
# form (光明日报, 光明区), and a county's report cites it as often as its own.
_OWN_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,6}?)(日报|晚报|宣传网|考核网|新闻网)")


def outlet_short_form(level: str | None, text: str) -> tuple | None:
    """(the unit, an outlet's name) of ``level`` (city or county) whose short form names two or more of the papers
    and news sites the text lists, or None (none found, one outlet only, or units of two places)."""
    if level not in _KINDS:
        return None
    stems = load_gazetteer().by_stem
    found = []
    for match in _OWN_OUTLET.finditer(text):
        head = match.group(1)
        for length in (4, 3, 2):
            stem = head[-length:]
            units = [u for u in stems.get(stem, ()) if u.kind == _KINDS[level] and u.current]
            if len(head) >= length and units:
                found += [(u, stem + match.group(2)) for u in units]
                break
    outlets = {name for _, name in found}
    return found[0] if len({u for u, _ in found}) == 1 and len(outlets) >= 2 else None


def mentioned_place(text: str) -> str | None:
    """The name of the finest place the text's own place mentions agree on, or None."""
    gaz = load_gazetteer()
    names = [match.group(1) for match in _CITED.finditer(text)] + _names_around(_NOTICE_OF, _GOVERNMENT, text) \
        + _names_around(_DISCLOSURE_OFFICE_OF, _DISCLOSURE_OFFICE, text) \
        + _names_around(_DISCLOSURE_WORK_OF, _DISCLOSURE_WORK, text)
    mentions = [chain.units for name in names for chain in find_chains(_without_conjunction(name))]
    named, stems = [], []  # one pass over the sites (the text may be a whole report), in the order they were read
    for site in _names_around(_SITE_OF, _GOVERNMENT, text):
        # A government's site may be named by its province's short form: '新疆政府网'.
        named += [chain.units for chain in find_chains(_without_conjunction(site), opening_province_stem=True)]
        # '阿图什政府网': a government's site named by its place's short form right before 政府
        if units := _stem_before_government(site):
            stems.append(units)
    mentions += named + stems
    mentions += _site_names(text) + _china_named_sites(text) + _township_places(text)
    # the Party committee and government the body works under, named with their place ('在某某县委、县政府的领导下')
    mentions += [chains[-1].units for match in _LED_BY.finditer(text)
                 if (chains := find_chains(match.group(1))) and chains[-1].end == len(match.group(1))]
    # any title the text cites that opens with a province's full name: its own province's rules and plans
    # ('《青海省中小企业发展专项资金管理暂行办法》'); a body cites another province's rarely
    mentions += [chain.units for match in _TITLE.finditer(text) if not _CITED.fullmatch(match.group(0))
                 for chain in find_chains(match.group(1))[:1] if chain.start == 0 and len(chain.units) == 1
                 and chain.units[0].kind == "province" and match.group(1).startswith(chain.units[0].name)]
    mentions += _account_places(text) + _media_places(text)
    mentions += [chain.units for match in _INSPECTION.finditer(text)
                 for chain in find_chains(match.group(1) or match.group(2), opening_province_stem=True)[:1]
                 if chain.start == 0]
    mentions += [chain.units for match in _DECIDED_BY.finditer(text)
                 for chain in find_chains(match.group(1), opening_province_stem=True)[:1] if chain.start == 0]
    mentions += [(gaz.by_code[code],) for code in _coded_places(text) + _numbered_places(text) if code in gaz.by_code]
    # The 条例 binds the mainland's bodies only: 香港, 澳门 and 台湾 named in a text are spam words spliced in
    # ('澳门皇冠体育…') or places it speaks of, never the issuer's region.
    mentions = [kept for units in mentions if (kept := tuple(u for u in units if u.code[:2] not in OUTSIDE_THE_RULES))]
    votes: Counter = Counter()
    for units in mentions:
        provinces = {u.province for u in units}
        for province in provinces:
            votes[province] += 1 / len(provinces)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None  # nothing named, or two places equally supported: no guess
    winner = ranked[0][0]
    units = gaz.by_name[winner][:1]
    for found in sorted((m for m in mentions if all(u.province == winner for u in m)), key=len):
        units = refine(units, found) or units  # finer where they agree, a contradiction skipped
    return units[0].name if len(units) == 1 else winner


def _stem_before_government(name: str) -> tuple:
    """The units whose short form ends right before (人民)政府 in a site's name when no full name opens it
    ('通过阿图什政府' -> 阿图什市), else (); the longest such short form, of two characters or more."""
    if find_chains(name):
        return ()
    words = re.sub(r"(?:人民)?政府$", "", name)
    stems = load_gazetteer().by_stem
    return next((stems[words[i:]] for i in range(max(0, len(words) - 8), len(words) - 1) if words[i:] in stems), ())


def own_kind_short_form(agency: str | None, context: str) -> str | None:
    """The place whose short form the text writes right before the issuer's own words, for a name with only a level word
    ('市城管执法局' on a page saying '通过通辽城管微信公众号推送' -> 通辽市), when every unit of that short form and level
    lies in one province; else None. A short form alone names no place (a street, a town, a brand may share it): the
    issuer's own words after it are what ties it to the issuer."""
    bare = BARE.match(to_key(agency or ""))
    if not bare or bare.group(1) not in ("市", "县", "区", "旗"):
        return None
    own = to_key(agency)[bare.end():bare.end() + 2]
    if len(own) < 2 or "政府" in own:
        return None
    stems = load_gazetteer().by_stem
    found = set()
    for match in re.finditer(re.escape(own), context):
        for length in (4, 3, 2):
            units = stems.get(context[max(0, match.start() - length) : match.start()], ())
            units = [u for u in units if u.name.endswith(bare.group(1))]
            if units:
                found.update(units)
                break
    provinces = {u.province for u in found}
    return (found.pop().name if len(found) == 1 else provinces.pop()) if len(provinces) == 1 else None


CONJUNCTIONS = ("和", "及", "与", "或", "并")


def _without_conjunction(name: str) -> str:
    """'和县政府办公室' after another notice is 'and the county government's office', and so is '精神和县政府办公室' after a
    cited rule ('《条例》精神和县政府办公室《关于…》的要求'); '太和县政府办公室' is 太和县's (the place runs through 和)."""
    for i, char in enumerate(name):
        if char in CONJUNCTIONS and re.match(r"[省市县区旗州盟](?:人民)?政府", name[i + 1:]):
            if i == 0 or not any(chain.start < i < chain.end for chain in find_chains(name)):
                return name[i + 1:]
    return name
