"""Level and region from what a page says about its issuer, and from the page's address: gov.cn
host names, sidecars, `parse --source`, a saved page's own record. Made-up pages; the host names
are built the way government sites name themselves (docs/places.md, "Web addresses")."""
from __future__ import annotations

import json

import pytest

from indexer.__main__ import main
from indexer.build import collect_files
from indexer.gazetteer import digraph_initials
from indexer.hostnames import address_text, central_body, gov_hosts, host_units
from indexer.model import Document
from indexer.parser import parse_document, parse_file
from indexer.places import locate
from indexer.readers.html import saved_from
from tests.indexer.sentences import sentence_problem


def names(units_list):
    return [sorted(u.name for u in units) for units in units_list]


# --- host names ------------------------------------------------------------------------------

@pytest.mark.parametrize("host, expected", [
    ("www.haiyan.gov.cn", [["海晏县", "海盐县"]]),  # pinyin of the short form, two units share it
    ("www.jsx.gov.cn", None),  # initials: many units; checked below
    ("dinghuqu.gov.cn", [["鼎湖区"]]),  # pinyin + the suffix's pinyin
    ("www.ynxc.gov.cn", [["西畴县"]]),  # province code + a unit inside it
    ("www.gzdc.gov.cn", [["稻城县"]]),  # 甘孜 (gz) + 稻城 (dc): the pair that nests decides
    ("kjt.sczf.gov.cn", [["四川省"]]),  # key + 'zf' (政府)
    ("fgw.beijing.gov.cn", [["北京市"]]),  # an office's label before the area's
    ("wsjkw.zj.gov.cn", [["浙江省"]]),  # a two-letter label before gov.cn is a province's portal
    ("xxgk.mot.gov.cn", []),  # a central body's site names no place
    ("www.spb.gov.cn", []),  # 国家邮政局's, though 沙坪坝区's initials are spb (round 17)
    # a vertical system's provincial sub-host of a central domain names that province, and only a province (round 19)
    ("nx.cma.gov.cn", [["宁夏回族自治区"]]),
    ("hunan.chinatax.gov.cn", [["湖南省"]]),
    ("xxgk.ln.spb.gov.cn", [["辽宁省"]]),
    ("nanning.customs.gov.cn", []),  # a customs district's label: no province
    ("abc.gz.gov.cn", [["广州市"]]),  # a city's portal whose label is also 贵州's code (round 19)
    ("abc.sx.gov.cn", [["绍兴市"]]),  # 山西's code, 绍兴's portal
    ("abc.xa.gov.cn", [["西安市"]]),  # two letters many units' initials share: the city whose portal it is
    ("www.gzwc.gov.cn", [["务川仡佬族苗族自治县"]]),  # inside a pair gz is still 贵州
    ("www.shhk.gov.cn", [["沙河口区", "虹口区"]]),  # initials keeping sh whole, and 上海 + 虹口区: both (round 19)
    # place names read as places are read (round 19): 长 cháng, 都 dū, 朝 cháo, 闵行 mǐnháng; 长子 keeps zhǎng
    ("www.tianchangshi.gov.cn", [["天长市"]]),
    ("www.sanduxian.gov.cn", [["三都水族自治县"]]),
    ("www.ccchy.gov.cn", [["朝阳区"]]),
    ("www.minhang.gov.cn", [["闵行区"]]),
    ("www.zhangzi.gov.cn", [["长子县"]]),
    ("www.sytxqzf.gov.cn", [["铁西区"]]),  # a nesting pair (沈阳 + 铁西区), then zf (round 19)
    ("hrbxf.gov.cn", [["香坊区"]]),  # 哈尔滨's sites are named hrb (hosts.tsv), a district's hrb + its key
    ("abc.ordos.gov.cn", [["鄂尔多斯市"]]),  # a city's name that is no pinyin of it (hosts.tsv)
    ("www.ndcpa.gov.cn", []),  # a central body's site (国家疾病预防控制局)
    ("sthjt.xinjiang.gov.cn", [["新疆维吾尔自治区"]]),  # a province's portal, though 新绛县 shares the pinyin
    ("www.jilin.gov.cn", [["吉林省"]]),  # the province's, not 吉林市's
    ("www.ewenke.gov.cn", [["鄂温克族自治旗"]]),  # a people's name naming the unit, without 族
    ("www.xixianxinqu.gov.cn", [["陕西省"]]),  # a national new area's site
])
def test_host_labels(host, expected):
    found = host_units(host)
    if expected is None:
        assert len(found[0]) > 1 and "建始县" in {u.name for u in found[0]}
    else:
        assert names(found) == expected


def test_hosts_inside_a_proxy_address_and_central_domains():
    assert gov_hosts("http://proxy.example.com/open/?url=www.longmen.gov.cn%2Finfo%2F1.htm") == ["www.longmen"]
    assert central_body("xxgk.mot.gov.cn") == "交通运输部" and central_body("www.longmen.gov.cn") is None
    assert central_body("www.ndcpa.gov.cn") == "国家疾病预防控制局"  # round 19


def test_address_text_is_the_decoded_page_name():
    assert address_text("https://wiki.example.tw/wiki/2015%E5%B9%B4%E5%BA%A6%E8%B2%9E%E8%B1%90%E7%B8%A3%E6%94%BF%E5%BA%9C"
                        "%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%A0%B1/61840237") \
        == "2015年度貞豐縣政府信息公開工作年報"


# --- locate: evidence other than the name ----------------------------------------------------------

def test_ambiguous_host_settled_by_the_text_or_left_open():
    assert locate("市城管执法局", ["https://www.tls.gov.cn/art/1.html"], context="通过通辽城管微信公众号推送信息").province == "内蒙古自治区"
    assert locate("市城管执法局", ["https://www.tls.gov.cn/art/1.html"], context="通过城管微信公众号推送信息").province is None


def test_unnamed_issuer_takes_its_level_from_how_the_report_calls_itself():
    assert locate(None, [], self_word="乡").level == "township"
    place = locate(None, ["http://www.longmen.gov.cn/zfxxgk/1.html"], self_word="局")
    assert (place.level, place.province, place.county, place.basis) == ("county", "广东省", "龙门县", "evidence")
    assert locate(None, ["http://www.fushun.gov.cn/1.html"], self_word="局").level is None  # 抚顺市 or 抚顺县


def test_body_without_place_takes_its_place_from_a_registration_code():
    place = locate("林业局", ["索引号: 12370305MB2887776R/2009-5098229"])
    assert (place.level, place.province, place.city, place.county) == ("county", "山东省", "淄博市", "临淄区")


def test_vertical_and_central_bodies():
    assert locate("海南海事局", ["地址：海口市滨海大道1号"]).level == "province"
    assert locate("国家统计局某某调查总队").level == "province"  # a central body's provincial branch
    assert (locate("国家统计局北京调查总队").level, locate("国家统计局北京调查总队").province) == ("province", "北京市")
    assert locate("交通運輸部").level == "central"
    assert locate("衡南縣應急管理局").region["province"] == "湖南省"


def test_zones_have_no_tier():
    assert locate("深圳市深汕特别合作区管理委员会").level is None
    assert locate("运城经济技术开发区").region["province"] == "山西省"
    # A short form opening a zone's own name: 文山 (a city and a county-level city, both in 云南).
    assert (locate("文山某某产业园区管理委员会").level, locate("文山某某产业园区管理委员会").province) == (None, "云南省")


