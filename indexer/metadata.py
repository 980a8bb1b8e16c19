"""Title, issuer and year of a report: from its title line, else from what the page says around it.

Titles come in several layouts, all seen in real reports:
  '沙坡头区民政和社会保障局 2020 年政府信息公开工作年度报告'        one line
  '兴庆区民政局' / '2019 年政府信息公开工作年度报告'               agency, then year + title
  '2024 年上海市科委政府信息公开工作' / '年度报告'                   year first, wrapped
  '平潭综合实验区地方税务局2013年信息公开年度报告'                   no 政府 / 工作
  '# 沐阳县人民政府 2025 年 政府信息公开工作年度报告'                markdown
  '泉州市丰泽区人民政府关于2019年度政府信息公开工作的报告'           关于…的报告
  '济南市历下区人民政府2020年政府信息公开工作报告'                   no 年度
  '某某县2022政府信息公开工作年度报告'                               year without 年
  '当前位置：首页 > 年报 > 【2019】某某局2019年…年度报告'            web chrome before it
  '2009年度某某鎮政府信息公開年度報告'                               traditional script (matched on its key)
  '某某县' / '民政局2019年政府信息公开工作年度报告'                  the issuer split after its place
  '某某县发布2021年政府信息公开工作年度报告'                         a news portal's headline
The title is looked for in the lines as the page has them (before wrapped lines are re-joined,
so that a breadcrumb is never glued to it). Without a title that names the issuer, the issuer
comes from a cover line, the lead-in, the first sentence or the contact line (indexer.issuer),
each with a warning (the title itself is read in indexer.titles). The year is the year reported on, never the publication date
('(2026年1月23日)', '发布时间：2020-02-05', a document number 〔2021〕30号): the title's, else the
lead-in's ('编制的2012年度…报告'), else the statistics period, else the commonest '20xx年，'.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from indexer.corroboration import corroborated_name, page_key
from indexer.issuer import (NAME_THEN_YEAR, agency_name, contact_issuer, digit_year, lead_in_issuer, lead_in_year,
                            self_described_issuer, sentence_subject, site_owner_issuer)
from indexer.model import Block, Table
from indexer.places import find_chains
from indexer.normalize import BYLINE, CHROME_LINE, clean_line, compact
from indexer.page_chrome import menu_items
from indexer.script import to_key
from indexer.self_named import self_named_issuer
from indexer.titles import TITLE_TAIL, TitleInfo, is_complete, parse_title, read_title

# Over 350 lines, kept whole: read_metadata weighs every place a title, issuer and year are read from (title lines, a
# cover, the lead-in, first sentences, the signature, the contact) in one order of trust, over the same blocks.

_MAX_TITLE_LINES = 40


@dataclass
class Metadata:
    """Title, issuer and year, with where the issuer and the year were found when not in the title."""

    title: str | None = None
    agency: str | None = None
    year: int | None = None
    warnings: list[str] = field(default_factory=list)
    address_title: str | None = None  # the page's address names it by a report's title (a mirror's page name)


def title_lines(raw: list[Block], stop) -> list[str]:
    """The page's first lines as it has them, cleaned, up to the first part heading."""
    lines, menu = [], menu_items(raw[:_MAX_TITLE_LINES * 2])  # (a site's menu as a list: chrome, round 41)
    for i, block in enumerate(raw):
        if isinstance(block, Table):  # a metadata table's rows ('标题: | 某某局2008年…年度报告 |')
            # (cleaned like any line: a mirror's glosses inside a name, '桐鄉(xiāng)市', would hide it; empty cells go:
            # '…年度报告的公告|||' hid the notice's end from the title reader, round 41)
            lines += [compact(clean_line("|".join(cell for cell in row if cell.strip()))) for row in block.rows[:6] if any(row)]
            continue
        if "\t" in block or i in menu or _byline(block):
            # (round 60) a byline under a title's first line ('发布时间：… 来源：… 浏览次数：…') or a widget line is no title
            # line: left in, it parted a title wrapped over two lines, or its issuer on the line above, from the rest
            continue
        line = compact(clean_line(block))
        if not line:
            continue
        if stop(block) or len(lines) >= _MAX_TITLE_LINES:
            break
        lines += _opening_pieces(block) if len(line) >= _RUN_TOGETHER else [line]
    return lines


