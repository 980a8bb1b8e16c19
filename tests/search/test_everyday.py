"""Everyday words the reports do not use also search the reports' own wordings, weighed low, when
they are rare in the reports. The reports are made up for these tests; none of the queries is in
the judged relevance set."""
from __future__ import annotations

import pytest

from search import SearchParams, run_search
from search.retrieval.everyday import everyday_table
from search.retrieval.query import query_words
from tests.conftest import made_up_report, written


def _report(agency: str, body: str) -> str:
    return made_up_report(agency, 2022, {1: body, 2: "本年主动公开政府信息若干条。"})


REPORTS = {
    "pension.txt": _report("灵武市人力资源和社会保障局", "本局公开城乡居民基本养老保险缴费标准和待遇调整信息。"),
    "relief.txt": _report("灵武市民政局", "本局公开低保和临时救助信息，办理社保卡补换。"),
    "business.txt": _report("灵武市市场监督管理局", "推进企业开办全程网上办，压缩市场主体登记时间。"),
    "reception.txt": _report("灵武市财政局", "公开部门预决算和“三公”经费，公务接待费同比下降。"),
    "roads.txt": _report("灵武市交通运输局", "公开农村公路建设项目和养护信息。"),
    "jobs.txt": _report("灵武市就业服务中心", "落实失业保险稳岗返还政策，公开就业创业扶持信息。"),
    "firms.txt": _report("灵武市工业和信息化局", "集中发布惠企政策42条，公开涉企扶持资金拨付结果。"),
    "concerns.txt": _report("灵武市政务服务管理局", "通过在线访谈回应社会关切，解答群众疑问。"),
    "taxes.txt": _report("灵武市税务局", "优化纳税服务，落实减税降费政策。"),
    "traffic.txt": _report("灵武市公安局交通警察大队", "公开交通违法处理流程和行政处罚决定。"),
    "refusals.txt": made_up_report("灵武市自然资源局", 2022, {
        3: "本年度不予公开2件，其中属于国家秘密1件。", 4: "因政府信息公开被申请行政复议3件。"}),
    "parts.txt": made_up_report("灵武市住房和城乡建设局", 2022, {
        3: "本年度部分公开4件，对涉及个人信息的内容作区分处理；另有1件属于过程性信息。"}),
    "coercion.txt": _report("灵武市综合执法局", "依法实施行政强制措施6次，公开强制执行决定。"),
    "health.txt": _report("灵武市卫生健康局", "公开医疗卫生机构名录和服务信息。"),
    # 医疗 and 卫生 apart: found for 医院 by the parts of the wording 医疗卫生.
    "schools.txt": _report("灵武市教育局", "围绕教育、医疗、养老等民生领域主动公开，落实校园卫生制度。"),
    "housing.txt": _report("灵武市房产服务中心", "公开保障性住房分配和租赁补贴信息。"),
}


@pytest.fixture(scope="module")
def idx(indexes):
    return indexes.searcher("everyday", written(REPORTS))


def listed(searcher, q: str) -> list[str]:
    return [h.agency for h in run_search(searcher, SearchParams(q=q)).hits]


def test_an_everyday_word_no_report_uses_finds_the_reports_wording_with_a_note(idx):
    result = run_search(idx, SearchParams(q="退休金怎么调整"))
    assert [h.agency for h in result.hits][0] == "灵武市人力资源和社会保障局"
    assert any("退休金" in m and "养老保险" in m for m in result.messages)
    assert listed(idx, "开公司要办什么手续")[0] == "灵武市市场监督管理局"
    assert listed(idx, "请客吃饭花了多少")[0] == "灵武市财政局"  # the reports write “三公”经费, 公务接待
    assert listed(idx, "修路")[0] == "灵武市交通运输局"


def test_an_everyday_word_the_reports_use_is_searched_as_typed(idx):
    # 社保 is in a report (社保卡): the row's wordings (社会保险, 养老保险 …) are not searched.
    assert listed(idx, "社保") == ["灵武市民政局"]
    assert not any("社保" in m for m in run_search(idx, SearchParams(q="社保")).messages)
    # A quoted word is searched as typed.
    assert listed(idx, '"退休金"') == []


def test_everyday_words_are_kept_whole_and_the_table_reads():
    assert "开公司" in query_words("开公司要办什么手续")
    table = everyday_table()
    assert "权责清单" in table["权力清单"] and "养老保险" in table["养老钱"]


def test_the_snippet_marks_the_reports_wording_that_was_found(idx):
    hit = run_search(idx, SearchParams(q="开公司要办什么手续")).hits[0]
    assert hit.agency == "灵武市市场监督管理局"
    assert "<mark>企业开办</mark>" in str(hit.snippet)


