"""Part-三 rows whose labels a converter pulled away from their numbers, read by the template's order.

The tables are made up, in the shapes PDF-to-markdown converters leave: a row's wrapped label
lands as loose lines above or below, the row keeps only its seven numbers, or keeps a fragment
of its label that names no row (round f38).
"""
from indexer.figures import extract_figures
from indexer.row_order import ORDERS

ROWS_2021 = ORDERS[0]
LABELS = {
    "requests_new": "一、本年新收政府信息公开申请数量", "requests_carried_over": "二、上年结转政府信息公开申请数量",
    "outcome_disclosed": "（一）予以公开", "outcome_partly_disclosed": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "outcome_refused_state_secret": "1.属于国家秘密", "outcome_refused_prohibited": "2.其他法律行政法规禁止公开",
    "outcome_refused_security": "3.危及“三安全一稳定”", "outcome_refused_third_party": "4.保护第三方合法权益",
    "outcome_refused_internal": "5.属于三类内部事务信息", "outcome_refused_process": "6.属于四类过程性信息",
    "outcome_refused_enforcement": "7.属于行政执法案卷", "outcome_refused_query": "8.属于行政查询事项",
    "outcome_unavailable_not_held": "1.本机关不掌握相关政府信息",
    "outcome_unavailable_need_creation": "2.没有现成信息需要另行制作",
    "outcome_unavailable_unclear": "3.补正后申请内容仍不明确", "outcome_not_processed_complaint": "1.信访举报投诉类申请",
    "outcome_not_processed_repeated": "2.重复申请", "outcome_not_processed_publication": "3.要求提供公开出版物",
    "outcome_not_processed_mass": "4.无正当理由大量反复申请",
    "outcome_not_processed_confirmation": "5.要求行政机关确认或重新出具已获取信息",
    "outcome_other_no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "outcome_other_unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "outcome_other_other": "3.其他", "requests_total": "（七）总计", "requests_carried_forward": "四、结转下年度继续办理",
}
# Made-up numbers: each outcome row a distinct 自然人 count, so a row read in the wrong place shows.
VALUES = {key: [n, 0, 0, 0, 0, 0, n] for n, key in enumerate(ROWS_2021[2:-2], start=1)}
VALUES["requests_total"] = [sum(range(1, 22)), 0, 0, 0, 0, 0, sum(range(1, 22))]
VALUES["requests_new"], VALUES["requests_carried_over"] = VALUES["requests_total"], [0] * 7
VALUES["requests_carried_forward"] = [0] * 7