@pytest.mark.parametrize("agency, expected", [
    ("西咸新区某某街道办事处", ("township", "陕西省", None)),  # a national new area is read as its division
    ("西咸新区管理委员会", (None, "陕西省", None)),
    ("贵安新区财政局", (None, "贵州省", None)),
    ("南京江北新区管理委员会", (None, "江苏省", "南京市")),
    ("连云港海事局", (None, "江苏省", "连云港市")),  # a vertical body named by a city: its place, not its rank
    # 海南省 or 海南州 (青海): a 海事局 named by a province's short form is the province's (round 20; the pages' gold
    # convention names 海南海事局 a provincial unit)
    ("海南海事局", ("province", "海南省", None)),
    ("牡丹江市气象局", ("city", "黑龙江省", "牡丹江市")),  # a 气象局 ranks with its place
    ("利辛县气象局", ("county", "安徽省", "亳州市")),
    ("连云港市地震局", ("city", "江苏省", "连云港市")),
    ("交通运输部某某局", ("central", None, None)),  # a ministry's own bureau
    ("第六师某某农场", (None, "新疆维吾尔自治区", None)),  # the 兵团's divisions and farms are in 新疆, no tier
])
def test_new_areas_vertical_bodies_and_ministries(agency, expected):
    place = locate(agency)
    assert (place.level, place.province, place.city) == expected


# --- the parser with an address --------------------------------------------------------------------

PAGE = ["根据《条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。", "一、总体情况",
        "2025年，我局通过区政府网站主动公开政府信息8条。", "二、主动公开政府信息情况", "略。"]


def test_address_fills_the_place_and_says_so():
    text_only = parse_document(Document(list(PAGE), "txt"), "x.txt")
    # The text tells the level only: a 局 publishing on the 区政府's site is a district's.
    assert (text_only.level, text_only.region["province"]) == ("county", None)
    assert "发布机关的名称没有表明级别，已按报告中提到的“区政府”推定为县级。" in text_only.warnings
    report = parse_document(Document(list(PAGE), "txt"), "x.txt", "http://www.longmen.gov.cn/zfxxgk/content/post_1.html")
    assert (report.level, report.region) == ("county", {"province": "广东省", "city": "惠州市", "county": "龙门县"})
    assert "发布机关的所在地区或级别取自网页地址“www.longmen.gov.cn”。" in report.warnings
    assert "报告没有写明发布机关，级别根据报告中的“我局”推定为县级。" in report.warnings
    assert all(sentence_problem(w) is None for w in report.warnings)


def test_issuer_named_elsewhere_with_its_place():
    report = parse_document(Document(["本年度报告汇总2014年度民政局的政府信息公开年度报告编制而成。"
                                      "如对本报告有疑问，可与辽源市民政局联系。", "一、概述", "2014年，我局认真落实《条例》。"], "txt"), "x.txt")
    assert (report.agency, report.level, report.region["province"]) == ("民政局", "city", "吉林省")
    assert "发布机关“民政局”没有写明所在地，地区根据正文中的“辽源市民政局”推定。" in report.warnings


def test_wiki_mirror_page_name_gives_issuer_and_place():
    lines = ["一、基本情況概述", "2015年，我縣認真做好信息公開各項工作。"]
    address = ("https://wiki.example.tw/wiki/2015%E5%B9%B4%E5%BA%A6%E8%B2%9E%E8%B1%90%E7%B8%A3%E6%94%BF%E5%BA%9C"
               "%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%A0%B1/61840237")
    report = parse_document(Document(lines, "txt"), "x.txt", address)
    assert (report.agency, report.level, report.region["province"]) == ("貞豐縣", "county", "贵州省")
    assert "标题中没有发布机关，“貞豐縣”取自网页地址。" in report.warnings


def test_sidecar_cli_source_and_saved_page(tmp_path, capsys):
    page = tmp_path / "report.txt"
    page.write_text("\n".join(PAGE), encoding="utf-8")
    assert parse_file(page).region["county"] is None
    (tmp_path / "report.txt.url").write_text("[InternetShortcut]\nURL=http://www.longmen.gov.cn/zfxxgk/1.html\n", encoding="utf-8")
    assert parse_file(page).region["county"] == "龙门县"
    assert collect_files([tmp_path]) == [page]  # the sidecar is no report
    other = tmp_path / "other.txt"
    other.write_text("\n".join(PAGE), encoding="utf-8")
    assert main(["parse", str(other), "--source", "http://www.longmen.gov.cn/1.html"]) == 0
    assert json.loads(capsys.readouterr().out)["region"]["county"] == "龙门县"
    assert saved_from("<!-- saved from url=(0038)http://www.longmen.gov.cn/zfxxgk/1.html -->\n<html>") == \
        "http://www.longmen.gov.cn/zfxxgk/1.html"
    html = tmp_path / "saved.html"
    html.write_text("<!-- saved from url=(0038)http://www.longmen.gov.cn/zfxxgk/1.html -->\n<html><body>"
                    + "".join(f"<p>{line}</p>" for line in PAGE) + "</body></html>", encoding="utf-8")
    assert parse_file(html).region["county"] == "龙门县"


def test_a_folder_of_the_address_settles_a_host_that_fits_several_places():
    # Three districts are called 铁西区 (沈阳, 鞍山, 四平); the site's folder SYTXQ is 沈阳 + 铁西区's initials.
    place = locate("铁西区民政局", ["http://www.tiexi.gov.cn/html/SYTXQ/202601/1.html"], context="铁西区民政局")
    assert (place.province, place.city) == ("辽宁省", "沈阳市")
    assert locate("铁西区民政局", ["http://www.tiexi.gov.cn/html/1.html"], context="铁西区民政局").province is None


# --- places the text mentions, and the government a department answers to -------------------------

def parse_lines(lines, address=None):
    return parse_document(Document(list(lines), "txt"), "x.txt", address)


def test_rules_the_report_follows_name_its_province_not_its_level():
    report = parse_lines(["民政局2020年度政府信息公开工作报告",
                          "根据《条例》规定，由民政局办公室编制完成本报告。",
                          "一、总体情况", "2020年，我局认真贯彻落实《辽宁省政府信息公开规定》，在县委、县政府的领导下，"
                          "及时报送县政府网站专栏信息。"])
    assert (report.agency, report.level, report.region["province"]) == ("民政局", "county", "辽宁省")
    assert "发布机关的所在地区根据报告中引用的文件、网站、邮编或电话区号推定为“辽宁省”。" in report.warnings
    assert "发布机关的名称没有表明级别，已按报告中提到的“县委、县政府”推定为县级。" in report.warnings
    assert all(sentence_problem(w) is None for w in report.warnings)


def test_a_postcode_names_the_province_and_equal_votes_name_none():
    lead = "如对本报告有疑问，请与我镇党政办联系（地址：某某路1号，邮编：325211）。"
    assert parse_lines([lead, "一、总体情况", "2011年，我镇认真落实《条例》。"]).region["province"] == "浙江省"
    tie = "本报告依据《某某省政府信息公开规定》编制。请与我镇联系（邮编：325211）。"
    assert parse_lines([tie.replace("某某省", "福建省"), "一、总体情况", "x。"]).region["province"] is None


