"""A file whose text repeats itself (a report pasted many times into one text) is named in a warning and in the build
summary, and a copies group lists its other file as the report (QA 40 #4: the 200-fold text was listed, the genuine
DOCX, PDF and text as its copies)."""
from __future__ import annotations

import contextlib
import io
import json

import indexer.__main__ as cli
from search.repetition import REPEATED, repeated_share
from search.schema import content_id
from tests.agency_corpus import made_up_report, write_reports
from tests.indexer.sentences import sentence_problem

TEXT = made_up_report("吴忠市民政局", 2021)


def test_the_share_of_a_text_that_repeats():
    assert repeated_share(TEXT) < 0.3
    assert repeated_share(TEXT * 2) >= REPEATED  # a text layer holding every page twice
    assert repeated_share(TEXT * 30) > 0.95
    assert repeated_share("重复的一句话。" * 10) == 0.0  # too short to judge


def test_a_repeating_file_is_warned_of_and_never_the_report_listed(tmp_path):
    corpus = write_reports(tmp_path / "c", {"genuine.txt": TEXT, "pasted-30-times.txt": TEXT * 30})
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["build", str(corpus), "--index", str(tmp_path / "index"), "--quiet", "--jobs", "1",
                         "--report", str(tmp_path / "r.json")])
    assert code == 0
    warnings = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["warnings"]
    repeated = [w for w in warnings[str(corpus / "pasted-30-times.txt")] if w.startswith("本文件的文字大段重复")]
    assert len(repeated) == 1 and sentence_problem(repeated[0]) is None
    assert not any("重复" in w for w in warnings.get(str(corpus / "genuine.txt"), []))
    assert f"  text repeats itself (its other files are listed before it): {corpus / 'pasted-30-times.txt'}" \
        in out.getvalue().splitlines()

    from app import create_app

    client = create_app({"TESTING": True, "INDEX": str(tmp_path / "index")}).test_client()
    genuine, pasted = content_id(corpus / "genuine.txt"), content_id(corpus / "pasted-30-times.txt")
    hits = client.get("/api/search?q=民政局").get_json()["hits"]
    assert [h["report_id"] for h in hits] == [genuine]
    page = client.get(f"/reports/{pasted}").get_data(as_text=True)
    assert "这是一份副本" in page and "本文件的文字大段重复" in page