def test_the_rows_cover_the_range_of_disclosure_topics(idx):
    # Unemployment, taxes, the public's concerns: each in the reports' words only.
    assert listed(idx, "下岗了怎么办")[0] == "灵武市就业服务中心"
    assert listed(idx, "交税的政策")[0] == "灵武市税务局"
    assert listed(idx, "老百姓关心的事有没有回应")[0] == "灵武市政务服务管理局"


def test_an_everyday_phrase_with_de_inside_is_read_as_the_phrase(idx):
    assert "企业补贴" in query_words("政府给企业的补贴")
    assert listed(idx, "政府给企业的补贴")[0] == "灵武市工业和信息化局"
    # Only an everyday phrase is joined: 政府的招聘 is no phrase of the table.
    assert "的" in query_words("政府的招聘信息")


def test_a_requests_outcome_in_the_applicants_words_finds_the_templates_item(idx):
    # 被拒绝 is 不予公开, 不服 is reconsideration and lawsuits, in the template's words.
    assert listed(idx, "申请信息被拒绝了怎么办")[0] == "灵武市自然资源局"
    assert listed(idx, "不服答复怎么办")[0] == "灵武市自然资源局"


def test_a_word_jieba_keeps_whole_reads_by_the_everyday_word_it_is_made_of(idx):
    # jieba keeps 违章罚款 as one word, which no report holds: its part 违章 is an everyday word.
    assert listed(idx, "违章罚款怎么查")[0] == "灵武市公安局交通警察大队"
    # One note, on the table's word (公积金), not a second on the words around it.
    notes = [m for m in run_search(idx, SearchParams(q="公积金贷款怎么办")).messages if "报告很少用" in m]
    assert len(notes) == 1 and "“公积金”" in notes[0], notes
    # 住房, the one wording of 公积金 a report here holds, is asked beside it: no stand-in, and the user is told.
    messages = run_search(idx, SearchParams(q="住房公积金怎么提取")).messages
    assert not any("报告很少用" in m for m in messages) and any("没有报告使用“公积金”" in m for m in messages), messages


def test_the_template_s_other_items_in_an_applicant_s_words(idx):
    # 打码 is 部分公开 (区分处理), 草稿 a 过程性信息, 强拆 a 行政强制 (everyday_words.tsv, round 14).
    assert listed(idx, "申请的文件被打码")[0] == "灵武市住房和城乡建设局"
    assert listed(idx, "草稿能不能公开")[0] == "灵武市住房和城乡建设局"
    assert listed(idx, "强拆的信息")[0] == "灵武市综合执法局"


CHANNELS_AND_REPEALS = {
    "letters.txt": made_up_report("灵武市信访局", 2022, {3: "全年收到信函申请5件，当面申请2件，均已答复。"}),
    "online.txt": made_up_report("灵武市教育局", 2022, {3: "全年收到网络申请8件，均已答复。"}),
    "repeal.txt": made_up_report("灵武市司法局", 2022, {2: "开展规范性文件清理，废止3件，宣布失效2件。"}),
    "issued.txt": made_up_report("灵武市农业农村局", 2022, {2: "本年制发规范性文件2件。"}),
}


def test_the_templates_channels_and_document_columns_in_an_applicants_words(indexes):
    # 邮寄 / 写信 are the template's 信函 channel; 作废 / 过期 its 本年废止 column (part 二), one way.
    searcher = indexes.searcher("everyday-template-items", written(CHANNELS_AND_REPEALS))
    assert listed(searcher, "邮寄申请")[0] == "灵武市信访局"
    assert listed(searcher, "写信申请")[0] == "灵武市信访局"
    assert listed(searcher, "作废的文件")[0] == "灵武市司法局"


def test_a_report_found_by_an_everyday_wordings_parts_shows_them_marked(idx):
    hits = run_search(idx, SearchParams(q="医院")).hits
    assert [h.agency for h in hits][:2] == ["灵武市卫生健康局", "灵武市教育局"]
    hit = hits[1]
    assert "<mark>医疗</mark>" in str(hit.snippet)


SUBJECTS = {
    "extreme.txt": _report("临泽县民政局", "公开特困供养和分散供养人员救助标准。"),
    "property.txt": _report("临泽县自然资源局", "推进不动产登记便民服务，公开国有建设用地使用权出让结果。"),
    "credit.txt": _report("临泽县发展和改革局", "公开行政许可和行政处罚双公示信息，完善信用信息归集。"),
    "plain.txt": _report("临泽县统计局", "公开年度统计数据和统计公报。"),
    "schools.txt": _report("临泽县教育局", "公开教育经费使用和招生信息。"),
    "dining.txt": _report("临泽县市场监督管理局", "开展食品安全专项检查，公开检查结果。"),
}


