"""The template's vocabulary: its six parts and their numerals, the tables' row and column
labels, and the figure keys they give.

The indexer reads reports with it and the search side labels what it shows with it, so it lives
here, where ``indexer`` may import it and ``search`` never needs ``indexer``. Keys and labels are
documented in docs/figures.md.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from search.folding import traditional_to_simplified

# The six parts every report has, as the State Council's template names them.
SECTION_NAMES = {
    1: "总体情况",
    2: "主动公开政府信息情况",
    3: "收到和处理政府信息公开申请情况",
    4: "政府信息公开行政复议、行政诉讼情况",
    5: "存在的主要问题及改进情况",
    6: "其他需要报告的事项",
}


def in_several_headings(word: str) -> bool:
    """Whether ``word`` is written in more than one of the template's part headings (信息, 政府, 公开, 情况): it says a
    part is one of the template's, not what it is about, and nearly every line of a report holds it."""
    return sum(word in name for name in SECTION_NAMES.values()) > 1


PART_NUMERALS = "一二三四五六"  # the template numbers its parts 一、 … 六、
# The text before part 一, searched as a part of its own: whole in a report where no part was found (a
# page of tables, an old report in free form), else its sentences (the lead-in stating the report's
# period, where to download it, whom to ask), without the web page's chrome (indexer/documents.py).
PREAMBLE_PART = 0
PREAMBLE_NAME = "导言"


def part_numeral(number: int) -> str:
    """4 -> '四'. Only the six parts have one: the preamble (0) would silently read as '六'."""
    if not 1 <= number <= len(PART_NUMERALS):
        raise ValueError(f"no part numeral for {number}")
    return PART_NUMERALS[number - 1]


def part_number(numeral: str) -> int | None:
    """'四' -> 4; None for anything but one of the six numerals."""
    return PART_NUMERALS.index(numeral) + 1 if len(numeral) == 1 and numeral in PART_NUMERALS else None


def part_heading(number: int) -> str:
    """A part's heading as the template writes it: 1 -> '一、总体情况'; the preamble: '导言'."""
    if number == PREAMBLE_PART:
        return PREAMBLE_NAME
    return f"{part_numeral(number)}、{SECTION_NAMES[number]}"


def part_label(number: int) -> str:
    """A part as warnings name it: 4 -> '第四部分（政府信息公开行政复议、行政诉讼情况）'."""
    if number == PREAMBLE_PART:
        return PREAMBLE_NAME
    return f"第{part_numeral(number)}部分（{SECTION_NAMES[number]}）"


def parts_text(numbers: list[int]) -> str:
    """Part numbers as the template writes them: [4, 5] -> '四、五'."""
    return "、".join(part_numeral(n) for n in numbers)


APPLICANTS = [("natural_person", "自然人"), ("commercial", "商业企业"), ("research", "科研机构"),
              ("social_org", "社会公益组织"), ("legal_service", "法律服务机构"), ("other", "其他")]