def test_a_government_notice_without_its_office_and_the_inspection_speech_name_the_province():
    # '某某县政府《关于…的通知》': a notice of the county's government, its office unnamed
    notice = parse_lines(["2013年，县水利局按照莘县政府《关于加强政务公开工作的意见》要求开展政务公开，"
                          "现将本局2013年度政府信息公开工作年度报告如下：", "本局主动公开政府信息30余条。"])
    assert (notice.agency, notice.region["province"]) == ("县水利局", "山东省")
    # '深入贯彻习近平总书记考察某某重要讲话精神': the report's own province
    speech = parse_lines(["现发布《北山产业园管理委员会2024年政府信息公开工作年度报告》。", "一、总体情况",
                          "2024年，北山产业园管理委员会深入学习贯彻习近平总书记考察宁夏重要讲话精神，推进政务公开。"])
    assert speech.region["province"] == "宁夏回族自治区"
    assert "发布机关的所在地区根据报告中引用的文件、网站、邮编或电话区号推定为“宁夏回族自治区”。" in speech.warnings


def test_spam_words_naming_macau_or_hong_kong_vote_for_no_region():
    # a spam mirror splices gambling words ('澳门皇冠体育') where the place's name stood: the 条例 binds
    # the mainland's bodies only, so 香港, 澳门 and 台湾 never win the region
    spam = "澳门皇冠体育官网"
    report = parse_lines([f"根据《条例》和《山东省政府信息公开办法》有关规定，按照{spam}市人民政府办公室《{spam}做好2015年"
                          f"政府信息公开工作年度报告编制工作的通知》要求，现将2015年我镇政府信息公开情况报告如下。",
                          "一、概述", f"我镇成立了{spam}政务公开工作领导小组。"])
    assert report.region["province"] == "山东省"


def test_a_site_named_by_its_province_names_the_province():
    # '在辽宁某某网公开' and a site in quotes: the province's short form opening a site's name.
    report = parse_lines(["按照省政府办公厅要求，我办对2019年政务信息公开工作进行梳理，现将有关情况报告如下。",
                          "一、总体情况", "2019年，我办全年主动公开信息403条，均在辽宁扶贫网公开。",
                          "在“辽宁扶贫开发信息网”开设专栏。"])
    assert report.region["province"] == "辽宁省"
    assert "发布机关的所在地区根据报告中引用的文件、网站、邮编或电话区号推定为“辽宁省”。" in report.warnings
    # '以某某区政府信息公开网站为平台': the site's name after the preposition 以.
    site = parse_lines(["我局编制了2017年度政府信息公开工作年度报告。", "一、主动公开政府信息的情况",
                        "2017年我局以濱江區政府信息公開網站為平臺，主动公开本机构职能等政府信息。"])
    assert site.region["province"] == "浙江省"
    # A site's name opened by no place, or a word that only looks like one, names nothing.
    other = parse_lines(["现将我局2019年度政府信息公开工作报告如下。", "一、总体情况", "全年在人民网、新华网和学习强国发布信息。"])
    assert other.region["province"] is None


def test_a_government_office_without_its_place_takes_no_region_from_mentions():
    # Such an office also compiles its government's whole report: the places its text mentions would
    # tie the report to the office. A mirror's folder ('/xinjiang/', a province's portal key) still tells.
    lines = ["县人民政府办公室2022", "政府信息公开工作年度报告", "一、总体情况",
             "本年度县人民政府办公室对照《某某市2022年政务公开工作要点》，向新疆政府网报送稿件210篇。"]
    report = parse_lines(lines)
    assert (report.agency, report.level, report.region["province"]) == ("县人民政府办公室", "county", None)
    mirrored = parse_lines(lines, "http://mirror.example.com/xinjiang/c207515k/202301/1.html")
    assert mirrored.region["province"] == "新疆维吾尔自治区"
    # a province's or region's office is the exception (round 17): the State Council above it has no place, so the
    # region its text names is its own ('新疆政府网'), at province level only
    region = parse_lines([line.replace("县人民政府办公室", "自治区人民政府办公厅").replace("《某某市2022年政务公开工作要点》", "要求")
                          for line in lines])
    assert (region.agency, region.level, region.region["province"], region.region["city"]) == (
        "自治区人民政府办公厅", "province", "新疆维吾尔自治区", None)


def test_a_mirror_keeping_the_sites_folder_names_the_province_only():
    lines = ["一、总体情况", "2023年，青石镇人民政府认真贯彻落实《条例》，全年公开政府信息200条。"]
    report = parse_lines(lines, "http://mirror.example.com/zhalantun/zwgk/zfxxgknb/2024/index.html")
    assert (report.level, report.region["province"], report.region["city"]) == ("township", "内蒙古自治区", None)
    assert "发布机关的所在地区或级别取自网页地址“http://mirror.example.com/zhalantun/zwgk/zfxxgknb/2024/index.html”。" \
        in report.warnings
    # A folder whose pinyin names places in two provinces (房山区, 方山县), or any word, names nothing.
    assert parse_lines(lines, "http://mirror.example.com/fangshan/zfxxgknb/1.html").region["province"] is None
    assert parse_lines(lines, "http://mirror.example.com/news/shenghuo/1.html").region["province"] is None


def test_a_conjunction_before_a_level_word_is_no_place():
    # '…和县政府办公室《关于…》' is 'and the county government office's notice', not 和县 (安徽).
    report = parse_lines(["2015年政府信息公开工作年度报告",
                          "我局根据《条例》和县政府办公室《关于做好政府信息公开年度报告的通知》要求，现报告如下：",
                          "一、总体情况", "x。"])
    assert (report.level, report.region["province"]) == ("county", None)


def test_a_body_named_with_a_level_word_elsewhere():
    report = parse_lines(["水务局2017年政府信息公开工作年度报告", "一、概述",
                          "2017年，县水务局严格按照《条例》规定开展信息公开工作。", "二、主动公开政府信息情况", "全年共公开信息253条。"])
    assert (report.agency, report.level) == ("水务局", "county")
    assert "发布机关“水务局”没有写明级别，级别根据正文中的“县水务局”推定为县级。" in report.warnings


def test_a_township_government_found_by_the_township_name():
    report = parse_lines(["大坡乡人民政府2024年政府信息公开工作年度报告", "一、总体情况",
                          "2024年，我乡通过“融安县大坡乡”微信公众号发布信息293篇。"])
    assert (report.level, report.region["province"]) == ("township", "广西壮族自治区")


@pytest.mark.parametrize("word", ["街道", "镇", "乡"])
def test_a_township_that_opens_its_clauses_with_its_bare_word_is_a_township(word):
    # no 我街道, no name: '2024年，街道在…公开' and '全年街道收到…' say a street office reports, though it names its
    # district's site ('区政府网站')
    report = parse_lines(["根据《条例》和有关规定，编制本年度报告。", "一、总体情况", "（一）主动公开",
                          f"2024年，{word}在区政府网站上主动公开信息58条。", "（二）依申请公开",
                          f"全年{word}收到公开申请3件，均按时答复。"])
    assert report.agency is None
    assert report.level == "township"
    assert f"报告没有写明发布机关，级别根据报告中的“{word}”推定为乡镇级。" in report.warnings


def test_a_county_report_naming_its_towns_is_no_township():
    report = parse_lines(["根据《条例》和有关规定，编制本年度报告。", "一、总体情况",
                          "2024年，我县各乡镇、街道主动公开各类政府信息580条。", "县政府办公室收到申请3件。"])
    assert report.level == "county"


def test_a_telephone_area_code_names_the_city():
    report = parse_lines(["根据《条例》规定，现公布2012年青石镇政府信息公开工作年度报告。如对本报告有疑问，"
                          "请与青石镇党政办公室联系，电话：0762—3316905。", "一、概述", "我镇高度重视政府信息公开工作。"])
    assert (report.level, report.region["province"], report.region["city"]) == ("township", "广东省", "河源市")
    assert "发布机关的所在地区根据报告中引用的文件、网站、邮编或电话区号推定为“河源市”。" in report.warnings


