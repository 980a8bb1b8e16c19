"""The lead-ins' words, counted by the index writer: the vocabulary (did-you-mean, typos, a character
read as its words) counts the parts' words only, and tokenises no lead-in again when it is built at a
generation's first search (round 29: re-tokenised, the first query at 1,000 reports took 1,028 ms
against 359)."""
import shutil
import threading

import search.analysis
from indexer.build import build_index
from search.index import IndexHandle
from search.lead_in_words import EXT
from search.retrieval.arrays import arrays_for
from search.retrieval.report_itself import without_lead_ins
from search.retrieval.suggest import FIELD
from tests.conftest import made_up_report

# Made-up reports. Each lead-in states the report's period and where to get it, and names a topic
# its parts treat (档案查阅) or one only its lead-in names (渡口安全, 古树保护).
LEAD_IN = "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。本年度我局围绕{topic}开展政务公开工作。\n\n"


def _report(agency: str, topic: str, part: str) -> str:
    return made_up_report(agency, 2020, {1: part, 2: "本年度我局制发规范性文件2件。"}).replace(
        "\n\n一、", "\n\n" + LEAD_IN.format(topic=topic) + "一、", 1)


REPORTS = {
    "a.txt": _report("青石县档案局", "档案查阅", "本年度我局主动公开档案查阅信息12条。"),
    "b.txt": _report("白沙县交通运输局", "渡口安全", "本年度我局主动公开公路养护信息15条。"),
    "c.txt": _report("青石县林业局", "古树保护", "本年度我局主动公开档案查阅和林地信息8条。"),
}


def _write(folder, names):
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name in names:
        (folder / name).write_text(REPORTS[name], encoding="utf-8")


def _counts(root):
    """The vocabulary's counts (the parts' words) in this thread, and the lead-ins' texts the
    tokenizer was called on meanwhile, in this thread only (an index's warming runs in its own)."""
    this, tokenised = threading.current_thread(), []
    real = search.analysis.word_pieces

    def counting(value, *args, **kwargs):
        if threading.current_thread() is this and "统计期限" in value:
            tokenised.append(value)
        return real(value, *args, **kwargs)

    handle = IndexHandle(root)
    try:
        searcher = handle.searcher()
        search.analysis.word_pieces = counting
        try:
            counted = without_lead_ins(searcher, FIELD, arrays_for(searcher).field_terms(searcher, FIELD))
        finally:
            search.analysis.word_pieces = real
        return counted, tokenised
    finally:
        handle.close()


def _without_notes(root, tmp_path):
    """A copy of the index whose segments carry no lead-in words (as Whoosh's own writer leaves them)."""
    copy = tmp_path / f"{root.name}-bare"
    shutil.copytree(root, copy, symlinks=True)
    removed = [p for p in copy.rglob(f"*{EXT}") if not p.is_symlink()]
    for path in removed:
        path.unlink()
    assert removed
    return copy


def test_the_vocabulary_counts_the_parts_words_without_tokenising_a_lead_in(tmp_path):
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    _write(corpus, ["a.txt", "b.txt", "c.txt"])
    build_index([corpus], root, jobs=1)
    counted, tokenised = _counts(root)
    assert tokenised == []  # the writer counted them
    word = lambda w: counted.get(w.encode("utf-8"), 0)  # noqa: E731
    # In two reports' parts (and in a lead-in besides): counted twice, not three times.
    assert word("档案") == word("查阅") == 2
    # Named in a lead-in only: not a word of the parts.
    assert word("渡口") == word("古树") == word("期限") == 0 and word("公路") == 1
    # As the lead-ins' stored text, tokenised again, counts them.
    bare, tokenised = _counts(_without_notes(root, tmp_path))
    assert bare == counted and len(tokenised) == 3


def test_the_counts_after_an_incremental_add_are_a_fresh_builds(tmp_path):
    fresh_corpus, fresh = tmp_path / "fresh-corpus", tmp_path / "fresh"
    _write(fresh_corpus, ["a.txt", "b.txt", "c.txt"])
    build_index([fresh_corpus], fresh, jobs=1)
    corpus, added = tmp_path / "corpus", tmp_path / "added"
    _write(corpus, ["a.txt", "b.txt"])
    build_index([corpus], added, jobs=1)
    (corpus / "c.txt").write_text(REPORTS["c.txt"], encoding="utf-8")
    summary = build_index([corpus], added, jobs=1)
    assert not summary.full
    handle = IndexHandle(added)
    try:
        assert len(arrays_for(handle.searcher()).segments) == 2  # the added report in a segment of its own
    finally:
        handle.close()
    (fresh_counts, fresh_tokenised), (added_counts, added_tokenised) = _counts(fresh), _counts(added)
    assert fresh_counts == added_counts and fresh_tokenised == added_tokenised == []


def test_a_deleted_reports_lead_in_is_left_out_as_the_search_leaves_it_out(tmp_path):
    """A report gone from the corpus stays in its segment, deleted: its lead-in is no longer one the
    search leaves out, and the counts read from the notes are the stored text's."""
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    _write(corpus, ["a.txt", "b.txt"])
    build_index([corpus], root, jobs=1)
    _write(corpus, ["a.txt", "c.txt"])
    assert not build_index([corpus], root, jobs=1).full
    counted, tokenised = _counts(root)
    assert tokenised == []
    bare, tokenised = _counts(_without_notes(root, tmp_path))
    assert bare == counted and len(tokenised) == 2  # the live lead-ins only (a.txt's, c.txt's)


def test_the_parts_are_scored_on_the_statistics_of_an_index_without_lead_ins(tmp_path):
    """Documents, field lengths and their averages as if no lead-in were indexed: the lead-ins' exact
    lengths, noted by the writer, come off the fields' totals (Whoosh keeps a document's length only
    rounded to a byte, and a long lead-in's rounded length left every part's score a little off)."""
    long_lead_in = "本年度我局围绕" + "、".join(["档案查阅", "渡口安全", "古树保护", "公路养护", "林地管理"] * 6) + "开展工作。\n\n"
    with_lead_ins = {name: text.replace("本年度我局围绕", long_lead_in.removesuffix("开展工作。\n\n") + "；围绕", 1)
                     for name, text in REPORTS.items()}
    without = {name: made_up_report(*agency_and_parts) for name, agency_and_parts in (
        ("a.txt", ("青石县档案局", 2020, {1: "本年度我局主动公开档案查阅信息12条。", 2: "本年度我局制发规范性文件2件。"})),
        ("b.txt", ("白沙县交通运输局", 2020, {1: "本年度我局主动公开公路养护信息15条。", 2: "本年度我局制发规范性文件2件。"})),
        ("c.txt", ("青石县林业局", 2020, {1: "本年度我局主动公开档案查阅和林地信息8条。", 2: "本年度我局制发规范性文件2件。"})))}
    statistics = []
    for name, reports in (("with", with_lead_ins), ("without", without)):
        corpus, root = tmp_path / f"{name}-corpus", tmp_path / name
        corpus.mkdir()
        for file, text in reports.items():
            (corpus / file).write_text(text, encoding="utf-8")
        build_index([corpus], root, jobs=1)
        handle = IndexHandle(root)
        try:
            arrays = arrays_for(handle.searcher())
            statistics.append((int(arrays.lead_ins.sum()), arrays._scored_count, dict(arrays._average_lengths)))
        finally:
            handle.close()
    (leads, scored, averages), (no_leads, scored_without, averages_without) = statistics
    assert (leads, no_leads) == (3, 0)
    assert scored == scored_without and averages == averages_without