# Part 三 rows: key, label as the template writes it, pattern on the normalised label.
# Item rows are tried first: on a row labelled '（三）不予公开 | 1.属于国家秘密' the item decides.
REQUEST_ROWS = [
    ("requests_new", "一、本年新收政府信息公开申请数量", r"本年新收"),
    ("requests_carried_over", "二、上年结转政府信息公开申请数量", r"上年结转"),
    ("outcome_refused_state_secret", "（三）不予公开 1.属于国家秘密", r"国家秘密"),
    ("outcome_refused_prohibited", "（三）不予公开 2.其他法律行政法规禁止公开", r"禁止公开|法律行政\w{0,3}止公开"),
    ("outcome_refused_security", "（三）不予公开 3.危及“三安全一稳定”", r"三安全|一稳定"),
    ("outcome_refused_third_party", "（三）不予公开 4.保护第三方合法权益", r"第三方"),
    ("outcome_refused_internal", "（三）不予公开 5.属于三类内部事务信息", r"内部事务"),
    ("outcome_refused_process", "（三）不予公开 6.属于四类过程性信息", r"过程性"),
    ("outcome_refused_enforcement", "（三）不予公开 7.属于行政执法案卷", r"执法案卷"),
    ("outcome_refused_query", "（三）不予公开 8.属于行政查询事项", r"查询事项"),
    ("outcome_unavailable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息", r"不掌握"),
    ("outcome_unavailable_need_creation", "（四）无法提供 2.没有现成信息需要另行制作", r"现成信息|另行制作"),
    ("outcome_unavailable_unclear", "（四）无法提供 3.补正后申请内容仍不明确", r"补正后|仍不明确|仍不准确"),
    ("outcome_not_processed_complaint", "（五）不予处理 1.信访举报投诉类申请", r"信访|举报投诉"),
    ("outcome_not_processed_repeated", "（五）不予处理 2.重复申请", r"重复申请"),
    ("outcome_not_processed_publication", "（五）不予处理 3.要求提供公开出版物", r"出版物"),
    ("outcome_not_processed_mass", "（五）不予处理 4.无正当理由大量反复申请", r"大量反复"),
    ("outcome_not_processed_confirmation", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", r"重新出具|确认或"),
    ("outcome_other_no_correction",
     "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", r"不补正"),
    ("outcome_other_unpaid_fee",
     "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", r"缴纳费用|收费通知"),
    ("outcome_other_other", "（六）其他处理 3.其他", r"^3[.、]?其他$"),  # tried on the last label cell
    ("requests_carried_forward", "四、结转下年度继续办理", r"结转下年度"),
    # Group rows, tried only when no item matched.
    ("outcome_disclosed", "（一）予以公开", r"予以公开"),
    ("outcome_partly_disclosed", "（二）部分公开", r"部分公开"),
    ("outcome_other_total", "（六）其他处理", r"其他处理"),
    ("requests_total", "（七）总计", r"总计"),
]
GROUP_ROWS = {"outcome_disclosed", "outcome_partly_disclosed", "outcome_other_total", "requests_total"}
ROW_LABELS = {key: label for key, label, _ in REQUEST_ROWS}
OTHER_2021 = ("outcome_other_no_correction", "outcome_other_unpaid_fee", "outcome_other_other")
# Every per-applicant cell of part 三 (requests_new_natural_person …), named exactly: a row's own key may end
# as an applicant's does (outcome_other_other ends in _other, 其他), so no suffix tells a cell from a row.
APPLICANT_CELLS = frozenset(f"{key}_{applicant}" for key, _, _ in REQUEST_ROWS for applicant, _ in APPLICANTS)

# Part 二: row names, column words, and which columns each row has.
P2_ROWS = {"规章": "regulations", "规范性文件": "normative_docs", "行政规范性文件": "normative_docs",
            "行政许可": "licensing", "其他对外管理服务事项": "other_services", "行政处罚": "punishment",
            "行政强制": "coercion", "行政事业性收费": "fees", "政府集中采购": "procurement"}
P2_COLUMNS = [(r"本年新制作", "new"), (r"本年新公开", "published"), (r"对外公开总", "total"),
               (r"本年制发", "made"), (r"本年(?:废|度)止", "repealed"), (r"现行有效", "in_force"),
               (r"上一年", "items_prev"), (r"增/?减", "items_change"), (r"处理决定", "decisions"),
               (r"采购项目", "items"), (r"金额", "amount")]
_DOCS = ("new", "published", "total", "made", "repealed", "in_force")
_ITEMS = ("items_prev", "items_change", "decisions")
P2_KEYS = {"regulations": _DOCS, "normative_docs": _DOCS, "licensing": _ITEMS, "other_services": _ITEMS,
           "punishment": _ITEMS, "coercion": _ITEMS, "fees": ("items_prev", "items_change", "amount"),
           "procurement": ("items", "amount")}
# The templates as the UI and warnings name them, and the circulars that issued them.
TEMPLATE_NAMES = {"2019": "2019 版模板", "2021": "2021 版模板"}
TEMPLATE_CIRCULARS = {"2019": "国办公开办函〔2019〕60号", "2021": "国办公开办函〔2021〕30号"}
TEMPLATE_OF_COLUMN = {"new": "2019", "published": "2019", "total": "2019", "items_prev": "2019",
                       "items_change": "2019", "made": "2021", "repealed": "2021", "in_force": "2021"}

# A report as lists and pages name it. A report naming no issuer or no year says so in words, the same on every
# page: a result titled 未知机构  年度报告 (no year, two spaces) headed a report page titled otherwise (review 25).
UNKNOWN_AGENCY = "未知机构"
UNKNOWN_YEAR = "年份不明"


def year_title(year: int | None, full: bool = False) -> str:
    """'2020 年度报告', or whole, '2020 年政府信息公开工作年度报告'; no year: '年份不明的年度报告'."""
    if year:
        return f"{year} 年政府信息公开工作年度报告" if full else f"{year} 年度报告"
    return f"{UNKNOWN_YEAR}的{'政府信息公开工作' if full else ''}年度报告"


def shown_name(agency: str | None) -> str:
    """The issuer as titles show it: in simplified script, as the portal speaks and the body's directory lists it
    (a traditional-script mirror's 東山縣應急管理局 is titled 东山县应急管理局; its text keeps the script it was
    written in); an English translation's central body by its Chinese name where the English reader knows the
    whole name (China Meteorological Administration: 中国气象局); 未知机构 when the report names none."""
    if agency and not re.search(r"[\u3400-\u9fff]", agency):
        return _english_name(agency)
    return (agency or UNKNOWN_AGENCY).translate(traditional_to_simplified())


@lru_cache(maxsize=256)
def _english_name(agency: str) -> str:
    from search.retrieval.english import read_english  # the query layer's reader; it imports this module

    read = read_english(agency)
    # (one body's name, every word understood: a name read only in part would be a guess)
    if read and " " not in read[0] and len(read[1]) == 1 and re.search(r"(?:部|局|署|委员会|总局|行)$", read[0]):
        return read[0]
    return agency


ECHOED = 40  # characters of a query a message quotes


def echoed(q: str) -> str:
    """A query as messages and titles quote it: a long one (up to 200 characters are searched: query_length.py) cut with …, so that
    没有找到与“…”相关的报告 stays a line, not a screen of the user's own text."""
    return q if len(q) <= ECHOED else q[: ECHOED - 1] + "…"


def echoed_quotes(message: str) -> str:
    """A message with every “quote” longer than ECHOED characters cut as ``echoed`` cuts a query: the notes quote
    the user's words (没有报告使用“…”, a respelling, a word read as another), and a 500-character query made
    any of them a screen of its own text. One pass over every note, not a cut in each of a dozen formats."""
    return QUOTED.sub(lambda m: "“" + echoed(m.group(1)) + "”", message)


QUOTED = re.compile(r"“([^“”]{%d,})”" % (ECHOED + 1))


def report_title(agency: str | None, year: int | None, full: bool = False) -> str:
    """'海盐县民政局 2020 年度报告' (``full``: the report page's heading); '未知机构 年份不明的年度报告'."""
    return f"{shown_name(agency)} {year_title(year, full)}"


# A web page's labels before its title (标题, 内容概述|, 题目：) and the chrome around it that is no title at all: a
# metadata row (索引号|014421391/…|分类|信息公开年报), a breadcrumb (当前位置:…, 首页 > …), cells joined by |.
_TITLE_LABEL = re.compile(r"^\s*(?:标\s*题|题\s*目|内容概述|文章标题|名\s*称)\s*[|｜:：]?\s*")
_CHROME_WORDS = r"索引号|发布机构|发文日期|成文日期|当前位置|您现在的位置"
_NO_TITLE = re.compile(_CHROME_WORDS + r"|首页\s*[>＞»]|[|｜]")
_TITLE_WORDS = re.compile(r"报告|年报|報告|年報|report", re.IGNORECASE)
# Where a page's chrome parts from what it holds: a metadata table's cell rule, a breadcrumb's arrow, a field's label.
_CHROME_SPLIT = re.compile(r"\s*(?:[|｜>＞»]|(?:" + _CHROME_WORDS + r"|首页)\s*[:：]?)\s*")
_A_YEAR = re.compile(r"(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3}")
_DATE_FIRST = re.compile(r"^(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*")


def written_title(title: str | None) -> str:
    """The title a report was read with, as a title: '标题西藏…2023年度报告' -> '西藏…2023年度报告'. Read with the page's
    chrome (a breadcrumb, a metadata table's cells), the title is what the chrome holds:
    '当前位置:首页 > 政务公开 > 某县民政局2020年政府信息公开工作年报' -> '某县民政局2020年政府信息公开工作年报'; '' when
    the chrome holds none, only a category ('索引号|014421391/…|分类|信息公开年报', '当前位置:政府信息公开年度报告': a
    piece of it is a title when it names a report and a year), and when what was read names no report. The parser's
    title reading keeps such lines (its fix is there, QA 31 #11); the pages and the API show only a title."""
    text = _TITLE_LABEL.sub("", title or "").strip()
    if not text or not _TITLE_WORDS.search(text):
        return ""
    if not _NO_TITLE.search(text):
        return text
    pieces = (_DATE_FIRST.sub("", _TITLE_LABEL.sub("", piece)).strip() for piece in _CHROME_SPLIT.split(text))
    titles = [piece for piece in pieces if _TITLE_WORDS.search(piece) and _A_YEAR.search(piece)]
    return max(titles, key=len) if titles else ""


# The check of part 三's balance (一 + 二 = 三（七）总计 + 四), as every page names it: the check first, then its
# state. A state shown before the name (数据不全，无法核对 申请数量平衡) read as "balanced" (review 25).
BALANCE_CHECK = "申请数量平衡"
BALANCE_STATES = {"ok": "平衡", "mismatch": "不平衡", "incomplete": "数据不全，无法核对"}


def balance_state(state: str | None) -> str:
    """The balance check's state in words; no state is incomplete: 'ok' -> '平衡'."""
    return BALANCE_STATES.get(state or "incomplete", BALANCE_STATES["incomplete"])


def balance_text(state: str | None) -> str:
    """The balance check named, then its state: '申请数量平衡：数据不全，无法核对'."""
    return f"{BALANCE_CHECK}：{balance_state(state)}"


# Part 四.
REVIEW_GROUPS = [("reconsideration", "行政复议"), ("litigation_direct", "行政诉讼 未经复议直接起诉"),
                 ("litigation_after_reconsideration", "行政诉讼 复议后起诉")]
REVIEW_COLUMNS = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                  ("pending", "尚未审结"), ("total", "总计")]
REVIEW_WORDS = [(r"维持", "upheld"), (r"纠正", "corrected"), (r"其他", "other"), (r"尚未|审结", "pending"),
                 (r"总计", "total")]