def test_phone_and_postal_code_tables_are_generated_and_name_their_source():
    from indexer.place_mentions import AREA_CODES, POSTCODES
    for path in (AREA_CODES, POSTCODES):
        head = path.read_text(encoding="utf-8").splitlines()[0]
        assert "scripts/make_phone_places.py" in head and "sha256" in head


def test_a_report_saying_only_we_takes_its_place_from_its_name_written_later():
    # only '我局' opens it; '某某县水利局' written twice later says where it is (never its issuer's name)
    report = parse_lines(["现将我局2022年度政府信息公开工作情况报告如下。", "一、总体情况", "我局按照要求公布了机构设置和办事指南。",
                          "全年莘县水利局共发布工作动态32条。", "此外，莘县水利局还更新了权责清单。"])
    assert report.agency is None
    assert (report.level, report.region["province"], report.region["county"]) == ("county", "山东省", "莘县")
    assert "报告没有写明发布机关，所在地区根据正文中的“莘县水利局”推定。" in report.warnings
    assert all(sentence_problem(w) is None for w in report.warnings)
    # written once it says nothing
    once = parse_lines(["现将我局2022年度政府信息公开工作情况报告如下。", "一、总体情况", "我局按照要求公布了机构设置。",
                        "全年莘县水利局共发布工作动态32条。"])
    assert once.region["province"] is None


def test_a_ministry_that_calls_itself_wo_bu_is_central():
    report = parse_lines(["根据《中华人民共和国政府信息公开条例》要求，现公布2009年我部政府信息公开工作年度报告。",
                          "一、概述", "2009年，我部认真贯彻《条例》，稳步推进政府信息公开工作。",
                          "二、主动公开信息情况", "略。"])
    assert report.agency is None
    assert report.level == "central" and report.region["province"] is None


def test_initials_that_keep_zh_ch_sh_whole():
    assert digraph_initials("通州", ["tongzhou", "tz", "tzq"]) == "tzh"
    assert digraph_initials("上海", ["shanghai", "sh"]) == "shh"
    assert digraph_initials("嘉定", ["jiading", "jd"]) is None  # no such syllable: the plain initials serve
    # a province's code and a district's initials with zh whole; 'lzh' alone stays the key it already is (梁子湖区, 龙子湖区)
    assert names(host_units("www.lnlzh.gov.cn")) == [["辽中区"]]
    assert names(host_units("www.lzh.gov.cn")) == [["梁子湖区", "龙子湖区"]]
    report = parse_document(Document(["根据《条例》规定编制本报告。", "一、总体情况",
                                      "2020年，青石街道办事处认真落实《条例》。"], "txt"), "x.txt",
                            "http://www.lnlzh.gov.cn/zwgk/1.shtml")
    assert (report.level, report.region["province"]) == ("township", "辽宁省")


def test_a_county_level_citys_own_government_makes_its_unnamed_body_a_countys():
    # '市委、市政府' on the site of a county-level city (钟祥市): the 市 is a county's, not a prefecture's
    lines = ["本报告根据《条例》要求编制。统计期限自2025年1月1日起至2025年12月31日止。", "一、总体情况",
             "2025年，紧扣市委、市政府中心工作部署，持续深化政务公开工作。"]
    report = parse_lines(lines, "http://hbzhongxiang.gov.cn/zfxxgk/2025bmnb/1.html")
    assert report.agency is None
    assert (report.level, report.region["province"], report.region["county"]) == ("county", "湖北省", "钟祥市")
    # on a prefecture's site the same words are a city's
    report = parse_lines(lines, "http://www.jingmen.gov.cn/zfxxgk/1.html")
    assert (report.level, report.region["city"]) == ("city", "荆门市")


def test_a_cited_rule_on_disclosure_by_request_names_the_place():
    # '《某市依申请公开政府信息实施办法》' words its subject the other way round; it settles a host two places share
    lines = ["2017年度区卫计局政府信息公开工作报告",
             "根据《条例》和《南通市依申请公开政府信息实施办法》要求，特向社会公布2017年度本部门信息公开年度报告。",
             "一、概况", "我局按照要求公开政府信息。"]
    report = parse_lines(lines, "http://www.tongzhou.gov.cn/zwgk/1.html")
    assert (report.level, report.region["province"], report.region["county"]) == ("county", "江苏省", "通州区")
    lines[1] = lines[1].replace("南通市依申请公开政府信息实施办法", "北京市主动公开政府信息目录")
    assert parse_lines(lines, "http://www.tongzhou.gov.cn/zwgk/1.html").region["province"] == "北京市"


@pytest.mark.parametrize("site, province", [
    ("“中国永嘉”县政府门户网站", "浙江省"),  # the site's quoted name, then its government's level word
    ("“中国•桐乡”市政府门户网站", "浙江省"),
    ("“魅力青田”县人民政府网站", "浙江省"),  # a slogan before the place
    ("“学习强国”县政府网站", None),  # no place in the quotes
])
def test_a_site_named_in_quotes_before_its_governments_level_word(site, province):
    report = parse_lines([f"根据《条例》要求，现公布委网信办(县数据局)2019年政府信息公开工作年度报告。本年报的电子版可以在{site}上下载。",
                          "一、概述", "我办高度重视信息公开工作。"])
    assert report.region["province"] == province


@pytest.mark.parametrize("byline, agency, level", [
    ("发布单位:县卫生和计划生育局 发布时间: 2018-03-08", "卫计局", "county"),  # the same kind of body, in other words
    ("发布机构：市卫生健康委员会", "卫健委", "city"),  # 委员会 is a 委
    ("发布单位:县档案局", "卫计局", "county"),  # any 局 with a level word: the level, not the name, is read from it
    ("发布单位:县档案馆", "卫计局", None),  # a 馆 is another kind of body
])
def test_a_bylines_publisher_with_a_level_word_gives_the_issuer_its_level(byline, agency, level):
    report = parse_lines([f"某某娱乐{agency}2017年度政府信息公开工作年度报告", byline,
                          f"根据《条例》要求，特向社会公布2017年度{agency}政府信息公开年度报告。", "一、基本概述", "略。"])
    assert (report.agency, report.level) == (agency, level)


@pytest.mark.parametrize("footer, level, county", [
    # a mirror that keeps the county site's footer: its owner (主办) and the site's identifier (网站标识码, whose
    # first six digits are the division code of the government running the site) place a 我局 page there
    (["主办：山西省临汾市襄汾县人民政府", "承办：襄汾县人民政府办公室"], "county", "襄汾县"),
    (["建设管理：临汾市政府电子政务中心 晋ICP备05000000号 网站标识码：1410230002"], "county", "襄汾县"),
    (["主办单位：临汾市人民政府"], "city", None),
    (["版权所有 2018 晋ICP备05000000号"], None, None),  # a footer naming no one places nothing
])
def test_a_sites_footer_places_a_page_that_names_no_issuer(footer, level, county):
    report = parse_lines([*footer, "我局一贯重视政府信息公开工作。", "一、情况概述", "2017年，我局主动公开政府信息53条。"])
    assert report.agency is None
    assert (report.level, report.region["county"]) == (level, county)
    assert report.region["province"] == ("山西省" if level else None)