_NAMES_A_REPORT = re.compile(r"报告|年报|報告|年報")


def _byline(block: Block) -> bool:
    """A byline or widget line naming no report (``BYLINE``): no line of the title, no words of the lead-in."""
    return isinstance(block, str) and bool(BYLINE.search(block)) and not _NAMES_A_REPORT.search(block)


# A crawled page's lines run together ('首页 > 年报 某某局2019年…年度报告 发布时间：… 根据《条例》，…', the whole body on
# one line): its chrome and title are the pieces between spaces before the first sentence, which runs on to the end.
_RUN_TOGETHER = 40
_PIECE_END = re.compile(r"[。；;！？，,]")


def _opening_pieces(block: str) -> list[str]:
    """A long line as its pieces between spaces up to the first holding a sentence's punctuation, that one with the
    rest of the line; the line whole when it is no run of pieces (a title spaced out character by character) or holds
    no sentence."""
    pieces = [p for p in re.split(r"\s+", block) if compact(clean_line(p))]
    if len(pieces) < 3 or 2 * sum(len(p) == 1 for p in pieces) > len(pieces) or not _PIECE_END.search(block):
        # (a line with no sentence in it is a title or chrome as written, not a page run together: kept whole)
        return [compact(clean_line(block))]
    out = []
    for i, piece in enumerate(pieces):
        if _PIECE_END.search(piece):
            out.append(compact(clean_line(" ".join(pieces[i:]))))
            break
        out.append(compact(clean_line(piece)))
    return out


# A line standing alone above the lead-in names the issuer (a report's cover, copied into the
# page: '某某市统计局' / '2018年3月' / '引言' / '本报告是根据…'), and so does one below a title without
# issuer. Date lines and a 引言 heading between are skipped.
# ('2018年3月': the month alone after 年 was missed until round 23, and the cover's line with it)
_BETWEEN = re.compile(r"^[(（]?(?:19|20)\d{2}(?:年度|年\d{1,2}月(?:\d{1,2}日)?|[年/.\-]\d{1,2}(?:[月/.\-]\d{1,2}日?)?|年)?[)）]?$"
                      r"|^(?:引言|前言|序言)$")


def _cover_issuer(lines: list[str]) -> tuple[str, str] | None:
    """(an issuer's name alone on a line, 'cover' or 'cover-below'), the line followed by a lead-in or a
    title without issuer, or following such a title; None when there is none."""
    for i, line in enumerate(lines):
        name = agency_name(line) if len(line) <= 40 and agency_name(line) == line else None
        if not name:
            continue
        rest = [x for x in lines[i + 1 :] if not _BETWEEN.match(x)]
        if rest and (len(rest[0]) >= 40 or TITLE_TAIL.search(to_key(rest[0]))):
            return name, "cover"
        # below a title without issuer, as a cover sets it: '2019年政府信息公开工作年度报告' / '某某局' / '2020年1月'
        # (the cover opens the page: no sentence stands above it, as in a notice on the template's headings)
        above = [x for x in lines[:i] if not _BETWEEN.match(x)]
        if above and _title_above(above[-1]) and not any(re.search(r"[。；;]", x) for x in above):
            return name, "cover-below"
    return None


def _title_above(line: str) -> bool:
    """True for a title (without issuer) above a cover's name; a breadcrumb's column ('当前位置:首页>…>政府信息公开年报')
    is none, only its last piece naming a year is (round 60: the byline that stood between it and the name line was
    what kept it apart)."""
    if CHROME_LINE.search(line):
        line = re.split(r"[>»＞›]", line)[-1]
        if not re.search(r"(?:19|20)\d{2}", line):
            return False
    return bool(TITLE_TAIL.search(to_key(line)))


_SENTENCE_END = re.compile(r"[。；;！？]")
_SENTENCE_MARK = re.compile(r"[，,。；;]")
_BASIS = re.compile(r"^(?:根据|按照|依据|依照)(?:《[^》]{2,60}》|[^，,。]{2,80}?(?:规定|要求|精神|部署))[，,]")


