"""Did-you-mean's vocabulary: read from the postings stores, as Whoosh's own reader lists it."""
import shutil

from indexer.build import build_index
from search.index import IndexHandle
from search.retrieval.arrays import arrays_for
from search.retrieval.suggest import FIELD, Vocabulary, vocabulary
from search import SearchParams, run_search
from tests.conftest import SAMPLES, made_up_report, written


def _whoosh_terms(searcher, field: str) -> dict[bytes, int]:
    return {term: info.doc_frequency() for term, info in searcher.reader().iter_field(field)}


def test_terms_from_the_stores_are_whooshs_with_the_same_counts(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    root = tmp_path / "index"
    build_index([corpus], root, jobs=1)
    # An incremental build adds its report in a segment of its own.
    (corpus / "extra.txt").write_text(made_up_report("灵武市民政局", 2022, {1: "本局公开低保和临时救助信息。"}),
                                      encoding="utf-8")
    build_index([corpus], root, jobs=1)
    handle = IndexHandle(root)
    try:
        searcher = handle.searcher()
        arrays = arrays_for(searcher)
        assert arrays.has_stores and len(arrays.segments) > 1
        for field in (FIELD, "title", "agency", "grams"):
            assert arrays.field_terms(searcher, field) == _whoosh_terms(searcher, field)
        words = vocabulary(searcher)
        assert words.freq["低保"] == _whoosh_terms(searcher, FIELD)["低保".encode()] > 1
        assert words.suggest("底保") == "低保" and words.suggest("低保") is None
    finally:
        handle.close()


def test_a_broken_character_is_mended_from_the_words_beside_it():
    # Made-up vocabulary: 媒体 is commoner than 媒介; 新闻 and 新媒 pairs are held in the text.
    vocab = Vocabulary({"媒体": 9, "媒介": 2, "新闻": 5, "体育": 3})
    held = {"新媒", "媒体", "媒介", "新闻", "体育"}.__contains__
    assert vocab.mended("新媒休", held) == "新媒体"  # 媒休 is the only pair no report holds
    assert vocab.mended("新媒体", held) is None  # nothing broken
    assert vocab.mended("旧媒休", held) is None  # 旧媒 and 媒休: no one character mends both
    assert vocab.mended("媒休", held) is None  # two characters: too little to tell a typo


def test_a_word_typed_in_pinyin_is_read_as_the_indexed_word_spelt_so():
    vocab = Vocabulary({"民政局": 9, "财政局": 7, "安徽": 3, "报告": 20})
    assert vocab.suggest("caizhengju") == "财政局" and vocab.suggest("AnHui") == "安徽"
    # Too short to be sure of, or spelling no indexed word: English is not pinyin.
    assert vocab.suggest("bao") is None and vocab.suggest("report") is None


PINYIN_REPORTS = {
    "hefei.txt": made_up_report("合肥市财政局", 2022, {1: "财政局公开预算和决算信息。"}),
    # Names 安徽 in its text, but is Hangzhou's.
    "hangzhou.txt": made_up_report("杭州市财政局", 2022, {1: "本局与安徽开展预算公开交流。"}),
    "hangzhou-civil.txt": made_up_report("杭州市民政局", 2022, {1: "民政局公开低保信息。"}),
}


def test_a_query_typed_in_pinyin_searches_the_words_and_places_meant(indexes):
    searcher = indexes.searcher("pinyin", written(PINYIN_REPORTS))
    result = run_search(searcher, SearchParams(q="anhui caizhengju"))
    assert [h.agency for h in result.hits][:2] == ["合肥市财政局", "杭州市财政局"]  # Anhui's own first
    assert "没有报告使用“anhui”，已按“安徽”查找。" in result.messages
    assert any(m.startswith("“安徽”按报告地区理解") for m in result.messages)
    assert [h.agency for h in run_search(searcher, SearchParams(q="dibao")).hits] == ["杭州市民政局"]


def test_a_body_kind_spelt_in_pinyin_is_read_as_its_name_though_no_text_writes_it():
    # Made-up vocabulary: no report text writes 卫健委 or 市监局; the names of agency_functions.tsv are
    # spelt too. A report word spelt like a name (民政局 as a word) stays first.
    words = Vocabulary({"卫生健康".encode(): 3, "民政局".encode(): 2})
    assert words.suggest("weijianwei") == "卫健委"
    assert words.suggest("shijianju") == "市监局"
    assert words.suggest("minzhengju") == "民政局"
    assert words.suggest("abcdefg") is None


def test_a_place_typed_in_pinyin_is_the_place_before_a_word_spelt_the_same():
    # 附件 (attachment) is spelt fujian too, and reports write it far more often than 福建.
    words = Vocabulary({"附件".encode(): 50, "福建".encode(): 2, "财政局".encode(): 7})
    assert words.suggest("Fujian") == "福建" and words.suggest("fujian") == "福建"
    assert words.suggest("hangzhou") == "杭州"  # a prefecture-level city by its short form
    assert words.suggest("caizhengju") == "财政局"  # no place spelt so: the commonest word


def test_a_place_typed_in_pinyin_that_no_report_is_of_says_how_it_was_read(searcher):
    # The bundled samples hold reports of 宁夏 and 浙江 only.
    result = run_search(searcher, SearchParams(q="fujian"))
    assert result.total == 0
    assert "没有报告使用“fujian”；按“福建”理解，也没有该地区的报告。" in result.messages
    held = run_search(searcher, SearchParams(q="zhejiang"))
    assert held.total >= 1 and "没有报告使用“zhejiang”，已按“浙江”查找。" in held.messages


def test_pinyin_glued_to_a_names_ending_is_read_with_the_endings_own_pinyin():
    # Made-up vocabulary: 公安局 is spelt gonganju; typed gongan局, the 局 is read as ju.
    words = Vocabulary({"公安局".encode(): 4, "公安".encode(): 6, "财政局".encode(): 3})
    assert words.suggest("gongan局") == "公安局"
    assert words.suggest("caizheng局") == "财政局"
    # The reading must be a word or name spelt so that ends with the characters typed.
    assert words.suggest("caizheng院") is None


def test_a_spelling_of_two_words_run_together_is_read_as_the_words():
    # Made-up vocabulary: the index keeps 卫生健康 as 卫生 and 健康, so no one word is spelt weishengjiankang.
    words = Vocabulary({"卫生".encode(): 8, "健康".encode(): 6, "委员会".encode(): 5})
    assert words.suggest("weishengjiankang") == "卫生健康"
    assert words.suggest("weishengweiyuanhui") == "卫生委员会"
    # Letters that spell no run of indexed words, or one word alone, are not read so.
    assert words.suggest("weishengxyz") is None
    assert words.suggest("weisheng") == "卫生"


WHOLE_NAME_REPORTS = {
    "health.txt": made_up_report("青山市卫生健康委员会", 2022, {1: "本委公开医疗机构信息和卫生健康政策。"}),
    "police.txt": made_up_report("青山市公安局", 2022, {1: "本局办理政府信息公开申请十二件。"}),
    "finance.txt": made_up_report("青山市财政局", 2022, {1: "本局公开预算和决算信息，办理政府信息公开申请三件。"}),
}


def test_a_query_in_these_pinyin_forms_finds_the_body_meant(indexes):
    searcher = indexes.searcher("pinyin-forms", written(WHOLE_NAME_REPORTS))
    health = run_search(searcher, SearchParams(q="weishengjiankang 年度报告"))
    assert health.hits[0].agency == "青山市卫生健康委员会"
    assert "没有报告使用“weishengjiankang”，已按“卫生健康”查找。" in health.messages
    police = run_search(searcher, SearchParams(q="gongan局 申请"))
    assert police.hits[0].agency == "青山市公安局"
    assert "没有报告使用“gongan局”，已按“公安局”查找。" in police.messages


def test_a_bodys_name_spelt_with_a_syllable_left_out_is_read_as_that_name():
    # 卫生健康委 spelt without kang, as its short form 卫健委 leaves characters out; the first and the last
    # syllable are kept. No indexed word is spelt so (made-up vocabulary).
    words = Vocabulary({"卫生".encode(): 3, "报告".encode(): 9})
    assert words.suggest("weishengjianwei") == "卫生健康委"
    assert words.suggest("shichangjianduju") == "市场监督管理局"
    # The last syllable left out, or letters no name's syllables spell: not read.
    assert words.suggest("weishengjiankang") is None
    assert words.suggest("weishengjianxyz") is None