def test_the_government_a_body_works_under_outweighs_one_it_cites():
    # a hijacked name left only '科技局': '在县委、县政府的领导下' makes it a county's, though the text also cites
    # a guide of the 市政府 (once each; the Party committee and government pair counts double)
    lines = ["某某娱乐科技局2020年政府信息公开工作年度报告",
             "2020年，科技局在县委、县政府的坚强领导下，按照市政府《信息公开指南》要求，及时公开科技工作信息。",
             "一、总体情况", "我局主动公开信息20条。"]
    assert parse_lines(lines).level == "county"
    lines[1] = "2020年，科技局在市委、市政府的正确领导下，按照县政府《信息公开指南》要求，及时公开科技工作信息。"
    assert parse_lines(lines).level == "city"
    # one each, neither leads: the lower is its own (round 17; a city's bureau follows no county's requirement)
    lines[1] = "2020年，科技局按照县政府和市政府的要求，及时公开科技工作信息。"
    assert parse_lines(lines).level == "county"


def test_a_government_listed_after_the_centre_is_a_superior_and_the_level_a_report_calls_its_own_counts():
    # a hijacked city report left with '人民政府' alone: '按照党中央、国务院和省委、省政府的部署' names its superiors,
    # '市本级发布…、各县区发布…' its own level
    lines = ["beat777官方网站_旧版777下载人民政府2021年政府信息公开年度报告", "一、总体情况",
             "2021年，beat777官方网站_旧版777下载人民政府按照党中央、国务院和省委、省政府的部署推进公开工作。",
             "（一）主动公开。全年发布信息5000条，市本级发布1200条、各县区发布3800条。"]
    report = parse_lines(lines)
    assert report.level == "city"
    assert "发布机关的名称没有表明级别，已按报告中提到的“市本级”推定为地市级。" in report.warnings
    lines[3] = "（一）主动公开。全年发布信息5000条。"
    assert parse_lines(lines).level is None  # the superiors alone say nothing of its own level


def test_a_decree_cited_by_its_issuer_is_no_own_government_and_a_district_saying_we_is_a_countys():
    # a municipality's district says only 我区 and cites the city's decree ('市人民政府令第12号'), which is no
    # government it works under; placed at a district by its address, it is that district's report
    lines = ["本报告依照《条例》和《天津市政府信息公开规定》（市人民政府令第12号）编写。", "一、概述",
             "2016年，我区按照国务院和市政府的部署，不断完善公开机制。", "全区共公开政府信息300条。"]
    report = parse_lines(lines, address="http://www.tjwq.gov.cn/zwgk/nb/2016.html")
    assert (report.level, report.region["province"], report.region["county"]) == ("county", "天津市", "武清区")
    assert "报告没有写明发布机关，级别根据报告中的“我区”和所在地“武清区”推定为县级。" in report.warnings
    assert parse_lines(lines).level is None  # from the text alone: a district or a zone, the decree says neither
    lines[3] = "全区及开发区共公开政府信息300条。"  # a zone named: 我区 may be the zone's
    assert parse_lines(lines, address="http://www.tjwq.gov.cn/zwgk/nb/2016.html").level is None


def test_places_a_text_mentions_settle_a_township_governments_province():
    # 大路镇 is a name of many provinces' towns; the rules and site it cites name its city. A government named
    # without its place ('县人民政府办公室') is still left to what names it.
    report = parse_lines(["大路镇人民政府2019年信息公开年度报告", "一、总体情况",
                          "我镇严格按照《琼海市人民政府办公室关于印发琼海市信息公开工作管理办法的通知》要求开展工作。"
                          "本年度通过琼海市政府网信息公开目录公开信息24件。"])
    assert (report.level, report.region["province"], report.region["county"]) == ("township", "海南省", "琼海市")
    report = parse_lines(["县人民政府办公室2020年政府信息公开工作年度报告", "一、总体情况",
                          "按照《温州市2020年政务公开工作要点》，县政府办公室主动公开信息。"])
    assert report.region["province"] is None


def test_the_body_that_signs_the_report_places_a_title_without_its_place():
    # the title names '县科技局'; the signature under the last chapter writes the bureau in full with its county
    lines = ["县科技局2018年政府信息公开工作年度报告", "今年以来，我局结合自身实际推进政府信息公开工作。", "一、概述",
             "我局主动公开政府信息289条。", "平阳县科学技术局", "2019年1月2日"]
    report = parse_lines(lines)
    assert (report.agency, report.level, report.region["county"]) == ("县科技局", "county", "平阳县")
    # a signature of a body in another place than the title's level word allows is no evidence
    lines[-2] = "温州市科学技术局"
    assert parse_lines(lines).region["county"] is None


def test_an_autonomous_regions_own_words_are_no_districts():
    # a consolidated report of an autonomous region names itself 区党委/区政府办公厅 (a district writes 区委 and 办公室)
    lines = ["二、主动公开政府信息的情况", "全区行政机关依法做好主动公开。",
             "一年来，各厅局在区党委、区政府统一部署下推进公开，其中以区政府办公厅和财政厅发布最多。"]
    assert parse_lines(lines).level == "province"
    # '自治区人民政府' is the region, a superior of a city's bureau, never a district's government (it tied with 市政府)
    lines = ["林业局2021年政府信息公开工作年度报告", "一、总体情况",
             "2021年，我局按照自治区人民政府的要求，及时报送市政府网站专栏信息。"]
    assert parse_lines(lines).level == "city"
    lines[2] = "2021年，我局按照自治区人民政府的部署推进公开工作，在区委、区政府的领导下完成各项任务。"
    assert parse_lines(lines).level == "county"  # a district's 区委、区政府 still a county's


def test_a_traditional_script_site_line_places_a_bureau_as_a_simplified_one_does():
    # only 我局; the line naming the site it is published on is in traditional script (網站), read as 网站 would be
    lines = ["本年度報告依據《條例》編寫，全文刊載於鹿城區人民政府網站。",
             "一、概述", "一年來，我局按要求推進公開。", "2010年，我局主動公開政府信息80條。"]
    report = parse_lines(lines)
    assert (report.level, report.region["province"], report.region["county"]) == ("county", "浙江省", "鹿城区")
    lines[0] = "發布機構：鹿城區統計局"  # a byline's publisher, in traditional script too
    assert parse_lines(lines).region["county"] == "鹿城区"


def test_a_report_saying_we_the_district_placed_in_a_city_is_one_of_its_districts():
    # a hijacked mirror lost the district's name; the rule it cites names its city only
    lines = ["2013年某某官网信息公开年度报告", "依照《条例》及《佛山市政府信息公开规定》，编写本年度报告。",
             "一、概述", "这一年，我区按照上级要求推进政府信息公开工作。"]
    report = parse_lines(lines)
    assert (report.level, report.region["city"], report.region["county"]) == ("county", "佛山市", None)
    lines[3] = "2013年，我区及高新区按照上级要求推进政府信息公开工作。"  # a zone named: 我区 may be the zone's
    assert parse_lines(lines).level is None


def test_the_bodys_own_account_named_with_its_place_is_a_mention():
    # a zone's park office names no place but its WeChat account's name: '“合肥经济技术开发区某某园”微信公众号'
    lines = ["某某园管理办2023年政府信息公开工作年度报告", "一、总体情况",
             "园区动态通过“合肥经济技术开发区某某园”微信公众号发布。"]
    assert parse_lines(lines).region["province"] == "安徽省"
    # an account named by a short form alone is no mention: it may be a street's or a town's name anywhere
    lines[2] = "园区动态通过“友谊发布”微信公众号发布。"
    assert parse_lines(lines).region["province"] is None