_SUBHEADING = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])[^。；;]{0,40}[。；;]?$")  # ('（一）…。', round 46)
# A sub-heading run into its paragraph, set off by a full stop: '（一）加强组织领导。一直以来，…'.
_RUN_IN_SUBHEADING = re.compile(r"^\s*[(（][一二三四五六七八九十\d]{1,3}[)）][^。；;，,]{1,30}[。；;](?=.{10})")
# A lead-in set under heading 一 rather than above it (round 36): its first sentence speaks of the report itself
# ('本报告依据《条例》…编制', '根据《条例》要求，编制本报告'), so part 一's own first sentence is the next paragraph's.
_REPORT_ITSELF = re.compile(r"^(?:本(?:年度)?(?:报告|年报)|(?:根据|按照|依据|依照)[^。；;]{0,120}?编制本(?:年度)?(?:报告|年报))")


# A breadcrumb a flattened page runs into the report's first paragraph on one line ('首页>政务公开>年度报告 2020年，
# 某某局认真…'): the paragraph is what follows the last separator and the section's label after it.
_BREADCRUMB_RUN_IN = re.compile(r"^.*[>»＞›][^>»＞›\s，,。；;]{0,12}\s+(?=\S.{9})")


def _past_chrome(block: Block) -> Block | None:
    """The block, the paragraph a breadcrumb was run into, or None for a line of the page's chrome."""
    if not isinstance(block, str) or not CHROME_LINE.search(block):
        return block
    run_in = _BREADCRUMB_RUN_IN.match(block)
    if run_in:
        rest = block[run_in.end():]
        if re.search(r"[，,。；;]", rest) and not CHROME_LINE.search(rest):
            return rest
    return None


def _first_sentence(blocks: list[Block]) -> str:
    """The first sentence of the first paragraph, past sub-headings ('（一）加强组织领导') and the page's chrome."""
    text = next((b for b in map(_past_chrome, blocks) if isinstance(b, str) and len(b) >= 10 and not _SUBHEADING.match(b)), "")
    text = _RUN_IN_SUBHEADING.sub("", text, count=1)  # '（一）加强组织领导。一直以来，某某办…'
    end = _SENTENCE_END.search(text)
    return text[: end.start()] if end else text


def _past_lead_in(blocks: list[Block]) -> list[Block]:
    """Part 一's blocks after a lead-in that opens it and names no one (round 36); the blocks as they are otherwise."""
    first = next((i for i, b in enumerate(map(_past_chrome, blocks)) if isinstance(b, str) and len(b) >= 10
                  and not _SUBHEADING.match(b)), None)
    if first is None or not _REPORT_ITSELF.match(to_key(_first_sentence(blocks[first:]))) or lead_in_issuer(blocks[first]):
        return blocks
    return blocks[first + 1 :]


# A report's signature: the body's name alone on one of its last lines, a signing date at most after
# it ('某某镇人民政府' / '2015年1月16日').
_SIGNING_DATE = re.compile(r"^[(（]?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月"
                           r"[\d一二三四五六七八九十]{1,3}日[)）]?$")
_MAX_SIGNATURE = 30
# A PDF's page furniture after the signature: '— 3 —', '- 3 -', '第3页 共3页', '第3页/共3页', '3/3'.
_PAGE_FURNITURE = re.compile(r"^[—\-–]*\d{1,3}[—\-–]*$|^第\d{1,3}页[,，/]?共\d{1,3}页$|^\d{1,3}/\d{1,3}$")
# (round 44) A numbered heading signs nothing: a page cut right after a part's heading ('二、行政机关主动公开政府')
# ends on it, and the name reader takes its words for a body's.
_NUMBERED_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}部分)")


def signature_issuer(ending: list[Block]) -> str | None:
    """The body that signs the report on its last lines, or None."""
    lines = [compact(b) for b in ending if isinstance(b, str) and compact(b)]
    while lines and (_SIGNING_DATE.match(lines[-1]) or _PAGE_FURNITURE.match(lines[-1])):
        lines.pop()
    if not lines or len(lines[-1]) > _MAX_SIGNATURE or _NUMBERED_LINE.match(lines[-1]):
        return None
    name = agency_name(lines[-1])
    return name if name == lines[-1] else None