COLUMN_WORDS = {"申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "社会组织",
                 "法律服务机构", "其他", "总计"}
# The figures a reader looks at first, with the labels the UI shows for them.
KEY_FIGURES = {
    "requests_new": "本年新收申请",
    "requests_carried_over": "上年结转申请",
    "outcome_disclosed": "予以公开",
    "outcome_partly_disclosed": "部分公开",
    "requests_total": "办理结果总计",
    "requests_carried_forward": "结转下年度",  # the statistics column's name (QA 44 F9: one figure, one name)
    "reconsideration_total": "行政复议",
    "litigation_total": "行政诉讼",
}


# A figure as the tables write it: a sign, digits with thousands commas, decimals, a unit
# ('12', '+199', '4,068.208', '680000元', '12%'), matched after NFKC folding (full-width digits).
_NUMBER = re.compile(r"^[+\-＋－\u2212]?\d[\d,，]*(?:[.．]\d+)?\s*(?:万元|元|件|条|个|项|次|%)?$")


def is_number(cell: str) -> bool:
    """A cell holding one figure: '12', '+199', '４０６８.２０８', '680000元'; not '无', not a label."""
    return bool(_NUMBER.match(unicodedata.normalize("NFKC", cell).strip()))

# Figures the parser adds up from others it read (indexer/figures.py); a disputed part disputes
# the sum (search/figures/records.py).
SUMMED_FIGURES = {"litigation_total": ("litigation_direct_total", "litigation_after_reconsideration_total")}