def md(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def table(bare: dict[str, list[str]]) -> list[str]:
    """Part 三 as markdown; each row in ``bare`` keeps only its numbers, preceded by the given loose lines
    (its own label, wrapped, or another row's)."""
    out = ["三、收到和处理政府信息公开申请情况", md("申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织",
                                                 "法律服务机构", "其他", "总计"), md(*["---"] * 8)]
    for key in ROWS_2021:
        if key in bare:
            out += bare[key] + [md(*VALUES[key]), md(*["---"] * 7)]
        else:
            out.append(md(LABELS[key], *VALUES[key]))
    return out + ["四、政府信息公开行政复议、行政诉讼情况"]


def figures(lines: list[str]):
    return extract_figures(lines)


def test_bare_rows_between_rows_read_by_their_labels_take_the_rows_in_between():
    result = figures(table({
        "outcome_partly_disclosed": [],
        "outcome_refused_internal": ["5.属于三类内部事务信", "息", "1.本机关不掌握相关政", "府信息"],
        "outcome_unavailable_not_held": [], "outcome_unavailable_need_creation": [],
        "outcome_not_processed_mass": ["（五）不", "予处理4.无正当理由大量反复", "申请"],
        "outcome_not_processed_confirmation": [], "outcome_other_no_correction": [],
    }))
    for key in ("outcome_partly_disclosed", "outcome_refused_internal", "outcome_unavailable_not_held",
                "outcome_unavailable_need_creation", "outcome_not_processed_mass",
                "outcome_not_processed_confirmation", "outcome_other_no_correction"):
        assert result.figures[key] == VALUES[key][6], key
        assert result.figures[f"{key}_natural_person"] == VALUES[key][0], key
    assert any("按模板的行序读作" in w for w in result.warnings)
    assert not any("没有行名称" in w for w in result.warnings)


def test_a_row_keeping_a_cut_fragment_of_its_label_is_the_row_that_fragment_belongs_to():
    lines = table({"outcome_not_processed_confirmation": []})
    cut = next(i for i, line in enumerate(lines) if "逾期不补正" in line)
    lines[cut] = md("行政机关不再处理其政府信息公", *VALUES["outcome_other_no_correction"])
    result = figures(lines)
    assert result.figures["outcome_not_processed_confirmation"] == VALUES["outcome_not_processed_confirmation"][6]
    assert result.figures["outcome_other_no_correction"] == VALUES["outcome_other_no_correction"][6]


def test_a_fragment_of_another_rows_label_places_nothing():
    lines = table({"outcome_not_processed_confirmation": []})
    cut = next(i for i, line in enumerate(lines) if "逾期不补正" in line)
    lines[cut] = md("要求提供公开出版物", *VALUES["outcome_other_no_correction"])  # not the label of (六)1.
    result = figures(lines)
    assert result.figures["outcome_not_processed_confirmation"] is None
    assert result.figures["outcome_other_no_correction"] is None


def test_more_or_fewer_bare_rows_than_unread_rows_in_between_place_nothing():
    lines = table({"outcome_refused_prohibited": [], "outcome_refused_security": []})
    lines.remove(md(*VALUES["outcome_refused_security"]))  # two rows unread, one bare row left
    result = figures(lines)
    assert result.figures["outcome_refused_prohibited"] is None
    assert result.figures["outcome_refused_security"] is None
    lines = table({"outcome_refused_prohibited": []})
    at = lines.index(md(*VALUES["outcome_refused_prohibited"]))
    lines.insert(at, md(9, 0, 0, 0, 0, 0, 9))  # one unread row, two bare rows
    result = figures(lines)
    assert result.figures["outcome_refused_prohibited"] is None


def test_bare_rows_after_the_last_labelled_row_stay_unread():
    lines = table({"requests_carried_forward": []})
    result = figures(lines)
    assert result.figures["requests_carried_forward"] is None
    assert any("没有行名称" in w for w in result.warnings)


def test_a_lone_short_number_among_the_bare_rows_is_skipped_but_a_short_row_stops_the_placing():
    lines = table({"outcome_other_unpaid_fee": ["（六）其", "他处理", "2.申请人逾期未按收费", "1"]})
    result = figures(lines)
    assert result.figures["outcome_other_unpaid_fee"] == VALUES["outcome_other_unpaid_fee"][6]
    lines = table({"outcome_other_unpaid_fee": [md(3, 3)]})
    result = figures(lines)
    assert result.figures["outcome_other_unpaid_fee"] is None


def test_the_one_row_of_the_2019_layout_is_placed_when_the_count_says_so():
    lines = table({})
    first = next(i for i, line in enumerate(lines) if "逾期不补正" in line)
    del lines[first:first + 3]  # (六) as one bare row: the 2019 order's single row fits, the 2021 order's three do not
    lines.insert(first, md(4, 0, 0, 0, 0, 0, 4))
    result = figures(lines)
    assert result.figures["outcome_other_total"] == 4
    assert result.figures["outcome_other_no_correction"] is None


def test_a_row_its_label_named_but_that_could_not_be_read_is_not_said_to_be_placed():
    # Review 2026-12-05: such a row keeps its place in the count, but the order has nothing to add to it; the
    # message said it was read by the order while its figure stayed empty.
    lines = table({})
    at = lines.index(md(LABELS["outcome_refused_security"], *VALUES["outcome_refused_security"]))
    lines[at] = md(LABELS["outcome_refused_security"], "1234567890123")  # digits run together, no one split
    result = figures(lines)
    assert result.figures["outcome_refused_security"] is None
    assert any("连在一起" in w for w in result.warnings)
    assert not any("按模板的行序读作" in w for w in result.warnings)


def test_the_order_message_names_only_the_rows_it_read():
    lines = table({"outcome_refused_prohibited": [], "outcome_refused_security": []})
    at = lines.index(md(*VALUES["outcome_refused_security"]))
    lines[at] = md("1234567890123")  # bare and glued past splitting: placed by the order, still unread
    result = figures(lines)
    assert result.figures["outcome_refused_prohibited"] == VALUES["outcome_refused_prohibited"][6]
    assert result.figures["outcome_refused_security"] is None
    told = next(w for w in result.warnings if "按模板的行序读作" in w)
    assert "有 1 行" in told and "危及" not in told
