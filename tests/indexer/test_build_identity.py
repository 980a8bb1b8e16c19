"""The build gives every report its agency id (stored and a facet column), says which bodies it
could not identify, and records when each report first entered the index (the feeds' order)."""
from __future__ import annotations

import contextlib
import io
import json

from indexer.__main__ import main
from indexer.build import build_index
from search.index import IndexHandle, current_generation
from tests.agency_corpus import made_up_report, write_reports


def stored_reports(root) -> dict[str, dict]:
    """Each report document's stored fields, by its agency as written."""
    handle = IndexHandle(root)
    try:
        searcher = handle.searcher()
        return {d["agency"]: d for d in searcher.documents(kind="report")}
    finally:
        handle.close()


def manifest(root) -> dict:
    return json.loads((current_generation(root) / "manifest.json").read_text(encoding="utf-8"))


def test_every_report_gets_its_agency_id_and_place(tmp_path):
    corpus = write_reports(tmp_path / "c", {
        "a.txt": made_up_report("徐州市卫计委", 2018),
        "b.txt": made_up_report("徐州市卫生健康委员会", 2019),
        "c.txt": made_up_report("铜山区卫生健康局", 2019),
    })
    build_index([corpus], tmp_path / "index", jobs=1)
    docs = stored_reports(tmp_path / "index")
    assert docs["徐州市卫计委"]["agency_id"] == docs["徐州市卫生健康委员会"]["agency_id"] == "320300:卫生健康委员会"
    assert docs["铜山区卫生健康局"]["agency_id"] == "320312:卫生健康委员会"
    assert docs["铜山区卫生健康局"]["agency_place"] == "江苏省/徐州市/铜山区"
    payload = json.loads(docs["徐州市卫计委"]["payload"])
    assert payload["agency_id"] == "320300:卫生健康委员会" and payload["agency_place"] == "江苏省/徐州市/"
    # The section documents carry it too: the facet counts them.
    handle = IndexHandle(tmp_path / "index")
    sections = list(handle.searcher().documents(kind="section", agency_id="320312:卫生健康委员会"))
    handle.close()
    assert sorted(d["section"] for d in sections) == [0, 1, 2, 3, 4, 5, 6]  # its lead-in (导言) and six parts


def test_an_unidentified_body_gets_a_warning_and_a_line_in_the_summary(tmp_path):
    corpus = write_reports(tmp_path / "c", {
        "town.txt": made_up_report("七里坪镇", 2020),  # a township whose county nothing names
        "known.txt": made_up_report("吴忠市民政局", 2020),
    })
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["build", str(corpus), "--index", str(tmp_path / "index"), "--quiet", "--jobs", "1",
                     "--report", str(tmp_path / "report.json")])
    assert code == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    [entry] = report["unidentified"]
    assert entry["file"].endswith("town.txt") and "未与其他机关合并" in entry["reason"]
    assert entry["reason"] in report["warnings"][entry["file"]]
    assert "1 report's issuing body could not be identified" in out.getvalue() and entry["reason"] in out.getvalue()
    docs = stored_reports(tmp_path / "index")
    assert docs["七里坪镇"]["agency_id"].startswith("unresolved:七里坪镇#")
    assert entry["reason"] in json.loads(docs["七里坪镇"]["payload"])["warnings"]


def test_index_times_are_kept_across_rebuilds_and_new_reports_come_later(tmp_path):
    corpus = write_reports(tmp_path / "c", {"a.txt": made_up_report("吴忠市民政局", 2020)})
    root = tmp_path / "index"
    build_index([corpus], root, jobs=1)
    first = manifest(root)
    [(old_id, old_time)] = first["indexed"].items()
    assert first["built"] == old_time
    write_reports(corpus, {"b.txt": made_up_report("吴忠市民政局", 2021)})
    build_index([corpus], root, jobs=1)
    second = manifest(root)
    assert second["indexed"][old_id] == old_time
    [new_id] = set(second["indexed"]) - {old_id}
    assert second["indexed"][new_id] == second["built"] >= old_time
    build_index([corpus], root, jobs=1, full=True)  # parsing everything again is no new indexing
    assert manifest(root)["indexed"] == second["indexed"]
    (corpus / "a.txt").unlink()
    build_index([corpus], root, jobs=1)
    assert set(manifest(root)["indexed"]) == {new_id}