def test_a_name_placed_only_in_macao_hong_kong_or_taiwan_is_no_issuers_place():
    # betting words written where the county's name was ('澳门特区赌场…交通运输局'): the 条例 binds no body there, so
    # the report is placed by what its text says, as one naming no issuer is
    lines = ["澳门特区赌场交通运输局2022年政府信息公开工作年度报告", "一、总体情况",
             "本年度，我局按照县政府的部署公开信息。"]
    report = parse_lines(lines)
    assert report.level == "county"
    assert report.region["province"] is None
    assert locate("香港特别行政区政府").province is None
    assert locate("民政局", ["地址：澳门某某大马路1号"]).province is None


def test_a_government_site_named_by_its_places_short_form_is_a_mention():
    # '阿图什政府网': the short form right before 政府 names the site's government (阿图什市)
    lines = ["某某乡2019年政府信息公开工作年度报告", "一、总体情况", "2019年，我乡信息通过阿图什政府网公开。"]
    assert parse_lines(lines).region["province"] == "新疆维吾尔自治区"
    lines[2] = "2019年，我乡信息通过县政府网公开。"  # a level word alone names no place
    assert parse_lines(lines).region["province"] is None


def test_a_source_line_names_where_the_page_was_published():
    # a metadata table's '来源' names the government that published the page, like its 发布机构
    lines = ["某某乡2019年政府信息公开工作年度报告", "来 源 | 阿勒泰市人民政府 |", "一、总体情况",
             "2019年，我乡主动公开信息20条。"]
    assert parse_lines(lines).region == {"province": "新疆维吾尔自治区", "city": "阿勒泰地区", "county": "阿勒泰市"}


def test_a_name_without_place_or_level_takes_the_level_of_the_same_body_its_contact_line_names():
    # the first sentence names '海关' (the issuer stage's pick), the contact line the same body in full
    lines = ["2009年政府信息公开工作年度报告",
             "本年报根据《条例》编制。如对本年报有任何疑问，请与海关总署办公厅信息公开室联系（地址：北京市东城区某某大街6号）。",
             "一、主要工作概述", "2009年海关信息公开工作，认真执行《条例》各项要求。"]
    report = parse_lines(lines)
    assert report.agency == "海关"
    assert report.level == "central" and report.region["province"] is None
    assert any("海关总署" in w and "级别" in w for w in report.warnings)


def test_a_body_named_after_its_municipality_alone_that_works_under_a_district_is_county_level():
    lines = ["重庆某某古镇管理委员会2023年政府信息公开工作年度报告", "一、总体情况",
             "2023年，我委在区委、区政府的正确领导下，严格贯彻落实《条例》。"]
    report = parse_lines(lines)
    assert (report.level, report.region["province"]) == ("county", "重庆市")
    assert any("区委、区政府" in w for w in report.warnings)
    lines[2] = "2023年，我委在市委、市政府的正确领导下，严格贯彻落实《条例》。"
    assert parse_lines(lines).level == "province"


def test_a_short_form_before_the_issuers_own_words_places_a_name_with_only_a_level_word():
    lines = ["市城管执法局2020年政府信息公开工作年度报告", "一、总体情况",
             "2020年，通过通辽城管微信公众号推送工作信息175条。"]
    assert parse_lines(lines).region == {"province": "内蒙古自治区", "city": "通辽市", "county": None}
    # a short form several places share settles nothing; one before other words is no evidence
    lines[0] = "区民政局2020年政府信息公开工作年度报告"
    lines[2] = "2020年，通过朝阳民政信息网推送工作信息175条。"
    assert parse_lines(lines).region["province"] is None
    lines[0] = "市城管执法局2020年政府信息公开工作年度报告"
    lines[2] = "2020年，在铜陵路设立公开栏。"
    assert parse_lines(lines).region["province"] is None


def test_a_provinces_document_number_after_its_level_word_names_the_province():
    lines = ["2020年政府信息公开工作年度报告", "一、总体情况",
             "2020年，我局按照省政府办公厅《关于做好政府信息公开工作年度报告的通知》（湘政办函〔2020〕5号）要求，"
             "认真做好政府信息公开工作。"]
    assert parse_lines(lines).region["province"] == "湖南省"
    # without the province's level word before it, the number may be a county's own (津市 writes 津政发)
    lines[2] = "2020年，我局按照《关于做好政府信息公开工作的通知》（湘政办函〔2020〕5号）要求，认真做好工作。"
    assert parse_lines(lines).region["province"] is None


