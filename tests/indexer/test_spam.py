"""Betting splices of hijacked mirrors are taken out before the parser reads the text. The splices
here are made up in the shapes such mirrors use (brands of Latin letters and digits, site words,
pieces chained with '_' or '-', the chain standing where the place's name was)."""
from __future__ import annotations

import pytest

from indexer.model import Document, Table
from indexer.parser import parse_document
from indexer.spam import _MARK_RE, clean_blocks, may_hold_mark, remove_splices


@pytest.mark.parametrize("spliced,clean", [
    # Inside a metadata cell, before the body's own name.
    ("发布机构: | bet6677手机下载_6677体育亚洲官方入口app下载_beat6677app下载官网水利服务站 |", "发布机构: | 水利服务站 |"),
    # In brackets inside a sentence: the brackets go too.
    ("报告通过省政府信息公开网(bt666博彩手机版)、县政务网发布", "报告通过省政府信息公开网、县政务网发布"),
    # A line of its own.
    ("365体育官网", ""),
    # Where the place was, before 人民政府: junk words of the last piece go too.
    ("由888官方入口-app下载_mobile888-123_365提款还在审核中人民政府办公室编制", "由人民政府办公室编制"),
    # The report's words before the chain stay (the city), those after it too.
    ("请与东山市365好运体育官网入口_球赛365体育_365bet资讯网政府信息公开领导小组联系", "请与东山市政府信息公开领导小组联系"),
    # The chain's last brand split by a space ('mobile 365…'): it goes on past the space, up to the body's word.
    ("bet777手机版_经典777下载_mobile 777123456人民政府2021年报告", "人民政府2021年报告"),
    # A brand written in Chinese where the city's name was.
    ("来源：英国威廉希尔公司县林业局", "来源：县林业局"),
    # Macao's name before the mark, and two splices joined by a comma where the county's name was.
    ("现将澳门特区赌场,澳门博彩业网址水务局2021年报告予以公布", "现将水务局2021年报告予以公布"),
    ("请与澳门赌场官网，澳门百家乐平台农业农村局联系", "请与农业农村局联系"),
    # Traditional script: the marks are read on the simplified key, the text is cut as written.
    ("通過澳門賭場推薦市統計局門戶網站發布", "通過市統計局門戶網站發布"),
    ("在市政府百家樂娛樂城辦公室的指導下", "在市政府辦公室的指導下"),
    ("澳門賭場", ""),
    # Brands written in Chinese, alone or with the site words they come with, where the place's name was.
    ("开云体育官方网站水务局2022年报告", "水务局2022年报告"),
    ("华体会体育(中国)官方网站-IOS/安卓通用版/手机APP下载水务局2022年报告", "水务局2022年报告"),
    ("亚博体育app下载_亚博官网水务局2022年报告", "水务局2022年报告"),
    ("米乐m6官网登录入口水务局2022年报告", "水务局2022年报告"),
    ("太阳城集团水务局2022年报告", "水务局2022年报告"),
    ("部门及内设科室工作职责，尊龙ag旗舰厅的联系方式、领导班子成员公开。", "部门及内设科室工作职责，的联系方式、领导班子成员公开。"),
    ("AG真人国际厅水务局2022年报告", "水务局2022年报告"),
    ("请联系：华体会主页 青石街道办事处", "请联系：青石街道办事处"),
    ("九游会J9官网水务局", "水务局"),
    ("KY开云体育官网水务局", "水务局"),
    ("永利皇宫官网水务局", "水务局"),
    ("新葡京娱乐场水务局", "水务局"),
    # a brand written in Chinese and its Latin name, where the government's word was (round 17)
    ("现公布青石镇德赢VWIN2021年政府信息公开工作年度报告", "现公布青石镇2021年政府信息公开工作年度报告"),
    ("vwin官网水务局", "水务局"),
    # football betting's short name with the search phrase it was spliced for, where a leader's name, a word of
    # a document's title or nothing stood
    ("坚持以足彩app哪个是正规的新时代中国特色社会主义思想为指导", "坚持以新时代中国特色社会主义思想为指导"),
    ("《青石市办公室中国足彩网做好年度报告编制工作的通知》", "《青石市办公室做好年度报告编制工作的通知》"),
    ("青石市民政局2013年度政府信息公开工作年度报告_足彩app哪个是正规的", "青石市民政局2013年度政府信息公开工作年度报告"),
    ("国务院办公厅沙巴体育娱乐场,中国足彩在线印发", "国务院办公厅印发"),
    # a slot machine's name, and a brand of ordinary words before 国际 and a login word, in a metadata field
    ("信息来源：老虎机游戏：青石乡政府", "信息来源：青石乡政府"),
    ("您的位置：凯发国际登录首页 > 政务公开", "您的位置：首页 > 政务公开"),
    ("青石市海关2020年政府信息公开工作年度报告pa凯发国际登录", "青石市海关2020年政府信息公开工作年度报告"),
    # a brand of digits glued to 体育, two splices joined by a comma where the city's name was
    ("166体育,166体育平台市交通运输局2016年度报告", "市交通运输局2016年度报告"),
])
def test_splices_are_taken_out(spliced, clean):
    assert remove_splices(spliced) == (clean, 1)