def read_metadata(lines: list[str], hints: list[str], preamble: list[Block], part_one: list[Block],
                  body: list[Block], address_title: str | None = None, ending: list[Block] = ()) -> Metadata:
    """Title, issuer and year of a report, each from the most direct place that states it.

    ``lines``: the page's first lines (``title_lines``); ``preamble``: the blocks before the first
    part; ``part_one``: part 一's blocks (its first sentence opens a report with no lead-in);
    ``body``: the first blocks of the report, for the contact line and the year; ``address_title``:
    a title read from the page's address (a wiki mirror's page name), the last resort; ``ending``:
    the report's last blocks, for its signature.
    """
    # The lead-in stands before part 一, or opens it ('一、概述' / '2012年度报告根据《条例》…由…编制').
    lead = "".join(b for b in [*preamble, *part_one[:6]] if isinstance(b, str))[:3000]
    prose = "".join(b for b in [*preamble, *part_one[:6]] if isinstance(b, str) and re.search(r"[，,。；;]", b))
    info = read_title(lines, hints, prose[:3000])
    meta = Metadata(info.title, info.agency, info.year)
    named = parse_title(compact(address_title)) if address_title else None
    meta.address_title = named.title if named and (named.agency or named.year) else None
    cover = _cover_issuer(lines) if not is_complete(info) else None
    if cover and cover[0] != meta.agency:  # a cover line names the issuer better than a title without year
        meta.agency = None
    if meta.agency is None:
        found = _fallback_candidates(cover, lead, preamble, part_one, body, address_title, ending)
        where, name = next(((w, n) for w, n in found if n), ("", None))
        if name:
            meta.agency = name
            meta.warnings.append(f"标题中没有发布机关，“{name}”取自{_AGENCY_SOURCES[where]}。")
    if meta.agency:  # words glued before the name that the page never writes again go (indexer.corroboration)
        page = "\n".join(_block_text(b) for b in [*body, *ending])
        meta.agency, dropped = corroborated_name(meta.agency, page_key(page), agency_name)
        if dropped:
            meta.warnings.append(f"发布机关名称前的“{dropped}”在页面别处没有出现，已作为多余文字去掉。")
    if meta.year is None:
        # (the lead-in proper, before part 一's first sub-heading, is read before the statistics period; a year further
        # into part 一's account, '按时公开某某厅2019年度政府信息公开工作年度报告' in a report on 2020, only after it: round 54)
        # (round 60) the page's chrome is no lead-in: a metadata table's 发文日期 is the publication's date, and run into
        # the breadcrumb after it ('…|发文日期|2020年03月31日|…' + '当前位置:首页>…>政府信息公开年报') it read as a title's year
        own = [b for b in map(_past_chrome, [*preamble, *part_one[:6]]) if b is not None]
        lead = "".join(b for b in own if isinstance(b, str))[:3000]
        opening = "".join(b for b in map(_past_chrome, [*preamble, *_before_sub_heading(part_one[:6])])
                          if isinstance(b, str))[:3000]
        meta.year, where = _reported_year(lead + "".join(b for b in map(_past_chrome, part_one[:1]) if isinstance(b, str)),
                                          body, opening)
        if meta.year is None and address_title:
            info = parse_title(compact(address_title))
            meta.year, where = (info.year, "address") if info and info.year else (None, "")
        if meta.year is not None:
            meta.warnings.append(f"标题中没有年份，年份 {meta.year} 取自{_YEAR_SOURCES[where]}。")
    return meta


def _block_text(block: Block) -> str:
    return "\n".join("|".join(row) for row in block.rows) if isinstance(block, Table) else block


def _other_place(cover: str, lead_name: str) -> bool:
    """True when both names open with a place and the two places' finest units differ ('河北省人民政府' and
    '石家庄市长安区人民政府办公室'); False when either names none (nothing to compare)."""
    chains = [find_chains(to_key(name)) for name in (cover, lead_name)]
    if not all(c and c[0].start == 0 for c in chains):
        return False
    return not {u.code for u in chains[0][0].units} & {u.code for u in chains[1][0].units}