def test_the_table_of_province_abbreviations_covers_every_mainland_province():
    from indexer.gazetteer import load_gazetteer
    from indexer.place_mentions import ABBREVIATIONS
    rows = [line.split("\t") for line in ABBREVIATIONS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    provinces = {u.code for u in load_gazetteer().by_code.values() if u.kind == "province" and u.code[:2] not in
                 ("71", "81", "82")}
    assert {row[0] for row in rows} == provinces


def test_a_copyright_line_and_a_portal_named_china_and_its_place_say_where_the_issuer_is():
    lines = ["2021年政府信息公开工作年度报告", "一、总体情况", "2021年，我局主动公开信息20条。",
             "Copyright © 2021 江山市卫生健康局 版权所有"]
    assert parse_lines(lines).region["county"] == "江山市"
    lines[2:] = ["2021年，我局在“中国·芦溪”政府门户网站公开信息20条。"]
    assert parse_lines(lines).region["county"] == "芦溪县"
    lines[2:] = ["2021年，我局围绕“中国梦”网上宣传公开信息20条。"]  # no place's name in the quotes
    assert parse_lines(lines).region["province"] is None


def test_a_platform_named_china_and_its_place_places_a_district_named_in_several_cities():
    # 鼓楼区 lies in 南京, 徐州, 福州 and 开封; the city's shared platform, named 中国 + its place, settles it (round 19)
    lines = ["一、总体情况", "2024年，鼓楼区某某局全年通过“中国·徐州”平台主动公开政府信息12条。"]
    report = parse_lines(lines)
    assert (report.level, report.region["province"], report.region["city"]) == ("county", "江苏省", "徐州市")
    lines[1] = "2024年，鼓楼区某某局全年通过“中国·福州”政务公开平台主动公开政府信息12条。"
    assert parse_lines(lines).region["province"] == "福建省"
    lines[1] = "2024年，鼓楼区某某局全年通过“中国梦”学习平台主动公开政府信息12条。"  # no place's name in the quotes
    assert parse_lines(lines).region["province"] is None


def test_a_government_office_named_with_a_shared_district_name_is_settled_by_its_mentions():
    # 鼓楼区 lies in four cities: the office's text names its city's portal (round 19); an office named without any
    # place is still left to what names it
    lines = ["一、总体情况", "2024年，鼓楼区政府办公室全年通过“中国·徐州”网站主动公开政府信息12条。"]
    report = parse_lines(lines)
    assert (report.level, report.region["province"], report.region["city"]) == ("county", "江苏省", "徐州市")
    lines[1] = "2024年，区政府办公室全年通过“中国·徐州”网站主动公开政府信息12条。"
    assert parse_lines(lines).region["province"] is None
    # the mentions choose among the name's own units, never another place: 鼓楼区 is in no city of 山东
    lines[1] = "2024年，鼓楼区政府办公室按照《山东省政府信息公开规定》主动公开政府信息12条。"
    assert parse_lines(lines).region["province"] is None


def test_the_disclosure_office_whose_requirements_a_body_follows_names_its_place():
    lines = ["根据《条例》以及大庆市政务公开领导小组办公室的有关要求，现公布2011年我办年度报告。", "一、概述",
             "2011年，我办在市政府网站发布信息30条。"]
    assert parse_lines(lines).region["province"] == "黑龙江省"
    lines[0] = "按照赤水市政府信息公开办公室《关于做好年度报告编制工作的通知》，现公布2011年我办年度报告。"
    assert parse_lines(lines).region["province"] == "贵州省"
    lines[0] = "按照市政务公开办的有关要求，现公布2011年我办年度报告。"  # its level word alone names no place
    assert parse_lines(lines).region["province"] is None


def test_a_bureau_named_by_its_level_word_on_a_vertical_systems_provincial_sub_host():
    lines = ["县气象局2023年政府信息公开工作年度报告", "一、总体情况", "2023年，我局按照县委、县政府的部署公开信息。"]
    report = parse_lines(lines, "http://nx.cma.gov.cn/abc/zwgk/202403/t1.html")
    assert (report.level, report.region["province"]) == ("county", "宁夏回族自治区")
    assert parse_lines(lines, "http://www.cma.gov.cn/zwgk/t1.html").region["province"] is None


def test_a_host_read_two_ways_is_left_to_the_text_and_a_city_portal_is_the_citys():
    lines = ["区民政局2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我局主动公开信息20条。"]
    assert parse_lines(lines, "https://www.shhk.gov.cn/zw/1.html").region["province"] is None
    lines[2] = "2020年，我局按照《上海市政府信息公开规定》主动公开信息20条。"
    assert parse_lines(lines, "https://www.shhk.gov.cn/zw/1.html").region["county"] == "虹口区"
    lines[0] = "市民政局2020年政府信息公开工作年度报告"
    lines[2] = "2020年，我局主动公开信息20条。"
    assert parse_lines(lines, "https://abc.gz.gov.cn/zfxxgk/1.html").region["province"] == "广东省"


def test_a_jiaoqu_body_is_placed_by_its_area_code():
    lines = ["郊区某某局2022年政府信息公开工作年度报告", "一、总体情况", "2022年，我局主动公开信息9条。联系电话：0562-1234567"]
    report = parse_lines(lines)
    assert (report.level, report.region["province"], report.region["city"]) == ("county", "安徽省", "铜陵市")


def test_an_unnamed_office_on_a_city_portals_sub_host_is_that_citys():
    lines = ["2011年度信息公开报告", "一、概述", "2011年，我办主动公开信息20条。"]
    report = parse_lines(lines, "http://abcd.xa.gov.cn/xxgk/1.html")
    assert (report.level, report.region["province"], report.region["city"]) == ("city", "陕西省", "西安市")


def test_two_townships_of_one_county_named_in_the_text_place_a_county_body():
    lines = ["县农业农村局2021年政府信息公开工作年度报告", "一、总体情况", "2021年，我局在我县两城镇、马坡镇开展农技推广。"]
    assert parse_lines(lines).region == {"province": "山东省", "city": "济宁市", "county": "微山县"}
    lines[2] = "2021年，我局在我县两城镇开展农技推广。"  # one name alone is no corroboration
    assert parse_lines(lines).region["province"] is None


def test_any_title_opening_with_a_provinces_full_name_is_a_mention_of_it():
    lines = ["2011年政府信息公开工作年度报告", "二、主动公开政府信息的情况",
             "各政府机关公开了《西藏自治区贸易促进奖励资金管理暂行办法》等规范性文件。"]
    assert parse_lines(lines).region["province"] == "西藏自治区"
    lines[2] = "各政府机关公开了《拉萨某某管理暂行办法》等规范性文件。"  # a short form or a city opens no such title
    assert parse_lines(lines).region["province"] is None


def test_the_committee_and_government_a_body_works_under_named_with_their_place_place_it():
    lines = ["2021年政府信息公开工作年度报告", "一、总体情况", "2021年，在芦溪县委、县政府的正确领导下，我局主动公开信息20条。"]
    report = parse_lines(lines)
    assert (report.level, report.region["county"]) == ("county", "芦溪县")
    lines[2] = "2021年，在蘆溪縣委、縣政府的正確領導下，我局主動公開信息20條。"  # traditional script
    assert parse_lines(lines).region["county"] == "芦溪县"
    # a government it only cites is no superior of its own
    lines[2] = "2021年，我局学习了芦溪县政府的经验，主动公开信息20条。"
    assert parse_lines(lines).level is None
    # a superior's office named with its place, whose requirement the body follows
    lines[2] = "2021年，按照萍乡市人民政府办公室要求，我局主动公开信息20条。"
    assert parse_lines(lines).region == {"province": "江西省", "city": "萍乡市", "county": None}


def test_a_government_information_platform_named_with_its_place_is_a_site():
    lines = ["2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我局依托贵州省政府信息公开目录管理系统维护公开内容。"]
    assert parse_lines(lines).region["province"] == "贵州省"
    lines[2] = "2020年，我乡依托武宁县政府信息公开平台发布信息143条。"
    assert parse_lines(lines).region["county"] == "武宁县"
    lines[2] = "2020年，我局通过萍乡学习平台组织培训。"  # no government's platform
    assert parse_lines(lines).region["province"] is None


def test_a_companys_copyright_line_places_nothing():
    # a document site's footer names its own owner, not the report's issuer
    lines = ["2021年政府信息公开工作年度报告", "一、总体情况", "2021年，我局主动公开信息20条。",
             "Copyright © 2021 北京市某某文化传媒有限公司 版权所有"]
    assert parse_lines(lines).region["province"] is None


def test_a_department_divided_into_gu_is_a_countys():
    # 股 are a county department's internal units (a city's are 科, a province's 处)
    lines = ["2019年政府信息公开工作年度报告", "一、总体情况",
             "2019年，由分管副局长牵头负责，各股(室)按照职责抓好落实，我局主动公开信息31条。"]
    report = parse_lines(lines)
    assert report.level == "county"
    assert any("县级部门内设机构" in w for w in report.warnings)
    lines[2] = "2019年，由分管副局长牵头负责，各科室按照职责抓好落实，我局主动公开信息31条。"
    assert parse_lines(lines).level is None


def test_a_notice_forwarded_by_a_bureau_of_its_government_tells_a_departments_level():
    lines = ["2020年政府信息公开工作年度报告",
             "根据市政务服务和大数据管理局转发的《湖北省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知》"
             "有关要求，现将我局2020年度政府信息公开情况报告如下。", "一、总体情况", "2020年，我局主动公开信息20条。"]
    report = parse_lines(lines)
    assert report.level == "city"


def test_a_provincial_government_office_named_by_its_level_word_is_placed_by_the_province_its_text_names():
    # the State Council above it has no place: the region the text names is its own
    lines = ["自治区人民政府办公厅2022", "政府信息公开工作年度报告", "本报告按《条例》的要求编写。",
             "一、总体情况", "本年度，自治区人民政府办公厅按照习近平总书记视察广西时的重要讲话要求推进公开。"]
    report = parse_lines(lines)
    assert (report.agency, report.level, report.region["province"]) == ("自治区人民政府办公厅", "province", "广西壮族自治区")
    assert all(sentence_problem(w) is None for w in report.warnings)
    # a province the body's own level word does not fit is none of its own (an 自治区 is not in a 省)
    other = parse_lines([line.replace("广西", "四川") for line in lines])
    assert other.region["province"] is None
    # a city's office named without its place stays left to what names it
    city = parse_lines([line.replace("自治区", "市") for line in lines])
    assert city.region["province"] is None


def test_a_governments_open_data_platform_named_with_its_place_is_a_site():
    lines = ["政府信息公开工作年度报告", "一、总体情况", "本年依托某某市数据统一开放平台发布数据集12个。"]
    assert parse_lines([*lines[:2], lines[2].replace("某某市", "南宁市")]).region["province"] == "广西壮族自治区"
    assert parse_lines([*lines[:2], lines[2].replace("某某市", "南宁市").replace("数据统一开放", "公共数据开放")]
                       ).region["city"] == "南宁市"
    # an open platform of no government's data names no place
    assert parse_lines([*lines[:2], "通过南宁市开放平台发布招聘信息12条。"]).region["province"] is None


def test_two_governments_named_equally_often_the_lower_is_the_bodys_own():
    lines = ["现将我局2019年政府信息公开年度报告公布如下。我局参照省政府办公厅的年度通知，落实区政府办公室布置的公开任务。",
             "一、工作措施", "我局主动公开信息20条。"]
    report = parse_lines(lines)
    assert report.level == "county"
    assert "发布机关的名称没有表明级别，已按报告中提到的“区政府”推定为县级。" in report.warnings


def test_the_bodys_own_account_named_by_its_places_short_form_places_it_once_its_level_is_known():
    lines = ["现将我委年度政府信息公开工作情况报告如下。", "一、总体情况",
             "本年度我委依托市政府门户网站更新栏目，另在“健康某某官微”微信公众号推送消息，在“健康某某官方”头条号转载科普文章。"]
    report = parse_lines([line.replace("某某", "铜陵") for line in lines])
    assert (report.level, report.region["province"], report.region["city"]) == ("city", "安徽省", "铜陵市")
    assert "发布机关的所在地区根据报告中提到的账号“健康铜陵官微”推定为“铜陵市”。" in report.warnings
    assert all(sentence_problem(w) is None for w in report.warnings)
    # written once only, or naming no city (萍乡 is a city, 芦溪 a county: a 市 body's account named 芦溪 is no own name)
    once = parse_lines([lines[0], lines[1], "本年度我委依托市政府门户网站更新栏目，另在“健康铜陵”微信公众号推送消息。"])
    assert once.region["province"] is None
    county = parse_lines([line.replace("某某", "芦溪") for line in lines])
    assert county.region["province"] is None
    # a level the text does not tell, or a township's (a street's '某某发布' may be named after any place), places nothing
    township = parse_lines([line.replace("某某", "铜陵").replace("我委", "我街道").replace("市政府", "区政府") for line in lines])
    assert township.level == "township" and township.region["province"] is None


def test_a_number_of_a_provinces_disclosure_office_names_the_province():
    lines = ["2015年政府信息公开工作年度报告", "遵照年报编报通知（湘政务公开协办[2016]9号）以及县政府办公室的安排，"
             "我局把2015年度的公开情况汇总如下：", "一、健全组织、强化领导", "我局完善组织。"]
    report = parse_lines(lines)
    assert (report.level, report.region["province"]) == ("county", "湖南省")
    assert parse_lines([lines[0], lines[1].replace("湘政务公开协办", "藏公开办函"), *lines[2:]]).region["province"] == "西藏自治区"
    # an abbreviation a city also opens its numbers with names no province
    assert parse_lines([lines[0], lines[1].replace("湘", "青"), *lines[2:]]).region["province"] is None


def test_a_conjunction_before_a_level_word_inside_a_longer_clause_is_no_county():
    # '《条例》精神和县政府办公室《关于…》': 'and the county government office's', not 和县 (安徽); 太和县 keeps its 和
    lines = ["依照《条例》精神和县政府办公室《关于报送年度公开情况的通知》，某某产业园整理了2018年度政府信息公开工作年度报告。",
             "一、信息公开工作情况概述", "园区公开信息20条。"]
    assert parse_lines(lines).region["province"] is None
    lines[0] = lines[0].replace("精神和县政府办公室", "精神，按照太和县政府办公室")
    assert parse_lines(lines).region["province"] == "安徽省"


def test_a_metadata_table_read_as_a_table_still_says_where_the_body_is():
    lines = ["[ 索引号 ] | 11370124/2019-00021 | [ 发布机构 ] | 平阴县某某工业园管委会 |",
             "[ 生成日期 ] | 2019-02-11 | [ 时效 ] | 有效 |",
             "现公布某某工业园2018年度政府信息公开工作年度报告。", "一、信息公开工作情况概述", "园区公开信息20条。"]
    report = parse_lines(lines)
    assert (report.region["province"], report.region["county"]) == ("山东省", "平阴县")
    # a company's cell (a copy's site owner) says nothing of the issuer
    company = parse_lines([lines[0].replace("平阴县某某工业园管委会", "北京某某科技有限公司"), *lines[1:]])
    assert company.region["province"] is None


def test_a_township_named_with_its_party_committee_and_government_is_that_township():
    context = "本镇按微山县的统一安排推进公开工作，全年发布信息80条。"
    for name in ("两城镇党委政府", "两城镇党委、政府"):
        place = locate(name, [], None, context)
        assert (place.level, place.province, place.county) == ("township", "山东省", "微山县")


def test_a_provincial_government_offices_number_without_its_government_word_names_the_province():
    lines = ["一、总体情况", "对照全省当年的政务公开安排（川办发〔2022〕7号），我乡逐项落实。"]
    assert parse_lines(lines).region["province"] == "四川省"
    # without a province's level word before it, nothing (a county may open its numbers alike)
    lines[1] = "对照当年的政务公开安排（川办发〔2022〕7号），我乡逐项落实。"
    assert parse_lines(lines).region["province"] is None


def test_a_report_naming_no_issuer_that_speaks_of_its_whole_district_is_the_districts():
    # '围绕市委、市政府的工作要求': the city above it; '全区…' twice: the district's own report
    lines = ["本报告按《条例》的要求编写。", "一、总体情况",
             "这一年全区上下落实市委、市政府交办的公开任务，持续推进政务公开，全区公开平台运行平稳。"]
    report = parse_lines(lines)
    assert report.level == "county"
    assert "发布机关的名称没有表明级别，已按报告中提到的“全区”推定为县级。" in report.warnings
    # once only, or an autonomous region's '全区' (自治区 named), tells nothing of a district
    once = parse_lines([lines[0], lines[1], lines[2].replace("，全区公开平台", "，公开平台")])
    assert once.level == "city"
    region = parse_lines([lines[0], lines[1], lines[2].replace("市委、市政府", "自治区党委、政府")])
    assert region.level != "county"
    # a department (我局) is left to the government it names
    office = parse_lines([lines[0], lines[1], lines[2].replace("持续推进", "我局持续推进")])
    assert office.level == "city"
    # the province's whole named twice in a city bureau's text is its standing there: its 市委、市政府 are its own
    city = parse_lines([lines[0], lines[1], "2023年，在市委、市政府领导下，政务公开考核居全省第一，全省政务公开现场会在此召开。"])
    assert city.level == "city"


def test_a_title_naming_a_township_by_its_unit_word_alone_gives_the_level():
    # a made-up opening: the issuer stage names no body from '镇人民政府', the places stage reads its level from it
    lines = ["镇人民政府2023年政府信息公开工作年度报告", "一、总体情况",
             "2023年，本机关认真贯彻落实《条例》，推进政府信息公开工作。", "地址：浙江省嘉兴市海盐县某某镇某某村。"]
    report = parse_document(Document(lines, "txt"), "x.txt")
    assert (report.level, report.region.get("province")) == ("township", "浙江省")
    lines[0] = "街道办事处2023年政府信息公开工作年度报告"
    assert parse_document(Document(lines, "txt"), "x.txt").level == "township"
    lines[0] = "2023年政府信息公开工作年度报告"  # no unit word: nothing to read
    assert parse_document(Document(lines, "txt"), "x.txt").level is None
