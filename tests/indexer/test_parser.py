"""The parser on the sample reports, against the gold file."""
# Over 350 lines, kept whole: the parser against one gold file (the seeds) in every form, the CLI,
# bad files and the real corpus; the gold records and the form paths are shared by all of them.
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from indexer.__main__ import main
from indexer.model import Document, Table, UnreadableFile
from indexer.parser import parse_document, parse_file, report_to_dict
from indexer.numbering import split_sections
from indexer.sections import classify_heading

from tests.conftest import DATA, LAYOUT_GOLD_FILE, REAL, REAL_GOLD_FILE, SEED_GOLD_FILE, load_gold
from tests.indexer.sentences import sentence_problem

GOLD = load_gold(SEED_GOLD_FILE)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: Path(g["file"]).stem)
def test_seed_metadata_and_sections(gold):
    report = parse_file(DATA / "seeds" / Path(gold["file"]).name)
    assert report.agency == gold["agency"]
    assert report.year == gold["year"]
    assert report.level == gold["level"]
    assert report.region["province"] == gold["province"]
    assert [s.number for s in report.sections if not s.inferred] == gold["sections"]


@pytest.mark.parametrize(
    "line, part",
    [
        ("一、总体情况", 1),
        ("总体情况", 1),
        ("## 一、总体情况", 1),
        ("一、 概述", 1),
        ("二、主动公开政府信息情况", 2),
        ("三、收到和处理政府信息公开申请情况", 3),
        ("政府信息公开行政复议、行政诉讼情况", 4),
        ("五、政府信息公开工作存在的主要问题及改进情况", 5),
        ("五、存在的主要问题及整改措施", 5),
        ("六、其他需要报告的事项", 6),
        ("**六、其他需要报告的事项**", 6),
    ],
)
def test_heading_forms(line, part):
    assert classify_heading(line)[0] == part


@pytest.mark.parametrize(
    "line",
    [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果",
        "四、结转下年度继续办理",
        "一是深化信息公开。",
        "主动公开情况",  # a sub-heading of part 1 in seed 003, not part 2
        "2020年，我局认真贯彻落实《条例》，主动公开政府信息。",
    ],
)
def test_not_headings(line):
    assert classify_heading(line) is None


def test_table_row_labels_do_not_split_parts():
    lines = ["某某局2020年政府信息公开工作年度报告", "一、总体情况", "正文。", "三、收到和处理政府信息公开申请情况",
             "一、本年新收政府信息公开申请数量\t1", "二、上年结转政府信息公开申请数量\t0", "三、本年度办理结果",
             "四、结转下年度继续办理\t0", "六、其他需要报告的事项", "无。"]
    preamble, sections = split_sections(lines)
    assert preamble == ["某某局2020年政府信息公开工作年度报告"]
    assert [s.number for s in sections] == [1, 3, 6]
    assert "三、本年度办理结果" in sections[1].text


def test_own_chapter_numbering_that_restarts_is_not_taken_for_parts():
    # A report numbering its own chapters 一…六, then restarting for the template's tables.
    lines = ["一、总体情况", "x", "二、工作机制保障", "x", "三、主动公开工作情况", "x", "五、政府信息管理", "x",
             "六、政府信息公开平台建设", "x", "一、主动公开政府信息情况", "t", "二、收到和处理政府信息公开申请情况", "t",
             "三、政府信息公开行政复议、行政诉讼情况", "t", "五、其他需要报告的事项", "x"]
    _, sections = split_sections(lines)
    assert [(s.number, s.title) for s in sections] == [
        (1, "一、总体情况"), (2, "一、主动公开政府信息情况"), (3, "二、收到和处理政府信息公开申请情况"),
        (4, "三、政府信息公开行政复议、行政诉讼情况"), (6, "五、其他需要报告的事项"),
    ]