def _as_the_text_names(name: str | None, lead: str) -> str | None:
    """A mirror's page name as the report's text writes it: a wiki names the page of a government's report after the
    government's organs ('某直辖市人民政府机关2020年…'), while the text says '某直辖市人民政府按照…' (round 24)."""
    key = to_key(name or "")
    if key.endswith("机关") and len(key) > 4 and key[:-2] in to_key(lead) and key not in to_key(lead):
        return name[:-2]
    return name


def _before_sub_heading(part_one: list[Block]) -> list[Block]:
    """Part 一's blocks before its first numbered sub-heading: a lead-in opening part 一 stands there, and a paragraph under
    a sub-heading ('（一）增强公开意识。…做好某某局信息公开工作年度报告编制…') tells of the year's work (round 48)."""
    for i, block in enumerate(part_one):
        if isinstance(block, str) and (_SUBHEADING.match(block) or _RUN_IN_SUBHEADING.match(block)):
            return part_one[:i]
    return part_one


_ANNOUNCING_END = re.compile(r"(?:(?:现|特|兹)(?:向社会)?(?:予以)?(?:公布|发布)了?|现将|特将)《?$")


def _announced(text: str, name: str) -> bool:
    """True when the text publishes a report by its title, the name right after the verb and the year after it."""
    key, name_key = to_key(text), to_key(name)
    at = key.find(name_key)
    return at > 0 and bool(_ANNOUNCING_END.search(key[max(0, at - 10):at])) and bool(
        re.match(r"\s*(?:19|20)\d{2}\s*年", key[at + len(name_key):]))


def _fallback_candidates(cover, lead, preamble, part_one, body, address_title, ending) -> list[tuple[str, str | None]]:
    """(source, name) for every place other than the title that may name the issuer, in order of trust."""
    # (the page's chrome above the lead-in is no paragraph: the lead-in is looked for among the first few)
    # (round 60) a chrome line holding no sentence is no lead-in's words either: '…|有效性|有效' + '某某办公室' +
    # '2022年…报告' joined read as a title naming '有效某某办公室', a breadcrumb's column '…>政府信息公开年报' before a
    # lead-in as a title's start; one holding a sentence is a lead-in run into the breadcrumb, its space lost ('首页>…>
    # 年度报告根据《条例》要求，现将某某局…')
    raw_preamble = [b for b in preamble if not (isinstance(b, str) and CHROME_LINE.search(b) and not _SENTENCE_MARK.search(b))]
    preamble = [b for b in map(_past_chrome, preamble) if b is not None]
    found = [(cover[1], cover[0])] if cover else []
    opening = _before_sub_heading(part_one[:6])
    lead_text = "".join(b for b in [*raw_preamble, *opening] if isinstance(b, str))[:3000]
    lead_name = lead_in_issuer(lead_text)
    if cover and lead_name and ((len(lead_name) > len(cover[0]) and to_key(lead_name).endswith(to_key(cover[0])))
                                or _announced(lead_text, lead_name)):
        # a cover line '青石区档案局' over a lead-in '由北山市青石区档案局编制的…': the same body, the lead-in naming its place;
        # (round 69) a site's banner '某某县人民政府' over a lead-in that publishes the report by its title ('现公布某某县
        # 某某局2023年度…年报'): the title's body, as a title's would be
        found.insert(0, ("lead-in", lead_name))
    found.append(("lead-in", lead_name))
    # A lead-in opening its paragraph with the name ('X2010年年报根据…'), joined above to a title line
    # that names no one, is read from the paragraph's own start.
    paragraphs = [b for b in [*preamble, *opening[:2]] if isinstance(b, str)][:4]
    found.append(("lead-in", next((n for n in map(lead_in_issuer, paragraphs) if n), None)))
    # '…以公开促进青石镇各项工作…现将我镇2016年度…报告如下': the one body of the kind the lead-in calls itself (round 54)
    found.append(("lead-in", next((n for n in map(self_named_issuer, paragraphs) if n), None)))
    if address_title:  # a mirror names its page by the report's title
        found.append(("address", _as_the_text_names(
            (parse_title(compact(address_title)) or TitleInfo(None, None, None)).agency, lead)))
    # '根据《条例》规定，某某镇政府结合实际工作，认真编制了…': the clause after the legal basis.
    for paragraph in [b for b in preamble if isinstance(b, str)][:3]:
        opening = _first_sentence([paragraph])
        basis = _BASIS.match(to_key(opening))
        if basis:
            found.append(("lead-in", sentence_subject(opening[basis.end():])))
            break
    sentence = _first_sentence(preamble)
    found.append(("sentence", sentence_subject(sentence) if sentence else None))
    found.append(("sentence", sentence_subject(_first_sentence(part_one))))
    if found[-1][1] is None:
        found.append(("sentence", sentence_subject(_first_sentence(_past_lead_in(part_one)))))
    body_text = "".join(b for b in body if isinstance(b, str))[:6000]
    found.append(("signature", signature_issuer(list(ending))))
    found.append(("contact", contact_issuer(body_text)))
    found.append(("self", self_described_issuer("\n".join(b for b in body if isinstance(b, str))[:6000])))
    found.append(("site", site_owner_issuer(body_text)))
    # (round 54) a mirror's page name naming the government ('某某市人民政府2016年度…报告') of the place the text's own first
    # sentence has as its subject ('某某市2016年政府信息公开工作，认真…'): the body as the report writes it
    subject = next((n for w, n in found if w == "sentence" and n), None)
    if subject:
        found = [("address", subject) if w == "address" and n and _AREA_GOVERNMENT.fullmatch(to_key(n))
                 and _AREA_GOVERNMENT.fullmatch(to_key(n)).group(1) == to_key(subject) else (w, n) for w, n in found]
    if cover:
        # a line over a date naming a body of another place than the one the lead-in or the first sentence names
        # ('某某省人民政府' / '2021年3月' / '本报告由北山市青石区人民政府办公室编制…') is the site's banner, no cover: the
        # report's own words name the issuer (round 24; a cover of the same place, '北山市人民政府' over its office's
        # lead-in, still comes first)
        own = next((n for w, n in found[1:] if n and n != cover[0] and w in ("lead-in", "sentence")), None)
        if own and _other_place(cover[0], own):
            ahead = [c for c in found[1:] if c[0] in ("lead-in", "sentence", "address") and c[1] != cover[0]]
            found = ahead + [c for c in found if c not in ahead]
    return found