@pytest.mark.parametrize("text", [
    "全年365天不间断服务，教育体育局官方网站提供附件下载",  # site words alone are ordinary Chinese
    "彩票公益金使用情况已在门户网站公开",
    # football betting's and slot machines' names in a report's own sentence, with no site word of a splice
    "开展打击足彩网络赌博专项行动，体育彩票（含足彩）销售信息按月公开",
    "依法查处老虎机等赌博机具32台",
    "通过政务网投诉平台受理群众诉求",
    "联系电话：0951-1234567，网址 www.example-gov.cn/xxgk_index.html，统计期限2019-2020年",
    "《条例》第二十条_第（一）项",
    "Office 365 平台上线",
    "2022体育节在市体育中心举办，新建100体育场地",  # a year and a count before 体育 are no brand
    "规划期2021-2025 2026年起实施",  # a span and a year set off by a space: no mark, no splice
    "会同港澳办赴澳门特区考察，学习推荐的经验",  # Macao and 推荐 without a mark stay
    "严厉打击网络赌博，澳门特区政府",
    "嚴厲打擊網絡賭博，澳門特區政府",
    # the words such brands are made of, in a report's own sentences
    "推进山东半岛城市群建设，太阳城社区、永利村、银河路完成改造，星空下的广场舞活动丰富",
    "参加亚博会、万博会，江南体育中心改造完成，开云南分公司、大发展大突破",
    "组织干部赴北京学习，加强国际交流，提升agent服务能力",
    "半岛体育场、星空体育馆改造完成",
    "开展文化娱乐场所专项检查，规范网吧和KTV经营",
    # …beside the words a platform or a company is named by
    "本年度依托政务IM平台和半岛集团门户推送信息，星空平台下载量增加",
    "山东半岛集团有限公司、银河集团签订合同，大发平台入口完成改版",
])
def test_ordinary_text_is_left_alone(text):
    assert remove_splices(text) == (text, 0)


def test_table_cells_are_cleaned_and_empty_lines_dropped():
    blocks, count = clean_blocks(["365体育官网", Table([["发布机构", "beat777官网民政局"]]), "正文"])
    assert count == 2
    assert blocks[0].rows == [["发布机构", "民政局"]] and blocks[1:] == ["正文"]


def test_a_spliced_report_reads_its_issuer_and_says_what_was_removed():
    lines = ["bet8899体育官网", "东山县bet8899官网_体育365投注_888娱乐城民政局2021年政府信息公开工作年度报告",
             "一、总体情况", "2021年，东山县bet8899官网_体育365投注_888娱乐城民政局认真落实《条例》。",
             "二、主动公开政府信息情况", "本年主动公开信息120条。"]
    report = parse_document(Document(lines, "txt"), "x.txt")
    assert report.agency == "东山县民政局" and report.year == 2021
    assert "bet" not in report.sections[0].text and "娱乐城" not in report.sections[0].text
    assert "页面中夹杂的博彩广告文字（3 处）已删除，原始文件未改动。" in report.warnings


def test_a_date_before_a_chain_is_the_reports():
    assert remove_splices("截至2010年12月31日通过365官方入口-app下载_mobile888网站公开信息") == \
        ("截至2010年12月31日通过网站公开信息", 1)


def test_a_report_whose_words_a_splice_replaced_is_still_read():
    # The mirror put betting words where 政府信息公开 was, in the title and in the law's name.
    lines = ["澳門賭場", "2024年澳門賭場推薦工作年度报告",
             "根据《中华人民共和国澳門賭場推薦条例》要求，现将我局编制的2024年澳門賭場推薦工作年度报告向社会公开。",
             "一、总体情况", "2024年，在市委、市政府的领导下，我局通过澳門賭場推薦市农业局门户网站发布信息310条。",
             "二、主动公开政府信息情况"]
    report = parse_document(Document(lines, "txt"), "x.txt")
    assert report.year == 2024 and [s.number for s in report.sections] == [1, 2]
    assert not report.agency or "澳" not in report.agency
    assert report.region.get("province") is None
    assert "賭" not in report.sections[0].text


# One mark of each of _MARK's forms: the quick test clean_blocks runs first must let every one through.
_MARK_SAMPLES = ["xbet365", "365BET", "beat365", "bei888", "bt3651", "mobile365", "365体育", "188体育", "888娱乐",
                 "博彩", "百家乐", "娱乐城", "真人娱乐", "赌场", "葡京", "投注", "体育官网", "体育官方", "威廉希尔",
                 "皇冠体育", "尊龙", "凯时", "华体会", "九游会", "雷竞技", "球盟会", "金宝博", "威尼斯人", "新葡京",
                 "太阳城集团", "德赢", "VWIN", "开云体育", "九游娱乐", "亚博官网", "乐鱼体育", "星空体育", "半岛官方",
                 "米乐app", "爱游戏体育", "欧宝娱乐", "博亚体育", "天博官网", "必威体育", "伟德国际厅", "沙巴体育",
                 "大发彩票", "万博体育", "乐动体育", "明升体育", "龙8娱乐", "凯发官网", "太阳城娱乐", "永利皇宫",
                 "银河娱乐", "bob体育", "KY棋牌", "im电竞", "AG真人", "agm8", "足彩app", "老虎机游戏", "凯发国际登录"]


@pytest.mark.parametrize("sample", _MARK_SAMPLES)
def test_the_quick_test_lets_every_form_of_mark_through(sample):
    text = f"本机关{sample}信息公开"
    assert _MARK_RE.search(text), "not a mark: the sample stands for no form of _MARK"
    assert may_hold_mark(text)


def test_the_quick_test_passes_a_report_without_marks():
    assert not may_hold_mark("2021年，本局主动公开政府信息120条，教育体育局门户网站发布信息35条。")