def figure_keys() -> list[str]:
    """Every key ``extract_figures`` returns, in documentation order."""
    keys = []
    for prefix, columns in P2_KEYS.items():
        for column in columns:
            keys.append(f"{prefix}_{column}")
            if column == "amount":
                keys += [f"{prefix}_amount_unit", f"{prefix}_amount_yuan"]
    for key, _, _ in REQUEST_ROWS:
        keys += [key] + [f"{key}_{applicant}" for applicant, _ in APPLICANTS]
    for group, _ in REVIEW_GROUPS:
        keys += [f"{group}_{column}" for column, _ in REVIEW_COLUMNS]
    return keys + list(SUMMED_FIGURES)


def parse_number(cell: str) -> tuple[int | float | None, str | None, bool]:
    """(value, unit, ok) of a cell: '+199' -> 199, '12293400元' -> (12293400, '元'), '无' or '' -> None."""
    # Figure cells are small numbers met again in every table of every report: each is read once per process.
    return _parse_short(cell) if len(cell) <= _SHORT_CELL else _parse_number(cell)


_CELL_GAPS = re.compile(r"[\s,]")
_FIGURE = re.compile(r"([+-]?)(\d+(?:\.\d+)?)(万元|元|件|条|个|项|次)?")
_SHORT_CELL = 40  # characters; a longer cell (no figure is this long) is read each time


def _parse_number(cell: str) -> tuple[int | float | None, str | None, bool]:
    text = _CELL_GAPS.sub("", unicodedata.normalize("NFKC", cell)).replace("\u2212", "-")
    if text in ("", "无", "/", "-", "--", "—", "——", "–"):
        return None, None, True
    match = _FIGURE.fullmatch(text)
    if not match:
        return None, None, False
    sign, digits, unit = match.groups()
    value: int | float = float(digits) if "." in digits else int(digits)
    return (-value if sign == "-" else value), unit, True


_parse_short = lru_cache(maxsize=1 << 13)(_parse_number)
