"""Session 25's parser classes (docs/parsing.md, "Round 53"): part 五 without its heading when its sub-headings put last
year's problems' improvement first, a printed page number a converter kept inside a sentence, and a document-sharing
site's wrapper above an uploaded report. Every text here is made up."""
from __future__ import annotations

from indexer.model import Document
from indexer.parser import parse_document


def parse(lines):
    return parse_document(Document(list(lines), "txt"), "x.txt")


HEAD = ["青石市卫生健康委员会2025年政府信息公开工作年度报告",
        "一、总体情况", "2025年，我委认真贯彻落实《条例》，主动公开政府信息52条。",
        "二、主动公开政府信息情况", "详见下表。",
        "三、收到和处理政府信息公开申请情况", "本年度收到政府信息公开申请12件，均按期答复。",
        "四、政府信息公开行政复议、行政诉讼情况", "本年度未发生政府信息公开行政复议、行政诉讼。"]
TAIL = ["六、其他需要报告的事项", "本年度未收取信息处理费。"]


def test_part_five_is_found_when_its_improvements_come_before_its_problems():
    five = ["（一）2024 年工作中存在问题的改进情况", "针对上年度公开内容不够全面的问题，完善了公开目录。",
            "（二）2025 年工作中存在的主要问题", "政策解读形式较为单一。"]
    report = parse(HEAD + five + TAIL)
    numbers = [(s.number, s.inferred) for s in report.sections]
    assert numbers == [(1, False), (2, False), (3, False), (4, False), (5, True), (6, False)]
    assert report.sections[4].blocks[0] == "（一）2024 年工作中存在问题的改进情况"
    assert any("第五部分" in w and "2024 年工作中存在问题的改进情况" in w for w in report.warnings)
    # One sub-heading naming both, with no later one on the year's problems, is no part 五 (it may be part 四's own).
    alone = parse(HEAD + ["（一）存在问题的改进情况", "完善了公开目录。"] + TAIL)
    assert 5 not in [s.number for s in alone.sections]


def test_a_printed_page_number_leaves_the_sentence_it_cut():
    lines = HEAD[:2] + ["2025年，我委认真贯彻落实《条例》，着力发挥", "— 2 —", "政务公开促落实的作用，主动公开政府信息52条。",
                        "第 3 页", "本年度新增公开栏目2个。"] + HEAD[3:] + TAIL
    text = "\n".join(b for b in parse(lines).sections[0].blocks if isinstance(b, str))
    assert "着力发挥政务公开促落实的作用" in text and "—" not in text and "第 3 页" not in text


def test_a_document_site_s_wrapper_leaves_the_preamble():
    wrapper = ["青石市卫生健康委员会2025年政府信息公开工作年度报告", "ID:33072920", "大小:233.98 KB", "页数:8页",
               "时间:2026-02-19", "青石市卫健委2025年年报_第1页", "青石市卫健委2025年年报_第2页", "资源描述:",
               "《青石市卫健委2025年年报》由会员上传分享，免费在线阅读，更多相关内容在某某文库"]
    report = parse(wrapper + HEAD[1:] + TAIL)
    assert report.preamble == ["青石市卫生健康委员会2025年政府信息公开工作年度报告", "时间:2026-02-19"]
    assert (report.agency, report.year) == ("青石市卫生健康委员会", 2025)