_AREA_GOVERNMENT = re.compile(r"(.{2,20}?[省市县区旗州盟])(?:人民)?政府(?:机关)?")
_AGENCY_SOURCES = {"cover": "标题前单独的一行", "cover-below": "标题下单独的一行", "lead-in": "报告开头的说明", "sentence": "正文第一句",
                   "contact": "报告中的联系方式", "address": "网页地址", "self": "正文中对本机关的介绍",
                   "signature": "报告末尾的落款", "site": "报告所在网站的名称（报告中自称同类机关）"}
_YEAR_SOURCES = {"lead-in": "报告开头的说明", "period": "统计期限", "text": "正文", "address": "网页地址"}


def _reported_year(lead: str, blocks: list[Block], opening: str | None = None) -> tuple[int | None, str]:
    """(year, where) when the title has none: the lead-in, the statistics period, the commonest '20xx年，'.

    ``opening``: the lead-in proper (the preamble and part 一 before its first sub-heading); a year ``lead`` names only
    past it counts after the statistics period."""
    said = lead if opening is None else opening
    year = lead_in_year(said, quoted=False)
    if year is not None:
        # (round 55) a lead-in carried over from last year's report ('对2015年度政府信息公开工作进行了梳理') beside its
        # statistics period brought up to date ('统计期限为2016年1月1日起至2016年12月31日止'): the period, the year after,
        # is the year reported on; the text of the year before is what was left unchanged
        period = _PERIOD.search(digit_year(to_key(compact(said))))
        later = int(next(g for g in period.groups() if g)) if period else None
        return (later, "period") if later == year + 1 else (year, "lead-in")
    text = compact("\n".join(b for b in blocks[:60] if not isinstance(b, Table)))
    key = digit_year(to_key(text))  # ('二〇二二年一月一日至…': a period written in Chinese numerals)
    match = _PERIOD.search(key)
    if match:
        return int(next(g for g in match.groups() if g)), "period"
    year = lead_in_year(lead, quoted=False) if opening is not None else None
    if year is not None:
        return year, "lead-in"
    year = lead_in_year(lead)  # a year inside the notice the lead-in cites: '《关于做好2019年度…》'
    if year is not None:
        return year, "lead-in"
    counts = Counter(int(m.group(1)) for m in _THIS_YEAR.finditer(key))
    # A paragraph opening with the year ('2020年某某镇严格按照…') speaks of that year.
    counts.update(int(b[:4]) for b in blocks[:60] if isinstance(b, str) and _OPENING_YEAR.match(b))
    # So does one opening with its subject and then the year ('某某镇2023年及时更新…', '我镇2023年…'; round 48).
    counts.update(int(re.search(r"\d{4}", m.group(1)).group()) for b in blocks[:60]
                  if isinstance(b, str) and "报告" not in b[:40] and (m := NAME_THEN_YEAR.match(to_key(b))))
    if not counts:
        # nothing else: a month of the year the report's own acts are dated in ('2015年6月，我市政府办公室制发了…'),
        # a copy that starts at part 一 with no title, lead-in or period (round 23)
        counts.update(int(m.group(1)) for m in _DATED_ACT.finditer(key))
    return (counts.most_common(1)[0][0], "text") if counts else (None, "")