def test_the_template_s_subjects_in_a_citizen_s_words(indexes):
    # Round 18: a row per subject the reports list as disclosed, in spoken words, old names and short
    # forms (五保户 is 特困供养, 房产证 不动产登记, 卖地 土地出让, 老赖 the 双公示 of credit).
    searcher = indexes.searcher("everyday-subjects", written(SUBJECTS))
    assert listed(searcher, "五保户有什么补助")[0] == "临泽县民政局"
    assert listed(searcher, "房产证怎么办")[0] == "临泽县自然资源局"
    assert listed(searcher, "卖地的钱")[0] == "临泽县自然资源局"
    assert listed(searcher, "老赖名单")[0] == "临泽县发展和改革局"
    assert listed(searcher, "人口数量")[0] == "临泽县统计局"
    # A row whose specific wordings no report of the judged corpus holds keeps its field's name as the
    # reports write it (奖学金: 教育; 外卖: 食品安全, 市场监管).
    assert listed(searcher, "奖学金名单")[0] == "临泽县教育局"
    assert listed(searcher, "外卖不卫生")[0] == "临泽县市场监督管理局"


WORK = {
    "media.txt": _report("石楼县人民政府办公室", "加强政务新媒体管理，政务微博和微信公众号发布信息120条。"),
    "concerns.txt": _report("石楼县卫生健康局", "及时开展舆情回应，回应社会关切5次。"),
    "petitions.txt": _report("石楼县信访局", "办理信访件和群众诉求，答复率100%。"),
    "opinions.txt": _report("石楼县发展和改革局", "重大行政决策草案公开征求意见，采纳意见3条。"),
    "training.txt": _report("石楼县司法局", "组织政务公开业务培训2次。"),
    "secrets.txt": _report("石楼县档案局", "严格落实保密审查制度，防止国家秘密泄露。"),
    "scores.txt": _report("石楼县统计局", "将政务公开纳入绩效考核，开展社会评议。"),
    "villages.txt": _report("石楼县农业农村局", "推进村务公开和财务公开，规范基层政务公开。"),
}


def test_the_disclosure_work_s_own_subjects_in_a_citizen_s_words(indexes):
    # Round 23: a row per subject of the disclosure work itself (the template's parts 二, 五, 六): the
    # reports write 政务新媒体, 回应关切, 信访, 征求意见, 培训, 保密审查, 考核, 村务公开; people say 官微, 辟谣,
    # 吐槽, 问卷调查, 讲座, 机密, 打分, 村账.
    searcher = indexes.searcher("everyday-work", written(WORK))
    assert listed(searcher, "官微")[0] == "石楼县人民政府办公室"
    assert listed(searcher, "辟谣")[0] == "石楼县卫生健康局"
    assert listed(searcher, "吐槽没人理")[0] == "石楼县信访局"
    assert listed(searcher, "问卷调查")[0] == "石楼县发展和改革局"
    assert listed(searcher, "讲座")[0] == "石楼县司法局"
    assert listed(searcher, "机密文件")[0] == "石楼县档案局"
    assert listed(searcher, "给政府打分")[0] == "石楼县统计局"
    assert listed(searcher, "村账")[0] == "石楼县农业农村局"


def test_a_phrase_its_pieces_already_search_is_no_row_of_the_disclosure_work():
    # Round 23's rows leave out a phrase whose pieces the search knows or the reports use (投诉电话:
    # 投诉 | 电话): joined into a row's word, it would lose their own search.
    for phrase in ("投诉电话", "视频平台", "会议直播", "办事流程"):
        assert phrase not in everyday_table()


ASKED = {
    "mailbox.txt": _report("岚皋县人民政府办公室", "在政务大厅设置意见箱，网站开设留言板，群众留言均已办结。"),
    "sentiment.txt": _report("岚皋县应急管理局", "建立政务舆情监测机制，及时处置热点问题。"),
    "taxes.txt": _report("岚皋县税务局", "编印税费优惠政策指引，落实减税降费各项措施。"),
    "schools.txt": _report("岚皋县教育体育局", "公开全县学校名录和教育经费使用情况。"),
}