def test_title_layouts():
    cases = {
        ("兴庆区民政局", "2019 年政府信息公开工作年度报告"): ("兴庆区民政局", 2019),
        ("2024 年上海市科委政府信息公开工作", "年度报告"): ("上海市科委", 2024),
        ("# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "沐阳县人民政府", "(2026年1月23日)"): ("沐阳县人民政府", 2025),
        ("平潭综合实验区地方税务局2013年信息公开年度报告",): ("平潭综合实验区地方税务局", 2013),
        ("海盐县民政局2020年度政府信息公开工作年度报告",): ("海盐县民政局", 2020),
        ("济南市历下区人民政府2020年政府信息公开工作报告",): ("济南市历下区人民政府", 2020),
        ("泉州市丰泽区人民政府关于2019年度政府信息公开工作的报告",): ("泉州市丰泽区人民政府", 2019),
    }
    for head, (agency, year) in cases.items():
        report = parse_document(Document(list(head) + ["一、总体情况", "正文。"], "txt"), "x.txt")
        assert (report.agency, report.year) == (agency, year), head


def test_preamble_kept_and_sub_headings_anchored():
    report = parse_file(DATA / "seeds" / "000_a24194704c1fd16a.txt")
    assert "本年度报告根据" in report_to_dict(report)["preamble"]
    part1 = report.sections[0]
    assert [h.label for h in part1.subheadings][:2] == ["（一）", "（二）"]
    assert part1.subheadings[0].anchor == "section-1-1"
    assert part1.blocks[part1.subheadings[0].block].startswith("（一）加强组织领导")


def test_crlf_and_bom(tmp_path):
    text = "\ufeff某某县民政局2021年政府信息公开工作年度报告\r\n一、总体情况\r\n我局公开信息。\r\n六、其他需要报告的事项\r\n无。\r\n"
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode("utf-8"))
    report = parse_file(path)
    assert (report.agency, report.year) == ("某某县民政局", 2021)
    assert [s.number for s in report.sections] == [1, 6]
    assert report.sections[0].text == "我局公开信息。"