# '统计期限自2022年1月1日起', and its forms that lost 年 and 月 ('统计期限自202011日起').
_PERIOD = re.compile(r"(?:统计期限|统计时限|统计周期|统计时间|统计期|统计限|数据统计期限|采用数据为)[^。]{0,12}?((?:19|20)\d{2})(?:年|\d{1,2}月|1[12]?日)"
                     # a period from 1 January, however it is introduced: '自2021年1月1日至2021年12月31日'
                     # ('2020年01月01日～…', '2020年元月1号至…': the month and day padded, 元月, 号, a wave dash; round 54)
                     r"|((?:19|20)\d{2})年(?:0?1|一|元)月(?:0?1|一)[日号](?:起)?(?:至|到|—|－|-|–|~|～)"
                     # January to December without the days: '2022年1月—12月', '2022年1-12月', '2022年1月至12月'
                     r"|((?:19|20)\d{2})年1月?(?:份)?(?:至|到|—|－|-|–|~|～)(?:(?:19|20)\d{2}年)?12月"
                     # dotted or dashed dates: '2022.1.1—2022.12.31', '自2015-1-1起至2015-12-31止'
                     r"|((?:19|20)\d{2})(?P<sep>[.．/\-－])0?1(?P=sep)?0?1(?:起)?(?:至|到|—|－|-|–|~|～)(?:(?:19|20)\d{2}[.．/\-－])?12[.．/\-－]31"
                     # the end of the year reported on: '截至2023年12月31日', '截止2023年底', '统计截止时间为2023年12月31日'
                     r"|截(?:至|止)(?:到|(?:时间|日期|日)(?:为|是|[:：])?)?((?:19|20)\d{2})年(?:12月31日|底|末)"
                     # ('到2016年12月31日止': the same end written with 到…止)
                     r"|到((?:19|20)\d{2})年12月31日止")
# (a public institution speaks of itself by its kind: '2021年医院在…发布信息22条', '2021年学校共…'; the year's figures
# follow it: '2021年主动公开信息36条', '2021年收到申请3件')
_THIS_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度)?(?:，|,|我|本|全年|以来|新增|共|累计|全市|全县|全区|全省"
                        r"|医院|学校|全院|全校|全局|全馆|单位|主动公开|依申请|收到|受理)")
# '2015年5月，我市…', '2015年5月我局…': an act of the body dated by month in the year it reports on
_DATED_ACT = re.compile(r"((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?[，,]?(?:我|本|市政府|县政府|区政府|局|委)")
# ('2025,某某局以…': the year opening its paragraph with 年 left out)
_OPENING_YEAR = re.compile(r"(?:19|20)\d{2}(?:年(?!\d{1,2}月)|[，,](?!\d))")


def guess_year(blocks: list[Block]) -> int | None:
    """The reported year when the title has none: the statistics period, else the commonest '20xx年，'."""
    return _reported_year("", blocks)[0]