def test_what_the_reports_write_for_a_spoken_word_the_query_needs(indexes):
    # Round 30: a report that answers the need in the template's words (意见箱 and 留言 as the channels of
    # an opinion, 政务舆情 for the public's concerns, 减税降费 for support to firms, 学校 and 教育 for
    # schooling) is found for the spoken word, which it never writes.
    searcher = indexes.searcher("everyday-asked", written(ASKED))
    assert listed(searcher, "提建议")[0] == "岚皋县人民政府办公室"
    assert listed(searcher, "群众操心的事")[0] == "岚皋县应急管理局"
    assert listed(searcher, "扶持企业")[0] == "岚皋县税务局"
    assert listed(searcher, "念书")[0] == "岚皋县教育体育局"


# Round 40: a report treating the subject in the reports' wording against one naming the everyday word once in
# passing. Twenty reports of other subjects keep 退休金 rare (everyday.RARE_SHARE), so its row is read.
TREATED = {f"other{i}.txt": _report(f"灵武市第{i}街道办事处", f"本街道公开第{i}批城市管理和环境整治信息。") for i in range(20)}
TREATED |= {
    "passing.txt": _report("灵武市老龄工作委员会办公室", "本办公开老年活动中心开放时间和敬老月活动安排，发布老年大学招生简章，"
                           "提醒老人按时领取退休金，并通过网站发布健康讲座通知，回应社会关切。"),
    "treated.txt": _report("灵武市社会保险事业管理中心", "公开经办服务指南和窗口办理时间，发布养老保险待遇调整办法，接受群众监督。"),
}


@pytest.fixture(scope="module")
def treated(indexes):
    return indexes.searcher("everyday-treated", written(TREATED))


def test_a_report_treating_the_subject_in_the_reports_wording_comes_before_a_passing_mention(treated):
    # The wordings count as much as the word typed (EVERYDAY_BOOST 1.0): a report publishing the pension adjustment
    # in the reports' word (养老保险) answers 退休金 as well as one reminding the old to collect theirs; at 0.4 the
    # reminder came first whatever the rest of its part was about.
    result = run_search(treated, SearchParams(q="退休金"))
    assert [h.agency for h in result.hits][:2] == ["灵武市社会保险事业管理中心", "灵武市老龄工作委员会办公室"]
    assert any("退休金" in m and "养老保险" in m for m in result.messages)


# Round 41: rows written from report openings outside the judged corpus, with no query read. Each made-up report
# treats a subject in the reports' own wording only; the query says it as a citizen does.
OPENINGS = {
    "medical.txt": _report("宁陵县医疗保障局", "推进跨省异地就医直接结算，公开门诊统筹政策。"),
    "pensions.txt": _report("宁陵县社会保险中心", "公开社会保险补缴和参保登记的办理流程。"),
    "police.txt": _report("宁陵县公安局", "深入开展扫黑除恶专项斗争，公开雪亮工程建设进度。"),
    "tax.txt": _report("宁陵县税务局", "依法受理涉税举报，公开税务稽查处理结果。"),
    "lifts.txt": _report("宁陵县住房和城乡建设局", "推进既有住宅加装电梯，公开专项维修资金使用情况。"),
    "schools.txt": _report("宁陵县教育局", "开展校园欺凌专项治理，公开课后服务收费标准。"),
    "food.txt": _report("宁陵县卫生健康委员会", "开展食源性疾病监测和两癌筛查，公开病媒生物防制信息。"),
    "firms.txt": _report("宁陵县市场监督管理局", "推行企业注销便利化，公开虚假广告查处结果。"),
    "tourism.txt": _report("宁陵县文化广电和旅游局", "整治旅游市场秩序，公开旅游投诉处理情况。"),
    "villages.txt": _report("宁陵县农业农村局", "规范一事一议筹资筹劳，公开动物防疫信息。"),
}


@pytest.fixture(scope="module")
def openings(indexes):
    return indexes.searcher("everyday-openings", written(OPENINGS))


@pytest.mark.parametrize("query, agency", [
    ("外地住院", "宁陵县医疗保障局"),
    ("断缴怎么办", "宁陵县社会保险中心"),
    ("黑社会", "宁陵县公安局"),
    ("偷税", "宁陵县税务局"),
    ("大修基金", "宁陵县住房和城乡建设局"),
    ("晚托", "宁陵县教育局"),
    ("吃坏肚子", "宁陵县卫生健康委员会"),
    ("关公司", "宁陵县市场监督管理局"),
    ("宰客", "宁陵县文化广电和旅游局"),
    ("村里集资", "宁陵县农业农村局"),
])
def test_a_subject_of_the_openings_in_a_citizen_s_words(openings, query, agency):
    # 外地住院 is 异地就医, 断缴 补缴 and 参保, 黑社会 扫黑除恶, 偷税 涉税举报, 大修基金 专项维修资金, 晚托 课后服务,
    # 吃坏肚子 食源性疾病, 关公司 企业注销, 宰客 旅游市场, 村里集资 一事一议 (everyday_words.tsv, round 41).
    assert listed(openings, query)[:1] == [agency]


