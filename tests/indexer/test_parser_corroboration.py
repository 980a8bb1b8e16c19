"""Where an issuer's name starts: words glued before one copy of it that the page never writes again are
cut, by what the page itself writes (indexer.corroboration). Every example is made up, in the shapes
real pages take (docs/parsing.md, "Round 7")."""
from __future__ import annotations

import pytest

from indexer.corroboration import corroborated_name, page_key
from indexer.issuer import agency_name
from indexer.model import Document
from indexer.parser import parse_document


def corroborated(name, page):
    return corroborated_name(name, page_key(page), agency_name)


def parse_lines(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


@pytest.mark.parametrize("name, page, kept, cut", [
    # junk before a township the gazetteer lacks; the town writes its own name again
    ("鸿运娱乐青石镇", "鸿运娱乐青石镇2021年…报告。2021年，青石镇严格按照《条例》…", "青石镇", "鸿运娱乐"),
    # a bare department under a spam mirror's words: the contact line writes it alone
    ("某某棋牌提款秒到林业局", "某某棋牌提款秒到林业局2020年…。请与林业局办公室联系。", "林业局", "某某棋牌提款秒到"),
    # the longest suffix the page writes alone wins: not 街道办事处, not 办事处
    ("转载自北山街道办事处", "转载自北山街道办事处2022年…。北山街道办事处认真落实…街道办事处", "北山街道办事处", "转载自"),
    # a site's word that ends like a body ('编辑部') before a name opening with its place, written alone elsewhere
    ("编辑部东山县民政局", "编辑部东山县民政局2021年…。东山县民政局认真贯彻…", "东山县民政局", "编辑部"),
])
def test_words_glued_before_a_name_that_recurs_alone_are_cut(name, page, kept, cut):
    assert corroborated(name, page) == (kept, cut)


@pytest.mark.parametrize("name, page", [
    # the words before recur on their own: they are the name's (a zone's name, not junk)
    ("翠湖园管委会", "翠湖园管委会2021年…。翠湖园新区建设…管委会高度重视…"),
    # a park written alone by its kind ('以园区政务公开促…'): the words before are the park's own name
    ("青石工业园区", "青石工业园区2020年…报告。园区认真贯彻《条例》，以园区政务公开促社区政务公开。"),
    ("白沙工业园管委会", "白沙工业园管委会2022年…。工业园管委会主动公开信息20条，园区管委会高度重视。"),
    # a place or a unit opens what stands before: '海盐县' and '第一师' are the name's
    ("海盐县民政局", "海盐县民政局2021年…。民政局认真贯彻…"),
    ("第一师青石农场", "第一师青石农场2021年…。青石农场认真贯彻…"),
    ("国家统计局某某调查总队", "国家统计局某某调查总队2021年…。某某调查总队认真贯彻…"),
    ("国家税务总局东山县税务局", "国家税务总局东山县税务局2021年…。东山县税务局认真贯彻…"),  # words that rank it
    ("东山县人民政府青石分局", "东山县人民政府青石分局2021年…。青石分局认真贯彻…"),
    ("全国海关", "全国海关2021年…。全国海关深入贯彻…海关总署…海关"),
    # a town's own name cut inside would leave no name: '人民政府' is none
    ("青石乡人民政府", "青石乡人民政府2021年…。各乡人民政府…"),
    # nothing on the page writes a shorter name alone: nothing says where the name starts
    ("鸿运娱乐青石镇", "鸿运娱乐青石镇2021年…报告。2021年，我镇严格按照《条例》…"),
    # two names joined: the first is checked without the dot, and recurs
    ("北山市统计局•国家统计局北山调查队", "北山市统计局•国家统计局北山调查队…。北山市统计局、国家统计局北山调查队…"),
])
def test_names_the_page_corroborates_whole_are_kept(name, page):
    assert corroborated(name, page) == (name, "")


@pytest.mark.parametrize("name, page", [
    # a department named by its level word under junk, the page writing only 我局: an unknown place
    # ('某某市国资委') looks the same, so nothing is cut without the page's word for it
    ("某某娱乐县水务局", "某某娱乐县水务局2017年…。我局严格按照…"),
    ("某某市国资委", "某某市国资委2020年…。我委认真…"),
])
def test_without_a_shorter_name_written_alone_nothing_is_cut(name, page):
    assert corroborated(name, page) == (name, "")


def test_a_place_the_gazetteer_lacks_is_never_cut_from_its_level_word():
    # '市民政局' written alone in a breadcrumb: '某某' before 市 is a city's name, known or not
    assert corroborated("某某市民政局", "首页 > 市民政局 某某市民政局2019年…。我局…") == ("某某市民政局", "")
    # and so junk before a department named by its level word stays (the page cannot tell the two apart)
    assert corroborated("某某娱乐县水务局", "某某娱乐县水务局2017年…。2017年，县水务局严格按照…") == ("某某娱乐县水务局", "")


def test_a_place_name_misread_in_its_first_character_is_never_cut_in_two():
    # OCR read the title's '亭湖区' as '停湖区'; the page writes '亭湖区人民政府' correctly elsewhere, which holds '湖区人民政府':
    # that is half a division's name, not a name written alone (the slip is corrected later, for a scan, by
    # indexer.ocr_places)
    page = "停湖区人民政府2023年…报告。本报告由盐城市亭湖区人民政府办公室编制。亭湖区人民政府认真贯彻…"
    assert corroborated("停湖区人民政府", page) == ("停湖区人民政府", "")


@pytest.mark.parametrize("name, page, kept", [
    # a division's own two-character name (城区 of a city) is a name the page may write alone
    ("转载自城区人民政府", "转载自城区人民政府2023年…。城区人民政府认真贯彻…", "城区人民政府"),
    # 州 or 市 as a place's second character: the shorter name opens with a place, no half of one
    ("编辑部泉州市民政局", "编辑部泉州市民政局2021年…。泉州市民政局认真贯彻…", "泉州市民政局"),
    ("编辑部贵州省民政厅", "编辑部贵州省民政厅2021年…。贵州省民政厅认真贯彻…", "贵州省民政厅"),
    ("编辑部通州区人民政府", "编辑部通州区人民政府2021年…。通州区人民政府认真贯彻…", "通州区人民政府"),
    # words shaped like one (城乡) that the page writes alone, not behind a division's first character
    ("某某棋牌提款秒到城乡规划局", "某某棋牌提款秒到城乡规划局2020年…。请与城乡规划局办公室联系。", "城乡规划局"),
])
def test_names_shaped_like_half_a_place_that_the_page_writes_alone_are_still_cut_to(name, page, kept):
    assert corroborated(name, page)[0] == kept


def test_title_with_junk_before_the_issuer_gives_the_name_the_page_writes():
    report = parse_lines(["鸿运娱乐青石镇2021年政府信息公开工作年度报告",
                          "一、总体情况", "2021年，青石镇严格按照《条例》要求，主动公开政府信息36条。",
                          "二、主动公开政府信息情况", "略。"])
    assert report.agency == "青石镇"
    assert any("鸿运娱乐" in w and "去掉" in w for w in report.warnings)


def test_title_whose_name_nothing_corroborates_is_kept_as_written():
    report = parse_lines(["鸿运娱乐青石镇2021年政府信息公开工作年度报告",
                          "一、总体情况", "2021年，我镇严格按照《条例》要求，主动公开政府信息36条。",
                          "二、主动公开政府信息情况", "略。"])
    assert report.agency == "鸿运娱乐青石镇"
    assert not any("去掉" in w for w in report.warnings)


@pytest.mark.parametrize("text, name", [
    ("正文北山街道办事处", "北山街道办事处"), ("打印本页北山街道办事处", "北山街道办事处"),
    ("当前位置青石镇", "青石镇"), ("【字体：大 中 小】打印青石镇", "青石镇"),
    ("正文", None), ("打印", None),
])
def test_page_widgets_glued_before_a_name_go(text, name):
    assert agency_name(text) == name



def test_the_stress_bench_glues_junk_before_the_name_and_scores_it(tmp_path, monkeypatch):
    from bench import glued_names
    # a made-up extra set of one page, the shared pages left out
    monkeypatch.setattr(glued_names, "SHARED", tmp_path / "absent")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(
        "青石镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，青石镇严格按照《条例》要求，主动公开政府信息36条。\n"
        "二、主动公开政府信息情况\n略。", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(
        '{"file": "pages/a.txt", "source": "http://example.gov.cn/a.html", "agency": "青石镇"}\n', encoding="utf-8")
    counts, misses = glued_names.run(["鸿运娱乐", "编辑部"], [tmp_path])
    assert counts == {"鸿运娱乐": [1, 1], "编辑部": [0, 1]}  # 编辑部 ends like a body: the name is kept whole
    assert misses == [f"编辑部: {tmp_path.name}/a.txt: expected '青石镇', got '编辑部青石镇'"]


@pytest.mark.parametrize("name, page", [
    # the page writes the kind of body alone ('管理区共…'), which refers back to the name: no cut to it,
    # nor inside it ('理区')
    ("青峰管理区", "2008年，青峰管理区认真贯彻《条例》。管理区共主动公开信息45条。东州市人民政府青峰管理区管委会"),
    ("翠溪管委会", "2012年，翠溪管委会认真贯彻《条例》。管委会共公开信息12条。"),
    ("红旗街道办事处", "红旗街道办事处2020年…。街道办事处全年公开信息30条。"),
    ("青峰农场", "2008年，青峰农场认真贯彻《条例》。农场共主动公开信息45条。"),
    # a customs office under its system's name in the site's banner ('中国海关')
    ("北港海关", "中国海关\n北港海关2021年…年度报告。2021年，北港海关认真落实《条例》。"),
])
def test_a_kind_of_body_written_alone_is_no_shorter_name(name, page):
    assert corroborated(name, page) == (name, "")


def test_a_zone_named_by_an_unknown_place_keeps_its_name_in_a_report():
    report = parse_lines(["2008年，青峰管理区认真贯彻落实《条例》，加大政府信息公开力度。",
                          "一、主动公开政府信息的情况", "2008年，管理区共主动公开政府信息45条。",
                          "二、依申请公开政府信息和不予公开政府信息的情况", "管理区没有受理申请。"])
    assert report.agency == "青峰管理区"


def test_a_new_area_named_after_a_bay_keeps_its_name_and_is_not_the_district_it_shares_words_with():
    # '青石湾' is a place the divisions list lacks (a bay); '滨海新区' is also the name of 天津's district. The page
    # writes the short form alone, as zones do; the landform's name is the area's own, not a spam mirror's words.
    report = parse_lines(["本报告依照《条例》编写，数据统计期限为2021年1月1日至12月31日。", "一、总体情况",
                          "（一）主动公开。2021年，青石湾滨海新区通过公开栏和新媒体发布信息41条。",
                          "（二）依申请公开。全年滨海新区未收到公开申请。",
                          "（三）信息管理。滨海新区落实三审制度。"])
    assert report.agency == "青石湾滨海新区"
    assert (report.level, report.region.get("province")) == (None, None)
    assert corroborated("青石湾滨海新区", "青石湾滨海新区2022年…。滨海新区共收到0条申请。") == ("青石湾滨海新区", "")
    # a spam mirror's words ending in no landform are still cut
    assert corroborated("鸿运娱乐滨海新区", "鸿运娱乐滨海新区2022年…。滨海新区共收到0条申请。") == ("滨海新区", "鸿运娱乐")


@pytest.mark.parametrize("line", ["主办：滨海新区党政办公室", "地址：滨海新区迎宾大道8号", "网站：滨海新区政务网"])
def test_a_bay_named_area_writing_its_short_name_on_a_site_or_address_line_is_not_placed_by_it(line):
    # the site or address line writes '滨海新区' alone, the short form the area uses for itself: it names the
    # bay-named area, not 天津's district of that name
    report = parse_lines(["本报告依照《条例》编写，数据统计期限为2021年1月1日至12月31日。", "一、总体情况",
                          "（一）主动公开。2021年，青石湾滨海新区通过公开栏发布信息12条。",
                          "（二）依申请公开。全年未收到公开申请。", line])
    assert report.agency == "青石湾滨海新区"
    assert (report.level, report.region.get("province")) == (None, None)


def test_the_district_writing_its_own_name_on_a_site_line_is_still_placed_by_it():
    report = parse_lines(["本报告依照《条例》编写，结合滨海新区政府信息公开工作情况编制。", "一、概况",
                          "2021年，新区高度重视政府信息公开工作。", "主办：滨海新区人民政府办公室"])
    assert report.agency == "滨海新区"
    assert report.region.get("province") == "天津市"


@pytest.mark.parametrize("title, sentence", [
    ("东江大学2020年政府信息公开工作年度报告", "学校全力推进世界一流大学建设。"),
    ("青石县人民医院2020年政府信息公开工作年度报告", "2020年，医院共主动公开信息20条。"),
    ("北山职业学院2020年政府信息公开工作年度报告", "2020年，学院共主动公开信息20条。"),
])
def test_an_institutions_kind_written_alone_is_no_shorter_name(title, sentence):
    report = parse_document(Document([title, "一、总体情况", sentence, "二、主动公开政府信息情况", "略。"], "txt"), "x.txt")
    assert report.agency == title[: title.index("2020")]