def test_parse_cli_prints_documented_json(capsys):
    assert main(["parse", str(DATA / "seeds" / "004_6c81e5c04cdd17c4.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("title", "agency", "year", "level", "region", "template", "sections", "figures", "checks", "warnings"):
        assert key in data
    assert data["agency"] == "吴忠市民政局" and data["year"] == 2021
    assert [s["number"] for s in data["sections"]] == [1, 2, 3, 4, 5, 6]
    assert all({"number", "title", "text"} <= set(s) for s in data["sections"])
    assert data["sections"][0]["title"] == "一、总体情况"


def test_parse_cli_reports_unreadable_file(capsys):
    assert main(["parse", str(DATA / "bad" / "empty.txt")]) == 2
    assert "empty" in capsys.readouterr().err


def test_not_a_report_is_refused(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("这是一份会议通知，请各单位按时参加。", encoding="utf-8")
    with pytest.raises(Exception, match="not an annual report"):
        parse_file(path)


FORMS = [("txt", "seeds"), ("docx", "docx"), ("pdf", "pdf")]


def seed_path(gold: dict, form: str) -> Path:
    folder = dict(FORMS)[form]
    return DATA / folder / f"{Path(gold['file']).stem}.{form}"


def assert_gold(report, gold: dict) -> None:
    """Every field a gold record states, with the file named in each message."""
    name = gold["file"]
    for key in ("agency", "year", "level"):
        if key in gold:
            assert getattr(report, key) == gold[key], f"{name}: {key}"
    if "province" in gold:
        assert report.region["province"] == gold["province"], f"{name}: province"
    assert [s.number for s in report.sections if not s.inferred] == gold["sections"], f"{name}: sections"
    for key, value in gold.get("figures", {}).items():
        assert report.figures[key] == value, f"{name}: {key}"
    if "requests_balance" in gold:
        assert report.checks["requests_balance"] == gold["requests_balance"], f"{name}: requests_balance"


@pytest.mark.parametrize("form", [f for f, _ in FORMS])
@pytest.mark.parametrize("gold", GOLD, ids=lambda g: Path(g["file"]).stem)
def test_seed_gold_in_every_form(gold, form):
    report = parse_file(seed_path(gold, form))
    assert report.kind == form
    assert_gold(report, gold)


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("gold", GOLD, ids=lambda g: Path(g["file"]).stem)
def test_seed_forms_agree_with_the_text_on_everything(gold, form):
    text, other = parse_file(seed_path(gold, "txt")), parse_file(seed_path(gold, form))
    assert (other.region, other.template) == (text.region, text.template)
    assert [(s.number, s.inferred, [h.label for h in s.subheadings]) for s in other.sections] == \
        [(s.number, s.inferred, [h.label for h in s.subheadings]) for s in text.sections]
    assert other.figures == text.figures
    assert other.checks == text.checks


REAL_GOLD = load_gold(REAL_GOLD_FILE)


@pytest.mark.real
@pytest.mark.parametrize("gold", REAL_GOLD or [pytest.param(None, marks=pytest.mark.skip(reason=f"{REAL} is absent"))],
                         ids=lambda g: Path(g["file"]).stem if g else "real")
def test_real_reports_every_gold_field(gold, real_corpus):
    assert_gold(parse_file(real_corpus / Path(gold["file"]).name), gold)


# --- bad files: each its own one-line reason, the GB18030 report a correct parse -------------

BAD_REASONS = {
    "binary-garbage.txt": "binary data, not text",
    "empty.txt": "empty file",
    "not-a-report.txt": "not an annual report: none of the template's parts (一、总体情况 …) found",
    "truncated.pdf": "truncated or corrupt PDF: unexpected end of file",
}
READ_BY_OCR = "scanned-no-text-layer.pdf"  # a genuine report, read since issue 12: tests/test_ocr.py


def bad_folders() -> list[Path]:
    """tests/data/bad, and the shared corpus's bad/ when it is there."""
    return [DATA / "bad"] + ([REAL.parent / "bad"] if (REAL.parent / "bad").is_dir() else [])


@pytest.mark.parametrize("folder", bad_folders(), ids=lambda p: p.parent.name)
def test_every_bad_file_gets_its_own_one_line_reason(folder):
    reasons = {}
    for path in sorted(folder.iterdir()):
        if path.name in ("gb18030-encoded.txt", READ_BY_OCR):
            continue
        with pytest.raises(UnreadableFile) as err:
            parse_file(path)
        reasons[path.name] = str(err.value)
    assert reasons == BAD_REASONS
    assert len(set(reasons.values())) == len(reasons)
    assert not any("\n" in r for r in reasons.values())


def test_gb18030_report_parses_like_its_utf8_copy():
    report = parse_file(DATA / "bad" / "gb18030-encoded.txt")
    utf8 = parse_file(DATA / "seeds" / "004_6c81e5c04cdd17c4.txt")
    assert_gold(report, GOLD[4])
    assert (report.title, report.template, report.figures, report.checks) == \
        (utf8.title, utf8.template, utf8.figures, utf8.checks)
    assert [s.text for s in report.sections] == [s.text for s in utf8.sections]


# --- structure: titles, paragraphs, run-in headings, part 四, own headings, template, refusal --

def parse_lines(lines: list[str], kind: str = "txt"):
    return parse_document(Document(list(lines), kind), "x.txt")


BODY = ["一、总体情况", "2020年，本机关认真落实《条例》。", "六、其他需要报告的事项", "无。"]


def test_guanyu_title_on_its_own_line_before_an_indented_paragraph():
    report = parse_lines(["泉州市丰泽区人民政府关于2019年度政府信息公开工作的报告",
                          "\u3000\u3000根据《条例》要求，现将丰泽区人民政府2019年度政府信息公开工作情况报告如下",
                          *BODY])
    assert (report.agency, report.year) == ("泉州市丰泽区人民政府", 2019)
    assert report.title == "泉州市丰泽区人民政府关于2019年度政府信息公开工作的报告"
    assert len(report.preamble) == 2  # the title is not glued to the paragraph under it


def test_indented_line_opens_a_paragraph_and_wrapped_lines_join():
    report = parse_lines(["某某县民政局2021年政府信息公开工作年度报告", "一、总体情况",
                          "\u3000\u30002021年，我局认真贯彻落实《条例》，全面推进政务公开",
                          "标准化规范化建设，主动公开政府信息。",
                          "\u3000\u3000同时加强政策解读，回应社会关切"])
    assert report.sections[0].blocks == ["2021年，我局认真贯彻落实《条例》，全面推进政务公开标准化规范化建设，主动公开政府信息。",
                                         "同时加强政策解读，回应社会关切"]


def test_prose_naming_the_report_is_not_its_title():
    report = parse_lines(["（一）公开的主要内容。区政府主动公开的政府信息包括政府信息公开工作年度报告等。", *BODY])
    assert report.title is None and report.agency is None


def test_run_in_part_heading_after_a_sentence_on_a_short_line():
    report = parse_lines(["某某市2022年政府信息公开工作年度报告", "一、总体情况 我市推进政务公开。",
                          "二是解读形式有待丰富。六、其他需要报告的事项 本年度未收取信息处理费。"])
    assert [(s.number, s.title) for s in report.sections] == [(1, "一、总体情况"), (6, "六、其他需要报告的事项")]
    assert report.sections[1].blocks == ["本年度未收取信息处理费。"]


REQUEST_ROWS = ["一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2",
                "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
                "三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2",
                "（七）总计\t2\t0\t0\t0\t0\t0\t2",
                "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0"]
REVIEW_ROWS = ["行政复议\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
               "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"]
HEAD = ["某某县民政局2021年政府信息公开工作年度报告", "一、总体情况", "我局认真落实《条例》。",
        "三、收到和处理政府信息公开申请情况"]
TAIL = ["五、存在的主要问题及改进情况", "一是培训不足。", "六、其他需要报告的事项", "无。"]


def test_missing_part_four_inferred_from_its_table():
    report = parse_lines([*HEAD, *REQUEST_ROWS, *REVIEW_ROWS, *TAIL])
    assert [(s.number, s.inferred) for s in report.sections] == [(1, False), (3, False), (4, True), (5, False), (6, False)]
    part3, part4 = report.sections[1], report.sections[2]
    assert part4.title == "" and "行政复议" in part4.text and "行政复议" not in part3.text
    assert "本年新收" in part3.text
    assert report.figures["reconsideration_total"] == 1 and report.figures["requests_new"] == 2
    assert "第四部分（政府信息公开行政复议、行政诉讼情况）没有标题，已根据第三部分之后的行政复议、行政诉讼情况表推定。" \
        in report.warnings
    assert report_to_dict(report)["sections"][2]["inferred"] is True


def test_missing_part_four_inferred_from_a_remark_after_the_table():
    remark = "(备注：2020年度我局未收到行政复议及行政诉讼情况)"
    report = parse_lines([*HEAD, *REQUEST_ROWS, remark, *TAIL])
    assert [s.number for s in report.sections] == [1, 3, 4, 5, 6]
    assert report.sections[2].inferred and report.sections[2].blocks == [remark]
    assert ("第四部分（政府信息公开行政复议、行政诉讼情况）没有标题，已根据第三部分表格之后的说明"
            "“(备注：2020年度我局未收到行政复议及行政诉讼情况)”推定。") in report.warnings


def test_part_four_not_inferred_without_clear_evidence():
    # Part 三's prose names 行政复议 before its table: that is no part 四.
    report = parse_lines([*HEAD, "申请人对答复不服的，可以依法申请行政复议或者提起行政诉讼。", *REQUEST_ROWS, *TAIL])
    assert [s.number for s in report.sections] == [1, 3, 5, 6]
    assert "没有找到第四部分（政府信息公开行政复议、行政诉讼情况）：报告中没有这一部分的标题。" in report.warnings


def test_pre2019_report_keeps_its_own_headings():
    lines = ["徐州市国土资源局2014年政府信息公开工作年度报告", "一、概述", "x。", "二、主动公开政府信息的情况", "x。",
             "三、依申请公开政府信息和不予公开政府信息的情况", "x。", "四、政府信息公开的收费及减免情况", "未收费。",
             "五、因政府信息公开申请提起行政复议、行政诉讼的情况", "无。", "六、政府信息公开工作存在的主要问题及改进措施", "x。",
             "七、其他需要报告的事项", "无。"]
    report = parse_lines(lines)
    assert [(s.number, s.title) for s in report.sections] == [
        (1, "一、概述"), (2, "二、主动公开政府信息的情况"), (3, "三、依申请公开政府信息和不予公开政府信息的情况"),
        (4, "五、因政府信息公开申请提起行政复议、行政诉讼的情况"), (5, "六、政府信息公开工作存在的主要问题及改进措施"),
        (6, "七、其他需要报告的事项")]
    # 四 maps to no template part: it stays in part 三 as a heading of its own, with an anchor.
    own = report.sections[2].subheadings
    assert [(h.label, h.title, h.anchor) for h in own] == [("四、", "四、政府信息公开的收费及减免情况", "section-3-1")]
    assert report.template == "pre2019"


@pytest.mark.parametrize("line, part", [
    ("二、主动公开及依申请公开情况", 2),  # two subjects: the numeral decides
    ("四、主动公开和依申请公开情况", None),  # two subjects, the numeral names neither
    ("五、因政府信息公开申请提起行政复议、行政诉讼的情况", 4),
    ("四、政府信息公开的收费及减免情况", None),
])
def test_ambiguous_headings_map_only_when_the_numeral_decides(line, part):
    found = classify_heading(line)
    assert (found[0] if found else None) == part


def test_template_from_year_and_cited_format():
    old = parse_lines(["大理市人民政府2016年政府信息公开工作年度报告", *BODY])
    assert (old.template, [w for w in old.warnings if "模板" in w]) == ("pre2019", [])
    cited = parse_lines(["某某县民政局2020年政府信息公开工作年度报告",
                         "本报告根据《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2019〕60号）要求编制。",
                         *BODY])
    assert cited.template == "2019"
    assert "统计表没有显示所用模板，根据报告引用的国办公开办函〔2019〕60号认定为 2019 版模板。" in cited.warnings
    unknown = parse_lines(["某某县民政局2020年政府信息公开工作年度报告", *BODY])
    assert unknown.template is None
    assert "没有统计表能表明报告采用的是 2019 版模板还是 2021 版模板。" in unknown.warnings


def test_tables_decide_the_template_before_the_cited_format():
    report = parse_lines(["某某县民政局2021年政府信息公开工作年度报告", "本报告根据（国办公开办函〔2019〕60号）要求编制。",
                          "一、总体情况", "x。", "二、主动公开政府信息情况", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                          "规章\t0\t0\t0", "六、其他需要报告的事项", "无。"])
    assert report.template == "2021"


def test_disclosure_guide_is_refused_with_its_reason():
    with pytest.raises(UnreadableFile, match="^not an annual report: no report title, reporting year or statistics table"):
        parse_lines(["为了更好地提供政府信息公开服务，编制本指南。", "一、主动公开", "（一）公开的主要内容。",
                     "二、依申请公开", "（一）受理机构。", "三、监督和救济", "可以依法申请行政复议。"])


def test_report_without_title_but_with_a_year_and_template_headings_is_kept():
    report = parse_lines(["一、总体情况", "2020年，本局主动公开政府信息12条。", "二、主动公开政府信息情况", "x。",
                          "六、其他需要报告的事项", "无。"])
    assert [s.number for s in report.sections] == [1, 2, 6]
    assert report.year == 2020
    assert report.warnings[:2] == ["标题中没有年份，年份 2020 取自正文。", "标题中没有找到发布机关。"]


def test_text_that_only_quotes_headings_is_refused(tmp_path):
    # A data file (this project's own gold) quotes headings in its notes: no title, year or table.
    with pytest.raises(UnreadableFile, match="^not an annual report: no report title"):
        parse_file(LAYOUT_GOLD_FILE)


@pytest.mark.parametrize("form", [f for f, _ in FORMS])
def test_seed_warnings_are_plain_sentences(form):
    for gold in GOLD:
        for warning in parse_file(seed_path(gold, form)).warnings:
            assert sentence_problem(warning) is None, (warning, sentence_problem(warning))


@pytest.mark.parametrize("warning", [
    "标题中没有年份，年份 2020 取自正文。",
    "“行政事业性收费”一行的金额 4068.208 未注明单位（元或万元），未换算为元。",
    "第四部分（政府信息公开行政复议、行政诉讼情况）没有标题，已根据第三部分表格之后的说明“(注：见下表。)”推定。",
    "PDF 第 2 页是没有文字层的图片，其内容未能读出（需经 OCR 文字识别）。",
])
def test_sentence_rule_accepts_chinese_sentences(warning):
    assert sentence_problem(warning) is None


@pytest.mark.parametrize("warning", [
    "Part 5 (存在的主要问题及改进情况) was not found: the report has no heading for it.",  # English
    "标题中没有找到发布机关",  # no full stop
    "标题中没有找到发布机关。年份不明。",  # two sentences
    "“规章”一行出现了两次，数值分别为 None 和 3，保留第一次的数值。",  # a repr
    "“规章”一行有 2 个单元格，表头却有 3 列; 各项数字留空。",  # half-width punctuation
    "“规章”一行的 cells 留空。",  # an English word
    "",
])
def test_sentence_rule_rejects_anything_else(warning):
    assert sentence_problem(warning) is not None


def test_parts_numbered_like_sub_headings_when_nothing_else_numbers_them():
    report = parse_lines(["某某乡人民政府2020年政府信息公开工作年度报告", "（一）总体情况", "1.主动公开。全年公开信息12条。",
                          "（二）主动公开政府信息情况", "x。", "（三）收到和处理政府信息公开申请情况", "x。",
                          "（六）其他需要报告的事项", "无。"])
    assert [(s.number, s.title) for s in report.sections] == [
        (1, "（一）总体情况"), (2, "（二）主动公开政府信息情况"), (3, "（三）收到和处理政府信息公开申请情况"),
        (6, "（六）其他需要报告的事项")]


def test_bracketed_sub_headings_stay_sub_headings_under_numbered_parts():
    report = parse_lines(["某某县民政局2021年政府信息公开工作年度报告", "一、总体情况", "（一）主动公开情况", "x。",
                          "（二）依申请公开情况", "x。", "二、主动公开政府信息情况", "x。", "五、存在的主要问题及改进情况",
                          "（一）存在的主要问题", "x。", "六、其他需要报告的事项", "无。"])
    assert [s.number for s in report.sections] == [1, 2, 5, 6]
    assert [h.title for h in report.sections[0].subheadings] == ["（一）主动公开情况", "（二）依申请公开情况"]


def test_parts_headed_di_n_bufen():
    report = parse_lines(["某某县民政局2021年政府信息公开工作年度报告", "第一部分 总体情况", "x。",
                          "第二部分：主动公开政府信息情况", "x。", "第六部分 其他需要报告的事项", "无。"])
    assert [(s.number, s.title) for s in report.sections] == [
        (1, "第一部分总体情况"), (2, "第二部分：主动公开政府信息情况"), (6, "第六部分其他需要报告的事项")]


def test_own_heading_numbered_with_a_full_stop_is_kept():
    report = parse_lines(["某某局2014年政府信息公开工作年度报告", "一、概述", "x。", "三、依申请公开政府信息情况", "x。",
                          "四．政府信息公开的收费及减免情况", "未收费。", "七、其他需要报告的事项", "无。"])
    assert [(h.label, h.title) for h in report.sections[1].subheadings] == [("四．", "四．政府信息公开的收费及减免情况")]