def _rows(text: str) -> list[tuple[list[str], list[str]]]:
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            said, _, written_ = line.partition("\t")
            rows.append(([w.strip() for w in said.split("=")], written_.split()))
    return rows


def test_the_round_41_rows_keep_the_table_s_format():
    # A row is everyday words joined by '=', a TAB and the reports' wordings; the rows of round 41 add no everyday word
    # the table had (the reader would merge the two rows' wordings), none twice, none that is a wording of any row.
    from search.retrieval.everyday import EVERYDAY_WORDS

    text = EVERYDAY_WORDS.read_text(encoding="utf-8")
    before, marker, after = text.partition("# Round 41")
    assert marker
    after = after.partition("\n")[2]  # the rest of the marker's comment line
    earlier, added = _rows(before), _rows(after)
    assert len(added) >= 60
    assert all(said and all(said) and wordings for said, wordings in earlier + added)
    earlier_words = {w for said, _ in earlier for w in said}
    added_words = [w for said, _ in added for w in said]
    wordings = {w for _, ws in earlier + added for w in ws}
    assert len(added_words) == len(set(added_words))
    assert not set(added_words) & earlier_words
    assert not set(added_words) & wordings


# A wording of the everyday word that the query also asks for beside it (住房公积金: 住房 + 公积金, the row's wordings
# of 公积金 holding 住房) cannot stand in for the word: every report on housing would hold "all the words", and the one
# naming the fund would come last. Twenty reports of other subjects keep 公积金 rare.
HOUSING = {f"other{i}.txt": _report(f"灵武市第{i}街道办事处", f"本街道公开第{i}批城市管理和环境整治信息。") for i in range(20)}
HOUSING |= {
    f"housing{i}.txt": _report(f"灵武市住房保障中心第{i}分中心", "公开保障性住房分配结果，住房租赁补贴发放和住房困难家庭审核信息，"
                               "住房保障对象名单按月更新。") for i in range(3)
}
HOUSING["fund.txt"] = _report("灵武市机关事务服务中心", "本中心公开办事指南，答复职工公积金提取咨询12件。")


@pytest.fixture(scope="module")
def housing(indexes):
    return indexes.searcher("everyday-housing", written(HOUSING))


@pytest.mark.parametrize("query", ["住房公积金", "公积金 住房"])
def test_a_wording_the_query_asks_for_beside_the_word_does_not_stand_in_for_it(housing, query):
    result = run_search(housing, SearchParams(q=query))
    assert "灵武市机关事务服务中心" in [h.agency for h in result.hits]
    assert not any("报告很少用" in m for m in result.messages), result.messages
    # The housing reports hold 住房 but not 公积金: none is said to hold every word.
    assert any(m.startswith("没有同时包含“") and "住房" in m and "公积金" in m for m in result.messages), result.messages
    # Alone, the word still finds the reports' wordings (公积金 is rare here, 住房 is not).
    alone = run_search(housing, SearchParams(q="公积金"))
    assert any("公积金" in m and "住房" in m for m in alone.messages)


TAIWAN = {
    "review.txt": made_up_report("石泉县司法局", 2023, {
        1: "本局依法办理政府信息公开工作。", 4: "本年度因政府信息公开被申请行政复议2件，维持1件。"}),
    "privacy.txt": _report("石泉县数据局", "发布前审查拟公开信息，对涉及个人信息的内容去标识化处理，保护个人隐私。"),
    "hearing.txt": _report("石泉县发展和改革局", "水价调整前召开价格听证会，公开听证结果。"),
    "petitions.txt": _report("石泉县信访局", "公开信访事项办理流程，按时答复群众来信来访。"),
    "plain.txt": _report("石泉县统计局", "本局公开统计数据发布日程和统计公报。"),
}


@pytest.fixture(scope="module")
def tw(indexes):
    return indexes.searcher("everyday-taiwan", written(TAIWAN))


@pytest.mark.parametrize("q, agency", [
    ("訴願", "石泉县司法局"),  # Taiwan's administrative appeal is the mainland's 行政复议
    ("訴願案件", "石泉县司法局"),
    ("個資", "石泉县数据局"),  # 個資 (個人資料) is what the reports call 个人信息
    ("個人資料", "石泉县数据局"),
    ("公聽會", "石泉县发展和改革局"),
    ("陳情 案件", "石泉县信访局"),
])
def test_taiwans_administrative_words_find_the_mainlands(tw, q, agency):
    assert listed(tw, q)[:1] == [agency]
